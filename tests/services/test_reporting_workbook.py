"""The cycle summary spreadsheet: one sheet per part (Rates, Activities by category, Highlights,
Non-reporters, HLPF) with a styled header and fitted columns, and the plain table for scripts; read back
with openpyxl."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from year_world import DEADLINE, build, member, organisation

from opn_desk.services import reporting
from opn_desk.services.reporting import ActivityInput
from opn_desk.services.reporting_documents import write_cycle_summary

FORMULA = "=HYPERLINK(\"http://example.org\")"


@pytest.fixture
def book(desk, tmp_path):
    w = build(desk, partners=4)
    hostile, _ = organisation(desk, FORMULA)
    member(desk, hostile, start=date(2025, 6, 1))  # a partner of the 2025 cycle only
    # A cycle the year before that P3 missed too: P3 is the longest-missing non-reporter.
    earlier = desk.write("c", reporting.create_cycle, "SPP", 2024, DEADLINE.replace(year=2025)).value
    for name in ("P0", "P1", "P2"):
        desk.write("s", reporting.record_submission, earlier, w.orgs[name], DEADLINE.replace(year=2025))
    desk.write("s", reporting.record_submission, w.cycle, w.orgs["P1"], DEADLINE + timedelta(days=2))
    desk.write("s", reporting.record_submission, w.cycle, w.orgs["P2"], DEADLINE)
    desk.write("a", reporting.add_activity, ActivityInput(w.cycle, w.orgs["P1"], "Tender pilot", "implementation",
                                                          change_in_practice="Two tenders", highlight=True))
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "summary.xlsx"
    written = write_cycle_summary(desk, "SPP", 2025, out, today=DEADLINE + timedelta(days=30))
    assert "sheets" in written
    assert [p.name for p in out.parent.iterdir()] == ["summary.xlsx"]  # no working file left
    return load_workbook(out), w


def rows(ws):
    return [tuple(c.value for c in r) for r in ws.iter_rows()]


def test_the_sheets_are_there_with_a_styled_header_and_fitted_columns(book):
    wb, _w = book
    assert wb.sheetnames == ["Rates", "Activities by category", "Highlights", "Non-reporters", "HLPF", "Figures"]
    for ws in wb.worksheets:
        header = ws[1]
        assert all(c.font.bold for c in header) and header[0].fill.fgColor.rgb.endswith("1F4E79"), ws.title
        assert ws.freeze_panes == "A2"
        for i, cell in enumerate(header):
            longest = max(len(str(r[i] or "")) for r in rows(ws))
            width = ws.column_dimensions[cell.column_letter].width
            assert width >= min(longest, 60), (ws.title, cell.value)


def test_rates_per_role_group_and_year_against_the_target(book):
    wb, _w = book
    table = rows(wb["Rates"])
    assert table[0][:7] == ("Breakdown", "Name", "Partners", "Reported", "Rate", "Target", "Against the target")
    by = {(r[0], r[1]): r for r in table[1:]}
    assert by[("Programme", "SPP 2025")][2:7] == (5, 2, 0.4, 0.75, "35 points below")
    assert by[("Over the years", "SPP 2024")][2:7] == (4, 3, 0.75, 0.75, "met")
    assert ("Role", "Co-lead") in by and any(k[0] == "Regional group" for k in by)
    assert wb["Rates"]["E2"].number_format == "0%"
    assert wb["Rates"]["E2"].fill.fgColor.rgb.endswith("FCE4D6")  # below the target


def test_activities_highlights_hlpf_and_non_reporters_longest_first(book):
    wb, w = book
    categories = dict(rows(wb["Activities by category"])[1:])
    assert categories["Implementation"] == 1 and categories["All categories"] == 1 and len(categories) == 6
    [highlight] = rows(wb["Highlights"])[1:]
    assert highlight[0] == "Tender pilot" and highlight[1] == "P1" and highlight[-1] == "Two tenders"
    missing = rows(wb["Non-reporters"])
    assert missing[0][:7] == ("Organisation", "Country", "Roles", "State", "Days past the deadline",
                              "Cycles missed in a row", "Repeated non-reporter")
    assert [r[0] for r in missing[1:]][0] == "P3"  # missed two cycles in a row
    assert missing[1][5] == 2 and missing[1][6] == "yes" and missing[1][3] == "very late"
    assert {r[0] for r in missing[1:]} == {"P0", "P3", FORMULA}
    hlpf = dict(rows(wb["HLPF"])[1:])
    assert hlpf["Partners who reported"] == "2" and hlpf["Reporting rate"] == "40% (target 75%)"


def test_text_that_looks_like_a_formula_stays_text(book):
    wb, _w = book
    cell = next(c for r in wb["Non-reporters"].iter_rows(min_row=2) for c in r[:1] if c.value == FORMULA)
    assert cell.data_type == "s" and cell.quotePrefix


def test_the_plain_table_for_scripts_is_kept(book):
    wb, _w = book
    table = rows(wb["Figures"])
    assert table[0][:6] == ("section", "item", "partners", "reported", "rate", "target")
    assert next(r for r in table if r[0] == "Rate")[1:6] == ("SPP 2025", 5, 2, 0.4, 0.75)
