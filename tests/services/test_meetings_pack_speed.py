"""The figures of issue 15: a meeting pack of 20 agenda items with 60 pages of papers (appended to the pack)
in at most 10 s, the progress report of 200 tasks in at most 5 s as a PDF and as a Word document (end to
end from the database, on this machine)."""

from __future__ import annotations

import time
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


def test_a_pack_of_20_items_with_60_pages_of_papers_in_at_most_10_seconds(desk, tmp_path):
    def build(session):
        mid = meetings.create_meeting(session, "SPP", "face-to-face", "MAC meeting <benchmark>", date(2026, 10, 21),
                                      place="Geneva", today=TODAY)
        for k in range(1, 21):
            item = meetings.add_agenda_item(session, mid, f"Item {k}: sector plans & budgets", presenter="Desk",
                                            decision_sought="Agree the plan " * 8)
            meetings.add_paper(session, item, f"paper-{k}.pdf", _three_pages(f"Paper {k}"), title=f"Paper {k}")
        return mid

    assert _three_pages("x").count(b"/Type /Page ") == 3  # 20 papers, 60 pages
    mid = desk.write("Benchmark meeting", build).value
    out = tmp_path / "pack.pdf"
    started = time.perf_counter()
    values = desk.read(meetings.pack_values, mid)
    pages = write_meeting_pack(values, out)
    elapsed = time.perf_counter() - started
    print(f"meeting pack: {pages} pages in {elapsed:.2f} s")
    assert sum(len(i.papers) for i in values.items) == 20
    # 20 item pages and the 60 pages of papers, with the cover, contents, participants and agenda.
    assert pages >= 20 + 60 + 3 and len(PdfReader(out).pages) == pages
    assert elapsed <= 10.0, f"{elapsed:.1f} s"


def test_the_progress_report_of_200_tasks_in_at_most_5_seconds(desk, tmp_path):
    def build(session):
        for k in range(200):
            tid = work_plan.add_task(session, "SPP", f"Task {k}: prepare the sector's guidance " * 2,
                                     area=f"Area {k % 6}", work_stream=f"Stream {k % 3}",
                                     status=("completed", "ongoing", "not_started")[k % 3],
                                     due_on=date(2026, 1, 1) + timedelta(days=k))
            work_plan.add_progress(session, tid, date(2026, 9, 28), "The draft went to the partners. " * 3,
                                   "Collect the comments and publish. " * 2)

    desk.write("Benchmark plan", build)
    out = tmp_path / "progress.pdf"
    started = time.perf_counter()
    values = desk.read(work_plan.progress_report_values, "SPP", as_of=TODAY)
    pages = write_progress_report(values, out)
    elapsed = time.perf_counter() - started
    print(f"progress report PDF: {pages} pages in {elapsed:.2f} s")
    assert sum(len(rows) for _, rows in values.sections) == 200 and pages > 5
    assert elapsed <= 5.0, f"{elapsed:.1f} s"

    started = time.perf_counter()
    values = desk.read(work_plan.progress_report_values, "SPP", as_of=TODAY)
    tasks = write_progress_docx(values, tmp_path / "progress.docx")
    elapsed = time.perf_counter() - started
    print(f"progress report DOCX: {tasks} tasks in {elapsed:.2f} s")
    assert tasks == 200 and (tmp_path / "progress.docx").stat().st_size > 10_000
    assert elapsed <= 5.0, f"{elapsed:.1f} s"
