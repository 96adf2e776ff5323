"""The partnership's health on the organisation's own page: the signals, the level, the trend over the
cycles and the self-assessments, read only when the Health tab is shown; a new self-assessment is
recorded from there (an undoable operation) and shows at once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from year_world import DEADLINE, build

from opn_desk.gui.core import labels

T = 20_000


@pytest.fixture
def world(tmp_path):
    from opn_desk.db.store import open_store
    from opn_desk.services import health, reporting
    from opn_desk.services.desk import Desk

    path = tmp_path / "desk.sqlite"
    store = open_store(path)
    try:
        desk = Desk(store, actor="Test fixture")
        w = build(desk, partners=2)  # P0 co-lead and member of SPP, P1 member; the 2025 cycle due 31 March 2026
        desk.write("s", reporting.record_submission, w.cycle, w.orgs["P1"], DEADLINE - timedelta(days=3))
        desk.write("a", health.record_self_assessment, w.orgs["P0"], DEADLINE - timedelta(days=60), "amber",
                   note="Staff member hired late", commitments_met=False)
    finally:
        store.close()
    return path, w


@pytest.fixture
def editor(qtbot, world):
    from opn_desk.gui.registry.organisation_editor import OrganisationEditor
    from opn_desk.gui.window.opening import open_desk

    opened = open_desk(world[0])
    made = OrganisationEditor(opened.runner)
    opened.runner.changed.connect(made.on_changed)
    qtbot.addWidget(made)
    made.resize(1000, 720)
    made.show()
    yield made
    made.close_editor()
    opened.close()


def open_on_health(qtbot, editor, org_id):
    editor.open_organisation(org_id)
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.id == org_id, timeout=T)
    editor.ui.tabs.setCurrentWidget(editor.healthTab)
    qtbot.waitUntil(lambda: editor.health is not None and editor.health.health.organisation_id == org_id, timeout=T)


def cells(table, column):
    return [table.item(r, column).text() if table.item(r, column) else "" for r in range(table.rowCount())]


def test_the_health_tab_shows_signals_trend_and_assessments(qtbot, editor, world):
    _path, w = world
    tabs = editor.ui.tabs
    assert tabs.tabText(tabs.indexOf(editor.healthTab)) == "Health"
    assert tabs.indexOf(editor.healthTab) == tabs.indexOf(editor.ui.historyTab) - 1
    editor.open_organisation(w.orgs["P0"])
    qtbot.waitUntil(lambda: editor.detail is not None, timeout=T)
    qtbot.wait(200)
    assert editor.health is None  # not read while the Details tab is shown
    open_on_health(qtbot, editor, w.orgs["P0"])
    signals = dict(zip(cells(editor.healthSignals, 0), cells(editor.healthSignals, 1), strict=True))
    assert signals == {"Reported in the last cycle": "Red", "MAC participation (written comments count)": "n/a",
                       "Initiatives kept up to date": "n/a", "Co-lead commitments met": "Red",
                       "Latest self-assessment": "Amber"}
    details = cells(editor.healthSignals, 2)
    assert "0 of 1 programme(s) in the last cycle" in details
    assert editor.healthLevel.text() == "Red"
    assert "Roles today: Co-lead, Network member" in editor.healthSummary.text()
    assert editor.healthTrend.points == ((2025, 0.5),)  # red reporting, amber self-assessment at the deadline
    assert cells(editor.healthAssessments, 1) == ["Amber"]
    assert cells(editor.healthAssessments, 2) == ["Not met"]
    assert cells(editor.healthAssessments, 3) == ["Staff member hired late"]


def test_a_self_assessment_is_recorded_from_the_organisations_page(qtbot, editor, world):
    _path, w = world
    open_on_health(qtbot, editor, w.orgs["P0"])
    editor.assessButton.click()
    dialog = editor.dialog
    assert dialog is not None and dialog.windowTitle() == "Record a self-assessment"
    dialog.rag.setCurrentIndex(dialog.rag.findData("green"))
    dialog.commitments.setCurrentIndex(dialog.commitments.findData(True))
    dialog.note.setText("Full-time coordinator in place")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: editor.dialog is None, timeout=T)
    qtbot.waitUntil(lambda: cells(editor.healthAssessments, 1)[:1] == ["Green"], timeout=T)
    assert cells(editor.healthAssessments, 0)[0] == labels.day(date.today())
    signals = dict(zip(cells(editor.healthSignals, 0), cells(editor.healthSignals, 1), strict=True))
    assert signals["Co-lead commitments met"] == "Green" and signals["Latest self-assessment"] == "Green"
    assert editor.health.health.trend[-1][0] == date.today().year  # a point of its own since the deadline


def test_a_member_that_reported_is_green_and_another_organisation_is_read_afresh(qtbot, editor, world):
    _path, w = world
    open_on_health(qtbot, editor, w.orgs["P0"])
    open_on_health(qtbot, editor, w.orgs["P1"])
    signals = dict(zip(cells(editor.healthSignals, 0), cells(editor.healthSignals, 1), strict=True))
    assert signals["Reported in the last cycle"] == "Green" and "Co-lead commitments met" in signals
    assert signals["Co-lead commitments met"] == "n/a"
    assert cells(editor.healthAssessments, 0) == ["No self-assessment recorded yet."]
    assert editor.healthLevel.text() == "Green"
