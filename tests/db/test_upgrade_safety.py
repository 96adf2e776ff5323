"""An upgrade is all or nothing: killed, failing or out of disk space, the desk opens at the next start.

The 0004 -> 0005 upgrade (an index, the FTS5 search table, three triggers and the index's filling) of a
database with a few thousand organisations is killed in a child process between its statements and at
random moments after its safety copy; the next start must put the copy back (saying so) and upgrade.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

import opn_desk.db.store as store_module
from opn_desk.db import backup
from opn_desk.db.engine import open_engine, session_factory
from opn_desk.db.reference import load_reference_data
from opn_desk.db.store import HEAD, StoreError, _alembic_upgrade, open_store

ORGANISATIONS = 3000
NOW = "2026-01-05 09:15:00"


def _database_at(path: Path, revision: str, organisations: int) -> None:
    engine = open_engine(path)
    _alembic_upgrade(engine, revision)
    with session_factory(engine).begin() as session:
        load_reference_data(session)
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        rows = [(uuid.uuid4().hex, f"Network {i:05d}", f"network {i:05d}", f"network {i:05d}")
                for i in range(organisations)]
        con.executemany("INSERT INTO organisation (id, name, acronym, website, notes, sort_name, search_text, "
                        f"created_at, updated_at, version) VALUES (?, ?, '', '', '', ?, ?, '{NOW}', '{NOW}', 1)", rows)
        con.commit()
    finally:
        con.close()


@pytest.fixture(scope="module")
def at_0004(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "at-0004.sqlite"
    _database_at(path, "0004", ORGANISATIONS)
    return path


@pytest.fixture
def db(tmp_path, at_0004) -> Path:
    path = tmp_path / "desk.sqlite"
    shutil.copyfile(at_0004, path)
    return path


def _scalar(path: Path, sql: str):
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def _schema_names(path: Path) -> set[str]:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    finally:
        con.close()


def _pre_migration_copies(db: Path) -> list[backup.BackupFile]:
    return [b for b in backup.list_backups(db) if b.kind.startswith("pre-migration")]


def _opens_upgraded_and_whole(db: Path) -> store_module.OpenedStore:
    store = open_store(db)
    try:
        with store.engine.connect() as con:
            assert con.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
            assert con.exec_driver_sql("SELECT count(*) FROM organisation").scalar() == ORGANISATIONS
            assert con.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            # The search index was filled by the upgrade: every organisation can be found.
            assert con.exec_driver_sql(
                "SELECT count(*) FROM organisation_search WHERE organisation_search MATCH 'network'").scalar() \
                == ORGANISATIONS
    except BaseException:
        store.close()
        raise
    return store


# --- all or nothing -------------------------------------------------------------------------------

class _FailAfter:
    """Raise in the middle of the upgrade, just after its ``n``-th schema statement has run."""

    def __init__(self, n: int, error: Exception):
        self.n, self.error, self.seen = n, error, 0

    def __call__(self, _conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("CREATE"):
            self.seen += 1
            if self.seen == self.n:
                raise self.error

    def __enter__(self):
        event.listen(Engine, "after_cursor_execute", self)
        return self

    def __exit__(self, *_exc) -> None:
        event.remove(Engine, "after_cursor_execute", self)


@pytest.mark.parametrize("after", [1, 2, 4])
def test_an_upgrade_failing_between_its_statements_changes_nothing(db, after):
    before = _schema_names(db)
    engine = open_engine(db)
    try:
        with _FailAfter(after, RuntimeError("power cut")), pytest.raises(RuntimeError, match="power cut"):
            _alembic_upgrade(engine)
    finally:
        engine.dispose()
    # Nothing of the upgrade stayed: no index, no search table, no trigger, still at 0004.
    assert _schema_names(db) == before
    assert "ix_organisation_browse" not in _schema_names(db)
    assert _scalar(db, "SELECT version_num FROM alembic_version") == "0004"
    assert _scalar(db, "PRAGMA integrity_check") == "ok"


# --- killed -------------------------------------------------------------------------------------

KILL_AFTER_STATEMENT = r"""
import os, signal, sys
from pathlib import Path
from sqlalchemy import event
from sqlalchemy.engine import Engine

after, seen = int(sys.argv[2]), [0]

def count(conn, cursor, statement, *args):
    if statement.lstrip().upper().startswith(("CREATE", "INSERT INTO ORGANISATION_SEARCH", "UPDATE ALEMBIC")):
        seen[0] += 1
        if seen[0] == after:
            os.kill(os.getpid(), signal.SIGKILL)

event.listen(Engine, "after_cursor_execute", count)
from opn_desk.db.store import open_store
open_store(Path(sys.argv[1])).close()
print("finished", flush=True)
"""

JUST_OPEN = r"""
import sys
from pathlib import Path
from opn_desk.db.store import open_store
open_store(Path(sys.argv[1])).close()
print("finished", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("after", [1, 2, 5, 7])
def test_an_upgrade_killed_between_its_statements_is_undone_at_the_next_start(db, after):
    done = subprocess.run([sys.executable, "-c", KILL_AFTER_STATEMENT, str(db), str(after)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    assert "finished" not in done.stdout
    assert len(_pre_migration_copies(db)) == 1  # the copy was taken before the upgrade began

    store = _opens_upgraded_and_whole(db)
    try:
        assert store.migrated_from == "0004"
        assert store.notice and "interrupted" in store.notice and "\n" not in store.notice
    finally:
        store.close()
    # The copy taken before the killed upgrade served the second one: no new copy piled up.
    copies = _pre_migration_copies(db)
    assert len(copies) == 1 and backup.verify(copies[0].path) == []
    assert _scalar(copies[0].path, "SELECT version_num FROM alembic_version") == "0004"
    # And the start after that is an ordinary one.
    again = open_store(db)
    try:
        assert again.migrated_from is None and again.notice is None
    finally:
        again.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_an_upgrade_killed_at_random_moments_never_leaves_the_desk_unopenable(tmp_path, at_0004):
    # How long a whole upgrade takes here, to aim the kills inside it.
    timed = tmp_path / "timed" / "desk.sqlite"
    timed.parent.mkdir()
    shutil.copyfile(at_0004, timed)
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", JUST_OPEN, str(timed)], check=True, capture_output=True, timeout=120)
    whole = time.monotonic() - started

    rnd = random.Random(20260105)
    for n in range(3):
        db = tmp_path / f"round-{n}" / "desk.sqlite"
        db.parent.mkdir()
        shutil.copyfile(at_0004, db)
        child = subprocess.Popen([sys.executable, "-c", JUST_OPEN, str(db)], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE)
        folder = backup.backups_dir(db)
        deadline = time.monotonic() + 120
        while not (folder.is_dir() and list(folder.glob("pre-migration-*.sqlite"))) and child.poll() is None:
            assert time.monotonic() < deadline, "the upgrade never took its safety copy"
            time.sleep(0.002)
        time.sleep(rnd.uniform(0, whole / 2))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        store = _opens_upgraded_and_whole(db)
        store.close()
        assert len(_pre_migration_copies(db)) == 1


@pytest.mark.parametrize("done", [1, 2, 4])
def test_a_desk_left_half_upgraded_by_an_earlier_version_opens(db, done):
    """Versions before the upgrade was one transaction committed each statement of 0005 by itself; a
    kill left desks at 0004 holding part of 0005 ("index ix_organisation_browse already exists" at
    every start). Such a desk, with no marker, upgrades now."""
    statements = [
        "CREATE INDEX ix_organisation_browse ON organisation (sort_name, search_text, merged_into_id, country_id)",
        "CREATE VIRTUAL TABLE organisation_search USING fts5(search_text, content='organisation', "
        "content_rowid='rowid', tokenize='trigram')",
        "CREATE TRIGGER organisation_search_insert AFTER INSERT ON organisation BEGIN "
        "INSERT INTO organisation_search(rowid, search_text) VALUES (new.rowid, new.search_text); END",
        "CREATE TRIGGER organisation_search_delete AFTER DELETE ON organisation BEGIN "
        "INSERT INTO organisation_search(organisation_search, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); END",
    ]
    con = sqlite3.connect(db)
    for sql in statements[:done]:
        con.execute(sql)
    con.commit()
    con.close()
    assert _scalar(db, "SELECT version_num FROM alembic_version") == "0004"
    store = _opens_upgraded_and_whole(db)
    store.close()


# --- a full disk ----------------------------------------------------------------------------------

def _page_limit(extra_pages: int):
    """Every new connection may grow the file by ``extra_pages`` pages only, as on a nearly full disk."""

    def limit(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + extra_pages}")

    return limit


def test_a_disk_filling_up_during_the_upgrade_is_named_and_nothing_is_lost(db):
    limit = _page_limit(5)
    event.listen(Engine, "connect", limit)
    try:
        with pytest.raises(StoreError) as err:
            open_store(db)
    finally:
        event.remove(Engine, "connect", limit)
    message = str(err.value)
    assert "disk is full" in message and str(db.parent) in message and "free some space" in message.lower()
    assert "\n" not in message and "[SQL" not in message and "CREATE" not in message
    assert "did not expect" not in message
    assert _scalar(db, "SELECT version_num FROM alembic_version") == "0004"
    assert not Path(str(db) + ".restoring").exists()
    assert len(_pre_migration_copies(db)) == 1
    # Once there is room again, the next start upgrades.
    store = _opens_upgraded_and_whole(db)
    store.close()


@pytest.mark.parametrize("error", [sqlite3.OperationalError("database or disk is full"),
                                   OSError(28, "No space left on device")])
def test_a_full_disk_reported_by_a_step_of_the_upgrade_is_named(db, monkeypatch, error):
    def full(engine, target="head"):
        raise error

    monkeypatch.setattr(store_module, "_alembic_upgrade", full)
    with pytest.raises(StoreError) as err:
        open_store(db)
    message = str(err.value)
    assert "disk is full" in message and str(db.parent) in message and "free some space" in message.lower()
    assert "\n" not in message and "did not expect" not in message and "Errno" not in message
    assert _scalar(db, "SELECT version_num FROM alembic_version") == "0004"


def test_no_room_for_the_safety_copy_is_named_and_nothing_is_upgraded(db, monkeypatch):
    def full(*_args, **_kwargs):
        raise backup.BackupError("The backup could not be written to x: database or disk is full.") \
            from sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "backup_now", full)
    with pytest.raises(StoreError) as err:
        open_store(db)
    message = str(err.value)
    assert "disk is full" in message and "not upgraded" in message and "free some space" in message.lower()
    assert str(db.parent) in message and "\n" not in message
    assert _scalar(db, "SELECT version_num FROM alembic_version") == "0004"
    assert not Path(str(db) + ".upgrading").exists()


# --- failing again and again ------------------------------------------------------------------------

def test_failed_starts_do_not_pile_up_safety_copies(db, monkeypatch):
    def broken(engine, target="head"):
        raise RuntimeError("a step that cannot work on this data")

    monkeypatch.setattr(store_module, "_alembic_upgrade", broken)
    for _ in range(3):
        with pytest.raises(StoreError, match="cannot work on this data"):
            open_store(db)
        time.sleep(1.05)  # a new copy would have a new name
    assert len(_pre_migration_copies(db)) == 1
    assert _scalar(db, "SELECT version_num FROM alembic_version") == "0004"
    monkeypatch.undo()
    store = _opens_upgraded_and_whole(db)
    store.close()


def test_an_interrupted_upgrade_whose_copy_is_gone_still_opens(db):
    # Left by a start killed after writing its marker, then the copy was deleted by hand.
    Path(str(db) + ".upgrading").write_text(
        '{"copy": "pre-migration-0004-20260101-000000.sqlite", "from": "0004", "started": "2026-01-01T00:00:00"}',
        encoding="utf-8")
    store = _opens_upgraded_and_whole(db)
    store.close()
    assert not Path(str(db) + ".upgrading").exists()


def test_an_interrupted_upgrade_is_left_alone_by_a_read_only_open(db):
    done = subprocess.run([sys.executable, "-c", KILL_AFTER_STATEMENT, str(db), "2"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL
    before = sorted(p.name for p in db.parent.rglob("*"))
    with pytest.raises(StoreError, match="needs an upgrade"):
        open_store(db, readonly=True)
    assert sorted(p.name for p in db.parent.rglob("*")) == before
