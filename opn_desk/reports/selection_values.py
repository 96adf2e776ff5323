"""The plain values the core-partner selection report is built from: frozen, no Session, no ReportLab.

`opn_desk.services.selection_report_data.selection_report` fills them from a stored selection round;
`opn_desk.reports.selection.write_selection_report` only reads them. Labels arrive worded for print;
the representatives' gender arrives only as counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from opn_desk.domain.renewal import CountRow

OPTIMAL, PICKED, CLOSEST, NONE = "optimal", "picked", "closest", "none"


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """One balance rule as the officer set it."""

    name: str
    counts: str  # what it counts, e.g. "Regional group: Africa", "each parent organisation"
    as_written: str  # e.g. "at least 1; at most 40% of the seats"
    bounds: str  # for this report's seats, e.g. "at least 1, at most 4"
    priority: float


@dataclass(frozen=True, slots=True)
class SlateRow:
    name: str  # display name (acronym added)
    country: str  # "Kenya (Africa)", "State of Palestine (No group)"
    cluster: str  # short label
    incumbent: bool
    standing: str  # "Under review", "Incumbent seeking renewal", ...
    score: float
    pin: str = ""  # "pinned in" / "pinned out" / ""


@dataclass(frozen=True, slots=True)
class RuleCheckRow:
    name: str
    count: int
    bounds: str  # "at least 1, at most 4", "no bound"
    state: str  # met / at the edge / broken
    message: str  # the sentence, naming who counts


@dataclass(frozen=True, slots=True)
class AlternateRow:
    name: str  # who could come in
    replaces: str  # whom they would replace
    score_change: float


@dataclass(frozen=True, slots=True)
class RelaxedRow:
    name: str
    bound: str  # "minimum" / "maximum"
    by: int
    detail: str


@dataclass(frozen=True, slots=True)
class ScenarioColumn:
    name: str
    seats: int
    score: float
    members: int
    broken: int  # rules broken under the round's current rules
    left_pool: int  # its candidates no longer in the pool (left out of the counts)
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ScenarioRuleRow:
    name: str
    counts: tuple[int, ...]  # one per column
    states: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ScenarioComparison:
    columns: tuple[ScenarioColumn, ...]  # the report's slate first, then the saved scenarios
    rules: tuple[ScenarioRuleRow, ...]
    common: tuple[str, ...]  # names in every column
    only: tuple[tuple[str, tuple[str, ...]], ...]  # (column, names in it but not in every other)


@dataclass(frozen=True, slots=True)
class SelectionReport:
    call_title: str
    programme_code: str
    programme_name: str
    closes_on: date | None
    as_of: date | None  # the day incumbency is counted on
    generated_on: date
    saved: bool  # False: the ToR's defaults of a round nobody has saved yet
    seats: int
    rules: tuple[RuleSpec, ...]
    pins: tuple[tuple[str, str], ...]  # (name, "pinned in" / "pinned out")
    tie_break: str
    pool_size: int
    pool_incumbents: int
    pool_by_status: tuple[CountRow, ...]
    pool_by_region: tuple[CountRow, ...]
    pool_by_cluster: tuple[CountRow, ...]
    pool_by_gender: tuple[CountRow, ...]
    excluded: tuple[str, ...]  # incumbents not seeking renewal
    slate_kind: str  # OPTIMAL / PICKED / CLOSEST / NONE
    slate: tuple[SlateRow, ...]
    slate_score: float | None
    balance: tuple[RuleCheckRow, ...]
    seats_message: str
    slate_by_region: tuple[CountRow, ...]
    slate_by_cluster: tuple[CountRow, ...]
    slate_by_gender: tuple[CountRow, ...]
    alternates: tuple[AlternateRow, ...]
    feasible: bool  # some slate meets every rule (under the round's rules, seats and pins)
    optimal_score: float | None  # the optimum, for comparison with a hand-picked slate
    explanation: tuple[str, ...]  # when the rules cannot all be met
    conflict: tuple[str, ...]  # the first conflicting set
    relaxed: tuple[RelaxedRow, ...]
    comparison: ScenarioComparison | None
    notes: str
    conflicts: tuple[tuple[str, ...], ...] = ()  # every separate conflict (disjoint sets), the first is `conflict`

    @property
    def broken(self) -> tuple[RuleCheckRow, ...]:
        return tuple(r for r in self.balance if r.state == "broken")
