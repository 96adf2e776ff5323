"""The meeting pack appends the pages of each agenda item's PDF papers after the item (issue 15): read back
from the PDF, each paper is one bookmark under its item pointing at its first page, a contents entry with
that page's number, its pages carry "Page x of y" of the whole pack, and papers that are not PDFs, or PDFs
that are damaged or locked by a password, are listed with a sentence instead of breaking the pack."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from opn_desk.domain.meetings import PackItem, PackPaper, PackParticipant, PackValues
from opn_desk.reports.meeting_pack import write_meeting_pack
from tests.reports.report_fixtures import PAGE_OF, needs_pdftotext, needs_qpdf, pdf_pages, qpdf_check


def _pdf(title: str, pages: int, size=A4, rotate: int = 0) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    for n in range(pages):
        c.setFont("Helvetica", 24)
        c.drawString(60, size[1] - 90, f"{title} sheet {n + 1}")
        c.showPage()
    c.save()
    if not rotate:
        return buf.getvalue()
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(buf.getvalue())).pages:
        writer.add_page(page.rotate(rotate))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _locked(data: bytes, password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(password, "owner-secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _paper(title: str, filename: str, content: bytes, media_type: str = "application/pdf") -> PackPaper:
    return PackPaper(title, filename, media_type, len(content), content)


BUDGET = _pdf("Budget", 3)
CHART = _pdf("Chart", 1, landscape(A4))
TURNED = _pdf("Turned", 1, rotate=90)


def _values(*, final: bool = False) -> PackValues:
    items = (
        PackItem(1, "Opening and the budget", "Chair", "Adopt the agenda", (
            _paper("Budget 2026", "budget.pdf", BUDGET),
            _paper("Annex tables", "annex.xlsx", b"PK\x03\x04 spreadsheet",
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        )),
        PackItem(2, "Work plan", "Desk", "Agree the plan", (
            _paper("Wide chart", "chart.pdf", CHART),
            _paper("Turned page", "turned.pdf", TURNED),
            _paper("Torn file", "torn.pdf", BUDGET[:300] + b"\x00garbage" * 40),
            _paper("Secret file", "secret.pdf", _locked(BUDGET, "open-sesame")),
        ), (("Org A", "We agree."),), "The record.", "Agreed."),
        PackItem(3, "Any other business", "Chair", ""),
    )
    return PackValues("SPP", "Sustainable Public Procurement", "MAC meeting <pack>", "Face-to-face",
                      date(2026, 10, 21), "Geneva", "", "", (PackParticipant("Org A", "France", "Co-lead", "Attended"),),
                      items, (("Send the minutes", "Desk", date(2026, 11, 30)),), final)


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    out = tmp_path_factory.mktemp("pack") / "pack.pdf"
    pages = write_meeting_pack(_values(), out)
    return out, pages


def _outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    found = []

    def walk(items, level):
        for entry in items:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                found.append((level, entry.title, reader.get_destination_page_number(entry) + 1))

    walk(reader.outline, 0)
    return found


def test_pdf_papers_pages_are_in_the_pack_each_paper_one_bookmark_under_its_item(pack):
    out, pages = pack
    reader = PdfReader(out)
    assert len(reader.pages) == pages
    marks = _outline(reader)
    papers = [(level, title) for level, title, _ in marks if title.startswith("Paper: ")]
    # One bookmark per paper, all six of them, each under its item (level 1).
    assert sorted(t for _, t in papers) == sorted(f"Paper: {t}" for t in (
        "Budget 2026", "Annex tables", "Wide chart", "Turned page", "Torn file", "Secret file"))
    assert {level for level, _ in papers} == {1}
    page_of = {title: page for _, title, page in marks}
    # Item 1 is one page, then the budget's three pages; item 2, then the chart and the turned page.
    assert page_of["Paper: Budget 2026"] == page_of["1. Opening and the budget"] + 1
    assert page_of["2. Work plan"] == page_of["Paper: Budget 2026"] + 3
    assert page_of["Paper: Wide chart"] == page_of["2. Work plan"] + 1
    assert page_of["Paper: Turned page"] == page_of["Paper: Wide chart"] + 1
    assert page_of["3. Any other business"] == page_of["Paper: Turned page"] + 1
    # The bookmarks of papers whose pages are not in the pack stay on their item's page.
    assert page_of["Paper: Annex tables"] == page_of["1. Opening and the budget"]
    assert page_of["Paper: Torn file"] == page_of["Paper: Secret file"] == page_of["2. Work plan"]
    # Where the bookmark sits, a paper's page is drawn: a form XObject of the paper's content.
    for title in ("Paper: Budget 2026", "Paper: Wide chart", "Paper: Turned page"):
        xobjects = reader.pages[page_of[title] - 1]["/Resources"]["/XObject"]
        assert any(x.get_object()["/Subtype"] == "/Form" for x in xobjects.values()), title


@needs_qpdf
@needs_pdftotext
def test_the_papers_pages_are_counted_in_page_x_of_y_and_listed_in_the_contents(pack):
    out, pages = pack
    qpdf_check(out)
    texts = pdf_pages(out)
    assert len(texts) == pages
    assert [PAGE_OF.search(t).groups() for t in texts] == [(str(k), str(pages)) for k in range(1, pages + 1)]
    page_of = {title: page for _, title, page in _outline(PdfReader(out))}
    first = page_of["Paper: Budget 2026"]
    for k in range(3):  # the paper's own text on each of its pages, with the caption naming it
        text = texts[first - 1 + k]
        assert f"Budget sheet {k + 1}" in text and "Budget 2026" in text and f"page {k + 1} of 3" in text
    assert "Chart sheet 1" in texts[page_of["Paper: Wide chart"] - 1]
    assert "Turned sheet 1" in texts[page_of["Paper: Turned page"] - 1]
    contents = " ".join(texts[1].split())
    for title in ("Budget 2026", "Wide chart", "Turned page"):
        assert re.search(rf"Paper: {title}[ .]*{page_of['Paper: ' + title]}\b", contents), title


@needs_pdftotext
def test_other_damaged_and_locked_papers_are_listed_with_one_sentence(pack):
    out, _ = pack
    texts = [" ".join(t.split()) for t in pdf_pages(out)]
    page_of = {title: page for _, title, page in _outline(PdfReader(out))}
    item1, item2 = texts[page_of["1. Opening and the budget"] - 1], texts[page_of["2. Work plan"] - 1]
    assert re.search(r"budget\.pdf, \d+ KB; its 3 pages follow this item\.", item1)
    assert "annex.xlsx" in item1 and "kept with the desk's data." in item1
    assert "torn.pdf" in item2 and "this PDF cannot be read (it may be damaged), so its pages are not in the pack" in item2
    assert "secret.pdf" in item2 and "this PDF is protected by a password, so its pages are not in the pack" in item2
    assert "We agree." in item2  # the written comments stay on the item's page, before its papers


def test_a_pack_whose_every_paper_is_unreadable_still_writes_and_a_final_pack_too(tmp_path):
    values = _values(final=True)
    broken = tuple(PackItem(i.position, i.title, i.presenter, i.decision_sought,
                            tuple(_paper(p.title, p.filename, b"%PDF-1.7\n" + b"\xff" * 200) for p in i.papers))
                   for i in values.items)
    out = tmp_path / "broken.pdf"
    pages = write_meeting_pack(replace(values, items=broken), out)
    reader = PdfReader(out)
    assert len(reader.pages) == pages == 7  # cover, contents, participants and agenda, 3 items, actions
    assert not any(name.startswith(".") for name in (p.name for p in tmp_path.iterdir()))  # no temporary file left


def test_a_paper_that_reads_but_cannot_be_copied_is_listed_as_damaged_and_the_pack_made_again(tmp_path, monkeypatch):
    from opn_desk.reports import meeting_pack

    read = meeting_pack._contents_data
    seen: set[int] = set()
    chart_pages: set[int] = set()

    def fussy(page):  # the chart reads once (when examined), then fails when its page is copied
        data = read(page)
        if b"Chart sheet" in data or id(page) in chart_pages:
            chart_pages.add(id(page))
            if id(page) in seen:
                raise ValueError("broken stream")
            seen.add(id(page))
        return data

    monkeypatch.setattr(meeting_pack, "_contents_data", fussy)
    out = tmp_path / "pack.pdf"
    pages = write_meeting_pack(_values(), out)
    reader = PdfReader(out)
    marks = {title: page for _, title, page in _outline(reader)}
    assert len(reader.pages) == pages
    assert marks["Paper: Wide chart"] == marks["2. Work plan"]  # listed on its item's page, no pages of its own
    assert marks["Paper: Turned page"] == marks["2. Work plan"] + 1
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]
