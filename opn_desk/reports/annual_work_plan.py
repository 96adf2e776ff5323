"""The annual work plan for the funding partners as a PDF (docs/MEETINGS.md): the programme, the symbol
(``SPP/AWP/2026``), the year and the date; the funding sources with the number of tasks each carries (the
work plan records no amounts: the document says so rather than print sums); then the tasks by area and
work-stream, each a table Task | Expected outputs | Milestones and dates | Budget line | Funding source.
Every area and work-stream is a PDF bookmark; "Page x of y" in the footer; DRAFT unless final.

The Word edition is reports/annual_work_plan_docx.py, the workbook reports/annual_work_plan_xlsx.py: the
same values (`reports.annual_work_plan_values.AnnualPlanValues`), no Session, no Qt.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from opn_desk.domain.vocab import TaskStatus
from opn_desk.i18n import long_date, short_date, translate
from opn_desk.reports.annual_work_plan_values import AnnualPlanValues, FundingCount, PlanTask
from opn_desk.reports.base import (
    ACCENT,
    CONTENT_WIDTH,
    DeskDocument,
    default_letterhead,
    grid_style,
    grid_table,
    heading,
    key_values,
    para,
    styles,
    write_pdf,
)

# Task | Expected outputs | Milestones and dates | Budget line | Funding source: shares of the width.
WIDTHS = (0.27, 0.21, 0.21, 0.13, 0.18)
_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


def _tr(text: str) -> str:
    return translate("Reports", text)


def number_of(k: int) -> str:
    return _NUMERALS[k] if k < len(_NUMERALS) else str(k + 1)


def title(v: AnnualPlanValues) -> str:
    return _tr("Annual work plan {year}").format(year=v.year)


def area_title(area: str) -> str:
    return area or _tr("Other tasks")


def status_label(code: str) -> str:
    """The status as the progress report names it (domain/vocab.py), in the document's language."""
    words = {TaskStatus.COMPLETED.value: _tr("Completed"), TaskStatus.ONGOING.value: _tr("Ongoing"),
             TaskStatus.NOT_STARTED.value: _tr("Not yet started"),
             TaskStatus.POSTPONED.value: _tr("Ongoing-postponed")}
    return words.get(code, code)


def columns() -> tuple[str, ...]:
    return (_tr("Task"), _tr("Expected outputs"), _tr("Milestones and dates"), _tr("Budget line"),
            _tr("Funding source"))


def kind_of(source: str, in_kind: bool) -> str:
    """How a funding source contributes, in words: a donor, or a contribution in kind."""
    if not source:
        return ""
    return _tr("In-kind contribution") if in_kind else _tr("Donor")


def source_text(source: str) -> str:
    return source or _tr("Not recorded")


def date_lines(t: PlanTask) -> list[str]:
    lines = []
    if t.starts_on:
        lines.append(_tr("Start: {date}").format(date=long_date(t.starts_on)))
    if t.due_on:
        lines.append(_tr("Due: {date}").format(date=long_date(t.due_on)))
    return lines


def intro(v: AnnualPlanValues) -> str:
    return _tr("The tasks of the {programme} programme's work plan for {year}, by area and work-stream, with "
               "their expected outputs, milestones and dates, who is responsible, their budget line and their "
               "funding source: a donor, or a co-lead's contribution in kind.").format(
        programme=v.programme_name, year=v.year)


def no_amounts() -> str:
    return _tr("The work plan records no amounts: this plan names each task's budget line and funding source "
               "but gives no sums.")


def no_budget_line(n: int) -> str:
    return (_tr("One task has no budget line yet.") if n == 1
            else _tr("{count} tasks have no budget line yet.").format(count=n))


def funding_rows(v: AnnualPlanValues) -> list[tuple[str, str, int]]:
    return [(source_text(f.funding_source), kind_of(f.funding_source, f.in_kind), f.tasks) for f in v.funding]


def _funding_table(funding: tuple[FundingCount, ...], st) -> list:
    head = [Paragraph(_tr("Funding source"), st.cell_head), Paragraph(_tr("Kind"), st.cell_head),
            Paragraph(_tr("Tasks"), st.cell_head_right)]
    rows = [[para(source_text(f.funding_source), st.cell), para(kind_of(f.funding_source, f.in_kind), st.cell),
             Paragraph(str(f.tasks), st.cell_right)] for f in funding]
    rows.append([Paragraph(_tr("All tasks"), st.cell_bold), "",
                 Paragraph(str(sum(f.tasks for f in funding)), st.cell_right)])
    style = grid_style(1, extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)])
    return [grid_table(head, rows, widths=[CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.28, CONTENT_WIDTH * 0.12],
                       style=style)]


def _task_row(t: PlanTask, st) -> list:
    task = [para(t.task, st.cell_bold)]
    if t.responsibility:
        task.append(para(_tr("Responsible: {who}").format(who=t.responsibility), st.small))
    task.append(para(_tr("Status: {status}").format(status=status_label(t.status)), st.small))
    when = [para(line, st.cell) for line in date_lines(t)]
    if t.milestones.strip():
        when.append(para(t.milestones, st.small))
    funding = [para(source_text(t.funding_source), st.cell if t.funding_source else st.small)]
    if t.funding_source:
        funding.append(para(kind_of(t.funding_source, t.in_kind), st.small))
    return [task, para(t.expected_outputs, st.cell), when or "", para(t.budget_line or "–", st.cell), funding]


def story(v: AnnualPlanValues) -> list:
    st = styles()
    out: list = [heading(title(v), st.title, "title", toc=False),
                 key_values([(_tr("Programme"), v.programme_name), (_tr("Symbol"), v.symbol),
                             (_tr("Period"), f"{long_date(date(v.year, 1, 1))} – {long_date(date(v.year, 12, 31))}"),
                             (_tr("Date"), long_date(v.prepared_on))]),
                 Spacer(1, 4 * mm), para(intro(v), st.body)]
    out.append(heading(_tr("Funding sources"), st.h1, "funding"))
    if v.tasks:
        out += _funding_table(v.funding, st)
        out.append(Spacer(1, 2 * mm))
    out.append(para(no_amounts(), st.body))
    if v.without_budget_line:
        out.append(para(no_budget_line(v.without_budget_line), st.body))
    if not v.tasks:
        out.append(para(_tr("The work plan has no tasks for {year}.").format(year=v.year), st.body))
    widths = [CONTENT_WIDTH * w for w in WIDTHS]
    head = [Paragraph(h, st.cell_head) for h in columns()]
    for a, (area, streams) in enumerate(v.groups()):
        out.append(Spacer(1, 3 * mm))
        out.append(heading(f"{number_of(a)}. {area_title(area)}", st.h1, f"area-{a}"))
        for s, (stream, tasks) in enumerate(streams):
            if stream:
                out.append(heading(stream, st.h2, f"area-{a}-stream-{s}", level=1))
            out.append(grid_table(head, [_task_row(t, st) for t in tasks], widths=widths))
            out.append(Spacer(1, 3 * mm))
    return out


def write_annual_plan(values: AnnualPlanValues, out: Path) -> int:
    """Write the annual work plan to ``out`` (whole or not at all); returns the page count."""

    def build(path: Path) -> int:
        doc = DeskDocument(path, title=f"{title(values)}: {values.programme_name}",
                           letterhead=default_letterhead(values.programme_name),
                           footer=f"{values.symbol} · {short_date(values.prepared_on)}", draft=not values.final,
                           subject=_tr("Annual work plan for the funding partners"), short_title=values.symbol)
        return doc.render(story(values))

    return write_pdf(Path(out), build)
