"""Backups: written through SQLite's backup API, verified, rolled, restored."""

from __future__ import annotations

import os
import sqlite3
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from desk_files import INSERT_ORG, NOW
from desk_files import add_organisations as _add
from desk_files import damage as _damage
from desk_files import organisation_names as _names
from sqlalchemy import text

from opn_desk.cli import main
from opn_desk.db import backup
from opn_desk.db.backup import BackupError
from opn_desk.db.store import open_store, restore_file


def _wal(path: Path) -> Path:
    return Path(str(path) + "-wal")


def test_backup_of_an_open_database_includes_what_is_still_in_the_wal(db):
    store = open_store(db)
    try:
        with store.engine.connect() as holder:  # an open connection: nothing is checkpointed on close
            holder.execute(text("SELECT 1"))
            with store.engine.begin() as con:
                con.execute(text(INSERT_ORG), [{"id": uuid.uuid4().hex, "now": NOW, "name": f"Org {i:03d}"}
                                               for i in range(300)])
            assert _wal(db).exists() and _wal(db).stat().st_size > 0
            target = backup.backup_now(db, now=datetime(2026, 3, 1, 10, 30, 0))
            assert _wal(db).stat().st_size > 0  # the backup did not need a checkpoint either
    finally:
        store.close()
    assert target == backup.backups_dir(db) / "manual-20260301-103000.sqlite"
    assert backup.verify(target) == []
    assert _names(target) == _names(db) and len(_names(target)) == 300
    assert not _wal(target).exists()
    con = sqlite3.connect(target)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # a standalone file
        assert con.execute("SELECT count(*) FROM country").fetchone()[0] == 249
    finally:
        con.close()
    assert [b.kind for b in backup.list_backups(db)] == ["manual"]


def test_verify_reports_a_damaged_copy(db, tmp_path):
    copy = backup.copy_database(db, tmp_path / "copy.sqlite")
    assert backup.verify(copy) == []
    _damage(copy)
    problems = backup.verify(copy)
    assert problems and all(isinstance(p, str) and p for p in problems)
    assert backup.verify(tmp_path / "not-there.sqlite")


def test_copy_database_refuses_a_damaged_source(db, tmp_path):
    damaged = backup.copy_database(db, tmp_path / "source.sqlite")
    _damage(damaged)
    target = tmp_path / "out" / "copy.sqlite"
    with pytest.raises(BackupError, match="failed its check|could not be written"):
        backup.copy_database(damaged, target)
    assert not target.exists()
    assert not list(target.parent.glob("*.partial"))


def test_copy_database_of_a_missing_or_foreign_file_is_a_backup_error(tmp_path):
    with pytest.raises(BackupError):
        backup.copy_database(tmp_path / "missing.sqlite", tmp_path / "copy.sqlite")
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database " * 500)
    with pytest.raises(BackupError):
        backup.copy_database(text_file, tmp_path / "copy.sqlite")
    assert not (tmp_path / "copy.sqlite").exists()
    assert not (tmp_path / "missing.sqlite").exists()


def test_rolling_backups_keep_seven_daily_and_four_weekly(db):
    start = datetime(2026, 1, 1, 9, 0, 0)  # a Thursday
    for day in range(40):
        now = start + timedelta(days=day)
        _add(db, f"Org of day {day:02d}")
        made = backup.rolling_backup(db, now=now)
        assert made is not None and made.exists()
        listing = {b.path for b in backup.list_backups(db)}
        # Idempotent within the day: nothing new, nothing lost.
        assert backup.rolling_backup(db, now=now + timedelta(hours=5)) is None
        assert {b.path for b in backup.list_backups(db)} == listing

    found = backup.list_backups(db)
    daily = [b for b in found if b.kind == "daily"]
    weekly = [b for b in found if b.kind == "weekly"]
    assert len(daily) == backup.DAILY_KEEP == 7
    assert len(weekly) == backup.WEEKLY_KEEP == 4
    assert len(found) == 11
    last = start + timedelta(days=39)
    assert [b.taken.date() for b in daily] == [(last - timedelta(days=i)).date() for i in range(7)]
    weeks = [b.taken.isocalendar()[:2] for b in weekly]
    assert len(set(weeks)) == 4 and weeks == sorted(weeks, reverse=True)
    assert weeks[0] == last.isocalendar()[:2]
    # Each copy holds the database as it was that day, and checks out.
    assert len(_names(daily[0].path)) == 40 and len(_names(daily[-1].path)) == 34
    for b in found:
        assert backup.verify(b.path) == []


def test_restore_file_replaces_the_contents_and_drops_a_stale_wal(db, tmp_path):
    _add(db, "Before")
    saved = backup.copy_database(db, tmp_path / "saved.sqlite")

    # A WAL with later, uncheckpointed changes: replayed onto the restored file it would bring
    # "After" back or damage it.
    store = open_store(db)
    try:
        with store.engine.connect() as holder:
            holder.execute(text("SELECT 1"))
            with store.engine.begin() as con:
                con.execute(text(INSERT_ORG), {"id": uuid.uuid4().hex, "now": NOW, "name": "After"})
            stale_wal = _wal(db).read_bytes()
            stale_shm = Path(str(db) + "-shm").read_bytes()
    finally:
        store.close()
    assert len(stale_wal) > 0
    _wal(db).write_bytes(stale_wal)
    Path(str(db) + "-shm").write_bytes(stale_shm)

    restore_file(saved, db)
    assert not _wal(db).exists() and not Path(str(db) + "-shm").exists()
    assert not Path(str(db) + ".restoring").exists()
    assert _names(db) == ["Before"]
    assert backup.verify(db) == []
    store = open_store(db)  # and the desk opens it as usual
    store.close()
    assert _names(db) == ["Before"]


# --- the command ---------------------------------------------------------------------------------

def test_cli_backup_and_restore_round_trip(db, capsys):
    _add(db, "Earlier")
    assert main(["backup", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    (made,) = backup.list_backups(db)
    assert made.kind == "manual" and str(made.path) in out and "verified" in out

    _add(db, "Later")
    assert main(["restore", "--db", str(db), "--from", str(made.path)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out
    assert _names(db) == ["Earlier"]
    kept = [b for b in backup.list_backups(db) if b.kind == "before-restore"]
    assert len(kept) == 1 and str(kept[0].path) in out
    assert _names(kept[0].path) == ["Earlier", "Later"]
    assert not Path(str(db) + ".lock").exists()


def test_cli_backup_to_a_chosen_file_and_restore_the_newest(db, tmp_path, capsys):
    out_file = tmp_path / "elsewhere" / "copy.sqlite"
    assert main(["backup", "--db", str(db), "--out", str(out_file)]) == 0
    assert backup.verify(out_file) == []
    _add(db, "Only Org")
    backup.backup_now(db, now=datetime(2020, 1, 1))
    _add(db, "Second Org")
    assert main(["restore", "--db", str(db)]) == 0
    assert _names(db) == ["Only Org"]


def test_cli_restore_without_backups(db, capsys):
    assert main(["restore", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "no backups" in err and "Traceback" not in err


def test_cli_restore_from_a_missing_file(db, tmp_path, capsys):
    assert main(["restore", "--db", str(db), "--from", str(tmp_path / "nope.sqlite")]) == 2
    assert "no backup file" in capsys.readouterr().err


def test_cli_backup_of_a_missing_database(tmp_path, capsys):
    assert main(["backup", "--db", str(tmp_path / "missing.sqlite")]) == 2
    err = capsys.readouterr().err
    assert "no database" in err and "Traceback" not in err


def test_cli_restore_is_refused_while_another_desk_holds_the_database(db, capsys):
    import json
    import socket

    _add(db, "Mine")
    made = backup.backup_now(db)
    _add(db, "Theirs")
    Path(str(db) + ".lock").write_text(json.dumps(
        {"host": socket.gethostname(), "pid": os.getppid(), "user": "colleague",
         "since": datetime.now().isoformat(timespec="seconds")}))
    assert main(["restore", "--db", str(db), "--from", str(made)]) == 2
    assert "colleague" in capsys.readouterr().err
    assert _names(db) == ["Mine", "Theirs"]


def test_restore_replaces_a_damaged_database_and_keeps_its_raw_files(tmp_path, capsys):
    from opn_desk.cli import main
    from opn_desk.db.store import open_store

    db = tmp_path / "desk.sqlite"
    open_store(db).close()
    good = tmp_path / "good.sqlite"
    assert main(["backup", "--db", str(db), "--out", str(good)]) == 0
    data = bytearray(db.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096
    db.write_bytes(bytes(data))
    assert main(["restore", "--db", str(db), "--from", str(good)]) == 0
    assert "damaged-" in capsys.readouterr().out
    assert main(["check", "--db", str(db)]) == 0
