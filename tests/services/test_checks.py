"""Check database: each seeded problem is reported in one plain sentence naming the organisation."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import contextmanager
from datetime import date

import pytest

from opn_desk.cli import main
from opn_desk.db.store import open_store
from opn_desk.domain.registry import MembershipInput, OrganisationInput, PersonInput
from opn_desk.services import registry
from opn_desk.services.checks import run_checks
from opn_desk.services.desk import Desk

NOW = "2026-01-01 00:00:00.000000"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "desk.sqlite"
    open_store(path).close()
    return path


def _checks(path, *, readonly=True) -> list[str]:
    store = open_store(path, readonly=readonly)
    try:
        return run_checks(store)
    finally:
        store.close()


def _connect(path) -> sqlite3.Connection:
    # Foreign keys stay off, as for any tool writing the file behind the desk's back.
    return sqlite3.connect(path)


class _OnTheServer:
    """A PostgreSQL connection taking the same plain SQL (``?`` marks) as sqlite3's."""

    def __init__(self, connection):
        self.connection = connection

    def execute(self, sql: str, params=()):
        return self.connection.execute(sql.replace("?", "%s"), params)


@contextmanager
def _behind_the_desks_back(store):
    """Another tool's connection to the desk's file or server (the desk closed first); commits on leaving."""
    store.close()
    if not store.on_server:
        with _connect(store.path) as con:
            yield con
        return
    import psycopg

    with psycopg.connect(str(store.path)) as con:
        yield _OnTheServer(con)


def _insert(con: sqlite3.Connection, table: str, **values) -> str:
    row = {"id": uuid.uuid4().hex, "created_at": NOW, "updated_at": NOW, "version": 1, **values}
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    con.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))
    return row["id"]


def _org(con, name: str, **extra) -> str:
    values = {"name": name, "acronym": "", "website": "", "notes": "", "sort_name": name.lower(),
              "search_text": name.lower(), "country_id": None, "stakeholder_cluster": None,
              "organisation_type": None, "parent_id": None}
    values.update(extra)
    return _insert(con, "organisation", **values)


def _person(con, name: str, org_id: str | None, email: str = "") -> str:
    return _insert(con, "person", name=name, email=email, phone="", organisation_id=org_id, gender="unknown")


def _programme(con, code: str) -> str:
    return con.execute("SELECT id FROM programme WHERE code = ?", (code,)).fetchone()[0]


def _membership(con, org_id: str, code: str = "SFS", role: str = "network_member", start: str = "2024-01-01",
                end: str | None = "2026-01-01", status: str = "active", representative: str | None = None) -> str:
    return _insert(con, "membership", organisation_id=org_id, programme_id=_programme(con, code), role=role,
                   representative_id=representative, alternate_id=None, term_start=start, term_end=end,
                   status=status, renews_id=None, notes="")


def _application(con, org_id: str, status: str = "received", decided_on: str | None = None,
                 rationale: str = "", decision: str | None = None, code: str = "SFS") -> str:
    return _insert(con, "application", organisation_id=org_id, programme_id=_programme(con, code),
                   role="network_member", call_id=None, representative_id=None, alternate_id=None,
                   received_on="2025-01-10", status=status, statement="", decision=decision,
                   decision_rationale=rationale, decided_on=decided_on)


def _accepted_membership(con, org_id: str, app_id: str, code: str = "SFS", role: str = "network_member",
                         start: str = "2025-03-01") -> str:
    """The membership accepting the application made (its notes name the application, as the desk writes)."""
    member = _membership(con, org_id, code=code, role=role, start=start, end=None)
    con.execute("UPDATE membership SET notes = ? WHERE id = ?",
                (f"Created by accepting application {uuid.UUID(app_id)}.", member))
    return member


def _one_problem(path, *needles: str) -> str:
    problems = _checks(path)
    assert len(problems) == 1, problems
    sentence = problems[0]
    for needle in needles:
        assert needle in sentence, sentence
    # One plain sentence: no ids, no tracebacks, ends like a sentence.
    assert sentence.endswith("."), sentence
    assert "Traceback" not in sentence and "\n" not in sentence
    return sentence


def _no_uuid_in(sentence: str, con: sqlite3.Connection) -> None:
    for (hex_id,) in con.execute("SELECT id FROM organisation"):
        assert hex_id not in sentence and str(uuid.UUID(hex_id)) not in sentence


def test_a_fresh_database_is_healthy(db):
    assert _checks(db) == []
    assert _checks(db, readonly=False) == []


def test_a_realistic_healthy_desk_written_through_the_service_layer_is_healthy(store):
    desk = Desk(store, actor="tester")
    org = desk.write("add", registry.create_organisation,
                     OrganisationInput("Umweltbundesamt", "UBA", country_iso3="DEU",
                                       other_names=(("German Environment Agency", "en"),))).value
    child = desk.write("add", registry.create_organisation, OrganisationInput("UBA Dessau", parent_id=org)).value
    person = desk.write("add", registry.add_person, PersonInput(org, "Anna Weber", "anna@uba.de")).value
    desk.write("join", registry.add_membership,
               MembershipInput(org, "SPP", "co_lead", date(2024, 1, 1), date(2026, 12, 31), representative_id=person))
    desk.write("join", registry.add_membership, MembershipInput(child, "SFS", "network_member", date(2024, 1, 1)))
    assert run_checks(store) == []


def test_membership_ending_before_it_starts(db):
    with _connect(db) as con:
        org = _org(con, "Green Cities Network")
        _membership(con, org, start="2025-06-01", end="2024-06-01")
    sentence = _one_problem(db, "Green Cities Network", "SFS", "ends", "before it starts", "1 June 2024")
    with _connect(db) as con:
        _no_uuid_in(sentence, con)


def test_two_active_memberships_of_the_same_role_in_one_programme(db):
    with _connect(db) as con:
        org = _org(con, "Instituto Verde")
        _membership(con, org, code="STP")
        _membership(con, org, code="STP")
        # Different role, or an ended one, is fine.
        _membership(con, org, code="STP", role="core_partner", end="2026-01-01")
        _membership(con, org, code="SFS", status="ended")
        _membership(con, org, code="SFS")
    _one_problem(db, "Instituto Verde", "2 active network member memberships", "STP")


def test_active_co_lead_without_an_end_date(db):
    with _connect(db) as con:
        lead = _org(con, "Ministry of Environment of Ruritania")
        _membership(con, lead, code="SPP", role="co_lead", end=None)
        member = _org(con, "Open-ended Member")
        _membership(con, member, code="SPP", role="network_member", end=None)  # allowed
        former = _org(con, "Former Co-lead")
        _membership(con, former, code="SPP", role="co_lead", end=None, status="ended")  # not active
    _one_problem(db, "Ministry of Environment of Ruritania", "co-lead", "SPP", "no end date")


def test_core_partner_without_an_end_date(db):
    with _connect(db) as con:
        _membership(con, _org(con, "Consumers International"), code="CI", role="core_partner", end=None)
    _one_problem(db, "Consumers International", "core partner", "CI", "no end date")


def test_representative_from_another_organisation(db):
    with _connect(db) as con:
        home = _org(con, "Food Futures Alliance")
        elsewhere = _org(con, "Seed Savers Collective")
        own = _person(con, "Amina Diallo", home)
        stranger = _person(con, "Jorge Pérez", elsewhere)
        _membership(con, home, code="SFS", representative=stranger)
        _membership(con, home, code="SLE", representative=own)  # fine
        _membership(con, elsewhere, code="SFS", representative=own, status="ended")  # not active
    _one_problem(db, "Food Futures Alliance", "Jorge Pérez", "Seed Savers Collective", "representative")


def test_representative_without_an_organisation(db):
    with _connect(db) as con:
        home = _org(con, "Tourism Watch")
        _membership(con, home, code="STP", representative=_person(con, "Lone Consultant", None))
    _one_problem(db, "Tourism Watch", "Lone Consultant", "not a person of Tourism Watch")


def test_organisations_without_country_or_cluster_are_allowed(db):
    with _connect(db) as con:
        _org(con, "Nowhere In Particular", country_id=None, stakeholder_cluster=None)
    assert _checks(db) == []


def test_a_loop_of_parent_organisations(db):
    with _connect(db) as con:
        a = _org(con, "Alpha Federation")
        b = _org(con, "Beta Chapter", parent_id=a)
        c = _org(con, "Gamma Branch", parent_id=b)
        _org(con, "Delta Office", parent_id=c)  # leads into the loop, is not part of it
        con.execute("UPDATE organisation SET parent_id = ? WHERE id = ?", (c, a))
        # A healthy chain elsewhere.
        root = _org(con, "Root Org")
        _org(con, "Child Org", parent_id=_org(con, "Middle Org", parent_id=root))
    sentence = _one_problem(db, "Alpha Federation", "Beta Chapter", "Gamma Branch", "loop")
    assert "Delta Office" not in sentence


def test_an_organisation_that_is_its_own_parent(db):
    with _connect(db) as con:
        a = _org(con, "Selfish Society")
        con.execute("UPDATE organisation SET parent_id = ? WHERE id = ?", (a, a))
    _one_problem(db, "Selfish Society", "its own parent")


def test_organisations_that_search_would_miss(db):
    with _connect(db) as con:
        _org(con, "Hidden Foundation", sort_name="", search_text="")
        _org(con, "Half Indexed Trust", search_text="")
    problems = _checks(db)
    assert len(problems) == 2, problems
    assert any("Hidden Foundation" in p and "search" in p for p in problems)
    assert any("Half Indexed Trust" in p and "search" in p for p in problems)


def test_malformed_emails(db):
    with _connect(db) as con:
        org = _org(con, "Planet Partners")
        for i, bad in enumerate(["no-at-sign.org", "two@@example.org", "a@b", "spaced name@example.org",
                                 "x@y.", "@example.org", "nbsp\u00a0x@example.org"]):
            _person(con, f"Person {i}", org, bad)
        for i, good in enumerate(["ok@example.org", "o'brien+tag@sub.example.co.uk", "élodie@exemple.fr", ""]):
            _person(con, f"Good {i}", org, good)
    problems = _checks(db)
    assert len(problems) == 7, problems
    assert all("Planet Partners" in p and "e-mail" in p for p in problems)
    assert not any("Good" in p for p in problems)


def test_decided_applications_without_a_date_or_a_reason(db):
    with _connect(db) as con:
        org = _org(con, "Accepted Undated")
        _accepted_membership(con, org, _application(con, org, status="accepted", decision="accepted"))
        _application(con, _org(con, "Rejected Undated"), status="not_accepted", rationale="Out of scope.",
                     decision="not_accepted")
        _application(con, _org(con, "Rejected Unexplained"), status="not_accepted", decided_on="2025-03-01",
                     decision="not_accepted")
        org = _org(con, "Fine Acceptance")
        _accepted_membership(con, org, _application(con, org, status="accepted", decided_on="2025-03-01",
                                                     decision="accepted"))
        _application(con, _org(con, "Fine Refusal"), status="not_accepted", decided_on="2025-03-01",
                     rationale="Not a stakeholder of this programme.", decision="not_accepted")
        _application(con, _org(con, "Still Pending"), status="under_review")
    problems = _checks(db)
    assert len(problems) == 3, problems
    assert any("Accepted Undated" in p and "no decision date" in p for p in problems)
    assert any("Rejected Undated" in p and "no decision date" in p for p in problems)
    assert any("Rejected Unexplained" in p and "no reason" in p for p in problems)


def test_review_scores_outside_the_scale(db):
    with _connect(db) as con:
        org = _org(con, "Scored Org")
        app = _application(con, org)
        reviewer = _person(con, "Reviewer One", _org(con, "Reviewing Institute"))
        call = _insert(con, "call", programme_id=_programme(con, "SFS"), role="network_member",
                       title="Call 2025", opens_on="2025-01-01", closes_on="2025-02-01")
        for i, score in enumerate([7.5, -1, 0, 5, 2.5]):
            crit = _insert(con, "evaluation_criterion", call_id=call, name=f"Criterion {i}", description="",
                           weight=1.0, position=i)
            _insert(con, "review", application_id=app, criterion_id=crit, reviewer_id=reviewer, score=score,
                    comment="")
    problems = _checks(db)
    assert len(problems) == 2, problems
    assert all("Scored Org" in p and "0 to 5" in p for p in problems)
    assert any("7.5" in p for p in problems) and any("-1" in p for p in problems)


def test_unknown_regional_group_code(db):
    with _connect(db) as con:
        con.execute("UPDATE country SET regional_group = 'EUROPE' WHERE iso3 = 'FRA'")
        con.execute("UPDATE country SET regional_group = NULL WHERE iso3 = 'DEU'")  # no group is allowed
    _one_problem(db, "France", "EUROPE", "AFRICA", "APG", "EEG", "GRULAC", "WEOG")


def test_broken_references(db):
    with _connect(db) as con:
        _person(con, "Orphan Person", uuid.uuid4().hex)
    _one_problem(db, "One person refers to an organisation that no longer exists")


def test_schema_revision_other_than_head(db, monkeypatch):
    import opn_desk.services.checks as checks

    store = open_store(db, readonly=True)
    try:
        monkeypatch.setattr(checks, "HEAD", "9999")
        problems = run_checks(store)
    finally:
        store.close()
    assert len(problems) == 1 and "9999" in problems[0] and "schema version" in problems[0]


def test_a_damaged_file_is_reported_not_raised(db):
    # Overwrite three of the country table's pages (found with SQLite's page statistics), the header and
    # the schema untouched: the file opens, and the check finds the damage.
    con = sqlite3.connect(db)
    try:
        size = con.execute("PRAGMA page_size").fetchone()[0]
        pages = [n for (n,) in con.execute("SELECT pageno FROM dbstat WHERE name = 'country' AND pagetype = 'leaf' "
                                           "ORDER BY pageno")]
    finally:
        con.close()
    assert len(pages) >= 3
    with db.open("r+b") as f:
        for page in pages[:3]:
            f.seek((page - 1) * size)
            f.write(b"\xff" * size)
    store = open_store(db, readonly=True)
    try:
        problems = run_checks(store)
    finally:
        store.close()
    assert problems and "damage" in problems[0] and "backup" in problems[0]


def test_many_problems_are_counted_not_all_listed(db):
    with _connect(db) as con:
        for i in range(30):
            _person(con, f"Person {i}", _org(con, f"Org {i:02d}"), "broken-address")
    problems = _checks(db)
    assert len(problems) == 21
    assert "10 more" in problems[-1]


def fill_registry(con: sqlite3.Connection, organisations: int) -> None:
    """``organisations`` organisations, as many people (each the next one's representative), a membership
    for every third one and a parent for every tenth: the shape of a large desk, written behind its back."""
    programmes = [r[0] for r in con.execute("SELECT id FROM programme")]
    countries = [r[0] for r in con.execute("SELECT id FROM country")]
    orgs = [uuid.uuid4().hex for _ in range(organisations)]
    con.executemany(
        "INSERT INTO organisation (id, created_at, updated_at, version, name, acronym, country_id, "
        "stakeholder_cluster, organisation_type, website, parent_id, notes, sort_name, search_text) "
        "VALUES (?, ?, ?, 1, ?, '', ?, 'civil_society', 'ngo', '', ?, '', ?, ?)",
        ((oid, NOW, NOW, f"Organisation {i}", countries[i % len(countries)],
          orgs[i - 1] if i % 10 == 1 else None, f"organisation {i}", f"organisation {i}")
         for i, oid in enumerate(orgs)))
    people = [uuid.uuid4().hex for _ in orgs]
    con.executemany(
        "INSERT INTO person (id, created_at, updated_at, version, name, email, phone, organisation_id, gender)"
        " VALUES (?, ?, ?, 1, ?, ?, '', ?, 'unknown')",
        ((pid, NOW, NOW, f"Person {i}", f"p{i}@example.org", orgs[i]) for i, pid in enumerate(people)))
    con.executemany(
        "INSERT INTO membership (id, created_at, updated_at, version, organisation_id, programme_id, role, "
        "representative_id, term_start, term_end, status, notes) "
        "VALUES (?, ?, ?, 1, ?, ?, 'network_member', ?, '2024-01-01', '2026-01-01', 'active', '')",
        ((uuid.uuid4().hex, NOW, NOW, orgs[i], programmes[i % 5], people[i]) for i in range(0, len(orgs), 3)))


def _statements(path) -> tuple[list[str], int]:
    """The problems found and the number of SQL statements Check database sent to find them."""
    from sqlalchemy import event

    store = open_store(path, readonly=True)
    sent = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: sent.append(1))
    try:
        return run_checks(store), len(sent)
    finally:
        store.close()


def test_checks_ask_the_database_the_same_questions_whatever_the_desk_size(tmp_path):
    """SQL, not loops over records: a desk ten times larger sends exactly as many statements and finds the
    same one problem among its organisations. Both are larger than the 500 organisations whose search
    entries the read-only check samples, one question each. (The time on 100,000 organisations is measured by
    tests/benchmarks/run.py, ``checks_seconds``, against the 2 s budget.)"""
    found = []
    for organisations in (700, 7000):
        path = tmp_path / f"desk-{organisations}.sqlite"
        open_store(path).close()
        with _connect(path) as con:
            fill_registry(con, organisations)
            _org(con, "The One Bad Apple", sort_name="")
        found.append(_statements(path))
    (small, small_sent), (large, large_sent) = found
    assert len(small) == len(large) == 1 and "The One Bad Apple" in large[0]
    assert small_sent == large_sent > 5


# --- the command ---------------------------------------------------------------------------------

def test_cli_check_healthy(db, capsys):
    assert main(["check", "--db", str(db)]) == 0
    assert "healthy" in capsys.readouterr().out


def test_cli_check_lists_problems(db, capsys):
    with _connect(db) as con:
        _membership(con, _org(con, "Green Cities Network"), start="2025-06-01", end="2024-06-01")
        _person(con, "Bad Mail", _org(con, "Mail Org"), "nobody")
    assert main(["check", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "2 problems found" in out
    assert "- The network member membership of Green Cities Network in SFS ends" in out
    assert "Mail Org" in out


def test_cli_check_missing_file(tmp_path, capsys):
    missing = tmp_path / "nothing-here.sqlite"
    assert main(["check", "--db", str(missing)]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert len(lines) == 1 and str(missing) in lines[0]
    assert not missing.exists()


def test_a_search_index_out_of_step_is_found_and_the_check_command_rebuilds_it(db, capsys):
    """A row written around the triggers (a tool behind the desk's back) is not searchable: `check` says so
    with the repair to run, and `check --rebuild-search-index` makes it healthy again."""
    con = _connect(db)
    con.execute("DROP TRIGGER organisation_search_insert")
    _org(con, "Hidden Heron Trust")
    con.commit()
    con.close()
    problems = _checks(db)
    assert "organisation_search_insert is missing" in problems[0] and "does not match" in problems[1]
    assert problems[0].endswith("rebuild it with opn-desk check --rebuild-search-index.")
    assert main(["check", "--db", str(db)]) == 1
    capsys.readouterr()
    assert main(["check", "--db", str(db), "--rebuild-search-index"]) == 0
    out = capsys.readouterr().out
    assert "search index rebuilt" in out and "healthy" in out
    assert _checks(db) == []
    con = _connect(db)  # the trigger is back: a new row is indexed again
    _org(con, "Quiet Quail Society")
    con.commit()
    con.close()
    assert _checks(db) == []


# --- records that contradict each other ----------------------------------------------------------------

def _accepted_through_the_desk(store) -> tuple:
    """Verde Futuro's application to be a core partner of SPP, accepted in the desk: (desk, org, app, membership)."""
    from opn_desk.domain.applications import ApplicationInput, CallInput
    from opn_desk.services import applications

    desk = Desk(store, actor="tester")
    org = desk.write("add", registry.create_organisation, OrganisationInput("Verde Futuro", country_iso3="MEX")).value
    call = desk.write("call", applications.create_call, CallInput("SPP", "core_partner", "SPP core partners call 2025",
                                                                  date(2025, 2, 1), date(2025, 4, 30))).value
    app = desk.write("apply", applications.record_application,
                     ApplicationInput(org, "SPP", "core_partner", call_id=call, received_on=date(2025, 3, 3))).value
    desk.write("screen", applications.move_application, app, "screening")
    desk.write("review", applications.move_application, app, "under_review", override="Checked by phone.")
    membership = desk.write("accept", applications.accept_application, app, on=date(2025, 6, 2),
                            rationale="Strong fit with the work plan.").value
    return desk, org, app, membership


def test_the_desks_own_decisions_are_consistent(store):
    """Accepting, reopening (ending the membership) and accepting again, declining and withdrawing: healthy."""
    from opn_desk.services import applications

    desk, _org_id, app, _membership_id = _accepted_through_the_desk(store)
    assert run_checks(store) == []
    desk.write("reopen", applications.reopen_application, app, "under_review", "The MAC asked to look again.",
               end_membership=True, override="Checked by phone.")
    assert run_checks(store) == []
    desk.write("accept", applications.accept_application, app, on=date(2025, 7, 1), rationale="Confirmed.")
    assert run_checks(store) == []


def test_an_accepted_application_without_its_membership_is_found(store, cli):
    """The demo's old contradiction: accepted, yet the organisation has no membership from it."""
    _desk, _org_id, _app, membership = _accepted_through_the_desk(store)
    path = store.path
    with _behind_the_desks_back(store) as con:  # removed behind the desk's back
        con.execute("DELETE FROM membership WHERE id = ?", (membership.hex,))
    r = cli("check", "--db", path)
    assert r.returncode == 1, r.stdout + r.stderr
    problems = [line[2:] for line in r.stdout.splitlines() if line.startswith("- ")]
    assert problems == ["The application of Verde Futuro to be a core partner of SPP was accepted on 2 June 2025, "
                        "but Verde Futuro has no membership from it; add the core partner membership, or reopen "
                        "the application and accept it again."]


def test_a_membership_whose_notes_were_edited_still_counts_for_its_application(store):
    _desk, _org_id, _app, membership = _accepted_through_the_desk(store)
    path = store.path
    with _behind_the_desks_back(store) as con:
        con.execute("UPDATE membership SET notes = 'Signed the letter of commitment.' WHERE id = ?",
                    (membership.hex,))
    assert _checks(path) == []  # same programme, role and first day as the decision


def test_an_active_membership_from_an_application_no_longer_accepted(store):
    _desk, _org_id, app, _membership_id = _accepted_through_the_desk(store)
    path = store.path
    with _behind_the_desks_back(store) as con:  # reopened by a tool that left the membership running
        con.execute("UPDATE application SET status = 'under_review', decision = NULL, decided_on = NULL "
                    "WHERE id = ?", (app.hex,))
        _insert(con, "application_transition", application_id=app.hex, from_status="accepted",
                to_status="under_review", at="2099-01-01 00:00:00.000000", actor="a script", reason="Reopened.")
    _one_problem(path, "Verde Futuro is an active core partner of SPP", "no longer accepted", "under review",
                 "end the membership")


def test_a_decision_that_disagrees_with_the_status(db):
    with _connect(db) as con:
        _application(con, _org(con, "Mixed Signals"), status="not_accepted", decision="accepted",
                     decided_on="2025-03-01", rationale="Out of scope.")
        _application(con, _org(con, "Early Verdict"), status="under_review", decision="accepted",
                     decided_on="2025-03-01")
    problems = _checks(db)
    assert len(problems) == 2, problems
    assert any("Mixed Signals" in p and "is not accepted, but its decision says accepted" in p for p in problems)
    assert any("Early Verdict" in p and "is under review, but its decision says accepted" in p
               for p in problems)


def test_a_decision_before_the_application_was_received(db):
    with _connect(db) as con:
        _application(con, _org(con, "Time Travellers"), status="not_accepted", decision="not_accepted",
                     decided_on="2024-12-01", rationale="Out of scope.")  # received 2025-01-10
    _one_problem(db, "Time Travellers", "decided (not accepted) before it was received")


def test_a_status_its_history_does_not_reach(db):
    with _connect(db) as con:
        app = _application(con, _org(con, "Skipped Steps"), status="under_review")
        _insert(con, "application_transition", application_id=app, from_status=None, to_status="received",
                at="2025-01-10 09:00:00.000000", actor="t", reason="")
        _insert(con, "application_transition", application_id=app, from_status="received", to_status="screening",
                at="2025-01-12 09:00:00.000000", actor="t", reason="")
        fine = _application(con, _org(con, "Straight Path"), status="screening")
        _insert(con, "application_transition", application_id=fine, from_status="received", to_status="screening",
                at="2025-01-12 09:00:00.000000", actor="t", reason="")
    _one_problem(db, "Skipped Steps", "is under review, but the last step in its history is screening")


def test_an_open_applications_representative_from_another_organisation(db):
    with _connect(db) as con:
        home = _org(con, "Harvest Commons")
        app = _application(con, home, status="screening")
        con.execute("UPDATE application SET representative_id = ? WHERE id = ?",
                    (_person(con, "Ines Ortega", _org(con, "Ocean Roots")), app))
        done = _application(con, _org(con, "Old Story"), status="withdrawn")  # history: not checked
        con.execute("UPDATE application SET representative_id = ? WHERE id = ?",
                    (_person(con, "Moved On", _org(con, "Elsewhere")), done))
    _one_problem(db, "representative named in the application of Harvest Commons", "Ines Ortega",
                 "belongs to Ocean Roots")


def test_a_reviewer_scoring_their_own_organisation(db):
    with _connect(db) as con:
        org = _org(con, "Self Assessors")
        app = _application(con, org, status="under_review")
        call = _insert(con, "call", programme_id=_programme(con, "SFS"), role="network_member",
                       title="Call 2025", opens_on="2025-01-01", closes_on="2025-02-01")
        outsider = _person(con, "Independent Reviewer", _org(con, "Neutral Institute"))
        insider = _person(con, "Partial Reviewer", org)
        for i in range(2):
            crit = _insert(con, "evaluation_criterion", call_id=call, name=f"Criterion {i}", description="",
                           weight=1.0, position=i)
            for reviewer in (outsider, insider):
                _insert(con, "review", application_id=app, criterion_id=crit, reviewer_id=reviewer, score=4,
                        comment="")
    _one_problem(db, "Partial Reviewer scored the application of Self Assessors", "conflict of interest")


def _renewal(con, title: str = "SPP leadership renewal 2026–2027") -> tuple[str, str]:
    call = _insert(con, "call", programme_id=_programme(con, "SPP"), role="co_lead", title="SPP co-leads call",
                   opens_on="2025-01-01", closes_on="2025-02-01")
    process = _insert(con, "renewal_process", programme_id=_programme(con, "SPP"), title=title, call_id=call,
                      opened_on="2025-01-01", notes="")
    return process, call


def _candidate(con, process: str, org: str, *, application: str | None = None, seeking: bool | None = None,
               proposed: bool = True) -> str:
    return _insert(con, "renewal_candidate", process_id=process, organisation_id=org, application_id=application,
                   membership_id=None, seeking_renewal=seeking, mac_opinion="", commitment="", proposed=proposed,
                   proposed_note="")


def test_a_proposed_lead_whose_application_was_not_accepted(db):
    with _connect(db) as con:
        process, _call = _renewal(con)
        turned_down = _org(con, "Turned Down")
        _candidate(con, process, turned_down, application=_application(
            con, turned_down, status="not_accepted", decision="not_accepted", decided_on="2025-03-01",
            rationale="Not eligible."))
        gone = _org(con, "Gone Quiet")  # withdrawn: no longer a candidate, so out of the proposal anyway
        _candidate(con, process, gone, application=_application(con, gone, status="withdrawn"))
        still = _org(con, "Still Keen")
        _candidate(con, process, still, application=_application(con, still, status="under_review"))
    _one_problem(db, "Turned Down is proposed for the leadership in SPP leadership renewal 2026–2027",
                 "its application is not accepted")


def test_a_proposed_incumbent_not_seeking_renewal(db):
    with _connect(db) as con:
        process, _call = _renewal(con)
        _candidate(con, process, _org(con, "Reluctant Lead"), seeking=False)
        _candidate(con, process, _org(con, "Willing Lead"), seeking=True)
        _candidate(con, process, _org(con, "Undecided Lead"), seeking=None, proposed=False)
    _one_problem(db, "Reluctant Lead is proposed for the leadership", "has not said it seeks renewal")
