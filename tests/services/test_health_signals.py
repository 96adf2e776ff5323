"""Partnership health: signals from the data, the desk's self-assessments, the trend and who dropped."""

from __future__ import annotations

from datetime import date

import pytest
from year_world import build

from opn_desk.services import health, reporting
from opn_desk.services.errors import InvalidInput

TODAY = date(2026, 11, 22)


def signals(h):
    return {s.name: s.level for s in h.signals}


def test_signals_follow_reporting_and_the_self_assessment(desk):
    w = build(desk, partners=2)  # one SPP cycle 2025, deadline 31 March 2026
    desk.write("s", reporting.record_submission, w.cycle, w.orgs["P1"], date(2026, 3, 1))
    desk.write("h", health.record_self_assessment, w.orgs["P0"], date(2026, 6, 1), "Amber",
               note="Focal point left", commitments_met=False, assessed_by="Officer")
    p0 = desk.read(health.health_of, w.orgs["P0"], today=TODAY)
    assert signals(p0) == {"reported": "red", "mac": None, "initiatives": None, "commitments": "red",
                           "self_assessment": "amber"}
    assert p0.level == "red" and p0.last_assessment == date(2026, 6, 1)
    p1 = desk.read(health.health_of, w.orgs["P1"], today=TODAY)
    assert signals(p1)["reported"] == "green" and signals(p1)["commitments"] is None  # not a co-lead
    assert p1.level == "green"
    assert [h.organisation for h in desk.read(health.health_list, today=TODAY)] == ["P0", "P1"]  # worst first


def test_health_dropped_between_two_cycles(desk):
    w = build(desk, partners=1, deadline=date(2025, 3, 31))
    second = desk.write("c", reporting.create_cycle, "SPP", 2026, date(2026, 3, 31)).value
    desk.write("s", reporting.record_submission, w.cycle, w.orgs["P0"], date(2025, 3, 1))
    desk.write("h", health.record_self_assessment, w.orgs["P0"], date(2025, 1, 10), "green")
    h = desk.read(health.health_of, w.orgs["P0"], today=TODAY)
    assert h.trend == ((2025, 2.0), (2026, 1.0)) and h.dropped  # missed 2026, still green by its own account
    assert [d.organisation for d in desk.read(health.health_dropped, today=TODAY)] == ["P0"]
    desk.write("s", reporting.record_submission, second, w.orgs["P0"], date(2026, 3, 2))
    assert not desk.read(health.health_of, w.orgs["P0"], today=TODAY).dropped


def test_a_self_assessment_is_red_amber_or_green_one_per_day(desk):
    w = build(desk, partners=1)
    with pytest.raises(InvalidInput, match="Red, Amber or Green"):
        desk.write("h", health.record_self_assessment, w.orgs["P0"], TODAY, "purple")
    desk.write("h", health.record_self_assessment, w.orgs["P0"], TODAY, "vert")
    desk.write("h", health.record_self_assessment, w.orgs["P0"], TODAY, "Red", note="Second thoughts")
    [only] = desk.read(health.assessments, w.orgs["P0"])
    assert (only.rag, only.note) == ("red", "Second thoughts")


def test_mac_participation_counts_written_comments_and_leaves_out_partners_never_invited(desk):
    from opn_desk.services import meetings

    w = build(desk, partners=3)  # P0 is a co-lead of SPP: invited to its meetings; P1, P2 members only
    held = [desk.write("m", meetings.create_meeting, "SPP", "virtual", f"MAC {n}", day, today=TODAY).value
            for n, day in enumerate((date(2026, 2, 10), date(2026, 9, 15)))]
    desk.write("g", meetings.invite_organisation, held[0], w.orgs["P1"])
    desk.write("p", meetings.set_participation, held[0], w.orgs["P0"], "written comments")
    desk.write("p", meetings.set_participation, held[1], w.orgs["P0"], "attended")
    desk.write("p", meetings.set_participation, held[0], w.orgs["P1"], "no-show")
    # A meeting still to come counts for nobody yet.
    desk.write("m", meetings.create_meeting, "SPP", "face-to-face", "MAC to come", date(2027, 3, 1), today=TODAY)

    by_name = {h.organisation: h for h in desk.read(health.health_list, today=TODAY)}
    mac = {name: next(s for s in h.signals if s.name == "mac") for name, h in by_name.items()}
    assert mac["P0"].level == "green" and "2 of 2" in mac["P0"].detail  # written comments count
    assert mac["P1"].level == "red" and "0 of 1" in mac["P1"].detail
    assert mac["P2"].level is None  # never invited: the signal does not apply
