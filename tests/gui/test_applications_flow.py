"""The Applications area: recording by hand (one undo step), the live duplicate warning, the lifecycle
buttons (only legal steps, reasons where required, the screening gate), decisions creating the
membership, attachments, the due list shown on opening and the mail-merge export."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from test_applications_helpers import TODAY, T, build, names, open_application, open_applications

from opn_desk.gui.applications.dialogs import DecisionDialog, TransitionDialog
from opn_desk.gui.core import labels


@pytest.fixture
def data(db_path):
    return build(db_path)


@pytest.fixture
def opened(data, open_window, qtbot):
    return open_applications(open_window, qtbot)


def registry_names(window) -> list[str]:
    from opn_desk.domain.registry import OrganisationQuery
    from opn_desk.services import registry

    return [r.name for r in window.opened.desk.read(registry.search_organisations, OrganisationQuery(), limit=500)]


def test_the_table_lists_and_filters_the_applications(opened, qtbot):
    _window, page = opened
    assert page.model.total == 5
    assert "Nigeria Consumer Council (NCC)" in names(page)
    status = page.status_filter
    status.setCurrentIndex(status.findData("under_review"))
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=T)
    assert page.count_label.text() == "2 applications match"
    page.search.setText("egyptian")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=T)
    page.reset_filters()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total == 5, timeout=T)


def test_record_by_hand_with_a_new_organisation_is_one_undo_step(opened, qtbot):
    window, page = opened
    window.activateWindow()
    page.record_action.trigger()  # Ctrl+Shift+N
    assert page.record_action.shortcut().toString() == "Ctrl+Shift+N"
    dialog = page.intake_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.new_radio.setChecked(True)
    dialog.name_edit.setText("Lagos Circular Economy Hub")
    dialog.acronym_edit.setText("LCEH")
    qtbot.waitUntil(lambda: dialog._countries_ready, timeout=T)
    dialog.country_combo.setEditText("Nigeria")
    dialog.programme_combo.setCurrentIndex(dialog.programme_combo.findData("SPP"))
    dialog.representative.choose_new()
    dialog.representative.name_edit.setText("Adaeze Obi")
    dialog.representative.email_edit.setText("adaeze@lceh.example")
    dialog.representative.gender_combo.setCurrentIndex(dialog.representative.gender_combo.findData("female"))
    dialog.statement_edit.setPlainText("We run repair cafés in Lagos.")
    dialog.kind_boxes["staff_time"].setChecked(True)
    dialog.work_streams.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=T)
    qtbot.waitUntil(lambda: "Lagos Circular Economy Hub (LCEH)" in names(page), timeout=T)
    detail = page.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.organisation == "Lagos Circular Economy Hub",
                    timeout=T)
    assert detail.detail.representative == "Adaeze Obi"
    assert detail.detail.contribution_kinds == ("staff_time",)
    assert detail.detail.work_streams == ("Implementation support",)
    assert "Lagos Circular Economy Hub" in registry_names(window)
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=T)
    assert window.undo_action.text() == "&Undo Record application of Lagos Circular Economy Hub"

    window.undo()
    qtbot.waitUntil(lambda: "Lagos Circular Economy Hub (LCEH)" not in names(page), timeout=T)
    assert "Lagos Circular Economy Hub" not in registry_names(window)  # the organisation went with it
    qtbot.waitUntil(lambda: not detail.isVisible(), timeout=T)  # the application no longer exists


def test_record_for_an_organisation_of_the_registry_with_its_representative(opened, qtbot, data):
    from test_applications_helpers import org

    window, page = opened
    page.record_application()
    dialog = page.intake_dialog
    assert dialog.existing_radio.isChecked()
    dialog.org_picker.setText("German Env")
    dialog.org_picker.textEdited.emit("German Env")
    qtbot.waitUntil(lambda: "German Environment Agency (UBA)" in dialog.org_picker.choices(), timeout=T)
    dialog.org_picker._picked("German Environment Agency (UBA)")
    assert dialog.org_picker.org_id == org(window.opened.desk, "German Environment Agency")
    combo = dialog.representative.combo
    qtbot.waitUntil(lambda: combo.findText("Anna Becker <anna@example.org>") > 0, timeout=T)
    combo.setCurrentIndex(combo.findText("Anna Becker <anna@example.org>"))
    dialog.programme_combo.setCurrentIndex(dialog.programme_combo.findData("CI"))
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=T)
    detail = page.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.organisation == "German Environment Agency",
                    timeout=T)
    assert (detail.detail.programme_code, detail.detail.representative) == ("CI", "Anna Becker")
    # The same again is refused with the service's sentence, shown in the form.
    page.record_application()
    again = page.intake_dialog
    again.org_picker.choose(dialog.org_picker.org_id, "German Environment Agency (UBA)")
    again.programme_combo.setCurrentIndex(again.programme_combo.findData("CI"))
    again.submit()
    qtbot.waitUntil(again.error_label.isVisible, timeout=T)
    assert again.error_label.text() == ("German Environment Agency already has an open application to be a "
                                        "network member of CI.")
    again.reject()


def test_a_new_organisation_that_may_exist_asks_first(opened, qtbot):
    _window, page = opened
    page.record_application()
    dialog = page.intake_dialog
    dialog.new_radio.setChecked(True)
    dialog.name_edit.setText("Ghana Standards Authority")
    dialog.acronym_edit.setText("GSA")
    qtbot.waitUntil(lambda: dialog.duplicate_frame.isVisible(), timeout=T)
    match = dialog.matches[0]
    assert match.name == "Ghana Standards Authority"
    text = " ".join(label.text() for label in dialog.duplicate_frame.findChildren(QLabel))
    assert "Why:" in text and "the same acronym GSA" in text
    dialog.submit()
    assert dialog.error_label.isVisible() and "may already be in the registry" in dialog.error_label.text()
    assert dialog.isVisible()
    # "Use this organisation" links to the registry's record.
    use = [b for b in dialog.duplicate_frame.findChildren(QPushButton) if b.text() == "Use this organisation"]
    use[0].click()
    assert dialog.existing_radio.isChecked() and dialog.org_picker.org_id == match.org_id
    assert not dialog.duplicate_frame.isVisible()
    # A name the registry does not know gets no warning; "It is a new organisation" dismisses one.
    dialog.new_radio.setChecked(True)
    dialog.name_edit.setText("Ghana Standards Authority")
    qtbot.waitUntil(lambda: dialog.duplicate_frame.isVisible(), timeout=T)
    dialog.confirm_new()
    assert not dialog.duplicates_pending and not dialog.duplicate_frame.isVisible()
    dialog.reject()


def test_only_the_legal_next_steps_are_offered(opened, qtbot, data):
    _window, page = opened
    detail = open_application(page, qtbot, data.received)
    assert set(detail.step_buttons()) == {"screening", "withdrawn"}  # not Accepted, not Under review
    assert detail.status_label.text() == "Received"
    detail = open_application(page, qtbot, data.review)
    assert set(detail.step_buttons()) == {"mac_opinion", "accepted", "not_accepted", "withdrawn"}


def test_withdrawing_needs_a_reason_and_records_who_when_why(opened, qtbot, data):
    _window, page = opened
    detail = open_application(page, qtbot, data.received)
    detail.step_buttons()["withdrawn"].click()
    dialog = detail.dialog
    assert isinstance(dialog, DecisionDialog) and dialog.choice() == "withdrawn"
    assert not dialog.radios["accepted"].isEnabled()  # not from Received
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=T)
    assert dialog.error_label.text() == "Withdrawing an application needs a reason."
    dialog.text_edit.setPlainText("Withdrew by e-mail on Monday.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: detail.detail.status == "withdrawn", timeout=T)
    last = detail.detail.transitions[-1]
    assert (last.to_status, last.reason) == ("withdrawn", "Withdrew by e-mail on Monday.")
    assert detail.history_table.item(0, 2).text() == "Received → Withdrawn"
    assert detail.history_table.item(0, 3).text() == "Withdrew by e-mail on Monday."
    # Reopening is offered now, and needs its own reason.
    assert set(detail.step_buttons()) == {"screening", "under_review"}
    detail.step_buttons()["screening"].click()
    reopen = detail.dialog
    assert isinstance(reopen, TransitionDialog) and reopen.required
    reopen.ok_button.click()
    qtbot.waitUntil(reopen.error_label.isVisible, timeout=T)
    assert reopen.error_label.text() == "Reopening an application needs a reason."
    reopen.reason_edit.setPlainText("They asked to be considered again.")
    reopen.ok_button.click()
    qtbot.waitUntil(lambda: detail.detail.status == "screening", timeout=T)


def test_the_screening_gate(opened, qtbot, data):
    _window, page = opened
    detail = open_application(page, qtbot, data.screening)
    assert detail.screening_list.count() == 2
    assert detail.screening_summary.text() == "0 of 2 checks done."
    detail.step_buttons()["under_review"].click()
    dialog = detail.dialog
    assert dialog.override_edit is not None  # the dialog says what is not done and offers the override
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=T)
    assert dialog.error_label.text().startswith("The screening checklist is not complete (Eligible organisation "
                                                "type; Contact details verified)")
    dialog.reject()
    for item in ("Eligible organisation type", "Contact details verified"):
        detail.set_check(item, True)
    qtbot.waitUntil(lambda: detail.screening_summary.text() == "All 2 checks done.", timeout=T)
    assert detail.tabs.tabText(1) == "Screening (2/2)"
    detail.step_buttons()["under_review"].click()
    dialog = detail.dialog
    assert dialog.override_edit is None
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: detail.detail.status == "under_review", timeout=T)


def test_the_gate_can_be_overridden_with_a_reason(opened, qtbot, data):
    _window, page = opened
    detail = open_application(page, qtbot, data.screening)
    detail.step_buttons()["under_review"].click()
    dialog = detail.dialog
    dialog.override_edit.setText("The MAC asked to see it now")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: detail.detail.status == "under_review", timeout=T)
    assert "Screening checklist overridden: The MAC asked to see it now" in detail.detail.transitions[-1].reason


def test_accepting_creates_the_membership_shown_with_the_organisation(opened, qtbot, data, boxes):
    window, page = opened
    detail = open_application(page, qtbot, data.review)
    detail.step_buttons()["accepted"].click()
    dialog = detail.dialog
    assert dialog.has_term.isChecked()  # core partners serve two-year terms
    end = TODAY.replace(year=TODAY.year + 2) if not (TODAY.month == 2 and TODAY.day == 29) else \
        TODAY.replace(year=TODAY.year + 2, day=28)
    assert dialog.values()["term_end"] == end
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: detail.detail.status == "accepted", timeout=T)
    assert detail.detail.membership_id is not None
    assert detail.membership_link.isVisible()
    assert not detail.step_buttons().get("accepted")
    detail.membership_link.linkActivated.emit("org")
    editor = window.registry.editor
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.name == "Nigeria Consumer Council", timeout=T)
    assert window.stack.currentWidget() is window.registry
    qtbot.waitUntil(lambda: editor.ui.tabs.currentWidget() is editor.ui.membershipsTab, timeout=T)
    rows = [[editor.ui.membershipsTable.item(r, c).text() for c in range(3)]
            for r in range(editor.ui.membershipsTable.rowCount())]
    assert ["SPP", "Core partner", f"{labels.day(TODAY)} → {labels.day(end)}"] in rows


def test_not_accepting_needs_a_rationale(opened, qtbot, data):
    _window, page = opened
    detail = open_application(page, qtbot, data.review)
    detail.step_buttons()["not_accepted"].click()
    dialog = detail.dialog
    assert dialog.choice() == "not_accepted" and not dialog.term_widget.isVisibleTo(dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=T)
    assert dialog.error_label.text() == "Not accepting an application needs a rationale."
    dialog.text_edit.setPlainText("Outside the programme's scope.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: detail.detail.status == "not_accepted", timeout=T)
    assert "Outside the programme's scope." in detail.facts["decision"].text()


def test_attachments_are_added_listed_opened_and_removed(opened, qtbot, data, tmp_path, monkeypatch, boxes):
    from PySide6.QtGui import QDesktopServices

    _window, page = opened
    detail = open_application(page, qtbot, data.received)
    letter = tmp_path / "letter of interest.pdf"
    letter.write_bytes(b"%PDF-1.4 a small letter")
    detail.attach(letter)
    qtbot.waitUntil(lambda: detail.files_table.rowCount() == 1, timeout=T)
    assert detail.files_table.item(0, 0).text() == "letter of interest.pdf"
    assert detail.tabs.tabText(3) == "Files (1)"
    opened_urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url) or True)
    detail.files_table.selectRow(0)
    detail.open_attachment()
    qtbot.waitUntil(lambda: bool(opened_urls), timeout=T)
    copy = opened_urls[0].toLocalFile()
    assert copy.endswith("letter of interest.pdf") and open(copy, "rb").read() == b"%PDF-1.4 a small letter"
    # Over the limit: refused before reading, with the limit in the message.
    detail.max_bytes = 10
    detail.attach(letter)
    assert boxes.shown[-1].startswith("letter of interest.pdf is 0.0 MB; attachments can be at most 0 MB.")
    detail.max_bytes = 20 * 1024 * 1024
    boxes.answers = ["Remove"]
    detail.files_table.selectRow(0)
    detail.remove_attachment()
    qtbot.waitUntil(lambda: detail.files_table.rowCount() == 0, timeout=T)


def test_the_desk_sets_how_long_is_too_long_to_wait(opened, qtbot, data):
    from opn_desk.services.desk_settings import waiting_days

    window, page = opened
    due = page.due
    qtbot.waitUntil(lambda: due.has_loaded and due.waiting_days.isEnabled(), timeout=T)
    assert due.waiting_days.value() == 14
    assert [r[2] for r in due.item_rows() if r[0] == "waiting"] == [data.waiting]  # 30 days
    due.waiting_days.setValue(45)
    qtbot.waitUntil(lambda: not [r for r in due.item_rows() if r[0] == "waiting"], timeout=T)
    assert window.opened.desk.read(waiting_days) == 45
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: [r[2] for r in due.item_rows() if r[0] == "waiting"] == [data.waiting], timeout=T)
    assert due.waiting_days.value() == 14
    assert due.tree.topLevelItem(0).text(0).startswith("Waiting more than 14 days in a state")


def test_the_due_list_shows_a_waiting_application_when_the_window_opens(opened, qtbot, data):
    window, page = opened
    due = page.due
    qtbot.waitUntil(lambda: due.has_loaded, timeout=T)
    rows = due.item_rows()
    waiting = [r for r in rows if r[0] == "waiting"]
    assert [r[2] for r in waiting] == [data.waiting]
    assert "Tourism Board of Morocco" in waiting[0][1] and "for 30 days" in waiting[0][1]
    assert any(r[0] == "missing_reviews" and r[2] == data.review for r in rows)
    assert any(r[0] == "term_ending" for r in rows)  # the fixture's 2024-2026 terms
    assert page.dock.isVisible()
    from opn_desk.gui.applications.due_list import NavBadgeDelegate

    badge = window.nav.item(1).data(NavBadgeDelegate.BADGE_ROLE)
    assert badge == len(rows)
    window.show_area("organisations")
    group = due.tree.topLevelItem(0)
    due.tree.itemActivated.emit(group.child(0), 0)
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == data.waiting, timeout=T)
    # A term ending opens the organisation in the registry, on its memberships.
    terms = due.tree.topLevelItem(due.tree.topLevelItemCount() - 1)
    assert terms.data(0, Qt.ItemDataRole.UserRole) == "term_ending"
    sentence = terms.child(0).text(0)
    due.tree.itemActivated.emit(terms.child(0), 0)
    assert window.stack.currentWidget() is window.registry
    editor = window.registry.editor
    qtbot.waitUntil(lambda: editor.detail is not None and sentence.startswith(f"The term of {editor.detail.name} "),
                    timeout=T)
    assert editor.ui.tabs.currentWidget() is editor.ui.membershipsTab
    # Moving the waiting application along takes it off the list.
    page.detail.step_buttons()["screening"].click()
    page.detail.dialog.ok_button.click()
    qtbot.waitUntil(lambda: not [r for r in due.item_rows() if r[0] == "waiting"], timeout=T)


def test_the_mail_merge_export_follows_the_filters(opened, qtbot, tmp_path):
    _window, page = opened
    page.status_filter.setCurrentIndex(page.status_filter.findData("under_review"))
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=T)
    out = tmp_path / "applicants.csv"
    page.export_mail_merge(out)
    qtbot.waitUntil(lambda: out.exists(), timeout=T)
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["organisation", "representative"]
    assert sorted(r[0] for r in rows[1:]) == ["Egyptian Cleaner Production Centre", "Nigeria Consumer Council"]
    assert {r[5] for r in rows[1:]} == {"Under review"}


def test_letters_and_the_review_pack_are_written_as_pdf(opened, qtbot, data, tmp_path):
    from opn_desk.gui.widgets.print_preview import PdfPreviewDialog
    _window, page = opened
    detail = open_application(page, qtbot, data.received)
    assert detail.letters_button.isEnabled() and not detail.decision_letter_action.isEnabled()
    letter = tmp_path / "acknowledgement.pdf"
    detail.write_pdf("acknowledgement", letter)
    # Shown in the in-app preview, where it can be printed or saved elsewhere.
    qtbot.waitUntil(lambda: isinstance(getattr(detail, "pdf_shown", None), PdfPreviewDialog), timeout=T)
    assert detail.pdf_shown.path == letter and detail.pdf_shown.loaded and detail.pdf_shown.page_count >= 1
    assert letter.read_bytes().startswith(b"%PDF")
    detail.pdf_shown.close()
    pack = tmp_path / "pack.pdf"
    page.write_review_pack(data.call, pack)
    qtbot.waitUntil(lambda: isinstance(getattr(page, "pdf_shown", None), PdfPreviewDialog), timeout=T)
    assert page.pdf_shown.path == pack and page.pdf_shown.windowTitle().startswith("Review pack: ")
    assert pack.read_bytes().startswith(b"%PDF")
    page.pdf_shown.close()


def test_calls_and_their_criteria_are_edited_in_one_place(opened, qtbot, data):
    from opn_desk.gui.applications.calls import CallsDialog

    _window, page = opened
    page.show_calls()
    calls = page.calls_dialog
    assert isinstance(calls, CallsDialog)
    qtbot.waitUntil(lambda: calls.calls_table.rowCount() == 1 and calls.criteria_table.rowCount() == 5, timeout=T)
    assert calls.criteria_table.item(0, 0).text() == "Relevance of expertise"
    assert calls.criteria_table.item(0, 2).text() == "2"  # two scores: it cannot be removed
    calls.criteria_table.selectRow(0)
    assert not calls.remove_criterion_button.isEnabled()
    calls.edit_criterion()
    dialog = calls.dialog
    dialog.weight_spin.setValue(4)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: calls.criteria_table.item(0, 1).text() == "4", timeout=T)
    # The scored application's total follows the new weight: (4*3.5 + 2*4 + 3 + 2*4 + 4) / 10
    detail = open_application(page, qtbot, data.scored)
    qtbot.waitUntil(lambda: detail.detail.reviews.weighted_total == pytest.approx(3.7), timeout=T)
    calls.new_call()
    form = calls.dialog
    form.role_combo.setCurrentIndex(form.role_combo.findData("co_lead"))
    form.title_edit.setText("SPP co-leads 2027")
    form.ok_button.click()
    qtbot.waitUntil(lambda: calls.calls_table.rowCount() == 2, timeout=T)
    qtbot.waitUntil(lambda: calls.selected_call() is not None and calls.selected_call().title == "SPP co-leads 2027"
                    and calls.criteria_table.rowCount() == 5
                    and calls.criteria_table.item(0, 0).text() == "Full-time staff commitment", timeout=T)
    qtbot.waitUntil(lambda: any(c.title == "SPP co-leads 2027" for c in page.calls), timeout=T)
    calls.close()


def test_read_only_offers_no_changes(data, open_window, qtbot):
    window = open_window(read_only=True)
    window.show_area("applications")
    page = window.applications
    qtbot.waitUntil(lambda: page.model.has_loaded, timeout=T)
    assert not page.new_button.isVisible() and not page.record_action.isEnabled()
    detail = open_application(page, qtbot, data.received)
    assert detail.step_buttons() == {}
    assert not detail.add_file_button.isVisible()
    assert not detail.screening_list.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert TODAY - timedelta(days=5) == detail.detail.received_on


def test_cancelling_the_review_pack_writes_no_file(opened, qtbot, data, tmp_path, monkeypatch):
    """Cancel pressed while the pack is being written: no file (not even a partial one), and the window
    says "Cancelled", never "Wrote"."""
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from opn_desk.reports import applications as pdf

    real = pdf.write_review_pack
    pressed = threading.Event()

    def slow_writer(pack, path, **kwargs):  # the PDF is built, then Cancel arrives before it takes its name
        pages = real(pack, path, **kwargs)
        assert pressed.wait(10)
        return pages

    monkeypatch.setattr(pdf, "write_review_pack", slow_writer)
    window, page = opened
    said = []
    window.runner.message.connect(said.append)
    out = tmp_path / "out"
    out.mkdir()
    pack = out / "pack.pdf"
    page.write_review_pack(data.call, pack)
    dialogs = lambda: [d for d in window.findChildren(QProgressDialog) if d.isVisible()]  # noqa: E731
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=T)
    (cancel,) = dialogs()[0].findChildren(QPushButton)
    cancel.click()
    pressed.set()
    qtbot.waitUntil(lambda: any(s.startswith("Cancelled") for s in said), timeout=T)
    assert not pack.exists() and list(out.iterdir()) == []
    assert not any(s.startswith("Wrote") for s in said) and getattr(page, "pdf_shown", None) is None
