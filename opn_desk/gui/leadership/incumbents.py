"""The incumbent co-leads of a renewal: whether each seeks renewal (those who do are candidates without
applying) and the commitment each offers. An incumbent that also applied is its application."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from opn_desk.domain.terms import CompositionEntry
from opn_desk.gui.core.operations import OperationRunner, WriteOp
from opn_desk.gui.leadership.dialogs import NoteDialog
from opn_desk.gui.leadership.ops import RenewalSnapshot
from opn_desk.gui.leadership.widgets import BAD, GOOD, ReadOnlyTable, action_row, day_text, muted
from opn_desk.gui.widgets.columns import day_width
from opn_desk.gui.widgets.dialogs import open_submitting


class IncumbentsDialog(QDialog):
    def __init__(self, runner: OperationRunner, snapshot: RenewalSnapshot, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.readonly = runner.readonly
        self.snapshot = snapshot
        self.dialog = None
        self.setWindowTitle(self.tr("Incumbent co-leads of {code}").format(code=snapshot.detail.programme_code))
        self.resize(1040, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr("The co-leads in office today. Those seeking renewal are candidates on the "
                                       "same criteria as the applicants; one that also applied is its application.")))
        self.table = ReadOnlyTable([self.tr("Organisation"), self.tr("Term ends"), self.tr("Seeks renewal"),
                                    self.tr("Applied to the call"), self.tr("Commitment offered")])
        for column, width in enumerate((260, max(90, day_width(self.table)), 110, 130, 300)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.seeking_button = QPushButton(self.tr("Seeks renewal"))
        self.not_seeking_button = QPushButton(self.tr("Does not seek renewal"))
        self.commitment_button = QPushButton(self.tr("Commitment…"))
        layout.addLayout(action_row(self, (self.seeking_button, self.not_seeking_button, self.commitment_button), readonly=self.readonly))
        self.seeking_button.clicked.connect(lambda: self.set_seeking(True))
        self.not_seeking_button.clicked.connect(lambda: self.set_seeking(False))
        self.commitment_button.clicked.connect(self.edit_commitment)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.show_snapshot(snapshot)

    def show_snapshot(self, snapshot: RenewalSnapshot) -> None:
        self.snapshot = snapshot
        selected = self.table.selected_data()
        table = self.table
        table.setRowCount(len(snapshot.incumbents))
        for row, (member, seeking, applied) in enumerate(snapshot.incumbents):
            said = (self.tr("Yes") if seeking else self.tr("No")) if seeking is not None else self.tr("Not said yet")
            table.set_cell(row, 0, member.display_name, data=member.membership_id)
            table.set_cell(row, 1, day_text(member.term_end))
            table.set_cell(row, 2, said, colours=GOOD if seeking else BAD if seeking is False else ("", ""))
            table.set_cell(row, 3, self.tr("Yes: its application is the candidate") if applied else self.tr("No"))
            table.set_cell(row, 4, self._commitment(member.membership_id) or "—")
        if selected is not None:
            table.select_data(selected)
        self._update_buttons()

    def _commitment(self, membership_id: uuid.UUID) -> str:
        c = next((c for c in self.snapshot.candidates if c.membership_id == membership_id), None)
        return c.commitment if c is not None else ""

    def selected(self) -> CompositionEntry | None:
        wanted = self.table.selected_data()
        return next((m for m, _s, _a in self.snapshot.incumbents if m.membership_id == wanted), None)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.seeking_button, self.not_seeking_button, self.commitment_button):
            button.setEnabled(chosen)

    def set_seeking(self, seeking: bool) -> None:
        from opn_desk.services import renewal

        member = self.selected()
        if self.readonly or member is None:
            return
        label = (self.tr("{name} seeks renewal") if seeking else self.tr("{name} does not seek renewal")).format(
            name=member.organisation)
        WriteOp(label, renewal.set_seeking_renewal, self.snapshot.detail.id, member.membership_id, seeking) \
            .run_in(self.runner, parent=self)

    def edit_commitment(self) -> None:
        from opn_desk.services import renewal

        member = self.selected()
        if self.readonly or member is None:
            return
        dialog = NoteDialog(self, self.tr("Commitment of {name}").format(name=member.organisation), self.tr("Save"),
                            self.tr("What does {name} commit for a new term (staff, funds, in kind)?").format(
                                name=member.organisation), self._commitment(member.membership_id))
        process_id = self.snapshot.detail.id

        def submit() -> None:
            WriteOp(self.tr("Commitment of {name}").format(name=member.organisation),
                    renewal.set_commitment, process_id, member.membership_id, dialog.value()) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, parent=dialog)

        open_submitting(self, dialog, submit)
