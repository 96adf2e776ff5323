"""The reporting cycle's summary written to a file: a PDF (`reports/reporting.py`) or a workbook
(`reports/reporting_workbook.py`: Rates, Activities by category, Highlights, Non-reporters, HLPF, and the
whole summary as one plain table on the sheet "Figures"), from the same values (`reporting.cycle_summary`); for the window and
`opn-desk report reporting` alike. Both are written under a temporary name and renamed at the end.

The document is in the officer's (or `report_language`'s) language; the sheet "Figures" is for scripts, so
its sections, items and details stay in English whatever the language (read once more in English).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from opn_desk.domain.reporting import CycleSummary
from opn_desk.domain.vocab import ROLES
from opn_desk.domain.work import stop_if_asked
from opn_desk.i18n import report_language, singular, translate
from opn_desk.services import reporting
from opn_desk.services.errors import DeskError

SHEET_COLUMNS = ("section", "item", "partners", "reported", "rate", "target", "late", "excused", "detail")


def sheet_rows(s: CycleSummary) -> Iterator[list]:
    """The summary as one table: a section column, then the figures (rates 0 to 1)."""
    def rate_row(section: str, item: str, rate) -> list:
        return [section, item, rate.partners, rate.reported, round(rate.rate, 4), rate.target,
                rate.late + rate.very_late, rate.excused, ""]

    yield rate_row("Rate", f"{s.programme_code} {s.year}", s.rate)
    for b in s.by_role:
        yield rate_row("By role", b.label, b.rate)
    for b in s.by_group:
        yield rate_row("By regional group", b.label, b.rate)
    for r in s.over_years:
        yield rate_row("Over the years", str(r.year), r.rate)
    for r in s.network:
        yield rate_row("Programmes", r.programme, r.rate)
    for label, n in s.activities_by_category:
        yield ["Activities by category", label, "", "", "", "", "", "", n]
    for a in s.highlights:
        yield ["Highlights", a.title, "", "", "", "", "", "", f"{a.organisation}: {a.change_in_practice}".strip(": ")]
    for n in s.non_reporters:
        roles = ", ".join(ROLES.label(r) for r in n.roles)
        flag = "; repeated non-reporter" if n.repeated else ""
        yield ["Not reported", n.organisation, "", "", "", "", "", "",
               f"{roles}; {n.state.replace('_', ' ')} ({n.days_late} days); {n.missed_in_a_row} cycle(s) missed in a "
               f"row{flag}"]
    for figure, value in s.hlpf:
        yield ["HLPF figures", figure, "", "", "", "", "", "", value]


def write_cycle_summary(desk, programme_code: str, year: int, out: Path, *, today: date | None = None,
                        abort: Callable[[], bool] | None = None) -> str:
    """Write the cycle summary to ``out`` (.pdf or .xlsx); returns what was written ("3 pages", "52 rows")."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise DeskError(translate("Reporting", "{file}: the cycle summary is written as .pdf or .xlsx.").format(
            file=out.name))
    summary = desk.read(reporting.cycle_summary, programme_code, year, today=today or date.today())
    stop_if_asked(abort)
    if suffix == ".xlsx":
        from opn_desk.reports.reporting_workbook import write_cycle_workbook

        temp = out.with_name(f".{out.name}.partial")
        try:
            with report_language("en"):  # the scripts' table: the same words in every language
                plain = desk.read(reporting.cycle_summary, programme_code, year, today=summary.as_of)
            count = write_cycle_workbook(summary, temp, (SHEET_COLUMNS, sheet_rows(plain)))
            stop_if_asked(abort)
            temp.replace(out)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return (translate("Reporting", "6 sheets, {count} row") if singular(count) else
                translate("Reporting", "6 sheets, {count} rows")).format(count=count)
    from opn_desk.reports.reporting import write_cycle_summary as write_pdf
    from opn_desk.services.desk_settings import letterhead

    pages = write_pdf(summary, out, letterhead=desk.read(letterhead, summary.programme_code))
    return (translate("Reporting", "{count} page") if singular(pages) else
            translate("Reporting", "{count} pages")).format(count=pages)
