"""The team server as the laptops' hub (docs/SERVER.md, docs/SYNC.md): a laptop (a file) and the server
(PostgreSQL) exchange bundles both ways through the installed `opn-desk sync` commands and end up holding
the same records; importing a bundle again changes nothing; the server is one replica whoever connects."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from opn_desk.db.models import Base, Organisation
from opn_desk.db.store import open_store
from opn_desk.domain.registry import MembershipInput, OrganisationInput
from opn_desk.services import registry
from opn_desk.services.desk import Desk
from opn_desk.services.sync.oplog import synced_columns

# Kept per replica, never merged: the log itself, the identity, the audit trail's local entries, and what
# each replica checked after its own imports.
LOCAL_TABLES = {"audit_entry", "sync_self", "sync_replica", "sync_op", "sync_head", "sync_dead", "sync_conflict",
                "sync_finding", "alembic_version"}


def _ok(done):
    assert done.returncode == 0, done.stderr
    return done


def _records(where) -> dict[str, set[tuple]]:
    """Every merged table's records as the merge sees them: id and the columns that travel."""
    store = open_store(where, readonly=True)
    try:
        with store.engine.connect() as con:
            out = {}
            for t in Base.metadata.sorted_tables:
                if t.name in LOCAL_TABLES or "id" not in t.c:
                    continue
                columns = [t.c.id, *(t.c[c] for c in sorted(synced_columns(t.name)))]
                out[t.name] = {tuple(json.dumps(v, sort_keys=True, default=str) for v in r)
                               for r in con.execute(select(*columns))}
            return out
    finally:
        store.close()


def _names(where) -> list[str]:
    store = open_store(where, readonly=True)
    try:
        with store.sessions()() as s:
            return sorted(s.scalars(select(Organisation.name)))
    finally:
        store.close()


def _edit(where, actor, fn, *args):
    store = open_store(where)
    try:
        return Desk(store, actor=actor).write("Edit", fn, *args).value
    finally:
        store.close()


def _rename(where, actor, org_id, name):
    store = open_store(where)
    try:
        desk = Desk(store, actor=actor)
        data = desk.read(registry.get_organisation, org_id).as_input()
        fields = {f: getattr(data, f) for f in data.__dataclass_fields__} | {"name": name}
        desk.write("Rename", registry.update_organisation, org_id, OrganisationInput(**fields))
    finally:
        store.close()


def _first_orgs(where, n):
    store = open_store(where, readonly=True)
    try:
        with store.sessions()() as s:
            return list(s.scalars(select(Organisation.id).order_by(Organisation.name).limit(n)))
    finally:
        store.close()


@pytest.fixture
def hub(pg_url, cli, tmp_path):
    """A demo desk on the server, and a laptop's copy cloned from it ("Nairobi laptop")."""
    _ok(cli("demo", "--db", pg_url, "--organisations", "40"))
    laptop = tmp_path / "nairobi.sqlite"
    done = _ok(cli("sync", "clone", "--db", pg_url, "--out", laptop, "--laptop", "Nairobi laptop"))
    assert "Nairobi laptop" in done.stdout
    return pg_url, laptop


def test_a_laptop_cloned_from_the_server_and_the_server_exchange_both_ways_and_converge(hub, cli, tmp_path):
    server, laptop = hub
    assert _records(server) == _records(laptop)  # the clone is the server's desk, checked table by table
    first, second = _first_orgs(server, 2)
    _rename(laptop, "Ann (travelling)", first, "Renamed on the laptop")
    added = _edit(laptop, "Ann (travelling)", registry.create_organisation,
                  OrganisationInput("Added on the laptop", country_iso3="KEN"))
    # A membership refers to the new organisation: the server writes it in whatever order the merge takes
    # (its references are checked when the import commits).
    _edit(laptop, "Ann (travelling)", registry.add_membership,
          MembershipInput(added, "SFS", "network_member", date(2026, 1, 1)))
    _rename(server, "Ben (at the office)", second, "Renamed on the server")
    _edit(server, "Ben (at the office)", registry.create_organisation, OrganisationInput("Added on the server",
                                                                                        country_iso3="SEN"))
    assert _records(server) != _records(laptop)

    to_server, to_laptop = tmp_path / "to-server.opnsync", tmp_path / "to-laptop.opnsync"
    _ok(cli("sync", "export", "--db", laptop, "--out", to_server))
    done = _ok(cli("sync", "import", "--db", server, to_server))
    assert "from Nairobi laptop" in done.stdout and "0 need a decision" in done.stdout
    _ok(cli("sync", "export", "--db", server, "--out", to_laptop, "--for", "Nairobi laptop"))
    done = _ok(cli("sync", "import", "--db", laptop, to_laptop))
    assert "from Team server" in done.stdout

    names = _names(server)
    assert {"Renamed on the laptop", "Added on the laptop", "Renamed on the server", "Added on the server"} <= set(names)
    assert names == _names(laptop)
    merged = _records(server)
    assert merged == _records(laptop)

    # Importing the same bundles again changes nothing, on either side.
    for where, bundle in ((server, to_server), (laptop, to_laptop)):
        done = _ok(cli("sync", "import", "--db", where, bundle))
        assert done.stdout.startswith("0 changes"), done.stdout
    assert _records(server) == merged == _records(laptop)

    status = json.loads(_ok(cli("sync", "status", "--db", server, "--json")).stdout)
    assert status["laptop"]["name"] == "Team server" and status["open_conflicts"] == 0
    nairobi = next(lap for lap in status["laptops"] if lap["name"] == "Nairobi laptop")
    assert nairobi["last_exchange"] is not None and nairobi["seen"].get(nairobi["id"], 0) > 0
    on_laptop = json.loads(_ok(cli("sync", "status", "--db", laptop, "--json")).stdout)
    me = next(lap for lap in on_laptop["laptops"] if lap["this"])
    assert me["seen"].get(status["laptop"]["id"], 0) > 0  # the laptop has seen the server's edits


def test_the_same_field_edited_on_the_laptop_and_the_server_is_one_conflict_decided_once(hub, cli, tmp_path):
    server, laptop = hub
    (org,) = _first_orgs(server, 1)
    _rename(laptop, "Ann", org, "Laptop's name")
    _rename(server, "Ben", org, "Server's name")
    _ok(cli("sync", "export", "--db", laptop, "--out", tmp_path / "l.opnsync"))
    _ok(cli("sync", "export", "--db", server, "--out", tmp_path / "s.opnsync"))
    assert "1 needs a decision" in _ok(cli("sync", "import", "--db", server, tmp_path / "l.opnsync")).stdout
    assert "1 needs a decision" in _ok(cli("sync", "import", "--db", laptop, tmp_path / "s.opnsync")).stdout
    on_server = json.loads(_ok(cli("sync", "conflicts", "--db", server, "--json")).stdout)
    assert on_server == json.loads(_ok(cli("sync", "conflicts", "--db", laptop, "--json")).stdout)
    assert len(on_server) == 1 and on_server[0]["field"] == "name"
    keep = next(n for n, v in enumerate(on_server[0]["values"], 1) if v["value"] == "Server's name")
    _ok(cli("sync", "resolve", "--db", server, on_server[0]["id"], "--keep", str(keep)))
    _ok(cli("sync", "export", "--db", server, "--out", tmp_path / "decided.opnsync", "--for", "Nairobi laptop"))
    _ok(cli("sync", "import", "--db", laptop, tmp_path / "decided.opnsync"))
    assert json.loads(_ok(cli("sync", "conflicts", "--db", laptop, "--json")).stdout) == []
    assert _records(server) == _records(laptop)
    assert "Server's name" in _names(laptop)


def test_a_laptops_desk_uploaded_to_the_server_keeps_exchanging_with_its_other_laptop(cli, pg_url, tmp_path):
    """The desk file that already merged with a laptop moves up; the server forks its own identity (as a
    restored copy does) and the laptop exchanges with it as with the file."""
    desk, other = tmp_path / "desk.sqlite", tmp_path / "other.sqlite"
    _edit(desk, "Ann", registry.create_organisation, OrganisationInput("Harbour Trust", country_iso3="KEN"))
    _ok(cli("sync", "clone", "--db", desk, "--out", other, "--laptop", "Bamako laptop"))
    _ok(cli("server", "upload", "--db", desk, "--to", pg_url))
    (org,) = _first_orgs(pg_url, 1)
    _rename(pg_url, "Ben", org, "Harbour Trust (server)")
    _edit(other, "Awa", registry.create_organisation, OrganisationInput("Sahel Seeds", country_iso3="MLI"))
    _ok(cli("sync", "export", "--db", pg_url, "--out", tmp_path / "s.opnsync", "--for", "Bamako laptop"))
    _ok(cli("sync", "export", "--db", other, "--out", tmp_path / "o.opnsync"))
    _ok(cli("sync", "import", "--db", other, tmp_path / "s.opnsync"))
    _ok(cli("sync", "import", "--db", pg_url, tmp_path / "o.opnsync"))
    assert _names(pg_url) == _names(other) == ["Harbour Trust (server)", "Sahel Seeds"]
    assert _records(pg_url) == _records(other)
    status = json.loads(_ok(cli("sync", "status", "--db", pg_url, "--json")).stdout)
    assert status["laptop"]["name"] == "Team server"


def test_the_server_is_one_replica_whichever_officers_computer_writes(pg_store, monkeypatch, tmp_path):
    """A laptop's identity is bound to its computer and file; the server's to the server's database, so
    officers writing from different computers never fork it (each fork would be one more 'laptop')."""
    import socket

    from opn_desk.services.sync import identity
    from opn_desk.services.sync.exchange import export_bundle

    desk = Desk(pg_store, actor="Ann")
    export_bundle(desk, tmp_path / "first.opnsync")  # the desk starts logging at its first exchange
    me = desk.read(lambda s: identity.current(s, claim=False))
    assert me.name == "Team server"
    monkeypatch.setattr(socket, "gethostname", lambda: "bens-computer")
    Desk(pg_store, actor="Ben").write("Add", registry.create_organisation, OrganisationInput("Delta Trust",
                                                                                            country_iso3="KEN"))
    after = desk.read(lambda s: identity.current(s, claim=False))
    assert after.replica_id == me.replica_id and after.last_seq > me.last_seq
