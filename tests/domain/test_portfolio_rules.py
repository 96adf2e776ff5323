"""Portfolio rules: five other SDGs at most, two partners for core, inactive after two years, the lifecycle."""

from __future__ import annotations

from datetime import date

import pytest

from opn_desk.domain import portfolio as rules


def test_at_most_five_other_sdgs_and_twelve_is_implied():
    assert rules.other_sdgs([7, "SDG 13", "7", 12, " 1 ", 17]) == (1, 7, 13, 17)
    assert rules.other_sdgs([1, 2, 3, 4, 5, 12]) == (1, 2, 3, 4, 5)  # 12 is not one of the five
    with pytest.raises(ValueError, match="at most 5 other SDGs; 6 were given"):
        rules.other_sdgs([1, 2, 3, 4, 5, 6])
    with pytest.raises(ValueError, match="not an SDG"):
        rules.other_sdgs([18])
    with pytest.raises(ValueError, match="not an SDG number"):
        rules.other_sdgs(["energy"])


def test_core_needs_two_partners_the_lead_included():
    assert rules.core_problem("core", 1) is not None
    assert rules.core_problem("core", 2) is None
    assert rules.core_problem("affiliated", 1) is None
    assert len(rules.participants("a", ["b", "a"])) == 2


@pytest.mark.parametrize(("updated", "today", "inactive"), [
    (date(2024, 12, 3), date(2026, 12, 2), False),  # a day short of two years
    (date(2024, 12, 3), date(2026, 12, 3), True),  # two years to the day
    (date(2024, 2, 29), date(2026, 2, 28), True),  # from a leap day
])
def test_inactive_two_years_after_the_last_content_update(updated, today, inactive):
    assert rules.is_inactive(updated, today) is inactive
    assert (rules.effective_status("active", updated, today) == "inactive") is inactive


def test_only_initiatives_in_the_portfolio_become_inactive_by_themselves():
    old, today = date(2020, 1, 1), date(2026, 1, 1)
    for status in ("proposed", "due_diligence", "closed"):
        assert rules.effective_status(status, old, today) == status
    for status in ("affiliated", "core", "active"):
        assert rules.effective_status(status, old, today) == "inactive"


def test_lifecycle_moves():
    ok = dict(kind="affiliated", count=1, due_diligence_decision=None)
    assert rules.transition_problem("proposed", "due_diligence", **ok) is None
    assert "cannot become" in rules.transition_problem("proposed", "active", **ok)
    assert "due diligence decides" in rules.transition_problem("due_diligence", "affiliated", **ok)
    assert rules.transition_problem("due_diligence", "affiliated", kind="affiliated", count=1,
                                    due_diligence_decision="include") is None
    assert "2 or more" in rules.transition_problem("proposed", "core", kind="core", count=1,
                                                   due_diligence_decision=None)
    assert rules.transition_problem("proposed", "core", kind="core", count=2, due_diligence_decision=None) is None
    assert "core initiative becomes core" in rules.transition_problem("proposed", "due_diligence", kind="core",
                                                                      count=2, due_diligence_decision=None)
    assert "cannot become" in rules.transition_problem("closed", "active", **ok)


def test_public_shows_the_portfolio_not_inactive_nor_unreviewed():
    assert [s for s in ("proposed", "due_diligence", "affiliated", "core", "active", "inactive", "closed")
            if rules.is_public(s)] == ["affiliated", "core", "active", "closed"]
