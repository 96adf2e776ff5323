"""The main window's File, Edit and Help commands that open dialogs or other databases: new, open,
demo, backup, restore, export, preferences, countries, letterheads, about. Mixed into `MainWindow`
(main_window.py); their user text keeps the context "MainWindow"."""

from __future__ import annotations

from pathlib import Path

# Nothing here touches PySide6's `Qt` namespace before the window shows: its first use builds
# every enum in it (about 25 ms), so it is imported where the database is already open.
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
)

from opn_desk import __version__
from opn_desk.gui.core.settings import Options


class FileCommands:
    """Part of `MainWindow` (main_window.py); its user text keeps the context "MainWindow"."""

    def _last_folder(self) -> Path:
        folder = Path(self.settings.get(Options.LAST_FOLDER) or Path.home())
        return folder if folder.is_dir() else Path.home()

    def _switch_to(self, path: Path, *, create: bool) -> None:
        if self.controller is None:
            return
        if self.opened is not None and not self.registry.editor.may_leave(
                then=lambda: self._switch_to(path, create=create)):
            return
        from opn_desk.gui.window.server_dialog import is_server

        if not is_server(path):
            self.settings.set(Options.LAST_FOLDER, str(path.parent))
        self.controller.open(path, create=create, parent=self)

    def connect_to_server(self) -> None:
        """File › Connect to a server…: the team server's desk in this window (server_dialog.py)."""
        from opn_desk.gui.window.server_dialog import ConnectDialog, is_server

        dialog = ConnectDialog(self, self.path if is_server(self.path) else None)
        if dialog.exec() == ConnectDialog.DialogCode.Accepted:
            self._switch_to(dialog.address(), create=False)

    def new_database(self) -> None:
        from opn_desk.gui.core import messages

        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("MainWindow", "New database"), str(self._last_folder() / "desk.sqlite"),
                                              QCoreApplication.translate("MainWindow", "OPN Desk databases (*.sqlite)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".sqlite")
        if path.exists() and path.stat().st_size > 0:
            messages.warn(self, QCoreApplication.translate("MainWindow", "{name} already exists. Use File › Open database to open it.").format(
                name=path.name))
            return
        self._switch_to(path, create=True)

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("MainWindow", "Open database"), str(self._last_folder()),
                                              QCoreApplication.translate("MainWindow", "OPN Desk databases (*.sqlite *.db);;All files (*)"))
        if name:
            self._switch_to(Path(name), create=False)

    def new_demo_database(self) -> None:
        from opn_desk.gui.widgets.dialogs import NewDemoDialog
        from opn_desk.gui.window import ops

        dialog = NewDemoDialog(self, self._last_folder())
        if dialog.exec() != NewDemoDialog.DialogCode.Accepted:
            return
        path = dialog.path()

        def created(_summary) -> None:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Demo database written to {path}").format(path=path), 8000)
            self._switch_to(path, create=False)

        ops.generate_demo(self.runner, path, dialog.organisations.value(), dialog.seed.value(),
                                 success=created, parent=self)

    def backup_now(self) -> None:
        from opn_desk.gui.window import ops

        if self.readonly or self.opened is None:
            return
        from opn_desk.gui.window.server_dialog import is_server, server_note

        if is_server(self.path):
            from opn_desk.gui.core import messages

            messages.inform(self, server_note())
            return

        def done(target) -> None:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Backup written and checked: {path}").format(path=target), 8000)

        ops.backup_now(self.runner, self.opened.path, success=done, parent=self)

    def restore_from_backup(self) -> None:
        """File > Restore from backup…: the backups listed, the one chosen restored (restore_dialog.py)."""
        from opn_desk.gui.window import restore_dialog

        if self.opened is not None and self.registry.editor.may_leave(then=self.restore_from_backup):
            restore_dialog.restore_from_backup(self)

    def restore_newest_backup(self) -> None:
        """The red banner's way back: restore the newest backup that passes its check."""
        from opn_desk.gui.window import restore_dialog

        if self.opened is not None:
            restore_dialog.restore_newest(self)

    def export_organisations(self) -> None:
        from opn_desk.gui.core import labels
        from opn_desk.gui.widgets.dialogs import ExportDialog
        from opn_desk.gui.window import ops

        if self.opened is None:
            return
        dialog = ExportDialog(self, self._last_folder())
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        out = dialog.path()
        self.settings.set(Options.LAST_FOLDER, str(out.parent))

        def done(count) -> None:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Exported {count} to {path}").format(
                count=labels.organisations(int(count or 0)), path=out), 8000)

        ops.export_organisations(self.runner, out, dialog.sensitive.isChecked(), success=done, parent=self)

    def exchange_with_laptops(self) -> None:
        """File > Exchange with other laptops… (gui/exchange/dialog.py)."""
        from opn_desk.gui.exchange.dialog import ExchangeDialog

        if self.opened is None:
            return
        if getattr(self, "exchange_dialog", None) is not None and self.exchange_dialog.isVisible():
            self.exchange_dialog.raise_()
            return
        self.exchange_dialog = ExchangeDialog(self.runner, self.settings, self, getattr(self, "folder_watch", None))
        self.exchange_dialog.decisions_requested.connect(self.show_decisions)
        self.exchange_dialog.show()

    def show_decisions(self) -> None:
        """The "Needs decision" list (gui/exchange/decisions.py), from the exchange dialog or the badge."""
        from opn_desk.gui.exchange.decisions import DecisionsDialog

        if self.opened is None:
            return
        if getattr(self, "decisions_dialog", None) is not None and self.decisions_dialog.isVisible():
            self.decisions_dialog.raise_()
            return
        self.decisions_dialog = DecisionsDialog(self.runner, self)
        self.decisions_dialog.open_organisation_requested.connect(self.show_organisation)
        self.decisions_dialog.decided.connect(self.decisions_badge.refresh)
        self.decisions_dialog.show()

    def _add_decisions_badge(self) -> None:
        """The status bar's badge while decisions wait (gui/exchange/badge.py); counted once the desk is open."""
        from opn_desk.gui.exchange.badge import DecisionsBadge

        self.decisions_badge = DecisionsBadge(self.runner, self)
        self.decisions_badge.open_requested.connect(self.show_decisions)
        self.statusBar().insertPermanentWidget(0, self.decisions_badge)
        self.decisions_badge.refresh()
        from opn_desk.gui.exchange import watch

        # The shared folder watched: new files offered, never read unasked.
        self.folder_watch = watch.install(self, self.runner, self.settings, self.path, self.exchange_with_laptops)

    def preferences(self) -> None:
        from opn_desk.gui.widgets.dialogs import PreferencesDialog
        from opn_desk.gui.window import ops
        from opn_desk.gui.window.preferences_dialog import apply_language, chosen_language, language_box
        from opn_desk.preferences import Preferences

        prefs = Preferences.load()
        dialog = PreferencesDialog(self, prefs.officer_name, letterheads=self.edit_letterheads,
                                   language_box=language_box(prefs.language or chosen_language()))
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            ops.set_officer_name(self.runner, dialog.name_edit.text())
            apply_language(self, dialog.language_box.currentData())

    def show_countries(self) -> None:
        from opn_desk.gui.window.countries_dialog import CountriesDialog

        if getattr(self, "countries_dialog", None) is not None and self.countries_dialog.isVisible():
            self.countries_dialog.raise_()
            return
        self.countries_dialog = CountriesDialog(self.runner, self)
        self.countries_dialog.show()

    def edit_letterheads(self) -> None:
        from opn_desk.gui.window.letterheads_dialog import LetterheadsDialog

        LetterheadsDialog(self.runner, self).open()

    def about_text(self) -> str:
        from opn_desk.paths import user_data_dir

        return QCoreApplication.translate("MainWindow",
            "<h3>OPN Desk {version}</h3>"
            "<p>The coordination desk's tool for One Planet network programmes.</p>"
            "<p><b>Database:</b> {database}<br><b>Data folder:</b> {folder}</p>").format(
            version=__version__, database=self.path, folder=user_data_dir())

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, QCoreApplication.translate("MainWindow", "About OPN Desk"), self.about_text())
