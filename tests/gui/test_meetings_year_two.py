"""The Meetings and Work plan areas, issue 15's second part, on the demo database: the minutes approved in
the window (then read-only), a guest picked from the registry's organisations or typed as a name, the
draft and the FINAL meeting pack from the page's menu in the print preview, the work plan's tree exported
to Excel as shown with its grouping as columns, and the Meetings page at laptop size in French."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QApplication
from test_laptop_size import problems

T = 20_000
OCTOBER_2026 = "MAC meeting, October 2026"  # minutes started (a draft): no later committee meeting yet


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


def test_the_minutes_approved_in_the_window_are_read_only(qtbot, page, opened):
    from opn_desk.services import meetings
    from opn_desk.services.errors import NotAllowed

    earlier = show(qtbot, page, "MAC virtual meeting, April 2026")  # the demo: approved at the next MAC meeting
    assert earlier.approval.startswith("Approved on 21 October 2026 by the Multi-stakeholder Advisory Committee at "
                                       "MAC meeting, October 2026")
    detail = show(qtbot, page, OCTOBER_2026)
    minutes = page.minutes
    page.meeting_tabs.setCurrentWidget(minutes)
    assert detail.minutes_started_on is not None and not detail.minutes_approved
    assert minutes.approve_button.isVisible() and not minutes.minutes.isReadOnly()
    assert "Draft (not yet approved)." in page.meeting_label.text()

    minutes.approve()
    dialog = minutes.dialog
    assert [dialog.how.itemText(k) for k in range(dialog.how.count())] == ["By written procedure"]
    dialog.ok_button.click()  # nobody said who approved them: the service's sentence, inline
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=T)
    assert dialog.error_label.text().startswith("Say who approved the minutes")
    dialog.by.setText("the co-leads")
    dialog.on.setDate(date(2026, 11, 20))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.detail.minutes_approved, timeout=T)
    qtbot.waitUntil(lambda: "Approved on 20 November 2026" in minutes.state.text(), timeout=T)
    assert minutes.state.text() == ("Approved on 20 November 2026 by the co-leads, by written procedure. Approved minutes "
                                    "are read-only.")
    assert minutes.minutes.isReadOnly() and minutes.decision.isReadOnly()
    assert not minutes.save_button.isEnabled() and not minutes.action_button.isEnabled()
    assert not minutes.approve_button.isVisible()
    assert not page.participants.attendance_button.isEnabled() and not page.agenda.add_item_button.isEnabled()
    assert "Approved on 20 November 2026" in page.meeting_label.text()
    # An edit that reaches the service anyway is refused with one sentence.
    item = page.detail.items[0]
    with pytest.raises(NotAllowed, match=r"^The minutes of MAC meeting, October 2026 were approved on 20 November 2026; "
                                         r"approved minutes cannot be changed\.$"):
        opened.runner.desk.write("Edit", meetings.record_item, item.id, minutes="Changed.")

    # The FINAL pack from the page's menu, in the print preview; the draft one too.
    assert [a.text() for a in page.pack_button.menu().actions()] == ["Draft pack…", "Final pack…"]
    page.final_pack_action.trigger()
    qtbot.waitUntil(lambda: page.pdf_shown is not None, timeout=T)
    preview = page.pdf_shown
    qtbot.waitUntil(lambda: preview.loaded and preview.page_count > 3, timeout=T)
    assert page.last_pack_final is True and page.last_pack.name.endswith("(final).pdf")
    assert preview.windowTitle().startswith("Final meeting pack: MAC meeting, October 2026")
    assert opened.runner.desk.read(meetings.pack_values, page.detail.id, final=True).minutes_approved == \
        "Approved on 20 November 2026 by the co-leads, by written procedure."
    preview.close()
    page.pdf_shown = None
    page.draft_pack_action.trigger()
    qtbot.waitUntil(lambda: page.pdf_shown is not None and page.last_pack_final is False, timeout=T)
    page.pdf_shown.close()


def test_a_guest_is_picked_from_the_registry_or_typed(qtbot, page):
    detail = show(qtbot, page, "Desk teleconference, December 2026")
    invited = {i.organisation_id for i in detail.invitees}
    tab = page.participants
    tab.add_guest()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.organisation, "Ministry")  # searched as you type
    qtbot.waitUntil(lambda: bool(dialog.organisation.choices()), timeout=T)
    label, org_id = next((label, oid) for label, oid in dialog.organisation.choices().items() if oid not in invited)
    dialog.organisation.choose(org_id, label)
    assert not dialog.name.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: org_id in {i.organisation_id for i in page.detail.invitees}, timeout=T)
    guest = next(i for i in page.detail.invitees if i.organisation_id == org_id)
    assert guest.role == ""  # a guest organisation: its participation counts like an invitee's
    assert tab.select_organisation(guest.organisation)
    assert tab.table.item(tab.table.currentRow(), 3).text() == "Guest organisation"

    tab.add_guest()
    dialog = tab.dialog
    dialog.name.setText("Dr Ada Speaker")
    dialog.affiliation.setText("University of Nairobi")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: ("Dr Ada Speaker", "University of Nairobi", False) in page.detail.guests, timeout=T)
    assert "Dr Ada Speaker, University of Nairobi" in tab.guests.text()


def test_the_work_plan_tree_exports_as_shown_with_its_grouping(qtbot, opened, tmp_path):
    from datetime import datetime, time

    import openpyxl

    from opn_desk.gui.core import labels
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.work_plan.page import WorkPlanPage

    plan = WorkPlanPage(opened.runner, Settings())
    qtbot.addWidget(plan)
    plan.show()
    qtbot.waitUntil(lambda: bool(plan.rows), timeout=T)
    assert plan.export.action in plan.tree.actions()  # in the tree's right-click menu
    out = tmp_path / "plan.xlsx"
    done = []
    plan.export.export(out, success=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=T)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("Area", "Work-stream", "Task", "Status", "Starts", "Due", "Responsibility", "Latest progress")
    assert done == [len(plan.rows)] and len(rows) == len(plan.rows) + 1
    by_task = {(r[0], r[2]): r for r in rows[1:]}
    for task in plan.rows:
        row = by_task[(task.area, task.title)]
        assert row[1] == (task.work_stream or None)
        assert row[5] == (datetime.combine(task.due_on, time()) if task.due_on else None)  # a date cell
        assert row[6] == (task.responsibility or None)
        if task.entries:
            latest = max(task.entries, key=lambda e: e.entry_on)
            assert row[7].startswith(labels.day(latest.entry_on))
    postponed = next(r for r in rows[1:] if r[3] == "Ongoing-postponed")
    assert postponed[0] and postponed[1]  # an area and a work-stream, as the tree groups it


@pytest.fixture
def french():
    from opn_desk.gui.window.preferences_dialog import install_language

    app = QApplication.instance()
    assert install_language(app, QLocale("fr")), "no French catalogue"
    yield
    install_language(app, QLocale("en"))


def test_the_meetings_page_fits_a_laptop_in_french(french, qtbot, open_window, demo_template, tmp_path):
    from opn_desk.db.backup import copy_database

    window = open_window(copy_database(demo_template, tmp_path / "fr.sqlite"))
    window.resize(QSize(1280, 720))
    window.show_area("meetings")
    meetings_page = window.page("meetings")
    qtbot.waitUntil(lambda: meetings_page.detail is not None, timeout=T)
    assert meetings_page.tabs.tabText(0) == "Réunions"  # French indeed
    found = []
    for title in ("MAC virtual meeting, April 2026", OCTOBER_2026):  # approved minutes, then a draft
        show(qtbot, meetings_page, title)
        for tab in range(meetings_page.meeting_tabs.count()):
            meetings_page.meeting_tabs.setCurrentIndex(tab)
            window.resize(QSize(1280, 720))
            qtbot.wait(150)
            assert window.size() == QSize(1280, 720), window.size()
            found += [f"{title}, {meetings_page.meeting_tabs.tabText(tab)}: {p}" for p in problems(window)]
    assert window.minimumSizeHint().width() <= 1280, window.minimumSizeHint()
    assert found == [], "\n".join(found)
