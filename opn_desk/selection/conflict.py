"""The smallest set of rules that cannot be met together, found on the integer programme.

Two phases, every solve on the exact integer programme (never its LP relaxation):
1. Elastic filter, to start small: make a few rules hard and the rest soft, find the slate that
   breaks the soft ones least, and make every rule it breaks hard too; repeat until the hard rules
   alone have no slate. (On 2,000 candidates a solve costs ~60 ms; this spares most of them.)
2. Deletion filter: drop each hard rule in turn (file order) and leave it out if the rest is still
   infeasible. What is left is irreducible: infeasible as a whole, feasible once any one rule goes.
Seats and pins are hard constraints throughout, never part of the set.

The rules can conflict in more than one way (with 4 seats, the five regional minima and the five
cluster minima). `separate_conflicts` sets the first set aside and looks again among the rules left,
until they have a slate: the sets it finds are disjoint and each is irreducible, and dropping all of
them leaves rules that can be met (the last solve proves it). It starts from the sets that counting
proves infeasible (prechecks.counted_conflicts), so that the conflicts follow the arithmetic.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from .model import SelectionProblem
from .optimiser import is_feasible
from .programme import IntegerProgramme


def binding_rules(problem: SelectionProblem) -> list[int]:
    """Rules that constrain anything at these seats (a rule with min 0 and no max cannot conflict)."""
    return sorted({lim.rule for lim in problem.limits if lim.low > 0 or lim.high is not None})


def _broken_rules(problem: SelectionProblem, chosen: set[int], among: set[int]) -> set[int]:
    return {lim.rule for lim in problem.limits if lim.rule in among and not
            (lim.low <= len(lim.members & chosen) and (lim.high is None or len(lim.members & chosen) <= lim.high))}


def _infeasible_start(problem: SelectionProblem, candidates: list[int], hint: Collection[int],
                      force_in: Collection[int]) -> list[int] | None:
    """An infeasible set of hard rules (phase 1), or None when all rules together have a slate."""
    hard = set(hint) & set(candidates)
    while True:
        soft = set(candidates) - hard
        programme = IntegerProgramme(problem, rules=candidates, soft=soft, force_in=force_in)
        values = programme.solve([programme.relaxation()])
        if values is None:  # the hard rules alone have no slate (or seats and pins have none)
            return sorted(hard)
        broken = _broken_rules(problem, set(programme.selected(values)), soft)
        if not broken:
            return None
        hard |= broken


def smallest_conflict(problem: SelectionProblem, *, force_in: Collection[int] = (),
                      hint: Collection[int] = (), among: Collection[int] | None = None) -> tuple[int, ...] | None:
    """Rule indices of an irreducible infeasible set; () when seats and pins alone fail; None if feasible.

    `hint`: rules believed to be in conflict (e.g. those the closest slate relaxes), made hard first.
    `among`: the rules looked at (None: every rule); the others are left out as if dropped.
    """
    rules = binding_rules(problem)
    if among is not None:
        looked_at = set(among)
        rules = [r for r in rules if r in looked_at]
    keep = _infeasible_start(problem, rules, hint, force_in)
    if keep is None:
        return None
    return _deletion_filter(problem, keep, force_in)


def _deletion_filter(problem: SelectionProblem, keep: list[int], force_in: Collection[int]) -> tuple[int, ...]:
    """Drop each rule in turn (file order) and leave it out if the rest still has no slate."""
    for rule in list(keep):
        trial = [r for r in keep if r != rule]
        if not is_feasible(problem, trial, force_in=force_in):
            keep = trial
    return tuple(keep)


def separate_conflicts(problem: SelectionProblem, *, force_in: Collection[int] = (), hint: Collection[int] = (),
                       seeds: Sequence[Collection[int]] = (),
                       rest_met: Callable[[list[tuple[int, ...]]], bool] | None = None,
                       ) -> tuple[tuple[int, ...], ...] | None:
    """Every separate conflict: disjoint irreducible sets of rule indices, in the order found.

    None when the rules can all be met; () when seats and pins alone cannot be met (no rule is to
    blame). `seeds`: sets of rules believed to conflict (prechecks.counted_conflicts), looked at first,
    in order, each one not touching a set already found: if it indeed has no slate, the deletion
    filter keeps an irreducible part of it. Then the rules no set holds yet are searched as in
    `smallest_conflict`, again and again, until they have a slate. So dropping every rule of every
    set leaves rules that can all be met, and no rule of one set is needed to explain another.

    `rest_met(found)`, when given, is asked before each search: True only when it has proven that the
    rules outside the sets found have a slate (explain.py answers it with the solves it makes anyway
    to say what settles the conflicts), which spares the search's last solve.
    """
    if not is_feasible(problem, [], force_in=force_in):
        return ()
    left = binding_rules(problem)
    found: list[tuple[int, ...]] = []
    for seed in seeds:
        rules = sorted(set(seed))
        if not rules or any(r not in left for r in rules) or is_feasible(problem, rules, force_in=force_in):
            continue
        found.append(_deletion_filter(problem, rules, force_in))
        left = [r for r in left if r not in found[-1]]
    while True:
        if found and rest_met is not None and rest_met(list(found)):
            break
        conflict = smallest_conflict(problem, force_in=force_in, hint=hint, among=left)
        if not conflict:  # None: the rules left have a slate (() cannot be: seats and pins were met above)
            break
        found.append(conflict)
        left = [r for r in left if r not in conflict]
    return tuple(found) or None
