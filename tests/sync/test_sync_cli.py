"""The `opn-desk sync` command-line contract, run through the installed script (docs/SYNC.md)."""

from __future__ import annotations

import json
import sqlite3
import struct
import uuid

import pytest

from opn_desk.db.store import open_store
from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import registry
from opn_desk.services.desk import Desk


def _desk_with_org(path, name="Green Buyers Kenya"):
    store = open_store(path)
    try:
        return Desk(store, actor="Ann").write("New", registry.create_organisation,
                                             OrganisationInput(name, country_iso3="KEN")).value
    finally:
        store.close()


def _rename(path, org_id, name, actor):
    store = open_store(path)
    try:
        Desk(store, actor=actor).write("Edit", registry.update_organisation, org_id,
                                       OrganisationInput(name, country_iso3="KEN"))
    finally:
        store.close()


def _counts(path):
    con = sqlite3.connect(path)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("organisation", "sync_op", "sync_head", "audit_entry", "sync_replica"))
    finally:
        con.close()


def _names(path):
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM organisation"))
    finally:
        con.close()


def _ok(r):
    assert r.returncode == 0, r.stderr
    return r


def _refused(r, *words):
    assert r.returncode == 2, (r.stdout, r.stderr)
    line = r.stderr.strip()
    assert line.startswith("opn-desk: ") and "\n" not in line and "Traceback" not in line
    for w in words:
        assert w in line, line
    return line


@pytest.fixture
def two(tmp_path, cli):
    """A desk on two laptops: a (the first) and b ("Nairobi laptop"), one organisation on both."""
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    org = _desk_with_org(a)
    _ok(cli("sync", "clone", "--db", a, "--out", b, "--laptop", "Nairobi laptop"))
    return a, b, org


def test_clone_export_import_conflict_and_decision(two, tmp_path, cli):
    a, b, org = two
    # The source knows the new laptop at once: --for takes its name, case ignored.
    _ok(cli("sync", "export", "--db", a, "--out", tmp_path / "for-b.opnsync", "--for", "NAIROBI LAPTOP"))
    _rename(a, org, "Green Buyers (Ann)", "Ann")
    _rename(b, org, "Green Buyers (Bob)", "Bob")
    _ok(cli("sync", "export", "--db", a, "--out", tmp_path / "a.opnsync"))
    r = _ok(cli("sync", "export", "--db", b, "--out", tmp_path / "b.opnsync"))
    assert "b.opnsync" in r.stdout
    r = _ok(cli("sync", "import", "--db", a, tmp_path / "b.opnsync"))
    assert r.stdout.strip() == "1 change from Nairobi laptop, 1 needs a decision."
    r = _ok(cli("sync", "import", "--db", b, tmp_path / "a.opnsync"))
    assert "1 needs a decision" in r.stdout

    lists = [json.loads(_ok(cli("sync", "conflicts", "--db", db, "--json")).stdout) for db in (a, b)]
    assert lists[0] == lists[1]  # same ids, same order, same provisional value on both laptops
    (conflict,) = lists[0]
    assert conflict["record"] == {"kind": "organisation", "id": str(org)}
    assert conflict["field"] == "name"
    assert uuid.UUID(conflict["id"])
    assert {v["value"] for v in conflict["values"]} == {"Green Buyers (Ann)", "Green Buyers (Bob)"}
    assert {(v["laptop"], v["author"]) for v in conflict["values"]} >= {("Nairobi laptop", "Bob")}
    assert all(v["time"].endswith("Z") for v in conflict["values"])
    # The provisional value (listed first) is what both laptops show meanwhile.
    assert _names(a) == _names(b) == [conflict["values"][0]["value"]]

    status = json.loads(_ok(cli("sync", "status", "--db", b, "--json")).stdout)
    assert status["open_conflicts"] == 1
    assert status["laptop"]["name"] == "Nairobi laptop"
    by_name = {lap["name"]: lap for lap in status["laptops"]}
    assert set(by_name) >= {"Nairobi laptop"} and len(by_name) == 2
    for lap in status["laptops"]:
        assert set(lap) >= {"id", "name", "seen", "last_exchange"}

    wanted = conflict["values"][1]["value"]
    r = _ok(cli("sync", "resolve", "--db", a, conflict["id"], "--keep", "2"))
    assert wanted in r.stdout
    assert json.loads(_ok(cli("sync", "conflicts", "--db", a, "--json")).stdout) == []
    # The decision travels: once b has it, b's conflict is gone too.
    _ok(cli("sync", "export", "--db", a, "--out", tmp_path / "a2.opnsync", "--for", str(
        next(lap["id"] for lap in status["laptops"] if lap["name"] == "Nairobi laptop"))))
    _ok(cli("sync", "import", "--db", b, tmp_path / "a2.opnsync"))
    assert json.loads(_ok(cli("sync", "conflicts", "--db", b, "--json")).stdout) == []
    assert _names(a) == _names(b) == [wanted]


def test_importing_twice_changes_nothing_and_free_text_decision(two, tmp_path, cli):
    a, b, org = two
    _rename(a, org, "One", "Ann")
    _rename(b, org, "Two", "Bob")
    _ok(cli("sync", "export", "--db", b, "--out", tmp_path / "b.opnsync"))
    _ok(cli("sync", "import", "--db", a, tmp_path / "b.opnsync"))
    before = _counts(a)
    r = _ok(cli("sync", "import", "--db", a, tmp_path / "b.opnsync"))
    assert r.stdout.startswith("0 changes from Nairobi laptop")
    assert _counts(a) == before
    (conflict,) = json.loads(_ok(cli("sync", "conflicts", "--db", a, "--json")).stdout)
    _ok(cli("sync", "resolve", "--db", a, conflict["id"], "--value", "One and Two"))
    assert _names(a) == ["One and Two"]
    _refused(cli("sync", "resolve", "--db", a, conflict["id"], "--keep", "1"), "no open conflict")


def test_bad_bundles_are_refused_whole_and_nothing_is_written(two, tmp_path, cli):
    a, b, org = two
    _rename(b, org, "Changed on b", "Bob")
    good = tmp_path / "b.opnsync"
    _ok(cli("sync", "export", "--db", b, "--out", good))
    data = good.read_bytes()
    corrupt = tmp_path / "corrupt.opnsync"
    corrupt.write_bytes(data[:-40] + bytes(b ^ 0x55 for b in data[-40:]))
    truncated = tmp_path / "truncated.opnsync"
    truncated.write_bytes(data[: len(data) // 2])
    not_bundle = tmp_path / "notes.opnsync"
    not_bundle.write_text("hello")
    # A bundle from a newer schema: its header says so (checked before anything else).
    length = struct.unpack(">I", data[8:12])[0]
    header = json.loads(data[12:12 + length])
    header["schema"] = "9999"
    head = json.dumps(header, sort_keys=True).encode()
    newer = tmp_path / "newer.opnsync"
    newer.write_bytes(data[:8] + struct.pack(">I", len(head)) + head + data[12 + length:])
    # A bundle from another desk.
    other = tmp_path / "other.sqlite"
    _desk_with_org(other, "Someone else")
    foreign = tmp_path / "foreign.opnsync"
    _ok(cli("sync", "export", "--db", other, "--out", foreign))

    before = _counts(a)
    backups = set((tmp_path / "a-backups").glob("*")) if (tmp_path / "a-backups").exists() else set()
    _refused(cli("sync", "import", "--db", a, corrupt), "corrupt.opnsync", "damaged")
    _refused(cli("sync", "import", "--db", a, truncated), "truncated.opnsync")
    _refused(cli("sync", "import", "--db", a, not_bundle), "not an OPN Desk exchange file")
    _refused(cli("sync", "import", "--db", a, newer), "newer version")
    _refused(cli("sync", "import", "--db", a, foreign), "another desk")
    # Several files: all or nothing.
    _refused(cli("sync", "import", "--db", a, good, corrupt), "corrupt.opnsync")
    _refused(cli("sync", "import", "--db", a, tmp_path / "missing.opnsync"), "no exchange file")
    assert _counts(a) == before
    after = set((tmp_path / "a-backups").glob("*")) if (tmp_path / "a-backups").exists() else set()
    assert after == backups  # checked before the backup
    r = _ok(cli("sync", "import", "--db", a, good))
    assert r.stdout.startswith("1 change from Nairobi laptop")
    assert _names(a) == ["Changed on b"]


def test_usage_errors_are_one_sentence(two, tmp_path, cli):
    a, b, _org = two
    _refused(cli("sync", "export", "--db", a, "--out", tmp_path / "x.opnsync", "--for", "Mars laptop"),
             "no laptop 'Mars laptop'")
    _refused(cli("sync", "export", "--db", a, "--out", tmp_path / "x.txt"), ".opnsync")
    _refused(cli("sync", "clone", "--db", a, "--out", tmp_path / "c.sqlite", "--laptop", "nairobi LAPTOP"),
             "already a laptop")
    _refused(cli("sync", "resolve", "--db", a, str(uuid.uuid4()), "--keep", "1"), "no open conflict")
    _refused(cli("sync", "resolve", "--db", a, str(uuid.uuid4())), "--keep")
    _refused(cli("sync", "forget", "--db", a, "Mars laptop"), "no laptop")
    _refused(cli("sync", "status", "--db", tmp_path / "none.sqlite"), "no database")
    r = _ok(cli("sync", "forget", "--db", a, "Nairobi Laptop"))
    assert "Nairobi laptop" in r.stdout
    status = json.loads(_ok(cli("sync", "status", "--db", a, "--json")).stdout)
    assert any(lap["name"] == "Nairobi laptop" and lap["forgotten"] for lap in status["laptops"])
