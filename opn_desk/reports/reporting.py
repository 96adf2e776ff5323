"""The reporting cycle's summary (PDF) from plain values (`opn_desk.domain.reporting.CycleSummary`).

Sections: the rate against the strategy's 75% (with the programmes' rates as a bar chart and the target
marked), the rate per role and per regional group, over the years, activities by category (chart and
table), highlights, the partners who have not reported (longest first, repeated non-reporters marked),
and the figures for the High-Level Political Forum as a table ready to paste. No Session, no Qt; user
text enters only through `base.para` (escaped).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from opn_desk.domain.reporting import Breakdown, CycleSummary, RateRow
from opn_desk.domain.vocab import ROLES, ReportingState
from opn_desk.i18n import long_date, percent_text, singular, translate
from opn_desk.reports.base import (
    ACCENT,
    ALERT_INK,
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    DeskDocument,
    chunked_tables,
    default_letterhead,
    grid_style,
    heading,
    key_values,
    para,
    styles,
    write_pdf,
)

BAR = colors.HexColor("#4f81bd")
BELOW = colors.HexColor("#d99058")


def _tr(text: str) -> str:
    return translate("Reports", text)


def _day(d) -> str:
    return long_date(d) if d else "–"


def _pct(value: float) -> str:
    return percent_text(100 * value)


def rates_chart(labels: Sequence[str], values: Sequence[float], target: float, *, width: float = CONTENT_WIDTH,
                title: str = "") -> Drawing:
    """Horizontal bars of rates (0 to 1) with the target as a dashed line; bars below it in another colour."""
    label_w = 30 * mm
    bar_h = 6 * mm
    n = max(len(values), 1)
    height = bar_h * n + 16 * mm
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 8 * mm
    chart.width, chart.height = width - label_w - 10 * mm, bar_h * n
    data = list(reversed([round(v * 100, 1) for v in values])) or [0]
    chart.data = [data]
    chart.categoryAxis.categoryNames = list(reversed(list(labels))) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    for i, value in enumerate(data):
        if value < target * 100:
            chart.bars[(0, i)].fillColor = BELOW
    chart.barWidth = bar_h * 0.65
    chart.barLabelFormat = "%.0f%%"
    chart.barLabels.fontName = FONT_BOLD
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    d.add(chart)
    x = chart.x + chart.width * target
    d.add(Line(x, chart.y - 1.5 * mm, x, chart.y + chart.height + 1.5 * mm, strokeColor=ALERT_INK,
               strokeWidth=1, strokeDashArray=[3, 2]))
    d.add(String(x, chart.y + chart.height + 2.5 * mm, _tr("target {rate}").format(rate=_pct(target)), fontName=FONT, fontSize=7,
                 fillColor=ALERT_INK, textAnchor="middle"))
    if title:
        d.add(String(0, height - 3.5 * mm, title, fontName=FONT_BOLD, fontSize=8, fillColor=INK))
    return d


def counts_chart(labels: Sequence[str], values: Sequence[int], *, width: float = CONTENT_WIDTH) -> Drawing:
    label_w = 38 * mm
    bar_h = 6 * mm
    n = max(len(values), 1)
    d = Drawing(width, bar_h * n + 10 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 7 * mm
    chart.width, chart.height = width - label_w - 10 * mm, bar_h * n
    data = list(reversed(list(values))) or [0]
    chart.data = [data]
    chart.categoryAxis.categoryNames = list(reversed(list(labels))) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.strokeColor = MUTED
    top = max(data + [1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, round(top / 6))
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = MUTED
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_h * 0.65
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT_BOLD
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    d.add(chart)
    return d


def _rate_rows(rows: Sequence[tuple[str, object]]) -> list[list]:
    st = styles()
    out = []
    for label, rate in rows:
        out.append([para(label, st.cell), Paragraph(str(rate.partners), st.cell_right),
                    Paragraph(str(rate.reported), st.cell_right), Paragraph(_pct(rate.rate), st.cell_right),
                    Paragraph(str(rate.late + rate.very_late), st.cell_right),
                    Paragraph(str(rate.excused), st.cell_right)])
    return out


def _rate_table(first: str, rows: Sequence[tuple[str, object]]) -> list[Flowable]:
    st = styles()
    header = [Paragraph(escape(first), st.cell_head), *(Paragraph(h, st.cell_head_right) for h in
                                                        (escape(_tr("Partners")), escape(_tr("Reported")),
                                                         escape(_tr("Rate")), escape(_tr("Late")),
                                                         escape(_tr("Excused"))))]
    widths = [CONTENT_WIDTH - 5 * 22 * mm, *(22 * mm,) * 5]
    return list(chunked_tables(header, _rate_rows(rows), widths))


def _breakdown(items: Sequence[Breakdown]) -> list[tuple[str, object]]:
    return [(b.label, b.rate) for b in items]


def _state_text(state: str, days: int) -> str:
    if state == ReportingState.TO_DO.value:
        return _tr("to do")
    if state == ReportingState.VERY_LATE.value:
        said = _tr("very late ({count} day)") if singular(days) else _tr("very late ({count} days)")
    else:
        said = _tr("late ({count} day)") if singular(days) else _tr("late ({count} days)")
    return said.format(count=days)


def write_cycle_summary(summary: CycleSummary, path: Path, *, letterhead: str = "") -> int:
    """The cycle summary as a PDF; returns the page count."""
    st = styles()
    s = summary
    rate = s.rate

    def build(tmp: Path) -> int:
        more = max(0, round(rate.target * rate.partners) - rate.reported)
        standing = (_tr("met") if rate.meets_target else
                    (_tr("{count} more report would meet it") if singular(more) else
                     _tr("{count} more reports would meet it")).format(count=more))
        doc = DeskDocument(tmp, title=_tr("Reporting {year}: {programme}").format(year=s.year,
                                                                                  programme=s.programme_name),
                           letterhead=letterhead or default_letterhead(s.programme_name),
                           footer=_tr("{code} reporting summary {year} · as of {day}").format(
                               code=s.programme_code, year=s.year, day=_day(s.as_of)),
                           subject=_tr("Partner reporting: rates, activities, non-reporters"))
        story: list[Flowable] = [
            para(_tr("Partner reporting {year}").format(year=s.year), st.title),
            para(f"{s.programme_name} ({s.programme_code})", st.subtitle),
            key_values([
                (_tr("Deadline"), _day(s.deadline)),
                (_tr("As of"), _day(s.as_of)),
                (_tr("Partners expected to report"), _tr("{partners} (excused, left out: {excused})").format(
                    partners=rate.partners, excused=rate.excused)),
                (_tr("Reported"), _tr("{reported}, of which late {late} and very late {very_late}").format(
                    reported=rate.reported, late=rate.late, very_late=rate.very_late)),
                (_tr("Rate"), _tr("{rate} against the strategy's target of {target}: {standing}").format(
                    rate=_pct(rate.rate), target=_pct(rate.target), standing=standing)),
            ], label_width=52 * mm),
            Spacer(1, 4 * mm),
            heading(_tr("Rates against the target"), st.h1, "rates"),
        ]
        network = list(s.network)
        story.append(rates_chart([r.programme for r in network], [r.rate.rate for r in network], rate.target,
                                 title=_tr("Every programme's rate, {year}").format(year=s.year)))
        story += _rate_table(_tr("Programme"), [(r.programme, r.rate) for r in network])
        story += [heading(_tr("By role"), st.h2, "by-role", level=1),
                  *_rate_table(_tr("Role"), _breakdown(s.by_role))]
        story += [heading(_tr("By regional group"), st.h2, "by-group", level=1),
                  *_rate_table(_tr("Regional group"), _breakdown(s.by_group))]
        years: list[RateRow] = list(s.over_years)
        story += [CondPageBreak(60 * mm), heading(_tr("Over the years"), st.h2, "years", level=1),
                  rates_chart([str(r.year) for r in years], [r.rate.rate for r in years], rate.target),
                  *_rate_table(_tr("Year"), [(str(r.year), r.rate) for r in years])]
        total = sum(n for _l, n in s.activities_by_category)
        story += [CondPageBreak(70 * mm), heading(_tr("Activities by category"), st.h1, "activities"),
                  para((_tr("{count} activity reported.") if singular(total) else
                        _tr("{count} activities reported.")).format(count=total), st.body),
                  counts_chart([label for label, _n in s.activities_by_category],
                               [n for _l, n in s.activities_by_category])]
        story += chunked_tables([para(_tr("Category"), st.cell_head), para(_tr("Activities"), st.cell_head_right)],
                                [[Paragraph(escape(label), st.cell), Paragraph(str(n), st.cell_right)]
                                 for label, n in s.activities_by_category],
                                [CONTENT_WIDTH - 30 * mm, 30 * mm])
        story += [CondPageBreak(50 * mm), heading(_tr("Highlights"), st.h1, "highlights")]
        if not s.highlights:
            story.append(para(_tr("No activity was marked as a highlight."), st.body))
        for a in s.highlights:
            story.append(para(f"{a.title} ({a.organisation})", st.body_bold))
            if a.change_in_practice:
                story.append(para(_tr("What changed in practice: {change}").format(change=a.change_in_practice),
                                  st.body))
        story += [CondPageBreak(50 * mm), heading(_tr("Partners who have not reported"), st.h1, "non-reporters")]
        if not s.non_reporters:
            story.append(para(_tr("Every partner expected to report has reported."), st.body))
        else:
            repeated = sum(1 for n in s.non_reporters if n.repeated)
            missing = len(s.non_reporters)
            story.append(para(
                (_tr("{count} partner, the longest-missing first; {repeated} missed two cycles or more in a row "
                     "(marked ▲) and are for the desk's review: reporting is a condition to remain a partner.")
                 if singular(missing) else
                 _tr("{count} partners, the longest-missing first; {repeated} missed two cycles or more in a row "
                     "(marked ▲) and are for the desk's review: reporting is a condition to remain a partner."))
                .format(count=missing, repeated=repeated), st.body))
            header = [para(h, st.cell_head) for h in (_tr("Organisation"), _tr("Role"), _tr("Standing"),
                                                      _tr("Cycles missed"))]
            rows = [[para(("▲ " if n.repeated else "") + n.organisation, st.cell),
                     para(", ".join(translate("Vocabulary", ROLES.short(r)) for r in n.roles), st.cell),
                     Paragraph(_state_text(n.state, n.days_late), st.cell),
                     Paragraph(str(n.missed_in_a_row), st.cell_right)] for n in s.non_reporters]
            story += chunked_tables(header, rows, [CONTENT_WIDTH - 92 * mm, 34 * mm, 34 * mm, 24 * mm])
        story += [CondPageBreak(80 * mm), heading(_tr("Figures for the High-Level Political Forum"), st.h1, "hlpf"),
                  para(_tr("Ready to paste into the network's report."), st.small)]
        story += chunked_tables([para(_tr("Figure"), st.cell_head), para(_tr("Value"), st.cell_head)],
                                [[para(k, st.cell), para(v, st.cell)] for k, v in s.hlpf],
                                [CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.45], chunk=40,
                                style_for=lambda _rows: grid_style(extra=[("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE)]))
        return doc.render(story)

    return write_pdf(path, build)
