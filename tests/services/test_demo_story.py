"""The demo network tells one consistent story: decisions made memberships, the proposed leadership is the
selection optimiser's answer and says so truthfully, people's names come from their country's languages,
screening checklists hold the desk's own items, and `opn-desk check` finds nothing wrong."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from sqlalchemy import select

from opn_desk.db.models import (
    Application,
    ApplicationTransition,
    Call,
    Country,
    Membership,
    Organisation,
    Person,
    RenewalStep,
    SuccessionEntry,
)
from opn_desk.db.store import open_store
from opn_desk.domain.applications import default_checklist
from opn_desk.domain.vocab import ApplicationStatus, RegionalGroup, Role
from opn_desk.services import applications, renewal
from opn_desk.services.demo import LEAD_SEATS, TODAY, generate_demo
from opn_desk.services.demo_names import CALLING_CODES, COUNTRY_POOLS, POOLS
from opn_desk.services.desk_settings import screening_checklist

N = 600
S = ApplicationStatus


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("story") / "demo.sqlite")
    generate_demo(store, seed=1, organisations=N)
    yield store
    store.close()


@pytest.fixture
def session(demo):
    with demo.sessions()() as s:
        yield s


# --- decisions and memberships ---------------------------------------------------------------------------

def test_every_accepted_application_has_the_membership_accepting_it_makes(session):
    accepted = session.scalars(select(Application).where(Application.status == S.ACCEPTED.value)).all()
    assert len(accepted) >= 10
    for app in accepted:
        detail = applications.get_application(session, app.id)  # how the desk finds an application's membership
        assert detail.membership_id is not None, detail.organisation
        m = session.get(Membership, detail.membership_id)
        assert (m.organisation_id, m.programme_id, m.role) == (app.organisation_id, app.programme_id, app.role)
        assert m.term_start == app.decided_on and m.term_end == applications.add_years(app.decided_on, 2)
        assert (m.representative_id, m.alternate_id) == (app.representative_id, app.alternate_id)
        assert m.status == "active"  # SPP's 2024 core partners hold over until the 2026 selection decides
        assert app.decision == "accepted" and app.decision_rationale


def test_decisions_follow_the_lifecycle_and_say_the_same_everywhere(session):
    last_reason = {}
    for t in session.scalars(select(ApplicationTransition).order_by(ApplicationTransition.at)):
        last_reason[t.application_id] = (t.to_status, t.reason)
    for app in session.scalars(select(Application)):
        to_status, reason = last_reason[app.id]
        assert to_status == app.status
        if app.status in (S.ACCEPTED.value, S.NOT_ACCEPTED.value):
            assert reason == app.decision_rationale and app.decision == app.status
            assert app.received_on <= app.decided_on <= TODAY
        else:
            assert app.decision is None and app.decided_on is None
        if app.mac_opinion and app.status == S.ACCEPTED.value:
            assert "advises against" not in app.mac_opinion


def test_nothing_is_decided_yet_in_spps_2026_calls(session):
    """The selection round and the leadership renewal are still under way."""
    for title in ("SPP core partners call 2026", "SPP co-leads call 2026"):
        call = session.scalar(select(Call.id).where(Call.title == title))
        statuses = set(session.scalars(select(Application.status).where(Application.call_id == call)))
        assert S.ACCEPTED.value not in statuses, title
        for app in session.scalars(select(Application).where(Application.call_id == call,
                                                             Application.status == S.NOT_ACCEPTED.value)):
            failed = [item for item, done in app.screening.items() if not done]
            assert len(failed) == 1 and f'"{failed[0]}"' in app.decision_rationale  # turned down at screening


# --- the proposed leadership -----------------------------------------------------------------------------

def test_the_proposed_leadership_is_the_optimisers_answer_and_meets_every_rule(session):
    from opn_desk.selection import best_slate, default_rules
    from opn_desk.services.renewal import leadership_problem as _lead_problem

    process = renewal.latest_process(session, "SPP")
    candidates = renewal.list_candidates(session, process, today=TODAY)
    chosen, balance = renewal.proposed_leadership(session, process, today=TODAY)  # what the Leadership area shows
    assert len(chosen) == LEAD_SEATS == balance.seats
    assert [r.name for r in balance.rules] == [r.name for r in default_rules(LEAD_SEATS, one_per_parent=False)]
    assert balance.broken == ()
    assert {c.regional_group_code for c in chosen} == {g.value for g in RegionalGroup}
    # No other five screened candidates meeting the rules score more.
    eligible = [c for c in candidates if c.status_code in ("under_review", "mac_opinion", "seeking_renewal")
                and "advises against" not in c.mac_opinion]
    best = best_slate(_lead_problem(eligible, LEAD_SEATS))
    assert set(best.ids) == {str(c.key) for c in chosen}
    assert all(c.status_code in ("under_review", "mac_opinion", "seeking_renewal") for c in chosen)


def test_the_leaderships_notes_say_what_is_true(session):
    process = renewal.latest_process(session, "SPP")
    chosen, balance = renewal.proposed_leadership(session, process, today=TODAY)
    edge = sum(1 for r in balance.rules if r.state == "at the edge")
    step3 = session.scalar(select(RenewalStep.evidence).where(RenewalStep.process_id == process,
                                                              RenewalStep.number == 3))
    assert f"together meet all {len(balance.rules)} balance rules ({edge} at the edge)" in step3
    incumbents = sum(1 for c in chosen if c.incumbent)
    said = ["none of them is an incumbent", "one of them is an incumbent", "two of them are incumbents",
            "three of them are incumbents"][incumbents]
    assert step3.endswith(said + ".")
    ranked = sum(1 for c in renewal.list_candidates(session, process, today=TODAY) if c.rank)
    for c in chosen:  # every proposed lead is the only one of its regional group and cluster among five
        assert c.proposed_note.startswith(f"Ranked {c.rank}")
        assert f" of {ranked} by weighted total; the only lead from {c.regional_group} and the only one from the " \
               in c.proposed_note
        assert c.proposed_note.endswith("Continuity: an incumbent co-lead seeking renewal.") == c.incumbent
    plan = defaultdict(list)
    for entry in session.scalars(select(SuccessionEntry).where(SuccessionEntry.process_id == process)):
        plan[entry.year].append(entry)
    assert {e.organisation_id for e in plan[2027]} == {c.organisation_id for c in chosen}
    assert not any("Africa" in e.note or e.name.startswith("Open seat") for e in plan[2028])  # Africa is in
    detail = renewal.get_process(session, process)
    leads = renewal.list_incumbents(session, process, today=TODAY)
    ends = sorted(m.term_end for m, _seeking, _applied in leads)
    assert f"{ends[0]:%B %Y}" in detail.notes and f"{ends[-1]:%B %Y}" in detail.notes


# --- names and phone numbers -------------------------------------------------------------------------------

def _people_by_country(session) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    rows = session.execute(select(Country.iso3, Person.name, Person.phone)
                           .join(Organisation, Organisation.id == Person.organisation_id)
                           .join(Country, Country.id == Organisation.country_id))
    for iso3, name, phone in rows:
        out[iso3].append((name, phone))
    return out


def test_names_come_from_the_languages_of_the_organisations_country(session):
    people = _people_by_country(session)
    for iso3, names in people.items():
        allowed = set().union(*(POOLS[p].names() for p in COUNTRY_POOLS[iso3]))
        strays = [n for n, _phone in names if n not in allowed]
        assert not strays, (iso3, strays)
    # Spot checks a reader can follow.
    spanish = POOLS["spanish"].names()
    assert people["MEX"] and all(n in spanish for n, _ in people["MEX"])
    assert all(POOLS[p].language == "fr" for p in COUNTRY_POOLS["SEN"])
    assert people["SEN"] and all(n in POOLS["west_african_fr"].names() for n, _ in people["SEN"])
    assert people["CHN"] and all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n) for n, _ in people["CHN"])
    assert people["EGY"] and all(re.fullmatch(r"[\u0600-\u06ff ]+", n) or n in POOLS["arabic_latin"].names()
                                 for n, _ in people["EGY"])
    assert people["RUS"] and all(re.fullmatch(r"[\u0400-\u04ff ]+", n) for n, _ in people["RUS"])
    everyone = " ".join(n for names in people.values() for n, _ in names)
    assert "Bjørnstad" not in " ".join(n for n, _ in people["TCD"])  # the old demo's Chadian "Aminata Bjørnstad"
    assert re.search(r"[\u4e00-\u9fff]", everyone) and re.search(r"[\u0600-\u06ff]", everyone)


def test_every_country_of_the_demo_has_its_own_names_and_calling_code(session):
    countries = session.execute(select(Country.iso3, Country.regional_group)).all()
    grouped = {iso3 for iso3, group in countries if group} | {"PSE", "VAT"}
    assert grouped <= set(COUNTRY_POOLS) and grouped <= set(CALLING_CODES)
    assert all(name in POOLS for pools in COUNTRY_POOLS.values() for name in pools)


def test_phone_numbers_carry_the_countrys_calling_code(session):
    people = _people_by_country(session)
    assert all(phone.startswith(f"+{CALLING_CODES[iso3]} ") for iso3, names in people.items()
               for _name, phone in names if phone)
    assert any(phone.startswith("+221 ") for _n, phone in people["SEN"]) or not any(p for _n, p in people["SEN"])


# --- screening checklists ------------------------------------------------------------------------------------

def test_screening_checklists_hold_the_desks_items_not_raw_codes(session):
    for role in Role:
        assert list(screening_checklist(session, role.value)) == list(default_checklist(role.value))
    for app in session.scalars(select(Application)):
        assert list(app.screening) == list(screening_checklist(session, app.role)), app.id
        assert not any(re.fullmatch(r"[a-z0-9_]+", key) for key in app.screening)
        detail = applications.get_application(session, app.id)  # as the application's page lists them
        assert [item for item, _done in detail.screening] == list(default_checklist(app.role))
        if app.status == S.RECEIVED.value:
            assert not any(app.screening.values())
        elif app.status in (S.UNDER_REVIEW.value, S.MAC_OPINION.value, S.ACCEPTED.value):
            assert all(app.screening.values())


# --- the check command --------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [None, 5000])
def test_check_finds_nothing_wrong_with_the_demo(tmp_path, cli, size):
    path = tmp_path / "demo.sqlite"
    made = cli("demo", "--db", path, *(("--organisations", size) if size else ()))
    assert made.returncode == 0, made.stderr
    checked = cli("check", "--db", path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip() == f"{path}: healthy."
