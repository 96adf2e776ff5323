"""Opening the desk's database safely: create, recognise, upgrade all or nothing, restore.

Upgrade on a user's laptop (`_migrate`):

1. a backup-API copy of the database, verified, in its backups folder (``pre-migration-<rev>-...``);
2. a marker, ``<db>.upgrading`` (JSON naming that copy), written and synced before anything changes;
3. every migration step and a ``foreign_key_check`` in ONE transaction: the migration engine turns
   off pysqlite's own transaction handling (which sends no BEGIN before DDL, so each CREATE would
   commit by itself) and sends ``BEGIN IMMEDIATE`` itself (SQLAlchemy's documented recipe), so a
   crash, a kill or a full disk leaves the file exactly as it was;
4. the marker is removed.

A failed upgrade leaves the file as it was (restored from the copy should anything have stayed) and
says so in one sentence, naming a full disk as such. A start that finds a marker (an upgrade that was
killed or lost power) first puts the copy named in it back, says so in `OpenedStore.notice`, and
upgrades again from that same copy. Safety copies do not pile up: a retry reuses the marker's copy,
and a failed attempt's copy is dropped when an earlier one of the same schema is kept.

Restore (`restore_database`) takes only a file that passes the checks opening makes (`examine_copy`:
an SQLite file with the desk's tables, a schema this version can open, SQLite's integrity check),
refuses anything else before writing a byte, keeps the current state as a ``before-restore`` copy
(its raw files as ``damaged-*`` when it is damaged), then replaces the database.

Each start that opens the database for writing removes the temporary files a killed backup or
restore left (`backup.remove_leftovers`); copies are pruned by the rule in backup.py's docstring.
`find_damage` runs SQLite's quick (or full) check on a file, for the window and `opn-desk check`.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from opn_desk.db import backup
from opn_desk.db.engine import ServerAddress, is_server, open_engine, open_server_engine, session_factory
from opn_desk.i18n import translate

log = logging.getLogger(__name__)

# Revisions this version knows, oldest first; the last is the head. A test keeps it equal to the
# migrations folder, so start-up needs no Alembic import when nothing has to migrate.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009",
                                     "0010")
HEAD = KNOWN_REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables every revision has: a file without them is not a desk's database.
DESK_TABLES = frozenset({"alembic_version", "organisation", "programme", "country", "person", "membership"})
# sqlite3 error codes that mean "this check could not run", not "the file is damaged".
_CANNOT_CHECK = {3, 5, 6, 7, 10, 14, 23}  # PERM, BUSY, LOCKED, NOMEM, IOERR, CANTOPEN, AUTH


class StoreError(Exception):
    """The database cannot be opened; the message is one sentence for the user."""


@dataclass
class OpenedStore:
    path: Path
    engine: Engine
    readonly: bool
    migrated_from: str | None = None
    # One sentence the user should read once (an interrupted upgrade was undone at this start).
    notice: str | None = None

    def sessions(self):
        return session_factory(self.engine)

    @property
    def on_server(self) -> bool:
        """Whether this is a PostgreSQL server (``path`` is then its `ServerAddress`), not a file."""
        return is_server(self.path)

    def close(self) -> None:
        self.engine.dispose()


def _ro_uri(path: Path) -> str:
    return f"file:{Path(path).resolve().as_posix()}?mode=ro"


def _reason(exc: BaseException) -> str:
    """What went wrong, in one line and without SQL (an SQLAlchemy error's own statement left out)."""
    orig = getattr(exc, "orig", None)
    said = backup.one_line(str(orig if orig is not None else exc))
    return said or type(exc).__name__


def _recover_hot_journal(path: Path) -> None:
    """Let SQLite roll back a transaction a killed writer left in a rollback journal.

    A desk file still in rollback-journal mode (a restored copy, or a file before its first switch to
    WAL) keeps a "hot" ``-journal`` beside it when its writer dies mid-transaction. A read-only
    connection cannot roll that back and reports "attempt to write a readonly database", which looks
    like damage; any ordinary connection rolls it back on its first read, restoring the last
    committed state (SQLite decides under its own locks whether the journal is hot, so this is safe
    while another process has the file open). Only done when a non-empty journal is there.
    """
    journal = Path(str(path) + "-journal")
    try:
        if not journal.is_file() or journal.stat().st_size == 0:
            return
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            return
        con = sqlite3.connect(path, isolation_level=None)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except (OSError, sqlite3.Error) as exc:  # the opening that follows says what is wrong
        log.warning("a left-over journal could not be rolled back (%s)", type(exc).__name__)


def _revision(path: Path) -> tuple[str | None, bool]:
    """(stored revision, has any tables) read with plain sqlite3, so nothing is created."""
    _recover_hot_journal(path)
    try:
        con = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                return None, bool(tables)
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return (row[0] if row else None), True
        finally:
            con.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise StoreError(translate("Store", "{path} is damaged or is not an OPN Desk database ({reason}).").format(
            path=path, reason=_reason(exc))) from exc


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise StoreError(translate("Store", "{path} cannot be read: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from exc
    if head and head != SQLITE_MAGIC:
        raise StoreError(translate("Store", "{path} is not an OPN Desk database (it is not an SQLite file).").format(
            path=path))


# --- damage -----------------------------------------------------------------------------------------

def find_damage(path: Path, *, quick: bool = True, limit: int = 20) -> list[str]:
    """What SQLite finds wrong in the file at ``path``, one line each (empty when it is sound).

    ``quick``: PRAGMA quick_check (every page read, the index-to-table cross checks left out; under a
    second at 100,000 organisations), else the full integrity_check. Reads only. Raises StoreError
    when the check cannot run at all (no such file, an input/output error): that is not damage.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreError(translate("Store", "There is no database at {path}.").format(path=path))
    try:
        con = sqlite3.connect(_ro_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise StoreError(_cannot_check(path, exc)) from exc
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in con.execute(f"PRAGMA {pragma}({int(limit)})")]
    except UnicodeDecodeError:
        return [translate("Store", "the list of the database's tables is unreadable")]
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in _CANNOT_CHECK:
            raise StoreError(_cannot_check(path, exc)) from exc
        return [_reason(exc)]
    finally:
        con.close()
    found = []
    for row in rows:
        if row != "ok":
            found += backup.report_lines(row)
    return found


def _cannot_check(path: Path, exc: BaseException) -> str:
    return translate("Store", "{path} cannot be checked: {reason}.").format(path=path, reason=_reason(exc))


def _damaged(path: Path, exc: BaseException) -> str:
    return translate("Store", "{path} is damaged ({reason}).").format(path=path, reason=_reason(exc))


def _newer(path: Path, revision: str) -> str:
    return translate("Store", "{path} was written by a newer version of OPN Desk (schema {revision}); please "
                              "update OPN Desk.").format(path=path, revision=revision)


# --- what a copy holds ------------------------------------------------------------------------------

def examine_copy(path: Path, *, quick: bool = False) -> tuple[str | None, int | None]:
    """(problem, organisations): whether the file at ``path`` may be restored, as opening would judge it.

    ``problem`` is None when it is an OPN Desk database (the desk's tables and a schema revision this
    version knows) that passes SQLite's integrity check (``quick``: quick_check) and has no broken
    reference; else one sentence. ``organisations`` counts those not merged away (None with a problem).
    Reads only.
    """
    path = Path(path)
    if not path.is_file():
        return translate("Store", "There is no backup file at {path}.").format(path=path), None
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as exc:
        return translate("Store", "{path} cannot be read: {reason}.").format(path=path, reason=exc.strerror or exc), None
    if head != SQLITE_MAGIC:
        return translate("Store", "{path} is not an OPN Desk database (it is not an SQLite file).").format(
            path=path), None
    try:
        con = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                return translate("Store", "{path} is an SQLite file but not an OPN Desk database.").format(
                    path=path), None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row and row[0] is not None else ""
            if revision not in KNOWN_REVISIONS:
                if revision.isdigit() and int(revision) > int(HEAD):
                    return translate("Store", "{path} was written by a newer version of OPN Desk (schema "
                                              "{revision}); this version cannot open it.").format(
                        path=path, revision=revision), None
                if revision:
                    return translate("Store", "{path} is not an OPN Desk database (its schema {revision}).").format(
                        path=path, revision=revision), None
                return translate("Store", "{path} is not an OPN Desk database (its schema is not recorded).").format(
                    path=path), None
            if not DESK_TABLES <= tables:
                missing = ", ".join(sorted(DESK_TABLES - tables))
                return translate("Store", "{path} is not an OPN Desk database (it has no {tables} table).").format(
                    path=path, tables=missing), None
        finally:
            con.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return _damaged(path, exc), None
    problems = backup.verify(path, full=not quick)
    if problems:
        return translate("Store", "{path} is damaged: {problem}.").format(path=path, problem=problems[0]), None
    try:
        con = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            try:
                count = con.execute("SELECT count(*) FROM organisation WHERE merged_into_id IS NULL").fetchone()[0]
            except sqlite3.OperationalError:  # schemas before merging existed
                count = con.execute("SELECT count(*) FROM organisation").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return _damaged(path, exc), None
    return None, int(count)


# --- migrations -------------------------------------------------------------------------------------

def _migration_engine(engine: Engine) -> Engine:
    """An engine on ``engine``'s file whose transactions really contain DDL (SQLAlchemy's pysqlite recipe)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    migration = create_engine(engine.url, poolclass=NullPool, hide_parameters=True,
                              connect_args={"check_same_thread": False})

    @event.listens_for(migration, "connect")
    def _connect(dbapi_connection, _record) -> None:
        # pysqlite sends BEGIN only before INSERT/UPDATE/DELETE, never before DDL, so each CREATE
        # would commit by itself: turn its transaction handling off and send BEGIN ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # Batch mode rebuilds tables by copy-and-rename; with foreign keys on, dropping the old table
        # would delete or block on referencing rows. Off for the copy (the pragma is ignored inside a
        # transaction), checked with foreign_key_check before the commit.
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(migration, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return migration


class _BrokenReferences(Exception):
    """The upgrade left broken references; its message is what the user reads inside "could not be upgraded"."""

    def __init__(self, count: int):
        super().__init__(translate("Store", "broken references after the upgrade: {count}").format(count=count))


def _alembic_upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade the file ``engine`` opens to ``target``: every step in one transaction, all or nothing."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    migration = _migration_engine(engine)
    try:
        with migration.connect() as connection, connection.begin():
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, target)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise _BrokenReferences(len(broken))
    finally:
        migration.dispose()


def _create(path: Path) -> OpenedStore:
    from opn_desk.db.reference import load_reference_data

    engine = open_engine(path)
    try:
        _alembic_upgrade(engine)
        with session_factory(engine).begin() as session:
            load_reference_data(session)
    except Exception as exc:
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        if backup.disk_full(exc):
            raise StoreError(translate("Store", "The disk is full, so no database could be created at {path}; free "
                                                "some space and try again.").format(path=path)) from exc
        raise
    return OpenedStore(path, engine, readonly=False)


# --- the upgrade marker -----------------------------------------------------------------------------

def _marker(path: Path) -> Path:
    return Path(str(path) + ".upgrading")


def _write_marker(path: Path, safety: Path, from_revision: str) -> None:
    record = {"copy": safety.name, "from": from_revision, "started": datetime.now().isoformat(timespec="seconds")}
    with open(_marker(path), "w", encoding="utf-8") as f:
        json.dump(record, f)
        f.flush()
        os.fsync(f.fileno())


def _read_marker(path: Path) -> dict | None:
    try:
        record = json.loads(_marker(path).read_text(encoding="utf-8"))
        name = str(record["copy"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # Unreadable: the process died while writing it, so before the upgrade began.
        return {"copy": None}
    if Path(name).name != name:  # only a file in the backups folder
        return {"copy": None}
    return {"copy": name, "from": record.get("from")}


def _cannot_upgrade(path: Path, exc: BaseException, what: str) -> StoreError:
    if backup.disk_full(exc):
        return StoreError(translate("Store", "The disk is full, so {path} was not upgraded ({what}); free some space "
                                             "on the disk holding {folder} and open it again.").format(
            path=path, what=what, folder=path.parent))
    return StoreError(translate("Store", "{path} was not upgraded ({what}: {reason}).").format(
        path=path, what=what, reason=_reason(exc)))


def _after_interrupted_upgrade(path: Path) -> tuple[str | None, Path | None]:
    """Deal with a marker an interrupted upgrade left: (notice for the user, the copy to upgrade from)."""
    record = _read_marker(path)
    if record is None:
        return None, None
    marker = _marker(path)
    if record["copy"] is None or not path.is_file() or path.stat().st_size == 0:
        marker.unlink(missing_ok=True)
        return None, None
    copy = backup.backups_dir(path) / record["copy"]
    try:
        revision = _revision(path)[0]
    except StoreError:
        revision = None
    if revision == HEAD and not find_damage(path):
        # The upgrade committed; only the removal of its marker was lost.
        marker.unlink(missing_ok=True)
        return None, None
    problem = examine_copy(copy)[0]
    if problem is None:
        try:
            restore_file(copy, path, checked=True)
        except (StoreError, backup.BackupError, OSError) as exc:
            if backup.disk_full(exc):
                raise StoreError(translate("Store", "The last upgrade of {path} was interrupted, and the disk is "
                                                    "full, so the copy taken before it cannot be put back yet; free "
                                                    "some space on the disk holding {folder} and open it again.")
                                 .format(path=path, folder=path.parent)) from exc
            raise StoreError(translate("Store", "The last upgrade of {path} was interrupted, and the copy taken "
                                                "before it ({copy}) could not be put back ({reason}).").format(
                path=path, copy=copy, reason=_reason(exc))) from exc
        notice = translate("Store", "The last upgrade of {name} was interrupted; the copy taken before it began "
                                    "({copy}) was put back, and the upgrade was run again.").format(
            name=path.name, copy=copy)
        log.warning("%s", notice)
        return notice, copy
    # The copy cannot serve. The upgrade ran in one transaction, so a sound file is whole.
    if revision in KNOWN_REVISIONS and not find_damage(path, quick=False):
        log.warning("an interrupted upgrade's copy cannot be used (%s); the database itself is sound", problem)
        marker.unlink(missing_ok=True)
        return None, None
    raise StoreError(translate("Store", "The last upgrade of {path} was interrupted, and neither the database nor "
                                        "the copy taken before it passes its check; restore a backup (opn-desk "
                                        "restore, or File > Restore from backup…).").format(path=path))


def _migrate(path: Path, engine: Engine, from_revision: str, reuse: Path | None = None) -> None:
    engine.dispose()
    kind = f"pre-migration-{from_revision}"
    earlier = [b.path for b in backup.list_backups(path) if b.kind == kind]
    if reuse is not None and reuse.is_file():
        safety, made = reuse, False
    else:
        try:
            safety, made = backup.backup_now(path, kind), True
        except (backup.BackupError, OSError) as exc:
            if backup.disk_full(exc):
                raise StoreError(translate("Store", "The disk is full, so {path} was not upgraded: there is no room "
                                                    "for the copy taken before an upgrade in {folder}. Free some "
                                                    "space and open it again.").format(
                    path=path, folder=backup.backups_dir(path))) from exc
            raise StoreError(translate("Store", "The database was not upgraded because its safety copy failed: "
                                                "{reason}").format(reason=_reason(exc))) from exc
    try:
        _write_marker(path, safety, from_revision)
    except OSError as exc:
        _marker(path).unlink(missing_ok=True)
        raise _cannot_upgrade(path, exc, translate("Store", "its upgrade could not be begun")) from exc
    try:
        _alembic_upgrade(engine)
        with engine.connect() as con:
            broken = con.execute(text("PRAGMA foreign_key_check")).fetchall()
        if broken:
            raise _BrokenReferences(len(broken))
    except Exception as exc:
        engine.dispose()
        log.info("the upgrade from %s failed (%s)", from_revision, type(exc).__name__)
        _undo_failed_upgrade(path, safety, from_revision, exc, dropped=safety if made and earlier else None)
    _marker(path).unlink(missing_ok=True)
    _prune_quietly(path)


def _undo_failed_upgrade(path: Path, safety: Path, from_revision: str, exc: Exception, *,
                         dropped: Path | None) -> None:
    """Leave the file as it was before a failed upgrade, then raise the StoreError that says so."""
    try:
        revision = _revision(path)[0]
    except StoreError:
        revision = None
    restored = revision != from_revision or bool(find_damage(path))
    try:
        if restored:  # something of the failed upgrade stayed: put the copy back
            restore_file(safety, path)
    except (StoreError, backup.BackupError, OSError) as put_back:
        # The marker stays: the next start puts the copy back.
        if backup.disk_full(put_back) or backup.disk_full(exc):
            raise StoreError(translate("Store", "The disk is full, so {path} could not be upgraded, and the copy "
                                                "taken before the upgrade could not be put back yet; free some space "
                                                "on the disk holding {folder} and open it again: the copy will be put "
                                                "back then.").format(path=path, folder=path.parent)) from exc
        raise StoreError(translate("Store", "{path} could not be upgraded ({reason}), and the copy taken before it "
                                            "({copy}) could not be put back ({why}); open it again to put the copy "
                                            "back.").format(path=path, reason=_reason(exc), copy=safety,
                                                            why=_reason(put_back))) from exc
    _marker(path).unlink(missing_ok=True)
    kept = safety
    if dropped is not None:
        # An earlier failed attempt's copy of the same schema is kept: this one would only pile up.
        dropped.unlink(missing_ok=True)
        kept = max((b for b in backup.list_backups(path) if b.kind == f"pre-migration-{from_revision}"),
                   key=lambda b: b.taken).path
    if backup.disk_full(exc):
        raise StoreError(translate("Store", "The disk is full, so {path} could not be upgraded; it was left exactly "
                                            "as it was. Free some space on the disk holding {folder} and open it "
                                            "again.").format(path=path, folder=path.parent)) from exc
    said = (translate("Store", "The database could not be upgraded ({reason}); it was restored exactly as it was, "
                               "and the copy taken before the upgrade is kept in {copy}.") if restored else
            translate("Store", "The database could not be upgraded ({reason}); it was left exactly as it was, and "
                               "the copy taken before the upgrade is kept in {copy}."))
    raise StoreError(said.format(reason=_reason(exc), copy=kept)) from exc


def _prune_quietly(path: Path) -> None:
    try:
        backup.prune(path)
    except Exception as exc:  # noqa: BLE001 - pruning old copies never stops the desk
        log.warning("old backups could not be pruned (%s)", type(exc).__name__)


# --- restoring --------------------------------------------------------------------------------------

def restore_file(source: Path, database: Path, *, checked: bool = False) -> None:
    """Replace ``database`` with the verified file ``source`` (the WAL of the old file discarded).

    The copy is written beside the database as ``<db>.restoring`` and verified before it replaces
    it; nothing is left when that fails. ``checked``: ``source`` already passed `examine_copy`.
    """
    if not checked:
        problems = backup.verify(source)
        if problems:
            raise StoreError(translate("Store", "{path} cannot be restored: it failed its check ({problem}).").format(
                path=source, problem=problems[0]))
    staged = Path(str(database) + ".restoring")
    try:
        backup.copy_database(source, staged)
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        os.replace(staged, database)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise


def _not_restored(database: Path, exc: BaseException, what: str) -> StoreError:
    if backup.disk_full(exc):
        return StoreError(translate("Store", "The disk is full, so {path} was not restored ({what}); it was left as "
                                             "it was. Free some space and try again.").format(path=database, what=what))
    if backup.cannot_write(exc):
        return StoreError(translate("Store", "{path} was not restored: {what}, because the folder cannot be written; "
                                             "it was left as it was.").format(path=database, what=what))
    return StoreError(translate("Store", "{path} was not restored ({what}: {reason}); it was left as it was.").format(
        path=database, what=what, reason=_reason(exc)))


def _keep_current(database: Path) -> Path:
    """A copy of the database about to be replaced: verified, or its raw files when it is damaged."""
    folder = backup.backups_dir(database)
    try:
        return backup.backup_now(database, "before-restore")
    except (backup.BackupError, OSError) as exc:
        if backup.disk_full(exc) or backup.cannot_write(exc):
            raise _not_restored(database, exc, translate(
                "Store", "a copy of its current state could not be kept in {folder}").format(folder=folder)) from exc
    # It cannot be copied through SQLite (damaged, or broken references): keep its raw files.
    try:
        return backup.keep_damaged(database)
    except (backup.BackupError, OSError) as exc:
        raise _not_restored(database, exc, translate(
            "Store", "a copy of its current files could not be kept in {folder}").format(folder=folder)) from exc


def restore_database(database: Path, source: Path) -> Path | None:
    """Replace ``database`` with the backup ``source``; returns where its previous state is kept.

    First ``source`` is checked as opening would (`examine_copy`): when it fails, StoreError (one
    sentence) and nothing is written. Then the current database is kept as a ``before-restore``
    copy (its raw files as ``damaged-*`` when it cannot be copied through SQLite; None when there was
    no database), and the database replaced. The caller holds the writer's lock and has no store
    open on it; a failure at any step leaves the database and the backups folder as they were.
    """
    database, source = Path(database).expanduser(), Path(source).expanduser()
    if database.is_dir():
        raise StoreError(translate("Store", "{path} is a folder, not a database file.").format(path=database))
    try:
        itself = database.exists() and source.exists() and os.path.samefile(source, database)
    except OSError:
        itself = False
    if itself:
        raise StoreError(translate("Store", "{path} is the database itself; choose a backup to restore from.").format(
            path=source))
    problem = examine_copy(source)[0]
    if problem is not None:
        raise StoreError(problem)
    if not database.parent.is_dir():
        raise StoreError(translate("Store", "The folder {folder} does not exist.").format(folder=database.parent))
    staged = Path(str(database) + ".restoring")
    try:
        backup.copy_database(source, staged)
    except (backup.BackupError, OSError) as exc:
        staged.unlink(missing_ok=True)
        raise _not_restored(database, exc, translate("Store", "the backup could not be copied into {folder}").format(
            folder=database.parent)) from exc
    try:
        kept = _keep_current(database) if database.is_file() and database.stat().st_size > 0 else None
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    try:
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        os.replace(staged, database)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise _not_restored(database, exc, translate("Store", "the database could not be replaced")) from exc
    _marker(database).unlink(missing_ok=True)  # an interrupted upgrade's copy no longer applies
    _fork_after_restore(database)
    _prune_quietly(database)
    return kept


def _fork_after_restore(database: Path) -> None:
    """A restored copy must not write under its old laptop identity again (its sequence numbers may
    already be in other laptops' hands): the next write forks a new one (docs/SYNC.md)."""
    try:
        con = sqlite3.connect(database)
        try:
            if con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='sync_self'").fetchone():
                con.execute("UPDATE sync_self SET fingerprint = 'restored'")
                con.commit()
        finally:
            con.close()
    except sqlite3.Error as exc:  # the restore itself is done; say so in the log only
        log.warning("the restored database could not be marked for a new laptop identity (%s)", type(exc).__name__)


# --- opening ----------------------------------------------------------------------------------------

def open_store(path: Path | ServerAddress, *, readonly: bool = False, create: bool = True) -> OpenedStore:
    """Open (creating or upgrading as needed) the database at ``path``: a file, or a PostgreSQL server.

    Opening a file for writing is done with the writer's lock held (`lock.DatabaseLock`): it removes the
    temporary files an interrupted backup or restore left and finishes an interrupted upgrade. A
    server needs neither (see `_open_server`).
    """
    if is_server(path):
        return _open_server(ServerAddress(path), readonly=readonly, create=create)
    path = Path(path).expanduser()
    if path.is_dir():
        raise StoreError(translate("Store", "{path} is a folder, not a database file.").format(path=path))
    notice, reuse = None, None
    if not readonly:
        backup.remove_leftovers(path)
        notice, reuse = _after_interrupted_upgrade(path)
    if not path.exists() or path.stat().st_size == 0:
        if readonly or not create:
            raise StoreError(translate("Store", "There is no database at {path}.").format(path=path))
        if not path.parent.is_dir():
            raise StoreError(translate("Store", "The folder {folder} does not exist.").format(folder=path.parent))
        path.unlink(missing_ok=True)
        return _create(path)
    _check_header(path)
    revision, has_tables = _revision(path)
    if revision is None:
        if has_tables:
            raise StoreError(translate("Store", "{path} is an SQLite file but not an OPN Desk database.").format(
                path=path))
        if readonly:
            raise StoreError(translate("Store", "{path} is an empty database.").format(path=path))
        return _create(path)
    if revision not in KNOWN_REVISIONS:
        raise StoreError(_newer(path, revision))
    engine = open_engine(path, readonly=readonly)
    migrated_from = None
    if revision != HEAD:
        if readonly:
            engine.dispose()
            raise StoreError(translate("Store", "{path} needs an upgrade, which cannot be done while it is open "
                                                "read-only.").format(path=path))
        _migrate(path, engine, revision, reuse)
        migrated_from = revision
    elif not readonly:
        _marker(path).unlink(missing_ok=True)
    try:
        with engine.connect() as con:
            if "organisation" not in inspect(con).get_table_names():
                raise StoreError(translate("Store", "{path} is missing the desk's tables.").format(path=path))
    except StoreError:
        engine.dispose()
        raise
    return OpenedStore(path, engine, readonly=readonly, migrated_from=migrated_from, notice=notice)


# --- the team server (PostgreSQL) -------------------------------------------------------------------

# Taken for the length of an upgrade, so two officers opening an old schema at once upgrade it once.
_UPGRADE_LOCK = 0x0DE5C0017


def server_tables(connection) -> set[str]:
    """The tables of the server database's current schema (``search_path``'s first)."""
    return set(inspect(connection).get_table_names())


def _server_revision(connection) -> tuple[str | None, bool]:
    tables = server_tables(connection)
    if "alembic_version" not in tables:
        return None, bool(tables)
    row = connection.execute(text("SELECT version_num FROM alembic_version")).fetchone()
    return (row[0] if row else None), True


def _server_upgrade(engine: Engine) -> str | None:
    """Create or upgrade the server's schema in ONE transaction (PostgreSQL's DDL is transactional).

    Returns the revision upgraded from (None when it was created or already current).
    """
    from alembic import command
    from alembic.config import Config
    from sqlalchemy.orm import Session

    from opn_desk.db.reference import load_reference_data

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.connect() as connection, connection.begin():
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _UPGRADE_LOCK})
        revision, _ = _server_revision(connection)  # again, under the lock: another may have done it
        if revision == HEAD:
            return None
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
        if revision is None:
            with Session(bind=connection, join_transaction_mode="create_savepoint") as session:
                load_reference_data(session)
                session.commit()  # releases its savepoint; the outer transaction commits it all
        return revision


def _open_server(address: ServerAddress, *, readonly: bool, create: bool) -> OpenedStore:
    """Open the desk on a PostgreSQL server: no file lock and no file backups (the server keeps its
    own, pg_dump); a schema to create or upgrade is done in one transaction, all or nothing."""
    from sqlalchemy.exc import DBAPIError

    engine = open_server_engine(address, readonly=readonly)
    try:
        try:
            with engine.connect() as con:
                revision, has_tables = _server_revision(con)
        except DBAPIError as exc:
            raise StoreError(translate("Store", "OPN Desk could not connect to the server at {address} ({reason}).")
                             .format(address=address, reason=_reason(exc))) from exc
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise StoreError(translate("Store", "The server database at {address} was written by a newer version of "
                                                "OPN Desk (schema {revision}); please update OPN Desk.").format(
                address=address, revision=revision))
        if revision is None and has_tables:
            raise StoreError(translate("Store", "The server database at {address} holds other tables but no OPN Desk "
                                                "desk.").format(address=address))
        if revision is None and not create:
            raise StoreError(translate("Store", "The server database at {address} has no OPN Desk desk yet; put one "
                                                "there with opn-desk server upload.").format(address=address))
        migrated_from = None
        if revision != HEAD:
            if readonly:
                raise StoreError(translate("Store", "The server database at {address} needs an upgrade, which "
                                                    "cannot be done while it is open read-only.").format(address=address))
            try:
                migrated_from = _server_upgrade(engine)
            except DBAPIError as exc:
                raise StoreError(translate("Store", "The server database at {address} was not upgraded, and was left "
                                                    "exactly as it was ({reason}).").format(
                    address=address, reason=_reason(exc))) from exc
    except BaseException:
        engine.dispose()
        raise
    return OpenedStore(address, engine, readonly=readonly, migrated_from=migrated_from)
