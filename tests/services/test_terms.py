"""Terms of office: two-year terms, consecutive terms, holding over, alerts, composition on any date."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from opn_desk.db.models import AuditEntry, Membership, Programme
from opn_desk.domain.registry import OrganisationInput, PersonInput
from opn_desk.domain.terms import (
    HOLDING_OVER,
    SIX_MONTHS,
    THREE_MONTHS,
    TermRow,
    add_months,
    alert_for,
    in_office,
    in_office_on,
    is_holding_over,
    runs,
    term_end_for,
)
from opn_desk.services import registry, terms
from opn_desk.services.errors import InvalidInput, NotAllowed

TODAY = date(2026, 11, 22)
P = uuid.uuid4()


def row(org, start, end, status="active", renews=None, role="co_lead", rid=None):
    return TermRow(rid or uuid.uuid4(), org, P, role, start, end, status, renews)


# --- pure arithmetic -------------------------------------------------------------------------------

def test_month_and_term_arithmetic():
    assert add_months(date(2026, 8, 31), -6) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 22), -12) == date(2025, 11, 22)
    assert term_end_for(date(2026, 1, 1)) == date(2027, 12, 31)
    assert term_end_for(date(2024, 2, 29)) == date(2026, 2, 27)  # 28 Feb 2026 is the day after
    assert term_end_for(date(2026, 3, 1), 1) == date(2027, 2, 28)


def test_consecutive_terms_through_renewals_and_contiguous_terms():
    a, b = uuid.uuid4(), uuid.uuid4()
    first = row(a, date(2020, 1, 1), date(2021, 12, 31), "ended")
    second = row(a, date(2022, 1, 1), date(2023, 12, 31), "ended", renews=first.id)  # renewal
    third = row(a, date(2024, 1, 1), date(2025, 12, 31), "ended")  # contiguous, not linked
    # Recorded by registry.renew_membership: starts on the old term's last day (overlap of one day).
    fourth = row(a, date(2025, 12, 31), date(2027, 12, 31))
    after_gap = row(b, date(2018, 1, 1), date(2019, 12, 31), "ended")
    again = row(b, date(2021, 1, 1), date(2022, 12, 31), "ended")  # a year out: a new run
    other_role = row(a, date(2022, 1, 1), None, role="core_partner")
    counted = runs([fourth, third, second, first, after_gap, again, other_role])
    assert counted[first.id] == (1, date(2020, 1, 1))
    assert counted[second.id] == (2, date(2020, 1, 1))
    assert counted[third.id] == (3, date(2020, 1, 1))
    assert counted[fourth.id] == (4, date(2020, 1, 1))
    assert counted[after_gap.id] == (1, date(2018, 1, 1))
    assert counted[again.id] == (1, date(2021, 1, 1))
    assert counted[other_role.id] == (1, date(2022, 1, 1))


def test_a_renewal_link_wins_over_date_order():
    a = uuid.uuid4()
    old = row(a, date(2020, 1, 1), date(2021, 12, 31), "ended")
    # Renewed after a gap of a month (late decision): still the second consecutive term, by its link.
    late = row(a, date(2022, 2, 1), date(2024, 1, 31), renews=old.id)
    assert runs([old, late])[late.id] == (2, date(2020, 1, 1))


def test_holding_over_and_who_is_in_office_on_a_day():
    a = uuid.uuid4()
    over = row(a, date(2024, 1, 1), date(2025, 12, 31))  # active, term passed: holding over
    ended = row(uuid.uuid4(), date(2024, 1, 1), date(2025, 12, 31), "ended")
    suspended = row(uuid.uuid4(), date(2024, 1, 1), None, "suspended")
    future = row(uuid.uuid4(), date(2027, 1, 1), date(2028, 12, 31))
    assert is_holding_over(over, TODAY) and not is_holding_over(ended, TODAY)
    assert not is_holding_over(over, date(2025, 12, 31))  # the last day is still in the term
    # Past dates: both in office; after the term only the one holding over, and only up to today.
    assert in_office(over, date(2025, 6, 1), TODAY) and in_office(ended, date(2025, 6, 1), TODAY)
    assert in_office(over, date(2026, 3, 1), TODAY) and not in_office(ended, date(2026, 3, 1), TODAY)
    assert in_office(over, TODAY, TODAY)
    assert not in_office(over, date(2027, 1, 1), TODAY)  # nobody is assumed to hold over into the future
    assert not in_office(suspended, date(2025, 1, 1), TODAY)
    assert not in_office(future, TODAY, TODAY) and in_office(future, date(2027, 6, 1), TODAY)
    assert in_office(ended, date(2025, 12, 31), TODAY) and not in_office(ended, date(2026, 1, 1), TODAY)
    # A renewal recorded as starting on the old term's last day: that day shows the new term only.
    old = row(a, date(2022, 1, 1), date(2023, 12, 31), "ended", rid=uuid.UUID(int=1))
    new = row(a, date(2023, 12, 31), date(2025, 12, 30), renews=old.id, rid=uuid.UUID(int=2))
    assert [r.id for r in in_office_on([old, new], date(2023, 12, 31), TODAY)] == [new.id]


def test_alerts_six_and_three_months_before_and_holding_over():
    end = date(2027, 5, 31)
    m = row(uuid.uuid4(), date(2025, 6, 1), end)
    assert alert_for(m, date(2026, 11, 29)) is None
    assert alert_for(m, date(2026, 11, 30)) == (SIX_MONTHS, date(2026, 11, 30))
    assert alert_for(m, date(2027, 2, 27)) == (SIX_MONTHS, date(2026, 11, 30))
    assert alert_for(m, date(2027, 2, 28)) == (THREE_MONTHS, date(2027, 2, 28))
    assert alert_for(m, end) == (THREE_MONTHS, date(2027, 2, 28))
    assert alert_for(m, date(2027, 6, 1)) == (HOLDING_OVER, date(2027, 6, 1))
    assert alert_for(row(uuid.uuid4(), date(2025, 6, 1), end, "ended"), date(2027, 3, 1)) is None
    assert alert_for(row(uuid.uuid4(), date(2025, 6, 1), end, role="network_member"), date(2027, 3, 1)) is None
    assert alert_for(row(uuid.uuid4(), date(2025, 6, 1), None), date(2027, 3, 1)) is None


# --- on the database -------------------------------------------------------------------------------

@pytest.fixture
def network(desk):
    """SPP: A co-lead since 2020 (three terms, the last holding over), B a core partner to 2027, C a core
    partner who left in 2024, D a co-lead whose term starts in 2027, E a network member."""

    def build(session):
        spp = session.scalar(select(Programme).where(Programme.code == "SPP"))
        ids = {}
        for key, name, iso3 in [("A", "Ministry of Environment <A&B>", "KEN"), ("B", "Министерство экологии", "RUS"),
                                ("C", "Υπουργείο Περιβάλλοντος", "GRC"), ("D", "وزارة البيئة", "SAU"),
                                ("E", "生态环境部", "CHN")]:
            ids[key] = registry.create_organisation(session, OrganisationInput(
                name=name, country_iso3=iso3, stakeholder_cluster="government"))
        ids["rep"] = registry.add_person(session, PersonInput(ids["A"], "Zoë Ångström", gender="female"))

        def add(key, role, start, end, status, renews=None):
            m = Membership(organisation_id=ids[key], programme_id=spp.id, role=role, term_start=start,
                           term_end=end, status=status, renews_id=renews,
                           representative_id=ids["rep"] if key == "A" else None)
            session.add(m)
            session.flush()
            return m.id

        first = add("A", "co_lead", date(2020, 1, 1), date(2021, 12, 31), "ended")
        second = add("A", "co_lead", date(2022, 1, 1), date(2023, 12, 31), "ended", first)
        ids["A3"] = add("A", "co_lead", date(2024, 1, 1), date(2025, 12, 31), "active", second)
        ids["B1"] = add("B", "core_partner", date(2025, 6, 1), date(2027, 5, 31), "active")
        add("C", "core_partner", date(2022, 1, 1), date(2024, 6, 30), "ended")
        ids["D1"] = add("D", "co_lead", date(2027, 1, 1), date(2028, 12, 31), "active")
        add("E", "network_member", date(2020, 1, 1), None, "active")
        return ids

    return desk.write("Build the network", build).value


def _names(entries):
    return [(e.organisation, e.role) for e in entries]


def test_composition_as_of_past_present_and_future(desk, network):
    past = desk.read(terms.composition, "SPP", date(2023, 6, 1), today=TODAY)
    assert _names(past) == [("Ministry of Environment <A&B>", "co_lead"), ("Υπουργείο Περιβάλλοντος", "core_partner")]
    assert past[0].consecutive == 2 and past[0].run_start == date(2020, 1, 1) and not past[0].holding_over
    assert past[0].representative == "Zoë Ångström" and past[0].representative_gender == "female"

    now = desk.read(terms.composition, "spp", today=TODAY)
    assert _names(now) == [("Ministry of Environment <A&B>", "co_lead"), ("Министерство экологии", "core_partner")]
    assert now[0].holding_over and now[0].consecutive == 3 and now[0].regional_group == "Africa"

    future = desk.read(terms.composition, "SPP", date(2027, 3, 1), today=TODAY)
    assert _names(future) == [("وزارة البيئة", "co_lead"), ("Министерство экологии", "core_partner")]
    later = desk.read(terms.composition, "SPP", date(2027, 6, 1), today=TODAY)
    assert _names(later) == [("وزارة البيئة", "co_lead")]
    # Network members are not part of the composition unless asked.
    members = desk.read(terms.composition, "SPP", TODAY, today=TODAY, roles=("network_member",))
    assert _names(members) == [("生态环境部", "network_member")]


def test_terms_of_office_history_is_kept(desk, network):
    history = desk.read(terms.terms_of_office, "SPP", organisation_id=network["A"], today=TODAY)
    assert [(t.term_start.year, t.consecutive, t.holding_over) for t in history] == [
        (2020, 1, False), (2022, 2, False), (2024, 3, True)]
    assert {t.representative for t in history} == {"Zoë Ångström"}
    everyone = desk.read(terms.terms_of_office, "SPP", today=TODAY)
    assert len(everyone) == 6  # network members left out


def test_renewing_a_member_holding_over_continues_the_run_and_keeps_history(desk, network):
    before = desk.read(terms.composition, "SPP", date(2023, 6, 1), today=TODAY)
    new_id = desk.write("Renew A", terms.renew_term, network["A3"]).value
    with desk.store.sessions()() as session:
        new = session.get(Membership, new_id)
        old = session.get(Membership, network["A3"])
        assert (new.term_start, new.term_end, new.renews_id) == (date(2026, 1, 1), date(2027, 12, 31), old.id)
        assert old.status == "ended" and old.term_end == date(2025, 12, 31)  # the old term keeps its dates
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.description == "Renew A")) == 2
    now = desk.read(terms.composition, "SPP", today=TODAY)
    assert now[0].organisation_id == network["A"] and now[0].consecutive == 4 and not now[0].holding_over
    assert desk.read(terms.composition, "SPP", date(2023, 6, 1), today=TODAY) == before  # history unchanged
    assert desk.read(terms.composition, "SPP", date(2027, 6, 1), today=TODAY)[0].organisation_id == network["A"]
    desk.undo()
    assert desk.read(terms.composition, "SPP", today=TODAY)[0].holding_over


def test_renew_term_refusals(desk, network):
    desk.write("Renew A", terms.renew_term, network["A3"])
    with pytest.raises(NotAllowed, match="Only an active membership"):
        desk.write("Renew A again", terms.renew_term, network["A3"])
    with pytest.raises(InvalidInput, match="must end after it starts"):
        desk.write("x", terms.renew_term, network["B1"], term_end=date(2027, 6, 1))


def test_alerts_on_the_database(desk, network):
    alerts = desk.read(terms.term_alerts, today=TODAY)
    assert [(a.organisation, a.kind) for a in alerts] == [("Ministry of Environment <A&B>", HOLDING_OVER)]
    assert "is holding over: its term ended on 31 December 2025" in alerts[0].sentence
    assert alerts[0].days_left == (date(2025, 12, 31) - TODAY).days
    six = desk.read(terms.term_alerts, today=date(2026, 12, 1), programme_code="SPP")
    assert (six[-1].organisation, six[-1].kind, six[-1].alert_on) == ("Министерство экологии", SIX_MONTHS,
                                                                        date(2026, 11, 30))
    three = desk.read(terms.term_alerts, today=date(2027, 3, 1))
    assert ("Министерство экологии", THREE_MONTHS) in [(a.organisation, a.kind) for a in three]
    assert "less than 3 months" in [a for a in three if a.kind == THREE_MONTHS][0].sentence


def test_unknown_programme_lists_the_codes(desk):
    with pytest.raises(InvalidInput, match="the codes are CI, SBC, SFS, SLE, SPP, STP"):
        desk.read(terms.composition, "XYZ")
    assert ("SPP", "Sustainable Public Procurement") in desk.read(terms.programme_codes)
