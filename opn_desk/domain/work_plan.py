"""The programme's work plan: task statuses, postponements, action items due, the progress report's rows.

Pure rules over plain values (docs/MEETINGS.md):

- A task's status is Completed, Ongoing, Not yet started or Ongoing-postponed; a postponement always
  carries its reason.
- A task (an action item of a meeting's minutes included) not completed whose due date has passed is
  **overdue**: it shows in the Due list.
- The progress report (004) prints, per area, one row per task: **Tasks | Progress | Next steps**; the
  progress column opens with the status ("Ongoing: …") and holds the latest entry on or before the
  report's date, the next steps those of that entry.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from opn_desk.domain.vocab import TaskStatus
from opn_desk.i18n import translate

OPEN_STATUSES = frozenset({TaskStatus.ONGOING.value, TaskStatus.NOT_STARTED.value, TaskStatus.POSTPONED.value})
STATUS_ORDER = {s.value: k for k, s in enumerate(
    (TaskStatus.COMPLETED, TaskStatus.ONGOING, TaskStatus.POSTPONED, TaskStatus.NOT_STARTED))}


def status_problem(status: str, postponement_reason: str) -> str | None:
    """One sentence when a status cannot be recorded as given, else None."""
    if status not in {s.value for s in TaskStatus}:
        labels = ", ".join(translate("Vocabulary", s.label) for s in TaskStatus)
        return translate("Domain", "{status} is not a task status; the statuses are {labels}.").format(
            status=repr(status), labels=labels)
    if status == TaskStatus.POSTPONED.value and not postponement_reason.strip():
        return translate("Domain", "A postponed task needs the reason for its postponement.")
    return None


def is_overdue(status: str, due_on: date | None, today: date) -> bool:
    """Not completed and its due date has passed (the due date itself is not yet overdue)."""
    return status in OPEN_STATUSES and due_on is not None and due_on < today


@dataclass(frozen=True, slots=True)
class ProgressEntry:
    entry_on: date
    progress: str
    next_steps: str


@dataclass(frozen=True, slots=True)
class TaskFacts:
    id: uuid.UUID
    area: str
    work_stream: str
    title: str
    status: str
    postponement_reason: str
    responsibility: str
    due_on: date | None
    source: str  # the decision it comes from, in words
    entries: tuple[ProgressEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class ProgressRow:
    """One row of the progress report: Tasks | Progress | Next steps."""

    task: str
    progress: str
    next_steps: str
    status: str  # code


def latest_entry(entries: Iterable[ProgressEntry], as_of: date) -> ProgressEntry | None:
    found = [e for e in entries if e.entry_on <= as_of]
    return max(found, key=lambda e: e.entry_on) if found else None


def progress_row(task: TaskFacts, as_of: date) -> ProgressRow:
    entry = latest_entry(task.entries, as_of)
    label = TaskStatus(task.status).label
    progress = f"{label}: {entry.progress}" if entry and entry.progress else f"{label}."
    if task.status == TaskStatus.POSTPONED.value and task.postponement_reason:
        progress += f" Postponed: {task.postponement_reason}"
    title = task.title
    if task.responsibility:
        title += f" (Responsible: {task.responsibility})"
    if task.source:
        title += f" [{task.source}]"
    return ProgressRow(title, progress, entry.next_steps if entry else "", task.status)


def report_sections(tasks: Sequence[TaskFacts], as_of: date) -> list[tuple[str, list[ProgressRow]]]:
    """The report's sections: by area (then work-stream), in name order; rows in the plan's order."""
    sections: dict[str, list[ProgressRow]] = {}
    for t in tasks:
        heading = t.area or t.work_stream or "Other tasks"
        if t.area and t.work_stream:
            heading = f"{t.area}: {t.work_stream}"
        sections.setdefault(heading, []).append(progress_row(t, as_of))
    return sorted(sections.items(), key=lambda kv: kv[0].casefold())


@dataclass(frozen=True, slots=True)
class ProgressReportValues:
    """The progress report as the 004 seed prints it: symbol, distribution, date, sections of rows."""

    programme_code: str
    programme_name: str
    symbol: str
    distribution: str
    as_of: date
    title: str
    note: str
    sections: tuple[tuple[str, tuple[ProgressRow, ...]], ...]
    final: bool = False
