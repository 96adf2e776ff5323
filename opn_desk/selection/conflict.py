"""The smallest set of rules that cannot be met together, found on the integer programme.

Two phases, every solve on the exact integer programme (never its LP relaxation):
1. Elastic filter, to start small: make a few rules hard and the rest soft, find the slate that
   breaks the soft ones least, and make every rule it breaks hard too; repeat until the hard rules
   alone have no slate. (On 2,000 candidates a solve costs ~60 ms; this spares most of them.)
2. Deletion filter: drop each hard rule in turn (file order) and leave it out if the rest is still
   infeasible. What is left is irreducible: infeasible as a whole, feasible once any one rule goes.
Seats and pins are hard constraints throughout, never part of the set.
"""

from __future__ import annotations

from collections.abc import Collection

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
                      hint: Collection[int] = ()) -> tuple[int, ...] | None:
    """Rule indices of an irreducible infeasible set; () when seats and pins alone fail; None if feasible.

    `hint`: rules believed to be in conflict (e.g. those the closest slate relaxes), made hard first.
    """
    keep = _infeasible_start(problem, binding_rules(problem), hint, force_in)
    if keep is None:
        return None
    for rule in list(keep):
        trial = [r for r in keep if r != rule]
        if not is_feasible(problem, trial, force_in=force_in):
            keep = trial
    return tuple(keep)
