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

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.applications import (
    ApplicationDetail,
    ConflictValue,
)
from opn_desk.gui.applications import ops as applications_ops
from opn_desk.gui.applications.detail_actions import DetailActions, S
from opn_desk.gui.applications.detail_tabs import DetailTabs, _escape
from opn_desk.gui.applications.dialogs import (
    step_label,
)
from opn_desk.gui.applications.ops import APPLICATION_KINDS
from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.operations import OperationRunner, ReadOp
from opn_desk.gui.widgets.flow import FlowLayout
from opn_desk.gui.widgets.style import heading_font, hint, status_badge
from opn_desk.gui.widgets.table_export import offer_export
from opn_desk.services.errors import NotFound


class _Flow(QWidget):
    """A row of buttons that wraps onto further lines when the panel is narrow, each button at the width
    its text needs (never squeezed: "Ask the MAC's opinion…" is read whole)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.outer = FlowLayout(self, spacing=6)
        self.buttons: list[QPushButton] = []
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_buttons(self, buttons: list[QPushButton]) -> None:
        while self.outer.count():
            self.outer.takeAt(0)
        for button in self.buttons:
            button.deleteLater()
        self.buttons = list(buttons)
        for button in buttons:
            self.outer.addWidget(button)
        self.outer.invalidate()
        self.updateGeometry()


class ApplicationDetailPanel(DetailTabs, DetailActions, QWidget):
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
        self._loading = ReadOp(runner, applications_ops.application_with_conflicts, on_desk=True)  # the latest answer only
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
        self.since_label.setWordWrap(True)  # "depuis le …, par …" is longer than the room beside the status
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
        # The buttons wrap onto a second line in a narrow panel rather than widening the window.
        row = QWidget()
        flow = FlowLayout(row)
        for button in (self.score_button, self.conflict_button, self.remove_conflict_button, self.ranking_button):
            flow.addWidget(button)
        policy = row.sizePolicy()
        policy.setHeightForWidth(True)
        row.setSizePolicy(policy)
        buttons.addWidget(row, 1)
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
        self.history_table.setHorizontalHeaderLabels([self.tr("When, by whom"), self.tr("Who"), self.tr("Step"),
                                                      self.tr("Why")])
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_table.verticalHeader().hide()
        self.history_table.setWordWrap(True)
        header = self.history_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # Who is shown under When, and a long step wraps, so that Why (the reason, the longest text) has
        # the room of the panel rather than a few letters a line.
        self.history_table.setColumnHidden(1, True)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_export = offer_export(self.history_table, self.runner, self.tr("Application history"))
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

        def arrived(result) -> None:
            if app_id != self.app_id:
                return
            self.detail, conflicts = result
            self.conflicts = list(conflicts)
            self._fill()
            self.loaded.emit(app_id)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NotFound):
                self.runner.message.emit(self.tr("That application no longer exists."))
                self.close_panel()
            else:
                messages.show_failure(self, exc)

        self._loading.run(app_id, success=arrived, failure=failed)

    def on_changed(self, outcome) -> None:
        if self.app_id is not None and outcome.changes.touches(APPLICATION_KINDS):
            self.reload()

    def close_panel(self) -> None:
        self.app_id = None
        self.detail = None
        self._loading.drop()
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

