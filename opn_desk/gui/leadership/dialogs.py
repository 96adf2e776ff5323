"""The Leadership area's forms: opening a renewal process, closing a step (with the override reason the
step order asks for), reopening it, a note, a succession entry, and an incumbent's scores. Each stays
open until its change is saved and shows the service's sentence when it is refused."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from opn_desk.domain.applications import MAX_SCORE, CallValue
from opn_desk.domain.renewal import SUCCESSION_HORIZON, CandidateValue, StepValue, SuccessionValue
from opn_desk.domain.vocab import Role
from opn_desk.gui.core import labels
from opn_desk.gui.core.operations import OperationRunner
from opn_desk.gui.leadership.widgets import pydate, qdate, score_text
from opn_desk.gui.widgets.dialogs import FormDialog
from opn_desk.gui.widgets.pickers import OrganisationPicker, PersonPicker
from opn_desk.gui.widgets.style import heading_font, hint
from opn_desk.services.errors import InvalidInput

WARNING_STYLE = "background: #fff4d6; color: #5c3d00; border: 1px solid #e6c36a; border-radius: 4px; padding: 6px;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Leadership", text)


def _text_box(text: str = "", lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def _day_edit(day: date, latest: date | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(labels.date_input_format())
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    return edit


class NewProcessDialog(FormDialog):
    """A new renewal process: its four steps start as Not started, with the default checklist."""

    def __init__(self, parent: QWidget | None, code: str, calls: tuple[CallValue, ...]):
        super().__init__(parent, _tr("New leadership renewal process for {code}").format(code=code),
                         _tr("Open the process"))
        self.setMinimumWidth(520)
        self.title_edit = QLineEdit(_tr("{code} leadership renewal {year}").format(code=code,
                                                                                  year=date.today().year))
        self.title_edit.setMaxLength(300)
        self.opened_edit = _day_edit(date.today())
        self.call_combo = QComboBox()
        self.call_combo.addItem(_tr("(no call yet: link it later)"), None)
        for call in calls:
            self.call_combo.addItem(_tr("{title} ({start} to {end})").format(
                title=call.title, start=labels.day(call.opens_on), end=labels.day(call.closes_on)), call.id)
        if calls:
            self.call_combo.setCurrentIndex(1)
        self.notes_edit = _text_box()
        self.form.addRow(_tr("&Title"), self.title_edit)
        self.form.addRow(_tr("&Opened on"), self.opened_edit)
        self.form.addRow(_tr("Co-lead &call"), self.call_combo)
        self.form.addRow(_tr("&Notes"), self.notes_edit)
        self.form.addRow(hint(_tr("The call is step 2's open call for expressions of interest; its evaluation "
                                  "criteria are the lead criteria (the co-lead defaults when it has none).")))

    def values(self) -> tuple[str, date, uuid.UUID | None, str]:
        return (self.title_edit.text(), pydate(self.opened_edit.date()), self.call_combo.currentData(),
                self.notes_edit.toPlainText())


class CloseStepDialog(FormDialog):
    """Close a step on a day. When the step before is not done, the refusal is shown and a reason to
    override the order is required; the service records it with the step."""

    def __init__(self, parent: QWidget | None, step: StepValue, refusal: str | None):
        super().__init__(parent, _tr("Close step {number}").format(number=step.number), _tr("Close the step"))
        self.setMinimumWidth(520)
        self.step = step
        title = QLabel(_tr("Step {number}: {title}").format(number=step.number, title=step.title))
        title.setFont(heading_font(title, 1.05))
        title.setWordWrap(True)
        self.form.addRow(title)
        latest = date.today()
        self.day_edit = _day_edit(latest, latest)
        if step.actual_start is not None:
            self.day_edit.setMinimumDate(qdate(step.actual_start))
        self.form.addRow(_tr("Done on"), self.day_edit)
        self.refusal_label = QLabel()
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet(WARNING_STYLE)
        self.reason_label = QLabel(_tr("&Reason to override the order"))
        self.reason_edit = _text_box()
        self.reason_edit.setPlaceholderText(_tr("Why this step is closed before the one before it (recorded with "
                                                "the step, its closing and the audit trail)"))
        self.reason_label.setBuddy(self.reason_edit)
        self.form.addRow(self.refusal_label)
        self.form.addRow(self.reason_label, self.reason_edit)
        self.show_refusal(refusal)

    @property
    def asks_override(self) -> bool:
        return not self.reason_edit.isHidden()

    def show_refusal(self, sentence: str | None) -> None:
        shown = bool(sentence)
        self.refusal_label.setText(sentence or "")
        for widget in (self.refusal_label, self.reason_label, self.reason_edit):
            widget.setVisible(shown)
        if shown:
            self.ok_button.setText(_tr("Close with override"))
        self.adjustSize()

    def values(self) -> tuple[date, str]:
        return pydate(self.day_edit.date()), self.reason_edit.toPlainText() if self.asks_override else ""

    def refused(self, exc: BaseException) -> None:
        """The service's refusal: when only the override reason is missing, show its sentence and ask for it."""
        if isinstance(exc, InvalidInput) and exc.field == "override":
            asked = self.asks_override
            self.show_refusal(str(exc))
            self.reason_edit.setFocus()
            if asked:
                self.failed(InvalidInput("override", _tr("Write the reason to override the order (it is recorded "
                                                         "with the step), or cancel.")))
            else:
                self.ok_button.setEnabled(True)
            return
        self.failed(exc)


class ReasonDialog(FormDialog):
    """A required reason (reopening a step)."""

    def __init__(self, parent: QWidget | None, title: str, ok_text: str, question: str, note: str = ""):
        super().__init__(parent, title, ok_text)
        self.setMinimumWidth(480)
        label = QLabel(question)
        label.setWordWrap(True)
        self.form.addRow(label)
        self.reason_edit = _text_box()
        self.form.addRow(_tr("&Reason"), self.reason_edit)
        if note:
            self.form.addRow(hint(note))

    def value(self) -> str:
        return self.reason_edit.toPlainText()


class NoteDialog(FormDialog):
    """An optional note (ticking a checklist item, proposing a candidate)."""

    def __init__(self, parent: QWidget | None, title: str, ok_text: str, question: str, text: str = "",
                 placeholder: str = ""):
        super().__init__(parent, title, ok_text)
        self.setMinimumWidth(480)
        label = QLabel(question)
        label.setWordWrap(True)
        self.form.addRow(label)
        self.note_edit = _text_box(text)
        self.note_edit.setPlaceholderText(placeholder or _tr("optional"))
        self.form.addRow(_tr("&Note"), self.note_edit)

    def value(self) -> str:
        return self.note_edit.toPlainText()


class SuccessionDialog(FormDialog):
    """A succession entry: a year up to 2030, an organisation or a free name, the role and a note."""

    def __init__(self, parent: QWidget | None, runner: OperationRunner, first_year: int,
                 known: list[tuple[uuid.UUID, str]], entry: SuccessionValue | None = None):
        super().__init__(parent, _tr("Edit succession entry") if entry else _tr("Plan a succession entry"),
                         _tr("Save") if entry else _tr("Add"))
        self.setMinimumWidth(540)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(min(first_year, SUCCESSION_HORIZON), SUCCESSION_HORIZON)
        self.year_spin.setValue(entry.year if entry else min(max(first_year, date.today().year + 1),
                                                             SUCCESSION_HORIZON))
        self.role_combo = QComboBox()
        for role in (Role.CO_LEAD, Role.CORE_PARTNER):
            self.role_combo.addItem(labels.role(role.value), role.value)
        if entry is not None:
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(entry.role)))
        self.known_radio = QRadioButton(_tr("A candidate or current member"))
        self.known_combo = QComboBox()
        for org_id, name in known:
            self.known_combo.addItem(name, org_id)
        self.search_radio = QRadioButton(_tr("Another organisation"))
        self.search_picker = OrganisationPicker(runner)
        self.name_radio = QRadioButton(_tr("A name"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.name_edit.setPlaceholderText(_tr("for example “Open seat: Africa”"))
        self.note_edit = _text_box(entry.note if entry else "", 2)
        grid = QGridLayout()
        grid.addWidget(self.known_radio, 0, 0)
        grid.addWidget(self.known_combo, 0, 1)
        grid.addWidget(self.search_radio, 1, 0)
        grid.addWidget(self.search_picker, 1, 1)
        grid.addWidget(self.name_radio, 2, 0)
        grid.addWidget(self.name_edit, 2, 1)
        grid.setColumnStretch(1, 1)
        holder = QWidget()
        holder.setLayout(grid)
        self.form.addRow(_tr("&Year"), self.year_spin)
        self.form.addRow(_tr("R&ole"), self.role_combo)
        self.form.addRow(_tr("Who"), holder)
        self.form.addRow(_tr("&Note"), self.note_edit)
        self.known_radio.setEnabled(bool(known))
        self.known_combo.setEnabled(bool(known))
        if entry is not None and entry.organisation_id is None:
            self.name_radio.setChecked(True)
            self.name_edit.setText(entry.organisation)
        elif entry is not None:
            index = self.known_combo.findText(entry.organisation)
            if index >= 0:
                self.known_radio.setChecked(True)
                self.known_combo.setCurrentIndex(index)
            else:
                self.search_radio.setChecked(True)
                self.search_picker.choose(entry.organisation_id, entry.organisation)
        elif known:
            self.known_radio.setChecked(True)
        else:
            self.name_radio.setChecked(True)
        self.search_picker.textEdited.connect(lambda _t: self.search_radio.setChecked(True))
        self.name_edit.textEdited.connect(lambda _t: self.name_radio.setChecked(True))
        self.known_combo.activated.connect(lambda _i: self.known_radio.setChecked(True))

    def values(self) -> dict:
        organisation_id, name = None, ""
        if self.known_radio.isChecked():
            organisation_id = self.known_combo.currentData()
        elif self.search_radio.isChecked():
            organisation_id = self.search_picker.org_id
        else:
            name = self.name_edit.text()
        return {"year": self.year_spin.value(), "organisation_id": organisation_id, "name": name,
                "role": self.role_combo.currentData(), "note": self.note_edit.toPlainText()}


class IncumbentScoreDialog(FormDialog):
    """One reviewer's scores of an incumbent seeking renewal on the lead criteria, saved as one change."""

    NOT_SCORED = -0.5

    def __init__(self, parent: QWidget | None, runner: OperationRunner, candidate: CandidateValue,
                 call_id: uuid.UUID | None):
        super().__init__(parent, _tr("Score {name}").format(name=candidate.organisation), _tr("Save scores"))
        self.setMinimumWidth(620)
        self.candidate = candidate
        self.reviewer = PersonPicker(runner, call_id)
        self.form.addRow(self.reviewer)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for column, text in enumerate((_tr("Criterion"), _tr("Weight"),
                                       _tr("Score (0–{max})").format(max=score_text(MAX_SCORE)), _tr("Comment"))):
            head = QLabel(text)
            head.setFont(heading_font(head, 1.0))
            grid.addWidget(head, 0, column)
        self.rows: list[tuple[uuid.UUID, QDoubleSpinBox, QLineEdit]] = []
        criteria = candidate.scores.criteria if candidate.scores else ()
        self._existing: dict[tuple[uuid.UUID, uuid.UUID], tuple[float, str]] = {}
        for i, c in enumerate(criteria, start=1):
            name = QLabel(c.name)
            name.setWordWrap(True)
            spin = QDoubleSpinBox()
            spin.setRange(self.NOT_SCORED, MAX_SCORE)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setSpecialValueText(_tr("not scored"))
            spin.setValue(self.NOT_SCORED)
            comment = QLineEdit()
            comment.setPlaceholderText(_tr("optional"))
            grid.addWidget(name, i, 0)
            grid.addWidget(QLabel(labels.short_decimal(c.weight)), i, 1)
            grid.addWidget(spin, i, 2)
            grid.addWidget(comment, i, 3)
            self.rows.append((c.criterion_id, spin, comment))
            for s in c.scores:
                self._existing[(c.criterion_id, s.reviewer_id)] = (s.score, s.comment)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        holder = QWidget()
        holder.setLayout(grid)
        self.form.addRow(holder)
        if not criteria:
            self.form.addRow(hint(_tr("The process has no lead criteria yet, so there is nothing to score.")))
            self.ok_button.setEnabled(False)
        self.form.addRow(hint(_tr("A reviewer from the incumbent, its parent or its affiliates cannot score it.")))
        self.reviewer.changed.connect(self._reviewer_changed)

    def _reviewer_changed(self) -> None:
        value = self.reviewer.value()
        for criterion_id, spin, comment in self.rows:
            score, text = self._existing.get((criterion_id, value[0]), (None, "")) if value else (None, "")
            spin.setValue(self.NOT_SCORED if score is None else score)
            comment.setText(text)

    def _submit(self) -> None:
        if self.reviewer.value() is None:
            self.failed(InvalidInput("reviewer", _tr("Choose the reviewer first.")))
            return
        super()._submit()

    def scores(self) -> tuple[uuid.UUID, tuple[tuple[uuid.UUID, float | None, str, bool], ...]]:
        reviewer_id = self.reviewer.value()[0]
        out = []
        for criterion_id, spin, comment in self.rows:
            score = None if spin.value() <= self.NOT_SCORED + 1e-9 else spin.value()
            out.append((criterion_id, score, comment.text().strip(), (criterion_id, reviewer_id) in self._existing))
        return reviewer_id, tuple(out)



class LinkCallDialog(FormDialog):
    """The co-lead call the process's step 2 opened; its criteria become the lead criteria."""

    def __init__(self, parent: QWidget | None, calls: tuple[CallValue, ...], current: uuid.UUID | None):
        super().__init__(parent, _tr("Co-lead call of the renewal"), _tr("Link"))
        self.setMinimumWidth(480)
        self.call_combo = QComboBox()
        self.call_combo.addItem(_tr("(no call)"), None)
        for call in calls:
            self.call_combo.addItem(_tr("{title} ({start} to {end}, {count} applications)").format(
                title=call.title, start=labels.day(call.opens_on), end=labels.day(call.closes_on),
                count=call.applications), call.id)
            if call.id == current:
                self.call_combo.setCurrentIndex(self.call_combo.count() - 1)
        self.form.addRow(_tr("&Call"), self.call_combo)
        self.form.addRow(hint(_tr("The applicants are the call's co-lead applications, and the lead criteria are "
                                  "its evaluation criteria (the co-lead defaults when it has none).")))

    def value(self) -> uuid.UUID | None:
        return self.call_combo.currentData()
