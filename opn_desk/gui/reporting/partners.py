"""The Reporting area's "Partners" tab: every partner of the cycle with its status, the longest-missing
first, filtered by status; recording a submission or an excuse, back to to do, the focal point."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from opn_desk.gui.core import labels
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.reporting import words
from opn_desk.gui.reporting.dialogs import ExcuseDialog, FocalPointDialog, SubmissionDialog
from opn_desk.gui.widgets.columns import day_width
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.list_page import empty_note, filter_combo, row_table, search_box
from opn_desk.gui.widgets.rows_model import RowsModel
from opn_desk.services import reporting, reporting_view

NOT_REPORTED = "not_reported"


class PartnersTab(QWidget):
    open_organisation_requested = Signal(object)

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.view = None  # the CycleView shown
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.state_filter = filter_combo(self.tr("Every partner"), self.tr("Status in the cycle"), [
            (self.tr("Not reported yet"), NOT_REPORTED), (words.state("to_do"), "to_do"),
            (words.state("submitted"), "submitted"), (words.state("excused"), "excused"),
            (words.state("late"), "late"), (words.state("very_late"), "very_late")])
        self.search = search_box(self.tr("Search partners"), 300)
        self.count = QLabel()
        # The filter as wide as its longest state ("Tous les partenaires" was cut to "Tous les parter"), the
        # search up to its widest: the count takes what is left.
        self.state_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(self.state_filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.count, 1)
        layout.addLayout(top)
        self.model = RowsModel([self.tr("Partner"), self.tr("Role"), self.tr("Regional group"), self.tr("Status"),
                                self.tr("Submitted on"), self.tr("Days late"), self.tr("Missed in a row"),
                                self.tr("Excuse given")])
        self.table = row_table(self.model, (260, 120, 120, 90, 95, 75, 110, 150))
        self.table.setColumnWidth(4, max(self.table.columnWidth(4), day_width(self.table)))  # submitted on
        layout.addWidget(self.table, 1)
        self.empty = empty_note(self.table, self.tr("No partner has this status."))
        buttons = QHBoxLayout()
        self.submit_button = QPushButton(self.tr("Record a submission…"))
        self.excuse_button = QPushButton(self.tr("Excuse…"))
        self.reset_button = QPushButton(self.tr("Back to to do"))
        self.focal_button = QPushButton(self.tr("Focal point…"))
        self.open_button = QPushButton(self.tr("Open the organisation"))
        for b in (self.submit_button, self.excuse_button, self.reset_button, self.focal_button):
            b.setVisible(not runner.readonly)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.state_filter.currentIndexChanged.connect(lambda _i: self.fill())
        self.search.textChanged.connect(lambda _t: self.fill())
        self.submit_button.clicked.connect(self.record_submission)
        self.excuse_button.clicked.connect(self.excuse)
        self.reset_button.clicked.connect(self.reset)
        self.focal_button.clicked.connect(self.focal_point)
        self.open_button.clicked.connect(self._open)
        self.table.activated.connect(lambda _i: self._open())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._focal = ReadOp(runner, reporting_view.focal_point_form)
        self._enable()

    def show_view(self, view) -> None:
        self.view = view
        self.fill()

    def _matches(self, row) -> bool:
        wanted = self.state_filter.currentData()
        st = row.line.standing
        if wanted == NOT_REPORTED and (st.reported or st.excused):
            return False
        if wanted not in (None, NOT_REPORTED) and st.state != wanted:
            return False
        text = self.search.text().strip().casefold()
        return not text or text in row.line.organisation.casefold()

    def fill(self) -> None:
        selected = self.selected()
        rows = []
        for row in (self.view.partners if self.view else ()):
            if not self._matches(row):
                continue
            line, st = row.line, row.line.standing
            missed = self.tr("{n} (review)").format(n=row.missed_in_a_row) if row.repeated else (
                str(row.missed_in_a_row) if row.missed_in_a_row else "")
            texts = (line.organisation, words.roles(line.roles), words.group(line.group), words.state(st.state),
                     labels.day(line.submitted_on),
                     str(st.days_late) if st.days_late else "", missed, line.excuse_reason)
            colours = {3: words.STATE_COLOURS.get(st.state, ("#ececec", "#303030"))}
            if row.repeated:
                colours[6] = words.RAG_COLOURS["red"]
            rows.append((texts, line, colours))
        self.model.set_rows(rows)
        total = len(self.view.partners) if self.view else 0
        self.count.setText(self.tr("{shown} of {total} partners").format(shown=len(rows), total=total))
        self.empty.setVisible(not rows)
        if selected is not None:
            for r, line in enumerate(self.model.records):
                if line.organisation_id == selected.organisation_id:
                    self.table.selectRow(r)
        self._enable()

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.record(rows[0].row()) if rows else None

    def select_organisation(self, name: str) -> bool:
        for r, line in enumerate(self.model.records):
            if line.organisation == name:
                self.table.selectRow(r)
                return True
        return False

    def _enable(self) -> None:
        line = self.selected()
        for b in (self.submit_button, self.excuse_button, self.reset_button, self.focal_button, self.open_button):
            b.setEnabled(line is not None)
        if line is not None:
            self.reset_button.setEnabled(line.stored not in (None, "to_do"))

    # -- actions ---------------------------------------------------------------------------------
    def record_submission(self) -> None:
        line = self.selected()
        if line is None or self.view is None:
            return
        dialog = SubmissionDialog(self, line.organisation, line.submitted_on or date.today())
        cycle_id = self.view.cycle.id

        def submit() -> None:
            WriteOp(self.tr("Record the report of {name}").format(name=line.organisation),
                    reporting.record_submission, cycle_id, line.organisation_id, dialog.value()) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def excuse(self) -> None:
        line = self.selected()
        if line is None or self.view is None:
            return
        dialog = ExcuseDialog(self, line.organisation, line.excuse_reason)
        cycle_id = self.view.cycle.id

        def submit() -> None:
            WriteOp(self.tr("Excuse {name} from reporting").format(name=line.organisation),
                    reporting.record_excuse, cycle_id, line.organisation_id, dialog.value()) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def reset(self) -> None:
        line = self.selected()
        if line is None or self.view is None:
            return
        WriteOp(self.tr("Set {name} back to to do").format(name=line.organisation), reporting.reset_status,
                self.view.cycle.id, line.organisation_id).run_in(self.runner, self)

    def focal_point(self) -> None:
        line = self.selected()
        if line is None:
            return

        def show(form) -> None:
            dialog = FocalPointDialog(self, form)

            def submit() -> None:
                person, language, alternates = dialog.values()
                WriteOp(self.tr("Set the reporting focal point of {name}").format(name=form.organisation),
                        reporting.set_focal_point, form.organisation_id, person, language=language,
                        alternates=alternates).success(dialog.succeeded).failure(dialog.failed) \
                    .run_in(self.runner, dialog)

            open_submitting(self, dialog, submit)

        self._focal.run(line.organisation_id, success=show, parent=self)

    def _open(self) -> None:
        line = self.selected()
        if line is not None:
            self.open_organisation_requested.emit(line.organisation_id)
