"""Why the rules cannot all be met: arithmetic in plain words, the smallest conflicting set of rules
(on the integer programme), and the closest workable slate with what it relaxes."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from .conflict import smallest_conflict
from .model import SelectionProblem, Slate, score_text
from .prechecks import arithmetic_reasons
from .relax import Relaxation, closest_slate


@dataclass(frozen=True)
class Explanation:
    reasons: tuple[str, ...]  # arithmetic sentences; each one alone proves infeasibility
    conflict: tuple[str, ...]  # names of the rules in the smallest conflicting set
    conflict_terms: tuple[str, ...]  # the same rules with their bounds, e.g. "Africa (at least 1, at most 16)"
    closest: Slate | None  # None when seats and pins alone cannot be met
    relaxed: tuple[Relaxation, ...]
    feasible: bool = False

    def sentences(self) -> list[str]:
        if self.feasible:
            return ["All the rules can be met together."]
        out = list(self.reasons)
        if len(self.conflict) == 1:
            out.append(f"This rule cannot be met, whatever the other rules say: {self.conflict_terms[0]}.")
        elif self.conflict:
            out.append("These rules cannot all be met together, and dropping any one of them would settle it: "
                       + "; ".join(self.conflict_terms) + ".")
        elif self.closest is None:
            out.append("The seats and pins alone cannot be met, whatever the rules say.")
        if self.closest is not None:
            side = {"min": "below its minimum", "max": "above its maximum"}
            eased = "; ".join(f"{r.name} by {r.by} {side[r.bound]}" for r in self.relaxed)
            out.append(f"The closest workable slate relaxes {eased}; "
                       f"its total score is {score_text(self.closest.score)}.")
            out += [r.detail for r in self.relaxed]
        return out


def explain(problem: SelectionProblem, *, force_in: Collection[int] = ()) -> Explanation:
    if force_in:  # a forced candidate counts like a pin in the words too
        pins = dict(problem.pins) | {problem.candidates[i].id: True for i in force_in}
        reasons = tuple(arithmetic_reasons(problem.with_changes(pins=pins)))
    else:
        reasons = tuple(arithmetic_reasons(problem))
    closest = closest_slate(problem, force_in=force_in)
    hint = [problem.rule_names.index(r.name) for r in closest[1]] if closest else []
    conflict = smallest_conflict(problem, force_in=force_in, hint=hint)
    if conflict is None:
        return Explanation(reasons, (), (), None, (), feasible=True)
    names = tuple(problem.rule_names[r] for r in conflict)
    terms = tuple(f"{problem.rule_names[r]} ({problem.rules[r].describe_bounds(problem.seats)})" for r in conflict)
    if closest is None:
        return Explanation(reasons, names, terms, None, ())
    return Explanation(reasons, names, terms, closest[0], closest[1])
