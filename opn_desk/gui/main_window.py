"""The desk's main window: navigation between areas, menus, the status bar."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from opn_desk import __version__
from opn_desk.gui import labels, messages, operations
from opn_desk.gui.applications_page import ApplicationsPage
from opn_desk.gui.dialogs import ExportDialog, NewDemoDialog, PreferencesDialog
from opn_desk.gui.leadership_page import LeadershipPage
from opn_desk.gui.opening import OpenedDesk
from opn_desk.gui.pages import NotBuiltPage, areas
from opn_desk.gui.registry_page import RegistryPage
from opn_desk.gui.selection_page import SelectionPage
from opn_desk.gui.settings import Options, Settings

DEFAULT_SIZE = QSize(1280, 800)


class MainWindow(QMainWindow):
    registry_ready = Signal()  # the first page of the registry is shown

    def __init__(self, opened: OpenedDesk, settings: Settings, controller=None):
        super().__init__()
        self.opened = opened
        self.runner = opened.runner
        self.runner.error_parent = self
        self.settings = settings
        self.controller = controller
        self.readonly = opened.readonly
        self._closed = False
        self.setObjectName("MainWindow")
        self.setWindowTitle(self._title())
        self._build_pages()
        self._build_actions()
        self._build_menus()
        self.applications.install(self)  # the Applications menu, Ctrl+Shift+N and the due list
        self._build_status_bar()
        self.runner.undo_changed.connect(self._update_undo)
        self.runner.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.registry.counts_changed.connect(self._show_total)
        self.registry.first_page_loaded.connect(self.registry_ready)
        self.registry.editor.loaded.connect(lambda _id: self._update_organisation_actions())
        self.registry.editor.closed.connect(self._update_organisation_actions)
        self._update_undo()
        self._update_organisation_actions()
        self.resize(DEFAULT_SIZE)
        self.settings.restore_geometry(self, Options.MAIN_GEOMETRY)
        if not self.settings.restore_state(self.body, Options.MAIN_SPLITTER):
            self.body.setSizes([170, DEFAULT_SIZE.width() - 170])
        self.nav.setCurrentRow(min(max(self.settings.get(Options.AREA), 0), self.nav.count() - 1))
        if opened.held_by is not None:
            self.show_warning(self.tr("This database is open in OPN Desk by {who}, so it is open here read-only: "
                                      "you can look things up but not change them.").format(
                who=opened.held_by.describe()))
        elif opened.warning:
            self.show_warning(opened.warning)
        self.registry.start()

    # -- building ----------------------------------------------------------------------------------
    def _title(self) -> str:
        name = self.opened.path.name
        if self.readonly:
            return self.tr("{name} (read-only) — OPN Desk").format(name=name)
        return self.tr("{name} — OPN Desk").format(name=name)

    def _build_pages(self) -> None:
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

        self.body = QSplitter(Qt.Orientation.Horizontal)
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
        self.registry = RegistryPage(self.runner, self.settings)
        self.applications = ApplicationsPage(self.runner, self.settings)
        self.selection = SelectionPage(self.runner, self.settings)
        self.selection.open_organisation_requested.connect(
            lambda org_id: ApplicationsPage._show_organisation(self, org_id))
        self.leadership = LeadershipPage(self.runner, self.settings)
        built = {"organisations": self.registry, "applications": self.applications, "selection": self.selection,
                 "leadership": self.leadership}
        self.pages: dict[str, QWidget] = {}
        for key, title, description in areas():
            page = built[key] if description is None else NotBuiltPage(title, description)
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            if description is not None:
                item.setToolTip(self.tr("Not built yet"))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.body.addWidget(self.nav)
        self.body.addWidget(self.stack)
        self.body.setStretchFactor(0, 0)
        self.body.setStretchFactor(1, 1)
        layout.addWidget(self.body, 1)
        self.setCentralWidget(central)

    def _action(self, text: str, slot, shortcut=None, *, editing: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if editing and self.readonly:
            action.setEnabled(False)
        action.setProperty("editing", editing)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.new_database_action = self._action(self.tr("&New database…"), self.new_database)
        self.open_database_action = self._action(self.tr("&Open database…"), self.open_database, K.Open)
        self.demo_action = self._action(self.tr("New &demo database…"), self.new_demo_database)
        self.backup_action = self._action(self.tr("&Backup now"), self.backup_now)
        self.backup_action.setEnabled(not self.readonly)
        self.export_action = self._action(self.tr("&Export organisations…"), self.export_organisations)
        self.quit_action = self._action(self.tr("&Quit"), self.close, K.Quit)
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
        self.about_action = self._action(self.tr("&About OPN Desk"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.open_database_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.export_action)
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
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self._fill_recent()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.total_label = QLabel()
        self.path_label = QLabel()
        self.path_label.setToolTip(str(self.opened.path))
        metrics = self.path_label.fontMetrics()
        self.path_label.setText(metrics.elidedText(str(self.opened.path), Qt.TextElideMode.ElideMiddle, 380))
        if self.readonly:
            badge = QLabel(self.tr("Read-only"))
            badge.setStyleSheet("color: #8a5a00; font-weight: 600;")
            bar.addPermanentWidget(badge)
        bar.addPermanentWidget(self.total_label)
        bar.addPermanentWidget(self.path_label)

    # -- state shown -------------------------------------------------------------------------------
    def show_warning(self, text: str) -> None:
        """A warning that does not block: a banner under the menu bar, until dismissed."""
        self.banner_label.setText(text)
        self.banner.show()

    def _show_total(self, _shown: int, everything: int) -> None:
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
        recent = [Path(p) for p in Preferences.load().recent_databases]
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.setEnabled(path.exists() and path != self.opened.path)
            action.triggered.connect(lambda _checked=False, p=path: self._switch_to(p, create=False))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # -- actions -----------------------------------------------------------------------------------
    def show_area(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)

    def undo(self) -> None:
        if self.runner.undo_text and not self.readonly:
            self.runner.undo(parent=self)

    def redo(self) -> None:
        if self.runner.redo_text and not self.readonly:
            self.runner.redo(parent=self)

    def find(self) -> None:
        self.show_area("organisations")
        self.registry.focus_search()

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

    def _last_folder(self) -> Path:
        folder = Path(self.settings.get(Options.LAST_FOLDER) or Path.home())
        return folder if folder.is_dir() else Path.home()

    def _switch_to(self, path: Path, *, create: bool) -> None:
        if self.controller is None:
            return
        if not self.registry.editor.may_leave(then=lambda: self._switch_to(path, create=create)):
            return
        self.settings.set(Options.LAST_FOLDER, str(path.parent))
        self.controller.open(path, create=create, parent=self)

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), str(self._last_folder() / "desk.sqlite"),
                                              self.tr("OPN Desk databases (*.sqlite)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".sqlite")
        if path.exists() and path.stat().st_size > 0:
            messages.warn(self, self.tr("{name} already exists. Use File › Open database to open it.").format(
                name=path.name))
            return
        self._switch_to(path, create=True)

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), str(self._last_folder()),
                                              self.tr("OPN Desk databases (*.sqlite *.db);;All files (*)"))
        if name:
            self._switch_to(Path(name), create=False)

    def new_demo_database(self) -> None:
        if importlib.util.find_spec("opn_desk.services.demo") is None:
            messages.inform(self, self.tr("Demo networks are not available in this version of OPN Desk."))
            return
        dialog = NewDemoDialog(self, self._last_folder())
        if dialog.exec() != NewDemoDialog.DialogCode.Accepted:
            return
        path = dialog.path()

        def created(_summary) -> None:
            self.statusBar().showMessage(self.tr("Demo database written to {path}").format(path=path), 8000)
            self._switch_to(path, create=False)

        operations.generate_demo(self.runner, path, dialog.organisations.value(), dialog.seed.value(),
                                 success=created, parent=self)

    def backup_now(self) -> None:
        if self.readonly:
            return

        def done(target) -> None:
            self.statusBar().showMessage(self.tr("Backup written and checked: {path}").format(path=target), 8000)

        operations.backup_now(self.runner, self.opened.path, success=done, parent=self)

    def export_organisations(self) -> None:
        if importlib.util.find_spec("opn_desk.services.export") is None:
            messages.inform(self, self.tr("Export is not available in this version of OPN Desk."))
            return
        dialog = ExportDialog(self, self._last_folder())
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        out = dialog.path()
        self.settings.set(Options.LAST_FOLDER, str(out.parent))

        def done(count) -> None:
            self.statusBar().showMessage(self.tr("Exported {count} to {path}").format(
                count=labels.organisations(int(count or 0)), path=out), 8000)

        operations.export_organisations(self.runner, out, dialog.sensitive.isChecked(), success=done, parent=self)

    def preferences(self) -> None:
        from opn_desk.preferences import Preferences

        dialog = PreferencesDialog(self, Preferences.load().officer_name, letterheads=self.edit_letterheads)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            operations.set_officer_name(self.runner, dialog.name_edit.text())

    def edit_letterheads(self) -> None:
        from opn_desk.gui.letterheads_dialog import LetterheadsDialog

        LetterheadsDialog(self.runner, self).open()

    def about_text(self) -> str:
        from opn_desk.paths import user_data_dir

        return self.tr(
            "<h3>OPN Desk {version}</h3>"
            "<p>The coordination desk's tool for One Planet network programmes.</p>"
            "<p><b>Database:</b> {database}<br><b>Data folder:</b> {folder}</p>").format(
            version=__version__, database=self.opened.path, folder=user_data_dir())

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About OPN Desk"), self.about_text())

    # -- closing -----------------------------------------------------------------------------------
    def save_settings(self) -> None:
        self.settings.save_geometry(self, Options.MAIN_GEOMETRY)
        self.settings.save_state(self.body, Options.MAIN_SPLITTER)
        self.settings.set(Options.AREA, self.nav.currentRow())
        self.registry.save_state()
        self.applications.save_state()
        self.selection.save_state()
        self.leadership.save_state()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            if not self.registry.editor.may_leave(then=self.close):
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
        self.opened.close()
