"""Backups through SQLite's online backup API (never a file copy of a live database).

Every backup is checked right after it is written: a backup nobody verified is a hope.

Copies live in ``<name>-backups/`` beside the database, named ``<kind>-YYYYMMDD-HHMMSS.sqlite``.
The kinds: ``daily`` and ``weekly`` (the rolling backups taken when the window opens), ``manual``
(`opn-desk backup`, File > Back up now), ``pre-migration-<revision>`` (taken before an upgrade),
``before-restore`` (the state a restore replaced) and ``damaged`` (the raw files of a damaged
database, set aside before a restore replaced it; a ``-wal`` beside it when there was one).

Pruning (`prune`, after each rolling backup, each restore and each upgrade):

- daily: the newest 7; weekly: the newest 4;
- every other kind (manual, each pre-migration-<revision>, before-restore, damaged): the newest 3 of
  that kind, and every copy younger than 30 days;
- whatever the rule says, the newest good copy (the newest of all kinds that passes the checks a
  restore makes) is never removed.

Files in the folder that are not named like a copy are never touched.

Temporary files (`remove_leftovers`, at each start that opens the database for writing, with the
writer's lock held): a restore's ``<db>.restoring`` (and its ``.partial`` and journal) beside the
database, and copies being written in the backups folder (``<copy>.partial``, its journal, and
``damaged-*.sqlite-wal.partial``) once untouched for 15 minutes, as `opn-desk backup` needs no lock
and may be writing one at that very moment.

A copy is restored only when it passes the same checks as opening (`store.examine_copy`); plain
`opn-desk restore` takes the newest such daily, weekly, manual or pre-migration copy
(`newest_restorable`); the window lists every copy with `restorable_backups`.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from opn_desk.i18n import translate

log = logging.getLogger(__name__)

DAILY_KEEP = 7
WEEKLY_KEEP = 4
KEEP_OF_EACH_KIND = 3  # of every other kind ...
KEEP_DAYS = 30  # ... and every copy younger than this
LEFTOVER_MINUTES = 15
# Copies a plain restore never picks by itself: the state a restore replaced, and damaged files.
NOT_PICKED_BLINDLY = ("before-restore", "damaged")

SQLITE_FULL = 13
_CANNOT_WRITE_CODES = {3, 8, 14, 23}  # SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_AUTH


class BackupError(Exception):
    """A backup could not be written or did not verify; the message is for the user."""


# --- why something failed -------------------------------------------------------------------------

def _chain(exc: BaseException | None):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__


def disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is a full disk: SQLite's SQLITE_FULL or the system's ENOSPC."""
    for e in _chain(exc):
        if isinstance(e, OSError) and e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return True
        if isinstance(e, sqlite3.Error):
            code = getattr(e, "sqlite_errorcode", None)
            if (code is not None and code & 0xFF == SQLITE_FULL) or "database or disk is full" in str(e):
                return True
    return False


def cannot_write(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is a folder or file that cannot be written."""
    for e in _chain(exc):
        if isinstance(e, OSError) and e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return True
        if isinstance(e, sqlite3.Error):
            code = getattr(e, "sqlite_errorcode", None)
            if code is not None and code & 0xFF in _CANNOT_WRITE_CODES:
                return True
    return False


def report_lines(text: str) -> list[str]:
    """SQLite's report line by line, without its "*** in database main ***" headers."""
    parts = [p.strip() for p in str(text).splitlines()]
    return [p for p in parts if p and not p.startswith("***")]


def one_line(text: str) -> str:
    """SQLite's report as one line (see report_lines)."""
    return "; ".join(report_lines(text))


# --- writing and checking copies ------------------------------------------------------------------

def verify(path: Path, *, full: bool = True) -> list[str]:
    """Problems SQLite finds in the file at ``path`` (empty when healthy), one line each."""
    try:
        con = sqlite3.connect(f"file:{Path(path).resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [one_line(str(exc))]
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in con.execute(f"PRAGMA {pragma}")]
        problems = [one_line(r) for r in rows if r != "ok"]
        problems += [translate("Backup", "broken reference in {table} (row {row}) to {parent}").format(
            table=r[0], row=r[1], parent=r[2]) for r in con.execute("PRAGMA foreign_key_check")]
        return problems
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [one_line(str(exc))]
    finally:
        con.close()


def copy_database(source: Path, target: Path, *, source_connection: sqlite3.Connection | None = None) -> Path:
    """Write a consistent copy of ``source`` to ``target`` and verify it.

    The copy is written to ``<target>.partial`` and renamed only once verified, so ``target`` is
    never half written; nothing is left behind when it fails.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = source_connection
    try:
        try:
            # Inside the try: a missing or unreadable source is a BackupError too, not a raw sqlite3 error.
            if src is None:
                src = sqlite3.connect(f"file:{Path(source).resolve().as_posix()}?mode=ro", uri=True)
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                # The copy is a standalone file: no WAL beside it.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        except sqlite3.Error as exc:
            raise BackupError(translate("Backup", "The backup could not be written to {path}: {reason}.").format(
                path=target, reason=one_line(str(exc)))) from exc
        finally:
            if source_connection is None and src is not None:
                src.close()
        problems = verify(partial)
        if problems:
            raise BackupError(translate("Backup", "The backup written to {path} failed its check: {problem}.").format(
                path=target, problem=problems[0]))
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise
    return target


def backups_dir(database: Path) -> Path:
    database = Path(database)
    return database.with_name(database.stem + "-backups")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # daily / weekly / manual / pre-migration-<revision> / before-restore / damaged
    taken: datetime


# The kind may carry a schema revision ("pre-migration-0001"), so digits are allowed in it.
_NAME = re.compile(r"^(?P<kind>[A-Za-z0-9_-]+?)-(?P<stamp>\d{8}-\d{6})\.sqlite$")
# What this module writes while a copy is being made (see copy_database and keep_damaged).
_TEMPORARY = re.compile(r"^[A-Za-z0-9_-]+?-\d{8}-\d{6}\.sqlite(-wal)?\.partial(-journal|-wal|-shm)?$")
# Beside the database, while a restore is written (store.restore_file): never in use without the lock.
_RESTORING = (".restoring", ".restoring.partial", ".restoring.partial-journal", ".restoring.partial-wal",
              ".restoring.partial-shm", ".restoring-journal", ".restoring-wal", ".restoring-shm")


def list_backups(database: Path) -> list[BackupFile]:
    folder = backups_dir(database)
    found = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m:
                try:
                    taken = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
                except ValueError:  # a name that only looks like one of ours
                    continue
                found.append(BackupFile(p, m["kind"], taken))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _free_name(folder: Path, kind: str, now: datetime) -> Path:
    """``<kind>-<stamp>.sqlite`` in ``folder``; a second later while that name is taken (never overwrite)."""
    while True:
        target = folder / f"{kind}-{now:%Y%m%d-%H%M%S}.sqlite"
        if not target.exists():
            return target
        now += timedelta(seconds=1)


def backup_now(database: Path, kind: str = "manual", *, now: datetime | None = None,
               source: Path | None = None) -> Path:
    """Back ``database`` up into its backups folder (from ``source``, an existing copy, if given)."""
    now = now or datetime.now()
    target = _free_name(backups_dir(database), kind, now)
    return copy_database(source or database, target)


def rolling_backup(database: Path, *, now: datetime | None = None) -> Path | None:
    """Take today's daily (and this week's weekly) backup if missing; prune old ones.

    Returns the new backup's path, or None when today's already exists.
    """
    now = now or datetime.now()
    existing = list_backups(database)
    made = None
    if not any(b.kind == "daily" and b.taken.date() == now.date() for b in existing):
        made = backup_now(database, "daily", now=now)
    week = now.isocalendar()[:2]
    if not any(b.kind == "weekly" and b.taken.isocalendar()[:2] == week for b in existing):
        backup_now(database, "weekly", now=now, source=made)
    prune(database, now=now, known_good=made)
    return made


def _remove_copy(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def prune(database: Path, *, now: datetime | None = None, known_good: Path | None = None) -> list[Path]:
    """Remove the copies the rule in this module's docstring lets go; returns what was removed.

    ``known_good``: a copy just written and verified (no need to check it again).
    """
    now = now or datetime.now()
    found = list_backups(database)
    by_kind: dict[str, list[BackupFile]] = {}
    for b in found:
        by_kind.setdefault(b.kind, []).append(b)
    doomed: list[BackupFile] = []
    for kind, copies in by_kind.items():
        if kind == "daily":
            doomed += copies[DAILY_KEEP:]
        elif kind == "weekly":
            doomed += copies[WEEKLY_KEEP:]
        else:
            doomed += [b for b in copies[KEEP_OF_EACH_KIND:] if now - b.taken >= timedelta(days=KEEP_DAYS)]
    if not doomed:
        return []
    from opn_desk.db.store import examine_copy

    # The newest good copy stays, whatever the rule says: checked newest first, usually one check.
    for b in found:
        if b.path == known_good or examine_copy(b.path)[0] is None:
            doomed = [d for d in doomed if d.path != b.path]
            break
    removed = []
    for old in doomed:
        try:
            _remove_copy(old.path)
        except OSError as exc:
            log.warning("an old backup could not be removed: %s", exc.strerror or type(exc).__name__)
            continue
        removed.append(old.path)
    return removed


def remove_leftovers(database: Path) -> list[Path]:
    """Remove the temporary files an interrupted backup or restore left (see the module docstring).

    Called with the writer's lock held. A file that cannot be removed is left and logged.
    """
    database = Path(database)
    candidates = [Path(str(database) + suffix) for suffix in _RESTORING]
    folder = backups_dir(database)
    if folder.is_dir():
        cutoff = time.time() - LEFTOVER_MINUTES * 60
        for p in folder.iterdir():
            if _TEMPORARY.match(p.name):
                with contextlib.suppress(OSError):
                    if p.stat().st_mtime < cutoff:
                        candidates.append(p)
    removed = []
    for p in candidates:
        if not p.is_file():
            continue
        try:
            p.unlink()
        except OSError as exc:
            log.warning("a temporary file could not be removed: %s", exc.strerror or type(exc).__name__)
            continue
        removed.append(p)
    return removed


def keep_damaged(database: Path, *, now: datetime | None = None) -> Path:
    """Set aside the raw files of a database that cannot be backed up (it fails its check).

    Each file is copied whole to a temporary name and renamed only when complete (the ``-wal``
    first, the database last), so a ``damaged-*.sqlite`` name never holds a truncated copy; on any
    failure nothing is left. Only called with the writer's lock held, so the files are not being written.
    """
    import shutil

    now = now or datetime.now()
    folder = backups_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, "damaged", now)
    pairs = [(Path(database), target)]
    wal = Path(str(database) + "-wal")
    if wal.exists():
        pairs.insert(0, (wal, Path(str(target) + "-wal")))
    temporaries = [final.with_name(final.name + ".partial") for _source, final in pairs]
    written: list[Path] = []
    try:
        for (source, _final), temporary in zip(pairs, temporaries, strict=True):
            written.append(temporary)
            shutil.copyfile(source, temporary)
            with open(temporary, "rb+") as f:
                os.fsync(f.fileno())
        for (_source, final), temporary in zip(pairs, temporaries, strict=True):
            os.replace(temporary, final)
            written.append(final)
    except BaseException:
        for p in written:
            with contextlib.suppress(OSError):
                p.unlink(missing_ok=True)
        raise
    return target


# --- what can be restored -------------------------------------------------------------------------

@dataclass(frozen=True)
class RestorableBackup:
    """One copy in the backups folder as the window lists it.

    ``problem`` is None when the copy passes the checks a restore makes (`store.examine_copy`), else
    one sentence; ``organisations`` (not counting merged ones) is None when it does not pass.
    ``size`` is in bytes (with its ``-wal`` for a damaged copy).
    """

    path: Path
    kind: str
    taken: datetime
    size: int
    organisations: int | None
    problem: str | None

    @property
    def passes(self) -> bool:
        return self.problem is None


def _describe(b: BackupFile, *, quick: bool) -> RestorableBackup | None:
    from opn_desk.db.store import examine_copy

    try:
        size = b.path.stat().st_size
        wal = Path(str(b.path) + "-wal")
        if wal.exists():
            size += wal.stat().st_size
    except OSError:  # removed meanwhile
        return None
    problem, organisations = examine_copy(b.path, quick=quick)
    return RestorableBackup(b.path, b.kind, b.taken, size, organisations, problem)


def restorable_backups(database: Path, *, quick: bool = False) -> list[RestorableBackup]:
    """Every copy in the database's backups folder, newest first, each saying whether it passes.

    All copies are listed, those that fail too (with their ``problem``), so the window can show why
    one cannot be chosen. Each is checked as a restore would (``quick``: SQLite's quick_check instead
    of the full integrity_check, about a third of the time); this reads every copy whole, so the
    window calls it off the UI thread.
    """
    listed = []
    for b in list_backups(database):
        described = _describe(b, quick=quick)
        if described is not None:
            listed.append(described)
    return listed


def newest_restorable(database: Path) -> RestorableBackup | None:
    """The newest daily, weekly, manual or pre-migration copy that passes the restore checks."""
    for b in list_backups(database):
        if b.kind in NOT_PICKED_BLINDLY:
            continue
        described = _describe(b, quick=False)
        if described is not None and described.passes:
            return described
    return None


# --- where a backup may be written --------------------------------------------------------------

# The database's own files beside it, besides the database itself.
_WORKING = ("-wal", "-shm", "-journal", ".lock", ".upgrading", *_RESTORING)


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` are one file: through any spelling, symlink or hard link, or (when one
    is not there yet) the same name in the same folder, letter case aside."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    try:
        if a.parent.exists() and b.parent.exists():
            same_folder = os.path.samefile(a.parent, b.parent)
        else:
            same_folder = os.path.realpath(a.parent) == os.path.realpath(b.parent)
    except OSError:
        return False
    return same_folder and a.name.casefold() == b.name.casefold()


def output_problem(database: Path, out: Path, *, force: bool = False) -> str | None:
    """Why a backup of ``database`` must not be written to ``out`` (one sentence), or None.

    Never the database itself, nor its working files (``-wal``, ``-shm``, lock, ...) nor one of the
    desk's copies, through whatever spelling or link; never a file that looks like a database in use;
    an existing file only with ``force``.
    """
    database, out = Path(database), Path(out).expanduser()
    if out.is_dir():
        return translate("Backup", "{path} is a folder; give the backup a file name.").format(path=out)
    partial = out.with_name(out.name + ".partial")
    for candidate in (out, partial, partial.with_name(partial.name + "-journal")):
        if _same_file(candidate, database):
            return (translate("Backup", "{path} is the database itself; choose another file for the backup.")
                    if candidate is out else
                    translate("Backup", "{path} cannot be used: writing it would overwrite the database itself.")
                    ).format(path=out)
        if any(_same_file(candidate, Path(str(database) + suffix)) for suffix in _WORKING):
            return translate("Backup", "{path} is one of the database's working files; choose another file for the "
                                       "backup.").format(path=out)
    folder = backups_dir(database)
    if folder.exists() and _same_file(out.parent, folder) and (_NAME.match(out.name) or _TEMPORARY.match(out.name)):
        return translate("Backup", "{path} is one of the desk's backups; choose another file (or a new name in "
                                   "{folder}).").format(path=out, folder=folder)
    for suffix in ("-wal", "-shm", "-journal", ".lock"):
        beside = Path(str(out) + suffix)
        if beside.exists():
            return translate("Backup", "{path} looks like a database in use ({name} is beside it); choose another "
                                       "file.").format(path=out, name=beside.name)
    if out.exists() and not force:
        return translate("Backup", "{path} already exists; add --force to replace it.").format(path=out)
    return None
