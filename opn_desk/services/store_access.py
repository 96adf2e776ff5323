"""The window's door to the database file itself: opening and locking it, backups, restore, damage.

The window (opn_desk/gui) never imports opn_desk.db (an import-linter contract); what it needs of
the file, rather than of the records in it, comes from here. The command line uses opn_desk.db
directly. The lock and the store are imported with this module (the window imports it as it opens
a desk); backups, the location warning and the demo load only when used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from opn_desk.db.lock import DatabaseInUse, DatabaseLock, LockHolder
from opn_desk.db.store import OpenedStore, StoreError, find_damage, open_store, restore_database

__all__ = [
    "DatabaseInUse", "DatabaseLock", "LockHolder", "OpenedStore", "StoreError", "backup_now", "backups_dir",
    "create_demo_database", "database_error_sentence", "find_damage", "location_warning", "newest_restorable",
    "open_store", "restorable_backups", "restore_database", "rolling_backup",
]


def location_warning(path: Path) -> str | None:
    """A sentence when the file is in a synced folder or on a network file system, else None."""
    from opn_desk.db.location import location_warning as warning

    return warning(path)


def backups_dir(database: Path) -> Path:
    from opn_desk.db.backup import backups_dir as folder

    return folder(database)


def backup_now(database: Path):
    from opn_desk.db.backup import backup_now as backup

    return backup(database)


def rolling_backup(database: Path, *args, **kwargs):
    from opn_desk.db.backup import rolling_backup as backup

    return backup(database, *args, **kwargs)


def restorable_backups(database: Path, *, quick: bool = True):
    from opn_desk.db.backup import restorable_backups as listed

    return listed(database, quick=quick)


def newest_restorable(database: Path):
    from opn_desk.db.backup import newest_restorable as newest

    return newest(database)


def database_error_sentence(exc: BaseException) -> str:
    """One plain sentence for an SQLite/SQLAlchemy error: never the SQL nor the values."""
    from opn_desk.db.engine import database_error_sentence as sentence

    return sentence(exc)


def create_demo_database(path: Path, *, seed: int, organisations: int, actor: str,
                         progress: Callable[[float, str], None] | None = None,
                         abort: Callable[[], bool] | None = None):
    """Write a demo network into the new database ``path`` (never the open one); all or nothing."""
    from opn_desk.services.demo import generate_demo

    with DatabaseLock(path).hold():
        store = open_store(path, create=True)
        try:
            return generate_demo(store, seed=seed, organisations=organisations, progress=progress, abort=abort,
                                 actor=actor)
        finally:
            store.close()
