"""A meeting's travel support: the requests ranked with partners from least developed countries on the
meeting's date first (then the groups the desk chose), the budget, the proposed allocation, and the
allocation decided and recorded before the meeting (the desk may decide otherwise than proposed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from opn_desk.gui.core import labels
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.meetings.dialogs import TravelRequestDialog
from opn_desk.gui.meetings.tables import fill, money, text_table
from opn_desk.gui.widgets.dialogs import _date_edit, _pydate, _qdate, open_submitting
from opn_desk.gui.widgets.style import ERROR_STYLE, hint
from opn_desk.gui.widgets.table_export import offer_export
from opn_desk.services import meetings

GRANT_COLUMN = 7


class TravelTab(QWidget):
    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.meeting = None  # MeetingDetail
        self.view = None  # TravelView
        self._travel = ReadOp(runner, meetings.travel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.table = text_table([self.tr("Rank"), self.tr("Organisation"), self.tr("Country"),
                                 self.tr("LDC on the day"), self.tr("Priority"), self.tr("Requested"),
                                 self.tr("Proposed"), self.tr("Granted")], (42, 200, 56, 96, 64, 84, 84))
        self.export = offer_export(self.table, runner, self.tr("Travel support"))
        layout.addWidget(self.table, 1)
        layout.addWidget(hint(self.tr(
            "Partners from least developed countries on the meeting's date come first, then the groups the desk "
            "chose, then the others; within a rank the earlier request. The proposal grants in that order while "
            "the budget lasts. The desk may decide otherwise; the ranking stays as computed.")))
        row = QHBoxLayout()
        self.request_button = QPushButton(self.tr("Add request…"))
        row.addWidget(self.request_button)
        self.proposed_button = QPushButton(self.tr("Use the proposed allocation"))
        self.decided_on = _date_edit(date.today())
        self.decide_button = QPushButton(self.tr("Record the allocation"))
        row.addWidget(self.proposed_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Decided on")))
        row.addWidget(self.decided_on)
        row.addWidget(self.decide_button)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        for w in (self.request_button, self.proposed_button, self.decide_button, self.decided_on):
            w.setVisible(not runner.readonly)
        self.dialog = None
        self.request_button.clicked.connect(self.add_request)
        self.proposed_button.clicked.connect(self.use_proposed)
        self.decide_button.clicked.connect(self.decide)

    def show_detail(self, meeting) -> None:
        self.meeting = meeting
        self.error.hide()
        if meeting is None:
            self.view = None
            fill(self.table, [])
            self.headline.setText("")
            self.request_button.setEnabled(False)
            return
        self._travel.run(meeting.id, success=self.show_view)

    def show_view(self, view) -> None:
        self.view = view
        groups = {"ldc": self.tr("least developed countries"), "sids": self.tr("small island developing states"),
                  "lldc": self.tr("landlocked developing countries"), "": self.tr("no priority group")}
        short = {"ldc": self.tr("LDC"), "sids": self.tr("SIDS"), "lldc": self.tr("LLDC"), "": "—"}
        rows = [(str(line.rank), line.organisation, line.country_iso3, self.tr("yes") if line.ldc else self.tr("no"),
                 short.get(line.group, line.group), money(line.amount), money(line.proposed), money(line.granted))
                for line in view.lines]
        fill(self.table, rows, list(view.lines))
        open_ = view.decided_on is None and not self.runner.readonly
        if open_:
            for r, line in enumerate(view.lines):
                spin = QDoubleSpinBox()
                spin.setRange(0.0, line.amount)
                spin.setDecimals(2)
                spin.setGroupSeparatorShown(True)
                spin.setValue(line.proposed)
                self.table.setCellWidget(r, GRANT_COLUMN, spin)
        after = [self.tr("then {group}").format(group=groups[g]) for g in view.priority]
        order = ", ".join([self.tr("least developed countries first"), *after])
        budget = money(view.budget) if view.budget is not None else self.tr("none set")
        requested = sum(line.amount for line in view.lines)
        if not view.lines:
            state = self.tr("No travel request.")
        elif view.decided_on:
            granted = sum(line.granted or 0.0 for line in view.lines)
            state = self.tr("Allocation decided on {day}: {granted} granted.").format(
                day=labels.long_day(view.decided_on), granted=money(granted))
        else:
            state = self.tr("Not allocated yet: decide before the meeting ({day}).").format(day=labels.long_day(view.held_on))
        self.headline.setText(self.tr("Budget {budget}; {n} requests for {requested}; priority: {order}. {state}")
                              .format(budget=budget, n=len(view.lines), requested=money(requested), order=order,
                                      state=state))
        self.decided_on.setDate(_qdate(min(date.today(), view.held_on)))
        for w in (self.proposed_button, self.decide_button, self.decided_on):
            w.setEnabled(open_ and bool(view.lines))
        self.request_button.setEnabled(open_)

    def grants(self) -> dict:
        out = {}
        for r, line in enumerate(self.view.lines if self.view else ()):
            spin = self.table.cellWidget(r, GRANT_COLUMN)
            if spin is not None:
                out[line.request_id] = round(spin.value(), 2)
        return out

    def set_grant(self, organisation: str, amount: float) -> None:
        for r, line in enumerate(self.view.lines if self.view else ()):
            if line.organisation == organisation:
                self.table.cellWidget(r, GRANT_COLUMN).setValue(amount)

    def use_proposed(self) -> None:
        for r, line in enumerate(self.view.lines if self.view else ()):
            spin = self.table.cellWidget(r, GRANT_COLUMN)
            if spin is not None:
                spin.setValue(line.proposed)

    def add_request(self) -> None:
        if self.meeting is None:
            return
        meeting = self.meeting
        dialog = TravelRequestDialog(self, [(i.organisation, i.organisation_id) for i in meeting.invitees])

        def submit() -> None:
            oid, amount, requested_on, traveller = dialog.values()
            WriteOp(self.tr("Travel request for {meeting}").format(meeting=meeting.title), meetings.add_travel_request,
                    meeting.id, oid, amount, requested_on=requested_on, traveller=traveller) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def decide(self) -> None:
        if self.view is None or self.meeting is None:
            return
        self.error.hide()

        def failed(exc: BaseException) -> None:
            from opn_desk.gui.core.messages import describe_failure

            self.error.setText(describe_failure(exc))
            self.error.show()

        WriteOp(self.tr("Travel support for {meeting}").format(meeting=self.meeting.title),
                meetings.decide_allocation, self.meeting.id, decided_on=_pydate(self.decided_on.date()),
                grants=self.grants()).failure(failed).run_in(self.runner, self)
