"""The cycle summary PDF and spreadsheet from the desk: every section, user text printed literally,
the HLPF figures ready to paste, nothing left behind on a refusal."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta

import pytest
from year_world import DEADLINE, build, member, organisation

from opn_desk.services import reporting
from opn_desk.services.errors import DeskError
from opn_desk.services.reporting import ActivityInput
from opn_desk.services.reporting_documents import write_cycle_summary

PDFTOTEXT = shutil.which("pdftotext")
HOSTILE = "Smith & Sons <b>Ltd</b>"


@pytest.fixture
def world(desk):
    w = build(desk, partners=3)
    hostile, _ = organisation(desk, HOSTILE)
    member(desk, hostile)
    desk.write("s", reporting.record_submission, w.cycle, w.orgs["P1"], DEADLINE + timedelta(days=2))
    desk.write("a", reporting.add_activity, ActivityInput(w.cycle, w.orgs["P1"], "Tender <i>pilot</i>",
                                                          "implementation", change_in_practice="Two tenders",
                                                          highlight=True))
    return w


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_pdf_has_every_section_and_prints_user_text_literally(desk, world, tmp_path):
    out = tmp_path / "summary.pdf"
    written = write_cycle_summary(desk, "SPP", 2025, out, today=DEADLINE + timedelta(days=30))
    assert written.endswith("pages") or written.endswith("page")
    text = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    for words in ("Rates against the target", "By role", "By regional group", "Over the years",
                  "Activities by category", "Highlights", "Partners who have not reported",
                  "Figures for the High-Level Political Forum", "target 75%", "Reporting rate"):
        assert words in text, words
    assert HOSTILE in text and "Tender <i>pilot</i>" in text
    assert "25% (target 75%)" in text  # 1 of 4 partners


def test_the_spreadsheet_holds_the_same_figures(desk, world, tmp_path):
    out = tmp_path / "summary.xlsx"
    write_cycle_summary(desk, "SPP", 2025, out, today=DEADLINE + timedelta(days=30))
    from openpyxl import load_workbook

    rows = [tuple(c.value for c in r) for r in load_workbook(out)["Figures"].iter_rows(min_row=2)]
    [rate] = [r for r in rows if r[0] == "Rate"]
    assert rate[1:6] == ("SPP 2025", 4, 1, 0.25, 0.75)
    assert ("HLPF figures", "Partners who reported") == next(r[:2] for r in rows if r[1] == "Partners who reported")
    assert sum(1 for r in rows if r[0] == "Not reported") == 3


def test_a_wrong_file_kind_writes_nothing(desk, world, tmp_path):
    with pytest.raises(DeskError, match=r"\.pdf or \.xlsx"):
        write_cycle_summary(desk, "SPP", 2025, tmp_path / "summary.docx")
    assert list(tmp_path.glob("summary*")) == []
