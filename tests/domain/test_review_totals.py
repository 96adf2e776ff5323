"""Each reviewer's own weighted total belongs to that reviewer, even when two share a name."""

from __future__ import annotations

import uuid

from opn_desk.domain.applications import ScoreInput, summarise


def test_two_reviewers_with_the_same_name_keep_their_own_totals():
    criterion = uuid.uuid4()
    first, second = uuid.uuid4(), uuid.uuid4()
    summary = summarise(uuid.uuid4(), [(criterion, "Relevance", 1.0)], [
        ScoreInput(criterion, first, "Maria Garcia", 2.0),
        ScoreInput(criterion, second, "Maria Garcia", 5.0),
    ])
    totals = dict(summary.reviewer_totals)
    assert totals == {first: 2.0, second: 5.0}
    assert [rid for rid, _ in summary.reviewers] == sorted([first, second], key=str)
