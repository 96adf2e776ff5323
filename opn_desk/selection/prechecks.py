"""Arithmetic reasons a selection cannot work, in plain words, found by counting (no solver).

Each sentence is a proof on its own: if it is reported, no slate can meet the rules. Silence proves
nothing; the integer programme has the last word (see conflict.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from opn_desk.i18n import singular, translate

from .model import BalanceRule, SelectionProblem, attribute_words, norm, plural, value_words

_LISTED = 8

# The desk's candidate attributes in words, with the vocabulary that labels their values: a sentence
# says "Eastern Europe", "stakeholder cluster", never "regional_group EEG" (domain/vocab.py is the one
# place for the labels). Other attributes (a pool file's own columns) read with spaces for underscores.
def _ids(problem: SelectionProblem, positions) -> str:
    chosen = sorted(positions)
    shown = ", ".join(problem.candidates[i].id for i in chosen[:_LISTED])
    more = translate("Selection", "{names} and {count} more")
    return more.format(names=shown, count=len(chosen) - _LISTED) if len(chosen) > _LISTED else shown


def _having(problem: SelectionProblem, k: int) -> str:
    limit = problem.limits[k]
    rule = problem.rules[limit.rule]
    if not limit.value:
        return translate("Selection", "no {attribute}").format(attribute=attribute_words(rule.attribute))
    value = problem.limit_value(k)
    said = value_words(rule.attribute, value)
    if said != " ".join(value.split()):  # a known value, by its label
        return translate("Selection", "{value} as their {attribute}").format(
            value=said, attribute=attribute_words(rule.attribute))
    return translate("Selection", "{attribute} {value}").format(attribute=attribute_words(rule.attribute), value=said)


def arithmetic_reasons(problem: SelectionProblem) -> list[str]:
    seats, out, pinned = problem.seats, problem.pinned_out, problem.pinned_in
    available = len(problem.candidates) - len(out)
    reasons = []
    if len(pinned) > seats:
        text = (translate("Selection", "{candidates} is pinned in, more than the {seats}.") if singular(len(pinned))
                else translate("Selection", "{candidates} are pinned in, more than the {seats}."))
        reasons.append(text.format(candidates=plural(len(pinned), "candidate"), seats=plural(seats, "seat")))
    if available < seats:
        text = (translate("Selection", "Only {candidates} can be chosen ({out} pinned out), fewer than the {seats}.")
                if out else translate("Selection", "Only {candidates} can be chosen, fewer than the {seats}."))
        reasons.append(text.format(candidates=plural(available, "candidate"), out=len(out),
                                   seats=plural(seats, "seat")))
    for k in range(len(problem.limits)):
        reasons += _limit_reasons(problem, k)
    reasons += [sentence for sentence, _rules in _same_value_reasons(problem)]
    reasons += [sentence for sentence, _rules in _attribute_reasons(problem)]
    return list(dict.fromkeys(reasons))


def counted_conflicts(problem: SelectionProblem) -> list[tuple[int, ...]]:
    """Sets of rules (indices) that counting alone proves cannot be met together with the seats and
    pins, one per reason above, smallest first. Conflict search starts from them (see conflict.py),
    so the conflicts it reports follow the arithmetic the officer reads: all the regional minima,
    then all the cluster minima, rather than a mix of both."""
    found: set[tuple[int, ...]] = set()
    for k, limit in enumerate(problem.limits):
        if _limit_reasons(problem, k):
            found.add((limit.rule,))
    for _sentence, rules in _same_value_reasons(problem) + _attribute_reasons(problem):
        found.add(rules)
    return sorted(found, key=lambda rules: (len(rules), rules))


def _limit_reasons(problem: SelectionProblem, k: int) -> list[str]:
    limit, seats = problem.limits[k], problem.seats
    name, having = problem.limit_name(k), _having(problem, k)
    reasons = []
    if limit.high is not None and limit.low > limit.high:
        reasons.append(translate("Selection", "{name}: needs at least {low} but allows at most {high} with {seats} "
                                              "(a minimum share rounds up, a maximum share rounds down).")
                       .format(name=name, low=limit.low, high=limit.high, seats=plural(seats, "seat")))
    if limit.low > seats:
        reasons.append(translate("Selection", "{name}: needs at least {low}, more than the {seats}.")
                       .format(name=name, low=limit.low, seats=plural(seats, "seat")))
    else:
        usable = limit.members - problem.pinned_out
        if len(usable) < limit.low:
            listed = f": {_ids(problem, usable)}" if usable else ""
            pinned_out = translate("Selection", " (others are pinned out)") if len(limit.members) > len(usable) else ""
            text = (translate("Selection", "{name}: needs at least {low}, but only {candidates} has {having}")
                    if singular(len(usable))
                    else translate("Selection", "{name}: needs at least {low}, but only {candidates} have {having}"))
            reasons.append(text.format(name=name, low=limit.low, candidates=plural(len(usable), "candidate"),
                                       having=having) + f"{listed}{pinned_out}.")
    if limit.high is not None:
        pinned = limit.members & problem.pinned_in
        if len(pinned) > limit.high:
            reasons.append(translate("Selection", "{name}: at most {high}, but {count} pinned-in candidates have "
                                                  "{having}: {names}.")
                           .format(name=name, high=limit.high, count=len(pinned), having=having,
                                   names=_ids(problem, pinned)))
    return reasons


def _same_value_reasons(problem: SelectionProblem) -> list[tuple[str, tuple[int, ...]]]:
    """Two rules on the same value whose bounds cross (one needs more than the other allows):
    (sentence, the two rules' indices)."""
    by_value: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, limit in enumerate(problem.limits):
        by_value[(problem.rules[limit.rule].attribute, limit.value)].append(k)
    reasons = []
    for ks in by_value.values():
        need = max(ks, key=lambda k: problem.limits[k].low)
        capped = [k for k in ks if problem.limits[k].high is not None]
        if not capped:
            continue
        cap = min(capped, key=lambda k: problem.limits[k].high)
        low, high = problem.limits[need].low, problem.limits[cap].high
        if low > high and need != cap:
            rules = tuple(sorted({problem.limits[need].rule, problem.limits[cap].rule}))
            reasons.append((translate("Selection", "{need} needs at least {low} with {having}, but {cap} allows at "
                                                   "most {high}.")
                            .format(need=problem.limit_name(need), low=low, having=_having(problem, need),
                                    cap=problem.limit_name(cap), high=high), rules))
    return reasons


def _attribute_reasons(problem: SelectionProblem) -> list[tuple[str, tuple[int, ...]]]:
    """The values of one attribute exclude each other: their minima must fit, their maxima must fill.
    (sentence, the indices of the rules it rests on)."""
    seats = problem.seats
    per_attribute: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for k, limit in enumerate(problem.limits):
        per_attribute[problem.rules[limit.rule].attribute][limit.value].append(k)
    reasons = []
    for attribute, values in per_attribute.items():
        # per value, the rule asking for the most
        strictest = {v: max(ks, key=lambda k: problem.limits[k].low) for v, ks in values.items()}
        needed = {v: k for v, k in sorted(strictest.items()) if problem.limits[k].low}
        total = sum(problem.limits[k].low for k in needed.values())
        if len(needed) > 1 and total > seats:
            parts = ", ".join(translate("Selection", "{name} needs {count}").format(
                name=problem.limit_name(k), count=problem.limits[k].low) for k in needed.values())
            rules = tuple(sorted({problem.limits[k].rule for k in needed.values()}))
            reasons.append((translate("Selection", "The minima for {attribute} add up to {total} ({parts}), more "
                                                   "than the {seats}.")
                            .format(attribute=attribute_words(attribute), total=total, parts=parts,
                                    seats=plural(seats, "seat")), rules))
        room, others, binding, capping = 0, 0, [], set()
        usable: dict[str, int] = defaultdict(int)
        for i, c in enumerate(problem.candidates):
            if i not in problem.pinned_out:
                usable[c.value(attribute)] += 1
        for v, count in sorted(usable.items()):
            capped = [k for k in values.get(v, []) if problem.limits[k].high is not None]
            cap = min((problem.limits[k].high for k in capped), default=count)
            if cap < count:
                k = min(capped, key=lambda k: problem.limits[k].high)
                binding.append(translate("Selection", "{name} at most {cap} of its {count} candidates")
                               .format(name=problem.limit_name(k), cap=cap, count=count))
                capping.add(problem.limits[k].rule)
            else:
                others += count
            room += min(cap, count)
        if binding and room < seats:
            reasons.append((translate("Selection", "The maxima for {attribute} leave room for only {room} of the "
                                                   "{seats}: {binding}; and {others}.")
                            .format(attribute=attribute_words(attribute), room=room, seats=plural(seats, "seat"),
                                    binding="; ".join(binding), others=plural(others, "other candidate")),
                            tuple(sorted(capping))))
    return reasons


@dataclass(frozen=True)
class CrowdedMinima:
    """Rules over different values of one attribute whose minima add up to more than the seats.

    A candidate has one value per attribute, so it counts towards one of these rules at most: their
    minima must fit in the seats together, whoever is in the pool. (One rule alone asking for more
    than the seats is the case of a single entry.)
    """

    attribute: str
    total: int  # the minima added up, for these seats
    needs: tuple[tuple[int, int, int], ...]  # (position of the rule in the list, its least, for how many values)


def crowded_minima(rules: Sequence[BalanceRule], seats: int,
                   values: Mapping[str, Iterable[str]] | None = None) -> list[CrowdedMinima]:
    """Per attribute, minima that cannot fit in the seats, without a pool or a solver (for an editor).

    Per value, the rule asking for the most counts. A per_value rule's minimum applies to each value
    listed in `values` (the pool's values of the attribute), when given.
    """
    strictest: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for position, rule in enumerate(rules):
        low, _high = rule.bounds(seats)
        if low <= 0:
            continue
        if rule.per_value:
            found = {norm(v) for v in (values or {}).get(rule.attribute, ())} - {""}
        else:
            found = {norm(rule.value or "")}
        for value in found:
            if value not in strictest[rule.attribute] or strictest[rule.attribute][value][1] < low:
                strictest[rule.attribute][value] = (position, low)
    out = []
    for attribute, per_value in strictest.items():
        total = sum(low for _position, low in per_value.values())
        if total > seats:
            counted: dict[tuple[int, int], int] = defaultdict(int)
            for need in per_value.values():
                counted[need] += 1
            out.append(CrowdedMinima(attribute, total, tuple((p, low, n) for (p, low), n in sorted(counted.items()))))
    return out
