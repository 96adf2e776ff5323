"""File > Exchange with other laptops…, the "Needs decision" list and the status-bar badge
(gui/exchange/; docs/SYNC.md "In the window"): the window's desk and a second laptop cloned from it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

T = 20_000
ORG = "Ghana Standards Authority"


class Other:
    """The second laptop ("Nairobi laptop"), driven through the services as its own window would."""

    def __init__(self, path):
        from opn_desk.db.store import open_store
        from opn_desk.services.desk import Desk

        self.path = path
        self.store = open_store(path)
        self.desk = Desk(self.store, actor="Bob")

    def close(self):
        self.store.close()


@pytest.fixture
def laptops(db_path, tmp_path, open_window):
    """The window on the desk, and a clone of it for "Nairobi laptop"."""
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk
    from opn_desk.services.sync import exchange

    store = open_store(db_path)
    try:
        exchange.clone_desk(Desk(store, actor="Ann"), tmp_path / "nairobi.sqlite", "Nairobi laptop")
    finally:
        store.close()
    other = Other(tmp_path / "nairobi.sqlite")
    window = open_window()
    yield window, other
    other.close()


def _org_id(desk, name=ORG):
    from opn_desk.db.models import Organisation

    return desk.read(lambda s: s.scalar(select(Organisation.id).where(Organisation.name == name)))


def _field(desk, column, name=ORG):
    from opn_desk.db.models import Organisation

    return desk.read(lambda s: s.scalar(select(getattr(Organisation, column)).where(Organisation.name == name)))


def _set(desk, name=ORG, **values):
    """Edit the organisation's fields as the editor's Save would (one operation)."""
    from opn_desk.db.models import Organisation

    def edit(session):
        org = session.scalars(select(Organisation).where(Organisation.name == name)).one()
        for key, value in values.items():
            setattr(org, key, value)

    desk.write("Edit", edit)


def _dialog(window, qtbot):
    window.exchange_action.trigger()
    dialog = window.exchange_dialog
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=T)
    return dialog


def _wait_result(dialog, qtbot, before=""):
    qtbot.waitUntil(lambda: bool(dialog.last_result) and dialog.last_result != before, timeout=T)
    return dialog.last_result


def test_writing_and_reading_files_moves_edits_between_laptops(laptops, qtbot, tmp_path):
    from opn_desk.services.sync import exchange

    window, other = laptops
    dialog = _dialog(window, qtbot)
    assert window.exchange_action.isEnabled()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Nairobi laptop"
    assert dialog.for_combo.count() == 2 and dialog.for_combo.itemText(1) == "Only what Nairobi laptop has not seen"

    # Nairobi edits, writes a file; this laptop reads it from the dialog.
    _set(other.desk, acronym="GSA-N")
    sent = tmp_path / "from-nairobi.opnsync"
    exchange.export_bundle(other.desk, sent)
    dialog.read_files([sent])
    said = _wait_result(dialog, qtbot)
    assert "from Nairobi laptop, 0 need a decision." in said and dialog.result_label.isVisible()
    assert _field(window.opened.desk, "acronym") == "GSA-N"
    qtbot.waitUntil(lambda: dialog.table.item(0, 1).text() != "never", timeout=T)

    # This laptop edits and writes only what Nairobi has not seen; Nairobi reads it.
    _set(window.opened.desk, notes="Called on Monday.")
    out = tmp_path / "for-nairobi.opnsync"
    dialog.for_combo.setCurrentIndex(1)
    dialog.write_to(out, dialog.for_combo.currentData())
    said = _wait_result(dialog, qtbot, said)
    assert "not yet seen by Nairobi laptop" in said and out.is_file()
    exchange.import_bundles(other.desk, [out], make_backup=False)
    assert _field(other.desk, "notes") == "Called on Monday."


def test_a_damaged_file_is_refused_in_one_sentence_and_nothing_changes(laptops, qtbot, tmp_path, boxes):
    window, _other = laptops
    dialog = _dialog(window, qtbot)
    bad = tmp_path / "cut.opnsync"
    bad.write_bytes(b"OPNSYNC1\x00\x00")
    before = _field(window.opened.desk, "acronym")
    dialog.read_files([bad])
    qtbot.waitUntil(lambda: len(boxes.shown) == 1, timeout=T)
    assert boxes.shown[0].startswith("cut.opnsync") and "Traceback" not in boxes.shown[0]
    assert _field(window.opened.desk, "acronym") == before and not dialog.last_result


def _make_conflict(window, other, dialog, qtbot, tmp_path):
    from opn_desk.services.sync import exchange

    _set(window.opened.desk, acronym="GSA-A")
    _set(other.desk, acronym="GSA-B")
    sent = tmp_path / "conflict.opnsync"
    exchange.export_bundle(other.desk, sent)
    dialog.read_files([sent])
    said = _wait_result(dialog, qtbot)
    assert "1 needs a decision" in said
    return said


def test_badge_counts_decisions_and_the_list_decides(laptops, qtbot, tmp_path):
    from opn_desk.services.sync import conflicts

    window, other = laptops
    badge = window.decisions_badge
    assert badge.isHidden()  # nothing waits
    dialog = _dialog(window, qtbot)
    _make_conflict(window, other, dialog, qtbot, tmp_path)
    qtbot.waitUntil(lambda: badge.isVisible() and badge.text() == "1 decision waits", timeout=T)
    qtbot.waitUntil(lambda: dialog.decisions_button.isVisible(), timeout=T)

    badge.click()  # the badge opens the list
    decisions = window.decisions_dialog
    qtbot.waitUntil(lambda: decisions.loaded and decisions.current is not None, timeout=T)
    assert decisions.list.count() == 1
    assert decisions.record_label.text() == ORG
    assert decisions.field_label.text().startswith("Acronym")
    shown = [card.value_label.text() for card in decisions.cards]
    assert sorted(shown) == ["GSA-A", "GSA-B"]
    metas = [card.meta_label.text() for card in decisions.cards]  # who, on which laptop, when
    assert any(m.startswith("Bob · Nairobi laptop · ") for m in metas)
    assert any(m.startswith(window.opened.desk.actor + " · ") for m in metas)
    assert not decisions.keep_both_button.isVisible()  # an acronym is not free text
    chosen = decisions.cards[1].value_label.text()
    decisions.cards[1].keep_button.click()
    qtbot.waitUntil(lambda: window.opened.desk.read(conflicts.open_conflicts) == [], timeout=T)
    assert _field(window.opened.desk, "acronym") == chosen
    qtbot.waitUntil(lambda: badge.isHidden(), timeout=T)
    qtbot.waitUntil(lambda: decisions.list.count() == 0 and decisions.empty_label.isVisible(), timeout=T)
    assert window.undo_action.text().startswith("&Undo Decide acronym of " + ORG)


def test_deleted_here_changed_there_is_kept_from_the_list(laptops, qtbot, tmp_path):
    from opn_desk.services import registry
    from opn_desk.services.sync import conflicts, exchange

    window, other = laptops
    lone = "Zebra Crossing Institute"  # no memberships: it may be deleted
    org = _org_id(window.opened.desk, lone)
    window.opened.desk.write("Delete", registry.delete_organisation, org)
    _set(other.desk, lone, acronym="KEPT")
    sent = tmp_path / "kept.opnsync"
    exchange.export_bundle(other.desk, sent)
    exchange.import_bundles(window.opened.desk, [sent], make_backup=False)
    window.decisions_badge.refresh()
    qtbot.waitUntil(lambda: window.decisions_badge.isVisible(), timeout=T)
    window.decisions_badge.click()
    decisions = window.decisions_dialog
    qtbot.waitUntil(lambda: decisions.loaded and decisions.current is not None, timeout=T)
    assert decisions.current.deleted and decisions.record_label.text() == lone
    assert [c.keep_button.text() for c in decisions.cards] == ["Keep it", "Delete it"]
    assert not decisions.own_edit.isVisible() and not decisions.keep_both_button.isVisible()
    decisions.cards[0].keep_button.click()
    qtbot.waitUntil(lambda: window.opened.desk.read(conflicts.open_conflicts) == [], timeout=T)
    assert _field(window.opened.desk, "acronym", lone) == "KEPT"
    qtbot.waitUntil(lambda: window.decisions_badge.isHidden(), timeout=T)


def test_free_text_keeps_both_and_a_typed_value_decides(laptops, qtbot, tmp_path):
    from opn_desk.services.sync import conflicts, exchange

    window, other = laptops
    _set(window.opened.desk, notes="Met in May.", acronym="A1")
    _set(other.desk, notes="Sent the letter.", acronym="B1")
    sent = tmp_path / "two.opnsync"
    exchange.export_bundle(other.desk, sent)
    exchange.import_bundles(window.opened.desk, [sent], make_backup=False)
    window.decisions_badge.refresh()
    qtbot.waitUntil(lambda: window.decisions_badge.text() == "2 decisions wait", timeout=T)
    window.show_decisions()
    decisions = window.decisions_dialog
    qtbot.waitUntil(lambda: decisions.loaded and decisions.list.count() == 2, timeout=T)
    decisions.list.setCurrentRow(1)
    assert decisions.current.field == "notes" and decisions.keep_both_button.isVisible()
    decisions.keep_both_button.click()
    qtbot.waitUntil(lambda: decisions.list.count() == 1, timeout=T)
    notes = _field(window.opened.desk, "notes")
    assert "Met in May." in notes and "Sent the letter." in notes
    assert decisions.current.field == "acronym"
    decisions.own_edit.setPlainText("AB")
    decisions.keep_typed_button.click()
    qtbot.waitUntil(lambda: window.opened.desk.read(conflicts.open_conflicts) == [], timeout=T)
    assert _field(window.opened.desk, "acronym") == "AB"
    qtbot.waitUntil(lambda: window.decisions_badge.isHidden(), timeout=T)


def test_shared_folder_round_trip(laptops, qtbot, tmp_path):
    from opn_desk.gui.exchange import ops
    from opn_desk.services.sync import shared_folder

    window, other = laptops
    shared = tmp_path / "Dropbox" / "desk-exchange"
    shared.mkdir(parents=True)
    dialog = _dialog(window, qtbot)
    assert not dialog.now_button.isEnabled()  # no folder yet
    assert dialog.set_folder(shared)
    assert dialog.folder_edit.text() == str(shared.resolve()) and dialog.now_button.isEnabled()
    assert ops.remembered_folder(window.settings, window.opened.path) == str(shared.resolve())

    _set(window.opened.desk, acronym="FROM-WINDOW")
    dialog.now_button.click()
    said = _wait_result(dialog, qtbot)
    assert "Wrote this laptop's" in said
    assert len(list(shared.glob("*.opnsync"))) == 1 and not list(shared.glob("*.partial"))

    got = shared_folder.exchange_in_folder(other.desk, shared, make_backup=False)
    assert got.imported is not None and _field(other.desk, "acronym") == "FROM-WINDOW"
    _set(other.desk, notes="From Nairobi.")
    shared_folder.exchange_in_folder(other.desk, shared, make_backup=False)

    dialog.exchange_now()
    said = _wait_result(dialog, qtbot, said)
    assert "from Nairobi laptop" in said
    assert _field(window.opened.desk, "notes") == "From Nairobi."

    # The folder is remembered: the dialog opened again shows it.
    dialog.close()
    again = _dialog(window, qtbot)
    assert again.folder_edit.text() == str(shared.resolve()) and again.now_button.isEnabled()


def test_a_folder_holding_the_live_database_is_refused(laptops, qtbot, boxes):
    from opn_desk.gui.exchange import ops

    window, _other = laptops
    dialog = _dialog(window, qtbot)
    assert not dialog.set_folder(window.opened.path.parent)
    assert len(boxes.shown) == 1 and "live database" in boxes.shown[0]
    assert dialog.folder_edit.text() == "" and not dialog.now_button.isEnabled()
    assert ops.remembered_folder(window.settings, window.opened.path) == ""
    assert not list(window.opened.path.parent.glob("*.opnsync"))
