"""The desk's main window: navigation between areas, menus, the status bar.

The window shows before the database is open: `MainWindow(None, settings, path=...)` shows
"Opening <file>…" while the store opens on a worker thread (app.py), then the registry's first rows
read ahead (first_rows.py), then `attach(opened)` builds the registry, the first page shown. Every
other area's page is built the first time it is shown (or as soon as the database opens, for areas
that add menus to the window: pages.AT_OPEN), so start-up imports neither the database layer nor the
areas' code.

Once attached, the window has its file checked for damage on the files thread (damage_check.py;
writes wait for the answer). Damage found: a red banner names it and offers the newest good backup,
and the window turns read-only (the application then opens the file again read-only).
"""

from __future__ import annotations

import time
from pathlib import Path

# Nothing here touches PySide6's `Qt` namespace before the window shows: its first use builds
# every enum in it (about 25 ms), so it is imported where the database is already open.
from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core.settings import Options, Settings
from opn_desk.gui.window.damage_banner import DamageBanner
from opn_desk.gui.window.file_commands import FileCommands
from opn_desk.gui.window.pages import AT_OPEN, OpeningPage, areas, build_page
from opn_desk.gui.window.server_dialog import database_name, is_server, server_note

DEFAULT_SIZE = QSize(1280, 800)
AREA_KEY = 256  # Qt.ItemDataRole.UserRole: the navigation item's area key


def _elided(text: str, most: int = 64) -> str:
    """``text`` shortened in the middle to at most ``most`` characters."""
    if len(text) <= most:
        return text
    keep = most - 1
    return text[:keep // 2] + "…" + text[len(text) - (keep - keep // 2):]


class MainWindow(DamageBanner, FileCommands, QMainWindow):
    registry_ready = Signal()  # the first page of the registry is shown
    ready = Signal()  # the database is open and the registry built
    database_checked = Signal(object)  # the DamageCheck of the file, answered

    def __init__(self, opened=None, settings: Settings | None = None, controller=None, *,
                 path: Path | None = None, readonly: bool = False):
        """``opened``: an `OpenedDesk`; or None and the ``path`` being opened (then `attach` follows)."""
        super().__init__()
        self.opened = None
        self.runner = None
        self.settings = settings if settings is not None else Settings()
        self.controller = controller
        where = opened.path if opened is not None else path
        self.path = where if is_server(where) else Path(where)  # a team server stays its address
        self.readonly = opened.readonly if opened is not None else readonly
        self.pages: dict[str, QWidget] = {}  # the areas' pages built so far
        self._areas = areas()
        self._closed = False
        self._creating = False  # the file is new: say so once it is open
        self._badge: QLabel | None = None  # "Read-only" in the status bar
        self.first_rows = None  # FirstRowsPage: the registry's first rows shown while the file opens
        self.first_rows_read_ahead = False
        # perf_counter when the first rows were painted, the registry's own first page shown, the
        # damage check answered (the start-up benchmark reads them)
        self.first_rows_at: float | None = None
        self.registry_shown_at: float | None = None
        self.checked_at: float | None = None
        self.setObjectName("MainWindow")
        self.setWindowTitle(self._title())
        self._build_body()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.resize(DEFAULT_SIZE)
        self.settings.restore_geometry(self, Options.MAIN_GEOMETRY)
        if not self.settings.restore_state(self.body, Options.MAIN_SPLITTER):
            self.body.setSizes([170, DEFAULT_SIZE.width() - 170])
        if opened is not None:
            self.attach(opened)

    def install_shortcuts(self) -> None:
        """Give the actions their keys. Called once the window is on screen: the first shortcut makes
        PySide6 build its whole `Qt` namespace, some 20 ms not worth keeping the window hidden for."""
        for action, shortcut in self._shortcuts:
            action.setShortcut(QKeySequence(shortcut))
        self._shortcuts.clear()

    def show_creating(self) -> None:
        """The file does not exist yet (the default database, first run): say it is being created."""
        self._creating = True
        self.opening_page.label.setText(self.tr("Creating a new database at {path}…").format(path=self.path))

    def show_read_only(self, readonly: bool) -> None:
        """Opening read-only after all (another desk holds the database): say so in the title."""
        self.readonly = readonly
        self.setWindowTitle(self._title())
        if self.first_rows is not None:
            self.first_rows.new_button.setVisible(not readonly)

    @property
    def is_ready(self) -> bool:
        return self.opened is not None

    def attach(self, opened) -> None:
        """The database is open: build the registry (and the areas that add menus), show them."""
        self.install_shortcuts()
        self.opened = opened
        self.runner = opened.runner
        self.runner.error_parent = self
        self.readonly = opened.readonly
        self.setWindowTitle(self._title())
        self.registry = self.page("organisations")
        self.registry.counts_changed.connect(self._show_total)
        self.registry.first_page_loaded.connect(self._registry_shown)
        self.registry.first_page_loaded.connect(self.registry_ready)
        self.registry.editor.loaded.connect(lambda _id: self._update_organisation_actions())
        self.registry.editor.closed.connect(self._update_organisation_actions)
        for key in (a.key for a in self._areas if a.key in AT_OPEN and a.built):
            self.page(key)
        self.runner.undo_changed.connect(self._update_undo)
        self.runner.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        for action in self._needs_database:
            action.setEnabled(not (self.readonly and action.property("editing")))
        self.backup_action.setEnabled(not self.readonly)
        self.restore_action.setEnabled(opened.lock is not None)  # even read-only, when damage was found
        if is_server(self.path):  # the server's IT backs it up (pg_dump): no file backups here
            self.backup_action.setToolTip(server_note())
            self.restore_action.setToolTip(server_note())
        self._update_undo()
        self._update_organisation_actions()
        if self.readonly:
            self._add_read_only_badge()
        self.nav.setEnabled(True)
        row = min(max(self.settings.get(Options.AREA), 0), self.nav.count() - 1)
        self.nav.setCurrentRow(row)
        self._show_row(self.nav.currentRow())
        if self.first_rows is not None:
            if self.stack.currentWidget() is self.registry and self.first_rows.row_count:
                self.stack.setCurrentWidget(self.first_rows)  # until the registry's own rows are there
            else:
                self._drop_first_rows()
        said = []
        if opened.held_by is not None:
            said.append(self.tr("This database is open in OPN Desk by {who}, so it is open here read-only: you can "
                                "look things up but not change them.").format(who=opened.held_by.describe()))
        if opened.warning:
            said.append(opened.warning)
        if getattr(opened.store, "notice", None):  # an interrupted upgrade was undone
            said.append(opened.store.notice)
        if self._creating:
            said.append(self.tr("OPN Desk created a new, empty database at {path}. To work on another one, use "
                                "File › Open database.").format(path=self.path))
        if said:
            self.show_warning(" ".join(said))
        self.registry.start()
        if getattr(opened.store, "on_server", False):  # other officers' changes refresh the views (server_watch.py)
            from opn_desk.gui.window.server_watch import ServerWatch

            self.server_watch = ServerWatch(self.runner, opened.store.path, self)
            self.server_watch.lost.connect(self.show_warning)
            self.server_watch.start()
        self._add_decisions_badge()
        self._check_for_damage(opened.check)
        self.ready.emit()

    # -- the first rows, read ahead ------------------------------------------------------------------
    def _organisations_row(self) -> int:
        return next(i for i, a in enumerate(self._areas) if a.key == "organisations")

    def opens_on_registry(self) -> bool:
        """The window will open on the registry (the area it was left on)."""
        row = min(max(self.settings.get(Options.AREA), 0), self.nav.count() - 1)
        return row == self._organisations_row()

    def begin_first_rows(self) -> None:
        """While the file opens: build the page that will show the registry's first rows read ahead
        (only when the registry opens sorted by name: another order reads every organisation, so
        there is nothing to gain)."""
        if self.opened is not None or self.first_rows is not None or self._closed or not self.opens_on_registry():
            return
        from opn_desk.gui.window.first_rows import FirstRowsPage

        page = FirstRowsPage(self.settings, self.readonly)
        if page.descending is None:
            page.deleteLater()
            return
        self.first_rows = page
        self.stack.addWidget(page)

    def show_first_rows(self, read: dict | None) -> None:
        """The first rows read ahead ({descending: rows}), while the file still opens; None or no
        rows: the registry will show its own."""
        page = self.first_rows
        if page is None or self.opened is not None or self._closed:
            return
        rows = (read or {}).get(page.descending)
        if not rows:
            self._drop_first_rows()
            return
        # The rows the window has room for first, painted; the others after, before the next events.
        room = max(1, self.height() // max(1, page.table.verticalHeader().defaultSectionSize()) + 1)
        page.set_rows(rows[:room])
        self.stack.setCurrentWidget(page)
        self.nav.setCurrentRow(self._organisations_row())
        page.table.repaint()  # the rows on screen now; the rest of the page follows with the next events
        self.first_rows_at = time.perf_counter()
        self.first_rows_read_ahead = True
        page.add_rows(rows[room:])

    def _registry_shown(self) -> None:
        """The registry's own first page is there: it takes the place of the rows read ahead."""
        self.registry_shown_at = time.perf_counter()
        page = self.first_rows
        if page is not None:
            if self.stack.currentWidget() is page:
                self.stack.setCurrentWidget(self.registry)
            typed = page.search.text()
            if typed and not self.registry.search.text():
                self.registry.search.setText(typed)
                if page.search.hasFocus():
                    self.registry.focus_search()
            self._drop_first_rows()
        if self.first_rows_at is None:
            self.stack.repaint()
            self.first_rows_at = time.perf_counter()

    def _drop_first_rows(self) -> None:
        page, self.first_rows = self.first_rows, None
        if page is not None:
            if self.stack.currentWidget() is page:
                self.stack.setCurrentWidget(self.opening_page if self.opened is None else self.stack.widget(
                    max(self.nav.currentRow(), 0)))
            self.stack.removeWidget(page)
            page.deleteLater()

    # -- areas -------------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page of area ``key``, built now if it was not yet (only once the database is open)."""
        found = self.pages.get(key)
        if found is not None:
            return found
        if self.runner is None:
            raise RuntimeError("the database is not open yet")
        index, area = next((i, a) for i, a in enumerate(self._areas) if a.key == key)
        page = build_page(area, self.runner, self.settings)
        self.pages[key] = page
        placeholder = self.stack.widget(index)
        showing = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if showing:
            self.stack.setCurrentIndex(index)
        if hasattr(page, "install"):
            page.install(self)  # its menu, shortcuts, dock
        elif hasattr(page, "open_organisation_requested"):
            page.open_organisation_requested.connect(self.show_organisation)
        return page

    @property
    def applications(self) -> QWidget:
        return self.page("applications")

    @property
    def selection(self) -> QWidget:
        return self.page("selection")

    @property
    def leadership(self) -> QWidget:
        return self.page("leadership")

    def _show_row(self, row: int) -> None:
        if self.opened is None or row < 0:
            return
        self.page(self._areas[row].key)
        self.stack.setCurrentIndex(row)

    def show_organisation(self, org_id) -> None:
        """Open an organisation in the registry (asked by other areas)."""
        self.show_area("organisations")
        self.registry.open_organisation(org_id)

    # -- building ----------------------------------------------------------------------------------
    def _title(self) -> str:
        name = database_name(self.path)  # a file's name, or a server's "database on host" (never a password)
        if self.readonly:
            return self.tr("{name} (read-only) — OPN Desk").format(name=name)
        return self.tr("{name} — OPN Desk").format(name=name)

    def _build_body(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = QFrame()
        self.banner.setObjectName("warningBanner")
        self.banner.setStyleSheet("#warningBanner { background: #fff4ce; border-bottom: 1px solid #e6c35c; }"
                                  "#warningBanner QLabel { color: #4d3b00; }")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 6, 8, 6)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setFlat(True)
        dismiss.clicked.connect(self.banner.hide)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(dismiss)
        self.banner.hide()
        layout.addWidget(self.banner)
        self._banners = layout
        self.damage_banner: QFrame | None = None  # built when damage is found (show_damage)

        self.body = QSplitter()  # horizontal
        self.body.setChildrenCollapsible(False)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(140)
        self.nav.setMaximumWidth(280)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setStyleSheet("#navigation { padding-top: 8px; outline: 0; } #navigation::item { padding: 7px 12px; }")
        self.nav.setAutoFillBackground(True)
        self.nav.setBackgroundRole(self.nav.backgroundRole())
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.nav.setFont(font)
        self.stack = QStackedWidget()
        for area in self._areas:
            self.stack.addWidget(QWidget())  # stands in until the area is first shown
            item = QListWidgetItem(area.title)
            item.setData(AREA_KEY, area.key)
            if not area.built:
                item.setToolTip(self.tr("Not built yet"))
            self.nav.addItem(item)
        self.opening_page = OpeningPage(database_name(self.path))
        self.stack.addWidget(self.opening_page)
        self.stack.setCurrentWidget(self.opening_page)
        self.nav.setEnabled(False)  # until the database is open
        self.nav.currentRowChanged.connect(self._show_row)
        self.body.addWidget(self.nav)
        self.body.addWidget(self.stack)
        self.body.setStretchFactor(0, 0)
        self.body.setStretchFactor(1, 1)
        layout.addWidget(self.body, 1)
        self.setCentralWidget(central)

    def _action(self, text: str, slot, shortcut=None, *, editing: bool = False, database: bool = True) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        action.setProperty("editing", editing)
        if database:  # waits for the database to open
            action.setEnabled(False)
            self._needs_database.append(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self._needs_database: list[QAction] = []
        self._shortcuts: list[tuple[QAction, object]] = []
        self.new_database_action = self._action(self.tr("&New database…"), self.new_database, database=False)
        self.open_database_action = self._action(self.tr("&Open database…"), self.open_database, K.Open,
                                                 database=False)
        self.demo_action = self._action(self.tr("New &demo database…"), self.new_demo_database)
        self.connect_action = self._action(self.tr("&Connect to a server…"), self.connect_to_server, database=False)
        self.backup_action = self._action(self.tr("&Backup now"), self.backup_now)
        self.restore_action = self._action(self.tr("&Restore from backup…"), self.restore_from_backup)
        self.export_action = self._action(self.tr("&Export organisations…"), self.export_organisations)
        self.exchange_action = self._action(self.tr("E&xchange with other laptops…"), self.exchange_with_laptops,
                                            editing=True)
        self.quit_action = self._action(self.tr("&Quit"), self.close, K.Quit, database=False)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._action(self.tr("&Undo"), self.undo, K.Undo, editing=True)
        self.redo_action = self._action(self.tr("&Redo"), self.redo, K.Redo, editing=True)
        self.find_action = self._action(self.tr("&Find"), self.find, K.Find)
        self.preferences_action = self._action(self.tr("&Preferences…"), self.preferences, K.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.new_organisation_action = self._action(self.tr("&New organisation"), self.new_organisation, K.New,
                                                    editing=True)
        self.save_organisation_action = self._action(self.tr("&Save organisation"), self.save_organisation, K.Save,
                                                     editing=True)
        self.delete_organisation_action = self._action(self.tr("&Delete organisation…"), self.delete_organisation,
                                                       editing=True)
        self.countries_action = self._action(self.tr("Countries and &regional groups…"), self.show_countries)
        self.guide_action = self._action(self.tr("&User guide"), self.show_user_guide, K.HelpContents,
                                         database=False)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, database=False)
        self.about_action = self._action(self.tr("&About OPN Desk"), self.about, database=False)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.open_database_action)
        file_menu.addAction(self.connect_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.exchange_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        org_menu = bar.addMenu(self.tr("&Organisations"))
        org_menu.addAction(self.new_organisation_action)
        org_menu.addAction(self.save_organisation_action)
        org_menu.addAction(self.delete_organisation_action)
        org_menu.addSeparator()
        org_menu.addAction(self.countries_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.total_label = QLabel()
        self.path_label = QLabel()
        self.path_label.setToolTip(str(self.path))
        self.path_label.setText(_elided(str(self.path)))
        bar.addPermanentWidget(self.total_label)
        bar.addPermanentWidget(self.path_label)

    def _add_read_only_badge(self) -> None:
        if self._badge is not None:
            return
        badge = self._badge = QLabel(self.tr("Read-only"))
        badge.setStyleSheet("color: #8a5a00; font-weight: 600;")
        self.statusBar().insertPermanentWidget(0, badge)

    # -- state shown -------------------------------------------------------------------------------
    def show_warning(self, text: str) -> None:
        """A warning that does not block: a banner under the menu bar, until dismissed."""
        self.banner_label.setText(text)
        self.banner.show()

    def _show_total(self, _shown: int, everything: int) -> None:
        from opn_desk.gui.core import labels

        self.total_label.setText(self.tr("{count} in this database").format(count=labels.organisations(everything)))

    def _update_undo(self) -> None:
        undo, redo = self.runner.undo_text, self.runner.redo_text
        self.undo_action.setText(self.tr("&Undo {what}").format(what=undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {what}").format(what=redo) if redo else self.tr("&Redo"))
        self.undo_action.setEnabled(bool(undo) and not self.readonly)
        self.redo_action.setEnabled(bool(redo) and not self.readonly)

    def _update_organisation_actions(self) -> None:
        editor = self.registry.editor
        open_one = editor.isVisible() and editor.org_id is not None
        self.save_organisation_action.setEnabled(not self.readonly and editor.isVisible())
        self.delete_organisation_action.setEnabled(not self.readonly and open_one)

    def _fill_recent(self) -> None:
        from opn_desk.preferences import Preferences

        self.recent_menu.clear()
        recent = [p if is_server(p) else Path(p) for p in Preferences.load().recent_databases]
        for path in recent:  # files and team servers (their addresses, never a password)
            action = self.recent_menu.addAction(str(path) if not is_server(path) else self.tr(
                "{server} (server: {address})").format(server=database_name(path), address=path))
            action.setEnabled((is_server(path) or path.exists()) and str(path) != str(self.path))
            action.triggered.connect(lambda _checked=False, p=path: self._switch_to(p, create=False))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # -- actions -----------------------------------------------------------------------------------
    def show_area(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(AREA_KEY) == key:
                self.nav.setCurrentRow(row)

    def show_user_guide(self) -> None:
        from opn_desk.gui.window.help import show_user_guide  # built when first asked for

        show_user_guide(self)

    def show_shortcuts(self) -> None:
        from opn_desk.gui.window.help import show_shortcuts

        show_shortcuts(self)

    def undo(self) -> None:
        if self.runner.undo_text and not self.readonly:
            self.runner.undo(parent=self)

    def redo(self) -> None:
        if self.runner.redo_text and not self.readonly:
            self.runner.redo(parent=self)

    def find(self) -> None:
        """Focus the search box of the area shown (``search_box()`` of its page); else the registry's."""
        from PySide6.QtCore import Qt

        page = self.stack.currentWidget()
        box = page.search_box() if page in self.pages.values() and hasattr(page, "search_box") else None
        if box is None:
            self.show_area("organisations")
            box = self.registry.search
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def new_organisation(self) -> None:
        self.show_area("organisations")
        self.registry.new_organisation()
        self._update_organisation_actions()

    def save_organisation(self) -> None:
        if self.registry.editor.isVisible():
            self.registry.editor.save()

    def delete_organisation(self) -> None:
        if self.registry.editor.isVisible():
            self.registry.editor.delete()

    # -- closing -----------------------------------------------------------------------------------
    def save_settings(self) -> None:
        self.settings.save_geometry(self, Options.MAIN_GEOMETRY)
        self.settings.save_state(self.body, Options.MAIN_SPLITTER)
        if self.opened is not None:
            self.settings.set(Options.AREA, self.nav.currentRow())
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state()
        self.settings.sync()

    def closeEvent(self, event) -> None:
        if not self._closed:
            if self.opened is not None and not self.registry.editor.may_leave(then=self.close):
                event.ignore()
                return
            self.shut_down()
        super().closeEvent(event)

    def shut_down(self) -> None:
        """Save the view state, finish queued work, close the database and give up the lock."""
        if self._closed:
            return
        self._closed = True
        self.save_settings()
        if self.opened is not None:
            if getattr(self, "folder_watch", None) is not None:
                self.folder_watch.closing()  # this laptop's file into the shared folder, if asked (gui/exchange)
            if getattr(self, "server_watch", None) is not None:
                self.server_watch.stop()
            self.opened.close()
        elif self.controller is not None:
            self.controller.window_closed(self)  # the database still opening is closed when it is open
