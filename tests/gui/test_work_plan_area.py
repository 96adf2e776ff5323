"""The Work plan area on the demo database: SPP's tasks grouped by area and work-stream in every status;
a postponement without its reason refused with the service's sentence (nothing changed), and with it
recorded; a progress entry with next steps; the decision a task comes from opening its meeting; the
progress report in the print preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

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
    from opn_desk.gui.work_plan.page import WorkPlanPage

    made = WorkPlanPage(opened.runner, Settings())
    qtbot.addWidget(made)
    made.resize(1280, 720)
    made.show()
    qtbot.waitUntil(lambda: bool(made.rows), timeout=T)
    return made


def stored_task(opened, task_id):
    from opn_desk.services import work_plan

    return next(t for t in opened.runner.desk.read(work_plan.tasks, "SPP") if t.id == task_id)


def leaves(tree):
    """The tasks' rows of the tree (the items holding a task)."""
    out, todo = [], [tree.topLevelItem(k) for k in range(tree.topLevelItemCount())]
    while todo:
        item = todo.pop()
        if item.data(0, Qt.ItemDataRole.UserRole) is not None:
            out.append(item)
        todo += [item.child(k) for k in range(item.childCount())]
    return out


def test_tasks_are_grouped_by_area_and_work_stream_in_every_status(page, opened):
    from opn_desk.services import work_plan

    tasks = opened.runner.desk.read(work_plan.tasks, "SPP")
    assert len(page.rows) == len(tasks) == len(leaves(page.tree))
    areas = [page.tree.topLevelItem(k).text(0) for k in range(page.tree.topLevelItemCount())]
    assert areas == sorted({t.area for t in tasks}, key=str.casefold)
    advocacy = page.tree.topLevelItem(areas.index("Advocacy"))
    streams = [advocacy.child(k).text(0) for k in range(advocacy.childCount())]
    assert streams == sorted({t.work_stream for t in tasks if t.area == "Advocacy"}, key=str.casefold)
    shown = {item.text(1) for item in leaves(page.tree)}
    assert {"Completed", "Ongoing", "Not yet started", "Ongoing-postponed"} <= shown
    assert "postponed" in page.count_label.text()


def test_a_postponement_without_its_reason_is_refused_with_the_sentence(qtbot, page, opened):
    task = next(r for r in page.rows if r.status == "not_started")
    assert page.select_title(task.title)
    assert page.task.id == task.id
    page.status.setCurrentIndex(page.status.findData("postponed"))
    assert page.reason.isEnabled()
    page.reason.clear()
    page.status_button.click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=T)
    assert page.error.text() == "A postponed task needs the reason for its postponement."
    assert stored_task(opened, task.id).status == "not_started"  # nothing changed

    page.reason.setText("The speakers of two regions are not confirmed yet.")
    page.status_button.click()
    qtbot.waitUntil(lambda: page.task is not None and page.task.status == "postponed", timeout=T)
    assert not page.error.isVisible()
    assert stored_task(opened, task.id).postponement_reason == "The speakers of two regions are not confirmed yet."
    item = page.tree.currentItem()
    assert item.text(1) == "Ongoing-postponed"
    assert "not confirmed yet" in page.detail_label.text()


def test_a_progress_entry_with_next_steps_is_shown(qtbot, page):
    task = next(r for r in page.rows if r.status == "ongoing")
    page.select_title(task.title)
    page.add_progress()
    dialog = page.dialog
    dialog.progress.setPlainText("The partners commented on the second draft.")
    dialog.next_steps.setPlainText("Publish the final version in January.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.task is not None and len(page.task.entries) == len(task.entries) + 1, timeout=T)
    assert page.entries.item(0, 1).text() == "The partners commented on the second draft."
    assert page.entries.item(0, 2).text() == "Publish the final version in January."


def test_the_decision_a_task_comes_from_opens_its_meeting(qtbot, page):
    task = next(r for r in page.rows if r.meeting_id is not None)
    page.select_title(task.title)
    assert "Open the meeting" in page.detail_label.text()
    with qtbot.waitSignal(page.open_meeting_requested, timeout=T) as caught:
        page.detail_label.linkActivated.emit(f"meeting:{task.meeting_id}")
    assert caught.args == [task.meeting_id]


def test_the_progress_report_opens_in_the_print_preview(qtbot, page, tmp_path):
    out = tmp_path / "progress.pdf"
    page.progress_report(out)
    qtbot.waitUntil(lambda: page.pdf_shown is not None, timeout=T)
    preview = page.pdf_shown
    qtbot.waitUntil(lambda: preview.loaded and preview.page_count >= 1, timeout=T)
    assert page.last_report == out and out.read_bytes().startswith(b"%PDF")
    saved = preview.save_as(tmp_path / "saved.pdf")
    assert saved is not None and saved.read_bytes() == out.read_bytes()
    preview.close()


def test_the_progress_report_is_written_as_a_word_document_to_edit(qtbot, page, tmp_path, monkeypatch):
    from docx import Document
    from PySide6.QtWidgets import QFileDialog

    chosen = tmp_path / "SPP progress"  # the officer leaves out the extension: .docx is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    assert [a.text() for a in page.report_button.menu().actions()][1] == page.word_action.text()
    page.word_action.trigger()
    out = tmp_path / "SPP progress.docx"
    qtbot.waitUntil(lambda: page.last_report == out, timeout=T)
    document = Document(str(out))
    assert document.tables and document.tables[0].rows[0].cells[0].text.strip() == "Tasks"
    tasks = int(page.count_label.text().split()[0])  # "24 tasks: 16 completed, …"
    assert sum(len(t.rows) - 1 for t in document.tables) == tasks  # one row per task, under its area


def test_the_window_shows_both_areas_and_a_task_opens_the_meeting_it_comes_from(qtbot, open_window, demo_template,
                                                                                 tmp_path):
    from opn_desk.db.backup import copy_database
    from opn_desk.gui.meetings.page import MeetingsPage
    from opn_desk.gui.work_plan.page import WorkPlanPage

    window = open_window(copy_database(demo_template, tmp_path / "window.sqlite"))
    window.show_area("work_plan")
    plan = window.stack.currentWidget()
    assert isinstance(plan, WorkPlanPage)
    qtbot.waitUntil(lambda: bool(plan.rows), timeout=T)
    task = next(r for r in plan.rows if r.meeting_id is not None)
    plan.select_title(task.title)
    plan.detail_label.linkActivated.emit(f"meeting:{task.meeting_id}")
    meetings = window.stack.currentWidget()
    assert isinstance(meetings, MeetingsPage)
    qtbot.waitUntil(lambda: meetings.detail is not None and meetings.detail.id == task.meeting_id, timeout=T)
    assert meetings.table.selectionModel().selectedRows()


def test_a_new_task_postponed_needs_its_reason_and_is_then_in_the_plan(qtbot, page):
    page.new_task()
    dialog = page.dialog
    dialog.title.setText("Translate the guidance into French and Spanish")
    dialog.area.setCurrentText("Advocacy")
    dialog.work_stream.setCurrentText("Communications")
    dialog.responsibility.setText("Coordination Desk")
    dialog.status.setCurrentIndex(dialog.status.findData("postponed"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=T)
    assert dialog.error_label.text() == "A postponed task needs the reason for its postponement."
    dialog.reason.setText("Waiting for the translation budget.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.task is not None and page.task.title.startswith("Translate the guidance"), timeout=T)
    assert page.task.status == "postponed" and page.task.area == "Advocacy"
    assert page.tree.currentItem().parent().text(0) == "Communications"


def test_read_only_both_areas_show_without_changing_anything(qtbot, open_window, demo_template, tmp_path):
    from opn_desk.db.backup import copy_database

    window = open_window(copy_database(demo_template, tmp_path / "read-only.sqlite"), read_only=True)
    window.show_area("meetings")
    meetings = window.stack.currentWidget()
    qtbot.waitUntil(lambda: meetings.detail is not None, timeout=T)
    assert meetings.pack_button.isEnabled() and not meetings.new_button.isVisibleTo(meetings)
    assert not meetings.participants.set_button.isVisibleTo(meetings)
    assert not meetings.minutes.start_button.isVisibleTo(meetings)
    window.show_area("work_plan")
    plan = window.stack.currentWidget()
    qtbot.waitUntil(lambda: bool(plan.rows), timeout=T)
    plan.select_title(plan.rows[0].title)
    assert plan.task is not None and not plan.status_button.isVisibleTo(plan)
    assert plan.report_button.isEnabled() and not plan.new_button.isVisibleTo(plan)


def test_the_annual_work_plan_for_the_funding_partners_is_written_for_the_chosen_year(qtbot, page, tmp_path,
                                                                                      monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    asked = []
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda _parent, _title, _label, items, *a: (asked.append(items) or items[-1], True)))
    out = tmp_path / "plan.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.annual_action.trigger()
    qtbot.waitUntil(lambda: page.last_report == out, timeout=T)
    years = asked[0]
    assert len(years) >= 2 and years == sorted(years, reverse=True)  # the plan's years, the latest first
    sheet = load_workbook(out)["Work plan"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert "Budget line" in header and "Funding source" in header
    funding = header.index("Funding source")
    assert len(rows) > 1 and all(r[funding] for r in rows[1:])
