"""The closest workable slate when the rules cannot all be met.

"Closest" means: seats and pins met exactly; the rules broken as little as possible, counted as
the seats short of each minimum plus the seats over each maximum, each weighted by its rule's
priority (default 1); among those, the best total score; then the usual id-order tie-break.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from opn_desk.i18n import translate

from .model import SelectionProblem, Slate
from .programme import IntegerProgramme


@dataclass(frozen=True)
class Relaxation:
    name: str  # the rule's name
    bound: str  # "min" or "max"
    by: int  # seats short of the minimum or over the maximum (summed over values for a per_value rule)
    detail: str  # e.g. "Eastern Europe: at least 2 asked, the closest slate has 1."


def closest_slate(problem: SelectionProblem, *,
                  force_in: Collection[int] = ()) -> tuple[Slate, tuple[Relaxation, ...]] | None:
    """The closest slate and what it relaxes; None when seats and pins alone cannot be met."""
    programme = IntegerProgramme(problem, soft=range(len(problem.rules)), force_in=force_in)
    values = programme.solve([programme.relaxation(), programme.score(), programme.id_preference()])
    if values is None:
        return None
    chosen = set(programme.selected(values))
    slate = Slate.of(problem, (problem.candidates[i].id for i in chosen))
    return slate, relaxations(problem, chosen)


def relaxations(problem: SelectionProblem, chosen: set[int]) -> tuple[Relaxation, ...]:
    """Per rule and bound, how far a slate (as candidate positions) is from meeting it."""
    totals: dict[tuple[int, str], int] = {}
    details: dict[tuple[int, str], list[str]] = {}
    for k, limit in enumerate(problem.limits):
        count = len(limit.members & chosen)
        if count < limit.low:
            key, by = (limit.rule, "min"), limit.low - count
            asked = translate("Selection", "{name}: at least {bound} asked, the closest slate has {count}")
        elif limit.high is not None and count > limit.high:
            key, by = (limit.rule, "max"), count - limit.high
            asked = translate("Selection", "{name}: at most {bound} asked, the closest slate has {count}")
        else:
            continue
        totals[key] = totals.get(key, 0) + by
        details.setdefault(key, []).append(
            asked.format(name=problem.limit_name(k), bound=limit.low if key[1] == "min" else limit.high, count=count))
    return tuple(Relaxation(problem.rule_names[r], side, totals[(r, side)], "; ".join(details[(r, side)]) + ".")
                 for r, side in sorted(totals))
