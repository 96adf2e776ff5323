"""Brute force over every slate of a small pool: the reference the solver is checked against."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from itertools import combinations

from opn_desk.selection.model import SelectionProblem


def slates(problem: SelectionProblem, force_in: Collection[int] = ()) -> Iterator[frozenset[int]]:
    """Every set of `seats` positions that honours the pins (and the forced candidates)."""
    fixed = set(problem.pinned_in) | set(force_in)
    banned = set(problem.pinned_out) - set(force_in)
    free = [i for i in range(len(problem.candidates)) if i not in fixed and i not in banned]
    need = problem.seats - len(fixed)
    if need < 0:
        return
    for extra in combinations(free, need):
        yield frozenset(fixed) | frozenset(extra)


def meets(problem: SelectionProblem, chosen: frozenset[int], rules: Collection[int] | None = None) -> bool:
    for lim in problem.limits:
        if rules is not None and lim.rule not in rules:
            continue
        count = len(lim.members & chosen)
        if count < lim.low or (lim.high is not None and count > lim.high):
            return False
    return True


def feasible(problem: SelectionProblem, rules: Collection[int] | None = None, force_in=()) -> bool:
    return any(meets(problem, s, rules) for s in slates(problem, force_in))


def score(problem: SelectionProblem, chosen: Collection[int]) -> float:
    return sum(problem.candidates[i].score for i in chosen)


def id_weight(problem: SelectionProblem, chosen: Collection[int]) -> int:
    n = len(problem.candidates)
    return sum(n - i for i in chosen)


def violation(problem: SelectionProblem, chosen: frozenset[int]) -> float:
    total = 0.0
    for lim in problem.limits:
        count = len(lim.members & chosen)
        far = max(0, lim.low - count) + (max(0, count - lim.high) if lim.high is not None else 0)
        total += far * problem.rules[lim.rule].priority
    return total


def ids(problem: SelectionProblem, chosen: Collection[int]) -> tuple[str, ...]:
    return tuple(problem.candidates[i].id for i in sorted(chosen))
