"""Reporting cycles through the desk: answers, rates on the deadline's partners, non-reporters, focal points,
activities; each change audited, undoable, and a merge record like any other."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from year_world import DEADLINE, build, member, organisation

from opn_desk.db.models import AuditEntry, ReportingAlternate, ReportingStatus
from opn_desk.services import reporting
from opn_desk.services.errors import InvalidInput, NotFound
from opn_desk.services.reporting import ActivityInput

LATER = DEADLINE + timedelta(days=60)


def rate_of(desk, year=2025, today=LATER):
    [row] = desk.read(reporting.rates, year=year, programme_code="SPP", today=today)
    return row.rate


def test_rate_counts_the_deadlines_partners_excused_left_out_late_counted(desk):
    w = build(desk, partners=5)
    desk.write("s", reporting.record_submission, w.cycle, w.orgs["P0"], DEADLINE)
    desk.write("s", reporting.record_submission, w.cycle, w.orgs["P1"], DEADLINE + timedelta(days=15))  # very late
    desk.write("e", reporting.record_excuse, w.cycle, w.orgs["P2"], "Office closed")
    # Joined after the deadline: not a partner of this cycle. Left before it: not either.
    late_joiner, _ = organisation(desk, "Late joiner")
    member(desk, late_joiner, start=DEADLINE + timedelta(days=1))
    leaver, _ = organisation(desk, "Leaver")
    member(desk, leaver, start=date(2020, 1, 1), end=DEADLINE - timedelta(days=1))
    rate = rate_of(desk)
    assert (rate.partners, rate.reported, rate.excused, rate.very_late) == (4, 2, 1, 1)
    assert rate.rate == 0.5
    assert [r.as_json() for r in desk.read(reporting.rates, year=2025)][0] == {
        "programme": "SPP", "year": 2025, "partners": 4, "reported": 2, "rate": 0.5, "target": 0.75,
        "excused": 1, "late": 0, "very_late": 1}


def test_late_and_very_late_are_derived_never_stored(desk):
    w = build(desk, partners=1)
    desk.write("s", reporting.record_submission, w.cycle, w.orgs["P0"], DEADLINE + timedelta(days=14))
    stored = desk.read(lambda s: s.scalar(select(ReportingStatus.status)))
    assert stored == "submitted"
    [line] = desk.read(reporting.partner_lines, "SPP", 2025, today=LATER)
    assert line.standing.state == "late" and line.standing.reported
    # Moving the deadline a day earlier makes the same submission very late.
    desk.write("d", reporting.edit_cycle, w.cycle, deadline=DEADLINE - timedelta(days=1))
    [line] = desk.read(reporting.partner_lines, "SPP", 2025, today=LATER)
    assert line.standing.state == "very_late"


def test_rates_per_role_and_regional_group(desk):
    w = build(desk, partners=4)  # P0 also co-lead; countries KEN, FRA, MEX, CHN
    desk.write("s", reporting.record_submission, w.cycle, w.orgs["P1"], DEADLINE)
    summary = desk.read(reporting.cycle_summary, "SPP", 2025, today=LATER)
    roles = {b.label: (b.rate.partners, b.rate.reported) for b in summary.by_role}
    assert roles == {"Co-lead": (1, 0), "Network member": (4, 1)}
    groups = {b.label: (b.rate.partners, b.rate.reported) for b in summary.by_group}
    assert groups["Western Europe and Others"] == (1, 1) and groups["Africa"] == (1, 0)
    assert summary.rate.partners == 4  # the co-lead counted once


def test_non_reporters_longest_missing_first_and_repeated_flagged(desk):
    w = build(desk, partners=3, deadline=date(2025, 3, 31))
    c2025 = desk.write("c", reporting.create_cycle, "SPP", 2026, DEADLINE).value
    first = w.cycle  # the 2025 cycle, deadline a year earlier
    desk.write("s", reporting.record_submission, first, w.orgs["P1"], date(2025, 3, 1))
    desk.write("s", reporting.record_submission, c2025, w.orgs["P2"], date(2026, 3, 1))
    missing = desk.read(reporting.non_reporters, "SPP", 2026, today=LATER)
    assert [(n.organisation, n.missed_in_a_row, n.repeated) for n in missing] == [("P0", 2, True), ("P1", 1, False)]
    assert missing[0].email == "p0@p0.org"  # the representative, without a focal point
    assert [n.organisation for _c, _y, n in desk.read(reporting.repeated_non_reporters, today=LATER)] == ["P0"]


def test_focal_point_and_alternates_are_a_set(desk):
    w = build(desk, partners=1)
    org, extra = organisation(desk, "Helper org", people=1)
    desk.write("f", reporting.set_focal_point, w.orgs["P0"], w.people["P0b"], language="fr",
               alternates=[w.people["P0"], extra[0]])
    fp = desk.read(reporting.focal_points, [w.orgs["P0"]])[w.orgs["P0"]]
    assert fp.email == "p1@p0.org" and fp.language == "fr" and len(fp.alternates) == 2 and not fp.from_membership
    desk.write("f", reporting.set_focal_point, w.orgs["P0"], w.people["P0b"], language="fr",
               alternates=[extra[0]])
    assert desk.read(lambda s: s.scalar(select(func.count()).select_from(ReportingAlternate))) == 1
    with pytest.raises(InvalidInput, match="English"):
        desk.write("f", reporting.set_focal_point, w.orgs["P0"], None, language="de")


def test_activities_entered_by_hand_are_checked(desk):
    w = build(desk, partners=1)
    data = ActivityInput(w.cycle, w.orgs["P0"], "Webinar on green tendering", "Sensibilisation",
                         countries=("ken",), sdgs=(12, 7), change_in_practice="Two ministries changed tenders.")
    aid = desk.write("a", reporting.add_activity, data).value
    [line] = desk.read(reporting.activities, w.cycle)
    assert (line.id, line.category, line.countries, line.sdgs) == (aid, "awareness_raising", ("KEN",), (7, 12))
    with pytest.raises(InvalidInput, match="not an activity category"):
        desk.write("a", reporting.add_activity, ActivityInput(w.cycle, w.orgs["P0"], "x", "gardening"))
    with pytest.raises(InvalidInput, match="not an SDG"):
        desk.write("a", reporting.add_activity, ActivityInput(w.cycle, w.orgs["P0"], "x", "implementation", sdgs=(18,)))
    summary = desk.read(reporting.cycle_summary, "SPP", 2025, today=LATER)
    assert dict(summary.activities_by_category)["Awareness raising"] == 1
    assert len(summary.activities_by_category) == 5


def test_every_change_is_audited_and_undoable(desk):
    w = build(desk, partners=1)
    before = desk.read(lambda s: s.scalar(select(func.count()).select_from(AuditEntry)))
    outcome = desk.write("Submission", reporting.record_submission, w.cycle, w.orgs["P0"], DEADLINE)
    assert outcome.changes.touches("reporting")
    assert desk.read(lambda s: s.scalar(select(func.count()).select_from(AuditEntry))) > before
    desk.undo()
    assert rate_of(desk).reported == 0


def test_a_cycle_per_programme_and_year(desk):
    w = build(desk, partners=1)
    with pytest.raises(InvalidInput, match="already has a reporting cycle for 2025"):
        desk.write("c", reporting.create_cycle, "SPP", 2025, DEADLINE)
    with pytest.raises(InvalidInput, match="no programme with the code"):
        desk.write("c", reporting.create_cycle, "XYZ", 2025, DEADLINE)
    with pytest.raises(NotFound, match="has no reporting cycle for 2019; its cycles are 2025"):
        desk.read(reporting.cycle_for, "SPP", 2019)
    with pytest.raises(InvalidInput, match="Say why"):
        desk.write("e", reporting.record_excuse, w.cycle, w.orgs["P0"], " ")


def test_overview_is_rates_and_latest_non_reporters_from_one_reading(desk):
    w = build(desk, partners=3)
    desk.write("s", reporting.record_submission, w.cycle, w.orgs["P0"], DEADLINE)
    desk.write("c", reporting.create_cycle, "SPP", 2026, date(2027, 3, 31))  # deadline ahead: not listed
    view = desk.read(reporting.overview, today=LATER)
    assert [(r.programme, r.year, r.rate.reported) for r in view.rates] == [("SPP", 2025, 1), ("SPP", 2026, 0)]
    assert [(r.year, r.rate.partners) for r in view.network] == [(2025, 3), (2026, 3)]
    [(code, year, missing)] = view.non_reporters
    assert (code, year, sorted(n.organisation for n in missing)) == ("SPP", 2025, ["P1", "P2"])
    assert view.rates == tuple(desk.read(reporting.rates, today=LATER))
