"""Properties checked against brute force on small pools (every slate enumerated)."""

from __future__ import annotations

import pytest
import selection_brute as brute
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from selection_strategies import problems

from opn_desk.selection import alternates, best_slate, explain, recheck, why_not
from opn_desk.selection.conflict import smallest_conflict
from opn_desk.selection.prechecks import arithmetic_reasons, counted_conflicts
from opn_desk.selection.relax import closest_slate

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


@SETTINGS
@given(problems())
def test_the_optimum_equals_brute_force_and_meets_every_rule(problem):
    slate = best_slate(problem)
    workable = [s for s in brute.slates(problem) if brute.meets(problem, s)]
    if not workable:
        assert slate is None
        return
    assert slate is not None
    chosen = frozenset(problem.index[i] for i in slate.ids)
    assert len(chosen) == problem.seats
    assert brute.meets(problem, chosen)
    assert recheck(problem, slate.ids).ok
    assert all((cid in slate.ids) == pinned for cid, pinned in problem.pins.items())
    best = max(brute.score(problem, s) for s in workable)
    assert _close(slate.score, best)
    # The stated tie-break: among the best-scoring slates, the largest sum of id-order weights.
    tied = [s for s in workable if _close(brute.score(problem, s), best)]
    assert brute.id_weight(problem, chosen) == max(brute.id_weight(problem, s) for s in tied)


@SETTINGS
@given(problems())
def test_a_conflict_set_is_infeasible_and_irreducible(problem):
    conflict = smallest_conflict(problem)
    if brute.feasible(problem):
        assert conflict is None
        return
    assert conflict is not None
    assert not brute.feasible(problem, conflict)
    for rule in conflict:
        assert brute.feasible(problem, [r for r in conflict if r != rule])
    if conflict == ():
        assert not brute.feasible(problem, [])


@SETTINGS
@given(problems())
def test_the_closest_slate_relaxes_least_then_scores_best(problem):
    found = closest_slate(problem)
    every = list(brute.slates(problem))
    if not every:
        assert found is None
        return
    slate, relaxed = found
    chosen = frozenset(problem.index[i] for i in slate.ids)
    least = min(brute.violation(problem, s) for s in every)
    assert _close(brute.violation(problem, chosen), least)
    best = max(brute.score(problem, s) for s in every if _close(brute.violation(problem, s), least))
    assert _close(slate.score, best)
    weights = {name: rule.priority for name, rule in zip(problem.rule_names, problem.rules, strict=True)}
    assert _close(sum(r.by * weights[r.name] for r in relaxed), least)
    assert (least == 0) == (relaxed == ())


@SETTINGS
@given(problems(), st.randoms(use_true_random=False))
def test_the_recheck_agrees_with_counting(problem, rng):
    ids = [c.id for c in problem.candidates]
    picked = rng.sample(ids, problem.seats)
    check = recheck(problem, picked)
    assert check.ok == brute.meets(problem, frozenset(problem.index[i] for i in picked))
    assert len(check.rules) == len(problem.rules)


@SETTINGS
@given(problems())
def test_arithmetic_reasons_are_never_wrong(problem):
    if arithmetic_reasons(problem):
        assert not brute.feasible(problem)
    for rules in counted_conflicts(problem):  # the rules each reason rests on cannot be met by themselves
        assert rules and not brute.feasible(problem, rules)


@SETTINGS
@given(problems(), st.integers(1, 4))
def test_alternates_keep_every_rule(problem, k):
    slate = best_slate(problem)
    if slate is None:
        return
    for alt in alternates(problem, slate, k):
        swapped = (set(slate.ids) - {alt.replaces}) | {alt.candidate}
        assert alt.candidate not in slate.ids and alt.replaces in slate.ids
        assert recheck(problem, swapped).ok
        assert problem.pins.get(alt.candidate) is not False and problem.pins.get(alt.replaces) is not True


@pytest.mark.parametrize("seed", range(3))
def test_the_same_pool_in_any_order_gives_the_same_slate(seed):
    import random

    from selection_strategies import DOMAINS

    from opn_desk.selection import BalanceRule, Candidate, SelectionProblem

    rng = random.Random(seed)
    pool = [Candidate(f"X{i}", 1.0, {a: rng.choice(v) for a, v in DOMAINS.items()}) for i in range(30)]
    rules = (BalanceRule("group", "A", min=2), BalanceRule("gender", "female", min_share=0.5))
    first = best_slate(SelectionProblem(tuple(pool), rules, 6))
    for _ in range(3):
        rng.shuffle(pool)
        assert best_slate(SelectionProblem(tuple(pool), rules, 6)) == first


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_the_explanation_conflict_is_irreducible_too(problem):
    # explain() seeds the search with the rules the closest slate relaxes: still an irreducible set
    if brute.feasible(problem):
        assert explain(problem).feasible
        return
    e = explain(problem)
    conflict = [problem.rule_names.index(name) for name in e.conflict]
    assert not brute.feasible(problem, conflict)
    for rule in conflict:
        assert brute.feasible(problem, [r for r in conflict if r != rule])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(), st.data())
def test_why_not_is_the_best_slate_with_the_candidate(problem, data):
    cid = data.draw(st.sampled_from([c.id for c in problem.candidates]))
    answer = why_not(problem, cid)
    position = problem.index[cid]
    with_it = [s for s in brute.slates(problem, [position]) if brute.meets(problem, s)]
    if not with_it:
        assert answer.with_candidate is None
        return
    assert answer.with_candidate is not None and cid in answer.with_candidate.ids
    assert _close(answer.with_candidate.score, max(brute.score(problem, s) for s in with_it))
    assert recheck(problem, answer.with_candidate.ids).ok


def _settlement_holds(problem, e) -> None:
    """Every change the explanation says settles it does, by brute force; and what it says does not, does not."""
    from opn_desk.selection.explain import ALL, ANY, IT, ONE_EACH, SOME, THESE

    index = {name: r for r, name in enumerate(problem.rule_names)}
    every = range(len(problem.rules))

    def settles(names) -> bool:
        dropped = {index[n] for n in names}
        return brute.feasible(problem, [r for r in every if r not in dropped])

    s = e.settlement
    assert s is not None and s.drops
    if s.kind in (IT, ANY, SOME):  # each named rule alone
        assert len(e.conflicts) == 1
        assert all(settles([name]) for name in s.drops)
        assert not any(settles([name]) for name in s.not_alone)
        assert set(s.drops) | set(s.not_alone) == set(e.conflict)
        assert (s.kind == SOME) == bool(s.not_alone)
    elif s.kind == ALL:
        assert len(e.conflicts) == 1 and set(s.drops) == set(e.conflict)
        assert not any(settles([name]) for name in e.conflict)
        assert settles(s.drops)
    else:
        assert s.kind in (ONE_EACH, THESE) and len(e.conflicts) > 1
        assert settles(s.drops)
        if s.kind == ONE_EACH:
            assert sorted(sum(name in c for name in s.drops) for c in e.conflicts) == [1] * len(e.conflicts)
    if len(e.conflicts) > 1:  # disjoint conflicts: no single rule can settle them all
        assert not any("any one of them settles it" in sentence for sentence in e.sentences())


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(max_size=9, max_rules=8))
def test_every_separate_conflict_is_found_and_dropping_them_all_settles_it(problem):
    e = explain(problem)
    if brute.feasible(problem):
        assert e.feasible and e.conflicts == ()
        return
    assert not e.feasible
    if not brute.feasible(problem, []):  # seats and pins alone
        assert e.conflict == () and e.conflicts == () and e.settlement is None
        return
    sets = [[problem.rule_names.index(name) for name in names] for names in e.conflicts]
    assert sets and e.conflict == e.conflicts[0]
    every = [r for s in sets for r in s]
    assert len(every) == len(set(every))  # disjoint
    for s in sets:  # each cannot be met, and is minimal: dropping any one of its rules lets the rest be met
        assert not brute.feasible(problem, s)
        for rule in s:
            assert brute.feasible(problem, [r for r in s if r != rule])
    # relaxing the union: every other rule can be met together
    assert brute.feasible(problem, [r for r in range(len(problem.rules)) if r not in every])
    _settlement_holds(problem, e)
