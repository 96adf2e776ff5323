"""The programme's work plan: tasks (and the action items of meetings' minutes), their statuses and dated
progress entries, the action items due, and the progress report's values (docs/MEETINGS.md).

Functions take a Session first and never commit; writes run as `Desk` operations. The rules are in
`opn_desk.domain.work_plan`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models_meetings import Meeting, TaskProgress, WorkTask
from opn_desk.domain import work_plan as rules
from opn_desk.domain.applications import DueItem
from opn_desk.domain.vocab import TASK_STATUSES, TaskStatus, shown_programme
from opn_desk.i18n import long_date, singular, translate
from opn_desk.services.errors import InvalidInput, NotFound
from opn_desk.services.terms import programme_by_code

ACTION_DAYS = 14  # action items due within this many days are listed in the Due list (past ones always)


def _tr(text: str) -> str:
    return translate("WorkPlan", text)


def _task(session: Session, task_id: uuid.UUID) -> WorkTask:
    task = session.get(WorkTask, task_id) if task_id is not None else None
    if task is None:
        raise NotFound(_tr("That task no longer exists (it may have been deleted or undone)."))
    return task


def _status(status: str, reason: str) -> str:
    code = TASK_STATUSES.match(status).code or status
    problem = rules.status_problem(code, reason)
    if problem:
        raise InvalidInput("status", problem)
    return code


def add_task(session: Session, programme_code: str, title: str, *, area: str = "", work_stream: str = "",
             responsibility: str = "", status: str = TaskStatus.NOT_STARTED.value, postponement_reason: str = "",
             starts_on: date | None = None, due_on: date | None = None, milestones: str = "",
             expected_outputs: str = "", source_reference: str = "", meeting_id: uuid.UUID | None = None,
             plan_year: int | None = None, budget_line: str = "", funding_source: str = "",
             in_kind: bool = False) -> uuid.UUID:
    programme = programme_by_code(session, programme_code)
    if not (title or "").strip():
        raise InvalidInput("title", _tr("A task needs a description."))
    code = _status(status, postponement_reason)
    if starts_on and due_on and due_on < starts_on:
        raise InvalidInput("due_on", _tr("A task cannot be due before it starts."))
    if meeting_id is not None and session.get(Meeting, meeting_id) is None:
        raise NotFound(_tr("That meeting no longer exists (it may have been deleted or undone)."))
    task = WorkTask(programme_id=programme.id, title=title.strip(), area=area.strip()[:200],
                    work_stream=work_stream.strip()[:200], responsibility=responsibility.strip()[:300], status=code,
                    postponement_reason=postponement_reason.strip(), starts_on=starts_on, due_on=due_on,
                    milestones=milestones, expected_outputs=expected_outputs,
                    source_reference=source_reference.strip()[:300], meeting_id=meeting_id,
                    plan_year=plan_year or (starts_on or due_on).year if (plan_year or starts_on or due_on) else None,
                    budget_line=budget_line.strip()[:200], funding_source=funding_source.strip()[:300],
                    in_kind=in_kind)
    session.add(task)
    session.flush()
    return task.id


def set_status(session: Session, task_id: uuid.UUID, status: str, *, reason: str = "") -> None:
    """Change a task's status; a postponement needs its reason (kept until the task moves on)."""
    task = _task(session, task_id)
    code = _status(status, reason)
    task.status = code
    if code == TaskStatus.POSTPONED.value:
        task.postponement_reason = reason.strip()
    session.flush()


def add_progress(session: Session, task_id: uuid.UUID, entry_on: date, progress: str, next_steps: str = "") -> uuid.UUID:
    """A dated progress entry with the next steps (one per task and day: a second one that day replaces it)."""
    _task(session, task_id)
    if not (progress or "").strip() and not (next_steps or "").strip():
        raise InvalidInput("progress", _tr("A progress entry needs the progress made or the next steps."))
    row = session.scalar(select(TaskProgress).where(TaskProgress.task_id == task_id, TaskProgress.entry_on == entry_on))
    if row is None:
        row = TaskProgress(task_id=task_id, entry_on=entry_on)
        session.add(row)
    row.progress, row.next_steps = progress.strip(), next_steps.strip()
    session.flush()
    return row.id


def _source(task: WorkTask, meetings: dict[uuid.UUID, tuple[str, date]]) -> str:
    if task.meeting_id and task.meeting_id in meetings:
        title, held = meetings[task.meeting_id]
        return _tr("Decided at {meeting} ({day})").format(meeting=title, day=long_date(held))
    return task.source_reference


def tasks(session: Session, programme_code: str, *, year: int | None = None) -> list[rules.TaskFacts]:
    """The programme's tasks (action items included) with their progress entries, in the plan's order:
    area, work-stream, due date, description."""
    programme = programme_by_code(session, programme_code)
    stmt = select(WorkTask).where(WorkTask.programme_id == programme.id)
    if year is not None:
        stmt = stmt.where(WorkTask.plan_year == year)
    rows = session.scalars(stmt).all()
    entries: dict[uuid.UUID, list[rules.ProgressEntry]] = {}
    if rows:
        for tid, on, progress, nxt in session.execute(
                select(TaskProgress.task_id, TaskProgress.entry_on, TaskProgress.progress, TaskProgress.next_steps)
                .join(WorkTask, WorkTask.id == TaskProgress.task_id).where(WorkTask.programme_id == programme.id)
                .order_by(TaskProgress.entry_on)):
            entries.setdefault(tid, []).append(rules.ProgressEntry(on, progress, nxt))
    meetings = {mid: (title, held) for mid, title, held in session.execute(
        select(Meeting.id, Meeting.title, Meeting.held_on).where(Meeting.programme_id == programme.id))}
    rows = sorted(rows, key=lambda t: (t.area.casefold(), t.work_stream.casefold(), t.due_on or date.max,
                                       t.title.casefold(), str(t.id)))
    return [rules.TaskFacts(t.id, t.area, t.work_stream, t.title, t.status, t.postponement_reason, t.responsibility,
                            t.due_on, _source(t, meetings), tuple(entries.get(t.id, ())))
            for t in rows]


def progress_report_values(session: Session, programme_code: str, *, as_of: date | None = None,
                           final: bool = False) -> rules.ProgressReportValues:
    """The progress report of a programme's work plan on ``as_of`` (default today): the tasks of plans up
    to that year, each with its latest progress entry on or before that day."""
    as_of = as_of or date.today()
    programme = programme_by_code(session, programme_code)
    facts = tasks(session, programme.code)
    sections = tuple((h, tuple(rows)) for h, rows in rules.report_sections(facts, as_of))
    symbol = f"{programme.code}/WP/{as_of.year}/{as_of.month:02d}"
    note = _tr("This note reports the progress of the {programme} programme's work plan as of {day}, and the next "
               "steps, in line with the decisions of its Multi-stakeholder Advisory Committee.").format(
        programme=shown_programme(programme.code, programme.name), day=long_date(as_of))
    return rules.ProgressReportValues(programme.code, shown_programme(programme.code, programme.name), symbol,
                                      _tr("Co-leads, core partners and the 10YFP Secretariat"), as_of,
                                      _tr("Work plan progress report"), note, sections, final)


def action_items_due(session: Session, *, today: date | None = None, days: int = ACTION_DAYS,
                     limit: int | None = None) -> list[DueItem]:
    """Action items of meetings not completed, due within ``days`` days or already past (soonest first)."""
    today = today or date.today()
    stmt = (select(WorkTask.id, WorkTask.title, WorkTask.responsibility, WorkTask.due_on, WorkTask.status)
            .where(WorkTask.meeting_id.is_not(None), WorkTask.due_on.is_not(None),
                   WorkTask.status != TaskStatus.COMPLETED.value)
            .order_by(WorkTask.due_on, WorkTask.title))
    out = []
    for tid, title, owner, due, status in session.execute(stmt):
        left = (due - today).days
        if left > days:
            break
        short = title if len(title) <= 90 else title[:89] + "…"
        who = f" ({owner})" if owner else ""
        if rules.is_overdue(status, due, today):
            sentence = (_tr("The action item “{item}”{owner} was due on {day}, {count} day ago.") if singular(-left)
                        else _tr("The action item “{item}”{owner} was due on {day}, {count} days ago.")).format(
                item=short, owner=who, day=long_date(due), count=-left)
        else:
            sentence = _tr("The action item “{item}”{owner} is due on {day}.").format(
                item=short, owner=who, day=long_date(due))
        out.append(DueItem("action_item", sentence, "work_task", tid, left))
        if limit is not None and len(out) >= limit:
            break
    return out


@dataclass(frozen=True, slots=True)
class AnnualPlanLine:
    """A task of a year's work plan as the funding partners read it."""

    area: str
    work_stream: str
    task: str
    responsibility: str
    starts_on: date | None
    due_on: date | None
    budget_line: str
    funding_source: str
    in_kind: bool
    status: str  # code


def annual_plan(session: Session, programme_code: str, year: int) -> list[AnnualPlanLine]:
    """The tasks of a programme's work plan for ``year`` with their budget line and funding source (a donor,
    or a co-lead's contribution in kind), in the plan's order; action items of meetings are left out."""
    programme = programme_by_code(session, programme_code)
    rows = session.scalars(select(WorkTask).where(WorkTask.programme_id == programme.id, WorkTask.plan_year == year,
                                                  WorkTask.meeting_id.is_(None) | (WorkTask.budget_line != ""))).all()
    rows = sorted(rows, key=lambda t: (t.area.casefold(), t.work_stream.casefold(), t.due_on or date.max,
                                       t.title.casefold()))
    return [AnnualPlanLine(t.area, t.work_stream, t.title, t.responsibility, t.starts_on, t.due_on, t.budget_line,
                           t.funding_source, t.in_kind, t.status) for t in rows]
