"""Help: the user guide rendered in the window (also from an installed package's resources), the keyboard
shortcuts listed from the window's own actions, About; and the first-run welcome that asks the officer's
name, which the history then shows instead of the login name. The welcome never appears in the smoke
check, the start-up benchmark or a window built by a test."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
T = 10_000


def _native(sequence) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def _welcomes() -> list:
    from opn_desk.gui.window.welcome import WelcomeDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible()]


# -- the Help menu -----------------------------------------------------------------------------------

def test_the_help_menu_offers_the_guide_the_shortcuts_and_about(window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert texts == ["&User guide", "&Keyboard shortcuts", "&About OPN Desk"]
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert "OPN Desk" in window.about_text()


def test_the_user_guide_opens_rendered_with_its_pictures(window, qtbot):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    window.guide_action.trigger()
    guide = window.user_guide
    qtbot.waitUntil(guide.isVisible, timeout=T)
    text = guide.browser.toPlainText()
    assert text.startswith("OPN Desk user guide")  # the heading, rendered: no "#" left
    for section in ("The first time", "Organisations", "Printing", "Your database, its backups and restoring",
                    "Importing", "Several laptops, one desk"):
        assert section in text
    assert "**" not in text and "](screenshots" not in text
    picture = guide.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                                QUrl("screenshots/main-window.png"))
    assert picture is not None and not picture.isNull()
    window.guide_action.trigger()  # asked again: the same window, raised
    assert window.user_guide is guide


def test_the_guide_is_found_where_an_installed_package_keeps_it(tmp_path, monkeypatch):
    import opn_desk.paths
    from opn_desk.gui.window import help as help_module

    # The wheel's force-include puts the guide and its pictures where help.py looks first.
    include = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]["targets"]["wheel"][
        "force-include"]
    assert include["docs/USER_GUIDE.md"] == "opn_desk/resources/guide/USER_GUIDE.md"
    assert include["docs/screenshots"] == "opn_desk/resources/guide/screenshots"
    assert include["resources"] == "opn_desk/resources"
    installed = tmp_path / "site-packages" / "opn_desk" / "resources"
    (installed / "guide").mkdir(parents=True)
    shutil.copy(ROOT / "docs" / "USER_GUIDE.md", installed / "guide" / "USER_GUIDE.md")
    monkeypatch.setattr(opn_desk.paths, "resources_dir", lambda: installed)
    assert help_module.user_guide_path() == installed / "guide" / "USER_GUIDE.md"
    # In the repository (developing), the docs folder's own copy.
    monkeypatch.setattr(opn_desk.paths, "resources_dir", lambda: tmp_path / "nothing-here")
    assert help_module.user_guide_path() == ROOT / "docs" / "USER_GUIDE.md"


def test_the_keyboard_shortcuts_are_listed_from_the_windows_actions(window, qtbot):
    window.shortcuts_action.trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=T)
    table = dialog.table
    rows = {(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    assert ("File", "Open database", _native(QKeySequence.StandardKey.Open)) in rows
    assert ("Edit", "Undo", _native(QKeySequence.StandardKey.Undo)) in rows
    assert ("Help", "User guide", _native(QKeySequence.StandardKey.HelpContents)) in rows
    assert ("Applications", "Record application", _native("Ctrl+Shift+N")) in rows  # an area's own menu
    # Every action of the menus that has a key is there, and nothing without one.
    assert all(keys for _menu, _command, keys in rows)
    listed = {command: keys for _menu, command, keys in rows}
    for action in (window.undo_action, window.redo_action, window.find_action, window.preferences_action,
                   window.new_organisation_action, window.save_organisation_action):
        if action.shortcuts():  # every key of the action (Redo has two on most systems)
            wanted = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            assert listed[action.text().replace("&", "").rstrip("…")] == wanted
    # It cannot drift: a key given to an action shows at the next opening.
    window.countries_action.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.shortcuts_action.trigger()
    table = window.shortcuts_dialog.table
    assert ("Organisations", "Countries and regional groups", _native("Ctrl+Alt+K")) in {
        (table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}


# -- the welcome -------------------------------------------------------------------------------------

def _prefs(tmp_path) -> dict:
    path = tmp_path / "preferences.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def test_a_window_built_by_a_test_never_welcomes(window, qtbot):
    qtbot.wait(300)
    assert _welcomes() == [] and getattr(window, "welcome", None) is None


def test_the_welcome_keeps_the_officers_name_and_the_history_shows_it(window, qtbot, tmp_path):
    from opn_desk.gui.window.welcome import offer_on_first_run

    offer_on_first_run(window)
    qtbot.waitUntil(lambda: bool(_welcomes()), timeout=T)
    dialog = _welcomes()[0]
    assert dialog.name_edit.text() == "" and not dialog.start_button.isEnabled()  # a name is needed to start
    qtbot.keyClicks(dialog.name_edit, "Ana Silva")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _welcomes(), timeout=T)
    assert _prefs(tmp_path)["officer_name"] == "Ana Silva" and _prefs(tmp_path)["welcomed"] is True
    qtbot.waitUntil(lambda: window.opened.desk.actor == "Ana Silva", timeout=T)

    # A change made now is Ana Silva's in the history, not the login name's.
    model = window.registry.model
    org_id = next(model.row_at(r).id for r in range(model.rowCount())
                  if model.row_at(r).name == "Nigeria Consumer Council")
    window.show_organisation(org_id)
    editor = window.registry.editor
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.id == org_id, timeout=T)
    editor.ui.acronymEdit.setText("NCCN")
    editor.save()
    qtbot.waitUntil(lambda: editor.detail.acronym == "NCCN" and editor.ui.historyTree.topLevelItemCount() >= 2,
                    timeout=T)
    newest = editor.ui.historyTree.topLevelItem(0)
    assert newest.text(1) == "Ana Silva" and newest.text(2) == "Edit Nigeria Consumer Council"

    offer_on_first_run(window)  # welcomed once: never again
    qtbot.wait(300)
    assert _welcomes() == []


def test_not_now_is_not_asked_again_and_a_known_name_is_not_asked(window, qtbot, tmp_path):
    from opn_desk.gui.window.welcome import offer_on_first_run
    from opn_desk.preferences import Preferences

    offer_on_first_run(window)
    qtbot.waitUntil(lambda: bool(_welcomes()), timeout=T)
    qtbot.mouseClick(_welcomes()[0].later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _welcomes(), timeout=T)
    assert _prefs(tmp_path)["welcomed"] is True and _prefs(tmp_path)["officer_name"] == ""
    offer_on_first_run(window)
    qtbot.wait(300)
    assert _welcomes() == []
    # An officer whose name is already known (set in Preferences before this version) is not welcomed.
    (tmp_path / "preferences.json").write_text(json.dumps({"officer_name": "Kwame Mensah"}), encoding="utf-8")
    assert not Preferences.load().wants_welcome
    offer_on_first_run(window)
    qtbot.wait(300)
    assert _welcomes() == []


def test_the_smoke_check_and_the_startup_benchmark_never_welcome(db_path, monkeypatch, capsys):
    from opn_desk.gui.window import app, welcome

    asked = []
    monkeypatch.setattr(welcome, "offer_on_first_run", lambda window: asked.append(window))
    assert app.run(db=db_path, smoke=True, read_only=False) == 0
    assert "window shown" in capsys.readouterr().out
    assert asked == []


def test_a_persons_first_run_welcomes_once_the_database_is_open(db_path, qtbot, tmp_path, monkeypatch):
    """`opn-desk` without --smoke: the welcome comes after the window has shown and the desk is open. (The
    application's own event loop is stood in for by a local one: quitting the real one would stop the
    workers the later tests share.)"""
    from PySide6.QtCore import QEventLoop

    from opn_desk.gui.window import app

    seen = {}
    controllers = []
    real_init = app.DeskApplication.__init__

    def remember(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        controllers.append(self)

    def event_loop(_app) -> int:
        loop = QEventLoop()

        def answer() -> None:
            found = _welcomes()
            if found:
                window = found[0].desk_window
                seen["ready"] = window.is_ready and window.isVisible()
                found[0].name_edit.setText("Léa Dubois")
                found[0].accept()
                loop.quit()

        poll = QTimer(interval=50)
        poll.timeout.connect(answer)
        poll.start()
        QTimer.singleShot(30_000, loop.quit)  # never hang the suite
        loop.exec()
        poll.stop()
        return 0

    monkeypatch.setattr(app.DeskApplication, "__init__", remember)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    try:
        assert app.run(db=db_path, smoke=False, read_only=False) == 0
        assert seen == {"ready": True}
        assert _prefs(tmp_path)["officer_name"] == "Léa Dubois"
        qtbot.waitUntil(lambda: controllers[0].window.opened.desk.actor == "Léa Dubois", timeout=T)
    finally:
        window = controllers[0].window if controllers else None
        if window is not None:
            window.shut_down()
            window.close()
