"""Backups through SQLite's online backup API (never a file copy of a live database).

Every backup is checked right after it is written: a backup nobody verified is a hope.
Rolling backups keep 7 daily and 4 weekly copies beside the database.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

DAILY_KEEP = 7
WEEKLY_KEEP = 4


class BackupError(Exception):
    """A backup could not be written or did not verify; the message is for the user."""


def verify(path: Path, *, full: bool = True) -> list[str]:
    """Problems SQLite finds in the file at ``path`` (empty when healthy)."""
    try:
        con = sqlite3.connect(f"file:{Path(path).resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in con.execute(f"PRAGMA {pragma}")]
        problems = [r for r in rows if r != "ok"]
        problems += [f"broken reference in {r[0]} (row {r[1]}) to {r[2]}"
                     for r in con.execute("PRAGMA foreign_key_check")]
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()


def copy_database(source: Path, target: Path, *, source_connection: sqlite3.Connection | None = None) -> Path:
    """Write a consistent copy of ``source`` to ``target`` and verify it."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = source_connection
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
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup could not be written to {target}: {exc}.") from exc
    finally:
        if source_connection is None and src is not None:
            src.close()
    problems = verify(partial)
    if problems:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup written to {target} failed its check: {problems[0]}.")
    os.replace(partial, target)
    return target


def backups_dir(database: Path) -> Path:
    database = Path(database)
    return database.with_name(database.stem + "-backups")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # daily / weekly / manual / pre-migration / before-restore
    taken: datetime


# The kind may carry a schema revision ("pre-migration-0001"), so digits are allowed in it.
_NAME = re.compile(r"^(?P<kind>[A-Za-z0-9_-]+?)-(?P<stamp>\d{8}-\d{6})\.sqlite$")


def list_backups(database: Path) -> list[BackupFile]:
    folder = backups_dir(database)
    found = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m:
                found.append(BackupFile(p, m["kind"], datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def backup_now(database: Path, kind: str = "manual", *, now: datetime | None = None,
               source: Path | None = None) -> Path:
    """Back ``database`` up into its backups folder (from ``source``, an existing copy, if given)."""
    now = now or datetime.now()
    target = backups_dir(database) / f"{kind}-{now:%Y%m%d-%H%M%S}.sqlite"
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
    prune(database)
    return made


def prune(database: Path) -> None:
    by_kind: dict[str, list[BackupFile]] = {}
    for b in list_backups(database):
        by_kind.setdefault(b.kind, []).append(b)
    for kind, keep in (("daily", DAILY_KEEP), ("weekly", WEEKLY_KEEP)):
        for old in by_kind.get(kind, [])[keep:]:
            old.path.unlink(missing_ok=True)


def keep_damaged(database: Path, *, now: datetime | None = None) -> Path:
    """Set aside the raw files of a database that cannot be backed up (it fails its check).

    Only called with the writer's lock held, so the files are not being written.
    """
    import shutil

    now = now or datetime.now()
    target = backups_dir(database) / f"damaged-{now:%Y%m%d-%H%M%S}.sqlite"
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        source = Path(str(database) + suffix)
        if source.exists():
            shutil.copy2(source, Path(str(target) + suffix))
    return target
