""""Why not X?": force a candidate in and say what it costs, or which rules it would break."""

from __future__ import annotations

from dataclasses import dataclass

from opn_desk.i18n import translate

from .conflict import smallest_conflict
from .model import SelectionProblem, Slate, plural
from .optimiser import best_slate


def _two(score: float) -> str:
    """A score as the desk shows it everywhere: two decimals (4.56, never 4.5555)."""
    return f"{round(score, 2) + 0.0:.2f}"


@dataclass(frozen=True)
class WhyNot:
    candidate: str
    best: Slate | None  # the optimum without forcing anyone in
    with_candidate: Slate | None  # the best slate that includes the candidate, if any
    score_lost: float | None  # optimum minus the best score with the candidate in
    leaves: tuple[str, ...]  # in the optimum, not in the slate with the candidate
    joins: tuple[str, ...]  # the reverse (the candidate and anyone coming in with it)
    conflict: tuple[str, ...]  # rules that cannot be met with the candidate in (smallest set)
    message: str


def why_not(problem: SelectionProblem, candidate_id: str, best: Slate | None = None) -> WhyNot:
    if candidate_id not in problem.index:
        raise ValueError(translate("Selection", "{id} is not in the pool").format(id=candidate_id))
    who = problem.candidates[problem.index[candidate_id]].label
    best = best if best is not None else best_slate(problem)
    pinned_out = problem.pins.get(candidate_id) is False
    note = translate("Selection", "{who} is pinned out (the pin is lifted for this answer). ").format(who=who) \
        if pinned_out else ""
    if best is not None and candidate_id in best.ids:
        return WhyNot(candidate_id, best, best, 0.0, (), (), (),
                      translate("Selection", "{who} is already in the best slate.").format(who=who))
    position = problem.index[candidate_id]
    forced = best_slate(problem, force_in=[position])
    if forced is None:
        conflict = smallest_conflict(problem, force_in=[position]) or ()
        names = tuple(problem.rule_names[r] for r in conflict)
        if not conflict:
            seats = plural(problem.seats, "seat")
            full = len(problem.pinned_in | {position}) > problem.seats
            why = (translate("Selection", "{who} cannot join: the pinned-in candidates already fill the {seats}.")
                   if full else translate("Selection", "{who} cannot join: too few candidates can be chosen for the {seats}."))
            text = note + why.format(who=who, seats=seats)
        else:
            terms = "; ".join(f"{problem.rule_names[r]} ({problem.rules[r].describe_bounds(problem.seats)})"
                              for r in conflict)
            text = note + translate("Selection", "{who} cannot join without breaking these rules together: {rules}.") \
                .format(who=who, rules=terms)
        return WhyNot(candidate_id, best, None, None, (), (), names, text)
    if best is None:
        return WhyNot(candidate_id, None, forced, None, (), forced.ids, (),
                      note + translate("Selection", "A slate with {who} meets every rule; without {who}, none does.")
                      .format(who=who))
    lost = best.score - forced.score
    leaves = tuple(i for i in best.ids if i not in forced.ids)
    joins = tuple(i for i in forced.ids if i not in best.ids)
    if abs(lost) <= 1e-6 * max(1.0, abs(best.score)):
        text = note + translate("Selection", "{who} could join at no cost in score (the best slate with {who} also "
                                             "scores {score}); the tie-break by id order preferred the other slate.") \
            .format(who=who, score=_two(forced.score))
    else:
        if lost > 0:
            change = translate("Selection", "With {who} in, the best slate scores {score}, {lost} less than the "
                                            "optimum {best}: {joins} in for {leaves}.")
        else:
            change = translate("Selection", "With {who} in, the best slate scores {score}, {lost} more than the "
                                            "optimum {best}: {joins} in for {leaves}.")
        text = note + change.format(who=who, score=_two(forced.score), lost=_two(abs(lost)), best=_two(best.score),
                                    joins=", ".join(joins), leaves=", ".join(leaves))
    return WhyNot(candidate_id, best, forced, lost, leaves, joins, (), text)
