"""Why the rules cannot all be met: arithmetic in plain words, every separate conflict among the rules
(each a smallest conflicting set, on the integer programme), what dropping settles it (only when a
solve or the closest slate proves it), and the closest workable slate with what it relaxes."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from opn_desk.i18n import translate

from .conflict import binding_rules, separate_conflicts
from .model import SelectionProblem, Slate
from .optimiser import is_feasible
from .prechecks import arithmetic_reasons, counted_conflicts
from .relax import Relaxation, closest_slate

# How a change settles the matter (Settlement.kind); every kind is proven, never assumed.
IT = "it"  # one conflict of one rule: dropping it leaves rules that can all be met
ANY = "any"  # one conflict: dropping any one of its rules leaves rules that can all be met
SOME = "some"  # one conflict: dropping `drops` (each alone) settles it; `not_alone` does not
ALL = "all"  # one conflict: no rule of it alone settles it; dropping all of them does
ONE_EACH = "one_each"  # several conflicts: dropping `drops`, one rule from each conflict, settles it
THESE = "these"  # several conflicts: dropping `drops` settles it


def _two(score: float) -> str:
    """A score as the desk shows it everywhere: two decimals (4.56, never 4.5555)."""
    return f"{round(score, 2) + 0.0:.2f}"


@dataclass(frozen=True)
class Settlement:
    """A change proven to leave rules that can all be met: by a solve, or by the closest slate."""

    kind: str
    drops: tuple[str, ...]  # rule names; for SOME, each of them alone settles it
    not_alone: tuple[str, ...] = ()  # for SOME: rules whose dropping alone leaves a conflict


@dataclass(frozen=True)
class Explanation:
    reasons: tuple[str, ...]  # arithmetic sentences; each one alone proves infeasibility
    conflict: tuple[str, ...]  # names of the rules in the first conflicting set
    conflict_terms: tuple[str, ...]  # the same rules with their bounds, e.g. "Africa (at least 1, at most 16)"
    closest: Slate | None  # None when seats and pins alone cannot be met
    relaxed: tuple[Relaxation, ...]
    feasible: bool = False
    conflicts: tuple[tuple[str, ...], ...] = ()  # every separate conflict (disjoint sets); the first is `conflict`
    conflicts_terms: tuple[tuple[str, ...], ...] = ()  # the same, with the rules' bounds
    settlement: Settlement | None = None  # what dropping settles it, as proven

    def conflict_sentences(self) -> list[str]:
        """The conflicts and what settles them, in words (the window says the same in its own words)."""
        groups = self.conflicts_terms or ((self.conflict_terms,) if self.conflict_terms else ())
        out: list[str] = []
        if len(groups) == 1:
            terms = groups[0]
            if len(terms) == 1:
                out.append(translate("Selection", "This rule cannot be met, whatever the other rules say: {rule}.")
                           .format(rule=terms[0]))
            else:
                out.append(translate("Selection", "These rules cannot all be met together: {rules}.")
                           .format(rules="; ".join(terms)))
        elif groups:
            out.append(translate("Selection", "The rules conflict in {count} separate ways, so dropping a single rule "
                                              "cannot settle it: each conflict needs a change of its own.")
                       .format(count=len(groups)))
            for n, terms in enumerate(groups, start=1):
                if len(terms) == 1:
                    out.append(translate("Selection", "Conflict {n}: this rule cannot be met, whatever the other rules "
                                                      "say: {rule}.").format(n=n, rule=terms[0]))
                else:
                    out.append(translate("Selection", "Conflict {n}: these rules cannot all be met together: {rules}.")
                               .format(n=n, rules="; ".join(terms)))
        out += settlement_sentences(self.settlement)
        return out

    def sentences(self) -> list[str]:
        if self.feasible:
            return [translate("Selection", "All the rules can be met together.")]
        out = list(self.reasons)
        if self.conflict:
            out += self.conflict_sentences()
        elif self.closest is None:
            out.append(translate("Selection", "The seats and pins alone cannot be met, whatever the rules say."))
        if self.closest is not None:
            side = {"min": translate("Selection", "{rule} by {count} below its minimum"),
                    "max": translate("Selection", "{rule} by {count} above its maximum")}
            eased = "; ".join(side[r.bound].format(rule=r.name, count=r.by) for r in self.relaxed)
            out.append(translate("Selection", "The closest workable slate relaxes {rules}; its total score is {score}.")
                       .format(rules=eased, score=_two(self.closest.score)))
            out += [r.detail for r in self.relaxed]
        return out


def settlement_sentences(settlement: Settlement | None) -> list[str]:
    if settlement is None:
        return []
    listed = "; ".join(settlement.drops)
    if settlement.kind == IT:
        return [translate("Selection", "Once it is dropped, every other rule can be met.")]
    if settlement.kind == ANY:
        return [translate("Selection", "Dropping any one of them settles it: the other rules can then all be met.")]
    if settlement.kind == SOME:
        return [translate("Selection", "Dropping one of these alone settles it (the other rules can then all be "
                                       "met): {rules}.").format(rules=listed),
                translate("Selection", "Dropping one of these alone does not, as other rules conflict too: {rules}.")
                .format(rules="; ".join(settlement.not_alone))]
    if settlement.kind == ALL:
        return [translate("Selection", "Dropping any one of them alone does not settle it, as other rules conflict "
                                       "too; dropping all of them does: the other rules can then all be met.")]
    if settlement.kind == ONE_EACH:
        return [translate("Selection", "Dropping these rules, one from each conflict, settles it (the other rules "
                                       "can then all be met): {rules}.").format(rules=listed)]
    return [translate("Selection", "Dropping these rules settles it (the other rules can then all be met): {rules}.")
            .format(rules=listed)]


class _Settling:
    """What dropping settles it, each claim proven; also the `rest_met` of separate_conflicts.

    A set of rules is proven droppable when the closest slate breaks no rule outside it (that slate
    meets every rule it does not relax), or by a solve. With one conflict, each of its rules is tried
    alone; with several, one rule from each (the one the closest slate relaxes, which weighed the
    priorities, else the lowest priority, else the first). Either proof also shows that the rules
    outside the conflicts have a slate, so the conflict search can stop there.
    """

    def __init__(self, problem: SelectionProblem, relaxed: set[int], force_in: Collection[int]):
        self.problem, self.relaxed, self.force_in = problem, relaxed, force_in
        self.binding = binding_rules(problem)
        self.proven: dict[frozenset[int], bool] = {}
        self.alone: list[int] = []  # with one conflict: its rules that settle it when dropped alone
        self.picks: list[int] = []  # with several: one rule from each, proven to settle it together

    def settles(self, dropped: set[int]) -> bool:
        key = frozenset(dropped)
        if key not in self.proven:
            self.proven[key] = bool(self.relaxed and self.relaxed <= dropped) or is_feasible(
                self.problem, [r for r in self.binding if r not in dropped], force_in=self.force_in)
        return self.proven[key]

    def __call__(self, found: list[tuple[int, ...]]) -> bool:
        self.alone, self.picks = [], []
        if len(found) == 1:
            self.alone = [r for r in found[0] if self.settles({r})]
            return bool(self.alone)
        rules = self.problem.rules
        picks = [min(c, key=lambda r, c=c: (r not in self.relaxed, rules[r].priority, c.index(r))) for c in found]
        if self.settles(set(picks)):
            self.picks = sorted(picks)
        return bool(self.picks)

    def settlement(self, conflicts: Sequence[tuple[int, ...]]) -> Settlement:
        names = self.problem.rule_names
        self(list(conflicts))  # the solves were made during the search: their answers are kept
        if len(conflicts) == 1:
            only = conflicts[0]
            if len(only) == 1 and self.alone:
                return Settlement(IT, (names[only[0]],))
            if len(self.alone) == len(only):
                return Settlement(ANY, tuple(names[r] for r in only))
            if self.alone:
                return Settlement(SOME, tuple(names[r] for r in self.alone),
                                  tuple(names[r] for r in only if r not in self.alone))
            # proven by the last solve of the conflict search: the rules outside the conflict have a slate
            return Settlement(ALL, tuple(names[r] for r in only))
        if self.picks:
            return Settlement(ONE_EACH, tuple(names[r] for r in self.picks))
        if self.relaxed:  # the closest slate meets every rule it does not relax
            return Settlement(THESE, tuple(names[r] for r in sorted(self.relaxed)))
        return Settlement(THESE, tuple(names[r] for c in conflicts for r in c))


def explain(problem: SelectionProblem, *, force_in: Collection[int] = ()) -> Explanation:
    counted = problem
    if force_in:  # a forced candidate counts like a pin in the words too
        pins = dict(problem.pins) | {problem.candidates[i].id: True for i in force_in}
        counted = problem.with_changes(pins=pins)
    reasons = tuple(arithmetic_reasons(counted))
    closest = closest_slate(problem, force_in=force_in)
    hint = [problem.rule_names.index(r.name) for r in closest[1]] if closest else []
    settling = _Settling(problem, set(hint), force_in)
    conflicts = separate_conflicts(problem, force_in=force_in, hint=hint, seeds=counted_conflicts(counted),
                                   rest_met=settling)
    if conflicts is None:
        return Explanation(reasons, (), (), None, (), feasible=True)
    if not conflicts:  # seats and pins alone
        return Explanation(reasons, (), (), closest[0] if closest else None, closest[1] if closest else ())

    def terms(conflict: tuple[int, ...]) -> tuple[str, ...]:
        return tuple(f"{problem.rule_names[r]} ({problem.rules[r].describe_bounds(problem.seats)})" for r in conflict)

    names = tuple(tuple(problem.rule_names[r] for r in c) for c in conflicts)
    every_terms = tuple(terms(c) for c in conflicts)
    settlement = settling.settlement(conflicts)
    slate, relaxed = closest if closest else (None, ())
    return Explanation(reasons, names[0], every_terms[0], slate, relaxed, conflicts=names,
                       conflicts_terms=every_terms, settlement=settlement)
