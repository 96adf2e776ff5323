"""The work plan's progress report, as the progress report seed (004) prints it: the programme and the
document symbol, the distribution and the date, a note, then sections by area, each a three-column
table Tasks | Progress | Next steps (the progress opening with the status: "Ongoing: …").

The Word edition (DOCX), which officers edit before sending, is reports/work_plan_docx.py: the same
values, the same layout (docs/MEETINGS.md).

Plain values in (`opn_desk.domain.work_plan.ProgressReportValues`), no Session, no Qt.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from opn_desk.domain.work_plan import ProgressReportValues
from opn_desk.i18n import long_date, short_date, translate
from opn_desk.reports.base import (
    CONTENT_WIDTH,
    DeskDocument,
    default_letterhead,
    grid_table,
    heading,
    key_values,
    para,
    styles,
    write_pdf,
)
from opn_desk.reports.work_plan_docx import WIDTHS, section_number

# Tasks | Progress | Next steps: fixed shares of the width, as the seed's table.
_WIDTHS = WIDTHS


def story(v: ProgressReportValues) -> list:
    st = styles()
    out: list = [heading(v.title, st.title, "title", toc=False),
                 key_values([(translate("Reports", "Programme"), v.programme_name),
                             (translate("Reports", "Symbol"), v.symbol),
                             (translate("Reports", "Distribution"), v.distribution),
                             (translate("Reports", "Date"), long_date(v.as_of))]),
                 Spacer(1, 4 * mm), Paragraph(translate("Reports", "Note by the Coordination Desk"), st.h2),
                 para(v.note, st.body)]
    if not v.sections:
        out.append(para(translate("Reports", "The work plan has no tasks yet."), st.body))
    widths = [CONTENT_WIDTH * w for w in _WIDTHS]
    head = (translate("Reports", "Tasks"), translate("Reports", "Progress"), translate("Reports", "Next steps"))
    for k, (section, rows) in enumerate(v.sections):
        out.append(heading(f"{section_number(k)}. {section}", st.h1, f"section-{k}"))
        data = [[para(r.task, st.cell), para(r.progress, st.cell), para(r.next_steps, st.cell)] for r in rows]
        out.append(grid_table([Paragraph(h, st.cell_head) for h in head], data, widths=widths))
        out.append(Spacer(1, 4 * mm))
    return out


def write_progress_report(values: ProgressReportValues, out: Path) -> int:
    """Write the report to ``out`` (whole or not at all); returns the page count."""

    def build(path: Path) -> int:
        doc = DeskDocument(path, title=f"{values.title}: {values.programme_name}",
                           letterhead=default_letterhead(values.programme_name),
                           footer=f"{values.symbol} · {short_date(values.as_of)}", draft=not values.final,
                           subject=translate("Reports", "Work plan progress report"), short_title=values.symbol)
        return doc.render(story(values))

    return write_pdf(Path(out), build)
