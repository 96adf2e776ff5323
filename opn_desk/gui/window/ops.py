"""The window's own actions: the officer's name, exporting the registry, a backup now, a demo database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opn_desk.gui.core import messages
from opn_desk.gui.core.operations import OperationRunner, Success
from opn_desk.services.desk import Desk


def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


def set_officer_name(runner: OperationRunner, name: str) -> None:
    """Remember who the desk officer is: for the history of later changes."""
    from opn_desk.preferences import Preferences

    def apply(desk: Desk) -> None:
        prefs = Preferences.load()
        prefs.officer_name = name.strip()
        prefs.save()
        from opn_desk.services.desk import default_actor

        desk.actor = default_actor(prefs.officer_name)

    runner.run_op(apply)


def export_organisations(runner: OperationRunner, out: Path, include_sensitive: bool, *, success: Success,
                         parent: QWidget | None = None) -> None:
    def work(desk: Desk, progress, abort):
        from opn_desk.services.export import export_organisations as export

        return export(desk, out, include_sensitive=include_sensitive, progress=progress, abort=abort)

    runner.run_long(_tr("Exporting organisations…"), work, success=success, parent=parent)


def backup_now(runner: OperationRunner, database: Path, *, success: Success, parent: QWidget | None = None):
    def work(progress, abort):
        from opn_desk.services import store_access as backup

        progress(0.1, _tr("Writing and checking the backup…"))
        return backup.backup_now(database)

    # SQLite's backup runs in one go: no Cancel is offered rather than one that would not stop it.
    runner.run_long(_tr("Backing up the database…"), work, on_database=False, success=success, parent=parent,
                    cancellable=False)


def generate_demo(runner: OperationRunner, path: Path, organisations: int, seed: int, *, success: Success,
                  parent: QWidget | None = None) -> None:
    """Write a demo network into the new database ``path`` (never into the open one)."""
    def work(progress, abort):
        from opn_desk.gui.window.opening import the_officer
        from opn_desk.services.store_access import create_demo_database

        return create_demo_database(path, seed=seed, organisations=organisations, actor=the_officer(),
                                    progress=progress, abort=abort)

    def discard_partial() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        runner.message.emit(_tr("The demo database was not created."))

    def failed(exc: BaseException) -> None:
        discard_partial()
        messages.show_failure(parent, exc)

    runner.run_long(_tr("Creating the demo network…"), work, on_database=False, success=success,
                    failure=failed, cancelled=discard_partial, parent=parent)
