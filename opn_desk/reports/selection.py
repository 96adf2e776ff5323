"""The core-partner selection report (PDF): for the co-leads, the MAC and the file.

Takes a `SelectionReport` (opn_desk.reports.selection_values, filled by
services/selection_report_data.py), writes to a temporary file beside ``path`` and moves it into place,
and returns the page count. User text (organisation names, rule names, notes, scenario names) goes
through `base.para` / `base.markup` only, so ``AT&T <b>`` prints literally and Cyrillic, Chinese and
Arabic print as stored; chart labels are the desk's own wording (regional groups, clusters, genders).
The representatives' gender is printed as counts only, never per organisation: the service words the
rules on it (services/selection_report_data.SENSITIVE_ATTRIBUTES) without names.

Sections (each a bookmark and a contents entry): the rules, the pool, the slate, its balance (rule
by rule, then tables and charts by region, cluster and gender), alternates, the trade-offs when the
rules cannot all be met, the saved scenarios side by side, and the officer's notes. DRAFT watermark
unless ``final``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

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

from opn_desk.domain.renewal import CountRow
from opn_desk.i18n import number, percent_text, singular
from opn_desk.reports.applications import long_date
from opn_desk.reports.base import (
    ALERT,
    ALERT_INK,
    CONTENT_WIDTH,
    DeskDocument,
    chunked_tables,
    contents,
    default_letterhead,
    grid_style,
    heading,
    key_values,
    para,
    score_text,
    styles,
    write_pdf,
)
from opn_desk.reports.base import fixed_text as _t
from opn_desk.reports.leadership import bar_chart
from opn_desk.reports.selection_values import CLOSEST, NONE, OPTIMAL, PICKED, SelectionReport

_EDGE = "at the edge"
_BROKEN = "broken"


def _head(text: str, *, right: bool = False) -> Paragraph:
    st = styles()
    return Paragraph(escape(text), st.cell_head_right if right else st.cell_head)


def _fixed(text: str, style=None) -> Paragraph:
    """Our own wording (never user text)."""
    return Paragraph(escape(text), style or styles().body)


def _num(value: float | None) -> str:
    return score_text(value)


def _signed(value: float) -> str:
    value = round(value, 2) + 0.0  # + 0.0: a change of -0.001 prints +0.00, not -0.00
    return ("-" if value < 0 else "+") + number(abs(value), 2)


def _state(state: str) -> str:
    """A rule's state as printed: "Met", "Broken", "At the edge"."""
    return {"met": _t("Met"), _BROKEN: _t("Broken"), _EDGE: _t("At the edge")}.get(state, state.capitalize())


def _section() -> ParagraphStyle:
    return ParagraphStyle("h1-section", parent=styles().h1, spaceBefore=14)


def _pool_line(size: int, incumbents: int) -> str:
    """"29 candidates, 7 of them incumbents", "2 candidates, 1 of them an incumbent", "1 candidate, an incumbent"."""
    if size == 1:
        return _t("1 candidate, an incumbent") if incumbents else _t("1 candidate, not an incumbent")
    if incumbents == 0:
        return _t("{count} candidates, none of them an incumbent").format(count=size)
    if incumbents == 1:
        return _t("{count} candidates, 1 of them an incumbent").format(count=size)
    if incumbents == size:
        return _t("{count} candidates, all of them incumbents").format(count=size)
    return _t("{count} candidates, {incumbents} of them incumbents").format(count=size, incumbents=incumbents)


def _slate_title(rep: SelectionReport) -> str:
    return {OPTIMAL: _t("The proposed slate"), PICKED: _t("The hand-picked slate"),
            CLOSEST: _t("The closest workable slate"), NONE: _t("The slate")}[rep.slate_kind]


# ------------------------------------------------------------------------------------- sections

def _opening(rep: SelectionReport, final: bool) -> list[Flowable]:
    st = styles()
    kind = {OPTIMAL: _t("optimal under the rules"), PICKED: _t("hand-picked by the desk"),
            CLOSEST: _t("closest workable (the rules cannot all be met)"), NONE: _t("none possible")}[rep.slate_kind]
    pairs: list[tuple[str, object]] = [
        (_t("Call"), rep.call_title),
        (_t("Programme"), f"{rep.programme_name} ({rep.programme_code})" if rep.programme_name else rep.programme_code),
        (_t("Call closed"), long_date(rep.closes_on)),
        (_t("Incumbents counted on"), long_date(rep.as_of)),
        (_t("Seats"), str(rep.seats)),
        (_t("Pool"), _pool_line(rep.pool_size, rep.pool_incumbents)),
        (_t("Slate"), _t("{kind}; total score {score}").format(kind=kind, score=_num(rep.slate_score))
         if rep.slate_score is not None else kind),
        (_t("Rules"), _t("saved for this round") if rep.saved else _t("the Terms of Reference's defaults (not saved yet)")),
        (_t("Date"), long_date(rep.generated_on)),
        (_t("Status"), _t("FINAL") if final else _t("DRAFT")),
    ]
    return [
        heading(_t("Core-partner selection: {call}").format(call=rep.call_title), st.title, "title", toc=False,
                outline_title=_t("Core-partner selection")),
        para(f"{rep.programme_name} ({rep.programme_code})" if rep.programme_name else rep.programme_code, st.subtitle),
        _fixed(_t("The Terms of Reference (section 2.2) ask that the core partners' composition strive for geographic "
                  "balance over the five UN regional groups, stakeholder balance over the five clusters, at least 50% "
                  "female designated representatives, and both continuity and change. This report shows the rules the "
                  "desk set for this call, the pool, the slate and how it meets each rule."), st.small),
        Spacer(1, 2 * mm),
        key_values(pairs, label_width=46 * mm),
        Spacer(1, 4 * mm),
        heading(_t("Contents"), st.h2, "contents", toc=False),
        contents(),
    ]


def _rules(rep: SelectionReport) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("The balance rules"), st.h1, "rules")]
    story.append(_fixed(_t("A slate has exactly {seats} seats and meets every rule below. Shares of the seats become "
                           "counts that honour the share: a minimum rounds up, a maximum rounds down. Priority weighs a "
                           "rule when the rules cannot all be met and some must be relaxed.").format(seats=rep.seats),
                        st.body))
    rows = [[para(r.name, st.cell), para(r.counts, st.cell), para(r.as_written or "–", st.cell),
             _fixed(r.bounds, st.cell), f"{r.priority:g}"] for r in rep.rules]
    if rows:
        story += chunked_tables([_head(_t("Rule")), _head(_t("Counts")), _head(_t("As set")),
                                 _head(_t("For {seats} seats").format(seats=rep.seats)),
                                 _head(_t("Priority"), right=True)], rows,
                                [42 * mm, 44 * mm, 38 * mm, 30 * mm, CONTENT_WIDTH - 154 * mm],
                                style_for=lambda part: grid_style(extra=[("ALIGN", (4, 1), (4, -1), "RIGHT")]))
    else:
        story.append(_fixed(_t("No balance rules are set: the slate is simply the best total score."), st.body))
    story.append(heading(_t("Pins"), st.h2, "pins", level=1))
    if rep.pins:
        rows = [[para(name, st.cell), _fixed(state, st.cell)] for name, state in rep.pins]
        story += chunked_tables([_head(_t("Candidate")), _head(_t("Pin"))], rows, [CONTENT_WIDTH - 40 * mm, 40 * mm])
    else:
        story.append(_fixed(_t("No candidate is pinned in or out."), st.body))
    story.append(_fixed(_t("Ties: {rule}. Candidates are identified by their organisation's record, so the same pool "
                           "and rules always give the same slate.").format(rule=rep.tie_break), st.small))
    return story


def _count_table(rows: Sequence[CountRow], what: str, width: float, unit: str) -> Table:
    st = styles()
    total = sum(r.count for r in rows) or 1
    data = [[_head(what), _head(unit, right=True), _head(_t("Share"), right=True)]]
    data += [[_fixed(r.label, st.cell), str(r.count), percent_text(100 * r.count / total)] for r in rows]
    table = Table(data, colWidths=[width - 40 * mm, 22 * mm, 18 * mm], hAlign="LEFT")
    table.setStyle(grid_style(extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    return table


def _balance_block(rows: Sequence[CountRow], what: str, unit: str) -> Table:
    left = 84 * mm
    right = CONTENT_WIDTH - left
    block = Table([[_count_table(rows, what, left - 6 * mm, unit), bar_chart(rows, right)]],
                  colWidths=[left, right], hAlign="LEFT")
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return block


def _pool(rep: SelectionReport) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("The pool"), _section(), "pool")]
    story.append(_fixed(
        _t("{candidates}: {who}").format(
            candidates=(_t("{count} candidate") if singular(rep.pool_size) else _t("{count} candidates"))
            .format(count=rep.pool_size),
            who=_t("the call's applications that passed screening (under review, with the MAC's opinion, or "
                    "accepted), scored by their weighted review total, and the incumbent core partners seeking "
                    "renewal. An incumbent that applied is counted once, through its application.")), st.body))
    count = _t("Count")
    if rep.pool_by_status:
        story.append(_count_table(rep.pool_by_status, _t("In the pool as"), 110 * mm, count))
        story.append(Spacer(1, 3 * mm))
    for rows, what, by in ((rep.pool_by_region, _t("Regional group"), _t("By regional group")),
                           (rep.pool_by_cluster, _t("Stakeholder cluster"), _t("By stakeholder cluster")),
                           (rep.pool_by_gender, _t("Representative's gender (counts only)"),
                            _t("By representative's gender (counts only)"))):
        story.append(KeepTogether([_fixed(by, st.body_bold),
                                   _count_table(rows, what, 110 * mm, count), Spacer(1, 3 * mm)]))
    if rep.excluded:
        story.append(heading(_t("Incumbents not seeking renewal"), st.h2, "excluded", level=1))
        story.append(_fixed(_t("Core partners in office on the day incumbency is counted who did not apply and have "
                               "not said they seek renewal; they are not in the pool."), st.small))
        story += chunked_tables([_head(_t("Organisation"))], [[para(name, st.cell)] for name in rep.excluded],
                                [CONTENT_WIDTH])
    return story


def _slate(rep: SelectionReport) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_slate_title(rep), _section(), "slate")]
    if rep.slate_kind == OPTIMAL:
        text = _t("The slate with the highest total score ({score}) among those that meet every rule and pin, found "
                  "by integer programming (HiGHS, exact).").format(score=_num(rep.slate_score))
    elif rep.slate_kind == PICKED:
        text = _t("The slate the desk picked by hand; total score {score}.").format(score=_num(rep.slate_score))
        if rep.optimal_score is not None:
            text += " " + _t("The best slate meeting every rule scores {score}.").format(score=_num(rep.optimal_score))
        elif not rep.feasible:
            text += " " + _t("No slate meets every rule (see the trade-offs).")
    elif rep.slate_kind == CLOSEST:
        text = _t("The rules cannot all be met. This is the closest workable slate: it breaks the rules as little as "
                  "possible (see the trade-offs), then has the best total score.")
    else:
        text = _t("No slate can be formed: the seats and pins alone cannot be met (see the trade-offs).")
    story.append(_fixed(text, st.body))
    if rep.slate_kind == PICKED and not rep.slate:
        story.append(_fixed(_t("No candidate has been picked yet."), st.body))
    if rep.slate:
        rows = [[str(n), para(r.name, st.cell), para(r.country, st.cell), _fixed(r.cluster, st.cell),
                 _fixed(r.standing + (f"; {r.pin}" if r.pin else ""), st.cell), _num(r.score)]
                for n, r in enumerate(rep.slate, start=1)]
        story += chunked_tables([_head("#"), _head(_t("Organisation")), _head(_t("Country (group)")), _head(_t("Cluster")),
                                 _head(_t("In the pool as")), _head(_t("Score"), right=True)], rows,
                                [8 * mm, 56 * mm, 36 * mm, 24 * mm, 32 * mm, CONTENT_WIDTH - 156 * mm],
                                style_for=lambda part: grid_style(extra=[("ALIGN", (5, 1), (5, -1), "RIGHT")]))
        story.append(_fixed(_t("Total score {score}.").format(score=_num(rep.slate_score)) + f" {rep.seats_message}",
                            st.body_bold))
    return story


def _balance(rep: SelectionReport) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("Balance"), _section(), "balance")]
    broken = len(rep.broken)
    edge = sum(1 for r in rep.balance if r.state == _EDGE)
    story.append(_fixed(
        (_t("Every rule is met.") if not broken else
         (_t("{count} rule is broken (marked).") if singular(broken) else _t("{count} rules are broken (marked)."))
         .format(count=broken))
        + (" " + (_t("{count} rule is at the edge: one change to the slate could break it.") if singular(edge) else
                  _t("{count} rules are at the edge: one change to the slate could break them.")).format(count=edge)
           if edge else ""), st.body))
    story.append(heading(_t("Rule by rule"), st.h2, "balance-rules", level=1))
    rows = []
    for r in rep.balance:
        rows.append([para(r.name, st.cell), str(r.count), _fixed(r.bounds, st.cell),
                     _fixed(_state(r.state), st.cell_bold if r.state == _BROKEN else st.cell),
                     para(r.message, st.cell)])
    if rows:
        broken_word = _state(_BROKEN)

        def style_for(part):
            extra = [("ALIGN", (1, 1), (1, -1), "RIGHT")]
            for i, row in enumerate(part, start=1):
                state = "".join(f.text for f in row[3].frags)
                if state == broken_word:
                    extra += [("BACKGROUND", (0, i), (-1, i), ALERT), ("TEXTCOLOR", (0, i), (-1, i), ALERT_INK)]
            return grid_style(zebra=False, extra=extra)

        story += chunked_tables([_head(_t("Rule")), _head(_t("Count"), right=True), _head(_t("Bounds")),
                                 _head(_t("State")), _head(_t("Who counts"))], rows,
                                style_for=style_for)
    else:
        story.append(_fixed(_t("No balance rules are set."), st.body))
    story.append(CondPageBreak(70 * mm))
    story.append(heading(_t("By region, cluster and gender"), st.h2, "balance-charts", level=1))
    for rows_, what, title in ((rep.slate_by_region, _t("Regional group"), _t("Regional group")),
                               (rep.slate_by_cluster, _t("Stakeholder cluster"), _t("Stakeholder cluster")),
                               (rep.slate_by_gender, _t("Representative's gender"),
                                _t("Representative's gender (counts only)"))):
        story.append(KeepTogether([_fixed(title, st.body_bold), _balance_block(rows_, what, _t("Seats")),
                                   Spacer(1, 3 * mm)]))
    return story


def _alternates(rep: SelectionReport) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("Alternates"), _section(), "alternates")]
    if not rep.slate:
        story.append(_fixed(_t("There is no slate, so there are no alternates."), st.body))
        return story
    if rep.broken:
        story.append(_fixed(_t("Alternates are listed for a slate that meets every rule; this one breaks some."),
                            st.body))
        return story
    story.append(_fixed(_t("The next best candidates who could step in, each replacing one member of the slate "
                           "without breaking any rule (single swaps; pinned candidates stay)."), st.body))
    if not rep.alternates:
        story.append(_fixed(_t("No candidate outside the slate can replace a member without breaking a rule."),
                            st.body))
        return story
    rows = [[str(n), para(a.name, st.cell), para(a.replaces, st.cell), _signed(a.score_change)]
            for n, a in enumerate(rep.alternates, start=1)]
    story += chunked_tables([_head("#"), _head(_t("Could come in")), _head(_t("Replacing")),
                             _head(_t("Score change"), right=True)],
                            rows, [8 * mm, 70 * mm, 70 * mm, CONTENT_WIDTH - 148 * mm],
                            style_for=lambda part: grid_style(extra=[("ALIGN", (3, 1), (3, -1), "RIGHT")]))
    return story


def _trade_offs(rep: SelectionReport) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("Trade-offs: why the rules cannot all be met"), _section(), "trade-offs")]
    story += [para(f"• {s}", st.body) for s in rep.explanation]
    groups = rep.conflicts or ((rep.conflict,) if rep.conflict else ())
    if groups:
        story.append(heading(_t("The conflicting rules"), st.h2, "conflict", level=1))
        if len(groups) == 1:
            story.append(_fixed(_t("A smallest set of rules that cannot all be met together."), st.small))
            story += [para(f"• {name}", st.body) for name in groups[0]]
        else:
            story.append(_fixed(_t("{count} separate conflicts: each is a smallest set of rules that cannot all be "
                                   "met together, and each needs a change of its own.").format(count=len(groups)),
                                st.small))
            for n, group in enumerate(groups, start=1):
                story.append(_fixed(_t("Conflict {number}").format(number=n), st.body))
                story += [para(f"• {name}", st.body) for name in group]
    if rep.relaxed:
        story.append(heading(_t("What the closest slate relaxes"), st.h2, "relaxed", level=1))
        rows = [[para(r.name, st.cell), _fixed(r.bound, st.cell), str(r.by), para(r.detail, st.cell)]
                for r in rep.relaxed]
        story += chunked_tables([_head(_t("Rule")), _head(_t("Bound")), _head(_t("By"), right=True),
                                 _head(_t("Detail"))], rows,
                                [40 * mm, 22 * mm, 12 * mm, CONTENT_WIDTH - 74 * mm],
                                style_for=lambda part: grid_style(extra=[("ALIGN", (2, 1), (2, -1), "RIGHT")]))
    return story


def _scenarios(rep: SelectionReport) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("Scenarios compared"), _section(), "scenarios")]
    c = rep.comparison
    if c is None:
        story.append(_fixed(_t("No scenario has been saved for this round."), st.body))
        return story
    story.append(_fixed(_t("Compared under the round's current rules ({seats} seats): each saved slate is counted under "
                           "the seats and rules being decided on, whatever it was saved with, beside this report's "
                           "slate. Scores are the candidates' current scores.").format(seats=rep.seats), st.body))
    # At most four slates per table, so the columns stay readable.
    for start in range(0, len(c.columns), 4):
        cols = c.columns[start:start + 4]
        label_w = 52 * mm
        col_w = (CONTENT_WIDTH - label_w) / len(cols)
        head = [_head("")] + [para(col.name, st.cell_head) for col in cols]
        rows = [[_fixed(_t("Total score"), st.cell_bold)] + [_num(col.score) for col in cols],
                [_fixed(_t("Seats filled"), st.cell_bold)]
                + [_t("{count} of {seats}").format(count=col.members, seats=col.seats) for col in cols],
                [_fixed(_t("Rules broken"), st.cell_bold)] + [str(col.broken) for col in cols]]
        marks = []
        for r in c.rules:
            row = [para(r.name, st.cell)]
            for k, col_index in enumerate(range(start, start + len(cols))):
                state = r.states[col_index]
                row.append(f"{r.counts[col_index]} ({_state(state).lower()})" if state != "met"
                           else str(r.counts[col_index]))
                if state == _BROKEN:
                    marks.append(("BACKGROUND", (k + 1, len(rows) + 1), (k + 1, len(rows) + 1), ALERT))
            rows.append(row)
        table = Table([head, *rows], colWidths=[label_w] + [col_w] * len(cols), repeatRows=1, hAlign="LEFT")
        table.setStyle(grid_style(extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                                         ("LINEBELOW", (0, 3), (-1, 3), 0.8, colors.black), *marks]))
        story += [table, Spacer(1, 4 * mm)]
    left = [col for col in c.columns if col.left_pool]
    for col in left:
        story.append(para(f"{col.name}: " + _t("{count} of its candidates are no longer in the pool and are left out "
                                              "of its counts.").format(count=col.left_pool), st.small))
    story.append(heading(_t("Who differs"), st.h2, "scenarios-differ", level=1))
    nobody = _t("nobody")
    story.append(para(_t("In every slate: {names}.").format(names="; ".join(c.common) if c.common else nobody),
                      st.body))
    for name, only in c.only:
        story.append(para(_t("Only in {scenario} (not in every other): {names}.").format(
            scenario=name, names="; ".join(only) if only else nobody), st.body))
    for col in c.columns:
        if col.notes:
            story.append(para(f"{col.name}: {col.notes}", st.small))
    return story


def _notes(rep: SelectionReport) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(_t("The desk's notes"), _section(), "notes")]
    story.append(para(rep.notes or _t("No notes recorded."), st.body))
    return story


def write_selection_report(rep: SelectionReport, path: Path, *, final: bool = False, letterhead: str = "") -> int:
    """The selection report; DRAFT (watermark) unless ``final``. Returns the page count."""
    def build(tmp: Path) -> int:
        state = _t("FINAL") if final else _t("DRAFT")
        doc = DeskDocument(tmp, title=_t("Core-partner selection: {call}").format(call=rep.call_title),
                           letterhead=letterhead or default_letterhead(rep.programme_name),
                           footer=_t("{code} core-partner selection").format(code=rep.programme_code)
                           + f" · {state} · {long_date(rep.generated_on)}",
                           subject=_t("Core-partner selection: rules, pool, slate and balance"), draft=not final,
                           short_title=_t("Core-partner selection: {call}").format(call=rep.programme_code))
        story: list[Flowable] = [*_opening(rep, final), PageBreak()]
        story += _rules(rep)
        story += [CondPageBreak(80 * mm), *_pool(rep)]
        story += [CondPageBreak(90 * mm), *_slate(rep)]
        story += [CondPageBreak(80 * mm), *_balance(rep)]
        story += [CondPageBreak(50 * mm), *_alternates(rep)]
        if rep.explanation:
            story += [CondPageBreak(60 * mm), *_trade_offs(rep)]
        story += [CondPageBreak(60 * mm), *_scenarios(rep)]
        story += [CondPageBreak(40 * mm), *_notes(rep)]
        return doc.render(story)

    return write_pdf(path, build)


__all__ = ["write_selection_report"]
