"""A meeting's invitees (the co-leads and core partners in office on its date, guest organisations) and
guests: how each took part, written comments sent in advance counting as participation, and the
attendance ticked in the minutes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core.operations import OperationRunner, WriteOp
from opn_desk.gui.meetings import words
from opn_desk.gui.meetings.dialogs import GuestDialog
from opn_desk.gui.meetings.tables import fill, record, text_table
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.style import hint
from opn_desk.gui.widgets.table_export import offer_export
from opn_desk.services import meetings, meetings_view


class ParticipantsTab(QWidget):
    open_organisation_requested = Signal(object)  # double-click: the organisation in the registry

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.detail = None
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = text_table([self.tr("Attended"), self.tr("Organisation"), self.tr("Country"), self.tr("Role"),
                                 self.tr("Participation"), self.tr("Representative"), self.tr("Comments")],
                                (64, 210, 95, 95, 125, 110))
        self.export = offer_export(self.table, runner, self.tr("Participants"))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.status = QComboBox()
        for code in words.PARTICIPATION_CODES:
            self.status.addItem(words.participation(code), code)
        self.set_button = QPushButton(self.tr("Set participation"))
        self.attendance_button = QPushButton(self.tr("Record the attendance ticked"))
        self.attendance_button.setToolTip(self.tr("Those ticked attended; the others keep how they took part."))
        self.guest_button = QPushButton(self.tr("Add guest…"))
        self.guest_button.setToolTip(self.tr("An organisation of the registry, or a name typed as it comes."))
        self.status.setToolTip(self.tr("How the selected invitee took part"))
        self.status.setMaximumWidth(220)
        row.addWidget(self.status)
        row.addWidget(self.set_button)
        row.addStretch(1)
        row.addWidget(self.guest_button)
        row.addWidget(self.attendance_button)
        for w in (self.status, self.set_button, self.attendance_button, self.guest_button):
            w.setVisible(not runner.readonly)
        layout.addLayout(row)
        self.guests = hint("")
        layout.addWidget(self.guests)
        self.set_button.clicked.connect(lambda: self.set_status(self.status.currentData()))
        self.attendance_button.clicked.connect(self.record_attendance)
        self.guest_button.clicked.connect(self.add_guest)
        self.table.itemDoubleClicked.connect(self._open_organisation)

    def show_detail(self, detail) -> None:
        self.detail = detail
        open_minutes = detail is not None and not detail.minutes_approved
        for w in (self.status, self.set_button, self.attendance_button):
            w.setEnabled(open_minutes)
            w.setToolTip(self.tr("The minutes are approved: the attendance they record cannot be changed.")
                         if detail is not None and not open_minutes else "")
        self.guest_button.setEnabled(detail is not None)
        if detail is None:
            fill(self.table, [])
            self.summary.setText("")
            self.guests.setText("")
            return
        rows, colours = [], []
        for i in detail.invitees:
            rows.append(("", i.organisation, i.country, words.role(i.role), words.participation(i.status),
                         i.attendee, self.tr("sent in advance") if i.wrote_comments else ""))
            colours.append({4: words.PARTICIPATION_COLOURS.get(i.status, ("#ececec", "#303030"))})
        fill(self.table, rows, list(detail.invitees), colours)
        for r, i in enumerate(detail.invitees):
            tick = self.table.item(r, 0)
            tick.setFlags(tick.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(Qt.CheckState.Checked if i.status == "attended" else Qt.CheckState.Unchecked)
        if detail.held_on > date.today():
            confirmed = sum(1 for i in detail.invitees if i.status == "confirmed")
            self.summary.setText(self.tr(
                "{invited} organisations invited (the co-leads and core partners in office on the meeting's date, and "
                "guest organisations); {confirmed} confirmed, {wrote} sent written comments in advance.").format(
                invited=len(detail.invitees), confirmed=confirmed,
                wrote=sum(1 for i in detail.invitees if i.wrote_comments)))
        else:
            self.summary.setText(self.tr(
                "{took} of {invited} invited organisations took part (attended or sent written comments in advance, "
                "which counts as participation).").format(took=detail.took_part, invited=len(detail.invitees)))
        attended = self.tr("attended")  # outside the f-string: lupdate reads only plain calls
        guests = "; ".join(f"{n}{', ' + a if a else ''}{' (' + attended + ')' if at else ''}"
                           for n, a, at in detail.guests)
        self.guests.setText(self.tr("Guests: {guests}").format(guests=guests) if guests else self.tr("No guests."))

    def _open_organisation(self, item) -> None:
        invitee = record(self.table, item.row())
        if invitee is not None and item.column() > 0:
            self.open_organisation_requested.emit(invitee.organisation_id)

    def select_organisation(self, name: str) -> bool:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 1).text() == name:
                self.table.selectRow(r)
                return True
        return False

    def set_status(self, status: str) -> None:
        invitee = record(self.table)
        if self.detail is None or invitee is None:
            return
        WriteOp(self.tr("{organisation} at {meeting}: {status}").format(
            organisation=invitee.organisation, meeting=self.detail.title, status=words.participation(status)),
            meetings.set_participation, self.detail.id, invitee.organisation_id, status).run_in(self.runner, self)

    def ticked(self) -> list:
        out = []
        for r in range(self.table.rowCount()):
            item: QTableWidgetItem = self.table.item(r, 0)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(record(self.table, r).organisation_id)
        return out

    def add_guest(self) -> None:
        if self.detail is None:
            return
        detail = self.detail
        dialog = GuestDialog(self, self.runner)

        def submit() -> None:
            org_id, name, affiliation = dialog.values()
            if org_id is not None:
                op = WriteOp(self.tr("Invite {organisation} to {meeting}").format(
                    organisation=dialog.organisation.text(), meeting=detail.title),
                    meetings.invite_organisation, detail.id, org_id)
            else:
                op = WriteOp(self.tr("Guest {name} at {meeting}").format(name=name.strip(), meeting=detail.title),
                             meetings.add_guest, detail.id, name, affiliation)
            op.success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def record_attendance(self) -> None:
        if self.detail is None:
            return
        WriteOp(self.tr("Attendance at {meeting}").format(meeting=self.detail.title), meetings_view.tick_attendance,
                self.detail.id, self.ticked()).run_in(self.runner, self)
