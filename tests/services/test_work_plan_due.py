"""The work plan through the Desk: tasks, statuses and postponements, dated progress, the progress
report's values, and action items in the Due list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from opn_desk.services import due, meetings, work_plan
from opn_desk.services.errors import InvalidInput

TODAY = date(2026, 11, 22)


@pytest.fixture
def meeting(desk):
    return desk.write("New meeting", meetings.create_meeting, "SPP", "virtual", "MAC April 2026", date(2026, 4, 22),
                      today=TODAY).value


def test_an_action_item_due_in_the_past_shows_in_the_due_list(desk, meeting):
    past = desk.write("Action", meetings.add_action_item, meeting, "Send the revised <plan>", owner="Desk",
                      due_on=date(2026, 6, 1)).value
    soon = desk.write("Action", meetings.add_action_item, meeting, "Book the venue", owner="Co-leads",
                      due_on=TODAY + timedelta(days=5)).value
    later = desk.write("Action", meetings.add_action_item, meeting, "Prepare 2027", owner="Desk",
                       due_on=date(2027, 3, 1)).value
    items = [i for i in desk.read(due.due_items, today=TODAY) if i.kind == "action_item"]
    assert [(i.record_id, i.days) for i in items] == [(past, -174), (soon, 5)]
    assert items[0].record_table == "work_task"
    assert items[0].sentence == ("The action item \u201cSend the revised <plan>\u201d (Desk) was due on 1 June 2026, "
                                 "174 days ago.")
    assert later not in {i.record_id for i in items}
    # Completed, it leaves the list.
    desk.write("Done", work_plan.set_status, past, "Completed")
    assert [i.record_id for i in desk.read(due.due_items, today=TODAY) if i.kind == "action_item"] == [soon]


def test_a_postponed_task_needs_its_reason_and_the_report_prints_the_latest_progress(desk, meeting):
    with pytest.raises(InvalidInput, match="needs the reason"):
        desk.write("Task", work_plan.add_task, "SPP", "Webinars", status="Ongoing-postponed")
    task = desk.write("Task", work_plan.add_task, "SPP", "Hold the regional webinars", area="Advocacy",
                      work_stream="Communications", status="ongoing", due_on=date(2026, 12, 15),
                      source_reference="Decisions taken by the Senior Officials' Meeting",
                      budget_line="SPP-2026-07", funding_source="One Planet Multi-partner Trust Fund").value
    desk.write("Progress", work_plan.add_progress, task, date(2026, 3, 28), "Two speakers confirmed.", "Confirm more.")
    desk.write("Progress", work_plan.add_progress, task, date(2026, 9, 28), "Dates set.", "Send invitations.")
    desk.write("Postpone", work_plan.set_status, task, "postponed", reason="Speakers of two regions missing.")
    from_meeting = desk.write("Task", work_plan.add_task, "SPP", "Agree ICT criteria", area="Priority sectors",
                              meeting_id=meeting).value
    [facts] = [t for t in desk.read(work_plan.tasks, "SPP") if t.id == from_meeting]
    assert facts.source == "Decided at MAC April 2026 (22 April 2026)"
    values = desk.read(work_plan.progress_report_values, "SPP", as_of=date(2026, 10, 1))
    sections = dict(values.sections)
    [row] = sections["Advocacy: Communications"]
    assert row.progress == "Ongoing-postponed: Dates set. Postponed: Speakers of two regions missing."
    assert row.next_steps == "Send invitations."
    earlier = dict(desk.read(work_plan.progress_report_values, "SPP", as_of=date(2026, 4, 1)).sections)
    assert earlier["Advocacy: Communications"][0].next_steps == "Confirm more."
    assert values.symbol == "SPP/WP/2026/10" and values.as_of == date(2026, 10, 1)


def test_the_annual_plan_lists_a_years_tasks_with_budget_line_and_funding_source(desk, meeting):
    desk.write("Task", work_plan.add_task, "SPP", "Guidance on catering", area="Priority sectors",
               work_stream="Food", plan_year=2026, budget_line="SPP-2026-04",
               funding_source="In-kind contribution of a co-lead", in_kind=True, due_on=date(2026, 9, 30))
    desk.write("Task", work_plan.add_task, "SPP", "Global review", area="Monitoring", plan_year=2026,
               budget_line="SPP-2026-01", funding_source="One Planet Multi-partner Trust Fund")
    desk.write("Task", work_plan.add_task, "SPP", "Next year's review", area="Monitoring", plan_year=2027)
    desk.write("Action", meetings.add_action_item, meeting, "Send the plan", owner="Desk", due_on=date(2026, 6, 1))
    plan = desk.read(work_plan.annual_plan, "SPP", 2026)
    assert [(p.task, p.budget_line, p.funding_source, p.in_kind) for p in plan] == [
        ("Global review", "SPP-2026-01", "One Planet Multi-partner Trust Fund", False),
        ("Guidance on catering", "SPP-2026-04", "In-kind contribution of a co-lead", True)]
