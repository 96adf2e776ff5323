"""The external review's checklist: that each of its recommendations on leadership was considered in the
renewal. Items are ticked with an optional note (who and when are recorded), unticked, added and
removed; the six defaults come from the coordination desks' meeting report."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from opn_desk.domain.renewal import ChecklistItemValue
from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.operations import OperationRunner, WriteOp
from opn_desk.gui.leadership.dialogs import NoteDialog
from opn_desk.gui.leadership.ops import RenewalSnapshot
from opn_desk.gui.leadership.widgets import GOOD, ReadOnlyTable, muted
from opn_desk.gui.widgets.columns import set_column_widths
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.style import heading_font


class ChecklistView(QWidget):
    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.readonly = runner.readonly
        self.snapshot: RenewalSnapshot | None = None
        self.dialog = None
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("External review checklist"))
        self.title.setFont(heading_font(self.title, 1.1))
        layout.addWidget(self.title)
        layout.addWidget(muted(self.tr("Tick each recommendation of the external review once the renewal has "
                                       "considered it; who ticked it and when are recorded.")))
        self.table = ReadOnlyTable([self.tr("Considered"), self.tr("Recommendation"), self.tr("Ticked by"),
                                    self.tr("Note")])
        set_column_widths(self.table, (96, 300, 150, 130))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setWordWrap(True)
        # Each row as tall as its text: a recommendation is read whole, not cut after three lines.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new_edit = QLineEdit()
        self.new_edit.setPlaceholderText(self.tr("Another item to check"))
        self.add_button = QPushButton(self.tr("Add"))
        self.note_button = QPushButton(self.tr("Note…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        row.addWidget(self.new_edit, 1)
        row.addWidget(self.add_button)
        row.addSpacing(12)
        row.addWidget(self.note_button)
        row.addWidget(self.remove_button)
        holder = QWidget()
        holder.setLayout(row)
        holder.setVisible(not self.readonly)
        layout.addWidget(holder)

        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_item)
        self.new_edit.returnPressed.connect(self.add_item)
        self.note_button.clicked.connect(self.edit_note)
        self.remove_button.clicked.connect(self.remove_item)
        self._update_buttons()

    @property
    def items(self) -> tuple[ChecklistItemValue, ...]:
        return self.snapshot.detail.checklist if self.snapshot else ()

    def item(self, item_id: uuid.UUID | None) -> ChecklistItemValue | None:
        return next((i for i in self.items if i.id == item_id), None)

    def show_snapshot(self, snapshot: RenewalSnapshot) -> None:
        self.snapshot = snapshot
        selected = self.table.selected_data()
        self._filling = True
        table = self.table
        table.setRowCount(len(self.items))
        for row, i in enumerate(self.items):
            cell = table.set_cell(row, 0, self.tr("Yes") if i.done else self.tr("Not yet"), data=i.id,
                                  colours=GOOD if i.done else ("", ""))
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not self.readonly:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            cell.setFlags(flags)
            cell.setCheckState(Qt.CheckState.Checked if i.done else Qt.CheckState.Unchecked)
            table.set_cell(row, 1, i.text, tip=i.text)
            table.set_cell(row, 2, self.tr("{who}, {when}").format(who=i.done_by, when=labels.moment(i.done_at))
                           if i.done and i.done_at else "")
            table.set_cell(row, 3, i.note, tip=i.note or None)
        table.resizeRowsToContents()
        self._filling = False
        if selected is not None:
            table.select_data(selected)
        done = sum(1 for i in self.items if i.done)
        self.title.setText(self.tr("External review checklist: {done} of {count} considered").format(
            done=done, count=len(self.items)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.selected_data() is not None
        self.note_button.setEnabled(not self.readonly and chosen)
        self.remove_button.setEnabled(not self.readonly and chosen)

    def _item_changed(self, cell) -> None:
        if self._filling or cell.column() != 0:
            return
        item = self.item(cell.data(Qt.ItemDataRole.UserRole))
        if item is None:
            return
        wanted = cell.checkState() == Qt.CheckState.Checked
        if wanted == item.done:
            return
        self._filling = True
        cell.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)  # until saved
        self._filling = False
        if wanted:
            self.tick(item.id)
        else:
            self.untick(item.id)

    def tick(self, item_id: uuid.UUID, note: str | None = None) -> None:
        """Tick an item; asks for an optional note unless ``note`` is given."""
        from opn_desk.services import renewal

        item = self.item(item_id)
        if self.readonly or item is None:
            return
        label = self.tr("Tick the checklist item “{text}”").format(text=_short(item.text))
        if note is not None:
            WriteOp(label, renewal.tick_checklist_item, item_id, True, note=note) \
                .run_in(self.runner, parent=self)
            return
        dialog = NoteDialog(self, self.tr("Considered"), self.tr("Tick"),
                            self.tr("“{text}”: how was it considered?").format(text=item.text), item.note)

        def submit() -> None:
            WriteOp(label, renewal.tick_checklist_item, item_id, True, note=dialog.value()) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, parent=dialog)

        open_submitting(self, dialog, submit)

    def untick(self, item_id: uuid.UUID) -> None:
        from opn_desk.services import renewal

        item = self.item(item_id)
        if self.readonly or item is None:
            return
        WriteOp(self.tr("Untick the checklist item “{text}”").format(text=_short(item.text)),
                renewal.tick_checklist_item, item_id, False) \
            .run_in(self.runner, parent=self)

    def add_item(self) -> None:
        from opn_desk.services import renewal

        text = self.new_edit.text().strip()
        if self.readonly or self.snapshot is None or not text:
            return
        WriteOp(self.tr("Add the checklist item “{text}”").format(text=_short(text)),
                renewal.add_checklist_item, self.snapshot.detail.id, text) \
            .success(lambda _o: self.new_edit.clear()).run_in(self.runner, parent=self)

    def edit_note(self) -> None:
        from opn_desk.services import renewal

        item = self.item(self.table.selected_data())
        if self.readonly or item is None:
            return
        dialog = NoteDialog(self, self.tr("Checklist note"), self.tr("Save"), item.text, item.note)

        def submit() -> None:
            WriteOp(self.tr("Note on the checklist item “{text}”").format(text=_short(item.text)),
                    renewal.edit_checklist_item, item.id, note=dialog.value()) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, parent=dialog)

        open_submitting(self, dialog, submit)

    def remove_item(self) -> None:
        from opn_desk.services import renewal

        item = self.item(self.table.selected_data())
        if self.readonly or item is None:
            return
        if messages.confirm(self, self.tr("Remove “{text}” from the checklist?").format(text=item.text),
                            self.tr("Remove"), detail=self.tr("You can undo this with Edit › Undo.")):
            WriteOp(self.tr("Remove the checklist item “{text}”").format(text=_short(item.text)),
                    renewal.remove_checklist_item, item.id) \
                .run_in(self.runner, parent=self)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
