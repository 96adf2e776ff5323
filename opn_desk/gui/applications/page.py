"""The Applications area: the table of applications (paged from SQL, filtered by programme, call,
status, role and search text), the application beside it, and the area's actions: record an
application by hand (Ctrl+Shift+N), import a file, export a mail-merge list, a call's ranking and
review pack. `install` adds the Applications menu and the due list to the main window.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from opn_desk.domain.applications import ApplicationQuery, CallValue
from opn_desk.domain.programmes import PROGRAMMES
from opn_desk.domain.vocab import ApplicationStatus
from opn_desk.gui.applications import ops as applications_ops
from opn_desk.gui.applications.detail import ApplicationDetailPanel
from opn_desk.gui.applications.dialogs import RankingDialog
from opn_desk.gui.applications.intake import IntakeDialog
from opn_desk.gui.applications.table_model import ApplicationTableModel
from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.labels import status_label
from opn_desk.gui.core.operations import OperationRunner, ReadOp
from opn_desk.gui.core.settings import Option, Options, Settings
from opn_desk.gui.widgets.columns import day_width
from opn_desk.gui.widgets.list_page import (
    add_header,
    empty_note,
    filter_combo,
    filter_row,
    row_table,
    search_box,
    split_page,
)
from opn_desk.gui.widgets.pickers import find_data
from opn_desk.gui.widgets.table_export import offer_export

SEARCH_DELAY_MS = 150
FOLLOW_DELAY_MS = 120
WATCHED = frozenset({"application", "organisation", "call", "person", "review"})  # kinds of records
HEADER = Option("applications/header", QByteArray, QByteArray())
SPLITTER = Option("applications/splitter", QByteArray, QByteArray())
OPEN_ONLY = "__open__"


class ApplicationsPage(QWidget):
    open_organisation_requested = Signal(object)  # organisation id
    open_memberships_requested = Signal(object)  # organisation id
    first_page_loaded = Signal()

    def __init__(self, runner: OperationRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.readonly = runner.readonly
        self.model = ApplicationTableModel(runner, self)
        self.calls: list[CallValue] = []
        self.calls_dialog = None
        self.checklists_dialog = None
        self.intake_dialog: IntakeDialog | None = None
        self.wizard = None
        self.ranking: RankingDialog | None = None
        self.pdf_shown = None  # the preview of the last PDF written
        self.due = None  # the due list, once installed in a window
        self._started = False
        self._calls: ReadOp | None = None  # the call filter's calls, the latest answer only
        self._build()
        runner.changed.connect(self._on_changed)

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.splitter, layout = split_page(self)
        self.search = search_box(self.tr("Search applicants by name or acronym"), 380)
        self.new_button = QPushButton(self.tr("Record application"))
        self.new_button.setToolTip(self.tr("Record an application received by e-mail or on paper (Ctrl+Shift+N)"))
        self.new_button.setVisible(not self.readonly)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.import_applications_action = self.more_menu.addAction(self.tr("Import applications…"))
        self.import_organisations_action = self.more_menu.addAction(self.tr("Import organisations and people…"))
        self.more_menu.addSeparator()
        self.mail_merge_action = self.more_menu.addAction(self.tr("Export applicants for a mail merge…"))
        self.more_menu.addSeparator()
        self.calls_action = self.more_menu.addAction(self.tr("Calls and evaluation criteria…"))
        self.calls_action.triggered.connect(lambda: self.show_calls())
        self.checklists_action = self.more_menu.addAction(self.tr("Screening checklists…"))
        self.checklists_action.triggered.connect(lambda: self.show_checklists())
        self.ranking_action = self.more_menu.addAction(self.tr("Ranking of the call…"))
        self.review_pack_action = self.more_menu.addAction(self.tr("Review pack of the call (PDF)…"))
        self.more_button.setMenu(self.more_menu)
        for action in (self.import_applications_action, self.import_organisations_action):
            action.setVisible(not self.readonly)
        self.import_applications_action.triggered.connect(lambda: self.import_file("applications"))
        self.import_organisations_action.triggered.connect(lambda: self.import_file("organisations"))
        self.mail_merge_action.triggered.connect(self.export_mail_merge)
        self.ranking_action.triggered.connect(self.show_call_ranking)
        self.review_pack_action.triggered.connect(self.write_review_pack)
        self.count_label = add_header(layout, self.tr("Applications"), self.tr("Loading…"), self.search,
                                      [self.new_button, self.more_button])

        self.programme_filter = filter_combo(
            self.tr("All programmes"), self.tr("Programme applied to"),
            [(f"{p.code} — {labels.programme(p.code)}", p.code) for p in PROGRAMMES])
        self.call_filter = filter_combo(self.tr("All calls"), self.tr("The call the application answers"), [])
        self.status_filter = filter_combo(self.tr("All statuses"), self.tr("Where the application is"),
                                          [(self.tr("Open applications"), OPEN_ONLY)]
                                          + [(status_label(s.value), s.value) for s in ApplicationStatus])
        self.role_filter = filter_combo(self.tr("All roles"), self.tr("Role applied for"),
                                        [(labels.role(r), r.value) for r in labels.ROLES])
        self.clear_filters = QPushButton(self.tr("Clear filters"))
        self.clear_filters.setEnabled(False)
        layout.addWidget(filter_row((self.programme_filter, self.call_filter, self.status_filter, self.role_filter),
                                    self.clear_filters))

        self.table = row_table(self.model, (260, 120, 78, 116, 190, 112, 92, 90))
        received = ApplicationTableModel.COLUMNS.index("received")
        self.table.setColumnWidth(received, max(self.table.columnWidth(received), day_width(self.table)))
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.export = offer_export(self.table, self.runner, self.tr("Applications"))
        header = self.table.horizontalHeader()
        received = ApplicationTableModel.COLUMNS.index("received")
        if not self.settings.restore_state(header, HEADER) or not 0 <= header.sortIndicatorSection() < len(
                ApplicationTableModel.COLUMNS):
            header.setSortIndicator(received, Qt.SortOrder.DescendingOrder)  # newest first
        layout.addWidget(self.table, 1)
        self.empty_label = empty_note(self.table)

        self.detail = ApplicationDetailPanel(self.runner)
        self.detail.setMinimumWidth(420)
        self.detail.hide()
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self.programme_filter.currentIndexChanged.connect(self._programme_changed)
        for combo in (self.call_filter, self.status_filter, self.role_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.clear_filters.clicked.connect(self.reset_filters)
        self.new_button.clicked.connect(self.record_application)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self._follow_timer = QTimer(self, singleShot=True, interval=FOLLOW_DELAY_MS)
        self._follow_timer.timeout.connect(self._follow_selection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow_timer.start())
        self.model.counts_changed.connect(self._show_count)
        self.model.loaded.connect(self._loaded)
        self.model.modelReset.connect(self._reselect_open)
        self.detail.closed.connect(self.table.setFocus)
        self.detail.open_organisation.connect(self.open_organisation_requested)
        self.detail.open_memberships.connect(self.open_memberships_requested)
        self.detail.show_ranking.connect(self.show_ranking)
        self.detail.decided.connect(self._decided)
        self._update_call_actions()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.start()

    def start(self) -> None:
        """Load the calls and the first page (once; the page loads when first shown)."""
        if self._started:
            return
        self._started = True
        self._load_calls()
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if not self.model.has_loaded and not self.model.loading:
            self.model.set_query(self.model.query)
        self.table.setSortingEnabled(True)

    # -- filters -----------------------------------------------------------------------------------
    def _fill_calls(self, calls: list[CallValue]) -> None:
        self.calls = list(calls)
        combo = self.call_filter
        current = combo.currentData()
        programme = self.programme_filter.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All calls"), None)
        for c in self.calls:
            if programme and c.programme != programme:
                continue
            combo.addItem(f"{c.title} ({c.programme}, {labels.role(c.role).lower()})", c.id)
            combo.setItemData(combo.count() - 1, self.tr("{count} applications; open {start} to {end}").format(
                count=c.applications, start=labels.day(c.opens_on), end=labels.day(c.closes_on)),
                Qt.ItemDataRole.ToolTipRole)
        index = find_data(combo, current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if current is not None and index < 0:
            self._apply_filters()

    def _programme_changed(self) -> None:
        self._fill_calls(self.calls)
        self._apply_filters()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_filters(text=self.search.text())

    def _apply_filters(self) -> None:
        status = self.status_filter.currentData()
        self.model.set_filters(programme=self.programme_filter.currentData(), call_id=self.call_filter.currentData(),
                               status=None if status == OPEN_ONLY else status, open_only=status == OPEN_ONLY,
                               role=self.role_filter.currentData())
        self.clear_filters.setEnabled(any(c.currentIndex() > 0 for c in (
            self.programme_filter, self.call_filter, self.status_filter, self.role_filter)))
        self._update_call_actions()

    def reset_filters(self) -> None:
        for combo in (self.programme_filter, self.call_filter, self.status_filter, self.role_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._fill_calls(self.calls)
        self._apply_filters()


    def _update_call_actions(self) -> None:
        has_call = self.call_filter.currentData() is not None
        self.ranking_action.setEnabled(has_call)
        self.review_pack_action.setEnabled(has_call)
        tip = "" if has_call else self.tr("Choose a call in the filters first.")
        self.ranking_action.setToolTip(tip)
        self.review_pack_action.setToolTip(tip)

    def _show_count(self, total: int) -> None:
        filtered = self.model.query != ApplicationQuery(sort=self.model.query.sort,
                                                        descending=self.model.query.descending)
        if total == 1:
            text = self.tr("1 application")
        else:
            text = self.tr("{count} applications").format(count=labels.number(total))
        self.count_label.setText(text + (self.tr(" match") if filtered else ""))
        if total == 0 and not filtered:
            self.empty_label.setText(self.tr("No applications yet. Record one with Record application, or import "
                                             "a file with More › Import applications."))
        else:
            self.empty_label.setText(self.tr("No application matches. Try fewer words or clear the filters."))
        self.empty_label.setVisible(total == 0)

    def _loaded(self) -> None:
        if not getattr(self, "_first_seen", False):
            self._first_seen = True
            self.first_page_loaded.emit()

    # -- opening -----------------------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        app_id = self.model.id_at(row)
        if app_id is not None:
            self.table.selectRow(row)
            self.show_application(app_id)

    def show_application(self, app_id: uuid.UUID) -> None:
        """Open ``app_id`` in the panel (selecting its row when the table shows it)."""
        self.start()
        self._show_detail()
        self.detail.open_application(app_id)
        self._select_id(app_id)

    def _show_detail(self) -> None:
        if self.detail.isVisible():
            return
        self.detail.show()
        total = sum(self.splitter.sizes()) or self.width()
        wanted = max(self.detail.minimumWidth(), min(int(total * 0.5), total - 440))
        self.splitter.setSizes([total - wanted, wanted])

    def _follow_selection(self) -> None:
        if not self.detail.isVisible() or self.detail.app_id is None:
            return
        index = self.table.currentIndex()
        app_id = self.model.id_at(index.row()) if index.isValid() else None
        if app_id is not None and app_id != self.detail.app_id:
            self.detail.open_application(app_id)

    def _select_id(self, app_id: uuid.UUID) -> None:
        row = self.model.row_of(app_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def _reselect_open(self) -> None:
        if self.detail.isVisible() and self.detail.app_id is not None:
            app_id = self.detail.app_id
            QTimer.singleShot(0, lambda: self._select_id(app_id))

    def _on_changed(self, outcome) -> None:
        if outcome.changes.touches(WATCHED):
            self.model.refresh()
        if outcome.changes.touches("call"):
            self._load_calls()
        self.detail.on_changed(outcome)

    def _load_calls(self) -> None:
        if self._calls is None:
            from opn_desk.services import applications

            self._calls = ReadOp(self.runner, applications.list_calls)
        self._calls.run(success=self._fill_calls)

    # -- actions -----------------------------------------------------------------------------------
    def _folder(self) -> Path:
        folder = Path(self.settings.get(Options.LAST_FOLDER) or Path.home())
        return folder if folder.is_dir() else Path.home()

    def record_application(self) -> None:
        if self.readonly:
            return
        if self.intake_dialog is not None and self.intake_dialog.isVisible():
            self.intake_dialog.raise_()
            self.intake_dialog.activateWindow()
            return
        dialog = IntakeDialog(self.runner, self, calls=self.calls, programme=self.programme_filter.currentData(),
                              call_id=self.call_filter.currentData(), folder=self._folder())
        self.intake_dialog = dialog

        def recorded(app_id: uuid.UUID) -> None:
            self.runner.message.emit(self.tr("Application recorded."))
            self.show_application(app_id)

        dialog.recorded.connect(recorded)
        dialog.finished.connect(lambda _r: setattr(self, "intake_dialog", None) if self.intake_dialog is dialog
                                else None)
        dialog.open()

    def import_file(self, kind: str = "applications") -> None:
        if self.readonly:
            return
        from opn_desk.gui.applications.import_wizard import ImportWizard

        wizard = ImportWizard(self.runner, self, kind=kind, calls=self.calls, call_id=self.call_filter.currentData(),
                              folder=self._folder())
        self.wizard = wizard
        wizard.imported.connect(lambda _result: self.model.refresh())
        wizard.folder_used.connect(lambda folder: self.settings.set(Options.LAST_FOLDER, str(folder)))
        wizard.finished.connect(lambda _r: setattr(self, "wizard", None) if self.wizard is wizard else None)
        wizard.open()

    def export_mail_merge(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export applicants for a mail merge"),
                                                  str(self._folder() / "applicants.csv"),
                                                  self.tr("CSV file (*.csv);;Excel workbook (*.xlsx)"))
            if not name:
                return
            path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv")
        self.settings.set(Options.LAST_FOLDER, str(path.parent))
        query = self.model.query

        def done(count) -> None:
            self.runner.message.emit(self.tr("Exported {count} applicants to {path}").format(
                count=labels.number(int(count or 0)), path=path))

        applications_ops.export_mail_merge(self.runner, query, path, success=done, parent=self)

    def show_calls(self, select: uuid.UUID | None = None) -> None:
        """The calls and their evaluation criteria (a window beside the table, not modal)."""
        from opn_desk.gui.applications.calls import CallsDialog

        if self.calls_dialog is not None and self.calls_dialog.isVisible():
            self.calls_dialog.raise_()
            self.calls_dialog.activateWindow()
            return
        dialog = CallsDialog(self.runner, self, select=select or self.call_filter.currentData())
        self.calls_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "calls_dialog", None) if self.calls_dialog is dialog
                                else None)
        dialog.show()

    def show_checklists(self) -> None:
        """The screening checklist per role (a window beside the table, not modal)."""
        from opn_desk.gui.applications.checklist_dialog import ChecklistDialog

        if self.checklists_dialog is not None and self.checklists_dialog.isVisible():
            self.checklists_dialog.raise_()
            return
        dialog = ChecklistDialog(self.runner, self)
        self.checklists_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "checklists_dialog", None)
                                if self.checklists_dialog is dialog else None)
        dialog.show()

    def _call_title(self, call_id: uuid.UUID) -> str:
        return next((c.title for c in self.calls if c.id == call_id), "")

    def show_call_ranking(self) -> None:
        call_id = self.call_filter.currentData()
        if call_id is not None:
            self.show_ranking(call_id, self._call_title(call_id))

    def show_ranking(self, call_id: uuid.UUID, title: str) -> None:
        if self.ranking is not None:
            self.ranking.close()
        dialog = RankingDialog(self, self.runner, call_id, title or self._call_title(call_id))
        self.ranking = dialog
        dialog.open_application.connect(self.show_application)
        dialog.review_pack.connect(lambda cid: self.write_review_pack(cid))
        dialog.finished.connect(lambda _r: setattr(self, "ranking", None) if self.ranking is dialog else None)
        dialog.show()

    def write_review_pack(self, call_id: uuid.UUID | None = None, path: Path | None = None) -> None:
        call_id = call_id or self.call_filter.currentData()
        if call_id is None:
            return
        from opn_desk.gui.widgets.print_preview import ask_pdf_path, show_pdf

        title = self._call_title(call_id) or "call"
        if path is None:
            path = ask_pdf_path(self, self.tr("Save the review pack"), self._folder(), self.tr("review pack"), title)
            if path is None:
                return
        self.settings.set(Options.LAST_FOLDER, str(path.parent))

        def written(pages) -> None:
            self.runner.message.emit(self.tr("Wrote {path} ({pages} pages)").format(path=path, pages=pages))
            self.pdf_shown = show_pdf(self, path, self.tr("Review pack: {title}").format(title=title),
                                      rebuild=lambda: self.write_review_pack(call_id, path))  # the document's language

        applications_ops.write_review_pack(self.runner, call_id, path, success=written, parent=self)

    def _decided(self, _app_id: uuid.UUID, choice: str) -> None:
        if choice not in (ApplicationStatus.ACCEPTED.value, ApplicationStatus.NOT_ACCEPTED.value):
            return
        answer = messages.choose(self, self.tr("Decision recorded. Write the decision letter now?"),
                                 [self.tr("Write the letter…"), self.tr("Not now")],
                                 detail=self.tr("You can also write it later from Letters and PDFs."),
                                 default=1, escape=1)
        if answer == 0:
            self.detail.write_pdf("decision")

    # -- state -------------------------------------------------------------------------------------
    def search_box(self):
        """Where Ctrl+F goes in this area."""
        return self.search

    def save_state(self) -> None:
        self.settings.save_state(self.table.horizontalHeader(), HEADER)

    # -- the main window ---------------------------------------------------------------------------
    def install(self, window) -> None:
        """Add the Applications menu, Ctrl+Shift+N and the due list (a dock shown on opening) to ``window``."""
        from opn_desk.gui.applications.due_list import DueListDock, NavBadgeDelegate

        self.window_ = window
        bar = window.menuBar()
        menu = QMenu(self.tr("&Applications"), window)
        self.record_action = QAction(self.tr("&Record application…"), window)
        self.record_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.record_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.record_action.setEnabled(not self.readonly)
        self.record_action.triggered.connect(lambda: (window.show_area("applications"), self.record_application()))
        menu.addAction(self.record_action)
        for action in (self.import_applications_action, self.import_organisations_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.calls_action)
        menu.addAction(self.mail_merge_action)
        menu.addSeparator()
        self.dock = DueListDock(self.runner, window, self.settings)
        self.due = self.dock.due
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        if not self.dock.collapsed:
            window.resizeDocks([self.dock], [150], Qt.Orientation.Vertical)
        self.dock.hide()
        self.due_action = self.dock.toggleViewAction()
        self.due_action.setText(self.tr("&Due list"))
        self.due_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        menu.addAction(self.due_action)
        help_action = next((a for a in bar.actions() if a.menu() is not None
                            and a.menu().title() == window.tr("&Help")), None)
        if help_action is not None:
            bar.insertMenu(help_action, menu)
        else:
            bar.addMenu(menu)
        window.addAction(self.record_action)

        delegate = NavBadgeDelegate(window.nav)
        window.nav.setItemDelegate(delegate)
        nav_item = next((window.nav.item(r) for r in range(window.nav.count())
                         if window.nav.item(r).data(Qt.ItemDataRole.UserRole) == "applications"), None)

        def counted(count: int) -> None:
            if nav_item is not None:
                nav_item.setData(NavBadgeDelegate.BADGE_ROLE, count)
                nav_item.setToolTip(self.tr("{count} things due").format(count=count) if count else "")

        self.due.counted.connect(counted)
        self.due.open_application.connect(lambda app_id: (window.show_area("applications"),
                                                          self.show_application(app_id)))
        self.due.open_membership.connect(lambda _mid, sentence: self._show_term(window, sentence))
        self.due.open_task.connect(lambda task_id: self._show_task(window, task_id))
        self.open_organisation_requested.connect(lambda org_id: self._show_organisation(window, org_id))
        self.open_memberships_requested.connect(lambda org_id: self._show_organisation(window, org_id, tab=2))
        # After the registry's first page: the window shows its table first, then what is due.
        def first_due() -> None:
            window.registry_ready.disconnect(first_due)
            self.due.refresh(first=True)

        window.registry_ready.connect(first_due)

    @staticmethod
    def _show_organisation(window, org_id: uuid.UUID, tab: int | None = None) -> None:
        """Open the organisation in the registry (on its Memberships tab when ``tab`` is 2)."""
        editor = window.registry.editor
        window.show_area("organisations")
        if tab is not None:
            def show_tab(loaded_id) -> None:
                editor.loaded.disconnect(show_tab)
                if loaded_id == org_id:
                    editor.ui.tabs.setCurrentIndex(tab)
            editor.loaded.connect(show_tab)
        window.registry.open_organisation(org_id)
        if tab is not None and editor.org_id == org_id and editor.detail is not None:
            editor.ui.tabs.setCurrentIndex(tab)

    @staticmethod
    def _show_task(window, task_id) -> None:
        """Open a meeting's action item in the Work plan area (through the window: areas never import
        each other); a page still loading selects it when its tasks are there."""
        window.show_area("work_plan")
        page = window.page("work_plan")
        if not hasattr(page, "select_task") or page.select_task(task_id):
            return

        def when_loaded() -> None:
            page.loaded.disconnect(when_loaded)
            page.select_task(task_id)

        page.loaded.connect(when_loaded)

    @staticmethod
    def _show_term(window, sentence: str) -> None:
        """Show the organisation a term-ending item is about (the due list names it in its sentence)."""
        found = re.match(r"^The term of (.+) as (?:co-lead|core partner) of [A-Z0-9]+ ", sentence)
        window.show_area("organisations")
        if not found:
            return
        name = found.group(1)
        registry = window.registry

        def open_it() -> None:
            registry.model.loaded.disconnect(open_it)
            for row in range(registry.model.rowCount()):
                r = registry.model.row_at(row)
                if r is not None and r.name == name:
                    registry.open_row(row)
                    registry.editor.ui.tabs.setCurrentIndex(2)
                    return

        if registry.model.query.text == name and not registry.model.loading:
            registry.model.loaded.connect(open_it)
            registry.model.loaded.emit()
            return
        registry.model.loaded.connect(open_it)
        registry.search.setText(name)
        registry._apply_search()
