"""The meeting pack: one PDF for a meeting (the board book board portals produce).

Cover, contents, participants, agenda, then each agenda item with its presenter, the decision sought,
its papers, the written comments sent in advance and (once the minutes are started) the record and the
decision, followed by the pages of the item's PDF papers; then the action items. Every part is a
bookmark and a contents entry (each paper one bookmark under its item); pages are numbered "Page x of
y", the papers' pages included. DRAFT watermark unless final.

How the papers' pages get in: the pack is laid out by ReportLab with one reserved page per page of each
PDF paper (it carries the running header, the footer's "Page x of y", the watermark and a caption naming
the paper), so the contents, the bookmarks and the page total are right from the start; pypdf then
draws each paper page on its reserved page, scaled to fit and centred, as a form XObject (its content
stream copied as it is, never re-interpreted). A paper's links and form fields are not carried over.
A paper that is not a PDF (DOCX, XLSX…) is listed by title, file name and size; a PDF that cannot be
read (damaged) or opened without a password is listed with one sentence saying so. Neither stops the
pack.

Plain values in (`opn_desk.domain.meetings.PackValues`), no Session, no Qt.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from opn_desk.domain.meetings import PackPaper, PackValues
from opn_desk.i18n import long_date, short_date, translate
from opn_desk.reports.base import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MUTED,
    PAGE,
    RULE,
    Bookmark,
    DeskDocument,
    contents,
    default_letterhead,
    draw_text,
    grid_table,
    heading,
    key_values,
    para,
    styles,
    write_pdf,
)

# Where a paper's page is drawn on its reserved page: below the running header and a caption line,
# above the footer's rule; a little wider than the text frame (a paper has margins of its own).
BOX_LEFT = 12 * mm
BOX_RIGHT = PAGE[0] - 12 * mm
BOX_BOTTOM = 17 * mm
BOX_TOP = PAGE[1] - 23 * mm
CAPTION_Y = PAGE[1] - 21 * mm
_FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    return f"{max(1, round(n / 1024))} KB"


# --------------------------------------------------------------------------------------- papers

APPENDED, OTHER, DAMAGED, LOCKED = "appended", "other", "damaged", "locked"


@dataclass(slots=True)
class _Paper:
    """A paper as the pack uses it: its state and, for a PDF that reads, each page's shown size."""

    item: int
    number: int  # within the item, from 1
    paper: PackPaper
    state: str
    sizes: list[tuple[float, float]] = field(default_factory=list)  # (width, height) as shown, in points
    reader: object | None = None  # the pypdf reader, kept for the drawing

    @property
    def key(self) -> str:
        return f"item-{self.item}-paper-{self.number}"


class _PaperBroken(Exception):
    def __init__(self, paper: _Paper):
        super().__init__(paper.key)
        self.paper = paper


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf says what it repairs on its logger and as warnings; a user of the pack is not shown them."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _is_pdf(paper: PackPaper) -> bool:
    head = (paper.content or b"")[:1024]
    return (b"%PDF-" in head or (paper.media_type or "").lower() == "application/pdf"
            or paper.filename.lower().endswith(".pdf"))


def _shown_size(page) -> tuple[float, float]:
    box = page.cropbox
    w, h = float(box.width), float(box.height)
    return (h, w) if int(page.rotation or 0) % 180 else (w, h)


def _contents_data(page) -> bytes:
    from pypdf.generic import ArrayObject

    contents = page.get("/Contents")
    if contents is None:
        return b""
    contents = contents.get_object()
    streams = contents if isinstance(contents, ArrayObject) else [contents]
    return b"\n".join(s.get_object().get_data() for s in streams)


def _examine(item: int, number: int, paper: PackPaper) -> _Paper:
    """Read a paper once: is it a PDF, can its pages be read (each page's contents decoded)?"""
    if paper.content is None or not _is_pdf(paper):
        return _Paper(item, number, paper, OTHER)
    from pypdf import PdfReader

    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(paper.content), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")  # restrictions only (no password to open): it reads
                except Exception:  # noqa: BLE001 - an unknown or broken encryption: it cannot be opened
                    opened = 0
                if not opened:
                    return _Paper(item, number, paper, LOCKED)
            sizes = []
            for page in reader.pages:
                w, h = _shown_size(page)
                if not (w > 1 and h > 1):
                    raise ValueError("a page without size")
                _contents_data(page)
                page.get("/Resources")
                sizes.append((w, h))
    except Exception:  # noqa: BLE001 - whatever is wrong with the file, the pack lists it instead
        return _Paper(item, number, paper, DAMAGED)
    if not sizes:
        return _Paper(item, number, paper, DAMAGED)
    return _Paper(item, number, paper, APPENDED, sizes, reader)


def _fit(size: tuple[float, float]) -> tuple[float, float, float, float, float]:
    """(scale, x, y, width, height) of a page of ``size`` fitted and centred in the box."""
    w, h = size
    bw, bh = BOX_RIGHT - BOX_LEFT, BOX_TOP - BOX_BOTTOM
    scale = min(bw / w, bh / h)
    sw, sh = w * scale, h * scale
    return scale, BOX_LEFT + (bw - sw) / 2, BOX_BOTTOM + (bh - sh) / 2, sw, sh


class _PaperPage(Flowable):
    """A page reserved for one page of a paper: it fills the frame, draws the caption and the paper's
    outline, and notes the page number it lands on (the last pass's number is the final one)."""

    def __init__(self, paper: _Paper, index: int, caption: str, placed: dict):
        super().__init__()
        self.paper, self.index, self.caption, self.placed = paper, index, caption, placed
        self._origin = (0.0, 0.0)

    def wrap(self, availWidth, availHeight):
        return availWidth, _FRAME_HEIGHT - 0.01

    def drawOn(self, canvas, x, y, _sW=0):
        self._origin = (x, y)
        super().drawOn(canvas, x, y, _sW)

    def draw(self):
        canv = self.canv
        self.placed[(self.paper.key, self.index)] = canv.getPageNumber()
        canv.saveState()
        canv.translate(-self._origin[0], -self._origin[1])  # page coordinates from here
        count = len(self.paper.sizes)
        where = translate("Reports", "page {page} of {count}").format(page=self.index + 1, count=count)
        draw_text(canv, BOX_RIGHT, CAPTION_Y, where, size=7.5, align="right", color=MUTED)
        draw_text(canv, BOX_LEFT, CAPTION_Y, self.caption, size=7.5, color=MUTED,
                  max_width=BOX_RIGHT - BOX_LEFT - 30 * mm)
        _scale, x, y, w, h = _fit(self.paper.sizes[self.index])
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.rect(x, y, w, h, stroke=1, fill=0)
        canv.restoreState()


def _draw_papers(path: Path, papers: list[_Paper], placed: dict) -> None:
    """Draw each appended paper's pages on their reserved pages of the PDF at ``path`` (rewritten)."""
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        IndirectObject,
        NameObject,
        RectangleObject,
    )

    with _quiet_pypdf():
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(path.read_bytes())))
        n = 0
        for paper in papers:
            if paper.state != APPENDED:
                continue
            try:
                for index, source in enumerate(paper.reader.pages):
                    target = writer.pages[placed[(paper.key, index)] - 1]
                    box = source.cropbox
                    form = DecodedStreamObject()
                    form.set_data(_contents_data(source))
                    form.update({
                        NameObject("/Type"): NameObject("/XObject"),
                        NameObject("/Subtype"): NameObject("/Form"),
                        NameObject("/BBox"): RectangleObject([box.left, box.bottom, box.right, box.top]),
                        NameObject("/Resources"): (source["/Resources"].get_object().clone(writer)
                                                   if "/Resources" in source else DictionaryObject()),
                    })
                    n += 1
                    name = NameObject(f"/OPNPaper{n}")
                    ref = writer._add_object(form.flate_encode())
                    resources = target["/Resources"].get_object()
                    if "/XObject" not in resources:
                        resources[NameObject("/XObject")] = DictionaryObject()
                    resources["/XObject"].get_object()[name] = ref
                    # Rotate as shown (/Rotate turns clockwise), move to the origin, fit into the box.
                    scale, x, y, _w, _h = _fit(paper.sizes[index])
                    turn = Transformation().translate(-float(box.left), -float(box.bottom))
                    rotation = int(source.rotation or 0) % 360
                    width, height = float(box.width), float(box.height)
                    if rotation == 90:
                        turn = turn.rotate(-90).translate(0, width)
                    elif rotation == 180:
                        turn = turn.rotate(180).translate(width, height)
                    elif rotation == 270:
                        turn = turn.rotate(90).translate(height, 0)
                    a, b, c, d, e, f = turn.scale(scale, scale).translate(x, y).ctm
                    draw = DecodedStreamObject()
                    draw.set_data(f"q {a:.6f} {b:.6f} {c:.6f} {d:.6f} {e:.3f} {f:.3f} cm {name} Do Q\n".encode())
                    # Under the reserved page's own drawing: header, footer, caption and watermark stay on top.
                    existing = target.raw_get("/Contents")
                    if isinstance(existing.get_object(), ArrayObject):
                        parts = list(existing.get_object())
                    else:
                        parts = [existing if isinstance(existing, IndirectObject) else writer._add_object(existing)]
                    target[NameObject("/Contents")] = ArrayObject([writer._add_object(draw), *parts])
            except Exception as exc:  # noqa: BLE001 - a paper pypdf could read but not copy
                raise _PaperBroken(paper) from exc
        tmp = path.with_name(path.name + ".papers")
        try:
            with open(tmp, "wb") as fh:
                writer.write(fh)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)


def _paper_line(p: _Paper) -> str:
    file = f"{p.paper.filename}, {_size(p.paper.size)}"
    if p.state == APPENDED:
        count = len(p.sizes)
        text = (translate("Reports", "{file}; its page follows this item.") if count == 1 else
                translate("Reports", "{file}; its {count} pages follow this item."))
        return text.format(file=file, count=count)
    if p.state == DAMAGED:
        return translate("Reports", "{file}; this PDF cannot be read (it may be damaged), so its pages are not in "
                         "the pack; the file is kept with the desk's data.").format(file=file)
    if p.state == LOCKED:
        return translate("Reports", "{file}; this PDF is protected by a password, so its pages are not in the "
                         "pack; the file is kept with the desk's data.").format(file=file)
    return translate("Reports", "{file}; kept with the desk's data.").format(file=file)


# ---------------------------------------------------------------------------------------- story

def story(v: PackValues, papers: dict[tuple[int, int], _Paper] | None = None, placed: dict | None = None) -> list:
    """The pack's flowables. ``papers`` (from `_examine`, by (item, number)) says which papers' pages are
    appended; without it every paper is listed only."""
    st = styles()
    papers = papers or {}
    placed = placed if placed is not None else {}
    when = long_date(v.held_on)
    out: list = [Bookmark(translate("Reports", "Cover"), "cover"), Spacer(1, 40 * mm),
                 para(v.programme_name, st.subtitle), para(v.title, st.title),
                 para(translate("Reports", "{kind} meeting, {date}").format(kind=v.kind, date=when), st.subtitle)]
    where = [(translate("Reports", "Date"), when), (translate("Reports", "Kind"), v.kind)]
    if v.place:
        where.append((translate("Reports", "Place"), v.place))
    if v.link:
        where.append((translate("Reports", "Link"), v.link))
    where.append((translate("Reports", "Pack"), translate("Reports", "Final") if v.final
                  else translate("Reports", "Draft")))
    if v.minutes_approved:  # "Approved on 12 May 2026 by … at …" once the minutes are approved
        where.append((translate("Reports", "Minutes"), v.minutes_approved))
    out += [Spacer(1, 8 * mm), key_values(where)]
    if v.programme_text:
        out += [Spacer(1, 6 * mm), Paragraph(translate("Reports", "Programme"), st.h2), para(v.programme_text, st.body)]
    out += [PageBreak(), heading(translate("Reports", "Contents"), st.h1, "contents", toc=False), contents(st),
            PageBreak()]

    out.append(heading(translate("Reports", "Participants"), st.h1, "participants"))
    if v.participants:
        rows = [[para(p.organisation, st.cell), para(p.country, st.cell), para(p.role, st.cell),
                 para(p.status, st.cell)] for p in v.participants]
        head = (translate("Reports", "Organisation"), translate("Reports", "Country or affiliation"),
                translate("Reports", "Role"), translate("Reports", "Participation"))
        out.append(grid_table([Paragraph(h, st.cell_head) for h in head], rows))
    else:
        out.append(para(translate("Reports", "Nobody is invited yet."), st.body))

    out += [Spacer(1, 6 * mm), heading(translate("Reports", "Agenda"), st.h1, "agenda")]
    if v.items:
        rows = [[para(str(i.position), st.cell), para(i.title, st.cell), para(i.presenter, st.cell),
                 para(i.decision_sought, st.cell)] for i in v.items]
        head = (translate("Reports", "No."), translate("Reports", "Item"), translate("Reports", "Presenter"),
                translate("Reports", "Decision sought"))
        out.append(grid_table([Paragraph(h, st.cell_head) for h in head], rows))
    else:
        out.append(para(translate("Reports", "The agenda has no items yet."), st.body))

    for item in v.items:
        key = f"item-{item.position}"
        out += [PageBreak(), heading(f"{item.position}. {item.title}", st.h1, key)]
        facts = []
        if item.presenter:
            facts.append((translate("Reports", "Presenter"), item.presenter))
        if item.decision_sought:
            facts.append((translate("Reports", "Decision sought"), item.decision_sought))
        if facts:
            out.append(key_values(facts))
        out.append(Paragraph(translate("Reports", "Papers"), st.h2))
        shown = [papers.get((item.position, k)) or _Paper(item.position, k, paper, OTHER)
                 for k, paper in enumerate(item.papers, start=1)]
        for p in shown:
            mark = translate("Reports", "Paper: {title}").format(title=p.paper.title)
            if p.state == APPENDED:  # the bookmark is on the paper's first page
                out.append(para(p.paper.title, st.body_bold))
            else:
                out.append(heading(p.paper.title, st.body_bold, p.key, level=1, outline_title=mark))
            out.append(para(_paper_line(p), st.small))
        if not shown:
            out.append(para(translate("Reports", "No papers for this item."), st.small))
        if item.written_comments:
            title = translate("Reports", "Written comments sent in advance")
            out.append(heading(title, st.h2, f"{key}-comments", level=1, toc=False,
                               outline_title=translate("Reports", "Written comments on item {number}").format(
                                   number=item.position)))
            for organisation, text in item.written_comments:
                out += [para(organisation, st.body_bold), para(text, st.quote)]
        if item.minutes or item.decision:
            out.append(Paragraph(translate("Reports", "Minutes"), st.h2))
            if item.minutes:
                out.append(para(item.minutes, st.body))
            if item.decision:
                out += [Paragraph(translate("Reports", "Decision"), st.label), para(item.decision, st.body)]
        for p in shown:
            if p.state != APPENDED:
                continue
            mark = translate("Reports", "Paper: {title}").format(title=p.paper.title)
            caption = f"{item.position}. {item.title} · {p.paper.title}"
            out += [PageBreak(), Bookmark(mark, p.key, level=1, toc=True)]
            for index in range(len(p.sizes)):
                if index:
                    out.append(PageBreak())
                out.append(_PaperPage(p, index, caption, placed))

    if v.action_items:
        out += [PageBreak(), heading(translate("Reports", "Action items"), st.h1, "actions")]
        rows = [[para(task, st.cell), para(owner, st.cell), para(short_date(due) if due else "", st.cell)]
                for task, owner, due in v.action_items]
        head = (translate("Reports", "Action"), translate("Reports", "Owner"), translate("Reports", "Due date"))
        out.append(grid_table([Paragraph(h, st.cell_head) for h in head], rows))
    return out


def examine_papers(values: PackValues) -> dict[tuple[int, int], _Paper]:
    """Each paper of the pack by (item position, number within the item): appended, other, damaged, locked."""
    return {(item.position, k): _examine(item.position, k, paper)
            for item in values.items for k, paper in enumerate(item.papers, start=1)}


def write_meeting_pack(values: PackValues, out: Path) -> int:
    """Write the pack to ``out`` (whole or not at all), the PDF papers' pages appended; returns the page
    count."""
    papers = examine_papers(values)

    def render(path: Path) -> int:
        placed: dict = {}
        doc = DeskDocument(
            path, title=translate("Reports", "Meeting pack: {title}").format(title=values.title),
            letterhead=default_letterhead(values.programme_name),
            footer=f"{values.programme_code} · {values.title} · {short_date(values.held_on)}",
            draft=not values.final, subject=translate("Reports", "Meeting pack"), first_page="plain",
            short_title=values.programme_code)
        pages = doc.render(story(values, papers, placed))
        if any(p.state == APPENDED for p in papers.values()):
            _draw_papers(Path(path), list(papers.values()), placed)
        return pages

    def build(path: Path) -> int:
        while True:
            try:
                return render(path)
            except _PaperBroken as broken:  # listed as damaged, and the pack made again without its pages
                broken.paper.state, broken.paper.reader, broken.paper.sizes = DAMAGED, None, []

    return write_pdf(Path(out), build)
