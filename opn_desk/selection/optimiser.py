"""The best slate: maximum total score, exactly `seats` candidates, every rule and pin met.

Tie-break (stated, deterministic): among slates with the best total score (equal within one
ten-millionth), the one whose candidates sit earliest in id order, measured as the sum of id-order
weights (n for the first id, 1 for the last) — a second solve with the best score held fixed.
Ids are in natural order (ORG-9 before ORG-10), whatever order the pool file lists them in.
"""

from __future__ import annotations

from collections.abc import Collection

from .model import SelectionProblem, Slate
from .programme import IntegerProgramme

TIE_BREAK = ("among slates with the best total score (equal within one ten-millionth), the one whose candidates "
             "come earliest in id order, by the sum of id-order weights (n for the first id, 1 for the last)")


def best_slate(problem: SelectionProblem, *, force_in: Collection[int] = ()) -> Slate | None:
    """The optimum, or None when the rules cannot all be met (see explain.explain)."""
    programme = IntegerProgramme(problem, force_in=force_in)
    values = programme.solve([programme.score(), programme.id_preference()])
    if values is None:
        return None
    return Slate.of(problem, (problem.candidates[i].id for i in programme.selected(values)))


def is_feasible(problem: SelectionProblem, rules: Collection[int] | None = None, *,
                force_in: Collection[int] = ()) -> bool:
    """Whether some slate meets seats, pins and the given rules (all rules when None)."""
    return IntegerProgramme(problem, rules=rules, force_in=force_in).solve() is not None
