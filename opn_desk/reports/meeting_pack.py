"""The meeting pack: one PDF for a meeting (the board book board portals produce).

Cover, contents, participants, agenda, then each agenda item with its presenter, the decision sought,
its papers, the written comments sent in advance and (once the minutes are started) the record and the
decision; then the action items. Every part is a bookmark and a contents entry; pages are numbered
"Page x of y". DRAFT watermark unless final.

Papers are listed by title, file name and size. Appending the pages of PDF papers needs a PDF reading
library (pypdf), which is not among the desk's dependencies yet: until then each paper's pages stay in
its own file, kept with the data (docs/MEETINGS.md).

Plain values in (`opn_desk.domain.meetings.PackValues`), no Session, no Qt.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from opn_desk.domain.meetings import PackValues
from opn_desk.reports.base import (
    Bookmark,
    DeskDocument,
    contents,
    default_letterhead,
    grid_table,
    heading,
    key_values,
    para,
    styles,
    write_pdf,
)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    return f"{max(1, round(n / 1024))} KB"


def _date(d) -> str:
    return f"{d.day} {d:%B %Y}" if d else ""


def story(v: PackValues) -> list:
    st = styles()
    out: list = [Bookmark("Cover", "cover"), Spacer(1, 40 * mm),
                 para(v.programme_name, st.subtitle), para(v.title, st.title),
                 para(f"{v.kind} meeting, {_date(v.held_on)}", st.subtitle)]
    where = [("Date", _date(v.held_on)), ("Kind", v.kind)]
    if v.place:
        where.append(("Place", v.place))
    if v.link:
        where.append(("Link", v.link))
    where.append(("Pack", "Final" if v.final else "Draft"))
    out += [Spacer(1, 8 * mm), key_values(where)]
    if v.programme_text:
        out += [Spacer(1, 6 * mm), Paragraph("Programme", st.h2), para(v.programme_text, st.body)]
    out += [PageBreak(), heading("Contents", st.h1, "contents", toc=False), contents(st), PageBreak()]

    out.append(heading("Participants", st.h1, "participants"))
    if v.participants:
        rows = [[para(p.organisation, st.cell), para(p.country, st.cell), para(p.role, st.cell),
                 para(p.status, st.cell)] for p in v.participants]
        out.append(grid_table([Paragraph(h, st.cell_head) for h in ("Organisation", "Country or affiliation",
                                                                     "Role", "Participation")], rows))
    else:
        out.append(para("Nobody is invited yet.", st.body))

    out += [Spacer(1, 6 * mm), heading("Agenda", st.h1, "agenda")]
    if v.items:
        rows = [[para(str(i.position), st.cell), para(i.title, st.cell), para(i.presenter, st.cell),
                 para(i.decision_sought, st.cell)] for i in v.items]
        out.append(grid_table([Paragraph(h, st.cell_head) for h in ("No.", "Item", "Presenter", "Decision sought")],
                              rows))
    else:
        out.append(para("The agenda has no items yet.", st.body))

    for item in v.items:
        key = f"item-{item.position}"
        out += [PageBreak(), heading(f"{item.position}. {item.title}", st.h1, key)]
        facts = []
        if item.presenter:
            facts.append(("Presenter", item.presenter))
        if item.decision_sought:
            facts.append(("Decision sought", item.decision_sought))
        if facts:
            out.append(key_values(facts))
        out.append(heading("Papers", st.h2, f"{key}-papers", level=1, toc=False,
                           outline_title=f"Papers of item {item.position}"))
        if item.papers:
            for k, paper in enumerate(item.papers, start=1):
                out.append(heading(f"{paper.title}", st.body_bold, f"{key}-paper-{k}", level=1,
                                   outline_title=f"Paper: {paper.title}"))
                out.append(para(f"{paper.filename}, {_size(paper.size)}; kept with the desk's data.", st.small))
        else:
            out.append(para("No papers for this item.", st.small))
        if item.written_comments:
            out.append(heading("Written comments sent in advance", st.h2, f"{key}-comments", level=1, toc=False,
                               outline_title=f"Written comments on item {item.position}"))
            for organisation, text in item.written_comments:
                out += [para(organisation, st.body_bold), para(text, st.quote)]
        if item.minutes or item.decision:
            out.append(Paragraph("Record", st.h2))
            if item.minutes:
                out.append(para(item.minutes, st.body))
            if item.decision:
                out += [Paragraph("Decision", st.label), para(item.decision, st.body)]

    if v.action_items:
        out += [PageBreak(), heading("Action items", st.h1, "actions")]
        rows = [[para(task, st.cell), para(owner, st.cell), para(due.isoformat() if due else "", st.cell)]
                for task, owner, due in v.action_items]
        out.append(grid_table([Paragraph(h, st.cell_head) for h in ("Action", "Owner", "Due")], rows))
    return out


def write_meeting_pack(values: PackValues, out: Path) -> int:
    """Write the pack to ``out`` (whole or not at all); returns the page count."""

    def build(path: Path) -> int:
        doc = DeskDocument(path, title=f"Meeting pack: {values.title}", letterhead=default_letterhead(
            values.programme_name), footer=f"{values.programme_code} · {values.title} · {values.held_on.isoformat()}",
            draft=not values.final, subject="Meeting pack", first_page="plain", short_title=values.programme_code)
        return doc.render(story(values))

    return write_pdf(Path(out), build)
