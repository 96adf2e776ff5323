"""Dialogs of the Applications area: recording an application by hand, moving it along its lifecycle
(with a reason where one is needed), the decision, scoring, declaring a conflict, a call's ranking.

Dialogs that change the desk follow `dialogs.FormDialog`: OK emits ``submitted``, the caller runs
the operation, and the dialog closes on success or shows the service's sentence inline on failure.
The intake dialog runs its own operation (it also searches the registry while the officer types).
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.applications import (
    CONTRIBUTION_KINDS,
    MAX_SCORE,
    PRIORITY_SECTORS,
    WORK_STREAMS,
    ApplicationDetail,
    ApplicationInput,
    CallValue,
    RankedApplication,
    is_reopen,
    outstanding,
    reason_required,
)
from opn_desk.domain.programmes import PROGRAMMES
from opn_desk.domain.registry import OrganisationInput
from opn_desk.domain.vocab import ApplicationStatus, Role
from opn_desk.gui import labels, operations
from opn_desk.gui.country_combo import chosen_country, fill_countries
from opn_desk.gui.dialogs import FormDialog, _date_edit, _pydate, _qdate, add_years, open_submitting
from opn_desk.gui.messages import describe_failure
from opn_desk.gui.operations import NewPerson, OperationRunner
from opn_desk.services.errors import InvalidInput

S = ApplicationStatus
ERROR_STYLE = "color: #b3261e;"
FIELD_ERROR_STYLE = "border: 1px solid #b3261e;"
DUPLICATE_DELAY_MS = 350
SEARCH_DELAY_MS = 150
TERM_ROLES = (Role.CO_LEAD.value, Role.CORE_PARTNER.value)

# Status colours (background, text): calm for open states, green / red / grey for closed ones.
STATUS_COLOURS = {
    S.RECEIVED.value: ("#e3ecf7", "#1d3f6e"),
    S.SCREENING.value: ("#dcecfb", "#0b4f8a"),
    S.UNDER_REVIEW.value: ("#ebe3f7", "#4b2a7b"),
    S.MAC_OPINION.value: ("#dff3f1", "#0f5c55"),
    S.ACCEPTED.value: ("#dff1e0", "#1e6b2a"),
    S.NOT_ACCEPTED.value: ("#f9e0de", "#8c1d18"),
    S.WITHDRAWN.value: ("#ececec", "#505050"),
}
DISAGREEMENT_COLOUR = QColor("#fde3c3")


# -- words ---------------------------------------------------------------------------------------

def _vocab(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationDialogs", text)


def status_label(code: str | None) -> str:
    if not code:
        return ""
    try:
        return _vocab(S(code).label)
    except ValueError:
        return code


def contribution_label(code: str) -> str:
    return _vocab(CONTRIBUTION_KINDS.get(code, code))


def step_label(from_status: str, to_status: str) -> str:
    """The button text of one move of the lifecycle ("…" where a dialog asks for more)."""
    if is_reopen(from_status, to_status):
        return _tr("Reopen for screening…") if to_status == S.SCREENING.value else _tr("Reopen for review…")
    return {
        S.SCREENING.value: _tr("Start screening…"),
        S.UNDER_REVIEW.value: _tr("Send to review…"),
        S.MAC_OPINION.value: _tr("Ask the MAC's opinion…"),
        S.ACCEPTED.value: _tr("Accept…"),
        S.NOT_ACCEPTED.value: _tr("Not accept…"),
        S.WITHDRAWN.value: _tr("Withdraw…"),
    }.get(to_status, status_label(to_status))


def operation_label(organisation: str, to_status: str, from_status: str = "") -> str:
    """The undo text of a move: "Accept the application of X"."""
    if from_status and is_reopen(from_status, to_status):
        return _tr("Reopen the application of {name}").format(name=organisation)
    text = {
        S.SCREENING.value: _tr("Start screening the application of {name}"),
        S.UNDER_REVIEW.value: _tr("Send the application of {name} to review"),
        S.MAC_OPINION.value: _tr("Ask the MAC's opinion on {name}"),
        S.ACCEPTED.value: _tr("Accept the application of {name}"),
        S.NOT_ACCEPTED.value: _tr("Not accept the application of {name}"),
        S.WITHDRAWN.value: _tr("Withdraw the application of {name}"),
    }.get(to_status, _tr("Move the application of {name}"))
    return text.format(name=organisation)


def score_text(value: float | None, places: int = 2) -> str:
    if value is None:
        return "—"
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return text or "0"


def size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return _tr("{size:.1f} MB").format(size=n / 1024 / 1024)
    return _tr("{size} KB").format(size=max(1, round(n / 1024)))


def find_data(combo: QComboBox, value) -> int:
    """The index of the item holding ``value`` (compared by ==), -1 when none. QComboBox.findData
    compares Python objects such as UUIDs by identity, so an equal id from elsewhere is not found."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1


def status_badge(label: QLabel, code: str) -> None:
    """Show ``code`` in ``label`` as a small coloured pill."""
    background, ink = STATUS_COLOURS.get(code, ("#ececec", "#303030"))
    label.setText(status_label(code))
    label.setStyleSheet(f"background: {background}; color: {ink}; border-radius: 9px; padding: 2px 10px;"
                        "font-weight: 600;")


def heading_font(widget: QWidget, scale: float = 1.0, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


# -- pickers ---------------------------------------------------------------------------------------

class OrganisationPicker(QLineEdit):
    """Search-as-you-type among the registry's organisations; ``chosen`` when one is picked."""

    chosen = Signal(object, str)  # organisation id (None when cleared), label

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.org_id: uuid.UUID | None = None
        self._label = ""
        self._choices: dict[str, uuid.UUID] = {}
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(_tr("Type part of the name or acronym"))
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        self._completer.activated.connect(self._picked)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        if self.org_id is not None and text != self._label:
            self.org_id = None
            self.chosen.emit(None, "")
        self._timer.start()

    def _search(self) -> None:
        text = self.text().strip()
        if len(text) < 2:
            return

        def show(choices) -> None:
            if self.text().strip() != text:
                return  # typed on meanwhile
            self._choices = {label: cid for cid, label in choices}
            self._model.setStringList(list(self._choices))
            if self._choices and self.hasFocus():
                self._completer.complete()

        operations.organisation_choices(self.runner, text, success=show)

    def _picked(self, label: str) -> None:
        if label in self._choices:
            self.choose(self._choices[label], label)

    def choose(self, org_id: uuid.UUID | None, label: str) -> None:
        self.org_id = org_id
        self._label = label
        with QSignalBlocker(self):
            self.setText(label)
        self.setCursorPosition(0)
        self.chosen.emit(org_id, label)

    def choices(self) -> dict[str, uuid.UUID]:
        return dict(self._choices)


class PersonPicker(QWidget):
    """A reviewer: one of the call's known reviewers, or anyone found through their organisation."""

    changed = Signal()

    def __init__(self, runner: OperationRunner, call_id: uuid.UUID | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.known = QComboBox()
        self.known.addItem(_tr("(choose a reviewer of this call)"), None)
        self.known.setEnabled(False)
        self.organisation = OrganisationPicker(runner)
        self.organisation.setPlaceholderText(_tr("or find the reviewer's organisation"))
        self.people = QComboBox()
        self.people.addItem(_tr("(choose the organisation first)"), None)
        self.people.setEnabled(False)
        layout.addRow(_tr("Reviewer of this call"), self.known)
        layout.addRow(_tr("Organisation"), self.organisation)
        layout.addRow(_tr("Person"), self.people)
        self.known.currentIndexChanged.connect(self._known_changed)
        self.people.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.organisation.chosen.connect(self._organisation_chosen)
        if call_id is not None:
            operations.call_reviewers(runner, call_id, success=self._fill_known)

    def _fill_known(self, reviewers) -> None:
        with QSignalBlocker(self.known):
            for person_id, name in reviewers:
                self.known.addItem(name, person_id)
        self.known.setEnabled(bool(reviewers))
        if not reviewers:
            self.known.setItemText(0, _tr("(nobody has scored in this call yet)"))

    def _known_changed(self, _index: int) -> None:
        if self.known.currentData() is not None:
            with QSignalBlocker(self.people):
                self.people.setCurrentIndex(0)
        self.changed.emit()

    def _organisation_chosen(self, org_id, _label: str) -> None:
        self.people.clear()
        if org_id is None:
            self.people.addItem(_tr("(choose the organisation first)"), None)
            self.people.setEnabled(False)
            self.changed.emit()
            return
        self.people.addItem(_tr("Loading…"), None)

        def fill(people) -> None:
            if self.organisation.org_id != org_id:
                return
            with QSignalBlocker(self.people):
                self.people.clear()
                self.people.addItem(_tr("(choose the person)") if people else _tr("(no people recorded)"), None)
                for p in people:
                    self.people.addItem(p.name, p.id)
            self.people.setEnabled(bool(people))
            if len(people) == 1:
                self.people.setCurrentIndex(1)
            with QSignalBlocker(self.known):
                self.known.setCurrentIndex(0)
            self.changed.emit()

        operations.organisation_people(self.runner, org_id, success=fill)

    def select(self, person_id: uuid.UUID, name: str) -> None:
        index = find_data(self.known, person_id)
        if index < 0:
            self.known.addItem(name, person_id)
            index = self.known.count() - 1
            self.known.setEnabled(True)
        self.known.setCurrentIndex(index)

    def value(self) -> tuple[uuid.UUID, str] | None:
        if self.known.currentData() is not None:
            return self.known.currentData(), self.known.currentText()
        if self.people.currentData() is not None:
            return self.people.currentData(), self.people.currentText()
        return None


# -- moves of the lifecycle ------------------------------------------------------------------------

class TransitionDialog(FormDialog):
    """One move that is not a decision: a reason (required or optional), the screening override."""

    def __init__(self, parent: QWidget | None, detail: ApplicationDetail, to_status: str):
        reopen = is_reopen(detail.status, to_status)
        super().__init__(parent, step_label(detail.status, to_status).rstrip("…"),
                         _tr("Reopen") if reopen else _tr("Move"))
        self.detail = detail
        self.to_status = to_status
        self.setMinimumWidth(480)
        intro = QLabel(_tr("{name}: from {old} to {new}.").format(
            name=detail.organisation, old=status_label(detail.status), new=status_label(to_status)))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.required = reason_required(detail.status, to_status)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.reason_edit.setPlaceholderText(_tr("Why (kept in the application's history)") if self.required
                                            else _tr("A note for the history (optional)"))
        self.form.addRow(_tr("&Reason (required)") if self.required else _tr("&Note"), self.reason_edit)
        self.override_edit: QLineEdit | None = None
        missing = outstanding(dict(detail.screening))
        if to_status == S.UNDER_REVIEW.value and missing:
            warning = QLabel(_tr("The screening checklist is not complete. Not done: {items}. Tick them first, "
                                 "or give a reason to go ahead anyway; the reason and the items not done are "
                                 "kept in the history.").format(items="; ".join(missing)))
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #7a4b00;")
            self.override_edit = QLineEdit()
            self.override_edit.setPlaceholderText(_tr("e.g. the MAC agreed to review it while checks finish"))
            self.form.addRow(warning)
            self.form.addRow(_tr("&Override reason"), self.override_edit)
        self.end_membership: QCheckBox | None = None
        if reopen and detail.status == S.ACCEPTED.value and detail.membership_id is not None:
            self.end_membership = QCheckBox(_tr("End the membership this acceptance created (today)"))
            self.end_membership.setToolTip(_tr("A membership that is still active must end before its "
                                               "application can be reopened, so the history stays true."))
            self.form.addRow(self.end_membership)
        self.reason_edit.setFocus()

    def values(self) -> tuple[str, str, bool]:
        return (self.reason_edit.toPlainText().strip(),
                self.override_edit.text().strip() if self.override_edit else "",
                bool(self.end_membership and self.end_membership.isChecked()))


class DecisionDialog(FormDialog):
    """Accept (membership from the decision date; term end editable), not accept (a rationale is
    required) or withdraw (a reason is required)."""

    ACCEPT, DECLINE, WITHDRAW = S.ACCEPTED.value, S.NOT_ACCEPTED.value, S.WITHDRAWN.value

    def __init__(self, parent: QWidget | None, detail: ApplicationDetail, choice: str, today: date | None = None):
        super().__init__(parent, _tr("Decision on {name}").format(name=detail.organisation), _tr("Record decision"))
        self.detail = detail
        self.today = today or date.today()
        self.setMinimumWidth(520)
        self._term_edited = False
        intro = QLabel(_tr("{name} applies to be a {role} of {programme}.").format(
            name=detail.organisation, role=labels.role(detail.role).lower(), programme=detail.programme_code))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for code, text in ((self.ACCEPT, _tr("&Accept")), (self.DECLINE, _tr("&Not accept")),
                           (self.WITHDRAW, _tr("&Withdrawn"))):
            radio = QRadioButton(text)
            radio.setEnabled(code in detail.next_statuses)
            self.group.addButton(radio)
            self.radios[code] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.form.addRow(_tr("Outcome"), row)
        self.date_edit = _date_edit(self.today)
        self.date_edit.setMaximumDate(_qdate(self.today))
        self.date_edit.setMinimumDate(_qdate(min(detail.received_on, self.today)))
        self.form.addRow(_tr("&Decided on"), self.date_edit)
        term_row = QHBoxLayout()
        self.has_term = QCheckBox(_tr("Term ends on"))
        self.term_edit = _date_edit(add_years(self.today, 2))
        term_row.addWidget(self.has_term)
        term_row.addWidget(self.term_edit, 1)
        self.term_widget = QWidget()
        self.term_widget.setLayout(term_row)
        term_row.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(_tr("Membership"), self.term_widget)
        self.term_note = hint("")
        self.form.addRow("", self.term_note)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.text_label = QLabel()
        self.text_label.setBuddy(self.text_edit)
        self.form.addRow(self.text_label, self.text_edit)
        term = detail.role in TERM_ROLES
        self.has_term.setChecked(term)
        self.term_edit.setEnabled(term)
        self.has_term.toggled.connect(self.term_edit.setEnabled)
        self.term_edit.dateChanged.connect(lambda _d: setattr(self, "_term_edited", True))
        self.date_edit.dateChanged.connect(self._follow_date)
        self.group.buttonToggled.connect(lambda _b, on: self._show_choice() if on else None)
        radio = self.radios.get(choice)
        if radio is None or not radio.isEnabled():
            radio = next((r for r in self.radios.values() if r.isEnabled()), None)
        if radio is not None:
            radio.setChecked(True)
        self._show_choice()

    def _follow_date(self, _qdate_value) -> None:
        if not self._term_edited and self.detail.role in TERM_ROLES:
            with QSignalBlocker(self.term_edit):
                self.term_edit.setDate(_qdate(add_years(_pydate(self.date_edit.date()), 2)))

    def choice(self) -> str | None:
        for code, radio in self.radios.items():
            if radio.isChecked():
                return code
        return None

    def _show_choice(self) -> None:
        choice = self.choice()
        accept = choice == self.ACCEPT
        self.form.setRowVisible(self.date_edit, choice != self.WITHDRAW)
        self.form.setRowVisible(self.term_widget, accept)
        self.form.setRowVisible(self.term_note, accept)
        if accept:
            self.term_note.setText(_tr("Accepting makes {name} a {role} of {programme} from the decision date. "
                                       "Co-leads and core partners serve two-year terms; network members usually "
                                       "have no end date.").format(name=self.detail.organisation,
                                                                   role=labels.role(self.detail.role).lower(),
                                                                   programme=self.detail.programme_code))
        self.text_label.setText({self.ACCEPT: _tr("&Rationale"), self.DECLINE: _tr("&Rationale (required)"),
                                 self.WITHDRAW: _tr("&Reason (required)")}.get(choice, ""))
        self.text_edit.setPlaceholderText({
            self.ACCEPT: _tr("Optional: why it was accepted (it can be quoted in the letter)"),
            self.DECLINE: _tr("Why it was not accepted; this is quoted in the decision letter"),
            self.WITHDRAW: _tr("e.g. the organisation withdrew by e-mail on …"),
        }.get(choice, ""))
        self.ok_button.setText(_tr("Withdraw") if choice == self.WITHDRAW else _tr("Record decision"))
        self.ok_button.setEnabled(choice is not None)
        self.adjustSize()

    def values(self) -> dict:
        return {
            "choice": self.choice(),
            "on": _pydate(self.date_edit.date()),
            "term_end": _pydate(self.term_edit.date()) if self.has_term.isChecked() else None,
            "text": self.text_edit.toPlainText().strip(),
        }


# -- reviews ---------------------------------------------------------------------------------------

class ScoreDialog(FormDialog):
    """One reviewer's scores on every criterion of the call, saved together as one change."""

    NOT_SCORED = -0.5

    def __init__(self, parent: QWidget | None, runner: OperationRunner, detail: ApplicationDetail):
        super().__init__(parent, _tr("Score {name}").format(name=detail.organisation), _tr("Save scores"))
        self.runner = runner
        self.detail = detail
        self.setMinimumWidth(640)
        self.reviewer = PersonPicker(runner, detail.call_id)
        self.form.addRow(self.reviewer)
        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
        self.conflict_label.hide()
        self.form.addRow(self.conflict_label)
        criteria = detail.reviews.criteria if detail.reviews else ()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.addWidget(self._head(_tr("Criterion")), 0, 0)
        self.grid.addWidget(self._head(_tr("Weight")), 0, 1)
        self.grid.addWidget(self._head(_tr("Score (0–{max})").format(max=score_text(MAX_SCORE))), 0, 2)
        self.grid.addWidget(self._head(_tr("Comment")), 0, 3)
        self.rows: list[tuple[uuid.UUID, QDoubleSpinBox, QLineEdit]] = []
        for i, c in enumerate(criteria, start=1):
            name = QLabel(c.name)
            name.setWordWrap(True)
            name.setMinimumWidth(200)
            spin = QDoubleSpinBox()
            spin.setRange(self.NOT_SCORED, MAX_SCORE)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setSpecialValueText(_tr("not scored"))
            spin.setValue(self.NOT_SCORED)
            spin.setMinimumWidth(110)
            comment = QLineEdit()
            comment.setPlaceholderText(_tr("optional"))
            self.grid.addWidget(name, i, 0)
            self.grid.addWidget(QLabel(score_text(c.weight)), i, 1)
            self.grid.addWidget(spin, i, 2)
            self.grid.addWidget(comment, i, 3)
            self.rows.append((c.criterion_id, spin, comment))
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(3, 2)
        holder = QWidget()
        holder.setLayout(self.grid)
        self.form.addRow(holder)
        if not criteria:
            self.form.addRow(hint(_tr("The call has no evaluation criteria yet, so there is nothing to score.")))
            self.ok_button.setEnabled(False)
        self.form.addRow(hint(_tr("A reviewer from the applicant, its parent or its affiliates cannot score it. "
                                  "Leave a criterion at “not scored” to score it later.")))
        self._existing: dict[tuple[uuid.UUID, uuid.UUID], tuple[float, str]] = {}
        for c in criteria:
            for s in c.scores:
                self._existing[(c.criterion_id, s.reviewer_id)] = (s.score, s.comment)
        self._conflicted = False
        self.reviewer.changed.connect(self._reviewer_changed)

    def _head(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(heading_font(label, 1.0))
        return label

    def _reviewer_changed(self) -> None:
        value = self.reviewer.value()
        self.conflict_label.hide()
        self._conflicted = False
        for criterion_id, spin, comment in self.rows:
            score, text = self._existing.get((criterion_id, value[0]), (None, "")) if value else (None, "")
            spin.setValue(self.NOT_SCORED if score is None else score)
            comment.setText(text)
        self._enable()
        if value is None:
            return
        person_id = value[0]

        def show(reason) -> None:
            current = self.reviewer.value()
            if current is None or current[0] != person_id:
                return
            self._conflicted = bool(reason)
            if reason:
                self.conflict_label.setText(reason)
                self.conflict_label.show()
            self._enable()

        operations.conflict_reason(self.runner, self.detail.id, person_id, success=show)

    def _enable(self) -> None:
        usable = self.reviewer.value() is not None and not self._conflicted
        for _cid, spin, comment in self.rows:
            spin.setEnabled(usable)
            comment.setEnabled(usable)
        self.ok_button.setEnabled(bool(self.rows) and self.reviewer.value() is not None and not self._conflicted)

    def _submit(self) -> None:
        if self.reviewer.value() is None:
            self.failed(InvalidInput("reviewer", _tr("Choose the reviewer first.")))
            return
        super()._submit()

    def scores(self) -> list[tuple[uuid.UUID, float | None, str, bool]]:
        value = self.reviewer.value()
        out = []
        for criterion_id, spin, comment in self.rows:
            score = None if spin.value() <= self.NOT_SCORED + 1e-9 else spin.value()
            existed = value is not None and (criterion_id, value[0]) in self._existing
            out.append((criterion_id, score, comment.text().strip(), existed))
        return out

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        self._enable()


class ConflictDialog(FormDialog):
    def __init__(self, parent: QWidget | None, runner: OperationRunner, detail: ApplicationDetail):
        super().__init__(parent, _tr("Declare a conflict of interest"), _tr("Declare"))
        self.setMinimumWidth(520)
        intro = QLabel(_tr("A reviewer who declares a conflict with {name} cannot score it; scores they gave "
                           "before are kept but no longer count.").format(name=detail.organisation))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reviewer = PersonPicker(runner, detail.call_id)
        self.form.addRow(self.reviewer)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(_tr("e.g. advised the applicant on its application"))
        self.form.addRow(_tr("&Reason"), self.reason_edit)

    def _submit(self) -> None:
        if self.reviewer.value() is None:
            self.failed(InvalidInput("reviewer", _tr("Choose the reviewer first.")))
            return
        super()._submit()

    def values(self) -> tuple[uuid.UUID, str, str]:
        person_id, name = self.reviewer.value()
        return person_id, name, self.reason_edit.text().strip()


class RankingDialog(QDialog):
    """The applications of a call, best weighted total first; double-click opens one."""

    open_application = Signal(object)
    review_pack = Signal(object)  # call id

    COLUMNS = ("rank", "organisation", "received", "status", "total", "reviews", "notes")

    def __init__(self, parent: QWidget | None, runner: OperationRunner, call_id: uuid.UUID, title: str):
        super().__init__(parent)
        self.runner = runner
        self.call_id = call_id
        self.setWindowTitle(_tr("Ranking: {call}").format(call=title))
        self.resize(1040, 560)
        layout = QVBoxLayout(self)
        heading = QLabel(_tr("Ranking of {call}").format(call=title))
        heading.setFont(heading_font(heading, 1.25))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(hint(_tr("Highest weighted total first; equal totals by earlier receipt. Applications "
                                  "nobody has scored, and withdrawn ones, come last without a rank. "
                                  "Double-click one to open it.")))
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([_tr("Rank"), _tr("Organisation"), _tr("Received"), _tr("Status"),
                                              _tr("Weighted total"), _tr("Reviews"), _tr("Notes")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate((52, 280, 92, 110, 110, 70)):
            self.table.setColumnWidth(column, width)
        self.table.itemDoubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        self.status_label = hint(_tr("Loading…"))
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pack_button = buttons.addButton(_tr("Review pack (PDF)…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pack_button.setEnabled(operations.reports_available())
        self.pack_button.clicked.connect(lambda: self.review_pack.emit(self.call_id))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ranked: list[RankedApplication] = []
        self.reload()

    def reload(self) -> None:
        operations.rank_call(self.runner, self.call_id, success=self._fill,
                             failure=lambda exc: self.status_label.setText(describe_failure(exc)))

    def _fill(self, ranked: list[RankedApplication]) -> None:
        self.ranked = list(ranked)
        self.table.setRowCount(len(ranked))
        for row, r in enumerate(ranked):
            s = r.summary
            notes = []
            if s.disagreement:
                notes.append(_tr("reviewers disagree on {criteria}").format(criteria=", ".join(s.disagreements)))
            if s.reviews_missing:
                notes.append(_tr("reviews missing"))
            if s.excluded:
                notes.append(_tr("{count} reviewer(s) left out for a conflict").format(count=len(s.excluded)))
            cells = (str(r.rank) if r.rank else "—", r.organisation, labels.day(r.received_on),
                     status_label(r.status), score_text(s.weighted_total),
                     str(s.complete_reviewers), "; ".join(notes))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.application_id)
                if column in (0, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 5:
                    item.setToolTip(_tr("{done} complete reviews; {needed} needed").format(
                        done=s.complete_reviewers, needed=s.min_reviewers))
                    if s.reviews_missing:
                        item.setForeground(QColor("#b3261e"))
                if column == 6 and s.disagreement:
                    item.setBackground(DISAGREEMENT_COLOUR)
                if len(text) > 30 and column != 5:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        ranked_count = sum(1 for r in ranked if r.rank)
        self.status_label.setText(_tr("{ranked} of {count} applications ranked.").format(
            ranked=ranked_count, count=len(ranked)))

    def _open(self, item: QTableWidgetItem) -> None:
        app_id = item.data(Qt.ItemDataRole.UserRole)
        if app_id is not None:
            self.open_application.emit(app_id)


# -- recording an application by hand ----------------------------------------------------------------

class _PersonFields(QWidget):
    """Representative or alternate: an existing person of the organisation, or a new one."""

    NEW = "new"
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        self.combo = QComboBox()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(_tr("Name"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(_tr("name@example.org"))
        self.gender_combo = QComboBox()
        for g in labels.GENDERS:
            self.gender_combo.addItem(labels.gender(g), g.value)
        self.gender_combo.setCurrentIndex(self.gender_combo.findData("unknown"))
        self.gender_combo.setToolTip(_tr("Gender as the person states it; sensitive, never exported unless asked."))
        layout.addWidget(self.combo, 0, 0, 1, 3)
        layout.addWidget(self.name_edit, 1, 0)
        layout.addWidget(self.email_edit, 1, 1)
        layout.addWidget(self.gender_combo, 1, 2)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 3)
        layout.setColumnStretch(2, 2)
        self.combo.currentIndexChanged.connect(self._show)
        self.email_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.set_people(())

    def set_people(self, people) -> None:
        current = self.combo.currentData()
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem(_tr("(nobody named)"), None)
            for p in people:
                self.combo.addItem(f"{p.name} <{p.email}>" if p.email else p.name, p.id)
            self.combo.addItem(_tr("A new person…"), self.NEW)
            index = find_data(self.combo, current) if current is not None else 0
            self.combo.setCurrentIndex(max(index, 0))
        self._show()

    def choose_new(self) -> None:
        self.combo.setCurrentIndex(self.combo.findData(self.NEW))

    def _show(self) -> None:
        new = self.combo.currentData() == self.NEW
        for widget in (self.name_edit, self.email_edit, self.gender_combo):
            widget.setVisible(new)
        self.changed.emit()

    def existing_id(self) -> uuid.UUID | None:
        data = self.combo.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def new_person(self) -> NewPerson | None:
        if self.combo.currentData() != self.NEW:
            return None
        return NewPerson(self.name_edit.text(), self.email_edit.text(), self.gender_combo.currentData())

    def email(self) -> str:
        return self.email_edit.text().strip() if self.combo.currentData() == self.NEW else ""


class _DuplicateRow(QFrame):
    def __init__(self, match, use):
        super().__init__()
        self.match = match
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        text = QLabel(_tr("<b>{name}</b><br>{why}").format(
            name=_escape(match.name), why=_escape(_tr("Why: {reasons}.").format(reasons="; ".join(match.reasons)))))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.use_button = QPushButton(_tr("Use this organisation"))
        self.use_button.clicked.connect(lambda: use(match))
        layout.addWidget(text, 1)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class IntakeDialog(QDialog):
    """Record an application received by e-mail or on paper; saving it is one undoable step."""

    recorded = Signal(object)  # the new application's id

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None, *, calls: list[CallValue] = (),
                 programme: str | None = None, call_id: uuid.UUID | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.runner = runner
        self.calls = list(calls)
        self.folder = folder or Path.home()
        self.setWindowTitle(_tr("Record an application"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setSizeGripEnabled(True)
        self.org_id: uuid.UUID | None = None
        self.matches: list = []
        self._dismissed: set[uuid.UUID] = set()  # suggestions answered "It is a new organisation"
        self._dup_generation = 0
        self._people_generation = 0
        self._countries_ready = False
        self._build()
        operations.load_countries(runner, success=self._fill_countries)
        if programme:
            self.programme_combo.setCurrentIndex(max(0, self.programme_combo.findData(programme)))
        if call_id is not None:
            for c in self.calls:
                if c.id == call_id:
                    self.programme_combo.setCurrentIndex(max(0, self.programme_combo.findData(c.programme)))
                    self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(c.role)))
                    self.call_combo.setCurrentIndex(max(0, find_data(self.call_combo, c.id)))
        self.resize(1120, 760)

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        title = QLabel(_tr("Record an application"))
        title.setFont(heading_font(title, 1.3))
        outer.addWidget(title)
        outer.addWidget(hint(_tr("For an application received by e-mail or on paper. A new organisation, its "
                                 "people and the application are saved together: Edit › Undo removes them all.")))
        columns = QHBoxLayout()
        columns.setSpacing(14)
        left = QVBoxLayout()
        left.addWidget(self._applicant_box())
        left.addWidget(self._people_box())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._application_box(), 1)
        right.addWidget(self._files_box())
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_tr("Record application"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)

    def _applicant_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Applicant"))
        layout = QVBoxLayout(box)
        modes = QHBoxLayout()
        self.existing_radio = QRadioButton(_tr("An organisation in the &registry"))
        self.new_radio = QRadioButton(_tr("A ne&w organisation"))
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.existing_radio)
        self.mode_group.addButton(self.new_radio)
        self.existing_radio.setChecked(True)
        modes.addWidget(self.existing_radio)
        modes.addWidget(self.new_radio)
        modes.addStretch(1)
        layout.addLayout(modes)

        self.existing_widget = QWidget()
        existing = QFormLayout(self.existing_widget)
        existing.setContentsMargins(0, 0, 0, 0)
        self.org_picker = OrganisationPicker(self.runner)
        existing.addRow(_tr("&Organisation"), self.org_picker)
        layout.addWidget(self.existing_widget)

        self.new_widget = QWidget()
        new = QFormLayout(self.new_widget)
        new.setContentsMargins(0, 0, 0, 0)
        new.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.acronym_edit = QLineEdit()
        self.acronym_edit.setMaxLength(50)
        self.country_combo = QComboBox()
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_combo.lineEdit().setPlaceholderText(_tr("Type a country's name or its ISO code"))
        completer = self.country_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.cluster_combo = QComboBox()
        self.cluster_combo.addItem(_tr("(not set)"), None)
        for c in labels.CLUSTERS:
            self.cluster_combo.addItem(labels.cluster(c), c.value)
        self.website_edit = QLineEdit()
        self.website_edit.setPlaceholderText(_tr("https://…"))
        new.addRow(_tr("&Name"), self.name_edit)
        new.addRow(_tr("Acron&ym"), self.acronym_edit)
        new.addRow(_tr("&Country"), self.country_combo)
        new.addRow(_tr("Stakeholder c&luster"), self.cluster_combo)
        new.addRow(_tr("&Website"), self.website_edit)
        layout.addWidget(self.new_widget)

        self.duplicate_frame = QFrame()
        self.duplicate_frame.setObjectName("duplicates")
        self.duplicate_frame.setStyleSheet("#duplicates { background: #fff4ce; border: 1px solid #e6c35c; "
                                           "border-radius: 4px; } #duplicates QLabel { color: #4d3b00; }")
        dup = QVBoxLayout(self.duplicate_frame)
        dup.setContentsMargins(6, 6, 6, 6)
        dup.setSpacing(2)
        self.duplicate_title = QLabel()
        self.duplicate_title.setWordWrap(True)
        self.duplicate_title.setFont(heading_font(self.duplicate_title))
        dup.addWidget(self.duplicate_title)
        self.duplicate_rows = QVBoxLayout()
        self.duplicate_rows.setSpacing(0)
        dup.addLayout(self.duplicate_rows)
        confirm_row = QHBoxLayout()
        confirm_row.addStretch(1)
        self.confirm_new_button = QPushButton(_tr("It is a new organisation"))
        self.confirm_new_button.clicked.connect(self.confirm_new)
        confirm_row.addWidget(self.confirm_new_button)
        dup.addLayout(confirm_row)
        self.duplicate_frame.hide()
        layout.addWidget(self.duplicate_frame)

        self.representative = _PersonFields()
        self.alternate = _PersonFields()

        self.mode_group.buttonToggled.connect(lambda _b, on: self._mode_changed() if on else None)
        self.org_picker.chosen.connect(self._organisation_chosen)
        self._dup_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._dup_timer.timeout.connect(self._check_duplicates)
        for edit in (self.name_edit, self.acronym_edit, self.website_edit):
            edit.textChanged.connect(lambda _t: self._dup_timer.start())
        self.country_combo.currentTextChanged.connect(lambda _t: self._dup_timer.start())
        self.representative.changed.connect(self._dup_timer.start)
        self.alternate.changed.connect(self._dup_timer.start)
        self._mode_changed()
        return box

    def _people_box(self) -> QGroupBox:
        box = QGroupBox(_tr("People"))
        people = QFormLayout(box)
        people.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        people.addRow(_tr("Re&presentative"), self.representative)
        people.addRow(_tr("Alte&rnate"), self.alternate)
        people.addRow(hint(_tr("The organisation's designated representative and alternate: someone already "
                               "recorded, or a new person added with the application.")))
        return box

    def _files_box(self) -> QGroupBox:
        from opn_desk.services.applications import MAX_ATTACHMENT_BYTES

        box = QGroupBox(_tr("Attachments"))
        layout = QVBoxLayout(box)
        self.files_list = QListWidget()
        self.files_list.setFixedHeight(self.fontMetrics().height() * 3 + 16)
        self.files_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.files_list, 1)
        row = QHBoxLayout()
        self.max_bytes = MAX_ATTACHMENT_BYTES
        row.addWidget(hint(_tr("Copied into the database, at most {limit} MB each.").format(
            limit=MAX_ATTACHMENT_BYTES // 1024 // 1024)), 1)
        self.add_file_button = QPushButton(_tr("Add files…"))
        self.remove_file_button = QPushButton(_tr("Remove"))
        self.remove_file_button.setEnabled(False)
        row.addWidget(self.add_file_button)
        row.addWidget(self.remove_file_button)
        layout.addLayout(row)
        self.add_file_button.clicked.connect(self._choose_files)
        self.remove_file_button.clicked.connect(self._remove_files)
        self.files_list.itemSelectionChanged.connect(
            lambda: self.remove_file_button.setEnabled(bool(self.files_list.selectedItems())))
        return box

    def _application_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Application"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.programme_combo = QComboBox()
        for p in PROGRAMMES:
            if p.active:
                self.programme_combo.addItem(f"{p.code} — {labels.programme(p.code)}", p.code)
        self.role_combo = QComboBox()
        for r in labels.ROLES:
            self.role_combo.addItem(labels.role(r), r.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.NETWORK_MEMBER.value))
        self.call_combo = QComboBox()
        self.call_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.call_combo.setMinimumContentsLength(20)
        self.received_edit = _date_edit(date.today())
        self.received_edit.setMaximumDate(_qdate(date.today()))
        form.addRow(_tr("Pro&gramme"), self.programme_combo)
        form.addRow(_tr("Role &applied for"), self.role_combo)
        form.addRow(_tr("Ca&ll"), self.call_combo)
        form.addRow(_tr("Recei&ved on"), self.received_edit)
        self.statement_edit = QPlainTextEdit()
        self.statement_edit.setTabChangesFocus(True)
        self.statement_edit.setPlaceholderText(_tr("The statement of interest, as sent"))
        self.statement_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(_tr("S&tatement"), self.statement_edit)
        kinds = QHBoxLayout()
        self.kind_boxes: dict[str, QCheckBox] = {}
        for code in CONTRIBUTION_KINDS:
            check = QCheckBox(contribution_label(code))
            self.kind_boxes[code] = check
            kinds.addWidget(check)
        kinds.addStretch(1)
        form.addRow(_tr("Contribution"), kinds)
        self.contribution_edit = QLineEdit()
        self.contribution_edit.setPlaceholderText(_tr("What is offered: amount, staff, in-kind support"))
        form.addRow(_tr("Details"), self.contribution_edit)
        layout.addLayout(form)

        interests = QHBoxLayout()
        self.work_streams = self._checklist(WORK_STREAMS)
        self.sectors = self._checklist(PRIORITY_SECTORS)
        for title, widget in ((_tr("Work-streams of interest"), self.work_streams),
                              (_tr("Priority sectors"), self.sectors)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            column.addStretch(1)
            interests.addLayout(column, 1)
        layout.addLayout(interests)

        self.programme_combo.currentIndexChanged.connect(self._fill_calls)
        self.role_combo.currentIndexChanged.connect(self._fill_calls)
        self._fill_calls()
        return box

    def _checklist(self, items) -> QListWidget:
        widget = QListWidget()
        for text in items:
            item = QListWidgetItem(_vocab(text))
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.setFixedHeight(widget.sizeHintForRow(0) * max(len(WORK_STREAMS), len(PRIORITY_SECTORS)) + 8)
        return widget

    def _fill_countries(self, countries) -> None:
        combo = self.country_combo
        text = combo.currentText()
        with QSignalBlocker(combo):
            fill_countries(combo, countries)
            combo.setCurrentIndex(0)
            combo.setEditText(text)
        self._countries_ready = True

    def _fill_calls(self) -> None:
        programme, role = self.programme_combo.currentData(), self.role_combo.currentData()
        current = self.call_combo.currentData()
        with QSignalBlocker(self.call_combo):
            self.call_combo.clear()
            matching = [c for c in self.calls if c.programme == programme and c.role == role]
            if role == Role.NETWORK_MEMBER.value:
                self.call_combo.addItem(_tr("(none: network members may apply at any time)"), None)
            elif not matching:
                self.call_combo.addItem(_tr("(no call for this programme and role yet: add one in Applications › "
                                            "Calls and evaluation criteria)"), None)
            for c in matching:
                self.call_combo.addItem(f"{c.title} ({labels.day(c.opens_on)} – {labels.day(c.closes_on)})", c.id)
            index = find_data(self.call_combo, current) if current is not None else -1
            if index < 0:
                open_now = [i for i in range(self.call_combo.count()) if self.call_combo.itemData(i) is not None]
                index = open_now[0] if open_now and role != Role.NETWORK_MEMBER.value else 0
            self.call_combo.setCurrentIndex(index)
        self.call_combo.setEnabled(self.call_combo.count() > 1 or self.call_combo.currentData() is not None)

    # -- the applicant ----------------------------------------------------------------------------
    @property
    def is_new(self) -> bool:
        return self.new_radio.isChecked()

    def _mode_changed(self) -> None:
        new = self.is_new
        self.existing_widget.setVisible(not new)
        self.new_widget.setVisible(new)
        if new:
            self.representative.set_people(())
            self.alternate.set_people(())
            self.name_edit.setFocus()
            self._dup_timer.start()
        else:
            self.duplicate_frame.hide()
            self._load_people(self.org_picker.org_id)
            self.org_picker.setFocus()

    def _organisation_chosen(self, org_id, _label: str) -> None:
        self.org_id = org_id
        self._load_people(org_id)

    def _load_people(self, org_id: uuid.UUID | None) -> None:
        self._people_generation += 1
        generation = self._people_generation
        if org_id is None:
            self.representative.set_people(())
            self.alternate.set_people(())
            return

        def fill(people) -> None:
            if generation != self._people_generation:
                return
            self.representative.set_people(people)
            self.alternate.set_people(people)

        operations.organisation_people(self.runner, org_id, success=fill)

    def use_organisation(self, match) -> None:
        """The officer says the new organisation is this registry one."""
        self.existing_radio.setChecked(True)
        self.org_picker.choose(match.org_id, match.name)
        self.duplicate_frame.hide()

    def confirm_new(self) -> None:
        self._dismissed.update(m.org_id for m in self.matches)
        self.duplicate_frame.hide()

    def _candidate(self):
        from opn_desk.services.duplicates import DuplicateCandidate

        iso3 = None
        try:
            iso3 = self._country_value()
        except InvalidInput:
            pass
        emails = tuple(e for e in (self.representative.email(), self.alternate.email()) if e)
        return DuplicateCandidate(name=self.name_edit.text().strip(), acronym=self.acronym_edit.text().strip(),
                                  website=self.website_edit.text().strip(), emails=emails, country_iso3=iso3)

    def _check_duplicates(self) -> None:
        if not self.is_new or not operations.feature_available("opn_desk.services.duplicates"):
            return
        self._dup_generation += 1
        generation = self._dup_generation
        name = self.name_edit.text().strip()
        if len(name) < 3 and not self.website_edit.text().strip() and not self.acronym_edit.text().strip():
            self._show_matches(generation, [])
            return
        operations.find_duplicates(self.runner, self._candidate(),
                                   success=lambda found: self._show_matches(generation, found))

    def _show_matches(self, generation: int, found) -> None:
        if generation != self._dup_generation:
            return  # typed on meanwhile: a newer check is coming
        self.matches = [m for m in found if m.org_id not in self._dismissed]
        while self.duplicate_rows.count():
            widget = self.duplicate_rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if not self.matches or not self.is_new:
            self.duplicate_frame.hide()
            return
        self.duplicate_title.setText(_tr("This organisation may already be in the registry:") if len(self.matches) == 1
                                     else _tr("This organisation may already be in the registry, as one of these:"))
        for match in self.matches:
            self.duplicate_rows.addWidget(_DuplicateRow(match, self.use_organisation))
        self.duplicate_frame.show()

    @property
    def duplicates_pending(self) -> bool:
        return self.is_new and bool(self.matches) and self.duplicate_frame.isVisible()

    def _country_value(self) -> str | None:
        return chosen_country(self.country_combo, "organisation.country",
                              _tr("Choose the country from the list (type part of its name or its three-letter "
                                  "code)."))

    # -- files ------------------------------------------------------------------------------------
    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, _tr("Attach files"), str(self.folder),
                                                _tr("All files (*)"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        refused = []
        for path in paths:
            try:
                size = path.stat().st_size
            except OSError as exc:
                refused.append(_tr("{name} cannot be read: {reason}.").format(name=path.name,
                                                                               reason=exc.strerror or exc))
                continue
            if size > self.max_bytes:
                refused.append(_tr("{name} is {size:.1f} MB; attachments can be at most {limit} MB.").format(
                    name=path.name, size=size / 1024 / 1024, limit=self.max_bytes // 1024 // 1024))
                continue
            if size == 0:
                refused.append(_tr("{name} is empty; there is nothing to attach.").format(name=path.name))
                continue
            if path in self.files():
                continue
            item = QListWidgetItem(f"{path.name}  ({size_text(size)})")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.files_list.addItem(item)
            self.folder = path.parent
        if refused:
            self._error(" ".join(refused))

    def _remove_files(self) -> None:
        for item in self.files_list.selectedItems():
            self.files_list.takeItem(self.files_list.row(item))

    def files(self) -> list[Path]:
        return [Path(self.files_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.files_list.count())]

    # -- saving -----------------------------------------------------------------------------------
    def _checked(self, widget: QListWidget) -> tuple[str, ...]:
        return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                     if widget.item(i).checkState() == Qt.CheckState.Checked)

    def application_input(self) -> ApplicationInput:
        """The application as typed (organisation id None for a new organisation)."""
        return ApplicationInput(
            organisation_id=None if self.is_new else self.org_picker.org_id,  # type: ignore[arg-type]
            programme_code=self.programme_combo.currentData(), role=self.role_combo.currentData(),
            call_id=self.call_combo.currentData(), representative_id=self.representative.existing_id(),
            alternate_id=self.alternate.existing_id(), received_on=_pydate(self.received_edit.date()),
            statement=self.statement_edit.toPlainText(),
            contribution_kinds=tuple(code for code, box in self.kind_boxes.items() if box.isChecked()),
            contribution_details=self.contribution_edit.text(), work_streams=self._checked(self.work_streams),
            priority_sectors=self._checked(self.sectors))

    def organisation_input(self) -> OrganisationInput:
        return OrganisationInput(name=self.name_edit.text(), acronym=self.acronym_edit.text(),
                                 country_iso3=self._country_value(), stakeholder_cluster=self.cluster_combo.currentData(),
                                 website=self.website_edit.text())

    def _field_widget(self, field: str) -> QWidget | None:
        return {
            "organisation": self.org_picker if not self.is_new else self.name_edit,
            "organisation.name": self.name_edit, "organisation.acronym": self.acronym_edit,
            "organisation.country": self.country_combo, "organisation.stakeholder_cluster": self.cluster_combo,
            "programme": self.programme_combo, "role": self.role_combo, "call": self.call_combo,
            "received_on": self.received_edit, "representative": self.representative.combo,
            "alternate": self.alternate.combo, "representative.name": self.representative.name_edit,
            "representative.email": self.representative.email_edit, "alternate.name": self.alternate.name_edit,
            "alternate.email": self.alternate.email_edit, "attachments": self.files_list,
            "content": self.files_list, "filename": self.files_list,
        }.get(field)

    def _clear_marks(self) -> None:
        self.error_label.hide()
        for widget in (self.org_picker, self.name_edit, self.acronym_edit, self.country_combo, self.call_combo,
                       self.received_edit, self.representative.combo, self.alternate.combo,
                       self.representative.name_edit, self.representative.email_edit, self.alternate.name_edit,
                       self.alternate.email_edit, self.files_list):
            widget.setStyleSheet("")

    def _error(self, text: str, field: str | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        widget = self._field_widget(field) if field else None
        if widget is not None:
            widget.setStyleSheet(FIELD_ERROR_STYLE)
            widget.setFocus()

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self._clear_marks()
        try:
            application = self.application_input()
            organisation = self.organisation_input() if self.is_new else None
        except InvalidInput as exc:
            self._error(str(exc), exc.field)
            return
        if not self.is_new and application.organisation_id is None:
            self._error(_tr("Choose the organisation from the list that appears as you type, or record a new "
                            "organisation."), "organisation")
            return
        if self.duplicates_pending:
            self._error(_tr("This organisation may already be in the registry: choose “Use this organisation” "
                            "beside the right one, or “It is a new organisation”."))
            self.confirm_new_button.setFocus()
            return
        name = organisation.name if organisation else self.org_picker.text()
        self.ok_button.setEnabled(False)
        operations.record_application(
            self.runner, name, application, new_organisation=organisation,
            new_representative=self.representative.new_person(), new_alternate=self.alternate.new_person(),
            files=tuple(self.files()), success=self._succeeded, failure=self._failed, parent=self)

    def _succeeded(self, outcome) -> None:
        self.ok_button.setEnabled(True)
        self.recorded.emit(outcome.value)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self._error(describe_failure(exc), getattr(exc, "field", None))


# -- calls and their evaluation criteria ---------------------------------------------------------------

class CallDialog(FormDialog):
    """A call for expressions of interest: programme, role, title, the dates it is open."""

    def __init__(self, parent: QWidget | None, call: CallValue | None = None, today: date | None = None):
        super().__init__(parent, _tr("Edit call") if call else _tr("New call"), _tr("Save") if call else _tr("Add"))
        today = today or date.today()
        self.call = call
        self.programme_combo = QComboBox()
        for p in PROGRAMMES:
            if p.active or (call and call.programme == p.code):
                self.programme_combo.addItem(f"{p.code} — {labels.programme(p.code)}", p.code)
        self.role_combo = QComboBox()
        for r in labels.ROLES:
            self.role_combo.addItem(labels.role(r), r.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(call.role if call else Role.CORE_PARTNER.value))
        if call:
            self.programme_combo.setCurrentIndex(max(0, self.programme_combo.findData(call.programme)))
        self.title_edit = QLineEdit(call.title if call else "")
        self.title_edit.setMaxLength(300)
        self.title_edit.setPlaceholderText(_tr("e.g. Core partners 2027–2028"))
        self.opens_edit = _date_edit(call.opens_on if call else today)
        self.closes_edit = _date_edit(call.closes_on if call else add_months(today, 2))
        self.form.addRow(_tr("&Programme"), self.programme_combo)
        self.form.addRow(_tr("&Role"), self.role_combo)
        self.form.addRow(_tr("&Title"), self.title_edit)
        self.form.addRow(_tr("&Opens on"), self.opens_edit)
        self.form.addRow(_tr("&Closes on"), self.closes_edit)
        if call is None:
            self.form.addRow(hint(_tr("Core-partner and co-lead calls start with the default evaluation criteria "
                                      "and weights; change them afterwards if the call says otherwise.")))
        elif call.applications:
            self.programme_combo.setEnabled(False)
            self.role_combo.setEnabled(False)
            self.form.addRow(hint(_tr("Applications already answer this call, so its programme and role stay.")))

    def value(self):
        from opn_desk.domain.applications import CallInput

        return CallInput(self.programme_combo.currentData(), self.role_combo.currentData(), self.title_edit.text(),
                         _pydate(self.opens_edit.date()), _pydate(self.closes_edit.date()))


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, candidate))
        except ValueError:
            continue
    return day


class CriterionDialog(FormDialog):
    def __init__(self, parent: QWidget | None, criterion=None):
        super().__init__(parent, _tr("Edit criterion") if criterion else _tr("New criterion"),
                         _tr("Save") if criterion else _tr("Add"))
        self.name_edit = QLineEdit(criterion.name if criterion else "")
        self.name_edit.setMaxLength(200)
        self.weight_spin = QDoubleSpinBox()
        self.weight_spin.setRange(0.05, 100.0)
        self.weight_spin.setDecimals(2)
        self.weight_spin.setSingleStep(0.5)
        self.weight_spin.setValue(criterion.weight if criterion else 1.0)
        self.description_edit = QPlainTextEdit(criterion.description if criterion else "")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.form.addRow(_tr("&Name"), self.name_edit)
        self.form.addRow(_tr("&Weight"), self.weight_spin)
        self.form.addRow(_tr("&Description"), self.description_edit)
        self.form.addRow(hint(_tr("Weights are relative: a criterion weighing 2 counts twice as much as one "
                                  "weighing 1. Scores already given stay; the totals follow the new weight.")))

    def values(self) -> tuple[str, float, str]:
        return self.name_edit.text(), self.weight_spin.value(), self.description_edit.toPlainText()


class CallsDialog(QDialog):
    """The calls for expressions of interest and the evaluation criteria of each."""

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None, select: uuid.UUID | None = None):
        super().__init__(parent)
        self.runner = runner
        self.readonly = runner.readonly
        self.calls: list[CallValue] = []
        self.criteria: list = []
        self.dialog = None
        self._select = select
        self.setWindowTitle(_tr("Calls and evaluation criteria"))
        self.resize(1180, 580)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        heading = QLabel(_tr("Calls"))
        heading.setFont(heading_font(heading, 1.2))
        left.addWidget(heading)
        self.calls_table = QTableWidget(0, 5)
        self.calls_table.setHorizontalHeaderLabels([_tr("Title"), _tr("Programme"), _tr("Role"), _tr("Open"),
                                                    _tr("Applications")])
        self._plain_table(self.calls_table)
        self.calls_table.setColumnWidth(0, 210)
        self.calls_table.setColumnWidth(1, 90)
        self.calls_table.setColumnWidth(2, 104)
        self.calls_table.setColumnWidth(3, 172)
        left.addWidget(self.calls_table, 1)
        call_buttons = QHBoxLayout()
        self.new_call_button = QPushButton(_tr("New call…"))
        self.edit_call_button = QPushButton(_tr("Edit call…"))
        call_buttons.addWidget(self.new_call_button)
        call_buttons.addWidget(self.edit_call_button)
        call_buttons.addStretch(1)
        left.addLayout(call_buttons)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        self.criteria_heading = QLabel(_tr("Evaluation criteria"))
        self.criteria_heading.setFont(heading_font(self.criteria_heading, 1.2))
        right.addWidget(self.criteria_heading)
        self.criteria_table = QTableWidget(0, 3)
        self.criteria_table.setHorizontalHeaderLabels([_tr("Criterion"), _tr("Weight"), _tr("Scores")])
        self._plain_table(self.criteria_table)
        self.criteria_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.criteria_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.criteria_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        right.addWidget(self.criteria_table, 1)
        self.criteria_note = hint("")
        right.addWidget(self.criteria_note)
        criteria_buttons = QHBoxLayout()
        self.add_criterion_button = QPushButton(_tr("Add…"))
        self.edit_criterion_button = QPushButton(_tr("Edit…"))
        self.remove_criterion_button = QPushButton(_tr("Remove…"))
        for button in (self.add_criterion_button, self.edit_criterion_button, self.remove_criterion_button):
            criteria_buttons.addWidget(button)
        criteria_buttons.addStretch(1)
        close = QPushButton(_tr("Close"))
        close.clicked.connect(self.accept)
        criteria_buttons.addWidget(close)
        right.addLayout(criteria_buttons)
        layout.addLayout(right, 2)
        for button in (self.new_call_button, self.edit_call_button, self.add_criterion_button,
                       self.edit_criterion_button, self.remove_criterion_button):
            button.setVisible(not self.readonly)
        self.calls_table.itemSelectionChanged.connect(self._call_selected)
        self.calls_table.itemDoubleClicked.connect(lambda _i: self.edit_call())
        self.criteria_table.itemSelectionChanged.connect(self._update_buttons)
        self.criteria_table.itemDoubleClicked.connect(lambda _i: self.edit_criterion())
        self.new_call_button.clicked.connect(self.new_call)
        self.edit_call_button.clicked.connect(self.edit_call)
        self.add_criterion_button.clicked.connect(self.add_criterion)
        self.edit_criterion_button.clicked.connect(self.edit_criterion)
        self.remove_criterion_button.clicked.connect(self.remove_criterion)
        runner.changed.connect(self._on_changed)
        self.reload()

    @staticmethod
    def _plain_table(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)

    # -- loading
    def _on_changed(self, outcome) -> None:
        if outcome.changed & {"call", "evaluation_criterion", "review", "application"}:
            self.reload()

    def reload(self) -> None:
        operations.load_calls(self.runner, success=self._fill_calls)

    def selected_call(self) -> CallValue | None:
        rows = {i.row() for i in self.calls_table.selectedItems()}
        return self.calls[min(rows)] if rows and min(rows) < len(self.calls) else None

    def _fill_calls(self, calls) -> None:
        current = self._select or (self.selected_call().id if self.selected_call() else None)
        self._select = None
        self.calls = list(calls)
        with QSignalBlocker(self.calls_table):
            self.calls_table.setRowCount(len(self.calls))
            for row, c in enumerate(self.calls):
                cells = (c.title, c.programme, labels.role(c.role),
                         f"{labels.day(c.opens_on)} – {labels.day(c.closes_on)}", str(c.applications))
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column == 0:
                        item.setToolTip(text)
                    self.calls_table.setItem(row, column, item)
        index = next((i for i, c in enumerate(self.calls) if c.id == current), 0 if self.calls else -1)
        if index >= 0:
            self.calls_table.selectRow(index)
        self._call_selected()

    def _call_selected(self) -> None:
        call = self.selected_call()
        self._update_buttons()
        if call is None:
            self.criteria = []
            self.criteria_table.setRowCount(0)
            self.criteria_heading.setText(_tr("Evaluation criteria"))
            self.criteria_note.setText(_tr("Add a call first."))
            return
        self.criteria_heading.setText(_tr("Evaluation criteria of {call}").format(call=call.title))
        call_id = call.id
        if getattr(self, "_criteria_call", None) != call_id:
            self._criteria_call = call_id
            self.criteria = []
            self.criteria_table.setRowCount(0)  # never another call's criteria under this heading
            self.criteria_note.setText(_tr("Loading…"))

        def fill(criteria) -> None:
            chosen = self.selected_call()
            if chosen is None or chosen.id != call_id:
                return
            self.criteria = list(criteria)
            self.criteria_table.setRowCount(len(self.criteria))
            for row, c in enumerate(self.criteria):
                for column, text in enumerate((c.name, score_text(c.weight), str(c.scored))):
                    item = QTableWidgetItem(text)
                    if column == 0:
                        item.setToolTip(c.description or c.name)
                    self.criteria_table.setItem(row, column, item)
            total = sum(c.weight for c in self.criteria)
            if not self.criteria:
                self.criteria_note.setText(_tr("No criteria: applications to this call cannot be scored yet."))
            else:
                self.criteria_note.setText(_tr("{count} criteria; weights add up to {total}. A criterion with "
                                               "scores cannot be removed, but its weight can change.").format(
                    count=len(self.criteria), total=score_text(total)))
            self._update_buttons()

        operations.load_criteria(self.runner, call_id, success=fill)

    def selected_criterion(self):
        rows = {i.row() for i in self.criteria_table.selectedItems()}
        return self.criteria[min(rows)] if rows and min(rows) < len(self.criteria) else None

    def _update_buttons(self) -> None:
        has_call = self.selected_call() is not None
        criterion = self.selected_criterion()
        self.edit_call_button.setEnabled(has_call)
        self.add_criterion_button.setEnabled(has_call)
        self.edit_criterion_button.setEnabled(criterion is not None)
        self.remove_criterion_button.setEnabled(criterion is not None and not criterion.scored)

    # -- changes
    def _open(self, dialog, submit) -> None:
        open_submitting(self, dialog, submit)

    def new_call(self) -> None:
        if self.readonly:
            return
        dialog = CallDialog(self)

        def submit() -> None:
            def done(outcome) -> None:
                self._select = outcome.value
                dialog.succeeded(outcome)
            operations.create_call(self.runner, dialog.value(), success=done, failure=dialog.failed)
        self._open(dialog, submit)

    def edit_call(self) -> None:
        call = self.selected_call()
        if self.readonly or call is None:
            return
        dialog = CallDialog(self, call)
        self._open(dialog, lambda: operations.update_call(self.runner, call.id, dialog.value(),
                                                          success=dialog.succeeded, failure=dialog.failed))

    def add_criterion(self) -> None:
        call = self.selected_call()
        if self.readonly or call is None:
            return
        dialog = CriterionDialog(self)

        def submit() -> None:
            name, weight, description = dialog.values()
            operations.add_criterion(self.runner, call.id, name, weight, description, success=dialog.succeeded,
                                     failure=dialog.failed)
        self._open(dialog, submit)

    def edit_criterion(self) -> None:
        criterion = self.selected_criterion()
        if self.readonly or criterion is None:
            return
        dialog = CriterionDialog(self, criterion)

        def submit() -> None:
            name, weight, description = dialog.values()
            operations.update_criterion(self.runner, criterion.id, name, weight, description,
                                        success=dialog.succeeded, failure=dialog.failed)
        self._open(dialog, submit)

    def remove_criterion(self) -> None:
        criterion = self.selected_criterion()
        if self.readonly or criterion is None:
            return
        from opn_desk.gui import messages

        if messages.confirm(self, _tr("Remove the criterion {name}?").format(name=criterion.name), _tr("Remove"),
                            detail=_tr("You can undo this with Edit › Undo.")):
            operations.remove_criterion(self.runner, criterion.id, criterion.name, parent=self)
