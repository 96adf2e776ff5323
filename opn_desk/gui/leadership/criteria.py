"""The lead evaluation criteria of a renewal process (its co-lead call's criteria, the co-lead defaults
until edited): add, edit and remove them. Weights are relative; totals follow a new weight."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from opn_desk.domain.applications import CriterionValue
from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.leadership.widgets import ReadOnlyTable, action_row, muted
from opn_desk.gui.widgets.criterion_dialog import CriterionDialog
from opn_desk.gui.widgets.dialogs import open_submitting


class LeadCriteriaDialog(QDialog):
    def __init__(self, runner: OperationRunner, process_id: uuid.UUID, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.readonly = runner.readonly
        self.process_id = process_id
        self._criteria: ReadOp | None = None
        self.criteria: list[CriterionValue] = []
        self.dialog = None
        self.setWindowTitle(self.tr("Lead criteria: {title}").format(title=title))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr(
            "The criteria the candidates are scored on: those of the process's co-lead call. Defaults: a full-time "
            "staff member committed to the coordination desk, a financial or in-kind contribution, regional and "
            "stakeholder representation, expertise in the programme's work-streams, and a track record in the "
            "network.")))
        self.table = ReadOnlyTable([self.tr("Criterion"), self.tr("Weight"), self.tr("Scores given"),
                                    self.tr("Description")])
        for column, width in enumerate((260, 70, 100, 360)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        layout.addLayout(action_row(self, (self.add_button, self.edit_button, self.remove_button), readonly=self.readonly))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.table.itemDoubleClicked.connect(lambda _i: self.edit(self.selected()))
        self.remove_button.clicked.connect(self.remove)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        runner.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        from opn_desk.services import renewal

        if self._criteria is None:
            self._criteria = ReadOp(self.runner, renewal.list_process_criteria)  # the latest answer only
        self._criteria.run(self.process_id, success=self._show)

    def _on_changed(self, outcome) -> None:
        if outcome.changes.touches({"criterion", "review", "renewal_score", "renewal"}):
            self.reload()

    def _show(self, criteria) -> None:
        self.criteria = list(criteria)
        selected = self.table.selected_data()
        self.table.setRowCount(len(self.criteria))
        for row, c in enumerate(self.criteria):
            self.table.set_cell(row, 0, c.name, data=c.id)
            self.table.set_cell(row, 1, labels.short_decimal(c.weight), right=True)
            self.table.set_cell(row, 2, str(c.scored), right=True)
            self.table.set_cell(row, 3, c.description, tip=c.description or None)
        if selected is not None:
            self.table.select_data(selected)
        self._update_buttons()

    def selected(self) -> CriterionValue | None:
        wanted = self.table.selected_data()
        return next((c for c in self.criteria if c.id == wanted), None)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def edit(self, criterion: CriterionValue | None) -> None:
        if self.readonly:
            return
        dialog = CriterionDialog(self, criterion)

        def submit() -> None:
            name, weight, description = dialog.values()
            from opn_desk.services import leadership_view

            label = (self.tr("Add the lead criterion {name}") if criterion is None
                     else self.tr("Edit the lead criterion {name}")).format(name=name.strip())
            WriteOp(label, leadership_view.save_criterion, self.process_id, criterion.id if criterion else None,
                    name, weight, description) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, parent=dialog)

        open_submitting(self, dialog, submit)

    def remove(self) -> None:
        from opn_desk.services import renewal

        criterion = self.selected()
        if self.readonly or criterion is None:
            return
        if messages.confirm(self, self.tr("Remove the criterion {name}?").format(name=criterion.name),
                            self.tr("Remove"), detail=self.tr("You can undo this with Edit › Undo.")):
            WriteOp(self.tr("Remove the lead criterion {name}").format(name=criterion.name),
                    renewal.remove_criterion, self.process_id, criterion.id) \
                .run_in(self.runner, parent=self)

    def done(self, result: int) -> None:
        self.runner.changed.disconnect(self._on_changed)
        super().done(result)
