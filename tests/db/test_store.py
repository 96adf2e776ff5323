"""Opening the database: create, recognise, refuse, migrate and restore on failure."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

import opn_desk.db.store as store_module
from opn_desk.db import backup
from opn_desk.db.store import HEAD, KNOWN_REVISIONS, StoreError, open_store, restore_file

MIGRATIONS = Path(store_module.__file__).parent / "migrations"
NOW = "2026-01-01 00:00:00.000000"


def _script_directory():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg)


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _scalar(path: Path, sql: str):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def _add_marker(path: Path, name: str = "Marker Organisation") -> str:
    oid = uuid.uuid4().hex
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "INSERT INTO organisation (id, created_at, updated_at, version, name, acronym, website, notes, "
            "sort_name, search_text) VALUES (?, ?, ?, 1, ?, '', '', '', ?, ?)",
            (oid, NOW, NOW, name, name.lower(), name.lower()))
    con.close()
    return oid


def _set_revision(path: Path, revision: str) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.close()


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "desk.sqlite"
    open_store(path).close()
    return path


# --- creating -------------------------------------------------------------------------------------

def test_a_new_database_is_migrated_and_loaded_with_reference_data(tmp_path):
    path = tmp_path / "new.sqlite"
    store = open_store(path)
    try:
        assert store.migrated_from is None and not store.readonly
        with store.engine.connect() as con:
            assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            assert con.execute(text("SELECT count(*) FROM programme")).scalar() == 6
            assert con.execute(text("SELECT count(*) FROM country")).scalar() == 249
            codes = set(con.execute(text("SELECT code FROM programme")).scalars())
            assert codes == {"SPP", "CI", "SFS", "SLE", "STP", "SBC"}
            # Namibia's ISO2 code "NA" is a string, not a missing value.
            assert con.execute(text("SELECT iso2 FROM country WHERE iso3 = 'NAM'")).scalar() == "NA"
    finally:
        store.close()


def test_an_empty_file_is_treated_as_new(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    store = open_store(path)
    store.close()
    assert _scalar(path, "SELECT count(*) FROM country") == 249


def test_a_failed_creation_leaves_no_half_made_file(tmp_path, monkeypatch):
    def broken(engine, target="head"):
        raise RuntimeError("boom")

    monkeypatch.setattr(store_module, "_alembic_upgrade", broken)
    path = tmp_path / "new.sqlite"
    with pytest.raises(RuntimeError):
        open_store(path)
    assert not path.exists()
    assert not Path(str(path) + "-wal").exists()


def _pragmas(con) -> tuple:
    return (con.execute(text("PRAGMA foreign_keys")).scalar(),
            con.execute(text("PRAGMA journal_mode")).scalar(),
            con.execute(text("PRAGMA synchronous")).scalar())


def test_pragmas_on_every_connection(db):
    store = open_store(db)
    try:
        with store.engine.connect() as first, store.engine.connect() as second:
            # Two different connections from the pool, both set up the same way.
            assert first.connection.dbapi_connection is not second.connection.dbapi_connection
            assert _pragmas(first) == (1, "wal", 2)
            assert _pragmas(second) == (1, "wal", 2)
        store.engine.dispose()
        with store.engine.connect() as fresh:
            assert _pragmas(fresh) == (1, "wal", 2)
    finally:
        store.close()


def test_pragmas_on_a_read_only_store(db):
    store = open_store(db, readonly=True)
    try:
        with store.engine.connect() as con:
            assert _pragmas(con) == (1, "wal", 2)
            with pytest.raises(Exception, match="readonly"):
                con.execute(text("DELETE FROM programme"))
    finally:
        store.close()


def test_reopening_does_not_migrate_again(db, monkeypatch):
    def must_not_run(engine, target="head"):
        raise AssertionError("a current database was migrated again")

    monkeypatch.setattr(store_module, "_alembic_upgrade", must_not_run)
    store = open_store(db)
    try:
        assert store.migrated_from is None
        with store.engine.connect() as con:
            assert con.execute(text("SELECT count(*) FROM programme")).scalar() == 6
            assert con.execute(text("SELECT count(*) FROM country")).scalar() == 249
    finally:
        store.close()
    assert not backup.list_backups(db)


# --- refusing what is not ours --------------------------------------------------------------------

def test_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "organisations.csv"
    path.write_bytes(b"name,country\nUNEP,KEN\n" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not an SQLite file"):
        open_store(path)
    assert path.read_bytes() == before


def test_an_sqlite_file_with_other_tables(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        con.execute("INSERT INTO notes (body) VALUES ('keep me')")
    con.close()
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(StoreError, match="not an OPN Desk database"):
            open_store(path, readonly=readonly)
    assert path.read_bytes() == before


def test_a_damaged_header_page(tmp_path):
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
    with pytest.raises(StoreError, match="damaged or is not an OPN Desk database"):
        open_store(path)


def test_a_missing_file_opened_read_only(tmp_path):
    path = tmp_path / "missing.sqlite"
    with pytest.raises(StoreError, match="There is no database at"):
        open_store(path, readonly=True)
    with pytest.raises(StoreError, match="There is no database at"):
        open_store(path, create=False)
    assert not path.exists()


def test_a_missing_folder(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no-such-folder" / "desk.sqlite")


def test_a_folder(tmp_path):
    folder = tmp_path / "desk.sqlite"
    folder.mkdir()
    with pytest.raises(StoreError, match="is a folder"):
        open_store(folder)
    with pytest.raises(StoreError, match="is a folder"):
        open_store(folder, readonly=True)


def test_a_database_from_a_newer_version(db):
    _set_revision(db, "9999")
    before = _dump(db)
    for readonly in (False, True):
        with pytest.raises(StoreError, match="newer version of OPN Desk") as err:
            open_store(db, readonly=readonly)
        assert "9999" in str(err.value)
    assert _dump(db) == before
    assert not backup.list_backups(db)


def test_an_older_database_opened_read_only_is_refused(db, monkeypatch):
    monkeypatch.setattr(store_module, "KNOWN_REVISIONS", ("0000", *KNOWN_REVISIONS))
    _set_revision(db, "0000")
    with pytest.raises(StoreError, match="needs an upgrade"):
        open_store(db, readonly=True)


# --- the migrations -------------------------------------------------------------------------------

def test_known_revisions_match_the_migrations_folder():
    scripts = _script_directory()
    oldest_first = [r.revision for r in reversed(list(scripts.walk_revisions()))]
    assert list(KNOWN_REVISIONS) == oldest_first
    assert scripts.get_heads() == [HEAD]
    assert scripts.get_current_head() == HEAD


def test_no_drift_between_models_and_migrations(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from opn_desk.db.models import Base
    from opn_desk.services.organisation_search import SEARCH_INDEX

    def modelled(name, type_, _parent_names) -> bool:
        # The trigram search index (FTS5 and its shadow tables) lives in migration 0005 alone.
        return not (type_ == "table" and (name == SEARCH_INDEX or name.startswith(SEARCH_INDEX + "_")))

    store = open_store(db)
    try:
        with store.engine.connect() as con:
            context = MigrationContext.configure(con, opts={"compare_type": True, "render_as_batch": True,
                                                            "include_name": modelled})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        store.close()


def _pretend_older(db: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "KNOWN_REVISIONS", ("0000", *KNOWN_REVISIONS))
    _set_revision(db, "0000")


def test_a_failed_migration_restores_the_file_exactly(db, monkeypatch):
    _add_marker(db)
    _pretend_older(db, monkeypatch)
    before = _dump(db)
    calls = []

    def half_done_then_fails(engine, target="head"):
        calls.append(target)
        # Commit damage, as a batch migration without transactional DDL would, then fail.
        with engine.begin() as con:
            con.execute(text("UPDATE organisation SET name = 'half migrated'"))
            con.execute(text("DELETE FROM country WHERE iso3 = 'FRA'"))
            con.execute(text("CREATE TABLE _alembic_tmp_organisation (x)"))
            con.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": HEAD})
        raise RuntimeError("disk full in step 2")

    monkeypatch.setattr(store_module, "_alembic_upgrade", half_done_then_fails)
    with pytest.raises(StoreError) as err:
        open_store(db)
    message = str(err.value)
    assert calls == ["head"]
    assert "restored" in message and "disk full in step 2" in message
    assert "Traceback" not in message and "\n" not in message

    assert _dump(db) == before
    assert _scalar(db, "SELECT name FROM organisation") == "Marker Organisation"
    assert _scalar(db, "SELECT version_num FROM alembic_version") == "0000"
    assert not Path(str(db) + "-wal").exists()
    assert not Path(str(db) + ".restoring").exists()

    safety = [b for b in backup.list_backups(db) if b.kind.startswith("pre-migration")]
    assert len(safety) == 1 and str(safety[0].path) in message
    assert backup.verify(safety[0].path) == []
    assert _dump(safety[0].path) == before


def test_broken_references_after_a_migration_restore_the_file(db, monkeypatch):
    _add_marker(db)
    _pretend_older(db, monkeypatch)
    before = _dump(db)

    def leaves_a_dangling_reference(engine, target="head"):
        # Batch migrations run with foreign keys off; a wrong copy step can leave orphans.
        with engine.connect() as con:
            con.exec_driver_sql("PRAGMA foreign_keys=OFF")
            con.execute(text(
                "INSERT INTO person (id, created_at, updated_at, version, name, email, phone, organisation_id,"
                " gender) VALUES (:id, :now, :now, 1, 'Orphan', '', '', :org, 'unknown')"),
                {"id": uuid.uuid4().hex, "now": NOW, "org": uuid.uuid4().hex})
            con.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": HEAD})
            con.commit()
            con.exec_driver_sql("PRAGMA foreign_keys=ON")

    monkeypatch.setattr(store_module, "_alembic_upgrade", leaves_a_dangling_reference)
    with pytest.raises(StoreError, match="broken references.*restored"):
        open_store(db)
    assert _dump(db) == before


def test_a_successful_migration_records_where_it_came_from(db, monkeypatch):
    marker = _add_marker(db)
    _pretend_older(db, monkeypatch)

    def upgrade(engine, target="head"):
        with engine.begin() as con:
            con.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": HEAD})

    monkeypatch.setattr(store_module, "_alembic_upgrade", upgrade)
    store = open_store(db)
    try:
        assert store.migrated_from == "0000"
        with store.engine.connect() as con:
            assert con.execute(text("SELECT count(*) FROM organisation WHERE id = :i"), {"i": marker}).scalar() == 1
            assert _pragmas(con) == (1, "wal", 2)
    finally:
        store.close()
    safety = [b for b in backup.list_backups(db) if b.kind.startswith("pre-migration")]
    assert len(safety) == 1 and backup.verify(safety[0].path) == []
    assert _scalar(safety[0].path, "SELECT version_num FROM alembic_version") == "0000"

    again = open_store(db)
    try:
        assert again.migrated_from is None
    finally:
        again.close()


def test_restore_file_refuses_a_damaged_source(db, tmp_path):
    damaged = tmp_path / "damaged.sqlite"
    backup.copy_database(db, damaged)
    pages = damaged.stat().st_size // 4096
    with damaged.open("r+b") as f:
        f.seek(pages * 3 // 4 * 4096)
        f.write(b"\xff" * 4096 * 3)
    before = _dump(db)
    with pytest.raises(StoreError, match="failed its check"):
        restore_file(damaged, db)
    assert _dump(db) == before
