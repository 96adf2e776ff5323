"""File > Restore from backup…, and the damage banner's "Restore the newest good backup…".

The backups beside the database (`backup.restorable_backups`: newest first, each checked) are read
on the files thread, then listed with their date, kind, size and number of organisations; a copy that
fails its check is shown with the reason and cannot be chosen. The chosen one is restored after a
confirmation that says what will be replaced and that the current state is kept as a before-restore
copy. The restore itself (`store.restore_database`) runs on the database worker, after any work queued
before it, with the writer's lock held throughout; the window then opens the restored desk again
(a new window, the same lock). A window without its application (tests, scripts) turns read-only
and asks to reopen the database instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.work import stop_if_asked
from opn_desk.gui.core import labels, messages


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def kind_label(kind: str) -> str:
    """What made the copy, in the officer's words."""
    if kind.startswith("pre-migration"):
        return _tr("Before an upgrade")
    return {
        "daily": _tr("Daily"),
        "weekly": _tr("Weekly"),
        "manual": _tr("Made by hand"),
        "before-restore": _tr("Before a restore"),
        "damaged": _tr("Damaged copy set aside"),
    }.get(kind, kind)


def size_label(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024 * 1024:
        return _tr("{size} KB").format(size=labels.number(max(1, round(size / 1024))))
    return _tr("{size:.1f} MB").format(size=size / 1024 / 1024)


def taken_label(backup) -> str:
    return labels.local_moment(backup.taken)


def problem_label(backup) -> str:
    """Why a copy cannot be restored, without its path in front (the row says which copy it is)."""
    problem = " ".join(str(getattr(backup, "problem", "") or "").split())
    path = str(backup.path)
    if problem.startswith(path):
        problem = problem[len(path):].lstrip(" :")
        problem = problem.removeprefix("is ").removeprefix("was ")
    return problem.rstrip(".") or _tr("damaged")


class RestoreDialog(QDialog):
    """The backups of one database, newest first; OK restores the one chosen (after a confirmation)."""

    COLUMNS = 5

    def __init__(self, database: Path, backups: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Restore from backup"))
        self.backups = list(backups)
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("Choose the copy of {name} to go back to. Everything changed since then is replaced; "
                           "the database as it is now is kept as a before-restore copy.").format(name=database.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([_tr("Taken"), _tr("Kind"), _tr("Size"), _tr("Organisations"), _tr("Check")])
        header = self.table.header()
        header.setStretchLastSection(True)
        for column in range(self.COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for backup in self.backups:
            passes = bool(getattr(backup, "passes", True))
            count = getattr(backup, "organisations", None)
            item = QTreeWidgetItem([
                taken_label(backup), kind_label(backup.kind), size_label(getattr(backup, "size", None)),
                labels.number(count) if count is not None else "—",
                _tr("Passes") if passes else _tr("Fails: {problem}").format(problem=problem_label(backup)),
            ])
            item.setTextAlignment(2, right)
            item.setTextAlignment(3, right)
            item.setToolTip(0, str(backup.path))
            if not passes:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(4, str(getattr(backup, "problem", "") or ""))
            self.table.addTopLevelItem(item)
        layout.addWidget(self.table, 1)
        self.folder_label = QLabel(_tr("Backups folder: {folder}").format(
            folder=self.backups[0].path.parent if self.backups else ""))
        self.folder_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(_tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.restore_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemDoubleClicked.connect(lambda *_: self.accept() if self.chosen() is not None else None)
        good = next((i for i, b in enumerate(self.backups) if getattr(b, "passes", True)), None)
        if good is not None:
            self.table.setCurrentItem(self.table.topLevelItem(good))
        self._update()
        self.resize(760, 420)

    def chosen(self):
        """The backup chosen, or None."""
        items = self.table.selectedItems()
        if not items:
            return None
        backup = self.backups[self.table.indexOfTopLevelItem(items[0])]
        return backup if getattr(backup, "passes", True) else None

    def choose(self, row: int) -> None:
        self.table.setCurrentItem(self.table.topLevelItem(row))

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)


# -- the window's actions ------------------------------------------------------------------------------

def _restorable(window) -> bool:
    """Only the desk holding the writer's lock may put another file in the database's place."""
    if window.opened is not None and window.opened.lock is not None:
        return True
    messages.inform(window, _tr("Only the desk that has {name} open for writing can restore a backup.").format(
        name=window.path.name))
    return False


def _read_backups(window, then) -> None:
    """Read and check the backups on the files thread, then ``then(backups)`` on the UI thread."""
    from opn_desk.gui.window.background_open import failure_sentence

    database = window.opened.path

    def work(progress, abort):
        from opn_desk.services import store_access as backup

        progress(0.1, _tr("Checking the backups…"))
        found = backup.restorable_backups(database, quick=True)
        stop_if_asked(abort)  # reading writes nothing: Cancel drops the list
        return found

    window.runner.run_long(_tr("Reading the backups…"), work, on_database=False, success=then,
                           failure=lambda exc: messages.warn(window, failure_sentence(exc)), parent=window)


def restore_from_backup(window) -> None:
    """File > Restore from backup…: list the backups, restore the one chosen."""
    if not _restorable(window):
        return

    def listed(backups) -> None:
        if window.opened is None:
            return
        if not backups:
            from opn_desk.services.store_access import backups_dir

            messages.inform(window, _tr("There are no backups of {name} yet.").format(name=window.path.name),
                            _tr("Backups are kept in {folder}.").format(folder=backups_dir(window.path)))
            return
        dialog = RestoreDialog(window.path, backups, window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen() is not None:
            confirm_and_restore(window, dialog.chosen())

    _read_backups(window, listed)


def restore_newest(window) -> None:
    """The damage banner's way back: the newest daily, weekly, manual or pre-upgrade copy that passes
    the checks a restore makes (as `opn-desk restore` picks it: never a before-restore or damaged copy
    blindly). Found on the files thread, then confirmed and restored."""
    from opn_desk.gui.window.background_open import failure_sentence

    if not _restorable(window):
        return
    database = window.opened.path

    def work(progress, abort):
        from opn_desk.services import store_access as backup

        progress(0.1, _tr("Checking the backups…"))
        good = backup.newest_restorable(database)
        stop_if_asked(abort)  # reading writes nothing: Cancel drops the answer
        return good

    def found(good) -> None:
        if window.opened is None:
            return
        if good is None:
            from opn_desk.services.store_access import backups_dir

            messages.warn(window, _tr("No good backup of {name} was found.").format(name=window.path.name),
                          _tr("Backups are kept in {folder}; File › Restore from backup… lists every copy. Until "
                              "one is found, export what the database still shows (File › Export "
                              "organisations).").format(folder=backups_dir(window.path)))
            return
        confirm_and_restore(window, good)

    window.runner.run_long(_tr("Looking for the newest good backup…"), work, on_database=False, success=found,
                           failure=lambda exc: messages.warn(window, failure_sentence(exc)), parent=window)


def confirm_and_restore(window, backup) -> None:
    count = getattr(backup, "organisations", None)
    what = _tr("The database will be as it was then, with {organisations}.").format(
        organisations=labels.organisations(count)) if count is not None else ""
    answer = messages.choose(
        window, _tr("Restore the backup taken on {taken} ({kind})?").format(taken=taken_label(backup),
                                                                          kind=kind_label(backup.kind).lower()),
        [_tr("Restore"), _tr("Cancel")],
        detail=" ".join(p for p in (what, _tr(
            "Everything changed since then is replaced. The database as it is now is kept as a before-restore copy "
            "in its backups folder, so you can go back to it the same way.")) if p),
        default=1, escape=1, icon=messages.QMessageBox.Icon.Warning)
    if answer == 0:
        restore(window, backup)


def restore(window, backup) -> None:
    """Put ``backup`` in the database's place on the database worker, then open it again."""
    from opn_desk.gui.window.background_open import failure_sentence

    opened = window.opened
    database, source = opened.path, Path(backup.path)

    def work(desk, progress, abort):
        from opn_desk.services.store_access import restore_database

        progress(0.1, _tr("Checking and restoring the backup…"))
        desk.retired = True  # from now on this desk writes nothing: the file is being replaced
        try:
            desk.store.engine.dispose()  # no connection stays open on the file being replaced
            return restore_database(database, source)
        except BaseException:
            desk.retired = False
            raise

    def restored(kept) -> None:
        note = _tr("The backup taken on {taken} was restored.").format(taken=taken_label(backup))
        if kept:
            note += " " + _tr("The database as it was before is kept as {name} in its backups folder.").format(
                name=Path(kept).name)
        controller = window.controller
        if controller is not None and controller.reopen(window, read_only=False, note=note):
            return
        window.turn_read_only()
        messages.inform(window, note, _tr("Close OPN Desk and open the database again to go on working."))

    # Replacing the database is all or nothing and cannot stop half way: no Cancel is offered.
    window.runner.run_long(_tr("Restoring the backup…"), work, success=restored,
                           failure=lambda exc: messages.warn(window, failure_sentence(exc)), parent=window,
                           cancellable=False)
