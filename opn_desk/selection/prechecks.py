"""Arithmetic reasons a selection cannot work, in plain words, found by counting (no solver).

Each sentence is a proof on its own: if it is reported, no slate can meet the rules. Silence proves
nothing; the integer programme has the last word (see conflict.py).
"""

from __future__ import annotations

from collections import defaultdict

from .model import SelectionProblem, plural

_LISTED = 8


def _ids(problem: SelectionProblem, positions) -> str:
    chosen = sorted(positions)
    shown = ", ".join(problem.candidates[i].id for i in chosen[:_LISTED])
    return shown + (f" and {len(chosen) - _LISTED} more" if len(chosen) > _LISTED else "")


def _having(problem: SelectionProblem, k: int) -> str:
    limit = problem.limits[k]
    rule = problem.rules[limit.rule]
    if not limit.value:
        return f"no {rule.attribute}"
    return f"{rule.attribute} {problem.limit_value(k)}"


def arithmetic_reasons(problem: SelectionProblem) -> list[str]:
    seats, out, pinned = problem.seats, problem.pinned_out, problem.pinned_in
    available = len(problem.candidates) - len(out)
    reasons = []
    if len(pinned) > seats:
        verb = "is" if len(pinned) == 1 else "are"
        reasons.append(f"{plural(len(pinned), 'candidate')} {verb} pinned in, "
                       f"more than the {plural(seats, 'seat')}.")
    if available < seats:
        why = f" ({len(out)} pinned out)" if out else ""
        reasons.append(f"Only {plural(available, 'candidate')} can be chosen{why}, "
                       f"fewer than the {plural(seats, 'seat')}.")
    for k in range(len(problem.limits)):
        reasons += _limit_reasons(problem, k)
    reasons += _same_value_reasons(problem)
    reasons += _attribute_reasons(problem)
    return list(dict.fromkeys(reasons))


def _limit_reasons(problem: SelectionProblem, k: int) -> list[str]:
    limit, seats = problem.limits[k], problem.seats
    name, having = problem.limit_name(k), _having(problem, k)
    reasons = []
    if limit.high is not None and limit.low > limit.high:
        reasons.append(f"{name}: needs at least {limit.low} but allows at most {limit.high} "
                       f"with {plural(seats, 'seat')} "
                       "(a minimum share rounds up, a maximum share rounds down).")
    if limit.low > seats:
        reasons.append(f"{name}: needs at least {limit.low}, more than the {plural(seats, 'seat')}.")
    else:
        usable = limit.members - problem.pinned_out
        if len(usable) < limit.low:
            listed = f": {_ids(problem, usable)}" if usable else ""
            pinned_out = " (others are pinned out)" if len(limit.members) > len(usable) else ""
            verb = "has" if len(usable) == 1 else "have"
            reasons.append(f"{name}: needs at least {limit.low}, but only {plural(len(usable), 'candidate')} {verb} "
                           f"{having}{listed}{pinned_out}.")
    if limit.high is not None:
        pinned = limit.members & problem.pinned_in
        if len(pinned) > limit.high:
            reasons.append(f"{name}: at most {limit.high}, but {len(pinned)} pinned-in candidates have {having}: "
                           f"{_ids(problem, pinned)}.")
    return reasons


def _same_value_reasons(problem: SelectionProblem) -> list[str]:
    """Two rules on the same value whose bounds cross (one needs more than the other allows)."""
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
            reasons.append(f"{problem.limit_name(need)} needs at least {low} with {_having(problem, need)}, "
                           f"but {problem.limit_name(cap)} allows at most {high}.")
    return reasons


def _attribute_reasons(problem: SelectionProblem) -> list[str]:
    """The values of one attribute exclude each other: their minima must fit, their maxima must fill."""
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
            parts = ", ".join(f"{problem.limit_name(k)} needs {problem.limits[k].low}" for k in needed.values())
            reasons.append(f"The minima for {attribute} add up to {total} ({parts}), "
                           f"more than the {plural(seats, 'seat')}.")
        room, others, binding = 0, 0, []
        usable: dict[str, int] = defaultdict(int)
        for i, c in enumerate(problem.candidates):
            if i not in problem.pinned_out:
                usable[c.value(attribute)] += 1
        for v, count in sorted(usable.items()):
            capped = [k for k in values.get(v, []) if problem.limits[k].high is not None]
            cap = min((problem.limits[k].high for k in capped), default=count)
            if cap < count:
                k = min(capped, key=lambda k: problem.limits[k].high)
                binding.append(f"{problem.limit_name(k)} at most {cap} of its {count} candidates")
            else:
                others += count
            room += min(cap, count)
        if binding and room < seats:
            reasons.append(f"The maxima for {attribute} leave room for only {room} "
                           f"of the {plural(seats, 'seat')}: "
                           f"{'; '.join(binding)}; and {plural(others, 'other candidate')}.")
    return reasons
