"""Merging duplicate records from the organisation editor: suggestions with reasons, which record to keep,
one undoable step, the merged record hidden from the registry with its name kept as another name."""

from __future__ import annotations

import pytest
from test_organisation_editor import names, open_by_keyboard

from opn_desk.domain.registry import OrganisationInput, PersonInput

T = 10_000


@pytest.fixture
def duplicate(db_path):
    from opn_desk.db.store import open_store
    from opn_desk.services import registry
    from opn_desk.services.desk import Desk

    store = open_store(db_path)
    try:
        desk = Desk(store, actor="Test fixture")
        org = desk.write("Add", registry.create_organisation,
                         OrganisationInput("Umweltbundesamt", acronym="UBA", country_iso3="DEU")).value
        desk.write("Add", registry.add_person, PersonInput(org, "Jonas Weber", "jonas@uba.example"))
    finally:
        store.close()
    return db_path


def _merge_dialog(window, qtbot):
    editor = open_by_keyboard(window, qtbot, "Umweltbundesamt")
    assert editor.ui.mergeButton.isEnabled()
    editor.ui.mergeButton.click()
    dialog = editor.dialog
    qtbot.waitUntil(lambda: dialog.choices.count() > 0, timeout=T)
    return editor, dialog


def test_merge_keeps_the_record_with_memberships_and_undoes_as_one_step(duplicate, open_window, qtbot):
    window = open_window()
    editor, dialog = _merge_dialog(window, qtbot)
    first = dialog.choices.item(0)
    assert first.text().startswith("German Environment Agency")
    assert "acronym" in first.text().lower()  # says why it matched
    dialog.choices.setCurrentRow(0)
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=T)
    # The agency holds the membership, so it is kept by default.
    assert dialog.keep_other.isChecked() and dialog.keep_other.text() == "Keep German Environment Agency"
    assert "1 membership (1 active)" in dialog.other_facts.text()
    assert "Umweltbundesamt becomes another name of German Environment Agency" in dialog.outcome_label.text()
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.name == "German Environment Agency",
                    timeout=T)
    qtbot.waitUntil(lambda: "Umweltbundesamt" not in names(window), timeout=T)
    assert "Umweltbundesamt" in [n for n, _lang in editor.detail.other_names]
    assert sorted(p.name for p in editor.detail.people) == ["Anna Becker", "Jonas Weber"]
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "Umweltbundesamt" in names(window), timeout=T)


def test_search_finds_any_record_and_this_one_can_be_kept(duplicate, open_window, qtbot):
    window = open_window()
    editor, dialog = _merge_dialog(window, qtbot)
    dialog.search.setText("nordic swan")
    dialog._run_search()
    qtbot.waitUntil(lambda: dialog.choices.count() == 1 and dialog.choices.item(0).text() == "Nordic Swan Ecolabel (NSE)",
                    timeout=T)
    dialog.choices.setCurrentRow(0)
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=T)
    dialog.keep_this.setChecked(True)
    assert "Nordic Swan Ecolabel becomes another name of Umweltbundesamt" in dialog.outcome_label.text()
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: "Nordic Swan Ecolabel" not in names(window), timeout=T)
    assert editor.detail.name == "Umweltbundesamt"


def test_merge_is_not_offered_read_only_or_with_unsaved_edits(duplicate, open_window, qtbot):
    window = open_window()
    editor = open_by_keyboard(window, qtbot, "Umweltbundesamt")
    editor.ui.nameEdit.setText("Umweltbundesamt (Dessau)")
    assert not editor.ui.mergeButton.isEnabled()
    window.shut_down()
    readonly = open_window(read_only=True)
    editor = open_by_keyboard(readonly, qtbot, "Umweltbundesamt")
    assert editor.ui.mergeButton.isHidden()
