"""The shared folder watched (gui/exchange/watch.py): the window notices the other laptops' new or
rewritten files, offers them in the status bar and the exchange dialog (*Read now*), never reads them by
itself; *Write my file* rewrites this laptop's own file; on close when the officer asked for it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

T = 20_000
ORG = "Ghana Standards Authority"


@pytest.fixture
def pair(db_path, tmp_path, open_window):
    """The window on the desk, a clone of it for "Nairobi laptop", and the folder they share."""
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk
    from opn_desk.services.sync import exchange

    store = open_store(db_path)
    try:
        exchange.clone_desk(Desk(store, actor="Ann"), tmp_path / "nairobi.sqlite", "Nairobi laptop")
    finally:
        store.close()
    other_store = open_store(tmp_path / "nairobi.sqlite")
    other = Desk(other_store, actor="Bob")
    shared = tmp_path / "OneDrive - Desk" / "exchange"
    shared.mkdir(parents=True)
    window = open_window()
    yield window, other, shared
    other_store.close()


def _field(desk, column, name=ORG):
    from opn_desk.db.models import Organisation

    return desk.read(lambda s: s.scalar(select(getattr(Organisation, column)).where(Organisation.name == name)))


def _set(desk, name=ORG, **values):
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


def test_new_files_are_offered_and_read_only_when_asked(pair, qtbot):
    from opn_desk.services.sync import shared_folder

    window, other, shared = pair
    watch, notice = window.folder_watch, window.folder_watch.notice
    dialog = _dialog(window, qtbot)
    assert dialog.watch is watch
    assert dialog.set_folder(shared)
    qtbot.waitUntil(lambda: dialog.news is not None, timeout=T)
    assert dialog.news_label.text() == "Nothing new from the other laptops in the folder."
    assert not dialog.read_now_button.isEnabled() and notice.isHidden()
    messages = []
    window.runner.message.connect(messages.append)

    # Nairobi edits and writes its file into the folder: the watcher notices, offers, reads nothing.
    _set(other, acronym="GSA-N")
    shared_folder.write_own(other, shared)
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=T)
    assert notice.text() == "1 new exchange file from Nairobi laptop…"
    qtbot.waitUntil(lambda: dialog.read_now_button.isEnabled(), timeout=T)
    assert dialog.news_label.text() == "1 new exchange file from Nairobi laptop."
    assert any(m.startswith("1 new exchange file from Nairobi laptop") for m in messages)  # said once
    assert _field(window.opened.desk, "acronym") != "GSA-N"  # never read by itself
    looks = watch.looks
    watch.look()
    qtbot.waitUntil(lambda: watch.looks > looks, timeout=T)
    assert sum(m.startswith("1 new exchange file") for m in messages) == 1  # the same news is not said again

    # Read now: merged; the offer goes away; this laptop's own file is not written by reading.
    dialog.read_now_button.click()
    qtbot.waitUntil(lambda: _field(window.opened.desk, "acronym") == "GSA-N", timeout=T)
    qtbot.waitUntil(lambda: notice.isHidden() and not dialog.read_now_button.isEnabled(), timeout=T)
    assert "from Nairobi laptop" in dialog.last_result and "Wrote" not in dialog.last_result
    assert len(list(shared.glob("*.opnsync"))) == 1

    # Nairobi rewrites its file later: offered again (a changed file, not only a new one).
    _set(other, notes="Second round.")
    shared_folder.write_own(other, shared)
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=T)
    dialog.read_now()
    qtbot.waitUntil(lambda: _field(window.opened.desk, "notes") == "Second round.", timeout=T)


def test_the_slow_look_catches_what_the_watcher_missed(pair, qtbot):
    from opn_desk.gui.exchange import ops
    from opn_desk.gui.exchange import watch as watching
    from opn_desk.services.sync import shared_folder

    window, other, shared = pair
    ops.remember_folder(window.settings, window.opened.path, shared.resolve())
    watch = window.folder_watch
    watch.set_folder(str(shared.resolve()))
    assert watch._slow.isActive() and watch._slow.interval() == watching.SLOW_LOOK_MS
    looks = watch.looks
    qtbot.waitUntil(lambda: watch.looks > looks, timeout=T)
    # A sync client replaced the folder's contents in a way the watcher did not report.
    watch.watcher.blockSignals(True)
    _set(other, acronym="SLOW")
    shared_folder.write_own(other, shared)
    qtbot.wait(watching.SOON_MS + 300)
    assert watch.notice.isHidden()
    watch.watcher.blockSignals(False)
    watch._slow.timeout.emit()  # the minute's look
    qtbot.waitUntil(lambda: watch.notice.isVisible(), timeout=T)
    assert "Nairobi laptop" in watch.notice.text()
    watch.notice.click()  # the notice opens the exchange dialog, where Read now waits
    qtbot.waitUntil(lambda: getattr(window, "exchange_dialog", None) is not None
                    and window.exchange_dialog.isVisible(), timeout=T)
    qtbot.waitUntil(lambda: window.exchange_dialog.read_now_button.isEnabled(), timeout=T)


def test_write_my_file_and_on_close(pair, qtbot, open_window):
    from opn_desk.services.sync import exchange, shared_folder

    window, other, shared = pair
    dialog = _dialog(window, qtbot)
    assert not dialog.write_own_button.isEnabled()  # no folder yet
    dialog.set_folder(shared)
    qtbot.waitUntil(lambda: "not written its file" in dialog.own_label.text(), timeout=T)
    dialog.write_own_button.click()
    qtbot.waitUntil(lambda: "holds all your changes" in dialog.own_label.text(), timeout=T)
    own = list(shared.glob("*.opnsync"))
    assert len(own) == 1 and "Wrote" in dialog.last_result

    # A change here: the dialog says the file lacks it until Write my file.
    _set(window.opened.desk, acronym="MINE")
    dialog.watch.look()
    qtbot.waitUntil(lambda: "lacks" in dialog.own_label.text(), timeout=T)
    dialog.write_own()
    qtbot.waitUntil(lambda: "holds all your changes" in dialog.own_label.text(), timeout=T)
    shared_folder.read_folder(other, shared, make_backup=False)
    assert _field(other, "acronym") == "MINE"

    # On close, when asked: the last change goes into the folder before the database closes.
    dialog.on_close_box.setChecked(True)
    _set(window.opened.desk, notes="Written on close.")
    window.shut_down()
    shared_folder.read_folder(other, shared, make_backup=False)
    assert _field(other, "notes") == "Written on close."
    assert len(list(shared.glob("*.opnsync"))) == 1 and not list(shared.glob("*.partial"))

    # Not asked: closing writes nothing.
    again = open_window()
    qtbot.waitUntil(lambda: again.folder_watch.folder != "", timeout=T)
    from opn_desk.gui.exchange import ops

    ops.set_writes_on_close(again.settings, again.opened.path, False)
    _set(again.opened.desk, notes="Not written.")
    again.shut_down()
    assert exchange.read_bundles(other, own)[0].ops  # the file is still whole
    shared_folder.read_folder(other, shared, make_backup=False)
    assert _field(other, "notes") == "Written on close."
