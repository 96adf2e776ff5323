"""A meeting's action item coming due is in the window's due list, and opening it shows the task in the
Work plan area (the due list lives with Applications; the areas reach each other only through the
window)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

T = 20_000


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    from opn_desk.db.store import open_store
    from opn_desk.services.demo import generate_demo

    path = tmp_path_factory.mktemp("due_actions") / "demo.sqlite"
    store = open_store(path)
    try:
        generate_demo(store, organisations=200)
    finally:
        store.close()
    return path


def test_an_action_item_due_soon_is_listed_and_opens_in_the_work_plan(qtbot, open_window, demo_template, tmp_path):
    from opn_desk.db.backup import copy_database
    from opn_desk.gui.work_plan.page import WorkPlanPage
    from opn_desk.services import meetings

    window = open_window(copy_database(demo_template, tmp_path / "desk.sqlite"))
    desk = window.opened.runner.desk
    from opn_desk.db.models_meetings import Meeting

    # A meeting whose minutes are still a draft (approved minutes take no new action item).
    draft = set(desk.read(lambda s: [m.id for m in s.query(Meeting).filter(Meeting.minutes_approved_on.is_(None))]))
    meeting = next(m for m in desk.read(meetings.list_meetings) if m.id in draft)
    title = "Circulate the draft criteria to the core partners"
    task_id = desk.write("Action item", lambda s: meetings.add_action_item(
        s, meeting.id, title, owner="Secretariat", due_on=date.today() + timedelta(days=5))).value
    window.show_area("applications")
    due = window.page("applications").due
    due.refresh()
    qtbot.waitUntil(lambda: any(kind == "action_item" and record == task_id
                                for kind, _text, record in due.item_rows()), timeout=T)
    sentence = next(text for kind, text, record in due.item_rows() if record == task_id)
    assert title in sentence and "due on" in sentence

    group = next(due.tree.topLevelItem(i) for i in range(due.tree.topLevelItemCount())
                 if due.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "action_item")
    assert "Action items" in group.text(0)
    row = next(group.child(j) for j in range(group.childCount())
               if group.child(j).data(0, Qt.ItemDataRole.UserRole).record_id == task_id)
    due.tree.itemActivated.emit(row, 0)
    plan = window.stack.currentWidget()
    assert isinstance(plan, WorkPlanPage)
    qtbot.waitUntil(lambda: plan.task is not None and plan.task.id == task_id, timeout=T)
