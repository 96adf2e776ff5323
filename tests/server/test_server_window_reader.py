"""The window opened by the Secretariat's reader role on the team server (docs/SERVER.md, "Roles and
rights"): every page loads; nothing can be changed (the editing actions are off, and a change tried
anyway is refused in one sentence); the sensitive personal data are never fetched nor shown."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported anywhere

import uuid  # noqa: E402

import psycopg  # noqa: E402
import pytest  # noqa: E402

T = 20_000


class _Boxes:
    """Stands in for the officer in front of message boxes: records each, answers with the default."""

    def __init__(self):
        self.shown: list[str] = []

    def __call__(self, box):
        self.shown.append(box.text() + (" " + box.informativeText() if box.informativeText() else ""))
        return box.defaultButton()


@pytest.fixture
def boxes(tmp_path, monkeypatch, qtbot):
    from PySide6.QtCore import QCoreApplication, QSettings

    from opn_desk.gui.core import messages

    QCoreApplication.setOrganizationName("OPN Desk Tests")
    QCoreApplication.setApplicationName("opn-desk-server-reader-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings().clear()
    monkeypatch.setenv("OPN_DESK_CONFIG", str(tmp_path / "preferences.json"))
    shown = _Boxes()
    monkeypatch.setattr(messages, "_exec", shown)
    return shown


@pytest.fixture
def reader_url(pg_url, pg_cluster, cli):
    """A demo desk on the server, its roles set up, and a login role granted the reader's rights."""
    done = cli("demo", "--db", pg_url, "--organisations", "20")
    assert done.returncode == 0, done.stderr
    assert cli("server", "roles", "--db", pg_url).returncode == 0
    role = f"secretariat_{uuid.uuid4().hex[:8]}"
    with pg_cluster.admin() as admin:
        admin.execute(f'CREATE ROLE "{role}" LOGIN')
    done = cli("server", "grant", role, "--role", "reader", "--db", pg_url)
    assert done.returncode == 0, done.stderr
    with psycopg.connect(pg_url) as con:  # someone whose sensitive data are known
        con.execute("UPDATE person SET gender = 'female', disability_accommodation = 'Sign interpretation'")
    return pg_url.replace(f"//{pg_cluster.user}@", f"//{role}@", 1)


def _statements(engine) -> list[str]:
    from sqlalchemy import event

    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda _c, _cur, statement, *_a: seen.append(statement))
    return seen


def test_the_window_as_a_reader_shows_every_page_changes_nothing_and_never_fetches_sensitive_data(
        reader_url, boxes, qtbot):
    from PySide6.QtCore import Qt

    from opn_desk.db.address import server_address
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.window.app import DeskApplication

    app = DeskApplication(Settings())
    assert app.open(server_address(reader_url))
    assert app.wait_until_open(T), app.failed
    window = app.window
    try:
        sent = _statements(window.opened.store.engine)
        model = window.registry.model
        qtbot.waitUntil(lambda: model.has_loaded and model.rowCount() == 20, timeout=T)
        # Every area's page loads, with no refusal nor error said.
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            qtbot.wait(300)
        qtbot.waitUntil(lambda: window.runner.idle, timeout=T)
        assert boxes.shown == []
        # The editing actions are off: the reader reads the desk only.
        for action in (window.new_organisation_action, window.undo_action, window.exchange_action):
            assert not action.isEnabled(), action.text()
        assert window.readonly and "read-only" in window.windowTitle()
        # An organisation's detail shows its people without their sensitive data.
        window.nav.setCurrentRow(0)
        table = window.registry.table
        table.setFocus()
        editor = window.registry.editor
        for row in range(model.rowCount()):  # the first organisation with people
            table.selectRow(row)
            qtbot.keyClick(table, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda r=row: editor.detail is not None and editor.detail.name == model.index(
                r, 0).data(), timeout=T)
            if editor.detail.people:
                break
        assert editor.detail.people
        assert {person.gender for person in editor.detail.people} == {"unknown"}
        shown = " ".join(w.text() for w in editor.findChildren(type(window.banner_label)) if w.isVisible())
        assert "female" not in shown.lower() and "Sign interpretation" not in shown
        # A change tried anyway (the service the editor calls) is refused in one sentence.
        from opn_desk.services.errors import NotAllowed

        with pytest.raises(NotAllowed) as refused:
            window.runner.desk.write("Note", lambda s: None)
        assert str(refused.value) == ("Your role on the server only reads the desk, so nothing was saved; ask the "
                                      "desk's administrator if you should edit it.")
        qtbot.waitUntil(lambda: window.runner.idle, timeout=T)
        assert not [s for s in sent if "person.gender" in s or "person.disability_accommodation" in s]
        assert boxes.shown == []
    finally:
        window.shut_down()
        window.close()
