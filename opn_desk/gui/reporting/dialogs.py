"""The Reporting area's small forms: a new cycle, a submission, an excuse, a focal point, an activity and a
self-assessment. Each stays open until its change is saved (`FormDialog`): the caller runs the operation,
and a refusal shows the service's sentence inline."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from opn_desk.domain.vocab import ACTIVITY_CATEGORIES
from opn_desk.gui.core import labels
from opn_desk.gui.reporting import words
from opn_desk.gui.widgets.dialogs import FormDialog
from opn_desk.gui.widgets.partner_health import AssessmentDialog  # noqa: F401 - shared with the organisation's page
from opn_desk.gui.widgets.pickers import OrganisationPicker, find_data
from opn_desk.services.errors import InvalidInput
from opn_desk.services.reporting import ActivityInput

LANGUAGES = (("en", "English"), ("fr", "French"), ("es", "Spanish"))


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(labels.date_input_format())
    return edit


def day_of(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def numbers(text: str, what: str, tr) -> tuple[int, ...]:
    """Whole numbers separated by commas, semicolons or spaces; a sentence when one is not."""
    out = []
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        if not part.strip():
            continue
        try:
            out.append(int(part.strip()))
        except ValueError:
            raise InvalidInput(what, tr("{value!r} is not a number.").format(value=part.strip())) from None
    return tuple(out)


class NewCycleDialog(FormDialog):
    """A reporting cycle: programme, year, deadline and reminder schedule."""

    def __init__(self, parent: QWidget | None, programmes: list[tuple[str, str]], programme: str | None,
                 today: date, cycle=None):
        if cycle is None:
            super().__init__(parent, self.tr("New reporting cycle"), self.tr("Create the cycle"))
        else:
            super().__init__(parent, self.tr("Reporting cycle {code} {year}").format(
                code=cycle.programme, year=cycle.year), self.tr("Save"))
        self.programme = QComboBox()
        for code, name in programmes:
            self.programme.addItem(f"{code} — {name}", code)
        if programme and (i := find_data(self.programme, programme)) >= 0:
            self.programme.setCurrentIndex(i)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.deadline = date_edit(date(today.year + 1, 3, 31))
        self.reminders = QLineEdit("-14, -3, 7, 15")
        self.reminders.setToolTip(self.tr("Days from the deadline: negative before it, positive after it."))
        self.notes = QLineEdit()
        if cycle is not None:  # its programme and year stay; the deadline, reminders and notes change
            self.programme.setCurrentIndex(max(0, find_data(self.programme, cycle.programme)))
            self.year.setValue(cycle.year)
            self.deadline.setDate(QDate(cycle.deadline.year, cycle.deadline.month, cycle.deadline.day))
            self.reminders.setText(", ".join(str(d) for d in cycle.reminder_days))
            self.notes.setText(cycle.notes)
            self.programme.setEnabled(False)
            self.year.setEnabled(False)
        self.form.addRow(self.tr("Programme"), self.programme)
        self.form.addRow(self.tr("Reporting year"), self.year)
        self.form.addRow(self.tr("Deadline"), self.deadline)
        self.form.addRow(self.tr("Reminders (days from the deadline)"), self.reminders)
        self.form.addRow(self.tr("Notes"), self.notes)

    def values(self) -> tuple[str, int, date, tuple[int, ...], str]:
        days = numbers(self.reminders.text(), "reminder_days", self.tr)
        return self.programme.currentData(), self.year.value(), day_of(self.deadline), days, self.notes.text()


class SubmissionDialog(FormDialog):
    def __init__(self, parent: QWidget | None, organisation: str, today: date):
        super().__init__(parent, self.tr("Record a submission"), self.tr("Record"))
        self.day = date_edit(today)
        self.form.addRow(self.tr("Partner"), QLineEdit(organisation, readOnly=True))
        self.form.addRow(self.tr("Submitted on"), self.day)

    def value(self) -> date:
        return day_of(self.day)


class ExcuseDialog(FormDialog):
    def __init__(self, parent: QWidget | None, organisation: str, reason: str = ""):
        super().__init__(parent, self.tr("Excuse from reporting"), self.tr("Excuse"))
        self.reason = QLineEdit(reason)
        self.reason.setPlaceholderText(self.tr("Why the partner is excused this year"))
        self.form.addRow(self.tr("Partner"), QLineEdit(organisation, readOnly=True))
        self.form.addRow(self.tr("Reason"), self.reason)

    def value(self) -> str:
        return self.reason.text()


class FocalPointDialog(FormDialog):
    """The organisation's reporting focal point, its language and the alternates copied."""

    def __init__(self, parent: QWidget | None, form):
        super().__init__(parent, self.tr("Reporting focal point of {name}").format(name=form.organisation),
                         self.tr("Save"))
        self.org_id: uuid.UUID = form.organisation_id
        self.person = QComboBox()
        self.person.addItem(self.tr("(none: the representative of its role)"), None)
        for pid, name, email in form.people:
            self.person.addItem(f"{name} <{email}>" if email else name, pid)
        if form.person_id is not None and (i := find_data(self.person, form.person_id)) >= 0:
            self.person.setCurrentIndex(i)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name), code)
        self.language.setCurrentIndex(max(0, find_data(self.language, form.language)))
        self.alternates = QListWidget()
        self.alternates.setMaximumHeight(140)
        for pid, name, email in form.people:
            item = QListWidgetItem(f"{name} <{email}>" if email else name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in form.alternates else Qt.CheckState.Unchecked)
            self.alternates.addItem(item)
        receiver = QLineEdit(form.receiver or self.tr("nobody with an e-mail address"), readOnly=True)
        self.form.addRow(self.tr("Reminders go to today"), receiver)
        self.form.addRow(self.tr("Focal point"), self.person)
        self.form.addRow(self.tr("Language of the reminders"), self.language)
        self.form.addRow(self.tr("Alternates (in copy)"), self.alternates)
        if not form.people:
            self.form.addRow("", QLineEdit(self.tr("No people are recorded for this organisation."), readOnly=True))

    def values(self) -> tuple[uuid.UUID | None, str, tuple[uuid.UUID, ...]]:
        chosen = tuple(self.alternates.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.alternates.count())
                       if self.alternates.item(i).checkState() == Qt.CheckState.Checked)
        return self.person.currentData(), self.language.currentData(), chosen


class ActivityDialog(FormDialog):
    """An activity reported in the cycle: by hand, or an activity's values to edit."""

    def __init__(self, parent: QWidget | None, runner, cycle_id: uuid.UUID,
                 initiatives: list[tuple[uuid.UUID, str]], values=None):
        editing = values is not None
        super().__init__(parent, self.tr("Edit the activity") if editing else self.tr("New activity"),
                         self.tr("Save") if editing else self.tr("Add the activity"))
        self.setMinimumWidth(560)
        self.cycle_id = cycle_id
        data: ActivityInput | None = values.data if editing else None
        self.organisation = OrganisationPicker(runner)
        if editing:
            self.organisation.choose(data.organisation_id, values.organisation)
        self.title = QLineEdit(data.title if data else "")
        self.category = QComboBox()
        for term in ACTIVITY_CATEGORIES.terms:
            self.category.addItem(words.category(term.code), term.code)
        if data:
            self.category.setCurrentIndex(max(0, find_data(self.category, data.category)))
        self.initiative = QComboBox()
        self.initiative.addItem(self.tr("(none)"), None)
        for iid, title in initiatives:
            self.initiative.addItem(title, iid)
        if data and data.initiative_id:
            self.initiative.setCurrentIndex(max(0, find_data(self.initiative, data.initiative_id)))
        self.countries = QLineEdit("; ".join(data.countries) if data else "")
        self.countries.setPlaceholderText(self.tr("Country codes (ISO3), e.g. KEN; PER"))
        self.sdgs = QLineEdit(", ".join(str(n) for n in data.sdgs) if data else "")
        self.sdgs.setPlaceholderText(self.tr("e.g. 12, 7"))
        self.change = QPlainTextEdit(data.change_in_practice if data else "")
        self.change.setPlaceholderText(self.tr("What changed in practice"))
        self.change.setMaximumHeight(90)
        self.highlight = QCheckBox(self.tr("A highlight of the year (shown in the cycle summary)"))
        self.highlight.setChecked(bool(data and data.highlight))
        self.form.addRow(self.tr("Partner"), self.organisation)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow(self.tr("Initiative"), self.initiative)
        self.form.addRow(self.tr("Countries"), self.countries)
        self.form.addRow(self.tr("SDGs"), self.sdgs)
        self.form.addRow(self.tr("Change in practice"), self.change)
        self.form.addRow("", self.highlight)

    def value(self) -> ActivityInput:
        if self.organisation.org_id is None:
            raise InvalidInput("organisation", self.tr("Choose the partner that reported the activity."))
        countries = tuple(c.strip() for c in self.countries.text().replace(",", ";").split(";") if c.strip())
        return ActivityInput(self.cycle_id, self.organisation.org_id, self.title.text(), self.category.currentData(),
                             self.initiative.currentData(), countries, numbers(self.sdgs.text(), "sdgs", self.tr),
                             self.change.toPlainText(), self.highlight.isChecked())
