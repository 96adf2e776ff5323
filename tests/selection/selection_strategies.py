"""Hypothesis strategies: small random pools, rules and pins (small enough for brute force)."""

from __future__ import annotations

from hypothesis import strategies as st

from opn_desk.selection.model import BalanceRule, Candidate, SelectionProblem

DOMAINS = {
    "group": ["A", "B", "C", ""],
    "gender": ["female", "male", ""],
    "incumbent": ["yes", ""],
    "parent": ["P1", "P2", ""],
}


@st.composite
def candidates(draw, max_size: int = 10) -> list[Candidate]:
    n = draw(st.integers(1, max_size))
    scores = st.integers(0, 6) if draw(st.booleans()) else st.integers(0, 200).map(lambda v: v / 10)
    return [Candidate(f"C{i + 1}", draw(scores), {a: draw(st.sampled_from(vs)) for a, vs in DOMAINS.items()})
            for i in range(n)]


@st.composite
def rules(draw, seats: int) -> BalanceRule:
    attribute = draw(st.sampled_from(sorted(DOMAINS)))
    per_value = attribute == "parent" and draw(st.booleans())
    value = None if per_value else draw(st.sampled_from(DOMAINS[attribute]))
    kind = draw(st.sampled_from(["min", "max", "both", "min_share", "max_share"]))
    low, high = draw(st.integers(0, min(seats, 3))), draw(st.integers(0, seats))
    if kind == "both":
        low, high = min(low, high), max(low, high)
    share = draw(st.sampled_from([0.2, 0.25, 1 / 3, 0.4, 0.5, 0.6]))
    bounds = {"min": {"min": max(low, 1)}, "max": {"max": high}, "both": {"min": low, "max": high},
              "min_share": {"min_share": share}, "max_share": {"max_share": share}}[kind]
    priority = draw(st.sampled_from([1, 1, 2, 3]))
    return BalanceRule(attribute, value, per_value=per_value, priority=priority, **bounds)


@st.composite
def problems(draw, max_size: int = 10, max_rules: int = 5) -> SelectionProblem:
    pool = draw(candidates(max_size))
    seats = draw(st.integers(1, len(pool)))
    chosen_rules = draw(st.lists(rules(seats), max_size=max_rules))
    pinned = draw(st.lists(st.sampled_from([c.id for c in pool]), max_size=2, unique=True))
    pins = {cid: draw(st.booleans()) for cid in pinned}
    return SelectionProblem(tuple(draw(st.permutations(pool))), tuple(chosen_rules), seats, pins)
