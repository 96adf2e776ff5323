"""The advisory committee's rules: invitees on the meeting's date, written comments as participation,
the travel ranking with LDC status on the meeting's date, the allocation within the budget."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from opn_desk.domain.meetings import (
    Attendance,
    TravelFacts,
    allocation_problems,
    invitees,
    parse_priority,
    participation_rates,
    rank_travel,
    took_part,
)
from opn_desk.domain.terms import TermRow

TODAY = date(2026, 11, 22)
P = uuid.uuid4()


def term(org, role, start, end, status="active"):
    return TermRow(uuid.uuid4(), org, P, role, start, end, status)


def test_invitees_are_the_co_leads_and_core_partners_in_office_on_the_meeting_date():
    lead, partner, left, later, suspended, member, holding = (uuid.uuid4() for _ in range(7))
    rows = [
        term(lead, "co_lead", date(2025, 1, 1), date(2026, 12, 31)),
        term(lead, "core_partner", date(2024, 1, 1), date(2027, 12, 31)),  # invited once, as co-lead
        term(partner, "core_partner", date(2025, 6, 1), date(2027, 5, 31)),
        term(left, "core_partner", date(2023, 1, 1), date(2025, 3, 31), "ended"),
        term(later, "core_partner", date(2026, 1, 1), date(2027, 12, 31)),
        term(suspended, "core_partner", date(2024, 1, 1), date(2027, 12, 31), "suspended"),
        term(member, "network_member", date(2020, 1, 1), None),
        term(holding, "core_partner", date(2023, 1, 1), date(2025, 12, 31)),  # holding over until today
    ]
    on_day = invitees(rows, date(2025, 10, 15), TODAY)
    assert on_day == {lead: "co_lead", partner: "core_partner", holding: "core_partner"}
    assert left not in on_day  # its term ended on 31 March 2025
    assert later not in on_day and suspended not in on_day and member not in on_day
    assert on_day[lead] == "co_lead"
    earlier = invitees(rows, date(2024, 11, 26), TODAY)
    assert set(earlier) == {lead, left, holding}
    # Holding over counts up to today, never beyond: a meeting next year does not invite the holder.
    assert holding in invitees(rows, TODAY, TODAY)
    assert holding not in invitees(rows, date(2027, 2, 1), TODAY)


def test_written_comments_sent_in_advance_count_as_participation():
    assert took_part("written_comments") and took_part("attended")
    assert not took_part("excused") and not took_part("no_show") and not took_part("invited")
    assert took_part("excused", wrote_comments=True)  # comments on an item count whatever the status says
    org, other = uuid.uuid4(), uuid.uuid4()
    m1, m2, m3, m4 = (uuid.uuid4() for _ in range(4))
    records = [
        Attendance(org, m1, date(2025, 4, 9), "written_comments"),
        Attendance(org, m2, date(2025, 10, 15), "attended"),
        Attendance(org, m3, date(2026, 4, 22), "excused", wrote_comments=True),
        Attendance(org, m4, date(2027, 4, 1), "invited"),  # still to come: not counted
        Attendance(other, m1, date(2025, 4, 9), "no_show"),
        Attendance(other, m2, date(2025, 10, 15), "excused"),
    ]
    rates = participation_rates(records, TODAY)
    assert (rates[org].invited, rates[org].took_part, rates[org].rate) == (3, 3, 1.0)
    assert (rates[other].invited, rates[other].took_part, rates[other].rate) == (2, 0, 0.0)


def facts(name, iso3, ldc_from=None, ldc_until=None, *, sids=False, lldc=False, amount=2000.0, day=1):
    return TravelFacts(uuid.uuid4(), name, iso3, ldc_from, ldc_until, sids, lldc, date(2025, 1, day), amount)


def test_ldc_priority_uses_the_countrys_status_on_the_meeting_date():
    sao_tome = facts("Sao Tome partner", "STP", date(1982, 1, 1), date(2024, 12, 13), sids=True, day=1)
    chad = facts("Chad partner", "TCD", date(1971, 1, 1), day=5)
    bolivia = facts("Bolivia partner", "BOL", lldc=True, day=2)
    france = facts("France partner", "FRA", day=3)
    fiji = facts("Fiji partner", "FJI", sids=True, day=4)
    requests = [france, bolivia, fiji, chad, sao_tome]

    before = rank_travel(requests, date(2024, 11, 26))  # Sao Tome still an LDC
    assert [r.facts.organisation for r in before] == ["Sao Tome partner", "Chad partner", "Fiji partner",
                                                       "Bolivia partner", "France partner"]
    assert [r.ldc for r in before] == [True, True, False, False, False]
    after = rank_travel(requests, date(2025, 10, 15))  # graduated on 13 December 2024: a SIDS now
    assert [r.facts.organisation for r in after] == ["Chad partner", "Sao Tome partner", "Fiji partner",
                                                      "Bolivia partner", "France partner"]
    assert [r.ldc for r in after] == [True, False, False, False, False]
    assert after[1].group == "sids"
    # The graduation day itself is no longer an LDC day.
    assert not rank_travel([sao_tome], date(2024, 12, 13))[0].ldc
    # The desk chooses what follows the LDCs: landlocked countries first, or LDCs only.
    lldc_first = rank_travel(requests, date(2025, 10, 15), ("lldc", "sids"))
    assert [r.facts.organisation for r in lldc_first][:3] == ["Chad partner", "Bolivia partner", "Sao Tome partner"]
    ldc_only = rank_travel(requests, date(2025, 10, 15), ())
    assert [r.group for r in ldc_only] == ["ldc", "", "", "", ""]
    assert [r.facts.organisation for r in ldc_only][1:] == ["Sao Tome partner", "Bolivia partner", "France partner",
                                                            "Fiji partner"]  # then by date of request


def test_the_proposed_allocation_follows_the_ranking_within_the_budget():
    a = facts("A", "TCD", date(1971, 1, 1), amount=3000, day=1)
    b = facts("B", "FJI", sids=True, amount=2500, day=2)
    c = facts("C", "FRA", amount=2000, day=3)
    ranked = rank_travel([c, b, a], date(2025, 10, 15), budget=4000)
    assert [(r.facts.organisation, r.proposed) for r in ranked] == [("A", 3000), ("B", 1000), ("C", 0)]
    assert sum(r.proposed for r in rank_travel([a, b, c], date(2025, 10, 15), budget=None)) == 0


def test_allocation_problems_and_priority_words():
    r1, r2 = uuid.uuid4(), uuid.uuid4()
    requested = {r1: 1000.0, r2: 500.0}
    assert allocation_problems({r1: 1000, r2: 500}, requested, 1500) == []
    assert "more than the travel budget" in allocation_problems({r1: 1000, r2: 500}, requested, 1200)[0]
    assert "more than the 500.00 requested" in allocation_problems({r2: 600}, requested, 5000)[0]
    assert "no travel budget" in allocation_problems({r1: 10}, requested, None)[0]
    assert parse_priority("SIDS, lldc") == ("sids", "lldc")
    assert parse_priority("") == ()
    with pytest.raises(ValueError, match="not a priority group"):
        parse_priority("sids,small states")
