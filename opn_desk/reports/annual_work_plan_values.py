"""The plain values the annual work plan for the funding partners is built from: frozen, no Session, no
ReportLab (docs/MEETINGS.md).

`opn_desk.services.work_plan_documents.annual_work_plan_values` fills them from the work plan;
`reports/annual_work_plan.py` (PDF), `annual_work_plan_docx.py` (Word) and `annual_work_plan_xlsx.py`
(a workbook, one row per task) only read them. The work plan records no amounts: the summary counts the
tasks per funding source, it never adds up money.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class PlanTask:
    """A task of the year's plan as the funding partners read it."""

    area: str
    work_stream: str
    task: str
    responsibility: str
    status: str  # code (domain.vocab.TaskStatus)
    starts_on: date | None
    due_on: date | None
    milestones: str
    expected_outputs: str
    budget_line: str
    funding_source: str  # a donor, or the co-lead contributing in kind; "" when none is recorded
    in_kind: bool
    source: str  # the decision it comes from, in words


@dataclass(frozen=True, slots=True)
class FundingCount:
    """How many of the year's tasks a funding source carries ("" source: none recorded)."""

    funding_source: str
    in_kind: bool
    tasks: int


@dataclass(frozen=True, slots=True)
class AnnualPlanValues:
    programme_code: str
    programme_name: str
    year: int
    symbol: str  # e.g. SPP/AWP/2026
    prepared_on: date
    tasks: tuple[PlanTask, ...]  # in the plan's order: area, work-stream, dates, description
    funding: tuple[FundingCount, ...]  # donors first, then contributions in kind, then "none recorded"
    final: bool = False

    def groups(self) -> list[tuple[str, list[tuple[str, list[PlanTask]]]]]:
        """[(area, [(work-stream, tasks)])] in the plan's order ("" for a task without one)."""
        out: list[tuple[str, list[tuple[str, list[PlanTask]]]]] = []
        for t in self.tasks:
            if not out or out[-1][0] != t.area:
                out.append((t.area, []))
            streams = out[-1][1]
            if not streams or streams[-1][0] != t.work_stream:
                streams.append((t.work_stream, []))
            streams[-1][1].append(t)
        return out

    @property
    def without_budget_line(self) -> int:
        return sum(1 for t in self.tasks if not t.budget_line.strip())
