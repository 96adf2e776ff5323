"""`server upload` into an empty server database and `server download` back: the round trip gives the
same rows in every table; a database that is not empty is refused and left as it was."""

from __future__ import annotations

import sqlite3

import pytest


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from tests.conftest import run_cli

    path = tmp_path_factory.mktemp("demo") / "desk.sqlite"
    done = run_cli("demo", "--db", path, "--organisations", "150")
    assert done.returncode == 0, done.stderr
    return path


def _tables(path) -> dict[str, list[tuple]]:
    from opn_desk.db.models import Base

    con = sqlite3.connect(path)
    try:
        return {t.name: sorted(map(repr, con.execute(f'SELECT * FROM "{t.name}"')))
                for t in Base.metadata.sorted_tables if t.name != "sync_self"}
    finally:
        con.close()


def test_upload_then_download_gives_back_every_row(demo_file, pg_url, cli, tmp_path):
    done = cli("server", "upload", "--db", demo_file, "--to", pg_url)
    assert done.returncode == 0, done.stderr
    assert "row count and checksum match" in done.stdout

    done = cli("check", "--db", pg_url)
    assert done.returncode == 0, done.stdout + done.stderr

    copy = tmp_path / "offline.sqlite"
    done = cli("server", "download", "--from", pg_url, "--out", copy)
    assert done.returncode == 0, done.stderr
    original, back = _tables(demo_file), _tables(copy)
    assert set(original) == set(back)
    for name in original:
        assert back[name] == original[name], name
    assert sum(len(rows) for rows in original.values()) > 1000
    done = cli("check", "--db", copy)
    assert done.returncode == 0, done.stdout + done.stderr
    # the registry's FTS5 index of the offline copy holds the organisations
    done = cli("check", "--db", copy)
    assert "healthy" in done.stdout


def test_upload_refuses_a_database_that_is_not_empty_and_changes_nothing(demo_file, pg_url, cli):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("CREATE TABLE notes (id integer)")
    done = cli("server", "upload", "--db", demo_file, "--to", pg_url)
    assert done.returncode == 2
    assert "is not empty" in done.stderr and done.stderr.count("\n") == 1
    with psycopg.connect(pg_url) as con:
        assert [r[0] for r in con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")] == ["notes"]


def test_an_uploaded_desk_takes_new_edits_after_the_copied_ones(demo_file, pg_url, cli):
    from opn_desk.db.store import open_store
    from opn_desk.domain.registry import OrganisationInput
    from opn_desk.services import registry
    from opn_desk.services.desk import Desk

    assert cli("server", "upload", "--db", demo_file, "--to", pg_url).returncode == 0
    store = open_store(pg_url, create=False)
    try:
        desk = Desk(store, actor="Server Officer")
        org = desk.write("Add Harbour Trust", registry.create_organisation, OrganisationInput("Harbour Trust")).value
        assert desk.read(registry.get_organisation, org).name == "Harbour Trust"
    finally:
        store.close()


def test_download_refuses_an_existing_file(pg_store, cli, tmp_path):
    out = tmp_path / "there.sqlite"
    out.write_bytes(b"keep me")
    done = cli("server", "download", "--from", pg_store.path, "--out", out)
    assert done.returncode == 2 and "already exists" in done.stderr
    assert out.read_bytes() == b"keep me"


def test_a_desk_shared_with_laptops_uploads_with_its_64_bit_operation_ids(demo_file, pg_url, cli, tmp_path):
    """Operation ids (no << 40 | seq) and clocks (ms << 16) overflow PostgreSQL's 32-bit integer."""
    import shutil

    from opn_desk.db.store import open_store
    from opn_desk.domain.registry import OrganisationInput
    from opn_desk.services import registry
    from opn_desk.services.desk import Desk

    desk_file = tmp_path / "shared.sqlite"
    shutil.copy(demo_file, desk_file)
    assert cli("sync", "clone", "--db", desk_file, "--out", tmp_path / "laptop.sqlite",
               "--laptop", "Nairobi laptop").returncode == 0
    store = open_store(desk_file)
    try:
        Desk(store, actor="Officer").write("Add Harbour Trust", registry.create_organisation,
                                           OrganisationInput("Harbour Trust"))
    finally:
        store.close()
    con = sqlite3.connect(desk_file)
    try:
        assert con.execute("SELECT max(opid), max(hlc) FROM sync_op").fetchone() > (1 << 31, 1 << 31)
    finally:
        con.close()
    done = cli("server", "upload", "--db", desk_file, "--to", pg_url)
    assert done.returncode == 0, done.stderr
    copy = tmp_path / "back.sqlite"
    assert cli("server", "download", "--from", pg_url, "--out", copy).returncode == 0
    assert _tables(copy)["sync_op"] == _tables(desk_file)["sync_op"] != []
