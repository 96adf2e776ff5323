"""The live balance panel: every rule's count against its bounds, its state, and what a broken rule lacks.

Shows a `BalanceCheck` (opn_desk.selection.balance.recheck). Each state has a colour, a painted
icon of its own shape and a word, so the panel reads the same without colour. The rows are built
once per rule list and only their texts change on a pick: the panel follows every click.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

MET, EDGE, BROKEN = "met", "at the edge", "broken"  # the states recheck reports
# state -> (ink, background)
STATE_COLOURS = {MET: ("#1e6b2a", "#dff1e0"), EDGE: ("#7a4a00", "#fdf0d2"), BROKEN: ("#8c1d18", "#f9e0de")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Balance", text)


def state_word(state: str) -> str:
    return {MET: _tr("Met"), EDGE: _tr("At the edge"), BROKEN: _tr("Broken")}.get(state, state)


def state_tip(state: str) -> str:
    return {MET: _tr("The rule is met with room to spare."),
            EDGE: _tr("The rule is met, but one change could break it."),
            BROKEN: _tr("The rule is not met.")}.get(state, "")


@cache
def _icon(state: str, size: int) -> QPixmap:
    """A tick in a circle (met), an exclamation in a triangle (at the edge), a cross in a square (broken)."""
    ink = QColor(STATE_COLOURS.get(state, ("#505050", ""))[0])
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    white = QPen(QColor("white"), max(1.6, s / 8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                 Qt.PenJoinStyle.RoundJoin)
    if state == MET:
        p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1))
        p.setPen(white)
        p.drawPolyline([QPointF(s * 0.27, s * 0.52), QPointF(s * 0.44, s * 0.69), QPointF(s * 0.74, s * 0.33)])
    elif state == EDGE:
        path = QPainterPath(QPointF(s / 2, 0.5))
        path.lineTo(s - 0.5, s - 1)
        path.lineTo(0.5, s - 1)
        path.closeSubpath()
        p.drawPath(path)
        p.setPen(white)
        p.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.62))
        p.drawPoint(QPointF(s / 2, s * 0.8))
    else:
        p.drawRoundedRect(QRectF(0.5, 0.5, s - 1, s - 1), s / 6, s / 6)
        p.setPen(white)
        p.drawLine(QPointF(s * 0.3, s * 0.3), QPointF(s * 0.7, s * 0.7))
        p.drawLine(QPointF(s * 0.7, s * 0.3), QPointF(s * 0.3, s * 0.7))
    p.end()
    return pixmap


def state_icon(state: str, size: int = 14) -> QPixmap:
    return _icon(state, size)


def bounds_text(low: int | None, high: int | None) -> str:
    parts = ([_tr("at least {n}").format(n=low)] if low else []) + (
        [_tr("at most {n}").format(n=high)] if high is not None else [])
    return ", ".join(parts) or _tr("no bound")


class _StateBadge(QWidget):
    """Icon and word in the state's colours."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.icon = QLabel(self)
        self.word = QLabel(self)
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 1, 8, 1)
        layout.setHorizontalSpacing(5)
        layout.addWidget(self.icon, 0, 0)
        layout.addWidget(self.word, 0, 1)
        self.setAutoFillBackground(True)
        self.state = ""

    def show_state(self, state: str) -> None:
        if state == self.state:
            return
        self.state = state
        ink, background = STATE_COLOURS.get(state, ("#303030", "#ececec"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ink))
        self.setPalette(palette)
        self.word.setPalette(palette)
        self.icon.setPixmap(state_icon(state, self.fontMetrics().height() - 2))
        self.word.setText(state_word(state))
        self.setToolTip(state_tip(state))


class _RuleRow:
    def __init__(self, grid: QGridLayout, row: int, parent: QWidget):
        self.badge = _StateBadge(parent)
        self.name = QLabel(parent)
        self.count = QLabel(parent)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # In a narrow pane the name wraps rather than push the counts out of sight.
        self.name.setWordWrap(True)
        self.name.setMinimumWidth(80)
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.sentence = QLabel(parent)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence.setContentsMargins(4, 0, 0, 4)
        grid.addWidget(self.badge, 2 * row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.name, 2 * row, 1)
        grid.addWidget(self.count, 2 * row, 2)
        grid.addWidget(self.sentence, 2 * row + 1, 1, 1, 2)

    def show(self, check) -> None:
        self.badge.show_state(check.state)
        from opn_desk.services.selection_report_data import rule_name_words

        self.name.setText(rule_name_words(check.name))  # a default rule's name in the officer's language
        self.count.setText(_tr("{count} · {bounds}").format(count=check.count, bounds=bounds_text(check.min,
                                                                                                   check.max)))
        self.name.setToolTip(check.message)
        self.count.setToolTip(check.message)
        broken = check.state == BROKEN
        self.sentence.setText(check.message if broken else "")
        self.sentence.setVisible(broken)
        ink = STATE_COLOURS[BROKEN][0] if broken else ""
        self.sentence.setStyleSheet(f"color: {ink};" if ink else "")


class BalancePanel(QWidget):
    """The seats line, a one-line summary, and one row per rule (broken rules add their sentence)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.check = None
        self._names: tuple[str, ...] = ()
        self._rows: list[_RuleRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.seats_label = QLabel(_tr("Choose a call to see its balance."))
        self.seats_label.setWordWrap(True)
        font = QFont(self.seats_label.font())
        font.setBold(True)
        self.seats_label.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        outer.addWidget(self.seats_label)
        outer.addWidget(self.summary_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 2, 4, 2)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        holder = QWidget()
        hold = QVBoxLayout(holder)
        hold.setContentsMargins(0, 0, 0, 0)
        hold.addWidget(self.body)
        hold.addStretch(1)
        self.scroll.setWidget(holder)
        outer.addWidget(self.scroll, 1)

    def clear(self, text: str) -> None:
        self.check = None
        self.seats_label.setText(text)
        self.summary_label.clear()
        self._set_rows(())

    def _set_rows(self, names: tuple[str, ...]) -> None:
        if names == self._names:
            return
        for row in self._rows:
            for widget in (row.badge, row.name, row.count, row.sentence):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = [_RuleRow(self.grid, i, self.body) for i in range(len(names))]
        self._names = names

    def show_check(self, check) -> None:
        """Show a BalanceCheck (rules in their list order, so each stays in its place as picks change)."""
        self.check = check
        self._set_rows(tuple(r.name for r in check.rules))
        for row, rule in zip(self._rows, check.rules, strict=True):
            row.show(rule)
        self.seats_label.setText(check.seats_message)
        broken = sum(r.state == BROKEN for r in check.rules)
        edge = sum(r.state == EDGE for r in check.rules)
        if not check.rules:
            text = _tr("No balance rules: any slate of the right size will do.")
        elif broken:
            text = (_tr("1 rule broken") if broken == 1 else _tr("{n} rules broken").format(n=broken))
            text += _tr(", {n} at the edge").format(n=edge) if edge else ""
        elif check.picked == check.seats:
            text = _tr("Every rule is met.") + (_tr(" {n} at the edge: one change could break them.").format(n=edge)
                                              if edge else "")
        else:
            text = _tr("No rule broken so far.")
        self.summary_label.setText(text)
        ok = check.ok
        self.summary_label.setStyleSheet(f"color: {STATE_COLOURS[BROKEN][0]};" if broken else
                                         f"color: {STATE_COLOURS[MET][0]};" if ok else "")

    def rule_states(self) -> dict[str, str]:
        """Rule name -> state as shown (for tests and the report preview)."""
        return {} if self.check is None else {r.name: r.state for r in self.check.rules}

    def sentences(self) -> list[str]:
        return [row.sentence.text() for row in self._rows if row.sentence.text()]
