"""The Meetings area on the demo database: the meetings listed with those to come first; written comments
sent in advance recorded on an item counting in the partner's participation rate; the travel allocation
decided (otherwise than proposed) before the meeting and an allocation over the budget refused with its
sentence; the minutes started from the agenda; an action item of the minutes in the work plan; the
meeting pack in the print preview."""

from __future__ import annotations

from datetime import date

import pytest

T = 20_000


@pytest.fixture
def opened(tmp_path, demo_template):
    from opn_desk.db.backup import copy_database
    from opn_desk.gui.window.opening import open_desk

    found = open_desk(copy_database(demo_template, tmp_path / "desk.sqlite"))
    yield found
    found.close()


@pytest.fixture
def page(qtbot, opened):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.meetings.page import MeetingsPage

    made = MeetingsPage(opened.runner, Settings())
    qtbot.addWidget(made)
    made.resize(1280, 720)
    made.show()
    qtbot.waitUntil(lambda: made.table.rowCount() > 0 and made.detail is not None, timeout=T)
    return made


def show(qtbot, page, title: str):
    page.select_title(title)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.title == title, timeout=T)
    return page.detail


def rate_row(page, name: str) -> tuple[str, ...] | None:
    for r in range(page.rates.rowCount()):
        if page.rates.item(r, 0).text() == name:
            return tuple(page.rates.item(r, c).text() for c in range(4))
    return None


def test_the_demo_meetings_are_listed_those_to_come_first(page, opened):
    from opn_desk.services import meetings

    stored = opened.runner.desk.read(meetings.list_meetings, "SPP")
    assert page.table.rowCount() == len(stored) >= 8
    from opn_desk.gui.core import labels

    dates = [labels.read_day(page.table.item(r, 0).text()) for r in range(page.table.rowCount())]
    today = date.today()
    ahead = [d for d in dates if d >= today]
    assert dates[:len(ahead)] == sorted(ahead)  # to come: soonest first, at the top
    assert dates[len(ahead):] == sorted(dates[len(ahead):], reverse=True)  # held: latest first
    kinds = {page.table.item(r, 1).text() for r in range(page.table.rowCount())}
    assert {"Virtual", "Face-to-face"} <= kinds
    assert page.table.item(dates.index(date(2025, 10, 15)), 3).text()  # its place


def test_written_comments_count_as_participation_in_the_rate(qtbot, page):
    detail = show(qtbot, page, "MAC meeting, October 2026")
    absent = next(i for i in detail.invitees if i.status in ("excused", "no_show", "invited") and not i.wrote_comments)
    qtbot.waitUntil(lambda: rate_row(page, absent.organisation) is not None, timeout=T)
    before = rate_row(page, absent.organisation)
    took_before = detail.took_part
    page.meeting_tabs.setCurrentWidget(page.agenda)
    page.agenda.items.setCurrentRow(1)
    page.agenda.add_comments()
    dialog = page.agenda.dialog
    dialog.organisation.setCurrentIndex(dialog.organisation.findData(str(absent.organisation_id)))
    dialog.text.setPlainText("We support the revised work plan; please add a line on ICT.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.detail.took_part == took_before + 1, timeout=T)
    invitee = next(i for i in page.detail.invitees if i.organisation_id == absent.organisation_id)
    assert invitee.status == "written_comments" and invitee.took_part
    assert "participation" in page.participants.summary.text()
    qtbot.waitUntil(lambda: rate_row(page, absent.organisation) != before, timeout=T)
    after = rate_row(page, absent.organisation)
    assert after[1] == before[1] and int(after[2]) == int(before[2]) + 1  # same meetings, one more taken part
    assert any("We support the revised work plan" in page.agenda.comments.item(k).text()
               for k in range(page.agenda.comments.count()))


def test_the_travel_allocation_is_decided_before_the_meeting(qtbot, page):
    page.new_meeting()
    dialog = page.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("face_to_face"))
    dialog.title.setText("MAC meeting, test")
    dialog.held_on.setDate(dialog.held_on.date().currentDate().addDays(40))
    dialog.place.setText("Nairobi, Kenya")
    dialog.budget.setValue(5000.0)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.title == "MAC meeting, test", timeout=T)
    assert page.table.item(page.table.currentRow(), 2).text() == "MAC meeting, test"
    invitees = page.detail.invitees
    assert invitees  # the co-leads and core partners in office on its date
    travel = page.travel
    page.meeting_tabs.setCurrentWidget(travel)
    qtbot.waitUntil(lambda: travel.view is not None and travel.view.meeting_id == page.detail.id, timeout=T)
    for k, invitee in enumerate(invitees[:4]):
        travel.add_request()
        form = travel.dialog
        form.organisation.setCurrentIndex(form.organisation.findData(str(invitee.organisation_id)))
        form.amount.setValue(2000.0 + 500 * k)
        form.ok_button.click()
        qtbot.waitUntil(lambda n=k + 1: travel.view is not None and len(travel.view.lines) == n, timeout=T)
    travel = page.travel
    page.meeting_tabs.setCurrentWidget(travel)
    qtbot.waitUntil(lambda: travel.view is not None and travel.view.meeting_id == page.detail.id, timeout=T)
    lines = travel.view.lines
    assert len(lines) == 4 and travel.view.decided_on is None
    ldc = [line.ldc for line in lines]
    assert ldc == sorted(ldc, reverse=True)  # partners from LDCs on the day first
    assert sum(line.proposed for line in lines) == pytest.approx(5000.0)
    # Over the budget: refused with the sentence, nothing recorded.
    for line in lines:
        travel.set_grant(line.organisation, line.amount)
    travel.decide_button.click()
    qtbot.waitUntil(lambda: travel.error.isVisible(), timeout=T)
    assert "more than the travel budget" in travel.error.text()
    # The desk decides otherwise than proposed: the last request first.
    travel.use_proposed()
    grants = {line.organisation: 0.0 for line in lines}
    grants[lines[-1].organisation] = lines[-1].amount
    for name, amount in grants.items():
        travel.set_grant(name, amount)
    travel.decide_button.click()
    qtbot.waitUntil(lambda: travel.view.decided_on is not None, timeout=T)
    assert {line.organisation: line.granted for line in travel.view.lines} == grants
    assert [line.organisation for line in travel.view.lines] == [line.organisation for line in lines]  # rank kept
    assert "Allocation decided on" in travel.headline.text()
    assert not travel.decide_button.isEnabled()


def test_minutes_start_from_the_agenda_and_an_action_item_reaches_the_work_plan(qtbot, page, opened):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.work_plan.page import WorkPlanPage

    detail = next(d for d in (show(qtbot, page, page.table.item(r, 2).text()) for r in range(page.table.rowCount()))
                  if d.minutes_started_on is None and d.items)
    minutes = page.minutes
    page.meeting_tabs.setCurrentWidget(minutes)
    assert minutes.start_button.isEnabled()
    minutes.start_button.click()
    qtbot.waitUntil(lambda: page.detail.minutes_started_on is not None, timeout=T)
    assert not minutes.start_button.isEnabled()
    first = page.detail.items[0]
    if first.presenter:
        assert first.minutes.startswith(f"Presented by {first.presenter}.")
    minutes.items.setCurrentRow(0)
    assert minutes.minutes.toPlainText() == first.minutes
    minutes.decision.setPlainText("The agenda was adopted.")
    minutes.save_button.click()
    qtbot.waitUntil(lambda: page.detail.items[0].decision == "The agenda was adopted.", timeout=T)

    minutes.add_action()
    dialog = minutes.dialog
    dialog.text.setPlainText("Send the revised terms of reference to the partners")
    dialog.owner.setText("Coordination Desk")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: minutes.actions.rowCount() == len(detail.actions) + 1, timeout=T)

    plan = WorkPlanPage(opened.runner, Settings())
    qtbot.addWidget(plan)
    qtbot.waitUntil(lambda: bool(plan.rows), timeout=T)
    assert plan.select_title("Send the revised terms of reference to the partners")
    task = plan.task
    assert task.responsibility == "Coordination Desk" and task.meeting_id == detail.id
    assert detail.title in task.source


def test_the_meeting_pack_opens_in_the_print_preview(qtbot, page, tmp_path):
    show(qtbot, page, "MAC meeting, October 2025")
    out = tmp_path / "pack.pdf"
    page.meeting_pack(out)
    qtbot.waitUntil(lambda: page.pdf_shown is not None, timeout=T)
    preview = page.pdf_shown
    qtbot.waitUntil(lambda: preview.loaded and preview.page_count > 3, timeout=T)
    assert page.last_pack == out and out.read_bytes().startswith(b"%PDF")
    preview.close()


def test_an_invitee_opens_in_the_registry(qtbot, page):
    detail = show(qtbot, page, "MAC meeting, October 2025")
    first = detail.invitees[0]
    assert page.participants.select_organisation(first.organisation)
    row = page.participants.table.currentRow()
    with qtbot.waitSignal(page.open_organisation_requested, timeout=T) as caught:
        page.participants.table.itemDoubleClicked.emit(page.participants.table.item(row, 1))
    assert caught.args == [first.organisation_id]


def test_a_paper_is_added_to_an_item_and_opened(qtbot, page, tmp_path):
    show(qtbot, page, "Desk teleconference, December 2026")
    agenda = page.agenda
    page.meeting_tabs.setCurrentWidget(agenda)
    agenda.items.setCurrentRow(0)
    before = len(agenda.current().papers)
    paper = tmp_path / "Budget note.txt"
    paper.write_text("The travel budget for 2027.", encoding="utf-8")
    agenda.add_paper(paper)
    qtbot.waitUntil(lambda: agenda.current() is not None and len(agenda.current().papers) == before + 1, timeout=T)
    agenda.papers.setCurrentRow(0)  # the demo's PDF paper: opened in the preview
    agenda.open_paper()
    qtbot.waitUntil(lambda: agenda.pdf_shown is not None, timeout=T)
    assert agenda.opened.read_bytes().startswith(b"%PDF")
    agenda.pdf_shown.close()
