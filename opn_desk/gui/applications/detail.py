"""One application beside the applications table: its facts, the next steps of its lifecycle as
buttons, the screening checklist, the reviews, its files and its history.

Only the moves the lifecycle allows from the current state are offered; a move the service still
refuses (the screening gate, an active membership) is answered with the service's own sentence.
Every change is one operation through the runner, and the panel reloads from the broadcast
`Outcome`, so what it shows is always what the database holds.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.applications import (
    DISAGREEMENT_SPREAD,
    MAX_SCORE,
    REVIEW_STATUSES,
    ApplicationDetail,
    ConflictValue,
    ReviewSummary,
    is_open,
)
from opn_desk.domain.vocab import ApplicationStatus
from opn_desk.gui.applications import ops as applications_ops
from opn_desk.gui.applications.dialogs import (
    ConflictDialog,
    DecisionDialog,
    ScoreDialog,
    TransitionDialog,
    contribution_label,
    operation_label,
    score_text,
    step_label,
)
from opn_desk.gui.applications.ops import APPLICATION_TABLES
from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.labels import size_text, status_label
from opn_desk.gui.core.operations import OperationRunner
from opn_desk.gui.widgets import attachments
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.style import DISAGREEMENT_COLOUR, heading_font, hint, status_badge
from opn_desk.services.errors import NotFound

S = ApplicationStatus
DECISIONS = (S.ACCEPTED.value, S.NOT_ACCEPTED.value, S.WITHDRAWN.value)


class _Flow(QWidget):
    """A row of buttons that wraps onto a second line when the panel is narrow."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(4)
        self.buttons: list[QPushButton] = []

    def set_buttons(self, buttons: list[QPushButton], per_row: int = 4) -> None:
        while self.outer.count():
            item = self.outer.takeAt(0)
            layout = item.layout()
            if layout is not None:
                while layout.count():
                    layout.takeAt(0)
        for button in self.buttons:
            button.deleteLater()
        self.buttons = list(buttons)
        for start in range(0, len(buttons), per_row):
            row = QHBoxLayout()
            for button in buttons[start:start + per_row]:
                row.addWidget(button)
            row.addStretch(1)
            self.outer.addLayout(row)


class ApplicationDetailPanel(QWidget):
    closed = Signal()
    loaded = Signal(object)  # application id
    open_organisation = Signal(object)  # organisation id
    open_memberships = Signal(object)  # organisation id: show its memberships
    show_ranking = Signal(object, str)  # call id, title
    decided = Signal(object, str)  # application id, decision (accepted / not_accepted / withdrawn)


    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.readonly = runner.readonly
        self.app_id: uuid.UUID | None = None
        self.detail: ApplicationDetail | None = None
        self.conflicts: list[ConflictValue] = []
        self.dialog = None  # the dialog open for a move, a decision or scores (tests drive it)
        self.folder = Path.home()
        self.pdf_shown = None  # the preview of the last PDF written
        self._generation = 0
        self._build()

    # -- building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 12, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setFont(heading_font(self.title_label, 1.35))
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title_label.linkActivated.connect(lambda _link: self._open_organisation())
        self.title_label.setToolTip(self.tr("Open the organisation in the registry"))
        self.letters_button = QToolButton()
        self.letters_button.setText(self.tr("Letters and PDFs"))
        self.letters_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.letters_menu = QMenu(self.letters_button)
        self.acknowledgement_action = self.letters_menu.addAction(self.tr("Acknowledgement letter…"))
        self.decision_letter_action = self.letters_menu.addAction(self.tr("Decision letter…"))
        self.summary_action = self.letters_menu.addAction(self.tr("Application summary…"))
        self.acknowledgement_action.triggered.connect(lambda: self.write_pdf("acknowledgement"))
        self.decision_letter_action.triggered.connect(lambda: self.write_pdf("decision"))
        self.summary_action.triggered.connect(lambda: self.write_pdf("summary"))
        self.letters_button.setMenu(self.letters_menu)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close_panel)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.letters_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.subtitle_label)

        status_row = QHBoxLayout()
        self.status_label = QLabel()
        self.since_label = QLabel()
        self.since_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        status_row.addWidget(self.status_label)
        status_row.addWidget(self.since_label)
        status_row.addStretch(1)
        layout.addLayout(status_row)
        steps_row = QHBoxLayout()
        self.steps_caption = QLabel(self.tr("Next step:"))
        steps_row.addWidget(self.steps_caption, 0, Qt.AlignmentFlag.AlignTop)
        self.steps = _Flow()
        steps_row.addWidget(self.steps, 1)
        layout.addLayout(steps_row)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._overview_tab(), self.tr("Overview"))
        self.tabs.addTab(self._screening_tab(), self.tr("Screening"))
        self.tabs.addTab(self._reviews_tab(), self.tr("Reviews"))
        self.tabs.addTab(self._files_tab(), self.tr("Files"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        layout.addWidget(self.tabs, 1)

    def _overview_tab(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 8, 4, 4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.facts: dict[str, QLabel] = {}
        for key, title in (("representative", self.tr("Representative")), ("alternate", self.tr("Alternate")),
                           ("statement", self.tr("Statement")), ("contribution", self.tr("Contribution")),
                           ("work_streams", self.tr("Work-streams")), ("sectors", self.tr("Priority sectors")),
                           ("decision", self.tr("Decision"))):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.facts[key] = label
            form.addRow(title, label)
        self.membership_link = QLabel()
        self.membership_link.setTextFormat(Qt.TextFormat.RichText)
        self.membership_link.linkActivated.connect(
            lambda _l: self.open_memberships.emit(self.detail.organisation_id) if self.detail else None)
        form.addRow("", self.membership_link)
        layout.addLayout(form)
        mac_head = QLabel(self.tr("The MAC's opinion"))
        mac_head.setFont(heading_font(mac_head))
        layout.addSpacing(6)
        layout.addWidget(mac_head)
        self.mac_edit = QPlainTextEdit()
        self.mac_edit.setTabChangesFocus(True)
        self.mac_edit.setPlaceholderText(self.tr("The Multi-stakeholder Advisory Committee's opinion, when it "
                                                 "gives one"))
        self.mac_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.mac_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 9 + 12)
        self.mac_edit.textChanged.connect(self._mac_changed)
        layout.addWidget(self.mac_edit)
        mac_row = QHBoxLayout()
        self.mac_hint = hint("")
        self.mac_save = QPushButton(self.tr("Save opinion"))
        self.mac_save.setEnabled(False)
        self.mac_save.clicked.connect(self.save_mac_opinion)
        mac_row.addWidget(self.mac_hint, 1)
        mac_row.addWidget(self.mac_save, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(mac_row)
        layout.addStretch(1)
        scroll.setWidget(body)
        return scroll

    def _screening_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(hint(self.tr("Eligibility and due diligence. Tick each check when it is done; moving to "
                                      "Under review needs every item ticked, or a reason to override the "
                                      "checklist.")))
        self.screening_list = QListWidget()
        self.screening_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.screening_list.setSpacing(3)
        self.screening_list.itemChanged.connect(self._screening_ticked)
        layout.addWidget(self.screening_list, 1)
        self.screening_summary = QLabel()
        self.screening_summary.setWordWrap(True)
        layout.addWidget(self.screening_summary)
        add_row = QHBoxLayout()
        self.screening_new = QLineEdit()
        self.screening_new.setPlaceholderText(self.tr("Another check for this application"))
        self.screening_add = QPushButton(self.tr("Add check"))
        self.screening_add.clicked.connect(self.add_screening_item)
        self.screening_new.returnPressed.connect(self.add_screening_item)
        add_row.addWidget(self.screening_new, 1)
        add_row.addWidget(self.screening_add)
        layout.addLayout(add_row)
        return page

    def _reviews_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 8, 4, 4)
        self.reviews_note = hint("")
        layout.addWidget(self.reviews_note)
        self.reviews_table = QTableWidget(0, 0)
        self.reviews_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviews_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.reviews_table.verticalHeader().hide()
        self.reviews_table.setWordWrap(False)
        self.reviews_table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reviews_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        layout.addWidget(self.reviews_table)
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.total_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.total_label)
        self.excluded_label = QLabel()
        self.excluded_label.setWordWrap(True)
        self.excluded_label.setStyleSheet("color: #7a4b00;")
        layout.addWidget(self.excluded_label)
        self.conflicts_list = QListWidget()
        self.conflicts_list.setMaximumHeight(self.fontMetrics().height() * 3 + 14)
        layout.addWidget(self.conflicts_list)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.score_button = QPushButton(self.tr("Score…"))
        self.conflict_button = QPushButton(self.tr("Declare conflict…"))
        self.remove_conflict_button = QPushButton(self.tr("Remove declared conflict"))
        self.ranking_button = QPushButton(self.tr("Ranking of the call…"))
        self.score_button.clicked.connect(self.score)
        self.conflict_button.clicked.connect(self.declare_conflict)
        self.remove_conflict_button.clicked.connect(self.remove_conflict)
        self.ranking_button.clicked.connect(self._ranking)
        self.conflicts_list.itemSelectionChanged.connect(self._update_buttons)
        for button in (self.score_button, self.conflict_button, self.remove_conflict_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.ranking_button)
        layout.addLayout(buttons)
        return page

    def _files_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 8, 4, 4)
        self.files_table = QTableWidget(0, 3)
        self.files_table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added")])
        self.files_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files_table.verticalHeader().hide()
        self.files_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.files_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.files_table.itemDoubleClicked.connect(lambda _item: self.open_attachment())
        self.files_table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.files_table, 1)
        from opn_desk.services.applications import MAX_ATTACHMENT_BYTES

        self.max_bytes = MAX_ATTACHMENT_BYTES
        layout.addWidget(hint(self.tr("Files are copied into the database, at most {limit} MB each; opening one "
                                      "shows a copy.").format(limit=MAX_ATTACHMENT_BYTES // 1024 // 1024)))
        buttons = QHBoxLayout()
        self.add_file_button = QPushButton(self.tr("Add…"))
        self.open_file_button = QPushButton(self.tr("Open"))
        self.remove_file_button = QPushButton(self.tr("Remove…"))
        self.add_file_button.clicked.connect(self.add_attachment)
        self.open_file_button.clicked.connect(self.open_attachment)
        self.remove_file_button.clicked.connect(self.remove_attachment)
        buttons.addWidget(self.add_file_button)
        buttons.addWidget(self.open_file_button)
        buttons.addWidget(self.remove_file_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 8, 4, 4)
        self.history_table = QTableWidget(0, 4)
        self.history_table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Step"),
                                                      self.tr("Why")])
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_table.verticalHeader().hide()
        self.history_table.setWordWrap(True)
        header = self.history_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.history_table, 1)
        return page

    # -- loading -----------------------------------------------------------------------------------
    def open_application(self, app_id: uuid.UUID) -> None:
        if app_id != self.app_id:
            self.detail = None
            self.mac_edit.setProperty("dirty", False)
        self.app_id = app_id
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        app_id = self.app_id
        if app_id is None:
            return
        self._generation += 1
        generation = self._generation

        def arrived(result) -> None:
            if generation != self._generation or app_id != self.app_id:
                return
            self.detail, conflicts = result
            self.conflicts = list(conflicts)
            self._fill()
            self.loaded.emit(app_id)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(exc, NotFound):
                self.runner.message.emit(self.tr("That application no longer exists."))
                self.close_panel()
            else:
                messages.show_failure(self, exc)

        applications_ops.load_application(self.runner, app_id, success=arrived, failure=failed)

    def on_changed(self, outcome) -> None:
        if self.app_id is not None and outcome.changed & APPLICATION_TABLES:
            self.reload()

    def close_panel(self) -> None:
        self.app_id = None
        self.detail = None
        self._generation += 1
        self.hide()
        self.closed.emit()

    # -- showing -----------------------------------------------------------------------------------
    def _fill(self) -> None:
        d = self.detail
        if d is None:
            return
        self.title_label.setText(f'<a href="organisation" style="text-decoration: none; color: palette(text);">'
                                 f"{_escape(d.organisation)}</a>")
        parts = [f"{d.programme_code} — {d.programme_name}", labels.role(d.role)]
        if d.call_title:
            parts.append(d.call_title)
        parts.append(self.tr("received {day}").format(day=labels.day(d.received_on)))
        self.subtitle_label.setText(" · ".join(parts))
        status_badge(self.status_label, d.status)
        last = d.transitions[-1] if d.transitions else None
        self.since_label.setText(self.tr("since {when}, by {who}").format(
            when=labels.moment(last.at), who=last.actor) if last else "")
        self._fill_steps(d)
        self._fill_overview(d)
        self._fill_screening(d)
        self._fill_reviews(d)
        self._fill_files(d)
        self._fill_history(d)
        self._update_buttons()

    def _fill_steps(self, d: ApplicationDetail) -> None:
        buttons = []
        if not self.readonly:
            for to in d.next_statuses:
                button = QPushButton(step_label(d.status, to))
                button.setObjectName(f"step_{to}")
                button.setProperty("to_status", to)
                button.clicked.connect(lambda _checked=False, t=to: self.move_to(t))
                buttons.append(button)
        self.steps.set_buttons(buttons)
        self.steps_caption.setVisible(bool(buttons))

    def step_buttons(self) -> dict[str, QPushButton]:
        return {b.property("to_status"): b for b in self.steps.buttons}

    def _fill_overview(self, d: ApplicationDetail) -> None:
        nobody = self.tr("(nobody named)")
        self.facts["representative"].setText(d.representative or nobody)
        self.facts["alternate"].setText(d.alternate or nobody)
        self.facts["statement"].setText(d.statement or self.tr("(none given)"))
        kinds = ", ".join(contribution_label(k) for k in d.contribution_kinds)
        details = d.contribution_details
        self.facts["contribution"].setText(" — ".join(x for x in (kinds, details) if x) or self.tr("(none offered)"))
        self.facts["work_streams"].setText(", ".join(d.work_streams) or "—")
        self.facts["sectors"].setText(", ".join(d.priority_sectors) or "—")
        if d.decision:
            text = self.tr("{decision} on {day}").format(decision=status_label(d.decision),
                                                        day=labels.day(d.decided_on))
            if d.decision_rationale:
                text += "\n" + d.decision_rationale
        elif d.status == S.WITHDRAWN.value:
            text = self.tr("Withdrawn")
        else:
            text = self.tr("Not decided yet")
        self.facts["decision"].setText(text)
        if d.membership_id is not None:
            self.membership_link.setText(self.tr('Accepting it created a membership: <a href="org">see it in the '
                                                 "organisation's memberships</a>."))
            self.membership_link.show()
        else:
            self.membership_link.hide()
        editable = not self.readonly and d.status in {s.value for s in REVIEW_STATUSES}
        if not self.mac_edit.property("dirty") or self.mac_edit.toPlainText() == d.mac_opinion:
            with QSignalBlocker(self.mac_edit):
                self.mac_edit.setPlainText(d.mac_opinion)
            self.mac_edit.setProperty("dirty", False)
        self.mac_edit.setReadOnly(not editable)
        self.mac_save.setVisible(not self.readonly)
        self.mac_save.setEnabled(editable and bool(self.mac_edit.property("dirty")))
        self.mac_hint.setText("" if editable else self.tr("The MAC's opinion is recorded while the application is "
                                                          "under review or waiting for it."))

    def _fill_screening(self, d: ApplicationDetail) -> None:
        editable = not self.readonly and is_open(d.status)
        with QSignalBlocker(self.screening_list):
            self.screening_list.clear()
            for item_text, done in d.screening:
                item = QListWidgetItem(item_text)
                flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsUserCheckable if editable
                                                     else Qt.ItemFlag.NoItemFlags)
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, item_text)
                self.screening_list.addItem(item)
        done = sum(1 for _, ok in d.screening if ok)
        total = len(d.screening)
        if total == 0:
            text = self.tr("No checks on the list.")
        elif done == total:
            text = self.tr("All {total} checks done.").format(total=total)
        else:
            text = self.tr("{done} of {total} checks done.").format(done=done, total=total)
        self.screening_summary.setText(text)
        self.screening_new.setVisible(editable)
        self.screening_add.setVisible(editable)
        self.tabs.setTabText(1, self.tr("Screening ({done}/{total})").format(done=done, total=total) if total
                             else self.tr("Screening"))

    def _fill_reviews(self, d: ApplicationDetail) -> None:
        table = self.reviews_table
        summary: ReviewSummary | None = d.reviews
        scoring = not self.readonly and d.call_id is not None and d.status in {s.value for s in REVIEW_STATUSES}
        if summary is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            table.hide()
            self.reviews_note.setText(self.tr("This application answers no call, so it is not scored: network "
                                              "members join without a review."))
            self.total_label.setText("")
            self.excluded_label.hide()
            self.conflicts_list.hide()
            self.tabs.setTabText(2, self.tr("Reviews"))
            self._scoring = False
            return
        table.show()
        self._scoring = scoring
        if not summary.criteria:
            self.reviews_note.setText(self.tr("The call has no evaluation criteria yet."))
        elif scoring:
            self.reviews_note.setText(self.tr("Scores from 0 to {max} per criterion and reviewer. Criteria where "
                                              "reviewers differ by {spread} points or more are highlighted.").format(
                max=score_text(MAX_SCORE), spread=score_text(DISAGREEMENT_SPREAD)))
        else:
            self.reviews_note.setText(self.tr("Scores are recorded while the application is under review or "
                                              "waiting for the MAC's opinion."))
        reviewers = list(summary.reviewers)
        columns = [self.tr("Criterion"), self.tr("Weight")] + [name for _rid, name in reviewers] + [self.tr("Mean")]
        table.clear()
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels(columns)
        table.setRowCount(len(summary.criteria) + 1)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        centre = Qt.AlignmentFlag.AlignCenter
        for row, c in enumerate(summary.criteria):
            by_reviewer = {s.reviewer_id: s for s in c.scores}
            name = QTableWidgetItem(c.name)
            name.setToolTip(c.name)
            table.setItem(row, 0, name)
            weight = QTableWidgetItem(score_text(c.weight))
            weight.setTextAlignment(right)
            table.setItem(row, 1, weight)
            tip = ""
            if c.disagreement:
                values = [s.score for s in c.scores]
                tip = self.tr("Reviewers disagree: their scores differ by {spread} points (from {low} to {high}); "
                              "differences of {limit} points or more are highlighted.").format(
                    spread=score_text(c.spread), low=score_text(min(values)), high=score_text(max(values)),
                    limit=score_text(DISAGREEMENT_SPREAD))
            for column, (rid, _rname) in enumerate(reviewers, start=2):
                given = by_reviewer.get(rid)
                item = QTableWidgetItem(score_text(given.score) if given else "—")
                item.setTextAlignment(centre)
                notes = [tip] if tip else []
                if given and given.comment:
                    notes.append(given.comment)
                if notes:
                    item.setToolTip("\n".join(notes))
                if c.disagreement:
                    item.setBackground(DISAGREEMENT_COLOUR)
                table.setItem(row, column, item)
            mean = QTableWidgetItem(score_text(c.mean))
            mean.setTextAlignment(centre)
            if c.disagreement:
                mean.setBackground(DISAGREEMENT_COLOUR)
                mean.setToolTip(tip)
                name.setBackground(DISAGREEMENT_COLOUR)
                name.setToolTip(tip)
            table.setItem(row, len(columns) - 1, mean)
        last = len(summary.criteria)
        total_name = QTableWidgetItem(self.tr("Weighted total"))
        bold = heading_font(table)
        total_name.setFont(bold)
        table.setItem(last, 0, total_name)
        table.setItem(last, 1, QTableWidgetItem(""))
        totals = dict(summary.reviewer_totals)
        for column, (rid, _rname) in enumerate(reviewers, start=2):
            item = QTableWidgetItem(score_text(totals.get(rid)))
            item.setTextAlignment(centre)
            item.setFont(bold)
            table.setItem(last, column, item)
        overall = QTableWidgetItem(score_text(summary.weighted_total))
        overall.setTextAlignment(centre)
        overall.setFont(bold)
        table.setItem(last, len(columns) - 1, overall)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # As tall as its rows: the totals and the notes sit right under it.
        rows_height = table.verticalHeader().defaultSectionSize() * table.rowCount()
        table.setMaximumHeight(rows_height + header.sizeHint().height() + 2 * table.frameWidth()
                               + table.horizontalScrollBar().sizeHint().height())
        parts = [self.tr("<b>Weighted total: {total}</b> of {max}").format(
            total=score_text(summary.weighted_total), max=score_text(MAX_SCORE))]
        parts.append(self.tr("{done} of {needed} complete reviews").format(done=summary.complete_reviewers,
                                                                          needed=summary.min_reviewers))
        if summary.missing_criteria:
            parts.append(self.tr("not scored yet: {criteria}").format(criteria=", ".join(summary.missing_criteria)))
        if summary.disagreement:
            parts.append(self.tr("<span style='background: #fde3c3;'>reviewers disagree on {criteria}</span>").format(
                criteria=_escape(", ".join(summary.disagreements))))
        if summary.rank:
            parts.append(self.tr("rank {rank} in the call").format(rank=summary.rank))
        self.total_label.setText(" · ".join(parts))
        if summary.excluded:
            self.excluded_label.setText(self.tr("Scores left out for a conflict of interest:") + "\n" + "\n".join(
                f"• {e.reviewer}: {e.reason}" for e in summary.excluded))
            self.excluded_label.show()
        else:
            self.excluded_label.hide()
        self.conflicts_list.clear()
        for c in self.conflicts:
            text = self.tr("Declared conflict: {who}, {day}").format(who=c.reviewer, day=labels.day(c.declared_on))
            if c.reason:
                text += f" — {c.reason}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(text)
            self.conflicts_list.addItem(item)
        self.conflicts_list.setVisible(bool(self.conflicts))
        self.tabs.setTabText(2, self.tr("Reviews ({total})").format(total=score_text(summary.weighted_total))
                             if summary.weighted_total is not None else self.tr("Reviews"))

    def _fill_files(self, d: ApplicationDetail) -> None:
        table = self.files_table
        selected = self._selected_attachment()
        table.setRowCount(len(d.attachments))
        for row, a in enumerate(d.attachments):
            cells = (a.filename, size_text(a.size), labels.moment(a.added_at))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                if column == 0:
                    item.setToolTip(f"{a.filename} ({a.media_type})")
                table.setItem(row, column, item)
            if selected is not None and a.id == selected:
                table.selectRow(row)
        self.tabs.setTabText(3, self.tr("Files ({count})").format(count=len(d.attachments)) if d.attachments
                             else self.tr("Files"))

    def _fill_history(self, d: ApplicationDetail) -> None:
        table = self.history_table
        moves = list(reversed(d.transitions))  # newest first
        table.setRowCount(len(moves))
        for row, t in enumerate(moves):
            step = (f"{status_label(t.from_status)} → {status_label(t.to_status)}" if t.from_status
                    else status_label(t.to_status))
            for column, text in enumerate((labels.moment(t.at), t.actor, step, t.reason)):
                item = QTableWidgetItem(text)
                if column == 3 and text:
                    item.setToolTip(text)
                table.setItem(row, column, item)
        self.tabs.setTabText(4, self.tr("History ({count})").format(count=len(moves)))

    def _update_buttons(self) -> None:
        d = self.detail
        writable = not self.readonly and d is not None
        scoring = writable and getattr(self, "_scoring", False)
        self.score_button.setVisible(writable)
        self.conflict_button.setVisible(writable)
        self.remove_conflict_button.setVisible(writable and bool(self.conflicts))
        self.score_button.setEnabled(scoring and bool(d.reviews and d.reviews.criteria))
        self.score_button.setToolTip("" if scoring else self.tr("Scores are recorded while the application is under "
                                                               "review or waiting for the MAC's opinion."))
        self.conflict_button.setEnabled(writable and d.call_id is not None)
        self.remove_conflict_button.setEnabled(bool(self.conflicts_list.selectedItems()))
        self.ranking_button.setEnabled(d is not None and d.call_id is not None)
        has_file = self._selected_attachment() is not None
        self.add_file_button.setVisible(not self.readonly)
        self.remove_file_button.setVisible(not self.readonly)
        self.add_file_button.setEnabled(writable)
        self.open_file_button.setEnabled(has_file)
        self.remove_file_button.setEnabled(writable and has_file)
        decided = d is not None and d.decision in (S.ACCEPTED.value, S.NOT_ACCEPTED.value)
        self.decision_letter_action.setEnabled(decided)

    # -- moves ---------------------------------------------------------------------------------------
    def _open_dialog(self, dialog, submit: Callable[[], None]) -> None:
        open_submitting(self, dialog, submit)

    def move_to(self, to_status: str) -> None:
        d = self.detail
        if self.readonly or d is None:
            return
        if to_status in DECISIONS:
            self.decide(to_status)
            return
        dialog = TransitionDialog(self, d, to_status)
        app_id = d.id
        label = operation_label(d.organisation, to_status, d.status)

        def submit() -> None:
            reason, override, end_membership = dialog.values()
            applications_ops.move_application(self.runner, app_id, to_status, reason, label, override=override,
                                        end_membership=end_membership, success=dialog.succeeded,
                                        failure=dialog.failed)
        self._open_dialog(dialog, submit)

    def decide(self, choice: str = S.ACCEPTED.value) -> None:
        d = self.detail
        if self.readonly or d is None:
            return
        dialog = DecisionDialog(self, d, choice)
        app_id, name = d.id, d.organisation

        def submit() -> None:
            v = dialog.values()
            label = operation_label(name, v["choice"], d.status)

            def done(outcome) -> None:
                dialog.succeeded(outcome)
                self.decided.emit(app_id, v["choice"])

            if v["choice"] == S.ACCEPTED.value:
                applications_ops.accept_application(self.runner, app_id, v["on"], v["term_end"], v["text"], label,
                                              success=done, failure=dialog.failed)
            elif v["choice"] == S.NOT_ACCEPTED.value:
                applications_ops.decline_application(self.runner, app_id, v["text"], v["on"], label, success=done,
                                               failure=dialog.failed)
            else:
                applications_ops.withdraw_application(self.runner, app_id, v["text"], label, success=done,
                                                failure=dialog.failed)
        self._open_dialog(dialog, submit)

    # -- screening and the MAC's opinion -------------------------------------------------------------
    def _screening_ticked(self, item: QListWidgetItem) -> None:
        d = self.detail
        if self.readonly or d is None:
            return
        text = item.data(Qt.ItemDataRole.UserRole)
        done = item.checkState() == Qt.CheckState.Checked
        label = (self.tr("Tick “{item}” for {name}") if done else self.tr("Untick “{item}” for {name}")).format(
            item=text, name=d.organisation)

        def failed(exc: BaseException) -> None:
            messages.show_failure(self, exc)
            self.reload()

        applications_ops.set_screening_item(self.runner, d.id, text, done, label, failure=failed, parent=self)

    def set_check(self, text: str, done: bool) -> None:
        """Tick or untick one check as the officer would (tests)."""
        for row in range(self.screening_list.count()):
            item = self.screening_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == text:
                item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
                return
        raise KeyError(text)

    def add_screening_item(self) -> None:
        d = self.detail
        text = self.screening_new.text().strip()
        if self.readonly or d is None or not text:
            return
        applications_ops.set_screening_item(self.runner, d.id, text, False,
                                      self.tr("Add the check “{item}” for {name}").format(item=text, name=d.organisation),
                                      success=lambda _o: self.screening_new.clear(), parent=self)

    def _mac_changed(self) -> None:
        d = self.detail
        dirty = d is not None and self.mac_edit.toPlainText().strip() != d.mac_opinion
        self.mac_edit.setProperty("dirty", dirty)
        self.mac_save.setEnabled(dirty and not self.mac_edit.isReadOnly())

    def save_mac_opinion(self) -> None:
        d = self.detail
        if self.readonly or d is None:
            return
        text = self.mac_edit.toPlainText()
        self.mac_save.setEnabled(False)

        def saved(_outcome) -> None:
            self.mac_edit.setProperty("dirty", False)

        def failed(exc: BaseException) -> None:
            self.mac_save.setEnabled(True)
            messages.show_failure(self, exc)

        applications_ops.set_mac_opinion(self.runner, d.id, text, self.tr("Record the MAC's opinion on {name}").format(
            name=d.organisation), success=saved, failure=failed, parent=self)

    # -- reviews ---------------------------------------------------------------------------------------
    def score(self) -> None:
        d = self.detail
        if self.readonly or d is None or d.reviews is None:
            return
        dialog = ScoreDialog(self, self.runner, d)
        app_id = d.id

        def submit() -> None:
            reviewer = dialog.reviewer.value()
            if reviewer is None:
                return
            label = self.tr("Scores of {reviewer} for {name}").format(reviewer=reviewer[1], name=d.organisation)
            applications_ops.save_scores(self.runner, app_id, reviewer[0], dialog.scores(), label,
                                   success=dialog.succeeded, failure=dialog.failed)
        self._open_dialog(dialog, submit)

    def declare_conflict(self) -> None:
        d = self.detail
        if self.readonly or d is None:
            return
        dialog = ConflictDialog(self, self.runner, d)
        app_id = d.id

        def submit() -> None:
            person_id, name, reason = dialog.values()
            applications_ops.declare_conflict(self.runner, app_id, person_id, reason,
                                        self.tr("Conflict of interest: {reviewer} on {name}").format(
                                            reviewer=name, name=d.organisation),
                                        success=dialog.succeeded, failure=dialog.failed)
        self._open_dialog(dialog, submit)

    def remove_conflict(self) -> None:
        items = self.conflicts_list.selectedItems()
        if self.readonly or not items:
            return
        conflict_id = items[0].data(Qt.ItemDataRole.UserRole)
        conflict = next((c for c in self.conflicts if c.id == conflict_id), None)
        if conflict is None:
            return
        if messages.confirm(self, self.tr("Remove the conflict {who} declared?").format(who=conflict.reviewer),
                            self.tr("Remove"), detail=self.tr("Their scores on this application count again. "
                                                              "You can undo this with Edit › Undo.")):
            applications_ops.remove_conflict(self.runner, conflict_id, self.tr("Remove the conflict of {who}").format(
                who=conflict.reviewer), parent=self)

    def _ranking(self) -> None:
        d = self.detail
        if d is not None and d.call_id is not None:
            self.show_ranking.emit(d.call_id, d.call_title)

    # -- files -----------------------------------------------------------------------------------------
    def _selected_attachment(self) -> uuid.UUID | None:
        rows = {i.row() for i in self.files_table.selectedItems()}
        if not rows:
            return None
        item = self.files_table.item(min(rows), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_attachment(self) -> None:
        if self.readonly or self.detail is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), str(self.folder),
                                                self.tr("All files (*)"))
        for name in names:
            self.attach(Path(name))

    def attach(self, path: Path) -> None:
        d = self.detail
        if d is None:
            return
        self.folder = path.parent
        try:
            size = path.stat().st_size
        except OSError as exc:
            messages.show_failure(self, exc)
            return
        if size > self.max_bytes:
            messages.warn(self, self.tr("{name} is {size:.1f} MB; attachments can be at most {limit} MB.").format(
                name=path.name, size=size / 1024 / 1024, limit=self.max_bytes // 1024 // 1024),
                self.tr("Attach a smaller copy (a compressed PDF, for example), or keep the file where it is and "
                        "note where in the statement."))
            return
        applications_ops.add_attachment(self.runner, d.id, path, self.tr("Attach {file} to {name}").format(
            file=path.name, name=d.organisation), parent=self)

    def open_attachment(self) -> None:
        attachment_id = self._selected_attachment()
        if attachment_id is None:
            return

        def show(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                messages.inform(self, self.tr("No program on this computer opens {name}.").format(name=path.name),
                                self.tr("A copy was saved as {path}.").format(path=path))

        attachments.export_attachment(self.runner, attachment_id, success=show, parent=self)

    def remove_attachment(self) -> None:
        d = self.detail
        attachment_id = self._selected_attachment()
        if self.readonly or d is None or attachment_id is None:
            return
        attachment = next((a for a in d.attachments if a.id == attachment_id), None)
        if attachment is None:
            return
        if messages.confirm(self, self.tr("Remove {file} from this application?").format(file=attachment.filename),
                            self.tr("Remove"), detail=self.tr("You can undo this with Edit › Undo.")):
            applications_ops.remove_attachment(self.runner, attachment_id, self.tr("Remove {file} from {name}").format(
                file=attachment.filename, name=d.organisation), parent=self)

    # -- letters ---------------------------------------------------------------------------------------
    def write_pdf(self, kind: str, path: Path | None = None) -> None:
        d = self.detail
        if d is None:
            return
        stem = {"acknowledgement": self.tr("acknowledgement"), "decision": self.tr("decision"),
                "summary": self.tr("application")}[kind]
        from opn_desk.gui.widgets.print_preview import ask_pdf_path, show_pdf

        if path is None:
            path = ask_pdf_path(self, self.tr("Save the PDF"), self.folder, stem, d.organisation)
            if path is None:
                return
        self.folder = path.parent

        def written(pages) -> None:
            self.runner.message.emit(self.tr("Wrote {path} ({pages} pages)").format(path=path, pages=pages))
            self.pdf_shown = show_pdf(self, path, f"{stem.capitalize()} — {d.organisation}")

        applications_ops.write_application_pdf(self.runner, kind, d.id, path, success=written, parent=self)

    def _open_organisation(self) -> None:
        if self.detail is not None:
            self.open_organisation.emit(self.detail.organisation_id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
