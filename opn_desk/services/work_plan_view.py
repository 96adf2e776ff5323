"""What the Work plan area reads in one go, built on `services.work_plan` (docs/MEETINGS.md): the
programmes with a work plan, and each task with everything the window shows of it (responsibilities,
milestones, outputs, dates, the decision it comes from and its meeting, the progress entries)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import Programme
from opn_desk.db.models_meetings import Meeting, WorkTask
from opn_desk.domain import work_plan as rules
from opn_desk.domain.vocab import shown_programme
from opn_desk.services import work_plan
from opn_desk.services.terms import programme_by_code


@dataclass(frozen=True, slots=True)
class TaskRow:
    id: uuid.UUID
    area: str
    work_stream: str
    title: str
    status: str
    postponement_reason: str
    responsibility: str
    milestones: str
    expected_outputs: str
    starts_on: date | None
    due_on: date | None
    source: str  # the decision it comes from, in words
    meeting_id: uuid.UUID | None
    plan_year: int | None
    budget_line: str
    funding_source: str
    entries: tuple[rules.ProgressEntry, ...]
    overdue: bool


def programmes(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every programme, those with a work plan first."""
    with_tasks = set(session.scalars(select(WorkTask.programme_id).distinct()))
    rows = session.execute(select(Programme.id, Programme.code, Programme.name).order_by(Programme.code)).all()
    return [(code, shown_programme(code, name))
            for pid, code, name in sorted(rows, key=lambda r: (r[0] not in with_tasks, r[1]))]


def plan(session: Session, programme_code: str, *, year: int | None = None,
         today: date | None = None) -> list[TaskRow]:
    """The programme's tasks (action items of meetings included) in the plan's order."""
    today = today or date.today()
    facts = work_plan.tasks(session, programme_code, year=year)
    if not facts:
        return []
    programme = programme_by_code(session, programme_code)
    stored = {t.id: t for t in session.scalars(select(WorkTask).where(WorkTask.programme_id == programme.id))}
    out = []
    for f in facts:
        t = stored[f.id]
        out.append(TaskRow(f.id, f.area, f.work_stream, f.title, f.status, f.postponement_reason, f.responsibility,
                           t.milestones or "", t.expected_outputs or "", t.starts_on, f.due_on, f.source,
                           t.meeting_id, t.plan_year, t.budget_line or "", t.funding_source or "", f.entries,
                           rules.is_overdue(f.status, f.due_on, today)))
    return out


def years(session: Session, programme_code: str) -> list[int]:
    programme = programme_by_code(session, programme_code)
    return sorted({y for y in session.scalars(select(WorkTask.plan_year).where(WorkTask.programme_id == programme.id))
                   if y is not None}, reverse=True)


def meeting_title(session: Session, meeting_id: uuid.UUID) -> str:
    meeting = session.get(Meeting, meeting_id)
    return f"{meeting.title} ({meeting.held_on.isoformat()})" if meeting else ""
