"""The Leadership area on the demo database: the SPP renewal process in step 3 with its steps, closing a
step out of order (the override reason asked for and recorded), MAC opinions, proposing a candidate and
the balance it changes, the composition on a past date, and the dossier built, previewed and printed."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from opn_desk.gui.core import labels

T = 15_000
PAST = date(2025, 3, 1)
needs_qtpdf = pytest.mark.skipif(importlib.util.find_spec("PySide6.QtPdf") is None,
                                 reason="this PySide6 has no QtPdf (the PySide6-Pdf or PySide6-Addons wheel)")
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("qpdf"),
                                   reason="needs poppler-utils (pdftotext) and qpdf")


@pytest.fixture
def opened_demo(tmp_path, demo_template):
    from opn_desk.db.backup import copy_database
    from opn_desk.gui.window.opening import open_desk

    made = []

    def make(read_only: bool = False):
        path = copy_database(demo_template, tmp_path / f"desk{len(made)}.sqlite")
        opened = open_desk(path, read_only=read_only)
        made.append(opened)
        return opened

    yield make
    for opened in made:
        opened.close()


@pytest.fixture
def open_page(qtbot, opened_demo):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.leadership.page import LeadershipPage

    def make(read_only: bool = False):
        opened = opened_demo(read_only)
        page = LeadershipPage(opened.runner, Settings())
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        qtbot.waitUntil(lambda: page.snapshot is not None and page.terms.composition is not None, timeout=T)
        return opened, page

    return make


@pytest.fixture
def page(open_page):
    return open_page()[1]


def step_states(page) -> list[str]:
    return [page.steps.table.item(row, 2).text() for row in range(page.steps.table.rowCount())]


def rule_state(page, name: str) -> str:
    table = page.candidates.balance.rules_table
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == name:
            return table.item(row, 3).text()
    raise AssertionError(f"no rule {name!r}")


def test_the_spp_process_and_its_four_steps_are_shown(page):
    assert page.code == "SPP"
    assert "step 3 of 4" in page.process_label.text()
    assert step_states(page) == ["Done", "Done", "In progress", "Not started"]
    steps = page.steps
    assert steps.number == 3  # the step the process is at
    assert steps.step_title.text() == "Review of applications"
    assert steps.actual_start.value() == date(2026, 8, 10)
    assert "Secretariat" in steps.responsible_edit.text()
    assert not steps.start_button.isEnabled() and steps.close_button.isEnabled()
    assert not steps.reopen_button.isEnabled()
    steps.select_step(1)
    assert steps.closing_label.text().startswith(f"Done on {labels.day(date(2026, 3, 18))}, closed by Demo desk officer")
    assert steps.reopen_button.isEnabled() and not steps.close_button.isEnabled()


def test_closing_a_step_before_the_previous_one_asks_for_a_reason_and_records_it(open_page, qtbot):
    from opn_desk.services import renewal

    opened, page = open_page()
    steps = page.steps
    steps.select_step(4)
    steps.close_button.click()
    dialog = steps.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.asks_override
    assert dialog.refusal_label.text().startswith("Step 4 cannot be closed before step 3 (review of applications) "
                                                  "is done; it is in progress.")
    dialog.ok_button.click()  # no reason: the service refuses and nothing changes
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=T)
    assert dialog.error_label.text().startswith("Write the reason to override the order")
    assert "give a reason to override the order" in dialog.refusal_label.text()  # the service's sentence
    assert step_states(page)[3] == "Not started"

    reason = "The Board meets early; the MAC's last opinions follow in writing."
    dialog.reason_edit.setPlainText(reason)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=T)
    qtbot.waitUntil(lambda: step_states(page)[3] == "Done (order overridden)", timeout=T)
    process = opened.desk.read(renewal.get_process, page.snapshot.detail.id)
    step = process.steps[3]
    assert step.state == "done" and step.override_reason == reason
    assert step.closed_by and step.actual_end == date.today()
    assert steps.number == 4 and not steps.override_label.isHidden()
    assert reason in steps.override_label.text()
    assert step_states(page)[2] == "In progress"  # the step before is untouched


def test_closing_the_current_step_in_order_needs_no_reason(page, qtbot):
    steps = page.steps
    steps.close_button.click()  # step 3: steps 1 and 2 are done
    dialog = steps.dialog
    assert not dialog.asks_override
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: step_states(page)[2] == "Done", timeout=T)
    assert "step 4 of 4" in page.process_label.text()


def test_recording_a_mac_opinion(open_page, qtbot, boxes):
    from opn_desk.services import renewal

    opened, page = open_page()
    view = page.candidates
    page.tabs.setCurrentIndex(3)
    target = next(c for c in view.candidates if c.kind == "applicant" and c.status_code == "under_review"
                  and not c.mac_opinion)
    assert view.select(target.key)
    detail = view.detail
    assert detail.candidate.key == target.key
    assert not detail.save_opinion_button.isEnabled()
    opinion = "The MAC supports it: strong work in Eastern Europe, a staff member offered."
    detail.opinion_edit.setPlainText(opinion)
    assert detail.save_opinion_button.isEnabled()
    detail.save_opinion_button.click()
    qtbot.waitUntil(lambda: page.snapshot.candidate(target.key).mac_opinion == opinion, timeout=T)
    row = next(r for r in range(view.table.rowCount()) if view.table.item(r, 2).data(Qt.ItemDataRole.UserRole)
               == target.key)
    assert view.table.item(row, view.table.columnCount() - 1).text() == opinion
    stored = opened.desk.read(renewal.list_candidates, page.snapshot.detail.id)
    assert next(c for c in stored if c.key == target.key).mac_opinion == opinion

    received = next(c for c in view.candidates if c.status_code == "received")
    view.select(received.key)
    detail.opinion_edit.setPlainText("Too early")
    detail.save_opinion_button.click()
    qtbot.waitUntil(lambda: any("MAC's opinion is recorded while an application is under review" in s
                                for s in boxes.shown), timeout=T)
    assert page.snapshot.candidate(received.key).mac_opinion == ""


def test_proposing_a_candidate_changes_the_balance(page, qtbot):
    from opn_desk.domain.vocab import RegionalGroup

    view = page.candidates
    page.tabs.setCurrentIndex(3)
    before = page.snapshot.balance
    assert before.seats == 5
    # The demo proposes the selection optimiser's best five: every balance rule is met.
    assert not before.broken
    assert view.balance.summary.text().startswith("5 leads proposed. Every balance rule is met")
    # Taking out the only proposed lead of its regional group breaks that group's rule.
    region_counts = {c.label: c.count for c in before.by_region}
    target = next(c for c in view.candidates if c.proposed
                  and region_counts[RegionalGroup(c.regional_group_code).label] == 1)
    region = RegionalGroup(target.regional_group_code).label
    row = next(r for r in range(view.table.rowCount()) if view.table.item(r, 2).data(Qt.ItemDataRole.UserRole)
               == target.key)
    view.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)  # the desk officer unticks "Proposed"
    qtbot.waitUntil(lambda: page.snapshot.balance.seats == 4, timeout=T)
    assert not page.snapshot.candidate(target.key).proposed
    assert rule_state(page, region) == "Broken"
    summary = view.balance.summary.text()
    assert summary.startswith("4 leads proposed. 2 of 11 balance rules broken: ") and region in summary
    assert next(c for c in view.balance.balance.by_region if c.label == region).count == 0

    view.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: page.snapshot.balance.seats == 5, timeout=T)
    assert rule_state(page, region) in ("At the edge", "Met")
    assert view.table.item(row, 0).text() == "Yes"
    extra = next(c for c in view.candidates if not c.proposed)  # more than five leads may be proposed
    row = next(r for r in range(view.table.rowCount()) if view.table.item(r, 2).data(Qt.ItemDataRole.UserRole)
               == extra.key)
    view.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: page.snapshot.balance.seats == 6, timeout=T)
    assert view.balance.summary.text().startswith("6 leads proposed.")


def test_the_composition_on_a_past_date_differs_from_today(page, qtbot):
    terms = page.terms
    today = {m.membership_id: m for m in terms.composition.members}
    assert any(m.role == "co_lead" for m in today.values())
    newcomer = max(today.values(), key=lambda m: m.term_start)
    assert newcomer.term_start > PAST
    assert terms.table.rowCount() == len(today)
    terms.set_date(PAST)
    qtbot.waitUntil(lambda: terms.composition.on == PAST, timeout=T)
    past = {m.membership_id: m for m in terms.composition.members}
    assert past and set(past) != set(today)
    assert newcomer.membership_id not in past
    assert all(m.term_start <= PAST for m in past.values())
    assert "A past date" in terms.date_note.text()
    assert labels.long_day(PAST) in terms.count_label.text()
    # Holding over and the alerts are shown in words, not by colour alone.
    notices = [terms.table.item(r, 7).text() for r in range(terms.table.rowCount())]
    assert all(n in ("", "Ends within 3 months", "Ends within 6 months") or n.startswith("Holding over")
               for n in notices)
    terms.set_date(date.today())
    qtbot.waitUntil(lambda: terms.composition.on == date.today(), timeout=T)
    notices = [terms.table.item(r, 7).text() for r in range(terms.table.rowCount())]
    assert "Ends within 3 months" in notices
    assert terms.alerts_list.count() == len(terms.composition.alerts) > 0
    assert terms.alerts_list.item(0).text().startswith(("Within 3 months: ", "Holding over: "))


def _pages(path: Path) -> int:
    return int(subprocess.run(["qpdf", "--show-npages", str(path)], capture_output=True, text=True, check=True,
                              timeout=60).stdout)


def _shows(words: list[str], name: list[str], gap: int = 4) -> bool:
    """``name`` in the PDF's ``words`` in order; a name wrapped in a table cell may have a few of the next
    cell's words between its lines, as pdftotext reads them."""
    for start, word in enumerate(words):
        at = start
        if word != name[0]:
            continue
        for part in name[1:]:
            found = next((k for k in range(at + 1, min(len(words), at + 2 + gap)) if words[k] == part), None)
            if found is None:
                break
            at = found
        else:
            return True
    return False


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout


@needs_qtpdf
@needs_poppler
def test_the_dossier_builds_and_opens_in_the_preview_and_prints(open_page, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    opened, page = open_page()
    said = []
    opened.runner.message.connect(said.append)
    page.draft_action.trigger()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=30_000)
    preview = page.preview
    assert preview.isVisible() and preview.loaded
    built = next(int(m) for s in said for m in re.findall(r"Built SPP leadership renewal dossier \(draft\): (\d+) "
                                                          r"pages", s))
    assert preview.page_count == built == _pages(preview.path) > 5
    assert preview.of_label.text() == f"of {built}"
    text = _text(preview.path)
    names = [c.organisation for c in page.snapshot.candidates]
    assert len(names) >= 6 and all(name in " ".join(text.split()) for name in names if name.isascii())

    preview.go_to(built - 1)
    assert preview.page_spin.value() == built and not preview.next_button.isEnabled()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(72)
    assert preview.print_to(printer) == built
    printed = tmp_path / "printed.pdf"
    assert subprocess.run(["qpdf", "--check", str(printed)], capture_output=True, timeout=60).returncode == 0
    assert _pages(printed) == built
    printed_text = " ".join(_text(printed).split())
    readable = [name for name in names if name.isascii()]  # the first and last candidates' profiles
    assert readable[0] in printed_text and readable[-1] in printed_text


@needs_qtpdf
@needs_poppler
def test_the_print_menu_offers_the_boards_summary_edition(open_page, qtbot):
    """The dossier menu builds the summary edition too: the decision, the balance and half a page per
    candidate, in fewer pages than the full dossier."""
    opened, page = open_page()
    said = []
    opened.runner.message.connect(said.append)
    assert page.summary_draft_action.text() and page.summary_final_action.text()
    page.summary_draft_action.trigger()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=30_000)
    built = next(int(m) for s in said for m in re.findall(r"Built SPP leadership renewal summary \(draft\): (\d+) "
                                                          r"pages", s))
    candidates = len(page.snapshot.candidates)
    assert _pages(page.preview.path) == built <= 3 + (candidates + 1) // 2
    text = " ".join(_text(page.preview.path).split())
    assert "summary for the Board" in text and "The decision: the proposed leadership" in text
    assert "Annex A" not in text  # the annexes are in the full dossier only


@needs_qtpdf
@needs_poppler
def test_the_roster_of_a_past_date_opens_in_the_preview(page, qtbot):
    page.terms.set_date(PAST)
    qtbot.waitUntil(lambda: page.terms.composition.on == PAST, timeout=T)
    page.roster_button.click()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=30_000)
    preview = page.preview
    assert preview.windowTitle() == f"SPP roster as of {labels.long_day(PAST)}"
    words = _text(preview.path).split()
    members = page.terms.composition.members
    assert members and all(_shows(words, m.organisation.split()) for m in members if m.organisation.isascii())
    assert preview.page_count == _pages(preview.path)


def test_a_read_only_database_shows_everything_and_changes_nothing(open_page):
    _opened, page = open_page(read_only=True)
    assert page.snapshot is not None and step_states(page)[2] == "In progress"
    steps = page.steps
    assert not steps.close_button.isVisibleTo(page) and not steps.save_button.isVisibleTo(page)
    assert steps.responsible_edit.isReadOnly()
    assert not page.new_process_button.isVisibleTo(page)
    view = page.candidates
    assert not (view.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable)
    assert view.detail.opinion_edit.isReadOnly()
    assert not page.checklist.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert page.dossier_button.isEnabled()  # reading and printing still work


def test_ticking_the_checklist_and_planning_succession(open_page, qtbot):
    from opn_desk.services import renewal

    opened, page = open_page()
    checklist = page.checklist
    item = next(i for i in checklist.items if not i.done)
    checklist.tick(item.id, note="Discussed at the MAC's virtual meeting.")
    qtbot.waitUntil(lambda: checklist.item(item.id).done, timeout=T)
    ticked = checklist.item(item.id)
    assert ticked.note == "Discussed at the MAC's virtual meeting." and ticked.done_by
    assert "4 of 6 considered" in checklist.title.text()

    succession = page.succession
    succession.add_button.click()
    dialog = succession.dialog
    dialog.name_radio.setChecked(True)
    dialog.name_edit.setText("Open seat: Asia and the Pacific")
    dialog.year_spin.setValue(2028)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: any(e.organisation == "Open seat: Asia and the Pacific" for e in succession.entries),
                    timeout=T)
    stored = opened.desk.read(renewal.list_succession, page.snapshot.detail.id)
    assert any(e.year == 2028 and e.organisation == "Open seat: Asia and the Pacific" for e in stored)


def test_editing_a_step_and_its_evidence_files(open_page, qtbot, tmp_path, boxes):
    from opn_desk.services import renewal

    opened, page = open_page()
    steps = page.steps
    steps.select_step(4)
    steps.responsible_edit.setText("The Secretariat's Board liaison")
    steps.responsible_edit.textEdited.emit(steps.responsible_edit.text())
    steps.planned_end.set_value(date(2027, 4, 15))
    steps.planned_end.changed.emit()
    assert steps.save_button.isEnabled()
    steps.save_button.click()
    qtbot.waitUntil(lambda: steps.step.responsible == "The Secretariat's Board liaison", timeout=T)
    assert steps.step.planned_end == date(2027, 4, 15) and not steps.save_button.isEnabled()

    minutes = tmp_path / "board-note.txt"
    minutes.write_text("Submission planned for the Board's March meeting.", encoding="utf-8")
    steps.add_file(minutes)
    qtbot.waitUntil(lambda: steps.files_list.count() == 1, timeout=T)
    assert steps.files_list.item(0).text().startswith("board-note.txt")
    assert steps.table.item(3, 6).text().startswith("1 file")
    stored = opened.desk.read(renewal.list_step_attachments, page.snapshot.detail.id, 4)
    assert [a.filename for a in stored] == ["board-note.txt"]
    steps.files_list.setCurrentRow(0)
    steps.remove_file_button.click()  # the confirmation's default answer is Remove
    qtbot.waitUntil(lambda: steps.files_list.count() == 0, timeout=T)
    assert any(s.startswith("Remove board-note.txt from step 4?") for s in boxes.shown)


def test_renewing_a_term_clears_its_alert_and_counts_the_next_term(page, qtbot):
    terms = page.terms
    member = next(m for m in terms.composition.members if m.role == "co_lead" and m.term_end
                  and any(a.membership_id == m.membership_id for a in terms.composition.alerts))
    terms.table.selectRow(terms.membership_row(member.membership_id))
    assert terms.renew_button.isEnabled()
    terms.renew_button.click()  # confirmed with Renew
    qtbot.waitUntil(lambda: not any(a.organisation_id == member.organisation_id for a in terms.composition.alerts),
                    timeout=T)
    terms.set_date(member.term_end.replace(year=member.term_end.year + 1))
    qtbot.waitUntil(lambda: terms.composition.on > member.term_end, timeout=T)
    renewed = next(m for m in terms.composition.members if m.organisation_id == member.organisation_id
                   and m.role == "co_lead")
    assert renewed.consecutive == member.consecutive + 1 and renewed.run_start == member.run_start
    row = terms.membership_row(renewed.membership_id)
    assert terms.table.item(row, 6).text().startswith(f"{member.consecutive + 1}")


def test_a_programme_without_a_process_can_open_one(page, qtbot):
    page.show_programme("CI")
    qtbot.waitUntil(lambda: page.state is not None and page.state.code == "CI", timeout=T)
    assert page.snapshot is None and page.stacks[0].currentIndex() == 1
    assert "CI – Consumer Information has no leadership renewal process yet" in page.placeholders[0].text()
    assert not page.dossier_button.isEnabled() and page.roster_button.isEnabled()
    assert page.new_process_button.isEnabled()
    page.new_process_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=T)
    dialog = page.dialog
    dialog.title_edit.setText("CI leadership renewal 2027")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=T)
    assert page.snapshot.detail.title == "CI leadership renewal 2027"
    assert step_states(page) == ["Not started"] * 4
    assert len(page.checklist.items) == 6
    assert page.tabs.currentIndex() == 1 and not page.new_process_button.isEnabled()


def test_scoring_an_incumbent_seeking_renewal(page, qtbot):
    view = page.candidates
    page.tabs.setCurrentIndex(3)
    incumbent = next(c for c in view.candidates if c.kind == "incumbent" and c.scores and c.scores.reviewers)
    view.select(incumbent.key)
    assert view.detail.score_button.isVisible()
    view.detail.score_button.click()
    dialog = view.dialog
    reviewer_id, reviewer = incumbent.scores.reviewers[0]
    dialog.reviewer.select(reviewer_id, reviewer)
    criterion_id, spin, comment = dialog.rows[0]
    before = next(s for s in incumbent.scores.criteria if s.criterion_id == criterion_id)
    assert spin.value() == next(s.score for s in before.scores if s.reviewer_id == reviewer_id)  # prefilled
    spin.setValue(1.0)
    comment.setText("No staff member seconded in the last term.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=T)

    def mean_now():
        c = page.snapshot.candidate(incumbent.key)
        return next(s for s in c.scores.criteria if s.criterion_id == criterion_id)

    qtbot.waitUntil(lambda: mean_now().mean != before.mean, timeout=T)
    assert any(s.reviewer_id == reviewer_id and s.score == 1.0 for s in mean_now().scores)


def test_reopening_a_done_step_needs_a_reason_added_to_its_evidence(page, qtbot):
    steps = page.steps
    steps.select_step(2)
    steps.reopen_button.click()
    dialog = steps.dialog
    dialog.ok_button.click()  # no reason: refused
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=T)
    assert dialog.error_label.text() == "Reopening a step needs a reason."
    dialog.reason_edit.setPlainText("Two late applications are accepted after all.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: step_states(page)[1] == "In progress", timeout=T)
    assert "Two late applications are accepted after all." in steps.evidence_edit.toPlainText()
    assert steps.close_button.isEnabled() and not steps.reopen_button.isEnabled()


def test_starting_a_step_with_unsaved_edits_saves_them_first_and_keeps_the_start_day(open_page, qtbot):
    from opn_desk.services import renewal

    opened, page = open_page()
    steps = page.steps
    steps.select_step(4)
    steps.evidence_edit.setPlainText("Board submission drafted with the MAC co-chairs.")
    assert steps.save_button.isEnabled()
    steps.start_button.click()
    qtbot.waitUntil(lambda: step_states(page)[3] == "In progress", timeout=T)
    qtbot.waitUntil(lambda: not steps.save_button.isEnabled(), timeout=T)
    stored = opened.desk.read(renewal.get_process, page.snapshot.detail.id).steps[3]
    assert stored.evidence == "Board submission drafted with the MAC co-chairs."  # the edits were saved first
    assert stored.actual_start == date.today()  # and the start day the service set is kept
    assert steps.actual_start.value() == date.today()
    assert steps.evidence_edit.toPlainText() == stored.evidence
    assert not steps.revert_button.isEnabled() and steps.notice_label.isHidden()


def test_reopening_with_unsaved_edits_keeps_both_the_edits_and_the_reason(open_page, qtbot):
    from opn_desk.services import renewal

    opened, page = open_page()
    steps = page.steps
    steps.select_step(2)
    before = steps.step.evidence
    steps.evidence_edit.setPlainText(f"{before}\nCall text checked by the MAC.".strip())
    steps.reopen_button.click()
    qtbot.waitUntil(lambda: steps.dialog is not None, timeout=T)
    dialog = steps.dialog
    dialog.reason_edit.setPlainText("Two late applications are accepted after all.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: step_states(page)[1] == "In progress", timeout=T)
    qtbot.waitUntil(lambda: not steps.save_button.isEnabled(), timeout=T)
    stored = opened.desk.read(renewal.get_process, page.snapshot.detail.id).steps[1]
    assert "Call text checked by the MAC." in stored.evidence
    assert "Two late applications are accepted after all." in stored.evidence
    assert steps.evidence_edit.toPlainText() == stored.evidence


def test_a_failed_save_before_a_move_stops_the_move_and_says_why_in_the_form(open_page, qtbot):
    opened, page = open_page()
    steps = page.steps
    steps.select_step(4)
    steps.planned_start.set_value(date(2027, 5, 1))
    steps.planned_end.set_value(date(2027, 4, 1))
    steps.planned_end.changed.emit()
    steps.start_button.click()
    qtbot.waitUntil(lambda: not steps.notice_label.isHidden(), timeout=T)
    assert steps.notice_label.text() == "The planned end cannot come before its start."
    assert steps.reload_button.isHidden()  # nothing to reload: the officer corrects the dates
    assert step_states(page)[3] == "Not started" and steps.save_button.isEnabled()


def test_saving_a_step_changed_meanwhile_is_refused_in_the_form_with_an_offer_to_reload(open_page, qtbot):
    from opn_desk.domain.renewal import StepInput
    from opn_desk.services import renewal

    opened, page = open_page()
    steps = page.steps
    steps.select_step(4)
    steps.evidence_edit.setPlainText("My notes on the Board submission.")
    process_id = page.snapshot.detail.id
    # Meanwhile the step changes elsewhere (another window of the desk).
    opened.runner.write("Edit step 4 elsewhere", renewal.update_step, process_id, 4,
                        StepInput(None, None, None, None, "The Board liaison", "Their notes."))
    qtbot.waitUntil(lambda: steps.step.responsible == "The Board liaison", timeout=T)
    assert steps.evidence_edit.toPlainText() == "My notes on the Board submission."  # the edits are kept
    assert not steps.notice_label.isHidden() and not steps.reload_button.isHidden()  # and the change is said
    steps.save_button.click()
    qtbot.waitUntil(lambda: steps.notice_label.text().startswith("Step 4 was changed since you opened it"),
                    timeout=T)
    stored = opened.desk.read(renewal.get_process, process_id).steps[3]
    assert stored.evidence == "Their notes." and stored.responsible == "The Board liaison"  # nothing overwritten
    assert steps.save_button.isEnabled()  # the edits are still there to copy
    steps.reload_button.click()
    assert steps.evidence_edit.toPlainText() == "Their notes." and steps.responsible_edit.text() == "The Board liaison"
    assert steps.notice_label.isHidden() and not steps.save_button.isEnabled()
    steps.evidence_edit.setPlainText("Their notes. Mine too.")
    steps.save_button.click()
    qtbot.waitUntil(lambda: steps.step.evidence == "Their notes. Mine too.", timeout=T)


def test_closing_with_unsaved_edits_saves_them_before_asking_for_the_day(open_page, qtbot):
    from opn_desk.services import renewal

    opened, page = open_page()
    steps = page.steps  # step 3, in progress since 2026-08-10
    steps.actual_start.set_value(date(2026, 8, 3))
    steps.actual_start.changed.emit()
    steps.close_button.click()
    qtbot.waitUntil(lambda: steps.dialog is not None, timeout=T)
    stored = opened.desk.read(renewal.get_process, page.snapshot.detail.id).steps[2]
    assert stored.actual_start == date(2026, 8, 3) and stored.state == "in_progress"
    assert steps.dialog.day_edit.minimumDate().toPython() == date(2026, 8, 3)
    steps.dialog.ok_button.click()
    qtbot.waitUntil(lambda: step_states(page)[2] == "Done", timeout=T)
    assert steps.step.actual_start == date(2026, 8, 3) and not steps.save_button.isEnabled()
