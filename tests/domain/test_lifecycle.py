"""The application lifecycle as data, checklists, default criteria and the review arithmetic (pure)."""

from __future__ import annotations

import itertools
import uuid
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opn_desk.domain.applications import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    TRANSITIONS,
    ExcludedReviewer,
    ScoreInput,
    TransitionRefused,
    allowed_transitions,
    check_transition,
    default_checklist,
    default_criteria,
    fresh_checklist,
    outstanding,
    ranking_key,
    reason_required,
    refusal,
    summarise,
)
from opn_desk.domain.vocab import ApplicationStatus as S
from opn_desk.domain.vocab import Role

# The lifecycle written out by hand (independently of the module's table): (from, to) -> reason needed.
LEGAL = {
    (S.RECEIVED, S.SCREENING): False,
    (S.RECEIVED, S.WITHDRAWN): True,
    (S.SCREENING, S.UNDER_REVIEW): False,
    (S.SCREENING, S.NOT_ACCEPTED): True,
    (S.SCREENING, S.WITHDRAWN): True,
    (S.UNDER_REVIEW, S.MAC_OPINION): False,
    (S.UNDER_REVIEW, S.ACCEPTED): False,
    (S.UNDER_REVIEW, S.NOT_ACCEPTED): True,
    (S.UNDER_REVIEW, S.WITHDRAWN): True,
    (S.MAC_OPINION, S.ACCEPTED): False,
    (S.MAC_OPINION, S.NOT_ACCEPTED): True,
    (S.MAC_OPINION, S.WITHDRAWN): True,
    (S.ACCEPTED, S.SCREENING): True,
    (S.ACCEPTED, S.UNDER_REVIEW): True,
    (S.NOT_ACCEPTED, S.SCREENING): True,
    (S.NOT_ACCEPTED, S.UNDER_REVIEW): True,
    (S.WITHDRAWN, S.SCREENING): True,
    (S.WITHDRAWN, S.UNDER_REVIEW): True,
}
ALL_PAIRS = list(itertools.product(S, S))
ILLEGAL = [p for p in ALL_PAIRS if p not in LEGAL]


def test_the_table_matches_the_hand_written_lifecycle():
    assert {(f, t) for f, targets in TRANSITIONS.items() for t in targets} == set(LEGAL)
    assert set(TRANSITIONS) == set(S)
    assert set(OPEN_STATUSES) | set(CLOSED_STATUSES) == set(S)


@pytest.mark.parametrize(("frm", "to"), list(LEGAL), ids=lambda s: s.value)
def test_every_legal_move_is_allowed_with_a_reason(frm, to):
    assert to in allowed_transitions(frm)
    assert refusal(frm, to) is None
    assert check_transition(frm, to, "Because the desk says so.") is None
    assert check_transition(frm.value, to.value, "Because.") is None  # codes work as well as members


@pytest.mark.parametrize(("frm", "to"), list(LEGAL), ids=lambda s: s.value)
def test_reason_required_exactly_where_it_must_be(frm, to):
    needed = LEGAL[(frm, to)]
    assert reason_required(frm, to) is needed
    if needed:
        for blank in ("", "   "):
            with pytest.raises(TransitionRefused) as err:
                check_transition(frm, to, blank)
            assert err.value.field == "reason"
            assert str(err.value).endswith(".") and ("reason" in str(err.value) or "rationale" in str(err.value))
    else:
        assert check_transition(frm, to, "") is None


@pytest.mark.parametrize(("frm", "to"), ILLEGAL, ids=lambda s: s.value)
def test_every_illegal_move_is_refused_with_a_sentence(frm, to):
    assert to not in allowed_transitions(frm)
    message = refusal(frm, to)
    assert message and message.endswith(".") and message[0].isupper()
    with pytest.raises(TransitionRefused) as err:
        check_transition(frm, to, "A perfectly good reason.")
    assert str(err.value) == message
    assert err.value.field is None


def test_refusals_say_why_in_words():
    assert refusal(S.UNDER_REVIEW, S.RECEIVED) == "An application under review cannot go back to Received."
    assert refusal(S.MAC_OPINION, S.SCREENING) == "An application waiting for the MAC's opinion cannot go back to Screening."
    assert refusal(S.SCREENING, S.SCREENING) == "The application is already in screening."
    assert refusal(S.RECEIVED, S.ACCEPTED) == (
        "An application that was just received cannot move to Accepted; it can move to Screening or Withdrawn.")
    assert "reopened" in refusal(S.ACCEPTED, S.NOT_ACCEPTED)
    assert "reopened" in refusal(S.WITHDRAWN, S.RECEIVED)


def test_reason_messages():
    with pytest.raises(TransitionRefused, match="^Withdrawing an application needs a reason.$"):
        check_transition(S.RECEIVED, S.WITHDRAWN)
    with pytest.raises(TransitionRefused, match="^Not accepting an application needs a rationale.$"):
        check_transition(S.UNDER_REVIEW, S.NOT_ACCEPTED)
    with pytest.raises(TransitionRefused, match="^Reopening an application needs a reason.$"):
        check_transition(S.ACCEPTED, S.UNDER_REVIEW)


def test_unknown_status_is_refused_in_words():
    with pytest.raises(TransitionRefused, match="is not an application status"):
        check_transition("received", "approved")


def test_default_checklists_grow_with_the_role():
    member = default_checklist(Role.NETWORK_MEMBER)
    core = default_checklist(Role.CORE_PARTNER)
    lead = default_checklist(Role.CO_LEAD)
    assert member == ("Eligible organisation type", "Contact details verified")
    assert core[:2] == member and len(core) == 5
    assert any("MAC" in i for i in core) and any("sanctions" in i for i in core) and "Work-stream fit" in core
    assert lead[:5] == core and len(lead) == 7
    assert any("Full-time staff" in i for i in lead) and any("in-kind" in i for i in lead)


def test_fresh_checklist_and_outstanding():
    checklist = fresh_checklist([" A ", "B", "A", ""])
    assert checklist == {"A": False, "B": False}
    checklist["A"] = True
    assert outstanding(checklist) == ("B",)


def test_default_criteria():
    lead = default_criteria(Role.CO_LEAD)
    core = default_criteria(Role.CORE_PARTNER)
    assert len(lead) == 5 and len(core) == 5
    assert all(c.weight > 0 for c in lead + core)
    assert lead[0].name == "Full-time staff commitment"
    assert "Commitment to participate in the MAC" in [c.name for c in core]
    assert default_criteria(Role.NETWORK_MEMBER) == ()


# --- arithmetic ------------------------------------------------------------------------------------

C1, C2, C3 = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
R1, R2, R3 = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
APP = uuid.uuid4()
CRITERIA = [(C1, "Expertise", 2.0), (C2, "Contribution", 1.0), (C3, "Track record", 1.0)]


def _s(c, r, score):
    return ScoreInput(c, r, {R1: "Ana", R2: "Ben", R3: "Chloé"}[r], score)


def test_weighted_total_by_hand():
    scores = [_s(C1, R1, 4), _s(C1, R2, 2), _s(C2, R1, 5), _s(C2, R2, 5), _s(C3, R1, 1), _s(C3, R2, 3)]
    summary = summarise(APP, CRITERIA, scores)
    # means: C1 3, C2 5, C3 2 -> (2*3 + 1*5 + 1*2) / 4 = 13/4
    assert summary.weighted_total == pytest.approx(3.25)
    assert [c.mean for c in summary.criteria] == [3, 5, 2]
    assert summary.complete_reviewers == 2 and not summary.reviews_missing
    assert summary.missing_criteria == ()
    # Ana: (2*4 + 5 + 1) / 4 = 3.5; Ben: (2*2 + 5 + 3) / 4 = 3
    assert dict(summary.reviewer_totals) == {R1: pytest.approx(3.5), R2: pytest.approx(3.0)}
    # spreads: 2, 0, 2 -> two disagreements at the default threshold of 2
    assert summary.disagreements == ("Expertise", "Track record")
    assert summary.disagreement
    assert not summarise(APP, CRITERIA, scores, spread=2.5).disagreement


def test_missing_criteria_are_left_out_and_reported():
    scores = [_s(C1, R1, 4), _s(C2, R1, 2)]
    summary = summarise(APP, CRITERIA, scores)
    assert summary.weighted_total == pytest.approx((2 * 4 + 2) / 3)
    assert summary.missing_criteria == ("Track record",)
    assert summary.complete_reviewers == 0 and summary.reviews_missing
    assert summary.criteria[0].spread is None and not summary.disagreement


def test_excluded_reviewers_do_not_count():
    scores = [_s(C1, R1, 5), _s(C1, R3, 0), _s(C2, R1, 5), _s(C3, R1, 5)]
    summary = summarise(APP, CRITERIA, scores, excluded=[ExcludedReviewer(R3, "Chloé", "conflict")],
                        min_reviewers=1)
    assert summary.weighted_total == 5
    assert summary.reviewers == ((R1, "Ana"),)
    assert not summary.reviews_missing and not summary.disagreement
    assert summary.excluded[0].reviewer == "Chloé"


def test_nothing_scored_and_no_criteria():
    empty = summarise(APP, CRITERIA, [])
    assert empty.weighted_total is None and empty.reviews_missing
    assert len(empty.missing_criteria) == 3
    none = summarise(APP, [], [_s(C1, R1, 3)])
    assert none.weighted_total is None and none.reviews_missing and none.criteria == ()


def test_ranking_key_orders_by_total_then_received_then_name():
    keys = [
        ("b", ranking_key(3.0, date(2024, 1, 2), "b")),
        ("a", ranking_key(3.0, date(2024, 1, 2), "a")),
        ("early", ranking_key(3.0, date(2024, 1, 1), "z")),
        ("best", ranking_key(4.5, date(2024, 3, 1), "m")),
        ("none", ranking_key(None, date(2020, 1, 1), "a")),
        ("zero", ranking_key(0.0, date(2024, 5, 1), "a")),
    ]
    assert [n for n, _ in sorted(keys, key=lambda kv: kv[1])] == ["best", "early", "a", "b", "zero", "none"]


@given(st.lists(st.tuples(st.sampled_from([C1, C2, C3]), st.sampled_from([R1, R2, R3]),
                          st.integers(0, 10).map(lambda n: n / 2)), max_size=12))
def test_total_is_between_the_lowest_and_highest_mean(raw):
    unique = {(c, r): s for c, r, s in raw}
    summary = summarise(APP, CRITERIA, [_s(c, r, s) for (c, r), s in unique.items()])
    means = [c.mean for c in summary.criteria if c.mean is not None]
    if not means:
        assert summary.weighted_total is None
    else:
        assert min(means) - 1e-9 <= summary.weighted_total <= max(means) + 1e-9
        assert 0 <= summary.weighted_total <= 5
    for c in summary.criteria:
        assert c.disagreement == (c.spread is not None and c.spread >= 2)
