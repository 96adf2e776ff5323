"""Backups and restores that cannot hurt the desk: wrong files refused with nothing written, copies
that do not pile up, temporary files cleaned, damage named by `check`."""

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

import opn_desk.db.store as store_module
from opn_desk.db import backup
from opn_desk.db.store import StoreError, open_store


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes. SQLite's own housekeeping is left out: a -shm (readers
    write their marks in it) and an empty -wal (a reader of a WAL database may create one)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith("-shm") and not (p.name.endswith("-wal") and not p.stat().st_size)}


def _one_sentence(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "did not expect" not in lines[0]
    return lines[0]


# --- backup --out ---------------------------------------------------------------------------------

def _spellings(db: Path) -> dict[str, Path]:
    (db.parent / "sub").mkdir(exist_ok=True)
    link = db.parent / "link.sqlite"
    link.symlink_to(db)
    hard = db.parent / "hard.sqlite"
    os.link(db, hard)
    return {"same path": db, "another spelling": db.parent / "sub" / ".." / db.name, "a symlink": link,
            "a hard link": hard}


@pytest.mark.parametrize("spelling", ["same path", "another spelling", "a symlink", "a hard link"])
def test_backup_out_onto_the_open_database_is_refused_and_changes_nothing(db, cli, spelling):
    _add(db, "Earlier")
    store = open_store(db)
    try:
        with store.engine.connect() as holder:  # the desk is open: recent edits are still in the WAL
            holder.execute(text("SELECT 1"))
            with store.engine.begin() as con:
                con.execute(text(INSERT_ORG), {"id": uuid.uuid4().hex, "now": NOW, "name": "Still in the WAL"})
            out = _spellings(db)[spelling]
            before = _snapshot(db.parent)
            for force in ((), ("--force",)):
                result = cli("backup", "--db", db, "--out", out, *force)
                assert result.returncode == 2, result.stdout + result.stderr
                assert "database itself" in _one_sentence(result)
                assert "written" not in result.stdout
                assert _snapshot(db.parent) == before
            with store.engine.begin() as con:  # the desk goes on writing
                con.execute(text(INSERT_ORG), {"id": uuid.uuid4().hex, "now": NOW, "name": "Later"})
    finally:
        store.close()
    assert backup.verify(db) == []
    assert _names(db) == ["Earlier", "Later", "Still in the WAL"]


@pytest.mark.parametrize("which", ["-wal", "-shm", ".lock", "a backup"])
def test_backup_out_onto_the_desks_own_files_is_refused_even_with_force(db, cli, which):
    made = backup.backup_now(db, now=datetime(2026, 1, 2, 3, 4, 5))
    Path(str(db) + ".lock").write_text("held by this test", encoding="utf-8")
    store = open_store(db)
    try:
        with store.engine.connect() as holder:  # open: its -wal and -shm exist
            holder.execute(text("SELECT count(*) FROM organisation"))
            out = made if which == "a backup" else Path(str(db) + which)
            assert out.exists()
            before = _snapshot(db.parent)
            result = cli("backup", "--db", db, "--out", out, "--force")
            assert result.returncode == 2
            said = _one_sentence(result)
            assert ("desk's backups" if which == "a backup" else "database's working files") in said
            assert _snapshot(db.parent) == before
    finally:
        store.close()


def test_backup_out_over_an_existing_file_needs_force(db, tmp_path, cli):
    out = tmp_path / "elsewhere" / "copy.sqlite"
    out.parent.mkdir()
    out.write_text("a file the officer keeps", encoding="utf-8")
    result = cli("backup", "--db", db, "--out", out)
    assert result.returncode == 2
    assert "--force" in _one_sentence(result) and "already exists" in result.stderr
    assert out.read_text(encoding="utf-8") == "a file the officer keeps"

    result = cli("backup", "--db", db, "--out", out, "--force")
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and "verified" in result.stdout
    assert backup.verify(out) == []


# --- restore: refused, nothing written ------------------------------------------------------------

def _foreign(tmp_path: Path) -> Path:
    path = tmp_path / "source" / "other-app.sqlite"
    path.parent.mkdir(exist_ok=True)
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        con.execute("INSERT INTO notes (body) VALUES ('not a desk')")
    con.close()
    return path


def _newer(db: Path, tmp_path: Path) -> Path:
    path = backup.copy_database(db, tmp_path / "source" / "from-a-newer-version.sqlite")
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    return path


def _damaged(db: Path, tmp_path: Path) -> Path:
    path = backup.copy_database(db, tmp_path / "source" / "damaged-copy.sqlite")
    _damage(path)
    return path


def _not_sqlite(_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "source" / "organisations.sqlite"
    path.parent.mkdir(exist_ok=True)
    path.write_text("name,country\nUNEP,KEN\n" * 200, encoding="utf-8")
    return path


SOURCES = {
    "another application's database": (lambda db, tmp: _foreign(tmp), "not an OPN Desk database"),
    "a copy from a newer version": (_newer, "newer version"),
    "a damaged copy": (_damaged, "damaged"),
    "a file that is not SQLite": (_not_sqlite, "not an OPN Desk database"),
    "the database itself": (lambda db, tmp: db, "database itself"),
}


@pytest.mark.parametrize("kind", list(SOURCES))
def test_restore_from_a_wrong_file_is_refused_and_writes_nothing(db, tmp_path, cli, kind):
    _add(db, "Current")
    make, said = SOURCES[kind]
    source = make(db, tmp_path)
    before = _snapshot(tmp_path)
    result = cli("restore", "--db", db, "--from", source)
    assert result.returncode == 2, result.stdout + result.stderr
    assert said in _one_sentence(result)
    assert _snapshot(tmp_path) == before  # no before-restore copy, no .restoring, the database byte-identical
    assert _names(db) == ["Current"]


@pytest.mark.parametrize("kind", list(SOURCES))
def test_restore_database_refuses_a_wrong_file_before_writing_anything(db, tmp_path, kind):
    make, said = SOURCES[kind]
    source = make(db, tmp_path)
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match=said) as err:
        store_module.restore_database(db, source)
    assert "\n" not in str(err.value)
    assert _snapshot(tmp_path) == before


def test_plain_restore_takes_the_newest_backup_that_passes(db, cli):
    _add(db, "Good then")
    good = backup.backup_now(db, now=datetime(2026, 1, 1, 9, 0, 0))
    _add(db, "Damaged later")
    bad = backup.backup_now(db, now=datetime(2026, 1, 2, 9, 0, 0))
    _damage(bad)
    folder = backup.backups_dir(db)
    # A before-restore copy is the state a restore replaced, not a backup to go back to blindly; a
    # damaged-* copy was set aside because it is damaged, here truncated by a full disk.
    backup.backup_now(db, "before-restore", now=datetime(2026, 1, 3, 9, 0, 0))
    truncated = folder / "damaged-20260104-090000.sqlite"
    truncated.write_bytes(db.read_bytes()[: db.stat().st_size // 3])
    _add(db, "Newest edit")

    result = cli("restore", "--db", db)
    assert result.returncode == 0, result.stderr
    assert str(good) in result.stdout
    assert _names(db) == ["Good then"]
    kept = [b for b in backup.list_backups(db) if b.kind == "before-restore"]
    assert len(kept) == 2 and _names(kept[0].path) == ["Damaged later", "Good then", "Newest edit"]


def test_plain_restore_with_no_backup_that_passes_changes_nothing(db, cli):
    _add(db, "Current")
    bad = backup.backup_now(db, now=datetime(2026, 1, 2, 9, 0, 0))
    _damage(bad)
    before = _snapshot(db.parent)
    result = cli("restore", "--db", db)
    assert result.returncode == 2
    assert "passes" in _one_sentence(result)
    assert _snapshot(db.parent) == before


def test_a_before_restore_copy_that_cannot_be_written_leaves_nothing_and_restores_nothing(db, tmp_path,
                                                                                          monkeypatch):
    import shutil

    _add(db, "Good")
    good = backup.copy_database(db, tmp_path / "good.sqlite")
    _add(db, "Current")
    _damage(db)  # so its raw files are what is kept
    before = _snapshot(db.parent)
    real = shutil.copyfile

    def half_then_full(source, target, *args, **kwargs):
        with open(source, "rb") as f, open(target, "wb") as out:
            out.write(f.read(4096))
        raise OSError(28, "No space left on device", str(target))

    monkeypatch.setattr(shutil, "copyfile", half_then_full)
    with pytest.raises(StoreError) as err:
        store_module.restore_database(db, good)
    monkeypatch.setattr(shutil, "copyfile", real)
    assert "disk is full" in str(err.value)
    assert _snapshot(db.parent) == before  # no truncated damaged-* copy, no temporary file, same database


def test_restore_database_keeps_the_current_state_and_restores(db, tmp_path):
    _add(db, "Then")
    saved = backup.copy_database(db, tmp_path / "saved.sqlite")
    _add(db, "Now")
    kept = store_module.restore_database(db, saved)
    assert kept is not None and kept.parent == backup.backups_dir(db) and kept.name.startswith("before-restore-")
    assert _names(kept) == ["Now", "Then"]
    assert _names(db) == ["Then"]
    assert not Path(str(db) + ".restoring").exists()
    store = open_store(db)
    store.close()


# --- what the window lists ------------------------------------------------------------------------

def test_restorable_backups_describe_every_copy_newest_first(db):
    _add(db, "One", "Two")
    older = backup.backup_now(db, now=datetime(2026, 1, 1, 9, 0, 0))
    _add(db, "Three")
    newer = backup.backup_now(db, "daily", now=datetime(2026, 1, 2, 9, 0, 0))
    damaged = backup.backup_now(db, "before-restore", now=datetime(2026, 1, 3, 9, 0, 0))
    _damage(damaged)

    listed = backup.restorable_backups(db)
    assert [b.path for b in listed] == [damaged, newer, older]
    assert [b.kind for b in listed] == ["before-restore", "daily", "manual"]
    assert listed[1].taken == datetime(2026, 1, 2, 9, 0, 0)
    assert listed[1].size == newer.stat().st_size
    assert (listed[1].organisations, listed[2].organisations) == (3, 2)
    assert listed[1].passes and listed[2].passes
    assert not listed[0].passes and listed[0].problem and listed[0].organisations is None
    assert [b.path for b in backup.restorable_backups(db, quick=True)] == [damaged, newer, older]


# --- temporary files and pruning ------------------------------------------------------------------

def _aged(path: Path, data: bytes = b"partial", *, hours: float = 3) -> Path:
    path.write_bytes(data)
    then = (datetime.now() - timedelta(hours=hours)).timestamp()
    os.utime(path, (then, then))
    return path


def test_a_start_cleans_the_temporary_files_it_left(db):
    folder = backup.backups_dir(db)
    folder.mkdir()
    ours = [
        _aged(Path(str(db) + ".restoring")),
        _aged(Path(str(db) + ".restoring.partial")),
        _aged(Path(str(db) + ".restoring.partial-journal"), hours=0),
        _aged(folder / "manual-20200101-000000.sqlite.partial"),
        _aged(folder / "manual-20200101-000000.sqlite.partial-journal"),
        _aged(folder / "damaged-20200101-000000.sqlite-wal.partial"),
    ]
    theirs = [
        _aged(db.parent / "other.sqlite.restoring"),  # another database's
        _aged(db.parent / "desk.sqlite.notes"),
        _aged(folder / "notes.partial"),
        _aged(folder / "daily-20200101-000000.sqlite.partial", hours=0),  # being written by `backup` now
    ]
    open_store(db, readonly=True).close()
    assert all(p.exists() for p in ours)  # a read-only open writes (and deletes) nothing
    open_store(db).close()
    assert [p for p in ours if p.exists()] == []
    assert [p for p in theirs if not p.exists()] == []


def _copy(db: Path, kind: str, taken: datetime) -> Path:
    return backup.backup_now(db, kind, now=taken)


def test_prune_keeps_three_of_each_kind_and_a_month(db):
    now = datetime(2026, 6, 1, 12, 0, 0)
    made = {}
    for kind in ("manual", "before-restore", "pre-migration-0004"):
        made[kind] = [_copy(db, kind, now - timedelta(days=d)) for d in (3, 40, 50, 60, 70)]
    folder = backup.backups_dir(db)
    damaged = []
    for d in (5, 45, 55, 65, 75):
        raw = folder / f"damaged-{now - timedelta(days=d):%Y%m%d-%H%M%S}.sqlite"
        raw.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
        Path(str(raw) + "-wal").write_bytes(b"\xff" * 4096)
        damaged.append(raw)
    daily = [_copy(db, "daily", now - timedelta(days=d)) for d in range(9)]

    backup.prune(db, now=now)
    for kind, copies in made.items():
        assert [p.exists() for p in copies] == [True, True, True, False, False], kind
    assert [p.exists() for p in damaged] == [True, True, True, False, False]
    assert not Path(str(damaged[-1]) + "-wal").exists() and Path(str(damaged[0]) + "-wal").exists()
    assert [p.exists() for p in daily] == [True] * 7 + [False] * 2


def test_prune_never_removes_the_newest_good_copy(db):
    now = datetime(2026, 6, 1, 12, 0, 0)
    _add(db, "The only good state")
    good = _copy(db, "manual", now - timedelta(days=400))
    for d in (300, 200, 100):
        _damage(_copy(db, "manual", now - timedelta(days=d)))
    broken_daily = [_copy(db, "daily", now - timedelta(days=d)) for d in (1, 2)]
    for path in broken_daily:
        _damage(path)

    backup.prune(db, now=now)
    assert good.exists()
    assert _names(good) == ["The only good state"]


def test_the_rolling_backup_at_each_start_prunes_safety_copies_that_piled_up(db):
    long_ago = datetime.now() - timedelta(days=100)
    old = [_copy(db, "before-restore", long_ago + timedelta(days=d)) for d in range(6)]
    backup.rolling_backup(db)
    assert [p.exists() for p in old] == [False, False, False, True, True, True]


# --- damage named by check ------------------------------------------------------------------------

def _damage_schema(path: Path) -> None:
    """Overwrite the first page after its 100-byte header: the table of tables is unreadable."""
    with path.open("r+b") as f:
        f.seek(100)
        f.write(b"\xff" * (4096 - 100))


@pytest.mark.parametrize("where", ["the table of tables", "a page of data"])
def test_check_names_damage_in_one_line_and_exits_1(db, cli, where):
    _add(db, *(f"Organisation {i:04d}" for i in range(400)))
    (_damage_schema if where == "the table of tables" else _damage)(db)
    result = cli("check", "--db", db)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    named = [line for line in result.stdout.splitlines() if line.startswith("- ")]
    assert len(named) == 1 and "File > Restore from backup" in named[0]


def test_find_damage(db):
    assert store_module.find_damage(db) == [] and store_module.find_damage(db, quick=False) == []
    _add(db, *(f"Organisation {i:04d}" for i in range(400)))
    _damage(db)
    for quick in (True, False):
        found = store_module.find_damage(db, quick=quick)
        assert found and all(isinstance(p, str) and p and "\n" not in p for p in found)
    _damage_schema(db)
    assert store_module.find_damage(db)


def test_find_damage_of_a_missing_file_is_an_error_not_damage(tmp_path):
    with pytest.raises(StoreError):
        store_module.find_damage(tmp_path / "gone.sqlite")
    assert not (tmp_path / "gone.sqlite").exists()
