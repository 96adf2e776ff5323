"""The annual work plan for the funding partners as a Word document (DOCX, through python-docx), for
officers who edit it before sending it: the same values and layout as the PDF (reports/annual_work_plan.py).
The symbol and the date at the top right; the programme, the title (Word's Title style), the funding
sources with their number of tasks (no amounts: the work plan records none, and the document says so);
then each area as Heading 1 and each work-stream as Heading 2, with one table Task | Expected outputs |
Milestones and dates | Budget line | Funding source whose header row repeats on each page. "Page x of y"
in the footer as Word fields; DRAFT in the page header of a draft.

Written under a temporary name and renamed at the end: the file is whole or not there. Plain values in
(`reports.annual_work_plan_values.AnnualPlanValues`), no Session, no Qt.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from opn_desk.i18n import long_date, translate
from opn_desk.reports.annual_work_plan import (
    WIDTHS,
    area_title,
    columns,
    date_lines,
    funding_rows,
    intro,
    kind_of,
    no_amounts,
    no_budget_line,
    number_of,
    source_text,
    status_label,
    title,
)
from opn_desk.reports.annual_work_plan_values import AnnualPlanValues, PlanTask
from opn_desk.reports.work_plan_docx import _lines, _repeat_header, _text, new_document, save_whole


def _tr(text: str) -> str:
    return translate("Reports", text)


def _cells(t: PlanTask) -> tuple[str, str, str, str, str]:
    task = [t.task]
    if t.responsibility:
        task.append(_tr("Responsible: {who}").format(who=t.responsibility))
    task.append(_tr("Status: {status}").format(status=status_label(t.status)))
    when = date_lines(t) + ([t.milestones.strip()] if t.milestones.strip() else [])
    funding = [source_text(t.funding_source)] + ([kind_of(t.funding_source, t.in_kind)] if t.funding_source else [])
    return ("\n".join(task), t.expected_outputs, "\n".join(when), t.budget_line or "–", "\n".join(funding))


def _table(doc, head, rows, widths, *, bold_first_line: bool = False):
    from docx.enum.table import WD_TABLE_ALIGNMENT

    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    first = table.rows[0]
    _repeat_header(first)
    for cell, text in zip(first.cells, head, strict=True):
        _lines(cell, text, bold=True)
    for row in rows:
        cells = table.add_row().cells
        for k, (cell, text) in enumerate(zip(cells, row, strict=True)):
            _lines(cell, str(text))
            if bold_first_line and k == 0 and cell.paragraphs[0].runs:
                cell.paragraphs[0].runs[0].bold = True
    for column, w in zip(table.columns, widths, strict=True):
        column.width = w
        for cell in column.cells:
            cell.width = w
    return table


def build_document(v: AnnualPlanValues):
    """The annual work plan as a python-docx Document (not yet saved)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import RGBColor

    doc, section = new_document(title=f"{title(v)}: {v.programme_name}",
                                subject=_tr("Annual work plan for the funding partners"), symbol=v.symbol,
                                final=v.final, font_size=10)

    block = doc.add_paragraph()
    block.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    block.add_run(_text(v.symbol)).bold = True
    block.add_run("\n" + _tr("Period: {start} – {end}").format(start=long_date(date(v.year, 1, 1)),
                                                                end=long_date(date(v.year, 12, 31))))
    block.add_run("\n" + long_date(v.prepared_on))
    programme = doc.add_paragraph(_text(v.programme_name))
    programme.runs[0].font.color.rgb = RGBColor(0x5F, 0x6B, 0x76)
    doc.add_heading(_text(title(v)), level=0)
    doc.add_paragraph(_text(intro(v)))

    width = section.page_width - section.left_margin - section.right_margin
    doc.add_heading(_tr("Funding sources"), level=1)
    if v.tasks:
        rows = [*funding_rows(v), (_tr("All tasks"), "", sum(f.tasks for f in v.funding))]
        _table(doc, (_tr("Funding source"), _tr("Kind"), _tr("Tasks")), rows,
               [int(width * share) for share in (0.6, 0.28, 0.12)])
    doc.add_paragraph(no_amounts())
    if v.without_budget_line:
        doc.add_paragraph(no_budget_line(v.without_budget_line))
    if not v.tasks:
        doc.add_paragraph(_tr("The work plan has no tasks for {year}.").format(year=v.year))

    widths = [int(width * share) for share in WIDTHS]
    for a, (area, streams) in enumerate(v.groups()):
        doc.add_heading(f"{number_of(a)}. {_text(area_title(area))}", level=1)
        for stream, tasks in streams:
            if stream:
                doc.add_heading(_text(stream), level=2)
            _table(doc, columns(), [_cells(t) for t in tasks], widths, bold_first_line=True)
            doc.add_paragraph()
    return doc


def write_annual_plan_docx(values: AnnualPlanValues, out: Path) -> int:
    """Write the annual work plan to ``out`` (.docx; whole or not at all); returns the number of tasks."""
    save_whole(build_document(values), out)
    return len(values.tasks)
