"""Partner reporting rules: standing on dates at the deadline's boundaries, rates, repeated non-reporters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from opn_desk.domain import reporting as rules
from opn_desk.domain.reporting import Rate

DEADLINE = date(2026, 3, 31)


def on(days: int) -> date:
    return DEADLINE + timedelta(days=days)


@pytest.mark.parametrize(("submitted", "state", "late_days"), [
    (-10, "submitted", 0),
    (0, "submitted", 0),  # on the deadline: on time
    (1, "late", 1),
    (14, "late", 14),  # two weeks past: still late
    (15, "very_late", 15),  # more than two weeks: very late
])
def test_a_submission_is_on_time_late_or_very_late_by_its_date(submitted, state, late_days):
    s = rules.standing("submitted", on(submitted), DEADLINE, today=on(100))
    assert (s.state, s.reported, s.days_late) == (state, True, late_days)


@pytest.mark.parametrize(("today", "state"), [(0, "to_do"), (1, "late"), (14, "late"), (15, "very_late")])
def test_without_a_submission_the_standing_follows_today(today, state):
    for stored in (None, "to_do"):
        s = rules.standing(stored, None, DEADLINE, today=on(today))
        assert s.state == state and not s.reported and not s.excused


def test_excused_is_neither_reported_nor_missing():
    s = rules.standing("excused", None, DEADLINE, today=on(90))
    assert s.excused and not s.reported and s.state == "excused"


def test_rate_leaves_excused_out_and_counts_late_as_reported():
    standings = [rules.standing("submitted", on(0), DEADLINE, on(60)),
                 rules.standing("submitted", on(3), DEADLINE, on(60)),  # late: reported
                 rules.standing("submitted", on(20), DEADLINE, on(60)),  # very late: reported
                 rules.standing(None, None, DEADLINE, on(60)),
                 rules.standing("excused", None, DEADLINE, on(60))]
    rate = rules.rate_of(standings)
    assert (rate.partners, rate.reported, rate.excused, rate.late, rate.very_late) == (4, 3, 1, 1, 1)
    assert rate.rate == 0.75 and rate.meets_target and rate.target == 0.75


def test_rate_of_nobody_is_zero_and_below_target():
    assert Rate(0, 0).rate == 0.0 and not Rate(0, 0).meets_target
    assert not Rate(4, 2).meets_target and Rate(4, 3).meets_target
    assert (Rate(4, 3) + Rate(6, 1)).rate == 0.4


def test_a_partner_holds_its_role_on_the_days_its_term_covers_unless_suspended():
    assert rules.holds_role_on(DEADLINE, None, "active", DEADLINE)
    assert not rules.holds_role_on(on(1), None, "active", DEADLINE)  # joined the day after the deadline
    assert rules.holds_role_on(date(2024, 1, 1), DEADLINE, "ended", DEADLINE)  # its last day
    assert not rules.holds_role_on(date(2024, 1, 1), on(-1), "ended", DEADLINE)
    assert not rules.holds_role_on(date(2024, 1, 1), None, "suspended", DEADLINE)


def test_repeated_non_reporters_skip_cycles_where_nothing_was_expected():
    assert rules.missed_in_a_row([True, False, False]) == 2
    assert rules.is_repeated_non_reporter([True, False, None, False])  # excused in between
    assert not rules.is_repeated_non_reporter([False, True, False])
    assert rules.missed_in_a_row([]) == 0


def test_reminder_schedule_is_checked_and_ordered():
    assert rules.reminder_days(["7", -14, 7, " -3 "]) == (-14, -3, 7)
    with pytest.raises(ValueError, match="not a number of days"):
        rules.reminder_days(["next week"])
    with pytest.raises(ValueError, match="more than a year"):
        rules.reminder_days([400])
    assert rules.scheduled_reminder((-14, -3, 7), DEADLINE, on(-5)) == -14
    assert rules.scheduled_reminder((-14, -3, 7), DEADLINE, on(9)) == 7
    assert rules.scheduled_reminder((-3,), DEADLINE, on(-20)) == -20
