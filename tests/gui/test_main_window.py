"""Starting the window: smoke mode, the writer's lock, read-only mode, the unbuilt areas, settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from opn_desk.gui import build_forms

T = 10_000


def test_smoke_returns_zero_and_prints_the_checks(db_path, capsys):
    from opn_desk.gui.window.app import run

    assert run(db=db_path, smoke=True, read_only=False) == 0
    out = capsys.readouterr().out
    assert "window shown" in out and "30 organisations" in out
    assert "Checks" in out
    assert not Path(str(db_path) + ".lock").exists()  # the lock was given back


def test_smoke_opens_read_only_when_another_desk_holds_the_lock(db_path, capsys):
    from opn_desk.gui.window.app import run

    lock = Path(str(db_path) + ".lock")
    holder = {"host": "laptop-of-someone-else", "pid": 4242, "user": "amina", "since": "2026-01-01T09:00:00"}
    lock.write_text(json.dumps(holder), encoding="utf-8")
    assert run(db=db_path, smoke=True, read_only=False) == 0
    out = capsys.readouterr().out
    assert "amina on laptop-of-someone-else (process 4242" in out
    assert "(read-only)" in out
    assert json.loads(lock.read_text(encoding="utf-8")) == holder  # never taken from its holder


def test_smoke_fails_with_one_sentence_on_a_file_that_is_not_a_database(tmp_path, capsys):
    from opn_desk.gui.window.app import run

    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are my notes, not a database\n")
    assert run(db=bad, smoke=True, read_only=False) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "not an OPN Desk database" in err


def test_lock_dialog_offers_read_only(db_path, qtbot, boxes):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.window.app import DeskApplication

    lock = Path(str(db_path) + ".lock")
    lock.write_text(json.dumps({"host": "other-host", "pid": 7, "user": "jo", "since": "today"}))
    app = DeskApplication(Settings())
    boxes.answers = ["Quit"]
    assert not app.open(db_path)
    # An older version's lock from another computer: nobody can be seen holding it (test_opening_safety.py
    # takes it over).
    assert app.cancelled and "is marked as open in OPN Desk by jo on other-host since today" in boxes.shown[0]
    boxes.answers = ["Open read-only"]
    assert app.open(db_path)
    try:
        assert app.wait_until_open(T)
        qtbot.waitUntil(lambda: app.window.registry.model.has_loaded, timeout=T)
        assert app.window.readonly and "(read-only)" in app.window.windowTitle()
        assert app.window.banner.isVisible() and "jo on other-host" in app.window.banner_label.text()
    finally:
        app.window.shut_down()
        app.window.close()


def test_read_only_mode_disables_editing(open_window, qtbot):
    window = open_window(read_only=True)
    assert window.windowTitle() == "desk.sqlite (read-only) — OPN Desk"
    for action in (window.new_organisation_action, window.save_organisation_action, window.undo_action,
                   window.redo_action, window.delete_organisation_action, window.backup_action):
        assert not action.isEnabled()
    assert not window.registry.new_button.isVisible()
    window.registry.open_row(0)
    editor = window.registry.editor
    qtbot.waitUntil(lambda: editor.detail is not None, timeout=T)
    assert editor.ui.nameEdit.isReadOnly()
    assert not editor.ui.countryCombo.isEnabled()
    assert not editor.ui.saveButton.isVisible() and not editor.ui.deleteButton.isVisible()
    assert not editor.ui.addPersonButton.isVisible() and not editor.ui.addMembershipButton.isVisible()
    editor.ui.nameEdit.setText("Changed")  # even programmatically nothing becomes saveable
    assert not editor.dirty
    window.new_organisation()
    assert editor.org_id is not None  # no new-organisation form in read-only mode


def test_unbuilt_areas_say_so(window):
    from opn_desk.gui.window.pages import PAGES, NotBuiltPage

    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert titles == ["Organisations", "Applications", "Selection", "Leadership", "Reporting", "Portfolio",
                      "Meetings", "Work plan"]
    unbuilt = [key for key in ("selection", "leadership", "reporting", "portfolio", "meetings", "work_plan")
               if key not in PAGES]
    assert {"reporting", "portfolio", "meetings", "work_plan"}.isdisjoint(unbuilt)  # built: tests/gui/test_*_area.py
    for key in unbuilt:
        window.show_area(key)
        page = window.stack.currentWidget()
        assert isinstance(page, NotBuiltPage) and page is window.pages[key]
        assert "not built yet" in page.text()
        assert len(page.description) > 60  # says what will come there
    window.show_area("applications")
    assert window.stack.currentWidget() is window.applications  # built: tests/gui/test_applications_*.py
    window.show_area("selection")
    assert window.stack.currentWidget() is window.selection  # built: tests/gui/test_selection_page.py
    window.show_area("leadership")
    assert window.stack.currentWidget() is window.leadership  # built: tests/gui/test_leadership_page.py
    window.show_area("organisations")
    assert window.stack.currentWidget() is window.registry


def test_find_focuses_the_search_box(window, qtbot):
    window.show_area("meetings")
    window.find_action.trigger()
    assert window.stack.currentWidget() is window.registry
    qtbot.waitUntil(window.registry.search.hasFocus, timeout=T)


def test_geometry_and_columns_are_remembered_in_test_settings(open_window, db_path, tmp_path):
    settings_file = Path(QSettings().fileName())
    assert "OPN Desk Tests" in str(settings_file) and "One Planet network" not in str(settings_file)
    window = open_window()
    window.resize(1100, 700)
    window.registry.table.setColumnWidth(0, 333)
    window.shut_down()
    window.close()
    from opn_desk.gui.core.settings import Options, Settings

    assert not Settings().get(Options.MAIN_GEOMETRY).isEmpty()
    again = open_window()
    assert again.registry.table.columnWidth(0) == 333


def test_about_names_version_database_and_data_folder(window):
    from opn_desk import __version__

    text = window.about_text()
    assert __version__ in text and str(window.opened.path) in text and "Data folder" in text


def test_recent_databases_are_remembered(db_path, qtbot):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.window.app import DeskApplication
    from opn_desk.preferences import Preferences

    app = DeskApplication(Settings())
    assert app.open(db_path)
    try:
        assert app.wait_until_open(T)
        assert Preferences.load().recent_databases[0] == str(db_path.resolve())
        qtbot.waitUntil(lambda: app.window.runner.files.idle, timeout=T)  # the rolling backup
        from opn_desk.db.backup import list_backups

        assert {b.kind for b in list_backups(db_path)} >= {"daily"}
    finally:
        app.window.shut_down()
        app.window.close()


def test_long_work_shows_a_cancellable_progress_dialog_only_after_a_delay(window, qtbot):
    import threading

    from PySide6.QtWidgets import QProgressDialog

    started = threading.Event()
    outcome = {}

    def work(progress, abort):
        from opn_desk.domain.work import stop_if_asked

        started.set()
        while True:
            stop_if_asked(abort)  # Cancel: raises Cancelled, nothing written
            progress(0.5, "Half way")
            threading.Event().wait(0.01)

    window.runner.run_long("Counting sheep", work, on_database=False, success=lambda v: outcome.setdefault("ok", v),
                           cancelled=lambda: outcome.setdefault("cancelled", True), parent=window)
    dialogs = lambda: [d for d in window.findChildren(QProgressDialog) if d.isVisible()]  # noqa: E731
    assert started.wait(5)
    assert dialogs() == []  # not at once
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=T)
    qtbot.waitUntil(lambda: dialogs()[0].labelText() == "Half way", timeout=T)
    from PySide6.QtWidgets import QPushButton

    (cancel,) = dialogs()[0].findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: outcome == {"cancelled": True}, timeout=T)
    qtbot.waitUntil(lambda: dialogs() == [], timeout=T)


def test_work_that_finished_despite_cancel_is_reported_done_not_cancelled(window, qtbot, tmp_path):
    """Cancel pressed once the file is written: the window says it was written, never "Cancelled"."""
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    out = tmp_path / "written.txt"
    pressed = threading.Event()
    outcome = {}

    def work(progress, abort):
        progress(0.5, "Writing")
        out.write_text("done")
        assert pressed.wait(10)  # the officer presses Cancel after the write
        return "written"

    messages = []
    window.runner.message.connect(messages.append)
    window.runner.run_long("Writing a file", work, on_database=False, success=lambda v: outcome.setdefault("ok", v),
                           cancelled=lambda: outcome.setdefault("cancelled", True), parent=window)
    dialogs = lambda: [d for d in window.findChildren(QProgressDialog) if d.isVisible()]  # noqa: E731
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=T)
    (cancel,) = dialogs()[0].findChildren(QPushButton)
    cancel.click()
    pressed.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=T)
    assert outcome == {"ok": "written"} and out.read_text() == "done"
    assert not any(m.startswith("Cancelled") for m in messages)


def test_work_that_cannot_stop_offers_no_cancel(window, qtbot):
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    release = threading.Event()
    outcome = {}
    window.runner.run_long("Backing up", lambda progress, abort: release.wait(10), on_database=False,
                           success=lambda v: outcome.setdefault("ok", v), cancellable=False, parent=window)
    dialogs = lambda: [d for d in window.findChildren(QProgressDialog) if d.isVisible()]  # noqa: E731
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=T)
    assert dialogs()[0].findChildren(QPushButton) == []
    release.set()
    qtbot.waitUntil(lambda: outcome == {"ok": True}, timeout=T)


def test_unexpected_failures_are_one_sentence(window, qtbot, boxes):
    def broken(desk):
        raise KeyError("internal detail")

    window.runner.run_op(broken)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=T)
    assert boxes.shown[0].startswith("Something went wrong that OPN Desk did not expect (KeyError).")
    assert "Traceback" not in boxes.shown[0]


def test_export_runs_off_the_ui_thread(window, qtbot, tmp_path, monkeypatch):
    from opn_desk.gui.window import ops as window_ops

    out = tmp_path / "organisations.csv"
    done = {}
    window_ops.export_organisations(window.runner, out, False, success=lambda n: done.setdefault("n", n),
                                    parent=window)
    qtbot.waitUntil(lambda: "n" in done, timeout=30_000)
    assert done["n"] == 30 and out.exists()


@pytest.mark.skipif(build_forms.uic_command() is None, reason="pyside6-uic is not installed")
def test_compiled_forms_are_up_to_date():
    assert build_forms.out_of_date() == [], "run: python -m opn_desk.gui.build_forms"


def test_nothing_outside_the_gui_imports_pyside6():
    root = Path(__file__).resolve().parents[2] / "opn_desk"
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if "gui" not in p.relative_to(root).parts and "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_backup_now_writes_a_checked_copy(window, qtbot):
    from opn_desk.db.backup import list_backups

    window.backup_action.trigger()
    qtbot.waitUntil(lambda: any(b.kind == "manual" for b in list_backups(window.opened.path)), timeout=T)
    qtbot.waitUntil(lambda: "Backup written and checked" in window.statusBar().currentMessage(), timeout=T)


def test_nothing_matches_says_so_over_the_table(window, qtbot):
    window.registry.search.setText("no such organisation anywhere")
    qtbot.waitUntil(lambda: window.registry.model.rowCount() == 0, timeout=T)
    assert window.registry.empty_label.isVisible()
    assert window.registry.count_label.text() == "0 of 30 organisations"


def test_new_demo_database_is_written_off_the_ui_thread(window, qtbot, tmp_path, monkeypatch):
    """The GUI side of File > New demo database, with a stand-in for the demo generator."""
    import sys
    import threading
    import types

    from opn_desk.domain.registry import OrganisationInput, OrganisationQuery
    from opn_desk.gui.window import ops as window_ops
    from opn_desk.services import registry
    from opn_desk.services.desk import Desk

    seen = {}

    def generate_demo(store, *, seed, organisations, progress=None, abort=None, actor=None):
        seen["thread"] = threading.current_thread().name
        seen["actor"] = actor  # the window passes the officer in (services read no preferences)
        desk = Desk(store, actor="demo")
        for i in range(organisations):
            progress(i / organisations, f"Organisation {i + 1}")
            desk.write("Demo", registry.create_organisation, OrganisationInput(name=f"Demo organisation {i}"))
        return f"{organisations} organisations"

    monkeypatch.setitem(sys.modules, "opn_desk.services.demo",
                        types.SimpleNamespace(generate_demo=generate_demo))
    target = tmp_path / "demo.sqlite"
    window_ops.generate_demo(window.runner, target, 7, 1, success=lambda summary: seen.setdefault("done", summary),
                             parent=window)
    qtbot.waitUntil(lambda: "done" in seen, timeout=30_000)
    assert seen["done"] == "7 organisations" and seen["thread"] != threading.main_thread().name
    assert seen["actor"]
    from opn_desk.db.store import open_store

    store = open_store(target, readonly=True)
    try:
        assert Desk(store).read(registry.count_organisations, OrganisationQuery()) == 7
    finally:
        store.close()
    assert not (tmp_path / "demo.sqlite.lock").exists()


def test_preferences_open_the_programme_letterheads(window, qtbot, monkeypatch):
    from opn_desk.gui.widgets.dialogs import PreferencesDialog
    from opn_desk.gui.window.letterheads_dialog import LetterheadsDialog

    seen = []
    monkeypatch.setattr(PreferencesDialog, "exec", lambda dialog: seen.append(dialog) or 0)
    window.preferences_action.trigger()
    [dialog] = seen
    assert dialog.letterheads_button.isVisibleTo(dialog)
    dialog.letterheads_button.click()
    opened = window.findChildren(LetterheadsDialog)
    assert opened and opened[-1].isVisible()
    opened[-1].reject()


SHOWN_BEFORE_THE_DATABASE = """
import sys
from pathlib import Path
from opn_desk.gui.window import main_window
seen = {}
show = main_window.MainWindow.show
def recording_show(self):
    show(self)
    heavy = ("sqlalchemy", "alembic", "pandas", "reportlab", "highspy", "opn_desk.gui.registry.page",
             "opn_desk.gui.applications.page", "opn_desk.db.store")
    seen["imported"] = [m for m in heavy if m in sys.modules]
    seen["opening"] = self.stack.currentWidget() is self.opening_page and not self.nav.isEnabled()
main_window.MainWindow.show = recording_show
from opn_desk.gui.window.app import run
code = run(db=Path(sys.argv[1]), smoke=True, read_only=False)
print(seen, code)
"""


def test_the_window_shows_before_the_database_layer_is_imported(db_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", SHOWN_BEFORE_THE_DATABASE, str(db_path)], capture_output=True,
                          text=True, timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "{'imported': [], 'opening': True} 0"


def test_areas_are_built_on_first_visit(window):
    assert set(window.pages) == {"organisations", "applications"}  # the registry and its menu-adding neighbour
    assert window.stack.currentWidget() is window.registry
    window.show_area("meetings")
    assert "meetings" in window.pages and window.stack.currentWidget() is window.pages["meetings"]
    assert "selection" not in window.pages and "leadership" not in window.pages


def test_a_database_that_cannot_open_closes_the_opening_window_with_one_sentence(tmp_path, qtbot, boxes):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.window.app import DeskApplication

    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are my notes, not a database\n")
    app = DeskApplication(Settings())
    assert app.open(bad)  # the window shows at once; the file is read on the worker
    assert app.window is not None and not app.window.is_ready
    assert not app.wait_until_open(T)
    assert app.window is None and "not an OPN Desk database" in app.failed
    assert boxes.shown == [app.failed]
    assert not Path(str(bad) + ".lock").exists()  # the lock was given back


def test_the_application_has_its_icon(qtbot):
    """The icon the installers use is the window's too (title bar, task bar, Alt+Tab)."""
    from PySide6.QtWidgets import QApplication

    from opn_desk.gui.window.app import _identify

    app = QApplication.instance()
    _identify(app)
    assert not app.windowIcon().isNull()
    assert app.windowIcon().availableSizes() or app.windowIcon().pixmap(32, 32).width() == 32
