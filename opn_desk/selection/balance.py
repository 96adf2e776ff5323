"""Balance re-check of a hand-picked slate: per rule, the count, its bounds and whether it holds.

Pure counting over the picked candidates, no solver: it runs on every pick in the window, so it
must stay within a few milliseconds for 40 seats and a few dozen rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from opn_desk.i18n import translate

from .model import NO_GROUP, Candidate, SelectionProblem, norm, value_label

MET, EDGE, BROKEN = "met", "at the edge", "broken"
_LISTED = 8  # names listed in a sentence before "and N more"


@dataclass(frozen=True)
class RuleCheck:
    name: str
    count: int  # for a per_value rule: the highest count when it has a max, else the lowest
    min: int | None
    max: int | None
    state: str  # MET, EDGE or BROKEN
    message: str  # a plain sentence, e.g. "Eastern Europe: 1, needs at least 2: only ORG-17."


@dataclass(frozen=True)
class BalanceCheck:
    picked: int
    seats: int
    rules: tuple[RuleCheck, ...]

    @property
    def ok(self) -> bool:
        return self.picked == self.seats and all(r.state != BROKEN for r in self.rules)

    @property
    def broken(self) -> tuple[RuleCheck, ...]:
        return tuple(r for r in self.rules if r.state == BROKEN)

    @property
    def seats_message(self) -> str:
        if self.picked == self.seats:
            text = translate("Selection", "Seats: {picked} of {seats} filled.")
        elif self.picked < self.seats:
            text = translate("Selection", "Seats: {picked} of {seats} filled, {left} to go.")
        else:
            text = translate("Selection", "Seats: {picked} picked for {seats} seats, {over} too many.")
        return text.format(picked=self.picked, seats=self.seats, left=self.seats - self.picked,
                           over=self.picked - self.seats)


def _names(cands: list[Candidate]) -> str:
    shown = ", ".join(c.label for c in cands[:_LISTED])
    more = translate("Selection", "{names} and {count} more")
    return more.format(names=shown, count=len(cands) - _LISTED) if len(cands) > _LISTED else shown


def _state(count: int, low: int, high: int | None) -> str:
    if count < low or (high is not None and count > high):
        return BROKEN
    return EDGE if count == low and low > 0 or count == high else MET


def _sentence(name: str, count: int, low: int, high: int | None, members: list[Candidate]) -> str:
    if count < low:
        if members:
            text = translate("Selection", "{name}: {count}, needs at least {low}: only {names}.")
        else:
            text = translate("Selection", "{name}: {count}, needs at least {low}: none picked.")
        return text.format(name=name, count=count, low=low, names=_names(members))
    if high is not None and count > high:
        return translate("Selection", "{name}: {count}, at most {high} allowed: {names}.").format(
            name=name, count=count, high=high, names=_names(members))
    bounds = (([translate("Selection", "at least {count}").format(count=low)] if low else [])
              + ([translate("Selection", "at most {count}").format(count=high)] if high is not None else []))
    if bounds:
        return translate("Selection", "{name}: {count} ({bounds}).").format(name=name, count=count, bounds=", ".join(bounds))
    return translate("Selection", "{name}: {count}.").format(name=name, count=count)


def recheck(problem: SelectionProblem, picked_ids: Iterable[str]) -> BalanceCheck:
    """Check a hand-picked slate against every rule. Unknown ids raise ValueError."""
    picked: list[Candidate] = []
    for i in dict.fromkeys(picked_ids):
        if i not in problem.index:
            raise ValueError(translate("Selection", "{id} is not in the pool").format(id=i))
        picked.append(problem.candidates[problem.index[i]])
    checks = []
    for rule, name in zip(problem.rules, problem.rule_names, strict=True):
        low, high = rule.bounds(problem.seats)
        if not rule.per_value:
            value = norm(rule.value)
            members = [c for c in picked if c.value(rule.attribute) == value]
            count = len(members)
            checks.append(RuleCheck(name, count, low or None, high, _state(count, low, high),
                                    _sentence(name, count, low, high, members)))
            continue
        checks.append(_per_value_check(problem, rule.attribute, name, low, high, picked))
    return BalanceCheck(len(picked), problem.seats, tuple(checks))


def _per_value_check(problem: SelectionProblem, attribute: str, name: str, low: int, high: int | None,
                     picked: list[Candidate]) -> RuleCheck:
    by_value: dict[str, list[Candidate]] = {}
    for c in picked:
        if (v := c.value(attribute)) != NO_GROUP:
            by_value.setdefault(v, []).append(c)
    counts = Counter({v: len(m) for v, m in by_value.items()})
    if low:  # every value in the pool needs its minimum, picked or not
        for v in problem.values(attribute):
            counts.setdefault(v, 0)
    broken = [v for v, n in sorted(counts.items()) if _state(n, low, high) == BROKEN]
    count = max(counts.values(), default=0) if high is not None else min(counts.values(), default=0)
    if broken:
        labels = {c.value(attribute): c.attributes.get(attribute, "") for cs in by_value.values() for c in cs}
        parts = [_sentence(f"{labels.get(v) or value_label(v)}", counts[v], low, high, by_value.get(v, []))
                 .rstrip(".") for v in broken]
        return RuleCheck(name, count, low or None, high, BROKEN,
                         translate("Selection", "{name}: {parts}.").format(name=name, parts="; ".join(parts)))
    state = EDGE if any(_state(n, low, high) == EDGE for n in counts.values()) else MET
    return RuleCheck(name, count, low or None, high, state, _sentence(name, count, low, high, []))

