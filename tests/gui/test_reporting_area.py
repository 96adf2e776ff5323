"""The Reporting area on the demo database: the rates shown are the demo's, recording a submission moves
the rate, excusing needs a reason, the reminders' drafts are written to a folder, the cycle summary is
written, activities are added by hand and imported, and partnership health lists who dropped."""

from __future__ import annotations

import csv
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
    from opn_desk.gui.reporting.page import ReportingPage

    made = ReportingPage(opened.runner, Settings())
    qtbot.addWidget(made)
    made.resize(1280, 720)
    made.show()
    qtbot.waitUntil(lambda: made.view is not None, timeout=T)
    return made


def show(qtbot, page, programme: str, year: int):
    with qtbot.waitSignal(page.shown, timeout=T):
        page.choose(programme, year)
        if page.view is not None and (page.view.summary.programme_code, page.view.summary.year) == (programme, year):
            page.load()
    return page.view


def expected_rate(opened, programme: str, year: int):
    from opn_desk.services import reporting

    return next(r for r in opened.runner.desk.read(reporting.rates, programme_code=programme)
                if r.year == year).rate


def activity_count(page, view) -> int:
    from opn_desk.services import reporting

    return len(page.runner.desk.read(reporting.activities, view.cycle.id))


def test_the_area_shows_the_demos_rates(qtbot, page, opened):
    view = show(qtbot, page, "SPP", 2025)
    rate = expected_rate(opened, "SPP", 2025)
    assert (view.summary.rate.reported, view.summary.rate.partners) == (rate.reported, rate.partners)
    assert f"{rate.reported} of {rate.partners} partners reported ({rate.rate:.0%})" in page.headline.text()
    # The charts carry the same figures, in words: every programme this year, per role, per group, the years.
    assert f"SPP: {rate.rate:.0%} ({rate.reported} of {rate.partners})" in page.network_chart.described()
    assert "Co-lead" in page.role_chart.described() and "2024" in page.years_chart.described()
    assert page.group_chart.bars
    # The programmes' rates differ (the seed's range).
    other = show(qtbot, page, "SLE", 2025)
    assert other.summary.rate.rate < view.summary.rate.rate


def test_the_partners_list_filters_and_puts_the_longest_missing_first(qtbot, page):
    show(qtbot, page, "CI", 2025)
    tab = page.partners
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("not_reported"))
    missing = tab.model.records
    assert missing and all(not line.standing.reported and not line.standing.excused for line in missing)
    days = [line.standing.days_late for line in missing]
    assert days == sorted(days, reverse=True) or missing[0].standing.days_late >= missing[-1].standing.days_late
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("excused"))
    assert all(line.standing.state == "excused" for line in tab.model.records)


def test_recording_a_submission_updates_the_rate(qtbot, page, opened):
    from opn_desk.gui.reporting.dialogs import SubmissionDialog

    before = show(qtbot, page, "SPP", 2025).summary.rate
    tab = page.partners
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("not_reported"))
    line = tab.model.records[0]
    tab.table.selectRow(0)
    tab.record_submission()
    dialog = tab.dialog
    assert isinstance(dialog, SubmissionDialog)
    with qtbot.waitSignal(page.shown, timeout=T):
        dialog.ok_button.click()
    after = page.view.summary.rate
    assert (after.reported, after.partners) == (before.reported + 1, before.partners)
    assert f"{after.reported} of {after.partners}" in page.headline.text()
    assert expected_rate(opened, "SPP", 2025).reported == before.reported + 1
    # The partner left the "not reported" list and shows as submitted (late: after the deadline).
    assert line.organisation_id not in {r.organisation_id for r in tab.model.records}
    # Undone, the rate is back where it was.
    with qtbot.waitSignal(page.shown, timeout=T):
        page.runner.undo()
    assert page.view.summary.rate.reported == before.reported


def test_an_excuse_needs_a_reason_and_leaves_the_partner_out_of_the_rate(qtbot, page):
    before = show(qtbot, page, "CI", 2025).summary.rate
    tab = page.partners
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("not_reported"))
    tab.table.selectRow(0)
    tab.excuse()
    dialog = tab.dialog
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=T)
    assert "Say why the partner is excused" in dialog.error_label.text()
    dialog.reason.setText("Office closed after the floods")
    with qtbot.waitSignal(page.shown, timeout=T):
        dialog.ok_button.click()
    after = page.view.summary.rate
    assert (after.partners, after.excused) == (before.partners - 1, before.excused + 1)


def test_reminders_are_written_to_a_folder(qtbot, page, tmp_path, boxes):
    view = show(qtbot, page, "CI", 2025)
    folder = tmp_path / "drafts"
    folder.mkdir()
    page.prepare_reminders(folder)
    qtbot.waitUntil(lambda: page.last_reminders is not None, timeout=T)
    drafts = sorted(folder.glob("*.eml"))
    result = page.last_reminders
    assert drafts and len(drafts) == len(result.written)
    assert len(result.written) + len(result.without_address) == len(view.summary.non_reporters)
    text = drafts[0].read_text(encoding="utf-8")
    assert "X-Unsent: 1" in text and "To:" in text
    assert any(f"{len(drafts)} reminder drafts written" in shown for shown in boxes.shown)


def test_the_cycle_summary_is_written_as_a_spreadsheet(qtbot, page, tmp_path):
    show(qtbot, page, "SPP", 2025)
    out = tmp_path / "summary.xlsx"
    page.cycle_summary(out)
    qtbot.waitUntil(lambda: page.last_summary == out, timeout=T)
    assert out.stat().st_size > 0


def test_a_new_cycle_is_created_and_chosen(qtbot, page):
    from opn_desk.gui.reporting.dialogs import NewCycleDialog

    page.new_cycle()
    dialog = page.dialog
    assert isinstance(dialog, NewCycleDialog)
    dialog.programme.setCurrentIndex(dialog.programme.findData("SBC"))
    dialog.year.setValue(2026)
    dialog.reminders.setText("-7, x")
    dialog.ok_button.click()
    assert "'x' is not a number" in dialog.error_label.text()
    dialog.reminders.setText("-7, 10")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.programme.currentData() == "SBC" and page.year.currentData() == 2026, timeout=T)
    qtbot.waitUntil(lambda: page.view is not None and page.view.cycle.programme == "SBC", timeout=T)
    assert page.view.cycle.reminder_days == (-7, 10)


def test_an_activity_is_added_by_hand(qtbot, page):
    view = show(qtbot, page, "SPP", 2025)
    tab = page.activities
    before = activity_count(page, view)
    tab.new_activity()
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=T)
    dialog = tab.dialog
    partner = view.partners[0].line
    dialog.organisation.choose(partner.organisation_id, partner.organisation)
    dialog.title.setText("Training of municipal buyers")
    dialog.sdgs.setText("12, seven")
    dialog.ok_button.click()
    assert "'seven' is not a number" in dialog.error_label.text()
    dialog.sdgs.setText("12, 7")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: len(tab.lines) == before + 1, timeout=T)
    assert any(a.title == "Training of municipal buyers" and a.sdgs == (7, 12) for a in tab.lines)


def test_activities_are_imported_from_a_file(qtbot, page, tmp_path):
    from opn_desk.gui.reporting.import_dialog import ActivitiesImportDialog

    view = show(qtbot, page, "SPP", 2025)
    partner = view.partners[-1].line.organisation
    path = tmp_path / "export.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Partner", "Programme", "Year", "Activity", "Type", "Notes"])
        writer.writerow([partner, "SPP", "2025", "Guide for green tenders", "Tools", "x"])
        writer.writerow([partner, "SPP", "2025", "Webinar", "no such category", "y"])
    before = activity_count(page, view)
    dialog = ActivitiesImportDialog(page.runner, tmp_path, page)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=T)
    assert not dialog.preview.ok and not dialog.import_button.isEnabled()
    assert any("row 3" in line or line.startswith("3 ") for line in dialog.problem_lines())
    dialog.set_field("Notes", "change_in_practice")
    qtbot.waitUntil(lambda: dialog.preview is not None and "Notes" not in " ".join(
        p.column for p in dialog.preview.warnings), timeout=T)
    path.write_text(path.read_text(encoding="utf-8").replace("no such category", "Communications"), encoding="utf-8")
    dialog.preview = None
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.ok, timeout=T)
    assert dialog.import_button.isEnabled()
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=T)
    qtbot.waitUntil(lambda: len(page.activities.lines) == before + 2, timeout=T)


def test_partnership_health_lists_the_dropped_first_and_records_an_assessment(qtbot, page):
    tab = page.health
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded, timeout=T)
    records = tab.model.records
    assert records and records[0].dropped
    dropped = [h.dropped for h in records]
    assert dropped == sorted(dropped, reverse=True)  # every dropped partner before the others
    assert "health dropped for" in tab.count.text()
    tab.dropped_only.setChecked(True)
    assert all(h.dropped for h in tab.model.records)
    tab.dropped_only.setChecked(False)
    name = records[0].organisation
    tab.table.selectRow(0)
    tab.assess()
    dialog = tab.dialog
    dialog.rag.setCurrentIndex(dialog.rag.findData("green"))
    dialog.day.setDate(dialog.day.date().currentDate())
    tab.loaded = False
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.loaded and tab.dialog is None, timeout=T)
    after = next(h for h in tab.partners if h.organisation == name)
    assert after.last_assessment == date.today()
    assert next(s for s in after.signals if s.name == "self_assessment").level == "green"


def test_the_window_opens_the_area(qtbot, open_window, demo_template, tmp_path):
    from opn_desk.db.backup import copy_database
    from opn_desk.gui.reporting.page import ReportingPage

    window = open_window(copy_database(demo_template, tmp_path / "window.sqlite"))
    window.show_area("reporting")
    page = window.page("reporting")
    assert isinstance(page, ReportingPage)
    qtbot.waitUntil(lambda: page.view is not None, timeout=T)


def test_moving_the_deadline_changes_who_is_late(qtbot, page):
    from datetime import timedelta

    view = show(qtbot, page, "CI", 2025)
    assert view.summary.rate.very_late > 0
    page.edit_cycle()
    dialog = page.dialog
    assert not dialog.programme.isEnabled() and dialog.reminders.text() == "-14, -3, 7, 15"
    later = date.today() + timedelta(days=30)
    dialog.deadline.setDate(dialog.deadline.date().fromString(later.isoformat(), "yyyy-MM-dd"))
    with qtbot.waitSignal(page.shown, timeout=T):
        dialog.ok_button.click()
    assert page.view.cycle.deadline == later
    # Before the deadline nobody is late, and nobody has missed it.
    assert page.view.summary.rate.very_late == 0 and page.view.summary.rate.late == 0
    assert all(p.line.standing.state in ("to_do", "submitted", "excused") for p in page.view.partners)


def test_a_focal_point_with_alternates_is_set(qtbot, page, opened):
    from opn_desk.services import reporting, reporting_view

    view = show(qtbot, page, "SPP", 2025)
    desk = opened.runner.desk
    line = next(p.line for p in view.partners
                if len(desk.read(reporting_view.focal_point_form, p.line.organisation_id).people) >= 2)
    tab = page.partners
    tab.search.setText(line.organisation)
    assert tab.select_organisation(line.organisation)
    tab.focal_point()
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=T)
    dialog = tab.dialog
    dialog.person.setCurrentIndex(1)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.alternates.item(1).setCheckState(dialog.alternates.item(1).checkState().Checked)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=T)
    form = desk.read(reporting_view.focal_point_form, line.organisation_id)
    assert form.person_id == form.people[0][0] and form.language == "fr"
    assert form.alternates == (form.people[1][0],)
    fp = desk.read(reporting.focal_points, [line.organisation_id])[line.organisation_id]
    assert fp.language == "fr" and not fp.from_membership


def test_the_cycle_summary_pdf_is_written_and_shown(qtbot, page, tmp_path, monkeypatch):
    from opn_desk.gui.widgets import print_preview

    shown = []
    monkeypatch.setattr(print_preview, "show_pdf", lambda parent, path, title, **kw: shown.append((path, title)))
    show(qtbot, page, "SPP", 2025)
    out = tmp_path / "summary.pdf"
    page.cycle_summary(out)
    qtbot.waitUntil(lambda: page.last_summary == out, timeout=T)
    assert out.read_bytes().startswith(b"%PDF")
    assert shown == [(out, "Cycle summary: SPP 2025")]


def test_read_only_offers_no_changes(qtbot, tmp_path, demo_template):
    from opn_desk.db.backup import copy_database
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.reporting.page import ReportingPage
    from opn_desk.gui.window.opening import open_desk

    opened = open_desk(copy_database(demo_template, tmp_path / "ro.sqlite"), read_only=True)
    try:
        page = ReportingPage(opened.runner, Settings())
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.view is not None, timeout=T)
        for button in (page.new_cycle_button, page.edit_cycle_button, page.reminders_button, page.import_button,
                       page.partners.submit_button, page.partners.excuse_button, page.activities.new_button,
                       page.health.assess_button):
            assert not button.isVisible()
        assert page.summary_button.isVisible()
    finally:
        opened.close()


def test_a_desk_without_cycles_says_how_to_start(qtbot, db_path):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.reporting.page import ReportingPage
    from opn_desk.gui.window.opening import open_desk

    opened = open_desk(db_path)
    try:
        page = ReportingPage(opened.runner, Settings())
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.programme.count() > 0, timeout=T)
        qtbot.waitUntil(lambda: "no reporting cycle yet" in page.headline.text(), timeout=T)
        assert not page.reminders_button.isEnabled() and not page.summary_button.isEnabled()
        assert page.new_cycle_button.isEnabled()
    finally:
        opened.close()
