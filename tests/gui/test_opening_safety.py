"""Opening a desk safely from the window: a damaged file opens read-only under a red banner, a path
that does not exist is not created without asking, and the registry's first rows show before the
database layer is even loaded."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

T = 10_000


def damage(path: Path, index: str = "ix_audit_entry_at") -> None:
    """Scribble over the first bytes of one index page (the history's, which opening never reads):
    the desk still opens and shows its registry, SQLite's quick check finds the damage."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")  # everything in the file itself, no WAL beside it
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
        size = con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xff" * 16)


def _app():
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.window.app import DeskApplication

    return DeskApplication(Settings())


def _close(app) -> None:
    window = app.window
    if window is not None:
        window.shut_down()
        window.close()
    app.finish_opening()


# -- damage ------------------------------------------------------------------------------------------

def test_a_damaged_database_opens_read_only_under_a_red_banner_naming_the_damage(db_path, qtbot):
    from opn_desk.services.errors import NotAllowed

    damage(db_path)
    app = _app()
    assert app.open(db_path)
    try:
        assert app.wait_until_open(T)
        first = app.window
        # The check answers after the registry shows; the window is then opened again, read-only.
        qtbot.waitUntil(lambda: app.window is not first and app.window is not None and app.window.is_ready
                        and app.window.checked_at is not None, timeout=T)
        window = app.window
        qtbot.waitUntil(lambda: window.registry.model.has_loaded, timeout=T)
        assert window.readonly and window.opened.store.readonly
        assert "(read-only)" in window.windowTitle()
        assert window.damage_banner.isVisible()
        text = window.damage_label.text()
        assert text.startswith("This database is damaged (SQLite reports: ") and "***" not in text
        assert "btreeInitPage" in text  # what SQLite found, named
        assert window.damage_restore_button.isVisible()  # the lock is still this desk's: it can restore
        assert window.restore_action.isEnabled()
        assert window.opened.lock is not None and window.opened.lock.held
        for action in (window.new_organisation_action, window.undo_action, window.backup_action):
            assert not action.isEnabled()
        assert not window.registry.new_button.isVisible()
        with pytest.raises(NotAllowed, match="damaged"):
            window.opened.desk.write("Rename", lambda session: None)
        assert window.registry.model.rowCount() == 30  # the registry is still there to look things up
        from opn_desk.db.backup import list_backups

        assert not [b for b in list_backups(db_path) if b.kind == "daily"]  # no backup of a damaged file
    finally:
        _close(app)
    assert not Path(str(db_path) + ".lock").exists() or _lock_free(db_path)


def _lock_free(db_path: Path) -> bool:
    from opn_desk.db.lock import DatabaseLock

    lock = DatabaseLock(db_path)
    try:
        lock.acquire()
    except Exception:
        return False
    lock.release()
    return True


def test_smoke_on_a_damaged_database_names_the_damage_and_ends_cleanly(db_path, capsys):
    from opn_desk.gui.window.app import run

    damage(db_path)
    assert run(db=db_path, smoke=True, read_only=False) == 0
    out = capsys.readouterr().out
    assert out.startswith("OPN Desk: damage found in the database file; it is open read-only: Page ")
    assert "(read-only): window shown" in out and "SQLite found damage in the database file" in out
    assert _lock_free(db_path)  # given back, also by the read-only opening that may have begun


def test_a_sound_database_is_checked_then_backed_up_and_stays_writable(db_path, qtbot):
    app = _app()
    assert app.open(db_path)
    try:
        assert app.wait_until_open(T)
        window = app.window
        qtbot.waitUntil(lambda: window.checked_at is not None, timeout=T)
        assert window.opened.check.done and window.opened.check.damage == []
        assert not window.readonly and window.damage_banner is None
        qtbot.waitUntil(lambda: window.runner.files.idle, timeout=T)
        from opn_desk.db.backup import list_backups

        assert any(b.kind == "daily" for b in list_backups(db_path))
    finally:
        _close(app)


def test_writes_wait_for_the_damage_check(db_path):
    """A save asked for before the check answered waits for it; on a damaged file it is refused."""
    from opn_desk.db.store import open_store
    from opn_desk.domain.registry import OrganisationInput
    from opn_desk.gui.window.damage_check import CheckedDesk, DamageCheck
    from opn_desk.services import registry
    from opn_desk.services.errors import NotAllowed

    store = open_store(db_path)
    try:
        sound = CheckedDesk(store, DamageCheck(db_path))
        assert not sound.check.done and not sound.readonly
        sound.write("Add", registry.create_organisation, OrganisationInput(name="Checked first"))
        assert sound.check.done and sound.check.damage == []
    finally:
        store.close()
    damage(db_path)
    store = open_store(db_path)
    try:
        damaged = CheckedDesk(store, DamageCheck(db_path))
        with pytest.raises(NotAllowed, match="damaged"):
            damaged.write("Add", registry.create_organisation, OrganisationInput(name="Never written"))
        assert damaged.readonly and damaged.check.damage
    finally:
        store.close()


# -- a path that does not exist ---------------------------------------------------------------------

def test_a_missing_database_is_not_created_without_asking(tmp_path, qtbot, boxes):
    typo = tmp_path / "dsek.sqlite"
    app = _app()
    boxes.answers = ["Quit"]
    assert not app.open(typo, ask_to_create=True)
    assert app.cancelled and app.window is None
    assert boxes.shown == [f"There is no database at {typo}. Create a new, empty database there, or choose "
                           "the database you meant to open?"]
    assert not typo.exists() and list(tmp_path.iterdir()) == []


def test_create_makes_the_new_database_when_asked(tmp_path, qtbot, boxes):
    new = tmp_path / "new desk.sqlite"
    app = _app()
    boxes.answers = ["Create"]
    assert app.open(new, ask_to_create=True)
    try:
        assert app.wait_until_open(T)
        assert new.exists() and not app.window.readonly
        qtbot.waitUntil(lambda: app.window.registry.model.has_loaded, timeout=T)
        assert app.window.registry.model.rowCount() == 0
    finally:
        _close(app)


def test_choose_another_opens_the_file_chosen_instead(tmp_path, db_path, qtbot, boxes, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    typo = tmp_path / "elsewhere" / "desk.sqlite"
    typo.parent.mkdir()
    asked = []

    def choose(parent, caption, folder, filters):
        asked.append(folder)
        return str(db_path), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    app = _app()
    boxes.answers = ["Choose another…"]
    assert app.open(typo, ask_to_create=True)
    try:
        assert app.wait_until_open(T)
        assert app.window.opened.path == db_path and asked == [str(typo.parent)]
        qtbot.waitUntil(lambda: app.window.registry.model.has_loaded, timeout=T)
        assert app.window.registry.model.rowCount() == 30
        assert not typo.exists()
    finally:
        _close(app)


def test_the_default_database_is_created_without_asking_and_the_window_says_so(tmp_path, qtbot, boxes):
    first_run = tmp_path / "data" / "desk.sqlite"
    first_run.parent.mkdir()
    app = _app()
    assert app.open(first_run)  # as `opn-desk` without --db: the default database, not named by hand
    try:
        assert app.window.opening_page.label.text() == f"Creating a new database at {first_run}…"
        assert app.wait_until_open(T)
        assert boxes.shown == [] and first_run.exists()
        assert app.window.banner.isVisible()
        assert app.window.banner_label.text().startswith(f"OPN Desk created a new, empty database at {first_run}.")
    finally:
        _close(app)


def test_smoke_refuses_a_missing_database_named_on_the_command_line(tmp_path, capsys):
    from opn_desk.gui.window.app import run

    typo = tmp_path / "typo.sqlite"
    assert run(db=typo, smoke=True, read_only=False) == 2
    assert capsys.readouterr().err.strip() == f"OPN Desk: There is no database at {typo}."
    assert list(tmp_path.iterdir()) == []


# -- the first rows ---------------------------------------------------------------------------------

def test_the_first_rows_read_ahead_are_the_registrys_own(db_path):
    from opn_desk.db.store import open_store
    from opn_desk.domain.registry import OrganisationQuery
    from opn_desk.services import registry
    from opn_desk.services.desk import Desk
    from opn_desk.services.first_rows import read_first_rows

    store = open_store(db_path)
    try:
        desk = Desk(store)
        a_org = desk.read(registry.search_organisations, OrganisationQuery(), 0, 200)
        # A merged organisation is no longer listed, in either.
        kept, gone = a_org[0].id, a_org[1].id
        desk.write("Merge", lambda s: _merge(s, gone, kept))
        for descending in (False, True):
            for limit in (200, 7):
                ours = read_first_rows(db_path, descending=descending, limit=limit)
                theirs = desk.read(registry.search_organisations, OrganisationQuery(descending=descending), 0, limit)
                assert [(uuid.UUID(r.id), *r[1:]) for r in ours] == [dataclasses.astuple(r) for r in theirs]
        everyone = read_first_rows(db_path)
        assert len(everyone) == 29 and any(r.roles for r in everyone) and str(gone) not in {r.id for r in everyone}
    finally:
        store.close()
    assert read_first_rows(db_path.with_name("nothing-here.sqlite")) is None
    notes = db_path.with_name("notes.sqlite")
    notes.write_text("not a database")
    assert read_first_rows(notes) is None


def _merge(session, gone, kept) -> None:
    from opn_desk.db.models import Organisation

    session.get(Organisation, gone).merged_into_id = kept


def test_the_window_shows_the_first_rows_then_hands_over_to_the_registry(db_path, qtbot):
    app = _app()
    assert app.open(db_path)
    try:
        window = app.window
        # Before the store is even open, the rows are on screen.
        assert window.first_rows_read_ahead and not window.is_ready
        assert window.stack.currentWidget() is window.first_rows
        preview = window.first_rows
        assert preview.row_count == 30
        texts = [[preview.model.index(r, c).data() for c in range(7)] for r in range(30)]
        assert app.wait_until_open(T)
        qtbot.waitUntil(lambda: window.registry_shown_at is not None, timeout=T)
        assert window.stack.currentWidget() is window.registry and window.first_rows is None
        model = window.registry.model
        assert [[model.index(r, c).data() for c in range(7)] for r in range(30)] == texts
    finally:
        _close(app)


def _header_state(column: int, descending: bool):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    table = QTableView()
    table.setModel(QStandardItemModel(0, 7, table))
    table.horizontalHeader().setSortIndicator(
        column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    return table.horizontalHeader().saveState()


def test_the_name_order_is_read_from_the_registrys_saved_header(qapp):
    from opn_desk.gui.window.first_rows import name_order

    assert name_order(b"") is False  # never sorted: A to Z
    assert name_order(bytes(_header_state(0, False).data())) is False
    assert name_order(bytes(_header_state(0, True).data())) is True
    assert name_order(bytes(_header_state(2, False).data())) is None  # by country: nothing read ahead
    assert name_order(bytes(_header_state(6, True).data())) is False  # roles cannot be sorted: by name
    assert name_order(b"not a header state at all") is None


def test_the_rows_read_ahead_follow_the_order_the_officer_left(db_path, qtbot):
    from opn_desk.gui.core.settings import Options, Settings

    Settings().set(Options.REGISTRY_HEADER, _header_state(0, True))
    app = _app()
    assert app.open(db_path)
    try:
        preview = app.window.first_rows
        assert preview is not None and preview.descending is True and preview.row_count == 30
        names = [preview.text(r, 0) for r in range(30)]
        assert names[0].casefold() > names[-1].casefold()  # Z to A
        assert app.wait_until_open(T)
        window = app.window
        qtbot.waitUntil(lambda: window.registry_shown_at is not None, timeout=T)
        model = window.registry.model
        assert [model.index(r, 0).data() for r in range(30)] == names
    finally:
        _close(app)


FIRST_ROWS_BEFORE_THE_DATABASE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings
QCoreApplication.setOrganizationName("OPN Desk Tests")  # settings of its own, never the user's
QCoreApplication.setApplicationName("opn-desk-gui-tests")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from opn_desk.gui.window import main_window
seen = {}
show = main_window.MainWindow.show_first_rows
def recording(self, read):
    show(self, read)
    heavy = ("sqlalchemy", "alembic", "pandas", "opn_desk.db.store", "opn_desk.gui.registry.page")
    seen["imported"] = [m for m in heavy if m in sys.modules]
    seen["rows"] = self.first_rows.row_count if self.first_rows is not None else None
    seen["shown"] = self.stack.currentWidget() is self.first_rows
main_window.MainWindow.show_first_rows = recording
from opn_desk.gui.window.app import run
code = run(db=Path(sys.argv[1]), smoke=True, read_only=False)
print(seen, code)
"""


def test_the_first_rows_show_before_the_database_layer_is_imported(db_path, tmp_path):
    done = subprocess.run([sys.executable, "-c", FIRST_ROWS_BEFORE_THE_DATABASE, str(db_path), str(tmp_path / "qt")],
                          capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "{'imported': [], 'rows': 30, 'shown': True} 0"


# -- a lock nobody can be seen holding ----------------------------------------------------------------

@pytest.fixture
def buttons(boxes, monkeypatch):
    """The buttons of each message box shown, in order (the boxes are answered as `boxes` scripts)."""
    from opn_desk.gui.core import messages

    offered: list[list[str]] = []

    def record(box):
        offered.append([b.text() for b in box.buttons()])
        return boxes(box)

    monkeypatch.setattr(messages, "_exec", record)
    return offered


def _at(day: int, hour: int = 9, minute: int = 0) -> str:
    """A time in January 2026 as the window writes it in the language of the moment ("1 Jan 2026 09:00")."""
    from datetime import datetime

    from opn_desk.gui.core import labels

    return labels.local_moment(datetime(2026, 1, day, hour, minute))


def _older_lock_from(db_path: Path, host: str = "LAPTOP-AMINA") -> dict:
    """The lock file an OPN Desk before OS locking left on another computer: nobody can be seen holding it."""
    import json

    holder = {"host": host, "pid": 4242, "user": "amina", "since": "2026-01-05T09:15:00"}
    Path(str(db_path) + ".lock").write_text(json.dumps(holder), encoding="utf-8")
    return holder


def test_take_over_is_offered_for_a_stale_lock_and_the_desk_then_opens_writable(db_path, qtbot, boxes, buttons):
    import json
    import os

    _older_lock_from(db_path)
    app = _app()
    boxes.answers = ["Take over…", "Take over"]
    assert app.open(db_path)
    try:
        assert [sorted(b) for b in buttons] == [["Open read-only", "Quit", "Take over…"], ["Cancel", "Take over"]]
        assert boxes.shown[0].startswith("desk.sqlite is marked as open in OPN Desk by amina on LAPTOP-AMINA since "
                                         f"{_at(5, 9, 15)}, but OPN Desk cannot tell from here whether it still is.")
        assert boxes.shown[1] == (
            "Take over desk.sqlite only if you are sure nobody is using it. The lock says it was opened by amina on "
            f"LAPTOP-AMINA (process 4242) since {_at(5, 9, 15)}. OPN Desk cannot see from here whether LAPTOP-AMINA "
            "still has it open. If that desk is in fact still open, both would write to the database and changes "
            "could be lost.")
        assert app.wait_until_open(T)
        window = app.window
        assert not window.readonly and "(read-only)" not in window.windowTitle()
        assert window.opened.lock is not None and window.opened.lock.held
        record = json.loads(Path(str(db_path) + ".lock").read_text(encoding="utf-8"))
        assert record["pid"] == os.getpid()  # the lock now names this desk
        qtbot.waitUntil(lambda: window.checked_at is not None, timeout=T)
        from opn_desk.domain.registry import OrganisationInput
        from opn_desk.services import registry

        window.opened.desk.write("Add", registry.create_organisation, OrganisationInput(name="After the take-over"))
    finally:
        _close(app)


def test_cancelling_the_take_over_asks_again(db_path, qtbot, boxes, buttons):
    holder = _older_lock_from(db_path)
    app = _app()
    boxes.answers = ["Take over…", "Cancel", "Open read-only"]
    assert app.open(db_path)
    try:
        assert len(buttons) == 3 and sorted(buttons[2]) == ["Open read-only", "Quit", "Take over…"]
        assert app.wait_until_open(T)
        assert app.window.readonly
        import json

        assert json.loads(Path(str(db_path) + ".lock").read_text(encoding="utf-8")) == holder  # left as it was
    finally:
        _close(app)


def test_a_lock_a_running_desk_holds_is_never_offered_for_take_over(db_path, qtbot, boxes, buttons):
    from opn_desk.db.lock import DatabaseLock

    other = DatabaseLock(db_path)
    other.acquire()
    try:
        app = _app()
        boxes.answers = ["Quit"]
        assert not app.open(db_path)
        assert [sorted(b) for b in buttons] == [["Open read-only", "Quit"]] and app.cancelled
        assert "is already open in OPN Desk by" in boxes.shown[0]
    finally:
        other.release()


# -- restoring a backup -------------------------------------------------------------------------------

def _names(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT name FROM organisation ORDER BY name")]
    finally:
        con.close()


def _add(window, qtbot, name: str) -> None:
    from opn_desk.domain.registry import OrganisationInput
    from opn_desk.services import registry

    done = []
    window.runner.write("Add", registry.create_organisation, OrganisationInput(name=name), success=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=T)


@pytest.fixture
def dialogs(monkeypatch):
    """Answers the restore dialog as scripted: the copy taken at ``dialogs.taken`` is chosen (None: cancel);
    what each dialog listed is kept."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from opn_desk.gui.window.restore_dialog import RestoreDialog

    class Script:
        taken: str | None = None
        shown: list = []

    def answer(dialog):
        Script.shown.append([[dialog.table.topLevelItem(r).text(c) for c in range(dialog.COLUMNS)]
                             for r in range(dialog.table.topLevelItemCount())])
        Script.selectable = [bool(dialog.table.topLevelItem(r).flags() & Qt.ItemFlag.ItemIsSelectable)
                             for r in range(dialog.table.topLevelItemCount())]
        Script.preselected = dialog.table.indexOfTopLevelItem(dialog.table.currentItem())
        if Script.taken is None:
            return QDialog.DialogCode.Rejected
        dialog.choose([row[0] for row in Script.shown[-1]].index(Script.taken))
        return QDialog.DialogCode.Accepted

    Script.shown = []
    monkeypatch.setattr(RestoreDialog, "exec", answer)
    return Script


def test_restore_from_backup_lists_the_backups_and_restores_the_chosen_one(db_path, qtbot, boxes, dialogs):
    from datetime import datetime

    from opn_desk.db import backup

    app = _app()
    assert app.open(db_path)
    try:
        assert app.wait_until_open(T)
        first = app.window
        qtbot.waitUntil(lambda: first.checked_at is not None and first.runner.idle, timeout=T)
        older = backup.backup_now(db_path, now=datetime(2026, 1, 1, 9, 0))
        _add(first, qtbot, "Added after the first backup")
        backup.backup_now(db_path, "daily", now=datetime(2026, 1, 2, 9, 0))
        broken = backup.backup_now(db_path, "weekly", now=datetime(2026, 1, 3, 9, 0))
        damage(broken)
        _add(first, qtbot, "Added today")
        assert first.restore_action.isEnabled()
        dialogs.taken = _at(1)  # the oldest: 30 organisations
        boxes.answers = ["Restore"]
        first.restore_action.trigger()
        qtbot.waitUntil(lambda: app.window is not first and app.window is not None and app.window.is_ready,
                        timeout=T)
        [rows] = dialogs.shown
        listed = [r for r in rows if r[0] in {_at(1), _at(2), _at(3)}]
        assert [r[:2] for r in listed] == [[_at(3), "Weekly"], [_at(2), "Daily"], [_at(1), "Made by hand"]]
        assert [r[3] for r in listed] == ["—", "31", "30"]
        assert listed[0][4].startswith("Fails") and listed[1][4] == listed[2][4] == "Passes"
        assert all(r[2].endswith(("KB", "MB")) for r in listed)
        # Newest first (today's daily backup, made when the desk opened, heads the list) and the newest good
        # one chosen to begin with; a copy that fails its check cannot be chosen.
        assert {r[1] for r in rows[:-3]} == {"Daily", "Weekly"} and rows[0][4] == "Passes"
        assert dialogs.preselected == 0
        assert dialogs.selectable == [r[4] == "Passes" for r in rows] and dialogs.selectable.count(False) == 1
        assert boxes.shown == [f"Restore the backup taken on {_at(1)} (made by hand)? The database will be as "
                               "it was then, with 30 organisations. Everything changed since then is replaced. The "
                               "database as it is now is kept as a before-restore copy in its backups folder, so you "
                               "can go back to it the same way."]
        window = app.window
        assert not window.readonly and window.opened.lock is not None and window.opened.lock.held
        assert f"The backup taken on {_at(1)} was restored." in window.banner_label.text()
        qtbot.waitUntil(lambda: window.registry.model.has_loaded, timeout=T)
        assert window.registry.model.rowCount() == 30
        assert _names(db_path) == _names(older)
        kept = [b for b in backup.list_backups(db_path) if b.kind == "before-restore"]
        assert len(kept) == 1 and "Added today" in _names(kept[0].path)
        _add(window, qtbot, "Written after the restore")  # the restored desk is writable
        assert "Written after the restore" in _names(db_path)
    finally:
        _close(app)


def test_the_damage_banner_restores_the_newest_good_backup(db_path, qtbot, boxes):
    from datetime import datetime

    from opn_desk.db import backup

    backup.backup_now(db_path, now=datetime(2026, 1, 1, 9, 0))
    good = backup.backup_now(db_path, "daily", now=datetime(2026, 1, 2, 9, 0))
    damage(db_path)
    app = _app()
    assert app.open(db_path)
    try:
        assert app.wait_until_open(T)
        first = app.window
        qtbot.waitUntil(lambda: app.window is not first and app.window is not None and app.window.is_ready
                        and app.window.damage_banner is not None and app.window.damage_banner.isVisible(), timeout=T)
        damaged = app.window
        boxes.answers = ["Restore"]
        damaged.damage_restore_button.click()
        qtbot.waitUntil(lambda: app.window is not damaged and app.window is not None and app.window.is_ready,
                        timeout=T)
        assert boxes.shown[-1].startswith(f"Restore the backup taken on {_at(2)} (daily)?")
        window = app.window
        qtbot.waitUntil(lambda: window.checked_at is not None, timeout=T)
        assert not window.readonly and window.damage_banner is None
        assert window.opened.check.damage == []
        from opn_desk.db.store import find_damage

        assert find_damage(db_path) == [] and _names(db_path) == _names(good)
        kept = [b for b in backup.list_backups(db_path) if b.kind in ("before-restore", "damaged")]
        assert len(kept) == 1  # the damaged file, kept as it was
    finally:
        _close(app)
