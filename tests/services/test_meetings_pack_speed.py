"""The documents of issue 15 at the size it names: a meeting pack of 20 agenda items with 60 pages of
papers appended, and the progress report of 200 tasks as a PDF and as a Word document, end to end from
the database. Their times (at most 10 s and 5 s) are measured by tests/benchmarks/meetings_bench.py,
which builds the same desk with the functions below."""

from __future__ import annotations

from datetime import date, timedelta

from pypdf import PdfReader

from opn_desk.reports.meeting_pack import write_meeting_pack
from opn_desk.reports.work_plan import write_progress_report
from opn_desk.reports.work_plan_docx import write_progress_docx
from opn_desk.services import meetings, work_plan
from opn_desk.services.demo_meetings import _paper

TODAY = date(2026, 11, 22)


def _three_pages(title: str) -> bytes:
    return _paper(title, 1, pages=3)


def build_pack(session) -> str:
    """A MAC meeting of 20 agenda items, each with a three-page PDF paper: 60 pages of papers."""
    mid = meetings.create_meeting(session, "SPP", "face-to-face", "MAC meeting <benchmark>", date(2026, 10, 21),
                                  place="Geneva", today=TODAY)
    for k in range(1, 21):
        item = meetings.add_agenda_item(session, mid, f"Item {k}: sector plans & budgets", presenter="Desk",
                                        decision_sought="Agree the plan " * 8)
        meetings.add_paper(session, item, f"paper-{k}.pdf", _three_pages(f"Paper {k}"), title=f"Paper {k}")
    return mid


def build_plan(session) -> None:
    """200 tasks of SPP's work plan in six areas, each with one progress entry."""
    for k in range(200):
        tid = work_plan.add_task(session, "SPP", f"Task {k}: prepare the sector's guidance " * 2,
                                 area=f"Area {k % 6}", work_stream=f"Stream {k % 3}",
                                 status=("completed", "ongoing", "not_started")[k % 3],
                                 due_on=date(2026, 1, 1) + timedelta(days=k))
        work_plan.add_progress(session, tid, date(2026, 9, 28), "The draft went to the partners. " * 3,
                               "Collect the comments and publish. " * 2)


def test_a_pack_of_20_items_appends_all_60_pages_of_papers(desk, tmp_path):
    assert _three_pages("x").count(b"/Type /Page ") == 3  # 20 papers, 60 pages
    mid = desk.write("Benchmark meeting", build_pack).value
    out = tmp_path / "pack.pdf"
    values = desk.read(meetings.pack_values, mid)
    pages = write_meeting_pack(values, out)
    assert sum(len(i.papers) for i in values.items) == 20
    # 20 item pages and the 60 pages of papers, with the cover, contents, participants and agenda.
    assert pages >= 20 + 60 + 3 and len(PdfReader(out).pages) == pages


def test_the_progress_report_holds_all_200_tasks_in_pdf_and_word(desk, tmp_path):
    desk.write("Benchmark plan", build_plan)
    values = desk.read(work_plan.progress_report_values, "SPP", as_of=TODAY)
    assert sum(len(rows) for _, rows in values.sections) == 200
    assert write_progress_report(values, tmp_path / "progress.pdf") > 5
    tasks = write_progress_docx(values, tmp_path / "progress.docx")
    assert tasks == 200 and (tmp_path / "progress.docx").stat().st_size > 10_000
