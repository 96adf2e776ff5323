"""The annual work plan for the funding partners (docs/MEETINGS.md): the tasks of a programme's year with
their expected outputs, milestones and dates, responsibility, budget line and funding source (a donor, or
a co-lead's contribution in kind), and how many tasks each funding source carries. Written as a PDF, a
Word document (.docx) or a workbook (.xlsx, one row per task), for the window and for
`opn-desk report work-plan` alike; under a temporary name and renamed at the end, so a cancelled document
leaves no file (services/documents.py).

The work plan records no amounts, so neither does this plan: it counts tasks, it never invents sums.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from opn_desk.db.models_meetings import Meeting, WorkTask
from opn_desk.domain.vocab import shown_programme
from opn_desk.i18n import translate
from opn_desk.reports.annual_work_plan_values import AnnualPlanValues, FundingCount, PlanTask
from opn_desk.services.documents import Abort, Progress, Written, _step, _write_whole
from opn_desk.services.errors import InvalidInput
from opn_desk.services.terms import programme_by_code

SUFFIXES = (".pdf", ".docx", ".xlsx")


def _tr(text: str) -> str:
    return translate("Documents", text)


def _in_year(task: WorkTask, year: int) -> bool:
    """Planned for ``year``, or its dates fall in it or span it (a task with one date: that date)."""
    if task.plan_year == year:
        return True
    first, last = task.starts_on or task.due_on, task.due_on or task.starts_on
    if first is None:
        return False
    return first <= date(year, 12, 31) and last >= date(year, 1, 1)


def annual_work_plan_values(session: Session, programme_code: str, year: int, *, final: bool = False,
                            today: date | None = None) -> AnnualPlanValues:
    """The programme's work plan for ``year``: the tasks planned for it or whose dates fall in (or span)
    it, in the plan's order (area, work-stream, dates, description); action items of meetings are left
    out unless given a budget line. The funding summary counts the tasks per funding source."""
    if not 1900 <= int(year) <= 2200:
        raise InvalidInput("year", translate("Documents", "{year} is not a year of a work plan.").format(year=year))
    programme = programme_by_code(session, programme_code)
    first, last = date(year, 1, 1), date(year, 12, 31)
    # What may be in the year, narrowed in SQL; `_in_year` has the last word.
    rows = session.scalars(select(WorkTask).where(
        WorkTask.programme_id == programme.id,
        WorkTask.meeting_id.is_(None) | (WorkTask.budget_line != ""),
        or_(WorkTask.plan_year == year,
            and_(or_(WorkTask.starts_on <= last, WorkTask.due_on <= last),
                 or_(WorkTask.due_on >= first, WorkTask.starts_on >= first))))).all()
    rows = [t for t in rows if _in_year(t, year)]
    meetings = {mid: (title, held) for mid, title, held in session.execute(
        select(Meeting.id, Meeting.title, Meeting.held_on).where(Meeting.programme_id == programme.id))}
    rows.sort(key=lambda t: (t.area.casefold(), t.work_stream.casefold(), t.starts_on or t.due_on or date.max,
                             t.due_on or date.max, t.title.casefold(), str(t.id)))
    tasks = []
    for t in rows:
        source = t.source_reference or ""
        if t.meeting_id in meetings:
            title, held = meetings[t.meeting_id]
            source = f"{title} ({held.isoformat()})"
        tasks.append(PlanTask((t.area or "").strip(), (t.work_stream or "").strip(), t.title,
                              t.responsibility or "", t.status, t.starts_on, t.due_on, t.milestones or "",
                              t.expected_outputs or "", (t.budget_line or "").strip(),
                              (t.funding_source or "").strip(), bool(t.in_kind), source))
    counts: dict[tuple[str, bool], int] = {}
    for t in tasks:
        key = (t.funding_source, t.in_kind if t.funding_source else False)
        counts[key] = counts.get(key, 0) + 1
    funding = tuple(FundingCount(source, in_kind, n) for (source, in_kind), n in sorted(
        counts.items(), key=lambda kv: (not kv[0][0], kv[0][1], kv[0][0].casefold())))
    return AnnualPlanValues(programme.code, shown_programme(programme.code, programme.name), year, f"{programme.code}/AWP/{year}",
                            today or date.today(), tuple(tasks), funding, final)


def writer_for(out: Path):
    """The writer of ``out``'s kind (.pdf, .docx, .xlsx): ``write(values, path) -> pages`` (0 for a Word
    document or a workbook, whose pages the reader lays out)."""
    suffix = Path(out).suffix.lower()
    if suffix == ".docx":
        from opn_desk.reports.annual_work_plan_docx import write_annual_plan_docx

        def write(values, path: Path) -> int:
            write_annual_plan_docx(values, path)
            return 0
    elif suffix == ".xlsx":
        from opn_desk.reports.annual_work_plan_xlsx import write_annual_plan_xlsx

        def write(values, path: Path) -> int:
            write_annual_plan_xlsx(values, path)
            return 0
    elif suffix == ".pdf":
        from opn_desk.reports.annual_work_plan import write_annual_plan as write
    else:
        raise InvalidInput("out", _tr("{name}: the annual work plan is written to a file ending in .pdf, .docx or "
                                      ".xlsx.").format(name=Path(out).name))
    return write


def annual_work_plan(desk, programme_code: str, year: int, out: Path, *, final: bool = False,
                     progress: Progress = None, abort: Abort = None) -> Written:
    """The annual work plan of ``programme_code`` for ``year`` for the funding partners, to ``out``: a PDF,
    a Word document (.docx) or a workbook (.xlsx, one row per task), by its extension. ``Written.values``
    is the `AnnualPlanValues`; ``Written.pages`` the PDF's page count (0 for .docx and .xlsx)."""
    write = writer_for(out)
    _step(progress, abort, 0.1, _tr("Reading the work plan…"))
    values = desk.read(annual_work_plan_values, programme_code, year, final=final)
    _step(progress, abort, 0.4, _tr("Writing {name}…").format(name=Path(out).name))
    return Written(_write_whole(out, lambda p: write(values, p), abort), values)
