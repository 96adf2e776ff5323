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
from opn_desk.i18n import long_date as written_date
from opn_desk.i18n import number, short_date
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
from opn_desk.reports.base import fixed_text as _t
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

SUMMARY_STATEMENT_CHARS = 1400
REVIEWERS_PER_TABLE = 8


def long_date(day: date | None) -> str:
    """"3 December 2026" in the document's language ("3 décembre 2026", "3 de diciembre de 2026"); "–" for none."""
    return written_date(day)


def _num(value: float | None, places: int = 2) -> str:
    return "–" if value is None else number(value, places)


def _score(value: float | None) -> str:
    if value is None:
        return "–"
    return number(value, 0) if value == int(value) else f"{value:g}".replace(".", number(0.5, 1)[1])


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
    return f"{cut} … " + _t("(shortened: {count} words in full)").format(count=len(text.split()))


def _country(s: ApplicationSummary) -> str:
    if not s.country:
        return "–"
    return f"{s.country} ({s.regional_group})" if s.regional_group else s.country


def _facts(s: ApplicationSummary, *, with_programme: bool = True) -> Table:
    pairs: list[tuple[str, object]] = [(_t("Organisation"), s.organisation)]
    if s.acronym:
        pairs.append((_t("Acronym"), s.acronym))
    pairs += [
        (_t("Country (regional group)"), _country(s)),
        (_t("Stakeholder cluster"), s.stakeholder_cluster or "–"),
    ]
    if s.organisation_type:
        pairs.append((_t("Type"), s.organisation_type))
    if s.website:
        pairs.append((_t("Website"), s.website))
    if with_programme:
        pairs.append((_t("Programme"), f"{s.programme_name} ({s.programme_code})"))
        pairs.append((_t("Role applied for"), s.role))
        if s.call_title:
            pairs.append((_t("Call"), s.call_title))
    pairs += [
        (_t("Representative"), _contact(s.representative)),
        (_t("Alternate"), _contact(s.alternate)),
        (_t("Contribution offered"), _joined(s.contributions)),
    ]
    if s.contribution_details:
        pairs.append((_t("Contribution details"), s.contribution_details))
    pairs += [
        (_t("Work-streams"), _joined(s.work_streams)),
        (_t("Priority sectors"), _joined(s.priority_sectors)),
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
        return [para(_t("No evaluation criteria apply to this application."), st.small)]
    if not scores.reviewers:
        return [para(_t("No reviewer has scored this application yet."), st.small)]
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
        header = [_head(_t("Criterion")), _head(_t("Weight"), right=True), *heads, _head(_t("Mean"), right=True)]
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
        rows.append([_label(_t("Weighted total")), "", *["" for _ in group], _num(scores.weighted_total)])
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
        out.append(para(_t("Reviewers: {names}").format(
            names="; ".join(f"R{i} = {name}" for i, name in enumerate(scores.reviewers, 1))), st.small))
    disagreeing = [c.name for c in scores.criteria if c.disagreement]
    if disagreeing:
        out.append(para(_t("! Reviewers disagree largely (scores {spread} or more points apart) on: {criteria}.").format(
            spread=f"{DISAGREEMENT_SPREAD:g}", criteria="; ".join(disagreeing)), st.small))
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
        out += [Spacer(1, 2 * mm), _label(_t("Reviewers' comments"))]
        for c in scores.comments:
            out.append(para(_t("{reviewer} on {criterion}: {comment}").format(
                reviewer=c.reviewer, criterion=c.criterion, comment=c.comment), st.body))
    if scores.conflicts:
        out += [Spacer(1, 2 * mm)]
        out.append(_label(_t("Declared conflicts of interest (these reviewers did not score)")))
        for c in scores.conflicts:
            reason = f": {c.reason}" if c.reason else ""
            out.append(para(_t("{reviewer}, declared {date}").format(reviewer=c.reviewer, date=long_date(c.declared_on))
                            + reason, st.body))
    return out


def _history(s: ApplicationSummary, limit: int | None = None) -> list[Flowable]:
    st = styles()
    items = list(s.history)
    if not items:
        return [para(_t("No status changes recorded."), st.small)]
    skipped = 0
    if limit is not None and len(items) > limit:
        skipped = len(items) - limit
        items = items[-limit:]
    rows = []
    for h in items:
        step = f"{h.from_status} → {h.to_status}" if h.from_status else h.to_status
        rows.append([short_date(h.at.date()), para(step, st.cell), para(h.actor, st.cell),
                     para(h.reason or "", st.cell)])
    out: list[Flowable] = []
    if skipped:
        out.append(para(_t("The {count} latest of {total} status changes:").format(count=limit, total=len(s.history)),
                        st.small))
    out += chunked_tables([_head(_t("Date")), _head(_t("Step")), _head(_t("By")), _head(_t("Reason"))], rows,
                          [22 * mm, 48 * mm, 40 * mm, CONTENT_WIDTH - 110 * mm])
    return out


def _decision(s: ApplicationSummary) -> list[Flowable]:
    pairs: list[tuple[str, object]] = []
    if s.mac_opinion:
        pairs.append((_t("MAC opinion"), s.mac_opinion))
    if s.decision:
        pairs.append((_t("Decision"), f"{s.decision}, {long_date(s.decided_on)}" if s.decided_on else s.decision))
        if s.decision_rationale:
            pairs.append((_t("Rationale"), s.decision_rationale))
        if s.term_start:
            pairs.append((_t("Term"), _t("{start} to {end}").format(start=long_date(s.term_start),
                                                                     end=long_date(s.term_end))
                          if s.term_end else _t("from {start}").format(start=long_date(s.term_start))))
    return [key_values(pairs)] if pairs else []


# ---------------------------------------------------------------------------- one-page summary

def write_application_summary(summary: ApplicationSummary, path: Path, *, letterhead: str = "",
                              generated_on: date | None = None) -> int:
    """One page about one application (long statements and histories are shortened to fit)."""
    st = styles()
    s = summary
    generated_on = generated_on or date.today()

    def build(tmp: Path) -> int:
        doc = DeskDocument(tmp, title=_t("Application: {organisation}").format(organisation=s.organisation),
                           letterhead=letterhead or default_letterhead(s.programme_name),
                           footer=_t("Application {reference} · printed {date}").format(
                               reference=s.reference, date=long_date(generated_on)),
                           subject=_t("Application summary"),
                           short_title=_t("Application {reference}").format(reference=s.reference))
        body: list[Flowable] = [
            para(s.display_name, st.title),
            para(_t("Application to {programme} ({code}) as {role}").format(
                programme=s.programme_name, code=s.programme_code, role=s.role.lower())
                 + (f" · {s.call_title}" if s.call_title else ""), st.subtitle),
            _status_line(s),
            Spacer(1, 3 * mm),
            _facts(s, with_programme=False),
            _subhead(_t("Statement of interest")),
            para(_shorten(s.statement, SUMMARY_STATEMENT_CHARS) or "–", st.body),
            _subhead(_t("Review")),
            *_summary_scores(s.scores),
        ]
        decision = _decision(s)
        if decision:
            body += [_subhead(_t("Opinion and decision")), *decision]
        body += [_subhead(_t("Status history")), *_history(s, limit=5)]
        height = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
        # Bookmarks inside KeepInFrame are not seen by the document: the one bookmark stays outside.
        story = [Bookmark(s.display_name, "application"), KeepInFrame(CONTENT_WIDTH, height, body, mode="shrink")]
        return doc.render(story)

    return write_pdf(path, build)


def _subhead(text: str) -> Paragraph:
    return Paragraph(escape(text), styles().h2)


def _status_line(s: ApplicationSummary) -> Table:
    st = styles()
    text = _t("Status: {status} · received {date} · reference {reference}").format(
        status=s.status, date=long_date(s.received_on), reference=s.reference)
    table = Table([[para(text, st.cell_bold)]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TINT), ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def _summary_scores(scores: Scores) -> list[Flowable]:
    """Criteria with their means only (the review pack has each reviewer's scores)."""
    st = styles()
    if not scores.criteria or not scores.reviewers:
        return [para(_t("No reviewer has scored this application yet."), st.small)]
    rows, extra = [], []
    total_weight = sum(c.weight for c in scores.criteria)
    for r, c in enumerate(scores.criteria, start=1):
        scored = sum(1 for x in c.scores if x is not None)
        rows.append([para(c.name, st.cell), percent(c.weight, total_weight), f"{scored}", _num(c.mean) + (" !" if c.disagreement else "")])
        if c.disagreement:
            extra.append(("BACKGROUND", (0, r), (-1, r), ALERT))
    n = len(rows) + 1
    rows.append([_label(_t("Weighted total (0 to {max})").format(max=f"{SCORE_MAX:g}")), "", "",
                 _num(scores.weighted_total)])
    extra += [("SPAN", (0, n), (-2, n)), ("FONT", (-1, n), (-1, n), FONT_BOLD, 9),
              ("LINEABOVE", (0, n), (-1, n), 0.8, colors.black), ("BACKGROUND", (0, n), (-1, n), colors.white),
              ("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    table = Table([[_head(_t("Criterion")), _head(_t("Weight")), _head(_t("Reviewers")), _head(_t("Mean"))], *rows],
                  colWidths=[CONTENT_WIDTH - 66 * mm, 20 * mm, 22 * mm, 24 * mm], hAlign="LEFT")
    table.setStyle(grid_style(extra=extra))
    out: list[Flowable] = [table]
    if scores.disagreement:
        out.append(para(_t("! Reviewers disagree largely on the marked criteria (scores {spread} or more points "
                           "apart).").format(spread=f"{DISAGREEMENT_SPREAD:g}"), st.small))
    return out


# ----------------------------------------------------------------------------------- review pack

def write_review_pack(pack: ReviewPack, path: Path, *, letterhead: str = "") -> int:
    """The MAC's review pack: cover, contents, overview and ranking, one section per application."""
    st = styles()

    def build(tmp: Path) -> int:
        doc = DeskDocument(tmp, title=_t("Review pack: {call}").format(call=pack.call_title),
                           letterhead=letterhead or default_letterhead(pack.programme_name),
                           footer=_t("Review pack") + f" · {pack.call_title} · {long_date(pack.generated_on)}",
                           subject=_t("Review pack for the Multi-stakeholder Advisory Committee"),
                           short_title=_t("Review pack: {call}").format(call=pack.programme_code),
                           first_page="plain")
        story: list[Flowable] = [*_cover(pack, letterhead), PageBreak()]
        story += [heading(_t("Contents"), st.h1, "contents", toc=False), contents(), PageBreak()]
        story += _overview(pack)
        story += [CondPageBreak(125 * mm), heading(_t("Applications"), st.h1, "applications")]
        story.append(para(_t("One section per application, in ranking order."), st.small))
        if not pack.applications:
            story.append(para(_t("This call has no applications yet."), st.body))
        for n, ranked in enumerate(pack.applications, start=1):
            # an application starts a page only when less than half of one is left
            story += [CondPageBreak(125 * mm), *_application_section(ranked, n, len(pack.applications))]
        return doc.render(story)

    return write_pdf(path, build)


def _cover(pack: ReviewPack, letterhead: str) -> list[Flowable]:
    st = styles()
    lines = [line for line in (letterhead or default_letterhead(pack.programme_name)).split("\n") if line.strip()]
    ranked = sum(1 for a in pack.applications if a.rank is not None)
    story: list[Flowable] = [Bookmark(_t("Cover"), "cover")]
    story += [para(line, st.subtitle) for line in lines[:3]]
    story += [
        Spacer(1, 45 * mm),
        Paragraph(escape(_t("Review pack")), st.title),
        para(pack.call_title, st.subtitle),
        Spacer(1, 8 * mm),
        key_values([
            (_t("Programme"), f"{pack.programme_name} ({pack.programme_code})"),
            (_t("Role"), pack.role),
            (_t("Call open"), _t("{start} to {end}").format(start=long_date(pack.opens_on),
                                                             end=long_date(pack.closes_on))),
            (_t("Applications"), _t("{count} ({ranked} ranked)").format(count=len(pack.applications), ranked=ranked)),
            (_t("Reviewers"), f"{len(pack.reviewers)}"),
            (_t("Criteria"), f"{len(pack.criteria)}"),
            (_t("Prepared"), _t("{date}, with OPN Desk").format(date=long_date(pack.generated_on))),
        ], label_width=38 * mm, width=120 * mm),
        Spacer(1, 12 * mm),
        Paragraph(escape(_t("For the Multi-stakeholder Advisory Committee (MAC). Confidential: for the committee's "
                            "deliberation only; please do not forward.")), st.body),
    ]
    return story


def _overview(pack: ReviewPack) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("Overview"), st.h1, "overview")]
    counts = ", ".join(f"{label}: {count}" for label, count in pack.status_counts) or _t("none")
    story.append(para(_t("Applications by status: {counts}.").format(counts=counts), st.body))
    story.append(Paragraph(escape(_t(
        "The weighted total is the sum over the criteria of weight × the reviewers' mean score, divided by the sum "
        "of the weights of the criteria that have scores; scores run from 0 to {max}. Applications without scores, "
        "and withdrawn ones, are not ranked. Equal totals share a rank (shown as 2=). \"!\" marks criteria on which "
        "reviewers' scores lie {spread} or more points apart.").format(max=f"{SCORE_MAX:g}",
                                                                       spread=f"{DISAGREEMENT_SPREAD:g}")), st.small))

    story.append(heading(_t("Ranking"), st.h2, "ranking", level=1))
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
    header = [_head(_t("Rank")), _head(_t("Organisation")), _head(_t("Country")), _head(_t("Group")),
              _head(_t("Cluster")), _head(_t("Status")), _head(_t("Total"))]
    if rows:
        # One table: its header repeats only at the top of a continued page, never after a tie.
        extra = [("ALIGN", (-1, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER")]
        extra += [("TEXTCOLOR", (-1, r), (-1, r), ALERT_INK) for r, f in enumerate(alerts, start=1) if f]
        story += chunked_tables(header, rows, widths, style_for=lambda part: grid_style(extra=extra))
    else:
        story.append(para(_t("No applications."), st.body))

    story.append(CondPageBreak(40 * mm))
    story.append(heading(_t("Evaluation criteria"), st.h2, "criteria", level=1))
    if pack.criteria:
        total_weight = sum(c.weight for c in pack.criteria)
        crit_rows = [[para(c.name, st.cell), percent(c.weight, total_weight), para(c.description or "", st.cell)]
                     for c in pack.criteria]
        story += chunked_tables([_head(_t("Criterion")), _head(_t("Weight")), _head(_t("What it looks at"))], crit_rows,
                                [55 * mm, 16 * mm, CONTENT_WIDTH - 71 * mm],
                                style_for=lambda part: grid_style(extra=[("ALIGN", (1, 1), (1, -1), "RIGHT")]))
    else:
        story.append(para(_t("No evaluation criteria are set for this call."), st.body))

    story.append(heading(_t("Reviewers"), st.h2, "reviewers", level=1))
    story.append(para("; ".join(pack.reviewers) if pack.reviewers else _t("No reviews yet."), st.body))
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
        standing = _t("Rank {rank} of {count} · weighted total {total}").format(
            rank=ranked.rank_text, count=count, total=_num(s.scores.weighted_total))
    elif s.scores.scored:
        standing = _t("Not ranked · weighted total {total}").format(total=_num(s.scores.weighted_total))
    else:
        standing = _t("Not ranked: no scores yet")
    story: list[Flowable] = [
        heading(s.display_name, st.h1, f"app-{number}", level=1,
                outline_title=_numbered(ranked, s.display_name)),
        para(f"{standing} · {s.status} · " + _t("received {date} · reference {reference}").format(
            date=long_date(s.received_on), reference=s.reference), st.cell_bold),
        Spacer(1, 2 * mm),
    ]
    if s.scores.disagreement:
        flagged = "; ".join(c.name for c in s.scores.criteria if c.disagreement)
        banner = Table([[para(_t("! Large disagreement between reviewers on: {criteria}").format(criteria=flagged),
                              st.cell_bold)]],
                       colWidths=[CONTENT_WIDTH], hAlign="LEFT")
        banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ALERT), ("TEXTCOLOR", (0, 0), (-1, -1), ALERT_INK),
                                    ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story += [banner, Spacer(1, 2 * mm)]
    story.append(_facts(s, with_programme=False))
    # The heading stays with the first table; further tables (many reviewers) may follow on the next page.
    tables = scores_tables(s.scores)
    story.append(KeepTogether([heading(_t("Scores"), st.h2, f"app-{number}-scores", level=2, toc=False), tables[0]]))
    story += tables[1:]
    story += _comments(s.scores)
    story.append(heading(_t("Statement of interest"), st.h2, f"app-{number}-statement", level=2, toc=False))
    story.append(para(s.statement or "–", st.body))
    decision = _decision(s)
    if decision:
        story += [heading(_t("Opinion and decision"), st.h2, f"app-{number}-decision", level=2, toc=False), *decision]
    story += [heading(_t("Status history"), st.h2, f"app-{number}-history", level=2, toc=False), *_history(s)]
    return story


# ------------------------------------------------------------------------------------- letters

def _recipient(s: ApplicationSummary) -> list[str]:
    lines = [s.representative.name] if s.representative else [_t("The Director")]
    lines.append(s.organisation)
    if s.country:
        lines.append(s.country)
    if s.representative and s.representative.email:
        lines.append(s.representative.email)
    return lines


def _greeting(s: ApplicationSummary) -> str:
    if s.representative and s.representative.name:
        return _t("Dear {name},").format(name=s.representative.name)
    return _t("Dear Sir or Madam,")


def _letter(s: ApplicationSummary, letter: Letter, path: Path, subject: str,
            paragraphs: list[tuple[str, bool]], title: str) -> int:
    """``paragraphs``: (text, quoted); quoted text (the desk's rationale) is indented."""
    st = styles()

    def build(tmp: Path) -> int:
        doc = DeskDocument(tmp, title=title, letterhead=letter.letterhead or default_letterhead(s.programme_name),
                           footer=_t("Reference {reference}").format(reference=s.reference), subject=subject,
                           first_page="letter")
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
        signatory = letter.signatory if letter.signatory and letter.signatory != "The coordination desk" \
            else _t("The coordination desk")  # the default signature is ours to translate, a name is not
        story += [Spacer(1, 4 * mm), Paragraph(escape(_t("Yours sincerely,")), st.body), Spacer(1, 10 * mm),
                  para(signatory, st.address_bold), para(default_letterhead(s.programme_name), st.body)]
        return doc.render(story)

    return write_pdf(path, build)


def write_acknowledgement_letter(summary: ApplicationSummary, letter: Letter, path: Path) -> int:
    """Tells the applicant the application arrived and what happens next."""
    s = summary
    fields = {"organisation": s.organisation, "programme": s.programme_name, "role": s.role.lower(),
              "date": long_date(s.received_on), "call": s.call_title, "reference": s.reference}
    paragraphs = [
        ((_t("Thank you for the application of {organisation} to join the One Planet network's {programme} programme "
             "as {role}, which we received on {date}, in answer to the call \u201c{call}\u201d.") if s.call_title else
          _t("Thank you for the application of {organisation} to join the One Planet network's {programme} programme "
             "as {role}, which we received on {date}.")).format(**fields), False),
        ((_t("The coordination desk will first check that the application is complete and eligible. It is then "
             "reviewed against the published evaluation criteria, with the opinion of the Multi-stakeholder Advisory "
             "Committee, before a decision is taken.") if s.role_code != "network_member" else
          _t("The coordination desk will first check that the application is complete and eligible. It is then "
             "reviewed against the published evaluation criteria before a decision is taken.")), False),
        (_t("We will write to you again when a decision has been taken. If anything in your application changes in "
            "the meantime, please tell us, quoting the reference {reference}.").format(**fields), False),
    ]
    return _letter(s, letter, path, _t("Your application to the {programme} programme ({reference})").format(**fields),
                   paragraphs, _t("Acknowledgement: {organisation}").format(**fields))


def write_decision_letter(summary: ApplicationSummary, letter: Letter, path: Path) -> int:
    """Accepted (with the term, when known) or not accepted (with the rationale, which is required)."""
    s = summary
    fields = {"organisation": s.organisation, "programme": s.programme_name, "role": s.role.lower(),
              "reference": s.reference, "start": long_date(s.term_start), "end": long_date(s.term_end)}
    subject = _t("Decision on your application to the {programme} programme ({reference})").format(**fields)
    if s.decision_code == "accepted":
        if s.term_start and s.term_end:
            accepted = _t("We are pleased to inform you that the application of {organisation} has been accepted: "
                          "{organisation} is now a {role} of the One Planet network's {programme} programme, for a "
                          "term from {start} to {end}.")
        elif s.term_start:
            accepted = _t("We are pleased to inform you that the application of {organisation} has been accepted: "
                          "{organisation} is now a {role} of the One Planet network's {programme} programme, from "
                          "{start}.")
        else:
            accepted = _t("We are pleased to inform you that the application of {organisation} has been accepted: "
                          "{organisation} is now a {role} of the One Planet network's {programme} programme.")
        paragraphs = [(accepted.format(**fields), False)]
        if s.decision_rationale.strip():
            paragraphs.append((s.decision_rationale, True))
        paragraphs.append((_t("The coordination desk will contact your representative shortly about the next steps. "
                              "Thank you for your commitment to sustainable consumption and production."), False))
    elif s.decision_code == "not_accepted":
        if not s.decision_rationale.strip():
            raise ReportError(_t("The decision not to accept {organisation} has no rationale; record one before "
                                 "writing the letter.").format(**fields))
        paragraphs = [
            (_t("Thank you for the application of {organisation} to join the One Planet network's {programme} "
                "programme as {role}. After careful review, we regret to inform you that it has not been accepted, "
                "for the following reasons.").format(**fields), False),
            (s.decision_rationale, True),
            (_t("Your organisation remains welcome to take part in the network's work and to apply again in a future "
                "call. Please quote the reference {reference} in any correspondence.").format(**fields), False),
        ]
    else:
        raise ReportError(_t("The application of {organisation} has no decision yet, so there is no decision letter "
                             "to write.").format(**fields))
    return _letter(s, letter, path, subject, paragraphs, _t("Decision: {organisation}").format(**fields))
