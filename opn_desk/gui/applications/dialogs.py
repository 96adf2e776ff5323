"""Dialogs of the Applications area: recording an application by hand, moving it along its lifecycle
(with a reason where one is needed), the decision, scoring, declaring a conflict, a call's ranking.

Dialogs that change the desk follow `dialogs.FormDialog`: OK emits ``submitted``, the caller runs
the operation, and the dialog closes on success or shows the service's sentence inline on failure.
The intake dialog runs its own operation (it also searches the registry while the officer types).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.applications import (
    CONTRIBUTION_KINDS,
    MAX_SCORE,
    ApplicationDetail,
    RankedApplication,
    is_reopen,
    outstanding,
    reason_required,
)
from opn_desk.domain.vocab import ApplicationStatus, Role
from opn_desk.gui.core import labels
from opn_desk.gui.core.labels import status_label
from opn_desk.gui.core.messages import describe_failure
from opn_desk.gui.core.operations import OperationRunner, ReadOp
from opn_desk.gui.widgets.dialogs import FormDialog, _date_edit, _pydate, _qdate, add_years
from opn_desk.gui.widgets.pickers import PersonPicker
from opn_desk.gui.widgets.style import DISAGREEMENT_COLOUR, ERROR_STYLE, heading_font, hint
from opn_desk.services.errors import InvalidInput

S = ApplicationStatus
DUPLICATE_DELAY_MS = 350
SEARCH_DELAY_MS = 150
TERM_ROLES = (Role.CO_LEAD.value, Role.CORE_PARTNER.value)

# Status colours (background, text): calm for open states, green / red / grey for closed ones.


# -- words ---------------------------------------------------------------------------------------

def _vocab(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationDialogs", text)


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


# -- pickers ---------------------------------------------------------------------------------------


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
        from opn_desk.services import reviews

        self._conflict = ReadOp(runner, reviews.conflict_reason)  # for the reviewer chosen last only
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

        self._conflict.run(self.detail.id, person_id, success=show, failure=lambda _exc: None)

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
        from opn_desk.services import reviews

        self._ranking = ReadOp(runner, reviews.rank_call)  # the latest answer only
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
        self.pack_button.clicked.connect(lambda: self.review_pack.emit(self.call_id))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ranked: list[RankedApplication] = []
        self.reload()

    def reload(self) -> None:
        self._ranking.run(self.call_id, success=self._fill,
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


# -- calls and their evaluation criteria ---------------------------------------------------------------


