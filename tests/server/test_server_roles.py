"""Roles and rights on the team server (docs/SERVER.md, "Roles and rights"), on a real PostgreSQL:
``server roles`` and ``server grant`` set them up; an officer edits only their programmes' records (the
service layer says so in one sentence, the database refuses as well); the Secretariat's reader reads
the desk without ever receiving the sensitive personal data, and cannot write; the audit trail names
the officer's own database role."""

from __future__ import annotations

import csv
import uuid
from datetime import date

import psycopg
import pytest
from sqlalchemy import select

from opn_desk.db.engine import database_error_sentence, open_server_engine, server_address
from opn_desk.db.models import (
    AuditEntry,
    Call,
    EvaluationCriterion,
    Membership,
    Organisation,
    Person,
    Programme,
)
from opn_desk.db.store import open_store
from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import registry
from opn_desk.services.desk import Desk, default_actor
from opn_desk.services.errors import NotAllowed
from opn_desk.services.server_roles import grant

SENSITIVE = ("gender", "sogiesc_diverse", "disability_accommodation", "sensitive_consent_on")


def _as(url: str, role: str) -> str:
    """``url`` (the cluster's, for its superuser) for the database role ``role``."""
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{role}@{rest.split('@', 1)[1]}"


@pytest.fixture(scope="module")
def desk_on_server(pg_cluster, cli):
    """A demo desk on the server with its roles set up (``server roles``), shared by this module's tests."""
    name = f"desk_roles_{uuid.uuid4().hex[:8]}"
    with pg_cluster.admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = pg_cluster.url(name)
    done = cli("demo", "--db", url, "--organisations", "40")
    assert done.returncode == 0, done.stderr
    done = cli("server", "roles", "--db", url)
    assert done.returncode == 0, done.stderr
    yield url
    with pg_cluster.admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def server_desk(desk_on_server, pg_cluster):
    """New login roles for this test: an officer granted SPP only, and a reader (the Secretariat)."""
    suffix = uuid.uuid4().hex[:8]
    officer, reader = f"amina_{suffix}", f"secretariat_{suffix}"
    with pg_cluster.admin() as admin:
        for role in (officer, reader):
            admin.execute(f'CREATE ROLE "{role}" LOGIN')
    engine = open_server_engine(server_address(desk_on_server))
    try:
        assert grant(engine, officer, "officer", ["SPP"]) == f"{officer} edits the records of SPP only."
        assert grant(engine, reader, "reader", []).startswith(f"{reader} reads the desk")
    finally:
        engine.dispose()
    # The login roles stay in the throwaway cluster: they own nothing, and the database is dropped.
    return {"admin": desk_on_server, "officer": _as(desk_on_server, officer), "reader": _as(desk_on_server, reader),
            "officer_role": officer, "reader_role": reader}


def _open(url):
    return open_store(url, create=False)


def test_roles_is_idempotent_and_grant_sets_exactly_the_asked_membership(server_desk, cli):
    admin = server_desk["admin"]
    again = cli("server", "roles", "--db", admin)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Roles set up on ") and "opn_desk_officer and opn_desk_reader" in again.stdout
    role = server_desk["officer_role"]
    done = cli("server", "grant", role, "--role", "officer", "--programme", "SPP", "--programme", "sfs", "--db", admin)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{role} edits the records of SFS and SPP only."

    def held():
        with psycopg.connect(admin) as con:
            return {r[0] for r in con.execute(
                "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s", (role,))}

    assert held() == {"opn_desk_officer", "opn_desk_programme_spp", "opn_desk_programme_sfs"}
    done = cli("server", "grant", role, "--role", "officer", "--db", admin)
    assert done.stdout.strip() == f"{role} edits the records of every programme."
    assert held() == {"opn_desk_officer", "opn_desk_every_programme"}
    done = cli("server", "grant", role, "--role", "reader", "--db", admin)
    assert held() == {"opn_desk_reader"}

    refused = cli("server", "grant", role, "--role", "officer", "--programme", "NOPE", "--db", admin)
    assert refused.returncode == 2 and refused.stderr.strip() == "opn-desk: There is no programme NOPE in this desk."
    refused = cli("server", "grant", "nobody_here", "--role", "reader", "--db", admin)
    assert refused.returncode == 2 and "There is no role nobody_here on the server" in refused.stderr
    for args in (("roles",), ("grant", server_desk["reader_role"], "--role", "officer")):
        refused = cli("server", *args, "--db", server_desk["officer"])
        assert refused.returncode == 2 and "Traceback" not in refused.stderr
        assert "needs the server's administrator" in refused.stderr and refused.stderr.count("\n") == 1


def _record_of(desk, model, code, other: bool):
    def find(session):
        test = Programme.code != code if other else Programme.code == code
        stmt = select(model.id).join(Programme, Programme.id == model.programme_id).where(test)
        if model is Membership:
            stmt = stmt.where(Membership.status == "active")
        return session.scalars(stmt.order_by(model.id).limit(1)).one()
    return desk.read(find)


def _add_criterion(session, call_id):
    session.add(EvaluationCriterion(call_id=call_id, name="Regional reach"))


def test_an_officer_edits_only_their_programmes_records(server_desk):
    store = _open(server_desk["officer"])
    try:
        desk = Desk(store, actor="Amina")
        mine = _record_of(desk, Membership, "SPP", other=False)
        theirs = _record_of(desk, Membership, "SPP", other=True)
        desk.write("End", registry.end_membership, mine, date(2026, 12, 31))
        with pytest.raises(NotAllowed) as refused:
            desk.write("End", registry.end_membership, theirs, date(2026, 12, 31))
        assert str(refused.value) == "You may edit SPP's records only; ask the desk's administrator for more."
        assert desk.read(lambda s: s.get(Membership, theirs).status) == "active"
        # a record that belongs to another programme's record (a criterion of its call): refused as well
        call = _record_of(desk, Call, "SPP", other=True)
        with pytest.raises(NotAllowed, match="SPP's records only"):
            desk.write("Criterion", _add_criterion, call)
        desk.write("Criterion", _add_criterion, _record_of(desk, Call, "SPP", other=False))
        # the registry (organisations, people) is the network's: every officer edits it
        org = desk.write("Add", registry.create_organisation, OrganisationInput("Reef Guardians Trust")).value
        assert org is not None
    finally:
        store.close()


def test_the_database_itself_refuses_an_officer_another_programmes_rows(server_desk):
    with psycopg.connect(server_desk["admin"]) as con:
        spp, other = (con.execute("SELECT id FROM programme WHERE (code = 'SPP') = %s LIMIT 1", (flag,)).fetchone()[0]
                      for flag in (True, False))
        theirs = con.execute("SELECT id FROM application WHERE programme_id = %s LIMIT 1", (other,)).fetchone()[0]
    with psycopg.connect(server_desk["officer"]) as con:
        changed = con.execute("UPDATE application SET mac_opinion = 'x' WHERE id = %s", (theirs,)).rowcount
        assert changed == 0  # not its row to change: invisible to UPDATE
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("INSERT INTO call (id, created_at, updated_at, version, programme_id, role, title, opens_on, "
                        "closes_on) VALUES (gen_random_uuid(), now(), now(), 1, %s, 'core_partner', 't', "
                        "'2026-01-01', '2026-02-01')", (other,))
        con.rollback()
        con.execute("INSERT INTO call (id, created_at, updated_at, version, programme_id, role, title, opens_on, "
                    "closes_on) VALUES (gen_random_uuid(), now(), now(), 1, %s, 'core_partner', 't', "
                    "'2026-01-01', '2026-02-01')", (spp,))


def test_a_reader_lists_organisations_and_people_without_the_sensitive_columns(server_desk, cli, tmp_path):
    with psycopg.connect(server_desk["reader"]) as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("SELECT gender FROM person LIMIT 1")
    store = _open(server_desk["reader"])
    try:
        desk = Desk(store)
        org = desk.read(lambda s: s.scalars(select(Person.organisation_id).where(Person.organisation_id.is_not(None))
                                            .limit(1)).one())
        detail = desk.read(registry.get_organisation, org)
        assert detail.people and {p.gender for p in detail.people} == {"unknown"}
        # explicit columns and whole rows alike: not known, never an error
        rows = desk.read(lambda s: s.execute(select(Person.name, Person.gender)).all())
        assert rows and {g for _, g in rows} == {"unknown"}
        person = desk.read(lambda s: s.scalars(select(Person).limit(1)).one())
        assert (person.gender, person.sogiesc_diverse, person.disability_accommodation) == ("unknown", None, None)
        assert desk.read(lambda s: s.scalar(select(Organisation.name).limit(1)))
    finally:
        store.close()

    out = tmp_path / "organisations.csv"
    done = cli("export", "organisations", "--db", server_desk["reader"], "--out", out)
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig") as f:
        table = list(csv.DictReader(f))
    with psycopg.connect(server_desk["admin"]) as con:
        assert len(table) == con.execute("SELECT count(*) FROM organisation").fetchone()[0]
    assert not any("gender" in c or "sogiesc" in c or "disability" in c for c in table[0])
    assert any(row["representatives"] for row in table)
    # the desk's checks and a roster read the people too
    done = cli("check", "--db", server_desk["reader"])
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr
    pdf = tmp_path / "roster.pdf"
    done = cli("report", "roster", "--db", server_desk["reader"], "--programme", "SPP", "--out", pdf)
    assert done.returncode == 0, done.stderr
    done = cli("select", "--db", server_desk["reader"], "--call", "SPP core partners call 2026", "--json")
    assert done.returncode in (0, 3) and "Traceback" not in done.stderr, done.stderr
    done = cli("export", "organisations", "--db", server_desk["reader"], "--out", out, "--include-sensitive")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == ("opn-desk: Your role on the server does not receive sensitive personal data "
                                   "(gender, SOGIESC, disability accommodation); export without it.")


def test_a_readers_write_is_refused_in_one_sentence(server_desk, cli):
    done = cli("check", "--db", server_desk["reader"], "--rebuild-search-index")
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "only reads the desk" in done.stderr
    # what reaches the server another way: PostgreSQL's own refusal, told as one sentence
    store = _open(server_desk["reader"])
    try:
        with pytest.raises(Exception) as refused, store.engine.begin() as con:
            con.exec_driver_sql("UPDATE organisation SET notes = 'x'")
        assert database_error_sentence(refused.value) == (
            "Your role on the server may not make this change (permission refused); nothing was saved.")
    finally:
        store.close()


def test_the_audit_trail_names_the_officers_database_role_unless_a_name_is_saved(server_desk):
    store = _open(server_desk["officer"])
    try:
        for actor, expected in ((default_actor(""), server_desk["officer_role"]),
                                (default_actor("Amina Diallo"), "Amina Diallo")):
            desk = Desk(store, actor=actor)
            org = desk.write("Add", registry.create_organisation, OrganisationInput(f"Trust {expected}")).value
            assert desk.read(lambda s, o=org: s.scalars(select(AuditEntry.actor).where(
                AuditEntry.record_id == o)).one()) == expected
    finally:
        store.close()


# --- what reaches the server in bulk: an import's rows, a laptop's exchange (docs/SERVER.md) -----------

def _applications_file(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["organisation", "country", "stakeholder_cluster", "programme", "role", "representative_name"])
        out.writerows([name, "Kenya", "Civil society", code, "Network member", f"Rep of {name}"] for name, code in rows)
    return path


def _count(url, sql, *args):
    with psycopg.connect(url) as con:
        return con.execute(sql, args).fetchone()[0]


def test_a_restricted_officers_import_names_the_rows_of_other_programmes_and_writes_nothing(server_desk, cli,
                                                                                             tmp_path):
    admin, officer = server_desk["admin"], server_desk["officer"]
    suffix = uuid.uuid4().hex[:6]
    mixed = _applications_file(tmp_path / "mixed.csv", [(f"Alpha {suffix}", "SPP"), (f"Beta {suffix}", "SFS"),
                                                        (f"Gamma {suffix}", "SFS")])
    before = (_count(admin, "SELECT count(*) FROM application"), _count(admin, "SELECT count(*) FROM organisation"))
    refused = cli("import", "applications", mixed, "--db", officer)
    assert refused.returncode == 2 and refused.stdout == "", refused.stdout + refused.stderr
    assert refused.stderr.strip() == (
        "opn-desk: Nothing was written: 2 of the 3 rows to import belong to SFS, and you may edit SPP's records "
        "only; leave them out of the file, or ask the desk's administrator.")
    assert (_count(admin, "SELECT count(*) FROM application"),
            _count(admin, "SELECT count(*) FROM organisation")) == before  # not even the new organisations
    # the officer's own programme imports as before
    done = cli("import", "applications", mixed, "--db", officer, "--exclude-rows", "3-4")
    assert done.returncode == 0, done.stderr
    assert _count(admin, "SELECT count(*) FROM application") == before[0] + 1


def test_a_laptops_exchange_imported_by_a_restricted_officer_changes_only_their_programmes_records(
        server_desk, cli, tmp_path):
    admin, officer = server_desk["admin"], server_desk["officer"]
    laptop = tmp_path / "laptop.sqlite"
    done = cli("sync", "clone", "--db", admin, "--out", laptop, "--laptop", f"Laptop {uuid.uuid4().hex[:6]}")
    assert done.returncode == 0, done.stderr
    store = _open(laptop)
    try:
        desk = Desk(store, actor="Ann")
        theirs = _record_of(desk, Membership, "SPP", other=True)
        theirs_code = desk.read(lambda s: s.scalar(select(Programme.code).join(
            Membership, Membership.programme_id == Programme.id).where(Membership.id == theirs)))
        desk.write("End", registry.end_membership, theirs, date(2026, 12, 31))
        mine = _record_of(desk, Call, "SPP", other=False)
        desk.write("Criterion", _add_criterion, mine)
    finally:
        store.close()
    bundle = tmp_path / "laptop.opnsync"
    assert cli("sync", "export", "--db", laptop, "--out", bundle).returncode == 0
    log = "SELECT count(*) FROM sync_op"
    before = _count(admin, log)
    # (an earlier test of this module may have given the call a criterion of that name already)
    criteria = "SELECT count(*) FROM evaluation_criterion WHERE name = 'Regional reach' AND call_id = %s"
    had = _count(admin, criteria, mine)
    refused = cli("sync", "import", "--db", officer, bundle)
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert refused.stderr.strip() == (
        f"opn-desk: Nothing was imported: these changes would touch 1 record of {theirs_code}, and you may edit SPP's "
        f"records only; an officer who may edit {theirs_code}, or the desk's administrator, can import them.")
    # nothing written: the record, the criterion and the server's log are as they were
    assert _count(admin, "SELECT status FROM membership WHERE id = %s", theirs) == "active"
    assert _count(admin, criteria, mine) == had
    assert _count(admin, log) == before
    # an officer who may edit every programme (here the desk's owner) imports it whole
    done = cli("sync", "import", "--db", admin, bundle)
    assert done.returncode == 0, done.stderr
    assert _count(admin, "SELECT status FROM membership WHERE id = %s", theirs) == "ended"
    assert _count(admin, criteria, mine) == had + 1


def test_a_laptops_exchange_within_the_officers_programme_is_imported_by_them(server_desk, cli, tmp_path):
    admin, officer = server_desk["admin"], server_desk["officer"]
    laptop = tmp_path / "laptop.sqlite"
    done = cli("sync", "clone", "--db", admin, "--out", laptop, "--laptop", f"Laptop {uuid.uuid4().hex[:6]}")
    assert done.returncode == 0, done.stderr
    name = f"Lagoon Trust {uuid.uuid4().hex[:6]}"
    store = _open(laptop)
    try:
        desk = Desk(store, actor="Ann")
        mine = _record_of(desk, Call, "SPP", other=False)
        desk.write("Criterion", _add_criterion, mine)
        desk.write("Add", registry.create_organisation, OrganisationInput(name))  # the registry: every officer's
    finally:
        store.close()
    bundle = tmp_path / "laptop.opnsync"
    assert cli("sync", "export", "--db", laptop, "--out", bundle).returncode == 0
    done = cli("sync", "import", "--db", officer, bundle)
    assert done.returncode == 0, done.stderr
    assert _count(admin, "SELECT count(*) FROM evaluation_criterion WHERE call_id = %s", mine) >= 1
    assert _count(admin, "SELECT count(*) FROM organisation WHERE name = %s", name) == 1


def test_a_merge_from_a_laptop_that_would_move_another_programmes_row_is_refused_whole(server_desk, cli, tmp_path):
    """A laptop merges two organisations while, on the server, another programme's membership was added to
    the one merged away. Following the merge would move that membership: a restricted officer's import is
    refused with nothing written (the database would otherwise skip the move silently and the laptops
    would move a row the server kept), and an officer of every programme imports it, the row following."""
    from opn_desk.services.duplicates import merge_organisations

    admin, officer = server_desk["admin"], server_desk["officer"]
    suffix = uuid.uuid4().hex[:6]
    store = _open(admin)
    try:
        desk = Desk(store, actor="Owner")
        kept = desk.write("Add", registry.create_organisation, OrganisationInput(f"Reef Alliance {suffix}")).value
        gone = desk.write("Add", registry.create_organisation, OrganisationInput(f"Reef Aliance {suffix}")).value
    finally:
        store.close()
    laptop = tmp_path / "laptop.sqlite"
    done = cli("sync", "clone", "--db", admin, "--out", laptop, "--laptop", f"Laptop {suffix}")
    assert done.returncode == 0, done.stderr
    store = _open(admin)  # meanwhile on the server: another programme's membership for the one to be merged away
    try:
        from opn_desk.domain.registry import MembershipInput

        Desk(store, actor="Owner").write("Join", registry.add_membership, MembershipInput(
            gone, "SFS", "network_member", date(2026, 1, 1)))
    finally:
        store.close()
    store = _open(laptop)
    try:
        Desk(store, actor="Ann").write("Merge", merge_organisations, kept, gone)  # the registry: every officer's
    finally:
        store.close()
    bundle = tmp_path / "laptop.opnsync"
    assert cli("sync", "export", "--db", laptop, "--out", bundle).returncode == 0
    where = ("SELECT count(*) FROM membership m JOIN programme p ON p.id = m.programme_id "
             "WHERE m.organisation_id = %s AND p.code = 'SFS'")
    log = _count(admin, "SELECT count(*) FROM sync_op")
    refused = cli("sync", "import", "--db", officer, bundle)
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert refused.stderr.strip() == (
        "opn-desk: Nothing was imported: these changes would touch 1 record of SFS, and you may edit SPP's "
        "records only; an officer who may edit SFS, or the desk's administrator, can import them.")
    assert _count(admin, "SELECT merged_into_id FROM organisation WHERE id = %s", gone) is None  # not merged
    assert (_count(admin, where, gone), _count(admin, where, kept)) == (1, 0)
    assert _count(admin, "SELECT count(*) FROM sync_op") == log
    done = cli("sync", "import", "--db", admin, bundle)
    assert done.returncode == 0, done.stderr
    assert _count(admin, "SELECT merged_into_id FROM organisation WHERE id = %s", gone) == kept
    assert (_count(admin, where, gone), _count(admin, where, kept)) == (0, 1)  # the membership followed the merge
