"""*Set up another laptop…* in File › Exchange with other laptops… (gui/exchange/new_laptop.py): the copy
`opn-desk sync clone` makes, from the window; a taken name or an existing file refused in one sentence."""

from __future__ import annotations

T = 20_000


def _dialog(window, qtbot):
    window.exchange_action.trigger()
    dialog = window.exchange_dialog
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=T)
    return dialog


def _laptops_shown(dialog):
    return [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0)]


def _make(dialog, qtbot, name, path):
    new = dialog.set_up_laptop()
    qtbot.waitUntil(new.isVisible, timeout=T)
    new.name_edit.setText(name)
    new.path_edit.setText(str(path))
    new.make_button.click()
    qtbot.waitUntil(lambda: not new.busy, timeout=T)
    return new


def test_a_copy_for_another_laptop_from_the_window(window, qtbot, tmp_path):
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk
    from opn_desk.services.sync import exchange

    dialog = _dialog(window, qtbot)
    assert dialog.new_laptop_button.isEnabled()
    assert "Set up another laptop" in dialog.table.item(0, 0).text()  # no other laptop yet: the way is named
    out = tmp_path / "usb" / "dakar.sqlite"
    out.parent.mkdir()
    new = _make(dialog, qtbot, "Dakar laptop", out)
    qtbot.waitUntil(lambda: not new.isVisible(), timeout=T)
    assert out.is_file()
    qtbot.waitUntil(lambda: _laptops_shown(dialog) == ["Dakar laptop"], timeout=T)  # the list shows it
    assert "Made " in dialog.last_result and "Dakar laptop" in dialog.last_result
    assert dialog.for_combo.itemText(1) == "Only what Dakar laptop has not seen"

    # As `sync clone`: this desk knows the new laptop (an export for it works at once) ...
    sent = tmp_path / "for-dakar.opnsync"
    written = exchange.export_bundle(window.opened.desk, sent, for_laptop="dakar LAPTOP")
    assert written.for_laptop == "Dakar laptop" and sent.is_file()
    # ... and the copy opened on its laptop is Dakar laptop, and reads what this desk sends.
    store = open_store(out)
    try:
        copy = Desk(store, actor="Cheikh")
        me = copy.read(exchange.status).laptop
        assert me["name"] == "Dakar laptop"
        exchange.import_bundles(copy, [sent], make_backup=False)
        names = [lap["name"] for lap in copy.read(exchange.status).laptops]
        assert "Dakar laptop" in names and len(names) == 2
    finally:
        store.close()


def test_a_taken_name_or_an_existing_file_is_refused_in_one_sentence(window, qtbot, tmp_path, boxes):
    dialog = _dialog(window, qtbot)
    first = tmp_path / "nairobi.sqlite"
    _make(dialog, qtbot, "Nairobi laptop", first)
    qtbot.waitUntil(lambda: _laptops_shown(dialog) == ["Nairobi laptop"], timeout=T)

    # The same name, case ignored: refused, no file made, the dialog stays open to correct it.
    second = tmp_path / "again.sqlite"
    new = _make(dialog, qtbot, "nairobi LAPTOP", second)
    said = new.error_label.text()
    assert new.isVisible() and new.error_label.isVisible()
    assert "already a laptop called" in said and "\n" not in said and "Traceback" not in said
    assert not second.exists() and new.make_button.isEnabled()

    # A file that exists already: refused, left as it was.
    new.name_edit.setText("Dakar laptop")
    before = first.read_bytes()
    new.path_edit.setText(str(first))
    new.make_button.click()
    qtbot.waitUntil(lambda: not new.busy, timeout=T)
    assert "already exists" in new.error_label.text() and first.read_bytes() == before
    dialog.reload()
    qtbot.wait(200)
    qtbot.waitUntil(lambda: _laptops_shown(dialog) == ["Nairobi laptop"], timeout=T)  # Dakar was not recorded

    # No name: said in the dialog, nothing run.
    new.name_edit.setText("  ")
    new.make_button.click()
    assert "Give the new laptop a name" in new.error_label.text() and not new.busy
    assert boxes.shown == []  # every refusal in the dialog itself, no message box
    new.reject()


def test_the_suggested_file_follows_the_name_and_a_suffix_is_added(window, qtbot, tmp_path):
    dialog = _dialog(window, qtbot)
    new = dialog.set_up_laptop()
    new.folder = tmp_path
    qtbot.keyClicks(new.name_edit, "Suva laptop")
    assert new.path_edit.text() == str(tmp_path / "Suva-laptop.sqlite")
    new.path_edit.setText(str(tmp_path / "copy-for-suva"))
    assert new.target() == tmp_path / "copy-for-suva.sqlite"
    new.make_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "copy-for-suva.sqlite").is_file() and not new.busy, timeout=T)
    qtbot.waitUntil(lambda: _laptops_shown(dialog) == ["Suva laptop"], timeout=T)
