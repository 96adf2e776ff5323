"""Charts of the slate by regional group, stakeholder cluster and representative's gender.

Plain horizontal bars painted with QPainter (no chart library to load). A bar's bounds from the
rules show as marks on it; a count outside them says so in words beside the bar, not by colour alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from opn_desk.gui.core import labels

BAR = QColor("#4a78b5")
BAR_BROKEN = QColor("#c0453c")
MIN_MARK = QColor("#1e6b2a")
MAX_MARK = QColor("#8c1d18")
REGION, CLUSTER, GENDER = "regional_group", "stakeholder_cluster", "representative_gender"
# Short names (labels.short_*, from the domain's vocabularies) keep the bars wide in a narrow pane;
# the full names are in the tooltips.


def _tr(text: str) -> str:
    return QCoreApplication.translate("SelectionCharts", text)


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    low: int | None = None
    high: int | None = None
    full: str = ""  # the label in full, when `label` is a short form

    @property
    def note(self) -> str:
        if self.low and self.count < self.low:
            return _tr("needs {n}").format(n=self.low)
        if self.high is not None and self.count > self.high:
            return _tr("at most {n}").format(n=self.high)
        return ""


class BarChart(QWidget):
    """One titled chart of horizontal bars."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.title = title
        self.bars: tuple[Bar, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(title)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        bars = tuple(bars)
        if bars != self.bars:
            self.bars = bars
            described = "; ".join(f"{b.full or b.label}: {b.count}" + (f" ({b.note})" if b.note else "")
                                  for b in bars)
            self.setAccessibleDescription(described)
            self.setToolTip(described)
            self.updateGeometry()
            self.update()

    def _line(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(260, self._line() * (len(self.bars) + 1) + 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(180, self._line() * (len(self.bars) + 1) + 10)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = self._line()
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        faint = self.palette().color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(ink)
        p.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.title)
        p.setFont(self.font())
        if not self.bars:
            return
        label_width = min(max(metrics.horizontalAdvance(b.label) for b in self.bars) + 14, int(self.width() * 0.45))
        notes = [f"{b.count}" + (f"  {b.note}" if b.note else "") for b in self.bars]
        note_width = max(metrics.horizontalAdvance(n) for n in notes) + 8
        left = label_width
        span = max(20, self.width() - left - note_width - 4)
        top = max(max(b.count, b.high or 0, b.low or 0) for b in self.bars)
        scale = span / max(1, top)
        for i, (bar, note) in enumerate(zip(self.bars, notes, strict=True)):
            y = line * (i + 1)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            p.setPen(ink)
            p.drawText(QRectF(0, y, label_width - 6, line), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       label)
            height = line - 8
            rect = QRectF(left, y + 4, bar.count * scale, height)
            p.fillRect(QRectF(left, y + 4, span, height), self.palette().color(QPalette.ColorRole.AlternateBase))
            p.fillRect(rect, BAR_BROKEN if bar.note else BAR)
            for bound, colour in ((bar.low, MIN_MARK), (bar.high, MAX_MARK)):
                if bound:
                    x = left + bound * scale
                    p.setPen(QPen(colour, 2, Qt.PenStyle.DashLine if colour == MIN_MARK else Qt.PenStyle.SolidLine))
                    p.drawLine(QPointF(x, y + 1), QPointF(x, y + line - 1))
            p.setPen(BAR_BROKEN.darker(130) if bar.note else faint if bar.count == 0 else ink)
            p.drawText(QRectF(left + rect.width() + 4, y, note_width + span, line),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, note)
        p.end()


def _bounds(problem, attribute: str) -> dict[str, tuple[int | None, int | None]]:
    """value (normalised) -> (least, most) from the plain rules on ``attribute``; the tightest wins."""
    found: dict[str, tuple[int | None, int | None]] = {}
    if problem is None:
        return found
    for rule in problem.rules:
        if rule.attribute != attribute or rule.per_value:
            continue
        low, high = rule.bounds(problem.seats)
        key = " ".join(str(rule.value or "").split()).casefold()
        old_low, old_high = found.get(key, (None, None))
        low = max(low or 0, old_low or 0) or None
        high = high if old_high is None else old_high if high is None else min(high, old_high)
        found[key] = (low, high)
    return found


def chart_bars(members: Iterable, problem, attribute: str) -> list[Bar]:
    """The bars of one chart for the picked pool members, in the vocabulary's order."""
    members = list(members)
    if attribute == REGION:
        codes = [g.value for g in labels.GROUPS]
        values = Counter(m.regional_group or "" for m in members)
        name = lambda code: labels.regional_group(code or None)  # noqa: E731
        short = labels.short_regional_group
    elif attribute == CLUSTER:
        codes = [c.value for c in labels.CLUSTERS]
        values = Counter(m.cluster or "" for m in members)
        name = lambda code: labels.cluster(code) if code else _tr("No cluster")  # noqa: E731
        short = lambda code: labels.short_cluster(code) if code else name(code)  # noqa: E731
    else:
        codes = [g.value for g in labels.GENDERS]
        values = Counter(m.representative_gender or "unknown" for m in members)
        name = lambda code: labels.gender(code)  # noqa: E731
        short = labels.short_gender
    bounds = _bounds(problem, attribute)
    codes += sorted(v for v in values if v not in codes)  # "no group" and anything unexpected: never dropped
    bars = []
    for code in codes:
        low, high = bounds.get(code.casefold(), (None, None))
        if attribute == GENDER and code not in values and code not in ("female", "male") and not low:
            continue  # five gender bars of which three stay empty would crowd the chart
        if code == "" and not values.get(code) and not low:
            continue
        bars.append(Bar(short(code), values.get(code, 0), low, high, name(code)))
    return bars


class SlateCharts(QWidget):
    """The slate by regional group, cluster and gender, side by side."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setHorizontalSpacing(18)
        layout.setVerticalSpacing(8)
        self.region = BarChart(_tr("By regional group"))
        self.cluster = BarChart(_tr("By stakeholder cluster"))
        self.gender = BarChart(_tr("By representative's gender"))
        legend = QLabel(_tr("Green dashed mark: the least a rule asks. Red mark: the most it allows. A count "
                            "outside them says so beside its bar."))
        legend.setWordWrap(True)
        legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.region, 0, 0)
        layout.addWidget(self.cluster, 0, 1)
        layout.addWidget(self.gender, 1, 0)
        layout.addWidget(legend, 1, 1, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)

    def show_slate(self, members: Iterable, problem) -> None:
        members = list(members)
        self.region.set_bars(chart_bars(members, problem, REGION))
        self.cluster.set_bars(chart_bars(members, problem, CLUSTER))
        self.gender.set_bars(chart_bars(members, problem, GENDER))
