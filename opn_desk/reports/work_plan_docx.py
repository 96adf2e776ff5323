"""The work plan's progress report as a Word document (DOCX, through python-docx), for officers who edit
the report before sending it: the same values and the same layout as the PDF (reports/work_plan.py) and
the progress report seed (004): the document symbol, the distribution and the date at the top, the
programme, the title, the note, then sections by area, each a three-column table Tasks | Progress | Next
steps (its header row repeated on each page). Real Word headings (Title, Heading 1, Heading 2), so the
navigation pane and a table of contents work; the page footer counts "Page x of y" with Word's fields.
A draft says DRAFT in the page header.

Written under a temporary name and renamed at the end: the file is whole or not there. Plain values in
(`opn_desk.domain.work_plan.ProgressReportValues`), no Session, no Qt.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from opn_desk.domain.work_plan import ProgressReportValues
from opn_desk.i18n import long_date, translate
from opn_desk.reports.values import ReportError

# Tasks | Progress | Next steps: the same shares of the width as the PDF's table.
WIDTHS = (0.34, 0.38, 0.28)
_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
# What XML 1.0 cannot hold (python-docx would refuse it): control characters but tab and newline,
# lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def _text(value: object) -> str:
    return _NOT_XML.sub("", "" if value is None else str(value)).replace("\r\n", "\n").replace("\r", "\n")


def section_number(k: int) -> str:
    return _NUMERALS[k] if k < len(_NUMERALS) else str(k + 1)


def _field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) in ``paragraph``, showing 1 until Word updates it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    props = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    props.append(mark)


def _lines(cell, text: str, *, bold: bool = False) -> None:
    """``text`` in a table cell, one paragraph per line (the cell's first paragraph reused)."""
    lines = _text(text).split("\n") or [""]
    first = cell.paragraphs[0]
    for k, line in enumerate(lines):
        paragraph = first if k == 0 else cell.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = bold or None


def new_document(*, title: str, subject: str, symbol: str, final: bool, font_size: float):
    """An A4 Word document as the desk's PDFs are laid out: its properties, the symbol (and DRAFT) in the
    page header, "Page x of y" as Word fields in the footer. Returns (document, its section)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4, as the PDF
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(font_size)

    props = doc.core_properties
    props.title = _text(title)[:255]
    props.subject = subject
    props.author = "OPN Desk"
    props.identifier = _text(symbol)
    props.keywords = _text(symbol)

    header = section.header.paragraphs[0]
    draft = "" if final else "    " + translate("Reports", "DRAFT")
    header.text = _text(f"{symbol}{draft}")
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    before, _, rest = translate("Reports", "Page {page} of {total}").partition("{page}")
    between, _, after = rest.partition("{total}")
    footer.add_run(before)
    _field(footer, "PAGE")
    footer.add_run(between)
    _field(footer, "NUMPAGES")
    footer.add_run(after)
    return doc, section


def save_whole(document, out: Path) -> None:
    """Save ``document`` to ``out`` whole or not at all (a temporary file renamed)."""
    path = Path(out)
    if path.is_dir():
        raise ReportError(translate("Reports", "{path} is a folder; give the document's file name.").format(path=path))
    if not path.parent.is_dir():
        raise ReportError(translate("Reports", "The folder {folder} does not exist.").format(folder=path.parent))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        document.save(str(tmp))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def build_document(v: ProgressReportValues):
    """The report as a python-docx Document (not yet saved)."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import RGBColor

    doc, section = new_document(title=f"{v.title}: {v.programme_name}",
                                subject=translate("Reports", "Work plan progress report"), symbol=v.symbol,
                                final=v.final, font_size=10.5)

    # The symbol block, top right, as the seed's documents carry it.
    block = doc.add_paragraph()
    block.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    block.add_run(_text(v.symbol)).bold = True
    block.add_run("\n" + translate("Reports", "Distribution: {distribution}").format(
        distribution=_text(v.distribution)))
    block.add_run("\n" + long_date(v.as_of))
    programme = doc.add_paragraph(_text(v.programme_name))
    programme.runs[0].font.color.rgb = RGBColor(0x5F, 0x6B, 0x76)
    doc.add_heading(_text(v.title), level=0)
    doc.add_heading(translate("Reports", "Note by the Coordination Desk"), level=2)
    doc.add_paragraph(_text(v.note))
    if not v.sections:
        doc.add_paragraph(translate("Reports", "The work plan has no tasks yet."))

    width = section.page_width - section.left_margin - section.right_margin
    widths = [int(width * share) for share in WIDTHS]
    head = (translate("Reports", "Tasks"), translate("Reports", "Progress"), translate("Reports", "Next steps"))
    for k, (title, rows) in enumerate(v.sections):
        doc.add_heading(f"{section_number(k)}. {_text(title)}", level=1)
        table = doc.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        first = table.rows[0]
        _repeat_header(first)
        for cell, text in zip(first.cells, head, strict=True):
            _lines(cell, text, bold=True)
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, (row.task, row.progress, row.next_steps), strict=True):
                _lines(cell, text)
        for column, w in zip(table.columns, widths, strict=True):
            column.width = w
            for cell in column.cells:
                cell.width = w
        doc.add_paragraph()
    return doc


def write_progress_docx(values: ProgressReportValues, out: Path) -> int:
    """Write the report to ``out`` (.docx; whole or not at all); returns the number of tasks written."""
    save_whole(build_document(values), out)
    return sum(len(rows) for _, rows in values.sections)
