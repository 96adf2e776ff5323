"""Opening the desk's database safely: create, recognise, migrate with automatic restore.

Migration on a user's laptop: backup-API copy -> integrity check of the copy -> migrate ->
foreign_key_check -> on any failure, restore the copy and say so in one sentence.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from opn_desk.db import backup
from opn_desk.db.engine import open_engine, session_factory

log = logging.getLogger(__name__)

# Revisions this version knows, oldest first; the last is the head. A test keeps it equal to the
# migrations folder, so start-up needs no Alembic import when nothing has to migrate.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
HEAD = KNOWN_REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """The database cannot be opened; the message is one sentence for the user."""


@dataclass
class OpenedStore:
    path: Path
    engine: Engine
    readonly: bool
    migrated_from: str | None = None

    def sessions(self):
        return session_factory(self.engine)

    def close(self) -> None:
        self.engine.dispose()


def _revision(path: Path) -> tuple[str | None, bool]:
    """(stored revision, has any tables) read with plain sqlite3, so nothing is created."""
    try:
        con = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                return None, bool(tables)
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return (row[0] if row else None), True
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is damaged or is not an OPN Desk database ({exc}).") from exc


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise StoreError(f"{path} cannot be read: {exc.strerror or exc}.") from exc
    if head and head != SQLITE_MAGIC:
        raise StoreError(f"{path} is not an OPN Desk database (it is not an SQLite file).")


def _alembic_upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.connect() as connection:
        # Batch mode rebuilds tables by copy-and-rename; with foreign keys on, dropping the old table
        # would delete or block on referencing rows. Off for the copy (the pragma is ignored inside a
        # transaction, so before it begins), checked with foreign_key_check afterwards.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            with connection.begin():
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, target)
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


def _create(path: Path) -> OpenedStore:
    from opn_desk.db.reference import load_reference_data

    engine = open_engine(path)
    try:
        _alembic_upgrade(engine)
        with session_factory(engine).begin() as session:
            load_reference_data(session)
    except Exception:
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return OpenedStore(path, engine, readonly=False)


def _migrate(path: Path, engine: Engine, from_revision: str) -> None:
    engine.dispose()
    stamp = datetime.now()
    try:
        safety = backup.backup_now(path, f"pre-migration-{from_revision}", now=stamp)
    except backup.BackupError as exc:
        raise StoreError(f"The database was not upgraded because its safety copy failed: {exc}") from exc
    try:
        _alembic_upgrade(engine)
        with engine.connect() as con:
            broken = con.execute(text("PRAGMA foreign_key_check")).fetchall()
        if broken:
            raise RuntimeError(f"{len(broken)} broken references after the upgrade")
    except Exception as exc:
        engine.dispose()
        log.exception("migration from %s failed; restoring %s", from_revision, safety)
        restore_file(safety, path)
        raise StoreError(
            f"The database could not be upgraded ({exc}); it was restored exactly as it was from {safety}."
        ) from exc


def restore_file(source: Path, database: Path) -> None:
    """Replace ``database`` with the verified file ``source`` (the WAL of the old file discarded)."""
    problems = backup.verify(source)
    if problems:
        raise StoreError(f"{source} cannot be restored: it failed its check ({problems[0]}).")
    partial = Path(str(database) + ".restoring")
    backup.copy_database(source, partial)
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    os.replace(partial, database)


def open_store(path: Path, *, readonly: bool = False, create: bool = True) -> OpenedStore:
    """Open (creating or upgrading as needed) the database at ``path``."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    if not path.exists() or path.stat().st_size == 0:
        if readonly or not create:
            raise StoreError(f"There is no database at {path}.")
        if not path.parent.is_dir():
            raise StoreError(f"The folder {path.parent} does not exist.")
        path.unlink(missing_ok=True)
        return _create(path)
    _check_header(path)
    revision, has_tables = _revision(path)
    if revision is None:
        if has_tables:
            raise StoreError(f"{path} is an SQLite file but not an OPN Desk database.")
        if readonly:
            raise StoreError(f"{path} is an empty database.")
        return _create(path)
    if revision not in KNOWN_REVISIONS:
        raise StoreError(
            f"{path} was written by a newer version of OPN Desk (schema {revision}); please update OPN Desk."
        )
    engine = open_engine(path, readonly=readonly)
    migrated_from = None
    if revision != HEAD:
        if readonly:
            engine.dispose()
            raise StoreError(f"{path} needs an upgrade, which cannot be done while it is open read-only.")
        _migrate(path, engine, revision)
        migrated_from = revision
    try:
        with engine.connect() as con:
            if "organisation" not in inspect(con).get_table_names():
                raise StoreError(f"{path} is missing the desk's tables.")
    except StoreError:
        engine.dispose()
        raise
    return OpenedStore(path, engine, readonly=readonly, migrated_from=migrated_from)
