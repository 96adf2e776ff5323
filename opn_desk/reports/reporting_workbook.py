"""The reporting cycle's summary as a workbook, from plain values (`opn_desk.domain.reporting.CycleSummary`).

Sheets, each with a styled header row, frozen below it, and columns as wide as their text: Rates (the
programme's rate, per role, per regional group, over the years and every programme's rate this year, each
against the strategy's 75%), Activities by category, Highlights, Non-reporters (the longest-missing first)
and HLPF (the figures for the High-Level Political Forum, two columns ready to paste). A last sheet,
"Figures", keeps the whole summary as one plain table (`section`, `item`, `partners`, …) for scripts: its
name and columns are never translated.

No Session, no Qt. User text is always a text cell, never a formula.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from opn_desk.domain.reporting import CycleSummary, Rate
from opn_desk.domain.vocab import ROLES
from opn_desk.i18n import translate

FIGURES_SHEET = "Figures"
HEADER_FILL = "1F4E79"
MET_FILL = "E2EFDA"
BELOW_FILL = "FCE4D6"
MAX_WIDTH = 70


def _tr(text: str) -> str:
    return translate("Reports", text)


def _state(code: str) -> str:
    return {"to_do": _tr("to do"), "late": _tr("late"), "very_late": _tr("very late")}.get(code, code)


def non_reporters_in_order(summary: CycleSummary):
    """The non-reporters, the longest-missing first: cycles missed in a row, then days past the deadline."""
    return sorted(summary.non_reporters,
                  key=lambda n: (-n.missed_in_a_row, -n.days_late, n.organisation.casefold(), str(n.organisation_id)))


def _against_target(rate: Rate) -> str:
    if rate.partners == 0:
        return _tr("no partners")
    if rate.meets_target:
        return _tr("met")
    points = round((rate.target - rate.rate) * 100)
    return _tr("{points} points below").format(points=points)


def _rates_rows(s: CycleSummary) -> Iterable[tuple[str, str, Rate]]:
    yield _tr("Programme"), f"{s.programme_code} {s.year}", s.rate
    for b in s.by_role:
        yield _tr("Role"), b.label, b.rate
    for b in s.by_group:
        yield _tr("Regional group"), b.label, b.rate
    for r in s.over_years:
        yield _tr("Over the years"), f"{s.programme_code} {r.year}", r.rate
    for r in s.network:
        yield _tr("Programmes this year"), f"{r.programme} {r.year}" if r.programme != "ALL" else \
            _tr("Network ({year})").format(year=r.year), r.rate


def write_cycle_workbook(summary: CycleSummary, path: Path, figures: tuple[Sequence[str], Iterable[Sequence]]) -> int:
    """Write the workbook to ``path``; ``figures`` is the plain table (columns, rows) of the last sheet.
    Returns the number of data rows written over all sheets."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    wrap = Alignment(wrap_text=True, vertical="top")
    book = Workbook()
    book.remove(book.active)
    count = 0

    def sheet(title: str, columns: Sequence[str], rows: Iterable[Sequence], *, percent: Sequence[int] = (),
              wrapped: Sequence[int] = ()):
        nonlocal count
        ws = book.create_sheet(title[:31])
        ws.append(list(columns))
        for cell in ws[1]:
            cell.font, cell.fill = header_font, header_fill
            cell.alignment = Alignment(vertical="center")
        widths = [len(str(c)) for c in columns]
        for row in rows:
            count += 1
            r = ws.max_row + 1
            for i, value in enumerate(row, start=1):
                cell = ws.cell(row=r, column=i)
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"  # text stays text, never a formula
                    if value[:1] in "=+-@\t\r" and value:
                        cell.quotePrefix = True
                if i - 1 in percent and isinstance(value, float):
                    cell.number_format = "0%"
                if i - 1 in wrapped:
                    cell.alignment = wrap
                text = f"{value:.0%}" if i - 1 in percent and isinstance(value, float) else str(value or "")
                widths[i - 1] = max(widths[i - 1], max((len(line) for line in text.splitlines()), default=0))
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, width + 2)
        ws.freeze_panes = "A2"
        return ws

    # Rates, each against the target, the rate cell coloured met / below.
    rates = sheet(_tr("Rates"), (_tr("Breakdown"), _tr("Name"), _tr("Partners"), _tr("Reported"), _tr("Rate"),
                                  _tr("Target"), _tr("Against the target"), _tr("Late"), _tr("Excused")),
                  ([by, item, rate.partners, rate.reported, round(rate.rate, 4), rate.target, _against_target(rate),
                    rate.late + rate.very_late, rate.excused] for by, item, rate in _rates_rows(summary)),
                  percent=(4, 5))
    met, below = PatternFill("solid", fgColor=MET_FILL), PatternFill("solid", fgColor=BELOW_FILL)
    for row in rates.iter_rows(min_row=2):
        if row[2].value:
            row[4].fill = met if row[4].value >= row[5].value else below

    sheet(_tr("Activities by category"), (_tr("Category"), _tr("Activities")),
          [*([label, n] for label, n in summary.activities_by_category),
           [_tr("All categories"), sum(n for _label, n in summary.activities_by_category)]])

    sheet(_tr("Highlights"), (_tr("Activity"), _tr("Organisation"), _tr("Category"), _tr("Initiative"),
                              _tr("Countries"), _tr("SDGs"), _tr("What changed in practice")),
          ([a.title, a.organisation, a.category, a.initiative, ", ".join(a.countries),
            ", ".join(str(n) for n in a.sdgs), a.change_in_practice] for a in summary.highlights),
          wrapped=(6,))

    sheet(_tr("Non-reporters"), (_tr("Organisation"), _tr("Country"), _tr("Roles"), _tr("State"),
                                 _tr("Days past the deadline"), _tr("Cycles missed in a row"),
                                 _tr("Repeated non-reporter"), _tr("Focal point"), _tr("E-mail")),
          ([n.organisation, n.country, ", ".join(translate("Vocabulary", ROLES.label(r)) for r in n.roles), _state(n.state),
            max(0, n.days_late), n.missed_in_a_row, _tr("yes") if n.repeated else _tr("no"), n.focal_point, n.email]
           for n in non_reporters_in_order(summary)))

    sheet(_tr("HLPF"), (_tr("Figure"), _tr("Value")), ([figure, value] for figure, value in summary.hlpf))

    columns, rows = figures
    sheet(FIGURES_SHEET, columns, rows)
    book.save(path)
    return count
