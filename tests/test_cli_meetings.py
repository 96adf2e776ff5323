"""The meetings' command-line contract (issue 15), run as a script would: the installed `opn-desk` on the
demo network. `meetings list`, `meetings travel` (the computed priority order, LDC status on the meeting's
date), `report meeting-pack` (bookmarks, contents, page x of y) and `report progress`."""

from __future__ import annotations

import json
import re

import pytest

from tests.reports.report_fixtures import PAGE_OF, needs_pdftotext, needs_qpdf, outline, pdf_pages, qpdf_check

KINDS = {"virtual", "face-to-face", "teleconference", "webinar"}


def _watermarked(page: str) -> bool:
    """The rotated DRAFT watermark comes out of pdftotext one letter a line."""
    return set(re.findall(r"^\s*([DRAFT])\s*$", page, re.M)) == set("DRAFT")


@pytest.fixture(scope="module")
def demo_db(new_database, cli):
    path = new_database("meetings")  # a file, or a server database (OPN_DESK_TEST_BACKEND, tests/conftest.py)
    r = cli("demo", "--db", path)
    assert r.returncode == 0, r.stderr
    return path


@pytest.fixture(scope="module")
def listed(demo_db, cli):
    r = cli("meetings", "list", "--db", demo_db, "--programme", "SPP", "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_meetings_list_gives_id_date_kind_and_title_two_mac_meetings_a_year(listed):
    assert listed and all({"id", "date", "kind", "title"} <= set(m) for m in listed)
    assert {m["kind"] for m in listed} == KINDS
    assert [m["date"] for m in listed] == sorted(m["date"] for m in listed)
    for year in ("2025", "2026"):
        kinds = sorted(m["kind"] for m in listed if m["date"].startswith(year) and m["kind"] in ("virtual",
                                                                                                 "face-to-face"))
        assert kinds == ["face-to-face", "virtual"], year


def test_travel_json_ranks_ldc_partners_first_on_the_meeting_date(listed, demo_db, cli):
    f2f = [m for m in listed if m["kind"] == "face-to-face" and m["date"] < "2026-11-22"]
    seen_graduate = {}
    for m in f2f:
        r = cli("meetings", "travel", "--db", demo_db, "--meeting", m["id"], "--json")
        assert r.returncode == 0, r.stderr
        requests = json.loads(r.stdout)["requests"]
        assert {q["ldc"] for q in requests} == {True, False}  # LDC and non-LDC partners ask
        flags = [q["ldc"] for q in requests]
        assert flags == sorted(flags, reverse=True)  # every LDC partner before every other
        assert all(set(q) >= {"organisation", "country_iso3", "ldc", "amount", "granted"} for q in requests)
        assert sum(q["granted"] or 0 for q in requests) > 0
        for q in requests:
            if q["country_iso3"] == "STP":
                seen_graduate[m["date"]] = q["ldc"]
    # Sao Tome and Principe left the LDC list on 2024-12-13: an LDC at the 2024 meeting, not at the 2025 one.
    assert seen_graduate == {"2024-11-26": True, "2025-10-15": False}
    # In 2026 the desk allocated otherwise: the list keeps the computed order, with the grants as decided.
    last = next(m for m in f2f if m["date"] == "2026-10-21")
    requests = json.loads(cli("meetings", "travel", "--db", demo_db, "--meeting", last["id"], "--json").stdout)["requests"]
    granted = [bool(q["granted"]) for q in requests]
    assert granted != sorted(granted, reverse=True)  # someone ranked lower got travel support
    assert [q["rank"] for q in requests] == list(range(1, len(requests) + 1))


def test_bad_meeting_ids_and_missing_databases_are_one_sentence_exit_2(demo_db, cli, tmp_path):
    r = cli("meetings", "travel", "--db", demo_db, "--meeting", "not-an-id")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "no meeting with the id not-an-id" in r.stderr
    r = cli("meetings", "list", "--db", tmp_path / "none.sqlite")
    assert r.returncode == 2 and "There is no database" in r.stderr and "Traceback" not in r.stderr
    r = cli("report", "progress", "--db", demo_db, "--programme", "SPP", "--out", tmp_path / "p.odt")
    assert r.returncode == 2 and "must end in .pdf or .docx" in r.stderr and not (tmp_path / "p.odt").exists()
    r = cli("report", "progress", "--db", demo_db, "--programme", "XYZ", "--out", tmp_path / "p.pdf")
    assert r.returncode == 2 and "no programme with the code" in r.stderr and not (tmp_path / "p.pdf").exists()


@needs_qpdf
@needs_pdftotext
def test_the_meeting_pack_has_bookmarks_contents_and_page_x_of_y(listed, demo_db, cli, tmp_path):
    m = next(m for m in listed if m["kind"] == "face-to-face" and m["date"] == "2025-10-15")
    out = tmp_path / "pack.pdf"
    r = cli("report", "meeting-pack", "--db", demo_db, "--meeting", m["id"][:8], "--out", out, "--final")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Wrote the FINAL meeting pack of 'MAC meeting, October 2025'")
    qpdf_check(out)
    pages = pdf_pages(out)
    numbers = [PAGE_OF.search(p).groups() for p in pages]
    assert numbers == [(str(k), str(len(pages))) for k in range(1, len(pages) + 1)]
    marks = outline(out)
    titles = [t for _level, t, _page in marks]
    assert titles[:4] == ["Cover", "Contents", "Participants", "Agenda"]
    assert "2. Progress of the work plan" in titles and "Action items" in titles
    assert any(level == 1 and t.startswith("Paper: ") for level, t, _p in marks)
    item = next(p for level, t, p in marks if t == "2. Progress of the work plan")
    assert "2. Progress of the work plan" in pages[item - 1] and "Papers" in pages[item - 1]
    assert "Contents" in pages[1] and "Participants" in pages[1]
    assert "Written comments sent in advance" in "".join(pages)
    assert not any(_watermarked(page) for page in pages)  # --final


@needs_pdftotext
def test_the_progress_report_prints_tasks_progress_next_steps_by_area(demo_db, cli, tmp_path):
    out = tmp_path / "progress.pdf"
    r = cli("report", "progress", "--db", demo_db, "--programme", "spp", "--as-of", "2026-11-22", "--out", out)
    assert r.returncode == 0, r.stderr
    text = " ".join(" ".join(pdf_pages(out)).split())  # lines joined: a cell's text wraps
    for words in ("Work plan progress report", "SPP/WP/2026/11", "Distribution", "Tasks", "Progress",
                  "Next steps", "Completed:", "Ongoing:", "Not yet started.", "Ongoing-postponed",
                  "Postponed: The pilot cities asked to wait"):
        assert words in text, words
    assert "SPP/WP/2026/11 · 22 Nov 2026" in text  # the footer: its symbol and the as-of date, as read
    assert all(_watermarked(page) for page in pdf_pages(out))  # not --final: a draft
