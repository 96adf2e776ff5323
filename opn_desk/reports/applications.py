"""Application PDFs: the one-page summary, the MAC's review pack, acknowledgement and decision letters.

Each ``write_*`` function takes plain values (opn_desk.reports.values), writes the PDF to a temporary
file beside ``path`` and moves it into place, and returns the number of pages. User text goes
through `base.para` / `base.markup` only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from opn_desk.domain.vocab import REGIONAL_GROUPS, STAKEHOLDER_CLUSTERS
from opn_desk.reports.base import (
    ALERT,
    ALERT_INK,
    CONTENT_WIDTH,
    FONT_BOLD,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE,
    RULE,
    TINT,
    Bookmark,
    DeskDocument,
    chunked_tables,
    contents,
    default_letterhead,
    grid_style,
    heading,
    key_values,
    para,
    percent,
    styles,
    term_cell,
    write_pdf,
)
from opn_desk.reports.values import (
    DISAGREEMENT_SPREAD,
    SCORE_MAX,
    ApplicationSummary,
    Letter,
    RankedApplication,
    ReportError,
    ReviewPack,
    Scores,
)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
SUMMARY_STATEMENT_CHARS = 1400
REVIEWERS_PER_TABLE = 8


def long_date(day: date | None) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}" if day else "–"


def _num(value: float | None, places: int = 2) -> str:
    return "–" if value is None else f"{value:.{places}f}"


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def _label(text: str) -> Paragraph:
    """Our own fixed wording (never user text) as a Paragraph."""
    return Paragraph(escape(text), styles().label)


def _joined(items: Sequence[str]) -> str:
    return "; ".join(i for i in items if i) or "–"


def _contact(contact) -> str:
    if contact is None:
        return "–"
    return f"{contact.name} <{contact.email}>" if contact.email else contact.name


def _shorten(text: str, limit: int) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return f"{cut} … (shortened: {len(text.split())} words in full)"


def _country(s: ApplicationSummary) -> str:
    if not s.country:
        return "–"
    return f"{s.country} ({s.regional_group})" if s.regional_group else s.country


def _facts(s: ApplicationSummary, *, with_programme: bool = True) -> Table:
    pairs: list[tuple[str, object]] = [("Organisation", s.organisation)]
    if s.acronym:
        pairs.append(("Acronym", s.acronym))
    pairs += [
        ("Country (regional group)", _country(s)),
        ("Stakeholder cluster", s.stakeholder_cluster or "–"),
    ]
    if s.organisation_type:
        pairs.append(("Type", s.organisation_type))
    if s.website:
        pairs.append(("Website", s.website))
    if with_programme:
        pairs.append(("Programme", f"{s.programme_name} ({s.programme_code})"))
        pairs.append(("Role applied for", s.role))
        if s.call_title:
            pairs.append(("Call", s.call_title))
    pairs += [
        ("Representative", _contact(s.representative)),
        ("Alternate", _contact(s.alternate)),
        ("Contribution offered", _joined(s.contributions)),
    ]
    if s.contribution_details:
        pairs.append(("Contribution details", s.contribution_details))
    pairs += [
        ("Work-streams", _joined(s.work_streams)),
        ("Priority sectors", _joined(s.priority_sectors)),
    ]
    return key_values(pairs)


# ------------------------------------------------------------------------------------- scores

def _names_fit(names: Sequence[str], width: float) -> bool:
    """Whether every name fits a header cell of ``width`` in two lines without breaking a word."""
    from opn_desk.reports.base import text_width

    st = styles().cell_head
    room = width - 8  # the cell's padding
    return all(
        text_width(name, st.fontName, st.fontSize) <= 2 * room
        and all(text_width(word, st.fontName, st.fontSize) <= room for word in name.split())
        for name in names
    )


def scores_tables(scores: Scores, *, width: float = CONTENT_WIDTH) -> list[Flowable]:
    """The criteria x reviewers table(s) with means, weights and the weighted total.

    Reviewers head their columns by name when the names fit, else as R1, R2... with a key below.
    More than eight reviewers are split over several tables (criterion, weight and mean repeated).
    Rows where reviewers disagree largely are tinted and marked with "!".
    """
    st = styles()
    if not scores.criteria:
        return [para("No evaluation criteria apply to this application.", st.small)]
    if not scores.reviewers:
        return [para("No reviewer has scored this application yet.", st.small)]
    groups = [scores.reviewers[i:i + REVIEWERS_PER_TABLE]
              for i in range(0, len(scores.reviewers), REVIEWERS_PER_TABLE)]
    crit_w, weight_w, mean_w = 52 * mm, 16 * mm, 17 * mm
    widest = max(len(g) for g in groups)
    by_name = _names_fit(scores.reviewers, (width - crit_w - weight_w - mean_w) / widest)
    out: list[Flowable] = []
    for g, group in enumerate(groups):
        first = g * REVIEWERS_PER_TABLE
        rev_w = (width - crit_w - weight_w - mean_w) / len(group)
        heads = [_head_user(name, centred=True) if by_name else _head(f"R{first + i + 1}", centre=True)
                 for i, name in enumerate(group)]
        header = [_head("Criterion"), _head("Weight", right=True), *heads, _head("Mean", right=True)]
        rows, extra = [], []
        total_weight = sum(c.weight for c in scores.criteria)
        for r, crit in enumerate(scores.criteria, start=1):
            cells = [para(crit.name, st.cell), percent(crit.weight, total_weight)]
            cells += [_score(crit.scores[first + i]) for i in range(len(group))]
            cells.append(_num(crit.mean) + (" !" if crit.disagreement else ""))
            rows.append(cells)
            if crit.disagreement:
                extra += [("BACKGROUND", (0, r), (-1, r), ALERT), ("TEXTCOLOR", (-1, r), (-1, r), ALERT_INK),
                          ("FONT", (-1, r), (-1, r), FONT_BOLD, 8.5)]
        total_row = len(rows) + 1
        rows.append([_label("Weighted total"), "", *["" for _ in group], _num(scores.weighted_total)])
        extra += [
            ("SPAN", (0, total_row), (-2, total_row)),
            ("FONT", (-1, total_row), (-1, total_row), FONT_BOLD, 9),
            ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, colors.black),
            ("BACKGROUND", (0, total_row), (-1, total_row), colors.white),
        ]
        numeric = [("ALIGN", (1, 1), (1, -1), "RIGHT"), ("ALIGN", (2, 1), (-2, -1), "CENTER"),
                   ("ALIGN", (-1, 1), (-1, -1), "RIGHT")]
        table = Table([header, *rows], colWidths=[crit_w, weight_w, *[rev_w] * len(group), mean_w],
                      repeatRows=1, hAlign="LEFT")
        table.setStyle(grid_style(extra=[*numeric, *extra]))
        out.append(table)
        out.append(Spacer(1, 2 * mm))
    if not by_name:
        out.append(para("Reviewers: " + "; ".join(f"R{i} = {name}" for i, name in enumerate(scores.reviewers, 1)),
                        st.small))
    disagreeing = [c.name for c in scores.criteria if c.disagreement]
    if disagreeing:
        out.append(para(
            f"! Reviewers disagree largely (scores {DISAGREEMENT_SPREAD:g} or more points apart) on: "
            + "; ".join(disagreeing) + ".", st.small))
    return out


def _head(text: str, *, right: bool = False, centre: bool = False) -> Paragraph:
    st = styles()
    style = st.cell_head_right if right else st.cell_head_centre if centre else st.cell_head
    return Paragraph(escape(text), style)


def _head_user(text: str, *, centred: bool = False) -> Flowable:
    st = styles()
    return para(text, st.cell_head_centre if centred else st.cell_head)


def _comments(scores: Scores) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    if scores.comments:
        out += [Spacer(1, 2 * mm), _label("Reviewers' comments")]
        for c in scores.comments:
            out.append(para(f"{c.reviewer} on {c.criterion}: {c.comment}", st.body))
    if scores.conflicts:
        out += [Spacer(1, 2 * mm)]
        out.append(_label("Declared conflicts of interest (these reviewers did not score)"))
        for c in scores.conflicts:
            reason = f": {c.reason}" if c.reason else ""
            out.append(para(f"{c.reviewer}, declared {long_date(c.declared_on)}{reason}", st.body))
    return out


def _history(s: ApplicationSummary, limit: int | None = None) -> list[Flowable]:
    st = styles()
    items = list(s.history)
    if not items:
        return [para("No status changes recorded.", st.small)]
    skipped = 0
    if limit is not None and len(items) > limit:
        skipped = len(items) - limit
        items = items[-limit:]
    rows = []
    for h in items:
        step = f"{h.from_status} → {h.to_status}" if h.from_status else h.to_status
        rows.append([h.at.strftime("%Y-%m-%d"), para(step, st.cell), para(h.actor, st.cell),
                     para(h.reason or "", st.cell)])
    out: list[Flowable] = []
    if skipped:
        out.append(para(f"The {limit} latest of {len(s.history)} status changes:", st.small))
    out += chunked_tables([_head("Date"), _head("Step"), _head("By"), _head("Reason")], rows,
                          [22 * mm, 48 * mm, 40 * mm, CONTENT_WIDTH - 110 * mm])
    return out


def _decision(s: ApplicationSummary) -> list[Flowable]:
    pairs: list[tuple[str, object]] = []
    if s.mac_opinion:
        pairs.append(("MAC opinion", s.mac_opinion))
    if s.decision:
        pairs.append(("Decision", f"{s.decision}, {long_date(s.decided_on)}" if s.decided_on else s.decision))
        if s.decision_rationale:
            pairs.append(("Rationale", s.decision_rationale))
        if s.term_start:
            pairs.append(("Term", f"{long_date(s.term_start)} to {long_date(s.term_end)}"
                          if s.term_end else f"from {long_date(s.term_start)}"))
    return [key_values(pairs)] if pairs else []


# ---------------------------------------------------------------------------- one-page summary

def write_application_summary(summary: ApplicationSummary, path: Path, *, letterhead: str = "",
                              generated_on: date | None = None) -> int:
    """One page about one application (long statements and histories are shortened to fit)."""
    st = styles()
    s = summary
    generated_on = generated_on or date.today()

    def build(tmp: Path) -> int:
        doc = DeskDocument(tmp, title=f"Application: {s.organisation}",
                           letterhead=letterhead or default_letterhead(s.programme_name),
                           footer=f"Application {s.reference} · printed {long_date(generated_on)}",
                           subject="Application summary", short_title=f"Application {s.reference}")
        body: list[Flowable] = [
            para(s.display_name, st.title),
            para(f"Application to {s.programme_name} ({s.programme_code}) as {s.role.lower()}"
                 + (f" · {s.call_title}" if s.call_title else ""), st.subtitle),
            _status_line(s),
            Spacer(1, 3 * mm),
            _facts(s, with_programme=False),
            _subhead("Statement of interest"),
            para(_shorten(s.statement, SUMMARY_STATEMENT_CHARS) or "–", st.body),
            _subhead("Review"),
            *_summary_scores(s.scores),
        ]
        decision = _decision(s)
        if decision:
            body += [_subhead("Opinion and decision"), *decision]
        body += [_subhead("Status history"), *_history(s, limit=5)]
        height = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
        # Bookmarks inside KeepInFrame are not seen by the document: the one bookmark stays outside.
        story = [Bookmark(s.display_name, "application"), KeepInFrame(CONTENT_WIDTH, height, body, mode="shrink")]
        return doc.render(story)

    return write_pdf(path, build)


def _subhead(text: str) -> Paragraph:
    return Paragraph(escape(text), styles().h2)


def _status_line(s: ApplicationSummary) -> Table:
    st = styles()
    text = f"Status: {s.status} · received {long_date(s.received_on)} · reference {s.reference}"
    table = Table([[para(text, st.cell_bold)]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TINT), ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def _summary_scores(scores: Scores) -> list[Flowable]:
    """Criteria with their means only (the review pack has each reviewer's scores)."""
    st = styles()
    if not scores.criteria or not scores.reviewers:
        return [para("No reviewer has scored this application yet.", st.small)]
    rows, extra = [], []
    total_weight = sum(c.weight for c in scores.criteria)
    for r, c in enumerate(scores.criteria, start=1):
        scored = sum(1 for x in c.scores if x is not None)
        rows.append([para(c.name, st.cell), percent(c.weight, total_weight), f"{scored}", _num(c.mean) + (" !" if c.disagreement else "")])
        if c.disagreement:
            extra.append(("BACKGROUND", (0, r), (-1, r), ALERT))
    n = len(rows) + 1
    rows.append([_label(f"Weighted total (0 to {SCORE_MAX:g})"), "", "", _num(scores.weighted_total)])
    extra += [("SPAN", (0, n), (-2, n)), ("FONT", (-1, n), (-1, n), FONT_BOLD, 9),
              ("LINEABOVE", (0, n), (-1, n), 0.8, colors.black), ("BACKGROUND", (0, n), (-1, n), colors.white),
              ("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    table = Table([[_head("Criterion"), _head("Weight"), _head("Reviewers"), _head("Mean")], *rows],
                  colWidths=[CONTENT_WIDTH - 66 * mm, 20 * mm, 22 * mm, 24 * mm], hAlign="LEFT")
    table.setStyle(grid_style(extra=extra))
    out: list[Flowable] = [table]
    if scores.disagreement:
        out.append(para(f"! Reviewers disagree largely on the marked criteria (scores {DISAGREEMENT_SPREAD:g} or "
                        "more points apart).", st.small))
    return out


# ----------------------------------------------------------------------------------- review pack

def write_review_pack(pack: ReviewPack, path: Path, *, letterhead: str = "") -> int:
    """The MAC's review pack: cover, contents, overview and ranking, one section per application."""
    st = styles()

    def build(tmp: Path) -> int:
        doc = DeskDocument(tmp, title=f"Review pack: {pack.call_title}",
                           letterhead=letterhead or default_letterhead(pack.programme_name),
                           footer=f"Review pack · {pack.call_title} · {long_date(pack.generated_on)}",
                           subject="Review pack for the Multi-stakeholder Advisory Committee",
                           short_title=f"Review pack: {pack.programme_code}",
                           first_page="plain")
        story: list[Flowable] = [*_cover(pack, letterhead), PageBreak()]
        story += [heading("Contents", st.h1, "contents", toc=False), contents(), PageBreak()]
        story += _overview(pack)
        story += [CondPageBreak(125 * mm), heading("Applications", st.h1, "applications")]
        story.append(para("One section per application, in ranking order.", st.small))
        if not pack.applications:
            story.append(para("This call has no applications yet.", st.body))
        for n, ranked in enumerate(pack.applications, start=1):
            # an application starts a page only when less than half of one is left
            story += [CondPageBreak(125 * mm), *_application_section(ranked, n, len(pack.applications))]
        return doc.render(story)

    return write_pdf(path, build)


def _cover(pack: ReviewPack, letterhead: str) -> list[Flowable]:
    st = styles()
    lines = [line for line in (letterhead or default_letterhead(pack.programme_name)).split("\n") if line.strip()]
    ranked = sum(1 for a in pack.applications if a.rank is not None)
    story: list[Flowable] = [Bookmark("Cover", "cover")]
    story += [para(line, st.subtitle) for line in lines[:3]]
    story += [
        Spacer(1, 45 * mm),
        Paragraph("Review pack", st.title),
        para(pack.call_title, st.subtitle),
        Spacer(1, 8 * mm),
        key_values([
            ("Programme", f"{pack.programme_name} ({pack.programme_code})"),
            ("Role", pack.role),
            ("Call open", f"{long_date(pack.opens_on)} to {long_date(pack.closes_on)}"),
            ("Applications", f"{len(pack.applications)} ({ranked} ranked)"),
            ("Reviewers", f"{len(pack.reviewers)}"),
            ("Criteria", f"{len(pack.criteria)}"),
            ("Prepared", f"{long_date(pack.generated_on)}, with OPN Desk"),
        ], label_width=38 * mm, width=120 * mm),
        Spacer(1, 12 * mm),
        Paragraph("For the Multi-stakeholder Advisory Committee (MAC). Confidential: for the committee's "
                  "deliberation only; please do not forward.", st.body),
    ]
    return story


def _overview(pack: ReviewPack) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading("Overview", st.h1, "overview")]
    counts = ", ".join(f"{label}: {count}" for label, count in pack.status_counts) or "none"
    story.append(para(f"Applications by status: {counts}.", st.body))
    story.append(Paragraph(escape(
        f"The weighted total is the sum over the criteria of weight × the reviewers' mean score, divided "
        f"by the sum of the weights of the criteria that have scores; scores run from 0 to {SCORE_MAX:g}. "
        f"Applications without scores, and withdrawn ones, are not ranked. Equal totals share a rank "
        f"(shown as 2=). \"!\" marks criteria on which reviewers' scores lie {DISAGREEMENT_SPREAD:g} or "
        f"more points apart."), st.small))

    story.append(heading("Ranking", st.h2, "ranking", level=1))
    rows, alerts = [], []
    for ranked in pack.applications:
        s = ranked.summary
        rows.append([ranked.rank_text, para(s.display_name, st.cell), para(s.country or "–", st.cell),
                     term_cell(s.regional_group or "–", st.cell, REGIONAL_GROUPS),
                     term_cell(s.stakeholder_cluster or "–", st.cell, STAKEHOLDER_CLUSTERS),
                     para(s.status, st.cell),
                     _num(s.scores.weighted_total) + (" !" if s.scores.disagreement else "")])
        alerts.append(s.scores.disagreement)
    widths = [13 * mm, 45 * mm, 24 * mm, 32 * mm, 22 * mm, 18 * mm, CONTENT_WIDTH - 154 * mm]
    header = [_head("Rank"), _head("Organisation"), _head("Country"), _head("Group"), _head("Cluster"),
              _head("Status"), _head("Total")]
    if rows:
        # One table: its header repeats only at the top of a continued page, never after a tie.
        extra = [("ALIGN", (-1, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER")]
        extra += [("TEXTCOLOR", (-1, r), (-1, r), ALERT_INK) for r, f in enumerate(alerts, start=1) if f]
        story += chunked_tables(header, rows, widths, style_for=lambda part: grid_style(extra=extra))
    else:
        story.append(para("No applications.", st.body))

    story.append(CondPageBreak(40 * mm))
    story.append(heading("Evaluation criteria", st.h2, "criteria", level=1))
    if pack.criteria:
        total_weight = sum(c.weight for c in pack.criteria)
        crit_rows = [[para(c.name, st.cell), percent(c.weight, total_weight), para(c.description or "", st.cell)]
                     for c in pack.criteria]
        story += chunked_tables([_head("Criterion"), _head("Weight"), _head("What it looks at")], crit_rows,
                                [55 * mm, 16 * mm, CONTENT_WIDTH - 71 * mm],
                                style_for=lambda part: grid_style(extra=[("ALIGN", (1, 1), (1, -1), "RIGHT")]))
    else:
        story.append(para("No evaluation criteria are set for this call.", st.body))

    story.append(heading("Reviewers", st.h2, "reviewers", level=1))
    story.append(para("; ".join(pack.reviewers) if pack.reviewers else "No reviews yet.", st.body))
    return story


def _numbered(ranked: RankedApplication, name: str) -> str:
    """ "3. Name", "2= Name" (tied), or the name alone when not ranked."""
    if ranked.rank is None:
        return name
    return f"{ranked.rank_text} {name}" if ranked.tied else f"{ranked.rank}. {name}"


def _application_section(ranked: RankedApplication, number: int, count: int) -> list[Flowable]:
    st = styles()
    s = ranked.summary
    if ranked.rank is not None:
        standing = f"Rank {ranked.rank_text} of {count} · weighted total {_num(s.scores.weighted_total)}"
    elif s.scores.scored:
        standing = f"Not ranked · weighted total {_num(s.scores.weighted_total)}"
    else:
        standing = "Not ranked: no scores yet"
    story: list[Flowable] = [
        heading(s.display_name, st.h1, f"app-{number}", level=1,
                outline_title=_numbered(ranked, s.display_name)),
        para(f"{standing} · {s.status} · received {long_date(s.received_on)} · reference {s.reference}",
             st.cell_bold),
        Spacer(1, 2 * mm),
    ]
    if s.scores.disagreement:
        flagged = "; ".join(c.name for c in s.scores.criteria if c.disagreement)
        banner = Table([[para(f"! Large disagreement between reviewers on: {flagged}", st.cell_bold)]],
                       colWidths=[CONTENT_WIDTH], hAlign="LEFT")
        banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ALERT), ("TEXTCOLOR", (0, 0), (-1, -1), ALERT_INK),
                                    ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story += [banner, Spacer(1, 2 * mm)]
    story.append(_facts(s, with_programme=False))
    # The heading stays with the first table; further tables (many reviewers) may follow on the next page.
    tables = scores_tables(s.scores)
    story.append(KeepTogether([heading("Scores", st.h2, f"app-{number}-scores", level=2, toc=False), tables[0]]))
    story += tables[1:]
    story += _comments(s.scores)
    story.append(heading("Statement of interest", st.h2, f"app-{number}-statement", level=2, toc=False))
    story.append(para(s.statement or "–", st.body))
    decision = _decision(s)
    if decision:
        story += [heading("Opinion and decision", st.h2, f"app-{number}-decision", level=2, toc=False), *decision]
    story += [heading("Status history", st.h2, f"app-{number}-history", level=2, toc=False), *_history(s)]
    return story


# ------------------------------------------------------------------------------------- letters

def _recipient(s: ApplicationSummary) -> list[str]:
    lines = [s.representative.name] if s.representative else ["The Director"]
    lines.append(s.organisation)
    if s.country:
        lines.append(s.country)
    if s.representative and s.representative.email:
        lines.append(s.representative.email)
    return lines


def _greeting(s: ApplicationSummary) -> str:
    return f"Dear {s.representative.name}," if s.representative and s.representative.name else "Dear Sir or Madam,"


def _letter(s: ApplicationSummary, letter: Letter, path: Path, subject: str,
            paragraphs: list[tuple[str, bool]], title: str) -> int:
    """``paragraphs``: (text, quoted); quoted text (the desk's rationale) is indented."""
    st = styles()

    def build(tmp: Path) -> int:
        doc = DeskDocument(tmp, title=title, letterhead=letter.letterhead or default_letterhead(s.programme_name),
                           footer=f"Reference {s.reference}", subject=subject, first_page="letter")
        story: list[Flowable] = [Bookmark(title, "letter")]
        story.append(Paragraph(escape(long_date(letter.dated)), st.body))
        story.append(Spacer(1, 6 * mm))
        story += [para(line, st.address if i else st.address_bold, rtl_right=False)
                  for i, line in enumerate(_recipient(s))]
        story.append(Spacer(1, 8 * mm))
        story.append(para(subject, st.h2))
        story.append(Spacer(1, 2 * mm))
        story.append(para(_greeting(s), st.body))
        story += [para(text, st.quote if quoted else st.body) for text, quoted in paragraphs]
        story += [Spacer(1, 4 * mm), Paragraph("Yours sincerely,", st.body), Spacer(1, 10 * mm),
                  para(letter.signatory or "The coordination desk", st.address_bold),
                  para(f"One Planet network — {s.programme_name}", st.body)]
        return doc.render(story)

    return write_pdf(path, build)


def write_acknowledgement_letter(summary: ApplicationSummary, letter: Letter, path: Path) -> int:
    """Tells the applicant the application arrived and what happens next."""
    s = summary
    call = f", in answer to the call \u201c{s.call_title}\u201d" if s.call_title else ""
    mac = ", with the opinion of the Multi-stakeholder Advisory Committee," if s.role_code != "network_member" else ""
    paragraphs = [
        (f"Thank you for the application of {s.organisation} to join the One Planet network's "
         f"{s.programme_name} programme as {s.role.lower()}, which we received on "
         f"{long_date(s.received_on)}{call}.", False),
        ("The coordination desk will first check that the application is complete and eligible. It is then "
         f"reviewed against the published evaluation criteria{mac} before a decision is taken.", False),
        ("We will write to you again when a decision has been taken. If anything in your application "
         f"changes in the meantime, please tell us, quoting the reference {s.reference}.", False),
    ]
    return _letter(s, letter, path, f"Your application to the {s.programme_name} programme ({s.reference})",
                   paragraphs, f"Acknowledgement: {s.organisation}")


def write_decision_letter(summary: ApplicationSummary, letter: Letter, path: Path) -> int:
    """Accepted (with the term, when known) or not accepted (with the rationale, which is required)."""
    s = summary
    subject = f"Decision on your application to the {s.programme_name} programme ({s.reference})"
    if s.decision_code == "accepted":
        term = ""
        if s.term_start and s.term_end:
            term = f", for a term from {long_date(s.term_start)} to {long_date(s.term_end)}"
        elif s.term_start:
            term = f", from {long_date(s.term_start)}"
        paragraphs = [
            (f"We are pleased to inform you that the application of {s.organisation} has been accepted: "
             f"{s.organisation} is now a {s.role.lower()} of the One Planet network's {s.programme_name} "
             f"programme{term}.", False),
        ]
        if s.decision_rationale.strip():
            paragraphs.append((s.decision_rationale, True))
        paragraphs.append(("The coordination desk will contact your representative shortly about the next "
                           "steps. Thank you for your commitment to sustainable consumption and production.", False))
    elif s.decision_code == "not_accepted":
        if not s.decision_rationale.strip():
            raise ReportError(f"The decision not to accept {s.organisation} has no rationale; record one before "
                              "writing the letter.")
        paragraphs = [
            (f"Thank you for the application of {s.organisation} to join the One Planet network's "
             f"{s.programme_name} programme as {s.role.lower()}. After careful review, we regret to inform you "
             "that it has not been accepted, for the following reasons.", False),
            (s.decision_rationale, True),
            ("Your organisation remains welcome to take part in the network's work and to apply again in a "
             f"future call. Please quote the reference {s.reference} in any correspondence.", False),
        ]
    else:
        raise ReportError(f"The application of {s.organisation} has no decision yet, so there is no decision "
                          "letter to write.")
    return _letter(s, letter, path, subject, paragraphs, f"Decision: {s.organisation}")
