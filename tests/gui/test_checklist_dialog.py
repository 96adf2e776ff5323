"""Screening checklists per role: edited in the Applications area, saved with the data, used by the next
application, refused in words when unusable, restorable to the shipped list."""

from __future__ import annotations

import pytest
from test_applications_helpers import T, build, open_applications

from opn_desk.domain.applications import default_checklist
from opn_desk.services import desk_settings


@pytest.fixture
def dialog(db_path, open_window, qtbot):
    build(db_path)
    window, page = open_applications(open_window, qtbot)
    page.checklists_action.trigger()
    dialog = page.checklists_dialog
    qtbot.waitUntil(lambda: dialog.items.count() > 0, timeout=T)
    return window, dialog


def test_edit_save_and_restore_a_roles_checklist(dialog, qtbot):
    window, dialog = dialog
    desk = window.opened.desk
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("co_lead"))
    qtbot.waitUntil(lambda: dialog.current_items() == list(default_checklist("co_lead")), timeout=T)
    assert dialog.state_label.text() == "Shipped defaults"
    dialog.add_check("Board letter of commitment received")
    dialog.items.setCurrentRow(dialog.items.count() - 1)
    dialog.move_check(-1)
    expected = list(default_checklist("co_lead"))
    expected.insert(len(expected) - 1, "Board letter of commitment received")
    assert dialog.current_items() == expected
    dialog.save()
    qtbot.waitUntil(lambda: dialog.state_label.text() == "Customised by the desk", timeout=T)
    assert list(desk.read(desk_settings.screening_checklist, "co_lead")) == expected
    assert desk.read(desk_settings.screening_checklist, "core_partner") == default_checklist("core_partner")
    dialog.restore_defaults()
    qtbot.waitUntil(lambda: dialog.state_label.text() == "Shipped defaults", timeout=T)
    assert dialog.current_items() == list(default_checklist("co_lead"))


def test_an_empty_checklist_is_refused_inline_and_nothing_changes(dialog, qtbot):
    window, dialog = dialog
    while dialog.items.count():
        dialog.items.setCurrentRow(0)
        dialog.remove_check()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=T)
    assert "at least one check" in dialog.error_label.text()
    role = dialog.role
    assert window.opened.desk.read(desk_settings.screening_checklist, role) == default_checklist(role)
    assert dialog.save_button.isEnabled()


def test_letterheads_are_edited_per_programme_and_saved_in_one_step(db_path, open_window, qtbot):
    from opn_desk.gui.window.letterheads_dialog import LetterheadsDialog

    window = open_window()
    dialog = LetterheadsDialog(window.runner, window, programme="SPP")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.loaded) > 0, timeout=T)
    assert not dialog.save_button.isEnabled()
    dialog.text_edit.setPlainText("One Planet network\nSustainable Public Procurement")
    dialog.programme_combo.setCurrentIndex(dialog.programme_combo.findData("CI"))
    assert dialog.text_edit.toPlainText() == ""
    dialog.text_edit.setPlainText("Consumer Information programme")
    dialog.programme_combo.setCurrentIndex(dialog.programme_combo.findData("SPP"))
    assert dialog.text_edit.toPlainText() == "One Planet network\nSustainable Public Procurement"
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=T)
    desk = window.opened.desk
    assert desk.read(desk_settings.letterhead, "SPP") == "One Planet network\nSustainable Public Procurement"
    assert desk.read(desk_settings.letterhead, "CI") == "Consumer Information programme"
    assert desk.undo_text() == "Set the letterhead of CI, SPP"


def test_the_letterhead_placeholder_is_translated(db_path, open_window, qtbot):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from opn_desk.gui.window.letterheads_dialog import LetterheadsDialog

    class Marking(QTranslator):
        """Stands in for a translation: marks every string it is asked for."""

        def translate(self, context, source, disambiguation=None, n=-1):
            return f"«{source}»" if context == "LetterheadsDialog" else None

        def isEmpty(self):
            return False

    window = open_window()
    marking = Marking()
    QCoreApplication.installTranslator(marking)
    try:
        dialog = LetterheadsDialog(window.runner, window, programme="SPP")
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: len(dialog.loaded) > 0, timeout=T)
        assert dialog.text_edit.placeholderText().startswith("«One Planet network — ")
        assert "Sustainable Public Procurement" in dialog.text_edit.placeholderText()
    finally:
        QCoreApplication.removeTranslator(marking)
