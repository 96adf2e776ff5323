"""Scenario comparison: two or more slates side by side (score, per-rule counts, who differs)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from opn_desk.i18n import translate

from .balance import BROKEN, recheck
from .model import SelectionProblem, Slate


@dataclass(frozen=True)
class RuleRow:
    name: str
    min: int | None
    max: int | None
    counts: tuple[int, ...]  # one per scenario, in order
    states: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    scenarios: tuple[str, ...]
    slates: tuple[Slate, ...]
    rules: tuple[RuleRow, ...]
    common: tuple[str, ...]  # ids in every scenario
    only: Mapping[str, tuple[str, ...]]  # scenario -> ids in it but not in every other scenario

    def broken(self, scenario: str) -> tuple[str, ...]:
        k = self.scenarios.index(scenario)
        return tuple(row.name for row in self.rules if row.states[k] == BROKEN)


def compare(problem: SelectionProblem, scenarios: Mapping[str, Iterable[str]]) -> Comparison:
    if len(scenarios) < 2:
        raise ValueError(translate("Selection", "a comparison needs at least two slates"))
    names = tuple(scenarios)
    slates = tuple(Slate.of(problem, scenarios[n]) for n in names)  # unknown ids raise ValueError
    checks = [recheck(problem, s.ids) for s in slates]
    rows = tuple(RuleRow(first.name, first.min, first.max, tuple(c.rules[k].count for c in checks),
                         tuple(c.rules[k].state for c in checks))
                 for k, first in enumerate(checks[0].rules))
    sets = [set(s.ids) for s in slates]
    everywhere = set.intersection(*sets)
    common = tuple(i for i in slates[0].ids if i in everywhere)
    only = {n: tuple(i for i in s.ids if i not in everywhere) for n, s in zip(names, slates, strict=True)}
    return Comparison(names, slates, rows, common, only)
