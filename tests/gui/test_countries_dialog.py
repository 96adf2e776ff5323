"""Organisations › Countries and regional groups: a corrected group is saved as one undoable step and the
registry's group filter follows it."""

from __future__ import annotations

T = 10_000


def test_correct_a_countrys_group_and_undo(window, qtbot):
    from opn_desk.gui.window.countries_dialog import CountriesDialog
    from opn_desk.services.countries import list_countries

    window.countries_action.trigger()
    dialog = window.countries_dialog
    assert isinstance(dialog, CountriesDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.row_of("TUR") >= 0, timeout=T)
    dialog.filter_edit.setText("turkiye")  # accents folded: "Türkiye"
    visible = [c.iso3 for r, c in enumerate(dialog.countries) if not dialog.table.isRowHidden(r)]
    assert visible == ["TUR"]
    row = dialog.row_of("TUR")
    combo = dialog.table.cellWidget(row, 2)
    assert combo.currentData() == "WEOG"
    combo.setCurrentIndex(combo.findData("APG"))

    def counted():
        return next(c for c in window.opened.desk.read(list_countries) if c.iso3 == "TUR").regional_group

    qtbot.waitUntil(lambda: counted() == "APG", timeout=T)
    qtbot.waitUntil(lambda: dialog.table.item(dialog.row_of("TUR"), 3).text().endswith("(changed)"), timeout=T)
    assert window.undo_action.text().endswith("Count Türkiye in Asia and the Pacific")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: counted() == "WEOG", timeout=T)
    qtbot.waitUntil(lambda: dialog.table.cellWidget(dialog.row_of("TUR"), 2).currentData() == "WEOG", timeout=T)


def test_read_only_shows_the_groups_without_changing_them(open_window, qtbot):
    window = open_window(read_only=True)
    window.countries_action.trigger()
    dialog = window.countries_dialog
    qtbot.waitUntil(lambda: dialog.row_of("USA") >= 0, timeout=T)
    combo = dialog.table.cellWidget(dialog.row_of("USA"), 2)
    assert combo.currentData() == "WEOG" and not combo.isEnabled()
