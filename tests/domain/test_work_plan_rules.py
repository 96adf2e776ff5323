"""The work plan's rules: statuses and postponements, what is overdue, the progress report's rows."""

from __future__ import annotations

import uuid
from datetime import date

from opn_desk.domain.vocab import TASK_STATUSES, TaskStatus
from opn_desk.domain.work_plan import (
    ProgressEntry,
    TaskFacts,
    is_overdue,
    latest_entry,
    progress_row,
    report_sections,
    status_problem,
)

TODAY = date(2026, 11, 22)


def test_the_four_statuses_and_a_postponement_needs_its_reason():
    assert [s.label for s in TaskStatus] == ["Completed", "Ongoing", "Not yet started", "Ongoing-postponed"]
    assert TASK_STATUSES.match("Ongoing/postponed").code == "postponed"  # as the progress report writes it
    assert status_problem("postponed", "") == "A postponed task needs the reason for its postponement."
    assert status_problem("postponed", "The pilot cities asked to wait.") is None
    assert status_problem("ongoing", "") is None
    assert "is not a task status" in status_problem("cancelled", "")


def test_an_open_task_past_its_due_date_is_overdue():
    assert is_overdue("ongoing", date(2026, 11, 21), TODAY)
    assert is_overdue("not_started", date(2025, 1, 1), TODAY)
    assert is_overdue("postponed", date(2026, 1, 1), TODAY)
    assert not is_overdue("ongoing", TODAY, TODAY)  # due today: not yet overdue
    assert not is_overdue("completed", date(2025, 1, 1), TODAY)
    assert not is_overdue("ongoing", None, TODAY)


def _task(title, area, status, entries=(), reason="", stream=""):
    return TaskFacts(uuid.uuid4(), area, stream, title, status, reason, "Coordination Desk", None,
                     "Decisions taken by the Senior Officials' Meeting", tuple(entries))


def test_the_progress_rows_take_the_latest_entry_on_or_before_the_reports_date():
    entries = [ProgressEntry(date(2026, 3, 28), "Draft shared.", "Collect comments."),
               ProgressEntry(date(2026, 9, 28), "Comments received.", "Publish in December."),
               ProgressEntry(date(2027, 1, 10), "Published.", "")]
    assert latest_entry(entries, date(2026, 10, 1)).progress == "Comments received."
    assert latest_entry(entries, date(2026, 1, 1)) is None
    row = progress_row(_task("Publish the review", "Monitoring", "ongoing", entries), date(2026, 10, 1))
    assert row.progress == "Ongoing: Comments received."
    assert row.next_steps == "Publish in December."
    assert row.task.startswith("Publish the review (Responsible: Coordination Desk)")
    assert "Senior Officials' Meeting" in row.task
    postponed = progress_row(_task("Webinars", "Advocacy", "postponed", reason="Speakers not confirmed."), TODAY)
    assert postponed.progress == "Ongoing-postponed. Postponed: Speakers not confirmed."
    assert postponed.next_steps == ""


def test_sections_by_area_in_name_order():
    tasks = [_task("b", "Priority sectors", "ongoing", stream="Food"), _task("a", "Advocacy", "completed"),
             _task("c", "Priority sectors", "not_started", stream="Food")]
    sections = report_sections(tasks, TODAY)
    assert [h for h, _ in sections] == ["Advocacy", "Priority sectors: Food"]
    assert [r.status for r in sections[1][1]] == ["ongoing", "not_started"]
