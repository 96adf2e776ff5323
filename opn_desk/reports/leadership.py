"""Leadership PDFs: the leadership renewal dossier (for the MAC and the Board) and the roster.

Both take plain values (`opn_desk.domain.renewal.LeadershipDossier`, `opn_desk.domain.terms.Roster`,
filled by `opn_desk.services.report_data`), write to a temporary file beside ``path`` and move it into
place, and return the number of pages. User text goes through `base.para` / `base.markup` only (names
like ``AT&T <b>`` print literally; Cyrillic, Greek, Chinese and Arabic print as stored); chart labels
are the desk's own wording (regional groups, clusters, steps), never user text.

The dossier: cover (DRAFT or FINAL), contents, the process and its timeline chart (planned against
actual per step), the current leadership and their terms, the candidates' summary with scores, one
profile per candidate (an outline entry each), the proposed leadership with its balance tables and
bar charts and the re-check of the balance rules, the succession plan to 2030, the external-review
checklist, and the annexes (criteria; the steps with their dates and evidence). A DRAFT watermark is
printed on every page until the dossier is marked final, and the word appears nowhere in a final one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from opn_desk.domain.renewal import (
    INCUMBENT,
    SHORT_CLUSTER,
    SHORT_GROUP,
    CandidateProfile,
    CandidateValue,
    CountRow,
    LeadershipBalance,
    LeadershipDossier,
    StepValue,
)
from opn_desk.domain.terms import CompositionEntry, Roster
from opn_desk.domain.vocab import REGIONAL_GROUPS, ROLES, STAKEHOLDER_CLUSTERS, group_name
from opn_desk.i18n import month_name, number, percent_text, short_date, singular, translate
from opn_desk.reports.applications import long_date
from opn_desk.reports.base import (
    ACCENT,
    ALERT,
    ALERT_INK,
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    TINT,
    Bookmark,
    DeskDocument,
    Label,
    chunked_tables,
    contents,
    default_letterhead,
    grid_style,
    heading,
    key_values,
    markup,
    para,
    percent,
    score_text,
    styles,
    write_pdf,
)
from opn_desk.reports.base import fixed_text as _t

PLANNED = colors.HexColor("#b7c3cf")
ACTUAL = ACCENT
ONGOING = colors.HexColor("#6c9ac7")
TODAY_LINE = colors.HexColor("#c9302c")
BAR = colors.HexColor("#4a7fb0")


# ------------------------------------------------------------------------------------- helpers

def _head(text: str, *, right: bool = False) -> Paragraph:
    st = styles()
    return Paragraph(escape(text), st.cell_head_right if right else st.cell_head)


def _label(text: str) -> Paragraph:
    return Paragraph(escape(text), styles().label)


def _fixed(text: str, style=None) -> Paragraph:
    """Our own wording (never user text) as a Paragraph."""
    return Paragraph(escape(text), style or styles().body)


def _short(day: date | None) -> str:
    return short_date(day)


def _span(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return "–"
    return (_t("{start} to {end}").format(start=_short(start), end=_short(end)) if end
            else _t("from {start}").format(start=_short(start)))


def _num(value: float | None) -> str:
    return score_text(value)


def _country(country: str, group: str) -> str:
    if not country:
        return group or "–"
    return f"{country} ({group})" if group else country


def _ordinal(n: int) -> str:
    """1st, 2nd (English); 1er, 2e (French); 1.º, 2.º (Spanish)."""
    from opn_desk.i18n import current_language

    language = current_language()
    if language == "fr":
        return "1er" if n == 1 else f"{n}e"
    if language == "es":
        return f"{n}.º"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _term_text(m: CompositionEntry) -> str:
    return _span(m.term_start, m.term_end) if m.term_end else _span(m.term_start, None)


def _subhead(text: str) -> Paragraph:
    return Paragraph(escape(text), styles().h2)


def _group(code: str | None, label: str = "") -> str:
    """A group's short form, in the document's language (the vocabulary's words, vocab.py)."""
    return group_name(code, short=True) if code in SHORT_GROUP else (label or code or "")


def _cluster(code: str | None, label: str = "") -> str:
    """A cluster's short form, in the document's language (the vocabulary's words, vocab.py)."""
    if not code:
        return "–"
    return translate("Vocabulary", SHORT_CLUSTER[code]) if code in SHORT_CLUSTER else (label or code)


def _section_style() -> ParagraphStyle:
    """The section heading, with room above it when it does not start a page."""
    return ParagraphStyle("h1-section", parent=styles().h1, spaceBefore=14)


def _small_head(text: str, *, right: bool = False) -> Paragraph:
    st = styles()
    style = ParagraphStyle("head-small" + ("-right" if right else ""), parent=st.cell_head_right if right
                           else st.cell_head, fontSize=7.5, leading=9.5)
    return Paragraph(escape(text), style)


def _tables(header: Sequence, rows: Sequence[Sequence], widths: Sequence[float], *, style_for=None) -> list[Table]:
    """One table whose header repeats only at the top of a continued page."""
    return chunked_tables(header, rows, widths, style_for=style_for)


def _group_cell(code: str | None, label: str, style: ParagraphStyle) -> Paragraph:
    """A regional group's geographic name (a table's column is narrow: `vocab.group_name`), giving way to its
    short form when the column is narrower still."""
    full = group_name(code) if code in REGIONAL_GROUPS else (label or SHORT_GROUP.get(code, code or ""))
    return Label(full, _group(code, label), style)


def _cluster_cell(code: str | None, label: str, style: ParagraphStyle) -> Paragraph:
    """A stakeholder cluster's label, giving way to its short form (vocab.py) when the column is narrow."""
    if not code:
        return Label(label or "–", label or "–", style)
    full = label or (STAKEHOLDER_CLUSTERS.label(code) if code in STAKEHOLDER_CLUSTERS else code)
    return Label(full, _cluster(code, label), style)


# ------------------------------------------------------------------------------ the timeline chart

def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def timeline_chart(steps: Sequence[StepValue], today: date, width: float = CONTENT_WIDTH) -> Drawing:
    """A Gantt-like drawing: per step, the planned span (light bar) over the actual span (dark bar; a
    step in progress runs to today in a lighter shade), month ticks, and a line for today."""
    label_w, row_h, top, bottom = 58 * mm, 13 * mm, 6 * mm, 16 * mm
    height = top + row_h * len(steps) + bottom
    d = Drawing(width, height)
    days = [x for s in steps for x in (s.planned_start, s.planned_end, s.actual_start, s.actual_end) if x]
    days.append(today)
    first, last = _month_start(min(days)), _next_month(max(days))
    span = max((last - first).days, 1)
    x0, x1 = label_w, width - 2 * mm

    def x(day: date) -> float:
        return x0 + (x1 - x0) * (day - first).days / span

    chart_top = height - top
    chart_bottom = bottom
    for k in range(0, len(steps), 2):  # row bands first, the grid over them
        d.add(Rect(0, chart_top - (k + 1) * row_h, width, row_h, fillColor=TINT, strokeColor=None))
    # month grid and labels
    months = []
    m = first
    while m <= last:
        months.append(m)
        m = _next_month(m)
    every = 1 if len(months) <= 14 else 2 if len(months) <= 26 else 3
    for k, m in enumerate(months):
        d.add(Line(x(m), chart_bottom, x(m), chart_top, strokeColor=RULE, strokeWidth=0.3))
        if k % every == 0 and m < last:
            mid = x(m) + (x(min(_next_month(m), last)) - x(m)) / 2
            label = month_name(m.month, short=True) + (f" {m.year}" if m.month == 1 or k == 0 else "")
            d.add(String(mid, chart_bottom - 4 * mm, label, fontName=FONT, fontSize=6.5, fillColor=MUTED,
                         textAnchor="middle"))
    d.add(Line(x0, chart_bottom, x1, chart_bottom, strokeColor=MUTED, strokeWidth=0.6))
    for k, s in enumerate(steps):
        y_row = chart_top - (k + 1) * row_h
        title = f"{s.number}. {s.title}"
        words, lines, line = title.split(), [], ""
        for word in words:  # our own step titles: wrap in at most two lines
            trial = f"{line} {word}".strip()
            if len(trial) > 34 and line:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
        lines = lines[:2]
        for n, text in enumerate(lines):
            d.add(String(2 * mm, y_row + row_h / 2 + (2.2 if len(lines) == 2 else -2.5) - 8 * n, text,
                         fontName=FONT_BOLD, fontSize=7.2, fillColor=INK))
        bar_h = 3.6 * mm
        if s.planned_start and s.planned_end:
            d.add(Rect(x(s.planned_start), y_row + row_h / 2 + 0.4 * mm, max(x(s.planned_end + timedelta(days=1))
                       - x(s.planned_start), 1.5), bar_h, fillColor=PLANNED, strokeColor=None))
        if s.actual_start:
            end = s.actual_end if s.actual_end else today
            colour = ACTUAL if s.actual_end else ONGOING
            d.add(Rect(x(s.actual_start), y_row + row_h / 2 - bar_h - 0.4 * mm,
                       max(x(end + timedelta(days=1)) - x(s.actual_start), 1.5), bar_h, fillColor=colour,
                       strokeColor=None))
    # today
    d.add(Line(x(today), chart_bottom, x(today), chart_top, strokeColor=TODAY_LINE, strokeWidth=0.9,
               strokeDashArray=[2, 1.5]))
    d.add(String(x(today), chart_top + 1.2 * mm, _t("Today"), fontName=FONT_BOLD, fontSize=6.5, fillColor=TODAY_LINE,
                 textAnchor="middle"))
    # legend
    lx, ly = x0, 2.5 * mm
    for colour, text in ((PLANNED, _t("Planned")), (ACTUAL, _t("Actual (done)")),
                         (ONGOING, _t("Actual (in progress, to today)"))):
        d.add(Rect(lx, ly, 6 * mm, 2.6 * mm, fillColor=colour, strokeColor=None))
        d.add(String(lx + 7.5 * mm, ly + 0.4 * mm, text, fontName=FONT, fontSize=7, fillColor=INK))
        lx += 12 * mm + len(text) * 1.45 * mm
    return d


# ------------------------------------------------------------------------------ balance charts

def bar_chart(rows: Sequence[CountRow], width: float, *, title: str = "") -> Drawing:
    """A horizontal bar chart of counts with our own category labels."""
    label_w = 26 * mm
    bar_h = 5.6 * mm
    height = bar_h * max(len(rows), 1) + 12 * mm
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 7 * mm
    chart.width, chart.height = width - label_w - 8 * mm, bar_h * max(len(rows), 1)
    values = [r.count for r in rows] or [0]
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [r.short or r.label for r in reversed(rows)] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.strokeColor = MUTED
    top = max(values + [1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = 1 if top <= 8 else max(1, round(top / 6))
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_h * 0.65
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT_BOLD
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    d.add(chart)
    if title:
        d.add(String(0, height - 4 * mm, title, fontName=FONT_BOLD, fontSize=8, fillColor=ACCENT))
    return d


def _count_table(rows: Sequence[CountRow], what: str, width: float) -> Table:
    st = styles()
    total = sum(r.count for r in rows) or 1
    data = [[_head(what), _head(_t("Leads"), right=True), _head(_t("Share"), right=True)]]
    data += [[_fixed(r.label, st.cell), str(r.count), percent_text(100 * r.count / total)] for r in rows]
    table = Table(data, colWidths=[width - 30 * mm, 14 * mm, 16 * mm], hAlign="LEFT")
    table.setStyle(grid_style(extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    return table


def _balance_block(rows: Sequence[CountRow], what: str) -> Table:
    left = 82 * mm
    right = CONTENT_WIDTH - left
    block = Table([[_count_table(rows, what, left - 6 * mm), bar_chart(rows, right)]],
                  colWidths=[left, right], hAlign="LEFT")
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return block


def _rules_table(balance: LeadershipBalance) -> list[Flowable]:
    st = styles()
    if not balance.rules:
        return []
    rows, extra = [], []
    for r, rule in enumerate(balance.rules, start=1):
        bounds = ", ".join(([_t("at least {count}").format(count=rule.min)] if rule.min else []) +
                           ([_t("at most {count}").format(count=rule.max)] if rule.max is not None else [])) or "–"
        rows.append([_fixed(rule.name, st.cell), str(rule.count), _fixed(bounds, st.cell),
                     _fixed(_rule_state(rule.state), st.cell_bold if rule.state == "broken" else st.cell)])
        if rule.state == "broken":
            extra += [("BACKGROUND", (0, r), (-1, r), ALERT), ("TEXTCOLOR", (0, r), (-1, r), ALERT_INK)]
    table = Table([[_head(_t("Rule")), _head(_t("Count"), right=True), _head(_t("Bounds for these seats")),
                    _head(_t("State"))],
                   *rows], colWidths=[62 * mm, 16 * mm, 52 * mm, CONTENT_WIDTH - 130 * mm], repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(extra=[("ALIGN", (1, 1), (1, -1), "RIGHT"), *extra]))
    return [table]


def _rule_state(state: str) -> str:
    """A balance rule's state ("met", "broken", ...) as printed."""
    words = {"met": _t("Met"), "at the edge": _t("At the edge"), "broken": _t("Broken")}
    return words.get(state, state.capitalize())


# ----------------------------------------------------------------------------------- the dossier

EDITIONS = ("full", "summary")


def write_dossier(dossier: LeadershipDossier, path: Path, *, final: bool = False, letterhead: str = "",
                  edition: str = "full") -> int:
    """The leadership renewal dossier; DRAFT (watermark) unless ``final``. Returns the page count.

    ``edition`` "full": everything, for the MAC's file; "summary": the decision, the balance and half a
    page per candidate, for the Board's table.
    """
    if edition not in EDITIONS:
        raise ValueError(edition)
    dz = dossier
    summary = edition == "summary"

    def build(tmp: Path) -> int:
        state = _t("FINAL") if final else _t("DRAFT")
        kind = _t("leadership renewal dossier (summary)") if summary else _t("leadership renewal dossier")
        title = _t("Leadership renewal summary: {name}") if summary else _t("Leadership renewal dossier: {name}")
        doc = DeskDocument(tmp, title=title.format(name=dz.programme_name),
                           letterhead=letterhead or default_letterhead(dz.programme_name),
                           footer=f"{dz.programme_code} {kind} · {state} · {long_date(dz.generated_on)}",
                           subject=_t("Leadership renewal dossier for the MAC and the Board"), draft=not final,
                           first_page="running" if summary else "plain",
                           short_title=title.format(name=dz.programme_code))
        story = _summary_edition(dz, final) if summary else _full_edition(dz, final, letterhead)
        return doc.render(story)

    return write_pdf(path, build)


def _full_edition(dz: LeadershipDossier, final: bool, letterhead: str) -> list[Flowable]:
    """Cover, contents, then the sections one after the other: a section starts a page only when
    little room is left on the current one (a candidate's profile keeps to itself)."""
    st = styles()
    story: list[Flowable] = [*_cover(dz, final, letterhead), PageBreak()]
    story += [heading(_t("Contents"), st.h1, "contents", toc=False), contents(), PageBreak()]
    story += _process(dz)
    story += [CondPageBreak(70 * mm), *_leadership(dz)]
    story += [CondPageBreak(90 * mm), *_candidates_summary(dz)]
    story += [CondPageBreak(110 * mm), heading(_t("Candidate profiles"), _section_style(), "profiles")]
    story.append(_fixed(_t("One section per candidate, in the order of the summary (best weighted total first)."),
                        st.small))
    if not dz.candidates:
        story.append(_fixed(_t("There are no candidates yet."), st.body))
    for n, profile in enumerate(dz.candidates, start=1):
        story += [CondPageBreak(100 * mm), *_profile(profile, n)]  # a new page only when little is left
    story += [CondPageBreak(110 * mm), *_proposed(dz)]
    story += [CondPageBreak(60 * mm), *_succession(dz)]
    story += [CondPageBreak(60 * mm), *_checklist(dz)]
    story += [CondPageBreak(80 * mm), *_annex_criteria(dz)]
    story += [CondPageBreak(80 * mm), *_annex_steps(dz)]
    return story


def _summary_edition(dz: LeadershipDossier, final: bool) -> list[Flowable]:
    """The Board's edition: where the process stands, the proposed leadership, its balance and the
    rules, then half a page per candidate (standing, scores by criterion, the MAC's opinion)."""
    st = styles()
    proposed = len(dz.proposed)
    story: list[Flowable] = [
        Bookmark(_t("Summary"), "cover"),
        Paragraph(escape(_t("Leadership renewal: summary for the Board")), st.title),
        para(f"{dz.programme_name} ({dz.programme_code}) · {dz.process_title}", st.subtitle),
        key_values([
            (_t("Where it stands"), _current_step_text(dz)),
            (_t("Call for expressions of interest"), _call_text(dz)),
            (_t("Candidates"), str(len(dz.candidates))),
            (_t("Proposed leadership"), _leads(proposed) if proposed else _t("not yet proposed")),
            (_t("Date"), long_date(dz.generated_on)),
            (_t("Status"), _t("FINAL") if final else _t("DRAFT: for discussion, not for circulation")),
        ], label_width=48 * mm, width=CONTENT_WIDTH),
        Spacer(1, 2 * mm),
        _fixed(_t("The full dossier holds the process and its timeline, the current leadership and their terms, the "
                  "candidates' records in the network, the succession plan, the external review's checklist and the "
                  "annexes."), st.small),
    ]
    story += _proposed(dz, title=_t("The decision: the proposed leadership"))
    story += [CondPageBreak(100 * mm), heading(_t("The candidates"), _section_style(), "candidates")]
    story.append(_fixed(_t("Half a page per candidate, best weighted total first. Scores run from 0 to 5; the weights "
                           "are each criterion's share of the weighted total."), st.small))
    if not dz.candidates:
        story.append(_fixed(_t("There are no candidates yet."), st.body))
    for n, profile in enumerate(dz.candidates, start=1):
        story.append(KeepTogether(_brief_profile(profile, n)))
    return story


def _brief_profile(profile: CandidateProfile, n: int) -> list[Flowable]:
    """One candidate in at most half a page: who, where they stand, the scores, the MAC's opinion."""
    st = styles()
    c = profile.candidate
    title = f"{c.rank}. {c.display_name}" if c.rank else c.display_name
    standing = _rank_line(c)
    pairs: list[tuple[str, object]] = [
        (_t("Country (regional group)"), _country(c.country, c.regional_group)),
        (_t("Stakeholder cluster"), c.cluster or "–"),
        (_t("Representative"), c.representative or "–"),
        (_t("Candidate as"), _standing(c)),
    ]
    if c.proposed and c.proposed_note:
        pairs.append((_t("Why proposed"), c.proposed_note))
    story: list[Flowable] = [
        heading(title, _section_style_small(), f"cand-{n}", level=1, outline_title=title),
        _fixed(standing, st.cell_bold), Spacer(1, 1.5 * mm), key_values(pairs), Spacer(1, 1.5 * mm),
        *_scores(c, compact=True),
        Paragraph(f"<b>{escape(_t('MAC opinion.'))}</b> " + markup(c.mac_opinion or _t("No opinion recorded yet.")),
                  st.body),
        Spacer(1, 3 * mm),
    ]
    return story


def _rank_line(c: CandidateValue) -> str:
    """"Rank 2 · weighted total 3.40 · proposed for the leadership", or "Not ranked: no scores yet"."""
    text = (_t("Rank {rank} · weighted total {total}").format(rank=c.rank, total=_num(c.total)) if c.rank
            else _t("Not ranked: no scores yet"))
    return text + (" · " + _t("proposed for the leadership") if c.proposed else "")


def _leads(n: int) -> str:
    return (_t("{count} lead") if singular(n) else _t("{count} leads")).format(count=n)


def _section_style_small() -> ParagraphStyle:
    return ParagraphStyle("h2-candidate", parent=styles().h2, fontSize=11.5, leading=15, spaceBefore=10)


def _standing(c: CandidateValue) -> str:
    if c.kind == INCUMBENT:
        return _t("Incumbent co-lead seeking renewal") + (
            "; " + _t("term ends {date}").format(date=long_date(c.term_end)) if c.term_end else "")
    return (_t("Applicant, {status}").format(status=_lower(c.status))
            + ("; " + _t("an incumbent co-lead") if c.incumbent else ""))


def _lower(label: str) -> str:
    """A label inside a sentence: "Under review" -> "under review", "MAC opinion" stays."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _current_step_text(dz: LeadershipDossier) -> str:
    if dz.current_step is None:
        return _t("All four steps are done")
    step = dz.steps[dz.current_step - 1] if len(dz.steps) >= dz.current_step else None
    title = step.title if step else ""
    return _t("Step {number} of 4: {title}").format(number=dz.current_step, title=title)


def _cover(dz: LeadershipDossier, final: bool, letterhead: str) -> list[Flowable]:
    st = styles()
    lines = [line for line in (letterhead or default_letterhead(dz.programme_name)).split("\n") if line.strip()]
    story: list[Flowable] = [Bookmark(_t("Cover"), "cover")]
    story += [para(line, st.subtitle) for line in lines[:3]]
    badge_text = _t("FINAL") if final else _t("DRAFT — for discussion, not for circulation")
    badge = Table([[Paragraph(escape(badge_text), st.cell_bold)]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    badge.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TINT if final else ALERT),
        ("TEXTCOLOR", (0, 0), (-1, -1), ACCENT if final else ALERT_INK),
        ("BOX", (0, 0), (-1, -1), 0.6, ACCENT if final else ALERT_INK),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    proposed = len(dz.proposed)
    story += [
        Spacer(1, 36 * mm),
        Paragraph(escape(_t("Leadership renewal dossier")), st.title),
        para(f"{dz.programme_name} ({dz.programme_code})", st.subtitle),
        para(dz.process_title, st.body_bold),
        Spacer(1, 6 * mm),
        badge,
        Spacer(1, 6 * mm),
        key_values([
            (_t("Programme"), f"{dz.programme_name} ({dz.programme_code})"),
            (_t("Renewal process"), dz.process_title),
            (_t("Opened"), long_date(dz.opened_on)),
            (_t("Where it stands"), _current_step_text(dz)),
            (_t("Call for expressions of interest"), _call_text(dz)),
            (_t("Candidates"), str(len(dz.candidates))),
            (_t("Proposed leadership"), _leads(proposed) if proposed else _t("not yet proposed")),
            (_t("Date"), long_date(dz.generated_on)),
            (_t("Status"), _t("FINAL") if final else _t("DRAFT")),
        ], label_width=48 * mm, width=CONTENT_WIDTH),
        Spacer(1, 10 * mm),
        _fixed(_t("For the Multi-stakeholder Advisory Committee (MAC) and the Board of the One Planet network. "
                  "Confidential: for the committee's and the Board's deliberation only."), st.body),
    ]
    return story


def _call_text(dz: LeadershipDossier) -> str:
    if not dz.call_title:
        return _t("no call linked yet")
    if dz.call_opens_on and dz.call_closes_on:
        return f"{dz.call_title} (" + _t("{start} to {end}").format(start=long_date(dz.call_opens_on),
                                                                     end=long_date(dz.call_closes_on)) + ")"
    return dz.call_title


def _process(dz: LeadershipDossier) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("The renewal process"), st.h1, "process")]
    story.append(_fixed(_t(
        "The renewal follows four steps agreed by the coordination desks: (1) the leads and the Secretariat agree "
        "on the need, the steps and the timeline; (2) an open call for expressions of interest; (3) the review of "
        "the applications against the evaluation criteria, with the MAC's opinion, consulting the coordination "
        "desk; (4) the submission to the Board."), st.body))
    if dz.notes:
        story.append(para(dz.notes, st.body))
    story.append(_subhead(_t("Timeline: planned and actual")))
    if dz.steps:
        story.append(timeline_chart(dz.steps, dz.generated_on))
    rows, extra = [], []
    for r, s in enumerate(dz.steps, start=1):
        rows.append([str(s.number), _fixed(s.title, st.cell), _fixed(translate("RenewalSteps", s.state_label), st.cell),
                     _fixed(_span(s.planned_start, s.planned_end), st.cell),
                     _fixed(_span(s.actual_start, s.actual_end) if s.actual_start else "–", st.cell),
                     para(s.responsible or "–", st.cell)])
        if s.overridden:
            extra.append(("TEXTCOLOR", (2, r), (2, r), ALERT_INK))
    table = Table([[_head("#"), _head(_t("Step")), _head(_t("State")), _head(_t("Planned")), _head(_t("Actual")),
                    _head(_t("Responsible"))],
                   *rows], colWidths=[8 * mm, 46 * mm, 20 * mm, 30 * mm, 30 * mm, CONTENT_WIDTH - 134 * mm],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(extra=extra))
    story += [Spacer(1, 2 * mm), table]
    overridden = [s for s in dz.steps if s.overridden]
    for s in overridden:
        story.append(para(_t("Step {number} was closed before step {previous} was done, by {who}: {reason}").format(
            number=s.number, previous=s.number - 1, who=s.closed_by or "?", reason=s.override_reason), st.small))
    story.append(_fixed(_t("Dates, responsibilities and evidence of each step are in Annex B."), st.small))
    return story


def _leadership(dz: LeadershipDossier) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("Current leadership and their terms"), _section_style(), "leadership")]
    story.append(_fixed(_t("The co-leads in office on {date}. Co-leads serve two-year commitments, renewable; a member "
                           "whose term has ended stays in office until a successor is appointed (holding over).")
                        .format(date=long_date(dz.generated_on)), st.body))
    if not dz.current_leadership:
        story.append(_fixed(_t("No co-lead is in office on this date."), st.body))
        return story
    flags = dict(dz.incumbent_flags)
    rows, extra = [], []
    for r, m in enumerate(dz.current_leadership, start=1):
        seeking = flags.get(m.membership_id)
        note = []
        if m.holding_over:
            note.append(_t("Holding over"))
            extra.append(("BACKGROUND", (0, r), (-1, r), ALERT))
        note.append({True: _t("Seeks renewal"), False: _t("Does not seek renewal"),
                     None: _t("Renewal not stated")}[seeking])
        rows.append([para(m.display_name, st.cell), para(_country(m.country, group_name(m.regional_group_code)), st.cell),
                     para(m.representative or "–", st.cell), _fixed(_term_text(m), st.cell),
                     _fixed(_t("{ordinal} (since {year})").format(ordinal=_ordinal(m.consecutive),
                                                                   year=m.run_start.year), st.cell),
                     _fixed("; ".join(note), st.cell)])
    table = Table([[_head(_t("Organisation")), _head(_t("Country (group)")), _head(_t("Representative")),
                    _head(_t("Term")), _head(_t("Term no.")), _head(_t("Renewal"))], *rows],
                  colWidths=[36 * mm, 28 * mm, 30 * mm, 26 * mm, 18 * mm, CONTENT_WIDTH - 138 * mm],  # "Renouvellement" fits
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(extra=extra))
    story.append(table)
    return story


def _kind(c: CandidateValue) -> str:
    if c.kind == INCUMBENT:
        return _t("Incumbent")
    return _t("Applicant (incumbent)") if c.incumbent else _t("Applicant")


def _candidates_summary(dz: LeadershipDossier) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("Candidates"), st.h1, "candidates")]
    incumbents = sum(1 for p in dz.candidates if p.candidate.incumbent)
    many = len(dz.candidates)
    story.append(_fixed(
        _t("{candidates}: {who}").format(
            candidates=(_t("{count} candidate") if singular(many) else _t("{count} candidates")).format(count=many),
            who=(_t("the co-lead applications to the call and the incumbent co-leads seeking renewal ({count} incumbent).")
           if singular(incumbents) else
           _t("the co-lead applications to the call and the incumbent co-leads seeking renewal ({count} incumbents)."))
            .format(count=incumbents)) + " "
        + _t("The weighted total is the sum over the criteria of weight × the reviewers' mean score, divided by the "
             "sum of the weights of the criteria scored (0 to 5). Withdrawn applications are left out."), st.body))
    rows = []
    yes = _t("Yes")
    for p in dz.candidates:
        c = p.candidate
        rows.append([str(c.rank) if c.rank else "–", para(c.display_name, st.cell),
                     _group_cell(c.regional_group_code, c.regional_group, st.cell),
                     _cluster_cell(c.cluster_code, c.cluster, st.cell), _fixed(_kind(c), st.cell),
                     _fixed(c.status, st.cell), _num(c.total), yes if c.mac_opinion else "–",
                     yes if c.proposed else "–"])
    header = [_small_head("#"), _small_head(_t("Organisation")), _small_head(_t("Group")), _small_head(_t("Cluster")),
              _small_head(_t("Candidate")), _small_head(_t("Status")), _small_head(_t("Total"), right=True),
              _small_head(_t("MAC")), _small_head(_t("Proposed"))]
    widths = [8 * mm, 45 * mm, 21 * mm, 21 * mm, 19 * mm, 18 * mm, 11 * mm, 9 * mm, CONTENT_WIDTH - 152 * mm]

    def style_for(part):
        extra = [("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (6, 1), (6, -1), "RIGHT"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        extra += [("FONT", (-1, r), (-1, r), FONT_BOLD, 8.5) for r, row in enumerate(part, start=1) if row[-1] == yes]
        return grid_style(extra=extra)

    if rows:
        story += chunked_tables(header, rows, widths, style_for=style_for)
        story.append(_fixed(_t("Short forms where a column is narrow: Africa; Asia-Pacific; Eastern Europe; GRULAC, "
                               "Latin America and the Caribbean; WEOG, Western Europe and Others. UN / IGO: UN and "
                               "other inter-governmental organisations. MAC: the MAC's opinion is recorded."), st.small))
    else:
        story.append(_fixed(_t("There are no candidates yet."), st.body))
    return story


def _profile(profile: CandidateProfile, n: int) -> list[Flowable]:
    st = styles()
    c = profile.candidate
    title = f"{c.rank}. {c.display_name}" if c.rank else c.display_name
    standing = _standing(c)
    story: list[Flowable] = [
        heading(c.display_name, st.h1, f"cand-{n}", level=1, outline_title=title),
        _fixed(_rank_line(c), st.cell_bold),
        Spacer(1, 2 * mm),
    ]
    pairs: list[tuple[str, object]] = [(_t("Organisation"), c.organisation)]
    if c.acronym:
        pairs.append((_t("Acronym"), c.acronym))
    pairs += [
        (_t("Country (regional group)"), _country(c.country, c.regional_group)),
        (_t("Stakeholder cluster"), c.cluster or "–"),
        (_t("Representative"), c.representative or "–"),
        (_t("Candidate as"), standing),
        (_t("Commitment offered"), c.commitment or "–"),
    ]
    if c.proposed and c.proposed_note:
        pairs.append((_t("Why proposed"), c.proposed_note))
    story.append(key_values(pairs))
    story.append(KeepTogether([_subhead(_t("Scores")), *_scores(c)]))
    story += [_subhead(_t("MAC opinion")), para(c.mac_opinion or _t("No opinion recorded yet."), st.body)]
    story.append(_subhead(_t("Record in the network")))
    if profile.member_since:
        years = profile.years_in_network
        story.append(_fixed((_t("In the network since {date} ({count} year).") if singular(years) else
                             _t("In the network since {date} ({count} years).")).format(
            date=long_date(profile.member_since), count=years), st.body))
    if profile.record:
        rows = [[_fixed(r.programme_code, st.cell), _fixed(r.role, st.cell), _short(r.term_start), _short(r.term_end),
                 _fixed(r.status, st.cell)] for r in profile.record]
        story += chunked_tables([_head(_t("Programme")), _head(_t("Role")), _head(_t("From")), _head(_t("To")),
                                 _head(_t("Status"))], rows, [26 * mm, 34 * mm, 26 * mm, 26 * mm, CONTENT_WIDTH - 112 * mm])
    else:
        story.append(_fixed(_t("No membership in any programme yet."), st.body))
    return story


def _scores(c: CandidateValue, *, compact: bool = False) -> list[Flowable]:
    st = styles()
    s = c.scores
    if s is None or not s.criteria:
        return [_fixed(_t("No evaluation criteria apply (no call is linked to the process)."), st.small)]
    total_weight = sum(crit.weight for crit in s.criteria)
    rows = []
    for crit in s.criteria:
        rows.append([para(crit.name, st.cell), percent(crit.weight, total_weight), str(len(crit.scores)),
                     _num(crit.mean) + (" !" if crit.disagreement else "")])
    n = len(rows) + 1
    rows.append([_label(_t("Weighted total (0 to 5)")), "", "", _num(s.weighted_total)])
    style = grid_style(extra=[
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("SPAN", (0, n), (-2, n)), ("FONT", (-1, n), (-1, n), FONT_BOLD, 9),
        ("LINEABOVE", (0, n), (-1, n), 0.8, colors.black), ("BACKGROUND", (0, n), (-1, n), colors.white),
        *([("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)] if compact else [])])
    table = Table([[_head(_t("Criterion")), _head(_t("Weight"), right=True), _head(_t("Reviewers"), right=True),
                    _head(_t("Mean"), right=True)], *rows],
                  colWidths=[CONTENT_WIDTH - 66 * mm, 20 * mm, 22 * mm, 24 * mm], hAlign="LEFT")
    table.setStyle(style)
    out: list[Flowable] = [table]
    if s.missing_criteria:
        out.append(para(_t("Not scored yet: {criteria}.").format(criteria="; ".join(s.missing_criteria)), st.small))
    if s.disagreement:
        out.append(_fixed(_t("! Reviewers' scores lie 2 or more points apart on the marked criteria."), st.small))
    return out


def _proposed(dz: LeadershipDossier, title: str = "") -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(title or _t("The proposed leadership"), _section_style(), "proposed")]
    if not dz.proposed:
        story.append(_fixed(_t("No leadership has been proposed yet."), st.body))
        return story
    n = len(dz.proposed)
    story.append(_fixed(
        (_t("{count} lead proposed.") if singular(n) else _t("{count} leads proposed.")).format(count=n) + " "
        + _t("More than three leads may be brought in to improve the programme's coordination capacity. The balance "
             "below is counted over the proposed leads and re-checked against the same balance rules as the "
             "core-partner selection, for this many seats."), st.body))
    rows = []
    for c in dz.proposed:
        rows.append([para(c.display_name, st.cell), _group_cell(c.regional_group_code, c.regional_group, st.cell),
                     _cluster_cell(c.cluster_code, c.cluster, st.cell), _fixed(_kind(c), st.cell), _num(c.total),
                     para(c.proposed_note or "–", st.cell)])
    story += chunked_tables([_head(_t("Organisation")), _head(_t("Group")), _head(_t("Cluster")), _head(_t("Candidate")),
                             _head(_t("Total"), right=True), _head(_t("Note"))], rows,
                            [46 * mm, 26 * mm, 24 * mm, 22 * mm, 13 * mm, CONTENT_WIDTH - 131 * mm],
                            style_for=lambda part: grid_style(extra=[("ALIGN", (4, 1), (4, -1), "RIGHT")]))
    b = dz.balance
    if b is None:
        return story
    story += [CondPageBreak(70 * mm), heading(_t("Balance"), st.h2, "balance", level=1)]
    story.append(KeepTogether([_fixed(_t("By regional group"), st.body_bold),
                               _balance_block(b.by_region, _t("Regional group")), Spacer(1, 3 * mm)]))
    story.append(KeepTogether([_fixed(_t("By stakeholder cluster"), st.body_bold),
                               _balance_block(b.by_cluster, _t("Cluster")), Spacer(1, 3 * mm)]))
    story.append(KeepTogether([_fixed(_t("By the representatives' gender (counts only)"), st.body_bold),
                               _balance_block(b.by_gender, _t("Gender"))]))
    story.append(CondPageBreak(60 * mm))
    story.append(heading(_t("Balance rules"), st.h2, "balance-rules", level=1))
    broken = len(b.broken)
    story.append(_fixed(
        (_t("Every rule is met.") if not broken else
         (_t("{count} rule is broken (marked).") if singular(broken) else _t("{count} rules are broken (marked)."))
         .format(count=broken) + " "
         + _t("The rules are those of the core-partner selection (SPP ToR 2.2); with few seats not every group and "
              "cluster can be represented.")), st.body))
    story += _rules_table(b)
    return story


def _succession(dz: LeadershipDossier) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("Succession planning to 2030"), _section_style(), "succession")]
    if not dz.succession:
        story.append(_fixed(_t("No succession plan has been recorded yet."), st.body))
        return story
    rows = [[str(e.year), para(e.organisation or "–", st.cell),
             _fixed(ROLES.label(e.role) if e.role in ROLES else e.role, st.cell), para(e.note or "", st.cell)]
            for e in dz.succession]
    story += chunked_tables([_head(_t("Year")), _head(_t("Organisation")), _head(_t("Role")), _head(_t("Note"))], rows,
                            [14 * mm, 60 * mm, 22 * mm, CONTENT_WIDTH - 96 * mm])
    return story


def _checklist(dz: LeadershipDossier) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("The external review's recommendations"), _section_style(), "checklist")]
    done = sum(1 for i in dz.checklist if i.done)
    story.append(_fixed(_t("Were the external review's recommendations on leadership taken on board? {done} of "
                           "{count} items ticked.").format(done=done, count=len(dz.checklist)), st.body))
    if not dz.checklist:
        return story
    rows = []
    for item in dz.checklist:
        who = f"{item.done_by}, {short_date(item.done_at.date())}" if item.done and item.done_at else (item.done_by or "")
        text = item.text + (f"\n{item.note}" if item.note else "")
        rows.append([_fixed("☑" if item.done else "☐", st.cell), para(text, st.cell), para(who or "–", st.cell)])
    story += chunked_tables([_head(""), _head(_t("Item")), _head(_t("Ticked by"))], rows,
                            [8 * mm, CONTENT_WIDTH - 53 * mm, 45 * mm])
    return story


def _annex_criteria(dz: LeadershipDossier) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("Annex A: Evaluation criteria"), _section_style(), "annex-criteria")]
    if not dz.criteria:
        story.append(_fixed(_t("No evaluation criteria yet: the process has no co-lead call linked."), st.body))
        return story
    total = sum(c.weight for c in dz.criteria) or 1
    rows = [[para(c.name, st.cell), percent(c.weight, total), para(c.description or "", st.cell)]
            for c in dz.criteria]
    story += chunked_tables([_head(_t("Criterion")), _head(_t("Weight"), right=True), _head(_t("What it looks at"))],
                            rows, style_for=lambda part: grid_style(extra=[("ALIGN", (1, 1), (1, -1), "RIGHT")]))
    story.append(_fixed(_t("Scores run from 0 to 5; each candidate's weighted total uses these weights."), st.small))
    return story


def _annex_steps(dz: LeadershipDossier) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("Annex B: The process steps"), _section_style(), "annex-steps")]
    for s in dz.steps:
        pairs: list[tuple[str, object]] = [
            (_t("State"), translate("RenewalSteps", s.state_label)),
            (_t("Planned"), _span(s.planned_start, s.planned_end)),
            (_t("Actual"), _span(s.actual_start, s.actual_end) if s.actual_start else "–"),
            (_t("Responsible"), s.responsible or "–"),
        ]
        if s.closed_by:
            pairs.append((_t("Closed by"), f"{s.closed_by}, {short_date(s.closed_at.date())}" if s.closed_at else s.closed_by))
        if s.overridden:
            pairs.append((_t("Closed out of order"), s.override_reason))
        pairs.append((_t("Evidence"), s.evidence or "–"))
        if s.attachments:
            pairs.append((_t("Files"), "\n".join(f"{a.filename} ({_size(a.size)})" for a in s.attachments)))
        block = [heading(_t("Step {number}: {title}").format(number=s.number, title=s.title), st.h2,
                         f"step-{s.number}", level=1),
                 _fixed(s.description, st.small), key_values(pairs)]
        story.append(KeepTogether(block))
    return story


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return _t("{size} MB").format(size=number(size / 1024 / 1024, 1))
    if size >= 1024:
        return _t("{size} KB").format(size=number(size / 1024))
    return _t("{size} bytes").format(size=size)


# ------------------------------------------------------------------------------------ the roster

def write_roster(roster: Roster, path: Path, *, letterhead: str = "") -> int:
    """The composition of a programme on a date: co-leads and core partners with their terms."""
    st = styles()
    r = roster

    def build(tmp: Path) -> int:
        doc = DeskDocument(tmp, title=_t("Roster: {name}").format(name=r.programme_name),
                           letterhead=letterhead or default_letterhead(r.programme_name),
                           footer=_t("{code} roster as of {date} · printed {printed}").format(
                               code=r.programme_code, date=short_date(r.as_of), printed=long_date(r.generated_on)),
                           subject=_t("Roster of co-leads and core partners"),
                           short_title=_t("Roster: {name}").format(name=r.programme_code))
        story: list[Flowable] = [
            heading(_t("Roster of the {name} programme").format(name=r.programme_name), st.title, "roster", toc=False,
                    outline_title=_t("Roster")),
            _fixed(_t("Composition on {date}").format(date=long_date(r.as_of)), st.subtitle),
            _fixed(_roster_note(r), st.small),
            Spacer(1, 2 * mm),
            key_values([(_t("Programme"), f"{r.programme_name} ({r.programme_code})"),
                        (_t("Co-leads"), str(len(r.co_leads))),
                        (_t("Core partners (the MAC)"), str(len(r.core_partners))),
                        (_t("Holding over"), str(sum(1 for m in (*r.co_leads, *r.core_partners) if m.holding_over)))],
                       label_width=48 * mm),
        ]
        story += [heading(_t("Co-leads"), _section_style(), "co-leads"),
                  *_members(r.co_leads, _t("No co-lead is in office on this date."))]
        story += [CondPageBreak(40 * mm), heading(_t("Core partners (the MAC)"), _section_style(), "core-partners"),
                  *_members(r.core_partners, _t("No core partner is in office on this date."))]
        return doc.render(story)

    return write_pdf(path, build)


def _roster_note(r: Roster) -> str:
    base = _t("Terms run from their first to their last day. A member whose term has ended stays in office until a "
              "successor is appointed (holding over).")
    if r.as_of > r.generated_on:
        return base + " " + _t("This is a future date: the terms are shown as they stand on {date}; nobody is assumed "
                               "to hold over beyond that day.").format(date=long_date(r.generated_on))
    if r.as_of < r.generated_on:
        return base + " " + _t("This is a past date: the composition is computed from the recorded terms.")
    return base


def _members(members: Sequence[CompositionEntry], nobody: str) -> list[Flowable]:
    st = styles()
    if not members:
        return [_fixed(nobody, st.body)]
    holding = _t("holding over")
    rows = []
    for m in members:
        rep = m.representative or "–"
        if m.alternate:
            rep += "\n" + _t("Alternate: {name}").format(name=m.alternate)
        note = _t("{ordinal}, since {year}").format(ordinal=_ordinal(m.consecutive), year=m.run_start.year)
        if m.holding_over:
            note += "; " + holding
        term = (f"{_short(m.term_start)}\n{_short(m.term_end)}" if m.term_end
                else f"{_short(m.term_start)}\n" + _t("open-ended"))
        rows.append([para(m.display_name, st.cell), para(_country(m.country, _group(m.regional_group_code,
                                                                                     m.regional_group)), st.cell),
                     _cluster_cell(m.cluster_code, m.cluster, st.cell), para(rep, st.cell), para(term, st.cell),
                     _fixed(note, st.cell)])
    header = [_head(_t("Organisation")), _head(_t("Country (group)")), _head(_t("Cluster")), _head(_t("Representative")),
              _head(_t("Term from / to")), _head(_t("Term no."))]
    widths = [42 * mm, 30 * mm, 23 * mm, 32 * mm, 22 * mm, CONTENT_WIDTH - 149 * mm]

    def style_for(part):
        marks = [("BACKGROUND", (0, i), (-1, i), ALERT) for i, row in enumerate(part, start=1)
                 if holding in "".join(f.text for f in row[-1].frags)]
        return grid_style(extra=marks)

    return list(_tables(header, rows, widths, style_for=style_for))


__all__ = ["bar_chart", "timeline_chart", "write_dossier", "write_roster"]

