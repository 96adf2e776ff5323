"""The import wizard: file -> column matching -> every problem by row and column before anything is
written (leaving bad rows out on request) -> one undoable import -> summary; the matching is
remembered per call."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QWizard
from test_applications_helpers import CALL_TITLE, T, build, names, open_applications

from opn_desk.gui.widgets.pickers import find_data

HEADER = ["organisation", "acronym", "country", "stakeholder_cluster", "website", "programme", "role",
          "representative_name", "representative_email", "representative_gender", "statement"]


@pytest.fixture
def data(db_path):
    return build(db_path)


@pytest.fixture
def opened(data, open_window, qtbot):
    return open_applications(open_window, qtbot)


def write_csv(path, rows, header=HEADER):
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def start(page, qtbot, path, kind="applications", call_id=None):
    page.import_file(kind)
    wizard = page.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.file_page.path_edit.setText(str(path))
    if call_id is not None:
        combo = wizard.file_page.call_combo
        combo.setCurrentIndex(find_data(combo, call_id))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=T)
    return wizard


def to_preview(wizard, qtbot):
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.currentPage() is page and page.preview is not None and not page.checking,
                    timeout=T)
    return page


def test_the_preview_lists_every_problem_and_writes_nothing(opened, qtbot, tmp_path):
    _window, page = opened
    path = write_csv(tmp_path / "applications.csv", [
        ["Lagos Repair Network", "LRN", "Nigeria", "civil society", "", "SPP", "network member", "Ada Obi",
         "ada@lrn.example", "female", "Repair cafés"],
        ["Atlantis Green Council", "AGC", "Atlantis", "ngo", "", "SPP", "network member", "Jo Roe",
         "jo-at-example", "", ""],
        ["Izmir Recycling Union", "IRU", "Türkiye", "private sector", "", "SPP", "network member", "", "", "", ""],
    ])
    wizard = start(page, qtbot, path)
    assert wizard.mapping_page.mapping()["country"] == "country"
    preview = to_preview(wizard, qtbot)
    lines = preview.problem_lines()
    assert "3 | country | Unknown country 'Atlantis'" in lines[0]
    assert lines[1] == "3 | representative_email | 'jo-at-example' is not an e-mail address"
    assert len(preview.preview.problems) == 2
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # Import
    assert "2 problems must be corrected" in preview.summary_label.text()
    assert preview.exclude_box.isVisible() and "(rows 3)" in preview.exclude_box.text()
    preview.exclude_box.setChecked(True)
    qtbot.waitUntil(lambda: not preview.checking and preview.preview.ok, timeout=T)
    assert preview.preview.excluded == (3,)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Left out: rows 3." in preview.summary_label.text()
    wizard.reject()
    assert "Lagos Repair Network" not in names(page)


def test_importing_a_good_file_adds_the_rows_as_one_undo_step(opened, qtbot, tmp_path, data):
    from opn_desk.io.tables import write_table

    window, page = opened
    header = ["Org name", "Acronym", "Country", "Cluster", "Representative", "E-mail", "Statement of interest"]
    path = tmp_path / "core partners.xlsx"
    write_table(path, header, [
        ["Lima Sustainable Procurement Lab", "LSPL", "Peru", "scientific", "Rosa Quispe", "rosa@lspl.example",
         "Research on public tenders"],
        ["Accra Green Markets", "AGM", "GH", "private sector", "Kofi Mensah", "kofi@agm.example", ""],
    ])
    wizard = start(page, qtbot, path, call_id=data.call)
    mapping = wizard.mapping_page
    assert mapping.mapping()["Org name"] == ""  # not a known header
    assert not mapping.isComplete() and "organisation" in mapping.status_label.text()
    combo = dict(mapping.combos)["Org name"]
    combo.setCurrentIndex(combo.findData("organisation"))
    assert mapping.isComplete()
    preview = to_preview(wizard, qtbot)
    assert preview.preview.ok, preview.problem_lines()
    assert preview.preview.applications == 2
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=T)
    assert wizard.summary_page.summary_label.text().startswith("Imported 2 applications (2 new organisations")
    wizard.accept()
    qtbot.waitUntil(lambda: "Lima Sustainable Procurement Lab (LSPL)" in names(page), timeout=T)
    assert "Accra Green Markets (AGM)" in names(page)
    row = next(page.model.row_at(r) for r in range(page.model.rowCount())
               if page.model.row_at(r).organisation == "Accra Green Markets")
    assert (row.call, row.role, row.status) == (CALL_TITLE, "core_partner", "received")
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=T)
    assert window.undo_action.text() == "&Undo Import applications from core partners.xlsx"

    # The matching is remembered for the call.
    again = start(page, qtbot, path, call_id=data.call)
    assert again.mapping_page.mapping()["Org name"] == "organisation"
    again.reject()

    window.undo()
    qtbot.waitUntil(lambda: "Accra Green Markets (AGM)" not in names(page), timeout=T)
    assert "Lima Sustainable Procurement Lab (LSPL)" not in names(page)


def test_a_refused_file_says_why(opened, qtbot, tmp_path):
    _window, page = opened
    bomb = tmp_path / "not really.xlsx"
    bomb.write_bytes(b"this is not a zip file at all")
    page.import_file("organisations")
    wizard = page.wizard
    wizard.file_page.path_edit.setText(str(bomb))
    wizard.next()
    qtbot.waitUntil(wizard.file_page.error_label.isVisible, timeout=T)
    assert wizard.file_page.error_label.text().startswith("not really.xlsx cannot be imported.")
    assert wizard.currentPage() is wizard.file_page
    wizard.reject()
