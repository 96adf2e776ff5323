"""The "Needs decision" list: every open conflict with its record, the field's label and the values
side by side (who, on which laptop, when); choose one, type the value to keep, or, for free text, keep
both. Each decision is one `WriteOp` through `decisions_view` (the service `opn-desk sync resolve`
uses), so it is undoable here and travels to the other laptops like any edit."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core import labels
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.widgets.style import heading_font
from opn_desk.services.sync import decisions_view
from opn_desk.services.sync.decisions_view import DELETED, KEPT, Decision, DecisionValue

DECISION_ID = 256  # Qt.ItemDataRole.UserRole


def when(iso: str) -> str:
    """An operation's UTC time as this computer's local time, to the minute."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return labels.local_moment(moment.astimezone())


class ValueCard(QFrame):
    """One of the values, with who wrote it, where and when, and the button that keeps it."""

    def __init__(self, decision: Decision, number: int, value: DecisionValue, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("valueCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#valueCard { border: 1px solid #c8ccd2; border-radius: 6px; background: palette(base); }")
        layout = QVBoxLayout(self)
        title = self.tr("Value {n}").format(n=number)
        if number == 1:
            title = self.tr("Value 1 (shown now)")
        if decision.deleted:
            title = self.tr("Changed on") if value.value == KEPT else self.tr("Deleted on")
            title = f"{title} {value.laptop}" if value.laptop else title
        heading = QLabel(title)
        heading.setFont(heading_font(heading, 0.95))
        layout.addWidget(heading)
        if decision.deleted:
            shown = self.tr("Keep the record with its changes") if value.value == KEPT else \
                self.tr("Delete the record") if value.value == DELETED else value.value
        else:
            shown = value.value if value.value.strip() else self.tr("(empty)")
        self.value_label = QLabel(shown)
        self.value_label.setWordWrap(True)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.value_label.setFont(font)
        self.value_label.setMinimumHeight(40)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.value_label)
        who = [part for part in (value.author, value.laptop, when(value.time)) if part]
        self.meta_label = QLabel(" · ".join(who) if who else self.tr("Unknown author"))
        self.meta_label.setStyleSheet("color: #5f6368;")
        self.meta_label.setWordWrap(True)
        layout.addWidget(self.meta_label)
        if decision.deleted:
            text = self.tr("Keep it") if value.value == KEPT else self.tr("Delete it")
        else:
            text = self.tr("Keep this value")
        self.keep_button = QPushButton(text)
        layout.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignLeft)


class DecisionsDialog(QDialog):
    """Needs decision: the list on the left, the one chosen on the right."""

    open_organisation_requested = Signal(object)  # organisation id
    decided = Signal()  # a decision was taken (keeping a deleted record may change no field to broadcast)

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.decisions: list[Decision] = []
        self.current: Decision | None = None
        self.cards: list[ValueCard] = []
        self.loaded = False
        self._read = ReadOp(runner, decisions_view.waiting)
        self.setWindowTitle(self.tr("Needs decision"))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Each of these was changed on two laptops, neither having seen the other's change (or changed on one "
            "and deleted on another). Until someone decides, every laptop shows the first value. Your decision "
            "travels to the other laptops like any edit."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        self.list = QListWidget()
        self.list.setMinimumWidth(260)
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        split.addWidget(self.list)
        split.addWidget(self._build_detail())
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([320, 780])
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout.addWidget(buttons)
        runner.changed.connect(self._changed)
        self.reload()

    def _build_detail(self) -> QWidget:
        detail = QWidget()
        box = QVBoxLayout(detail)
        box.setContentsMargins(12, 0, 0, 0)
        self.record_label = QLabel()
        self.record_label.setFont(heading_font(self.record_label, 1.2))
        self.record_label.setWordWrap(True)
        self.record_label.setTextFormat(Qt.TextFormat.PlainText)
        self.field_label = QLabel()
        self.field_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the organisation"))
        self.open_button.clicked.connect(self._open_organisation)
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.record_label)
        names.addWidget(self.field_label)
        top.addLayout(names, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(top)
        self.cards_area = QWidget()
        self.cards_row = QHBoxLayout(self.cards_area)
        self.cards_row.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.cards_area)
        box.addWidget(self.scroll)
        self.own_label = QLabel(self.tr("Or type the value to keep (for example, the two combined):"))
        self.own_edit = QPlainTextEdit()
        self.own_edit.setMaximumHeight(72)
        self.keep_typed_button = QPushButton(self.tr("Keep the typed value"))
        self.keep_typed_button.clicked.connect(self.keep_typed)
        self.keep_both_button = QPushButton(self.tr("Keep both, one after the other"))
        self.keep_both_button.clicked.connect(self.keep_both)
        actions = QHBoxLayout()
        actions.addWidget(self.keep_typed_button)
        actions.addWidget(self.keep_both_button)
        actions.addStretch(1)
        box.addWidget(self.own_label)
        box.addWidget(self.own_edit)
        box.addLayout(actions)
        self.empty_label = QLabel(self.tr("No decisions wait. Edits from the other laptops all agree."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        box.addWidget(self.empty_label, 3)
        box.addStretch(1)
        self.detail = detail
        return detail

    # -- reading -----------------------------------------------------------------------------------
    def reload(self) -> None:
        self._read.run(success=self._loaded)

    def _changed(self, _outcome) -> None:
        if self.isVisible():
            self.reload()

    def _loaded(self, decisions: list[Decision]) -> None:
        keep = self.current.id if self.current is not None else None
        self.decisions = list(decisions)
        self.list.blockSignals(True)
        self.list.clear()
        chosen = 0
        for row, d in enumerate(self.decisions):
            item = QListWidgetItem(f"{d.record_label}\n{d.field_label}")
            item.setData(DECISION_ID, d.id)
            item.setToolTip(d.record_label)
            self.list.addItem(item)
            if d.id == keep:
                chosen = row
        self.list.blockSignals(False)
        self.loaded = True
        if self.decisions:
            self.list.setCurrentRow(chosen)
            self._show(self.list.currentItem())
        else:
            self._show(None)

    def _show(self, item: QListWidgetItem | None) -> None:
        wanted = item.data(DECISION_ID) if item is not None else None
        decision = next((d for d in self.decisions if d.id == wanted), None)
        self.current = decision
        for card in self.cards:
            self.cards_row.removeWidget(card)
            card.deleteLater()
        self.cards = []
        has = decision is not None
        for w in (self.record_label, self.field_label, self.scroll, self.own_label, self.own_edit,
                  self.keep_typed_button, self.keep_both_button, self.open_button):
            w.setVisible(has)
        self.empty_label.setVisible(not has)
        if decision is None:
            return
        editable = not self.runner.readonly
        self.record_label.setText(decision.record_label)
        if decision.deleted:
            self.field_label.setText(self.tr("Deleted on one laptop while it was changed on another: keep it, "
                                             "with the changes, or delete it."))
        else:
            self.field_label.setText(self.tr("{field}: {count} different values").format(
                field=decision.field_label, count=len(decision.values)))
        for n, value in enumerate(decision.values, 1):
            card = ValueCard(decision, n, value, self.cards_area)
            card.keep_button.clicked.connect(lambda _c=False, k=n: self.keep(k))
            card.keep_button.setEnabled(editable)
            self.cards_row.addWidget(card, 1, Qt.AlignmentFlag.AlignTop)
            self.cards.append(card)
        self._fit_cards()
        QTimer.singleShot(0, self._fit_cards)  # once the cards have their width
        typed = not decision.deleted
        self.own_label.setVisible(typed)
        self.own_edit.setVisible(typed)
        self.keep_typed_button.setVisible(typed)
        self.keep_typed_button.setEnabled(editable)
        self.own_edit.setPlainText(decision.values[0].value if typed else "")
        self.keep_both_button.setVisible(decision.free_text)
        self.keep_both_button.setEnabled(editable)
        if decision.free_text:
            self.keep_both_button.setToolTip(decision.joined)
        self.open_button.setVisible(decision.organisation is not None)

    def _fit_cards(self) -> None:
        """The values' row as tall as its tallest card (for the width it has), at most 340 pixels."""
        if not self.cards:
            return
        width = self.scroll.viewport().width()
        tall = self.cards_row.heightForWidth(width) if width > 50 else -1
        if tall <= 0:
            tall = max(card.sizeHint().height() for card in self.cards)
        self.scroll.setFixedHeight(min(tall + 6, 340))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_cards()

    # -- deciding ----------------------------------------------------------------------------------
    def _description(self, d: Decision) -> str:
        if d.deleted:
            return self.tr("Decide whether to keep {record}").format(record=d.record_label)
        return self.tr("Decide {field} of {record}").format(field=d.field_label.lower(), record=d.record_label)

    def _run(self, change, *args, **kwargs) -> None:
        d = self.current
        if d is None or self.runner.readonly:
            return
        def done(_outcome) -> None:
            self.reload()
            self.decided.emit()

        WriteOp(self._description(d), change, d.id, *args, **kwargs).success(done).run_in(self.runner, parent=self)

    def keep(self, number: int) -> None:
        """Keep the value numbered from 1, as listed (the first is the one shown now)."""
        self._run(decisions_view.decide, keep=number)

    def keep_typed(self) -> None:
        self._run(decisions_view.decide, value=self.own_edit.toPlainText())

    def keep_both(self) -> None:
        self._run(decisions_view.keep_both)

    def _open_organisation(self) -> None:
        if self.current is not None and isinstance(self.current.organisation, uuid.UUID):
            self.open_organisation_requested.emit(self.current.organisation)
