"""The Meetings area's small forms: an agenda item, written comments on an item, an action item. Each
stays open until its change is saved and shows the service's sentence inline otherwise."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from opn_desk.gui.core import labels
from opn_desk.gui.core.operations import OperationRunner
from opn_desk.gui.widgets.dialogs import FormDialog, _date_edit, _pydate
from opn_desk.gui.widgets.pickers import OrganisationPicker


def _id(text: str | None) -> uuid.UUID | None:
    return uuid.UUID(text) if text else None


def _text_box(lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class AgendaItemDialog(FormDialog):
    def __init__(self, parent: QWidget | None):
        super().__init__(parent, self.tr("Add an agenda item"), self.tr("Add"))
        self.title = QLineEdit()
        self.presenter = QLineEdit()
        self.decision_sought = _text_box(3)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Presenter"), self.presenter)
        self.form.addRow(self.tr("Decision sought"), self.decision_sought)

    def values(self) -> tuple[str, str, str]:
        return self.title.text(), self.presenter.text(), self.decision_sought.toPlainText()


class CommentsDialog(FormDialog):
    """Written comments an invitee sent in advance on an item (they count as participation)."""

    def __init__(self, parent: QWidget | None, item_title: str, invitees: list[tuple[str, object]], held_on: date):
        super().__init__(parent, self.tr("Written comments on {item}").format(item=item_title), self.tr("Record"))
        self.organisation = QComboBox()
        for name, oid in invitees:
            self.organisation.addItem(name, str(oid))  # text: Qt compares Python objects by identity
        self.received_on = _date_edit(min(date.today(), held_on))
        self.text = _text_box(5)
        self.form.addRow(self.tr("From"), self.organisation)
        self.form.addRow(self.tr("Received on"), self.received_on)
        self.form.addRow(self.tr("Comments"), self.text)

    def values(self):
        return _id(self.organisation.currentData()), self.text.toPlainText(), _pydate(self.received_on.date())


class ActionItemDialog(FormDialog):
    """An action item of the minutes: a task of the work plan with its owner and due date."""

    def __init__(self, parent: QWidget | None, items: list[tuple[str, object]], held_on: date):
        super().__init__(parent, self.tr("Add an action item"), self.tr("Add"))
        self.text = _text_box(3)
        self.owner = QLineEdit()
        self.due_on = _date_edit(held_on + timedelta(days=60))
        self.item = QComboBox()
        self.item.addItem(self.tr("(the meeting as a whole)"), None)
        for title, iid in items:
            self.item.addItem(title, iid)
        self.form.addRow(self.tr("Action"), self.text)
        self.form.addRow(self.tr("Owner"), self.owner)
        self.form.addRow(self.tr("Due on"), self.due_on)
        self.form.addRow(self.tr("Agenda item"), self.item)

    def values(self):
        return self.text.toPlainText(), self.owner.text(), _pydate(self.due_on.date()), self.item.currentData()


class MeetingDialog(FormDialog):
    """A new meeting of a programme: its invitees are drawn from the terms in office on its date."""

    def __init__(self, parent: QWidget | None, programmes: list[tuple[str, str]], programme: str | None):
        super().__init__(parent, self.tr("New meeting"), self.tr("Create"))
        from opn_desk.domain.vocab import MEETING_KINDS

        self.programme = QComboBox()
        for code, name in programmes:
            self.programme.addItem(f"{code} — {labels.programme_name(code, name)}", code)
        self.programme.setCurrentIndex(max(0, self.programme.findData(programme)))
        self.kind = QComboBox()
        for term in MEETING_KINDS.terms:
            self.kind.addItem(QCoreApplication.translate("Vocabulary", term.label), term.code)
        self.title = QLineEdit()
        self.held_on = _date_edit(date.today() + timedelta(days=60))
        self.place = QLineEdit()
        self.link = QLineEdit()
        self.programme_text = _text_box(3)
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0.0, 10_000_000.0)
        self.budget.setDecimals(2)
        self.budget.setGroupSeparatorShown(True)
        self.budget.setSpecialValueText(self.tr("no travel support"))
        self.form.addRow(self.tr("Programme"), self.programme)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Date"), self.held_on)
        self.form.addRow(self.tr("Place"), self.place)
        self.form.addRow(self.tr("Link"), self.link)
        self.form.addRow(self.tr("Programme of the day"), self.programme_text)
        self.form.addRow(self.tr("Travel budget"), self.budget)

    def values(self) -> dict:
        return {"programme_code": self.programme.currentData(), "kind": self.kind.currentData(),
                "title": self.title.text(), "held_on": _pydate(self.held_on.date()),
                "place": self.place.text(), "link": self.link.text(),
                "programme_text": self.programme_text.toPlainText(),
                "travel_budget": self.budget.value() or None}


class TravelRequestDialog(FormDialog):
    def __init__(self, parent: QWidget | None, invitees: list[tuple[str, object]]):
        super().__init__(parent, self.tr("Travel support request"), self.tr("Add"))
        self.organisation = QComboBox()
        for name, oid in invitees:
            self.organisation.addItem(name, str(oid))  # text: Qt compares Python objects by identity
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0.0, 1_000_000.0)
        self.amount.setDecimals(2)
        self.amount.setGroupSeparatorShown(True)
        self.requested_on = _date_edit(date.today())
        self.traveller = QLineEdit()
        self.form.addRow(self.tr("Organisation"), self.organisation)
        self.form.addRow(self.tr("Amount requested"), self.amount)
        self.form.addRow(self.tr("Requested on"), self.requested_on)
        self.form.addRow(self.tr("Traveller"), self.traveller)

    def values(self):
        return (_id(self.organisation.currentData()), self.amount.value(), _pydate(self.requested_on.date()),
                self.traveller.text())


class ApproveMinutesDialog(FormDialog):
    """The minutes approved: at a later meeting of the programme (on its day), or by written procedure on a
    day; by whom. Approved minutes are read-only."""

    WRITTEN = "written"

    def __init__(self, parent: QWidget | None, meeting: str, later: list[tuple[object, str]], held_on: date):
        super().__init__(parent, self.tr("Approve the minutes of {meeting}").format(meeting=meeting),
                         self.tr("Approve"))
        self.how = QComboBox()
        for mid, label in later:
            self.how.addItem(self.tr("At {meeting}").format(meeting=label), str(mid))
        self.how.addItem(self.tr("By written procedure"), self.WRITTEN)
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("e.g. the advisory committee"))
        self.on = _date_edit(max(held_on, min(date.today(), held_on + timedelta(days=30))))
        note = QLabel(self.tr("Approved minutes cannot be changed; Undo takes an approval back."))
        note.setWordWrap(True)
        note.setEnabled(False)
        self.form.addRow(self.tr("How"), self.how)
        self.form.addRow(self.tr("Approved by"), self.by)
        self.form.addRow(self.tr("On (written procedure)"), self.on)
        self.form.addRow("", note)
        self.how.currentIndexChanged.connect(lambda _i: self._how_changed())
        self._how_changed()

    def _how_changed(self) -> None:
        self.on.setEnabled(self.how.currentData() == self.WRITTEN)

    def values(self) -> dict:
        how = self.how.currentData()
        if how == self.WRITTEN:
            return {"by": self.by.text(), "on": _pydate(self.on.date())}
        return {"by": self.by.text(), "at_meeting_id": _id(how)}


class GuestDialog(FormDialog):
    """A guest of a meeting: an organisation of the registry (searched as you type), whose participation
    then counts like an invitee's, or a name typed as it comes (a speaker, an observer)."""

    def __init__(self, parent: QWidget | None, runner: OperationRunner):
        super().__init__(parent, self.tr("Add a guest"), self.tr("Add"))
        self.organisation = OrganisationPicker(runner)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("A person, or an organisation not in the registry"))
        self.affiliation = QLineEdit()
        note = QLabel(self.tr("An organisation of the registry is invited like the partners: its participation "
                              "counts in its partnership health. Otherwise type the guest's name."))
        note.setWordWrap(True)
        note.setEnabled(False)
        self.form.addRow(self.tr("Organisation"), self.organisation)
        self.form.addRow(self.tr("Or name"), self.name)
        self.form.addRow(self.tr("Affiliation"), self.affiliation)
        self.form.addRow("", note)
        self.organisation.chosen.connect(lambda oid, _label: self._chosen(oid))

    def _chosen(self, org_id) -> None:
        for w in (self.name, self.affiliation):
            w.setEnabled(org_id is None)

    def values(self) -> tuple[uuid.UUID | None, str, str]:
        """(organisation id, or None and the name and affiliation typed)."""
        return self.organisation.org_id, self.name.text(), self.affiliation.text()
