"""The annual work plan for the funding partners as a workbook (openpyxl), for their spreadsheets: the
sheet "Work plan" has one row per task with its grouping as the first columns (area, work-stream), then
the task, who is responsible, the status, the start and due dates (date cells), the milestones, the
expected outputs, the budget line, the funding source, its kind (donor or in-kind contribution) and the
decision the task comes from; a styled header row, frozen, with a filter. The sheet "Funding sources"
counts the tasks per funding source and says that the work plan records no amounts.

User text is always a text cell, never a formula. Written under a temporary name and renamed at the
end. Plain values in (`reports.annual_work_plan_values.AnnualPlanValues`), no Session, no Qt.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from opn_desk.i18n import translate
from opn_desk.reports.annual_work_plan import (
    funding_rows,
    kind_of,
    no_amounts,
    no_budget_line,
    status_label,
    title,
)
from opn_desk.reports.annual_work_plan_values import AnnualPlanValues
from opn_desk.reports.values import ReportError

HEADER_FILL = "1F4E79"
MAX_WIDTH = 60
DATE_FORMAT = "yyyy-mm-dd"
# What a cell cannot hold (openpyxl refuses it): control characters but tab and newline.
_NOT_CELL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _tr(text: str) -> str:
    return translate("Reports", text)


def task_columns() -> tuple[str, ...]:
    return (_tr("Area"), _tr("Work-stream"), _tr("Task"), _tr("Responsible"), _tr("Status"), _tr("Start date"),
            _tr("Due date"), _tr("Milestones"), _tr("Expected outputs"), _tr("Budget line"), _tr("Funding source"),
            _tr("Kind"), _tr("Decided by"))


def _sheet(book, name: str, columns: Sequence[str], rows: Sequence[Sequence], *, wrapped: Sequence[int] = ()):
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = book.create_sheet(name[:31])
    ws.append(list(columns))
    for cell in ws[1]:
        cell.font, cell.fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(vertical="center")
    widths = [len(str(c)) for c in columns]
    top = Alignment(vertical="top")
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, str):
                value = _NOT_CELL.sub("", value)
                cell.value = value
                cell.data_type = "s"  # text stays text, never a formula
                if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    cell.quotePrefix = True
            else:
                cell.value = value
            if hasattr(value, "isoformat"):
                cell.number_format = DATE_FORMAT
                text = value.isoformat()
            else:
                text = "" if value is None else str(value)
            cell.alignment = wrap if c - 1 in wrapped else top
            widths[c - 1] = max(widths[c - 1], max((len(line) for line in text.splitlines()), default=0))
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = min(MAX_WIDTH, width + 2)
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = ws.dimensions
    return ws


def build_workbook(v: AnnualPlanValues):
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    book.properties.title = f"{title(v)}: {v.programme_name}"[:255]
    book.properties.subject = _tr("Annual work plan for the funding partners")
    book.properties.identifier = v.symbol
    book.properties.creator = "OPN Desk"
    rows = [(t.area, t.work_stream, t.task, t.responsibility, status_label(t.status), t.starts_on, t.due_on,
             t.milestones, t.expected_outputs, t.budget_line, t.funding_source, kind_of(t.funding_source, t.in_kind),
             t.source) for t in v.tasks]
    _sheet(book, _tr("Work plan"), task_columns(), rows, wrapped=(2, 7, 8))
    summary = [*funding_rows(v), (_tr("All tasks"), "", len(v.tasks))]
    ws = _sheet(book, _tr("Funding sources"), (_tr("Funding source"), _tr("Kind"), _tr("Tasks")), summary)
    notes = [no_amounts()]
    if v.without_budget_line:
        notes.append(no_budget_line(v.without_budget_line))
    for k, note in enumerate(notes):
        ws.cell(row=len(summary) + 3 + k, column=1, value=note).data_type = "s"
    return book


def write_annual_plan_xlsx(values: AnnualPlanValues, out: Path) -> int:
    """Write the workbook to ``out`` (.xlsx; whole or not at all); returns the number of task rows."""
    path = Path(out)
    if path.is_dir():
        raise ReportError(_tr("{path} is a folder; give the document's file name.").format(path=path))
    if not path.parent.is_dir():
        raise ReportError(_tr("The folder {folder} does not exist.").format(folder=path.parent))
    book = build_workbook(values)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        book.save(str(tmp))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return len(values.tasks)
