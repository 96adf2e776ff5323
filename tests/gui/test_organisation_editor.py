"""Opening, editing and saving an organisation; people and memberships; undo and redo."""

from __future__ import annotations

from gui_registry_data import ORGANISATIONS
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette

T = 10_000


def row_of(window, name: str) -> int:
    model = window.registry.model
    for r in range(model.rowCount()):
        if model.row_at(r).name == name:
            return r
    return -1


def names(window) -> list[str]:
    model = window.registry.model
    return [model.row_at(r).name for r in range(model.rowCount())]


def open_by_keyboard(window, qtbot, name: str):
    table = window.registry.table
    table.setFocus()
    table.selectRow(row_of(window, name))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = window.registry.editor
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.name == name, timeout=T)
    return editor


def press(window, qtbot, sequence: QKeySequence.StandardKey) -> None:
    """Type a standard shortcut into the active window, as the user would."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=T)
    combination = QKeySequence(sequence)[0]
    qtbot.keyClick(window.registry.table, combination.key(), combination.keyboardModifiers())


def test_enter_opens_the_organisation_in_the_editor(window, qtbot):
    editor = open_by_keyboard(window, qtbot, "German Environment Agency")
    assert editor.isVisible()
    ui = editor.ui
    assert ui.nameEdit.text() == "German Environment Agency"
    assert ui.acronymEdit.text() == "UBA"
    assert ui.countryCombo.currentData() == "DEU"
    assert ui.clusterCombo.currentData() == "government"
    assert ui.peopleTable.rowCount() == 1
    assert ui.peopleTable.item(0, 0).text() == "Anna Becker"
    assert ui.membershipsTable.rowCount() == 1
    assert ui.historyTree.topLevelItemCount() >= 1
    assert not editor.dirty and not ui.saveButton.isEnabled()


def test_edit_name_save_then_undo_and_redo(window, qtbot):
    editor = open_by_keyboard(window, qtbot, "Ghana Standards Authority")
    editor.ui.nameEdit.setText("Ghana Standards Authority (GSA)")
    assert editor.dirty and editor.ui.saveButton.isEnabled()
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ghana Standards Authority (GSA)" in names(window), timeout=T)
    assert "Ghana Standards Authority" not in names(window)
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=T)
    assert window.undo_action.text() == "&Undo Edit Ghana Standards Authority (GSA)"
    assert "Saved: Edit Ghana Standards Authority (GSA)" in window.statusBar().currentMessage()
    # The history shows the change, before -> after.
    qtbot.waitUntil(lambda: editor.version is not None and editor.detail.name.endswith("(GSA)"), timeout=T)
    top = editor.ui.historyTree.topLevelItem(0)
    assert top.text(2) == "Edit Ghana Standards Authority (GSA)"
    assert any("Ghana Standards Authority → Ghana Standards Authority (GSA)" in top.child(i).text(0)
               for i in range(top.childCount()))

    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    press(window, qtbot, QKeySequence.StandardKey.Undo)
    qtbot.waitUntil(lambda: "Ghana Standards Authority" in names(window), timeout=T)
    assert "Ghana Standards Authority (GSA)" not in names(window)
    # The open editor follows the undo.
    qtbot.waitUntil(lambda: editor.ui.nameEdit.text() == "Ghana Standards Authority", timeout=T)
    assert window.redo_action.isEnabled()
    assert window.redo_action.text() == "&Redo Edit Ghana Standards Authority (GSA)"
    assert not window.undo_action.isEnabled()  # the fixture's own writes were made by another desk

    press(window, qtbot, QKeySequence.StandardKey.Redo)
    qtbot.waitUntil(lambda: "Ghana Standards Authority (GSA)" in names(window), timeout=T)


def test_a_second_save_uses_the_new_version(window, qtbot):
    editor = open_by_keyboard(window, qtbot, "Nordic Swan Ecolabel")
    editor.ui.acronymEdit.setText("NSE1")
    editor.save()
    qtbot.waitUntil(lambda: editor.detail.acronym == "NSE1" and not editor.dirty, timeout=T)
    editor.ui.acronymEdit.setText("NSE2")
    editor.save()
    qtbot.waitUntil(lambda: editor.detail.acronym == "NSE2", timeout=T)


def test_invalid_input_is_shown_inline(window, qtbot, boxes):
    editor = open_by_keyboard(window, qtbot, "Nordic Swan Ecolabel")
    editor.ui.nameEdit.setText("   ")
    editor.save()
    qtbot.waitUntil(editor.ui.messageLabel.isVisible, timeout=T)
    assert editor.ui.messageLabel.text() == "An organisation needs a name."
    assert boxes.shown == []
    editor.ui.countryCombo.setEditText("Atlantis")
    editor.ui.nameEdit.setText("Nordic Swan")
    editor.save()
    assert "Choose the country from the list" in editor.ui.messageLabel.text()


def test_country_can_be_typed_by_code(window, qtbot):
    editor = open_by_keyboard(window, qtbot, "Omega Procurement Partners")
    editor.ui.countryCombo.setEditText("prt")
    editor.save()
    qtbot.waitUntil(lambda: editor.detail.country_iso3 == "PRT", timeout=T)
    qtbot.waitUntil(lambda: window.registry.model.row_at(row_of(window, "Omega Procurement Partners")).country
                    == "Portugal", timeout=T)


def test_stale_edit_offers_to_reload(window, qtbot, boxes):
    from opn_desk.services import registry

    editor = open_by_keyboard(window, qtbot, "Alpha Lifestyles Lab")
    detail = editor.detail
    # Someone else changes it meanwhile (straight through the desk, as another window would).
    window.runner.desk.write("Elsewhere", registry.update_organisation, detail.id,
                             detail.as_input().__class__(**{**{f: getattr(detail.as_input(), f) for f in
                                                               detail.as_input().__dataclass_fields__},
                                                            "acronym": "ALPHA"}))
    editor.ui.notesEdit.setPlainText("My note")
    boxes.answers = ["Reload (lose my changes)"]
    editor.save()
    qtbot.waitUntil(lambda: editor.ui.acronymEdit.text() == "ALPHA", timeout=T)
    assert "was changed since you opened it" in boxes.shown[0]
    assert editor.ui.notesEdit.toPlainText() == ""


def test_new_organisation_with_ctrl_n(window, qtbot):
    press(window, qtbot, QKeySequence.StandardKey.New)
    editor = window.registry.editor
    assert editor.isVisible() and editor.org_id is None
    assert not editor.ui.peopleTab.isEnabled()
    editor.ui.nameEdit.setText("Brand New Desk Partner")
    editor.ui.countryCombo.setEditText("Kenya (KEN)")
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Brand New Desk Partner" in names(window), timeout=T)
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.name == "Brand New Desk Partner", timeout=T)
    assert editor.detail.country_iso3 == "KEN"
    assert window.registry.model.total == len(ORGANISATIONS) + 1
    assert editor.ui.peopleTab.isEnabled()


def test_delete_asks_first_and_reports_refusals(window, qtbot, boxes):
    editor = open_by_keyboard(window, qtbot, "German Environment Agency")
    boxes.answers = ["Delete"]
    editor.delete()
    qtbot.waitUntil(lambda: len(boxes.shown) == 2, timeout=T)
    assert boxes.shown[0].startswith("Delete German Environment Agency?")
    assert "has memberships; end them instead" in boxes.shown[1]  # the service's sentence, as is
    assert "German Environment Agency" in names(window)

    editor = open_by_keyboard(window, qtbot, "Canadian Standards Group")
    boxes.answers = ["Cancel"]
    editor.delete()
    assert "Canadian Standards Group" in names(window) and editor.isVisible()
    boxes.answers = ["Delete"]
    editor.delete()
    qtbot.waitUntil(lambda: "Canadian Standards Group" not in names(window), timeout=T)
    assert not editor.isVisible()


def test_add_person_and_membership_end_and_renew(window, qtbot):
    editor = open_by_keyboard(window, qtbot, "Nigeria Consumer Council")
    editor.ui.tabs.setCurrentWidget(editor.ui.peopleTab)
    qtbot.mouseClick(editor.ui.addPersonButton, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name_edit.setText("Ngozi Okafor")
    dialog.email_edit.setText("not an address")
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData("female"))
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=T)  # stays open to correct the e-mail
    assert "is not an e-mail address" in dialog.error_label.text()
    dialog.email_edit.setText("ngozi@example.org")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: editor.ui.peopleTable.rowCount() == 1, timeout=T)
    assert not dialog.isVisible()
    assert [editor.ui.peopleTable.item(0, c).text() for c in range(4)] == [
        "Ngozi Okafor", "ngozi@example.org", "", "Female"]

    editor.ui.tabs.setCurrentWidget(editor.ui.membershipsTab)
    qtbot.mouseClick(editor.ui.addMembershipButton, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    dialog.programme_combo.setCurrentIndex(dialog.programme_combo.findData("SPP"))
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("core_partner"))
    assert dialog.has_end.isChecked()  # core partners serve a term
    dialog.representative_combo.setCurrentIndex(dialog.representative_combo.findText("Ngozi Okafor"))
    dialog.ok_button.click()
    table = editor.ui.membershipsTable
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=T)
    assert [table.item(0, c).text() for c in (0, 1, 3, 4)] == ["SPP", "Core partner", "Active", "Ngozi Okafor"]
    qtbot.waitUntil(lambda: window.registry.model.row_at(row_of(window, "Nigeria Consumer Council")).roles
                    == "Core partner", timeout=T)

    # Renew: the old term stays as history, a new active one follows it.
    table.selectRow(0)
    assert editor.ui.renewMembershipButton.isEnabled()
    editor.renew_membership()
    editor.dialog.ok_button.click()
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=T)
    statuses = sorted(table.item(r, 3).text() for r in range(2))
    assert statuses == ["Active", "Ended"]

    # End the active one, with a date and a reason; ended rows are greyed.
    active = next(r for r in range(2) if table.item(r, 3).text() == "Active")
    table.selectRow(active)
    editor.end_membership()
    editor.dialog.reason_edit.setText("withdrew")
    editor.dialog.ok_button.click()
    qtbot.waitUntil(lambda: all(table.item(r, 3).text() == "Ended" for r in range(table.rowCount())), timeout=T)
    grey = editor.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert table.item(0, 0).foreground().color() == grey
    assert not editor.ui.endMembershipButton.isEnabled()
    qtbot.waitUntil(lambda: window.registry.model.row_at(row_of(window, "Nigeria Consumer Council")).roles == "",
                    timeout=T)


def test_moving_through_the_table_follows_with_the_editor(window, qtbot):
    editor = open_by_keyboard(window, qtbot, "Alpha Lifestyles Lab")
    table = window.registry.table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    following = window.registry.model.row_at(row_of(window, "Alpha Lifestyles Lab") + 1).name
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.name == following, timeout=T)


def test_unsaved_edits_are_not_lost_when_opening_another(window, qtbot, boxes):
    editor = open_by_keyboard(window, qtbot, "Alpha Lifestyles Lab")
    editor.ui.notesEdit.setPlainText("Half-written note")
    boxes.answers = ["Cancel"]
    window.registry.open_row(row_of(window, "Omega Procurement Partners"))
    assert editor.detail.name == "Alpha Lifestyles Lab"
    assert editor.ui.notesEdit.toPlainText() == "Half-written note"
    boxes.answers = ["Save"]  # saves, then opens the other one
    window.registry.open_row(row_of(window, "Omega Procurement Partners"))
    qtbot.waitUntil(lambda: editor.detail.name == "Omega Procurement Partners", timeout=T)
    assert editor.ui.notesEdit.toPlainText() == ""
    editor.ui.notesEdit.setPlainText("Another draft")
    boxes.answers = ["Discard changes"]
    window.registry.open_row(row_of(window, "Alpha Lifestyles Lab"))
    qtbot.waitUntil(lambda: editor.detail.name == "Alpha Lifestyles Lab", timeout=T)
    assert editor.ui.notesEdit.toPlainText() == "Half-written note"  # saved above
    window.registry.open_row(row_of(window, "Omega Procurement Partners"))
    qtbot.waitUntil(lambda: editor.detail.name == "Omega Procurement Partners", timeout=T)
    assert editor.detail.notes == ""  # the discarded draft was not saved
