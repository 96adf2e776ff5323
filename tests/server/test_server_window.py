"""The window on a team server (docs/SERVER.md, "The window on a server"): `opn-desk --db postgresql://…`
and File › Connect to a server… open the same window on the server's desk, reading and writing through
the same services; what only a file has (the writer's lock file, the rolling backup, restore) is left
out with the reason said; the password goes to the keyring, never to the settings or the address."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported anywhere

import socket  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from opn_desk.domain.registry import OrganisationInput  # noqa: E402
from opn_desk.services import registry  # noqa: E402
from opn_desk.services.desk import Desk  # noqa: E402

T = 20_000


class _MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = _MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


class _Boxes:
    """Stands in for the officer in front of message boxes: records each, answers with the default."""

    def __init__(self):
        self.shown: list[str] = []
        self.answers: list[str] = []

    def __call__(self, box):
        self.shown.append(box.text() + (" " + box.informativeText() if box.informativeText() else ""))
        if self.answers:
            wanted = self.answers.pop(0)
            return next(b for b in box.buttons() if b.text() == wanted)
        return box.defaultButton()


@pytest.fixture
def window_world(tmp_path, monkeypatch, qtbot):
    """Settings and preferences in temporary folders, message boxes answered, nothing blocking."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from opn_desk.gui.core import messages

    QCoreApplication.setOrganizationName("OPN Desk Tests")
    QCoreApplication.setApplicationName("opn-desk-server-window-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings().clear()
    monkeypatch.setenv("OPN_DESK_CONFIG", str(tmp_path / "preferences.json"))
    boxes = _Boxes()
    monkeypatch.setattr(messages, "_exec", boxes)
    return boxes


def _fill(store, *names: str) -> None:
    desk = Desk(store, actor="Fixture")
    for name in names:
        desk.write(f"Add {name}", registry.create_organisation, OrganisationInput(name, country_iso3="KEN"))


def _open(address):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.window.app import DeskApplication

    app = DeskApplication(Settings())
    assert app.open(address)
    assert app.wait_until_open(T), app.failed
    return app


def _names(store) -> set[str]:
    from sqlalchemy import select

    from opn_desk.db.models import Organisation

    with store.sessions()() as session:
        return set(session.scalars(select(Organisation.name)))


def test_the_window_opens_on_the_server_reads_and_writes_there_and_makes_no_file_backup(
        pg_store, pg_cluster, window_world, qtbot, monkeypatch, tmp_path):
    from opn_desk.db.address import server_address
    from opn_desk.preferences import Preferences
    from opn_desk.services import store_access

    _fill(pg_store, "Reef Trust", "Baobab Institute")
    backups = []
    monkeypatch.setattr(store_access, "rolling_backup", lambda *a, **k: backups.append(a))
    monkeypatch.chdir(tmp_path)  # a lock file would be made beside "postgresql:/…", here
    address = server_address(pg_store.path)
    app = _open(address)
    window = app.window
    try:
        assert window.opened.store.on_server and not window.readonly
        # The title names the database and the server, never a role's password nor a file.
        database = address.split("?")[0].rsplit("/", 1)[-1]
        assert window.windowTitle() == f"{database} on localhost:{pg_cluster.port} — OPN Desk"
        # The same registry, read from the server.
        model = window.registry.model
        qtbot.waitUntil(lambda: model.has_loaded and model.rowCount() == 2, timeout=T)
        # A write goes through the same services to the server: another connection sees it.
        window.runner.write("Add Coral Fund", registry.create_organisation,
                            OrganisationInput("Coral Fund", country_iso3="KEN"))
        qtbot.waitUntil(lambda: "Coral Fund" in _names(pg_store), timeout=T)
        qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=T)
        # No writer's lock file, no rolling backup; Backup says why, Restore is off.
        qtbot.wait(300)
        assert not list(tmp_path.rglob("*.lock")) and backups == []
        assert window.opened.lock is None
        assert "pg_dump" in window.backup_action.toolTip()
        assert not window.restore_action.isEnabled() and "pg_dump" in window.restore_action.toolTip()
        window.backup_now()
        assert "pg_dump" in window_world.shown[-1]
        # Remembered with the files, as written (no password in it to keep).
        assert Preferences.load().recent_databases[0] == str(address)
        window.recent_menu.aboutToShow.emit()
        texts = [a.text() for a in window.recent_menu.actions()]
        assert any(database in t and "server" in t for t in texts), texts
    finally:
        window.shut_down()
        window.close()


def test_the_command_line_opens_the_window_on_a_server_and_refuses_a_password_in_the_address(pg_store, cli):
    _fill(pg_store, "Reef Trust")
    done = cli("--db", pg_store.path, "--smoke")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    with_password = pg_store.path.replace("@", ":hunter2@", 1)
    refused = cli("--db", with_password, "--smoke")
    assert refused.returncode == 2 and "keyring" in refused.stderr and "hunter2" not in refused.stderr


def _cluster_parts(pg_cluster, database: str):
    from opn_desk.services.server_connection import ServerParts

    return ServerParts(str(pg_cluster.socket_dir), pg_cluster.port, database, pg_cluster.user)


def _tested(dialog, qtbot, start=None) -> bool:
    """Run the dialog's test of the connection (or ``start``) and wait for its answer, off the UI thread."""
    with qtbot.waitSignal(dialog.answered, timeout=T) as answer:
        (start or dialog.test_connection)()
    return answer.args[0]


def _fill_dialog(dialog, parts, password: str = "") -> None:
    dialog.host.setText(parts.host)
    dialog.port.setValue(parts.port)
    dialog.database.setText(parts.database)
    dialog.user.setText(parts.user)
    dialog.password.setText(password)


def test_connect_to_a_server_tests_keeps_the_password_in_the_keyring_and_opens_the_window(
        pg_store, pg_cluster, window_world, memory_keyring, qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.window.app import DeskApplication
    from opn_desk.gui.window.server_dialog import ConnectDialog
    from opn_desk.paths import default_database  # noqa: F401 - the window's file first

    _fill(pg_store, "Reef Trust")
    database = pg_store.path.split("?")[0].rsplit("/", 1)[-1]
    parts = _cluster_parts(pg_cluster, database)
    # The window on a file first; then File › Connect to a server…
    from opn_desk.db.store import open_store

    desk_file = tmp_path / "desk.sqlite"
    open_store(desk_file).close()
    app = DeskApplication(Settings())
    assert app.open(desk_file) and app.wait_until_open(T)

    def officer_types(dialog):
        _fill_dialog(dialog, parts, "s3cret-pw")
        assert _tested(dialog, qtbot)
        assert dialog.answer.text().startswith("Connected")
        assert _tested(dialog, qtbot, dialog.accept)
        return dialog.result()

    monkeypatch.setattr(ConnectDialog, "exec", officer_types)
    first = app.window
    first.connect_to_server()
    qtbot.waitUntil(lambda: app.window is not first and app.window is not None and app.window.is_ready, timeout=T)
    window = app.window
    try:
        assert window.opened.store.on_server and "@" in str(window.path)
        assert window.windowTitle() == f"{database} on localhost:{pg_cluster.port} — OPN Desk"
        qtbot.waitUntil(lambda: window.registry.model.has_loaded and window.registry.model.rowCount() == 1, timeout=T)
        # The password is in the keyring, under the address without its query; nowhere else.
        assert memory_keyring.saved[("OPN Desk", str(window.path).split("?")[0])] == "s3cret-pw"
        assert "s3cret-pw" not in str(window.path)
        window.save_settings()
        QSettings().sync()
        written = "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()
                          and p.suffix in (".ini", ".conf", ".json"))
        assert "s3cret-pw" not in written and str(window.path) in (tmp_path / "preferences.json").read_text()
    finally:
        window.shut_down()
        window.close()


def test_testing_the_connection_says_what_is_wrong_in_one_sentence(pg_url, pg_cluster, window_world, qtbot):
    from opn_desk.gui.window.server_dialog import ConnectDialog
    from opn_desk.services.server_connection import ServerParts

    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    # A database the server does not have.
    _fill_dialog(dialog, _cluster_parts(pg_cluster, "no_such_desk"))
    assert not _tested(dialog, qtbot)
    assert "has no database called no_such_desk" in dialog.answer.text()
    # Nobody there.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    _fill_dialog(dialog, ServerParts("127.0.0.1", closed_port, "opn_desk", "officer"))
    assert not _tested(dialog, qtbot)
    assert dialog.answer.text().startswith("OPN Desk cannot reach a server at 127.0.0.1, port")
    # A database with no desk yet: how to put one there.
    empty = pg_url.split("?")[0].rsplit("/", 1)[-1]
    _fill_dialog(dialog, _cluster_parts(pg_cluster, empty))
    assert not _tested(dialog, qtbot)
    assert "opn-desk server upload --db desk.sqlite --to postgresql://" in dialog.answer.text()
    # A field left empty.
    dialog.user.clear()
    assert not _tested(dialog, qtbot) and dialog.answer.text() == "Fill in the role."
    for sentence in (dialog.answer.text(),):
        assert sentence.count(". ") <= 1 and "Traceback" not in sentence


def test_a_wrong_password_is_said_as_such():
    import psycopg

    from opn_desk.services.server_connection import ServerParts, _sentence, compose

    parts = ServerParts("db.example.org", 5432, "opn_desk", "ann")
    refused = psycopg.OperationalError('connection failed: FATAL:  password authentication failed for user "ann"')
    assert _sentence(refused, parts, compose(parts)) == \
        "The server refused the password for ann: check it and try again."


def test_the_address_the_dialog_composes_has_no_password_and_reads_back():
    from opn_desk.services.server_connection import ServerParts, compose, describe, parts_of

    parts = ServerParts("db.example.org", 5433, "opn desk", "ann")
    address = compose(parts)
    assert address == "postgresql://ann@db.example.org:5433/opn%20desk"
    assert parts_of(address) == parts and describe(address) == "opn desk on db.example.org:5433"
    socket_parts = ServerParts("/run/postgresql", 5432, "opn_desk", "ann")
    assert parts_of(compose(socket_parts)) == socket_parts


def test_a_stale_save_on_the_server_gives_the_same_message_as_on_a_file(pg_store, window_world, qtbot):
    from PySide6.QtCore import Qt

    from opn_desk.db.address import server_address

    _fill(pg_store, "Reef Trust")
    app = _open(server_address(pg_store.path))
    window = app.window
    try:
        model = window.registry.model
        qtbot.waitUntil(lambda: model.has_loaded and model.rowCount() == 1, timeout=T)
        table = window.registry.table
        table.setFocus()
        table.selectRow(0)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        editor = window.registry.editor
        qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.name == "Reef Trust", timeout=T)
        detail = editor.detail
        # Another officer saves the same organisation meanwhile, on their own connection.
        other = Desk(pg_store, actor="Ben")
        changed = {f: getattr(detail.as_input(), f) for f in detail.as_input().__dataclass_fields__}
        other.write("Elsewhere", registry.update_organisation, detail.id,
                    detail.as_input().__class__(**{**changed, "acronym": "REEF"}))
        editor.ui.notesEdit.setPlainText("My note")
        window_world.answers = ["Reload (lose my changes)"]
        editor.save()
        qtbot.waitUntil(lambda: editor.ui.acronymEdit.text() == "REEF", timeout=T)
        assert "Reef Trust was changed since you opened it; reopen it to see the latest version." in \
            window_world.shown[0]
    finally:
        window.shut_down()
        window.close()


def test_a_refused_connection_keeps_no_password(pg_cluster, window_world, memory_keyring, qtbot):
    from opn_desk.gui.window.server_dialog import ConnectDialog

    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    _fill_dialog(dialog, _cluster_parts(pg_cluster, "no_such_desk"), "pw-typed")
    assert not _tested(dialog, qtbot, dialog.accept)  # refused: no such database; nothing kept
    assert dialog.address() is None and memory_keyring.saved == {}
    assert "pw-typed" not in dialog.answer.text()


def test_the_window_opens_a_server_read_only_when_asked(pg_store, pg_cluster, window_world, qtbot):
    from opn_desk.db.address import server_address
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.window.app import DeskApplication

    _fill(pg_store, "Reef Trust")
    app = DeskApplication(Settings())
    assert app.open(server_address(pg_store.path), read_only=True) and app.wait_until_open(T), app.failed
    window = app.window
    try:
        database = pg_store.path.split("?")[0].rsplit("/", 1)[-1]
        assert window.readonly and window.opened.store.readonly
        assert window.windowTitle() == f"{database} on localhost:{pg_cluster.port} (read-only) — OPN Desk"
        assert not window.new_organisation_action.isEnabled()
        qtbot.waitUntil(lambda: window.registry.model.has_loaded and window.registry.model.rowCount() == 1,
                        timeout=T)
    finally:
        window.shut_down()
        window.close()


def test_a_server_that_does_not_answer_never_freezes_the_dialog_and_cancel_stops_waiting(window_world, qtbot):
    """The test of the connection runs off the UI thread: a server that accepts the connection but never
    answers (as a firewall that drops packets) keeps the dialog live for the whole timeout."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from opn_desk.gui.window.server_dialog import ConnectDialog
    from opn_desk.services.server_connection import CONNECT_TIMEOUT, ServerParts

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # the handshake completes, and then nothing is ever said
    try:
        dialog = ConnectDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        _fill_dialog(dialog, ServerParts("127.0.0.1", silent.getsockname()[1], "opn_desk", "officer"))
        ticks = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(20)

        started = time.monotonic()
        dialog.test_connection()
        assert time.monotonic() - started < 0.5  # the click returns at once
        assert dialog.busy and dialog.busy_bar.isVisible() and not dialog.test_button.isEnabled()
        assert dialog.answer.text().startswith("Connecting to opn_desk on 127.0.0.1")
        qtbot.wait(800)
        assert dialog.busy and len(ticks) >= 15  # the event loop kept turning while the server said nothing
        # Cancel stops waiting; the dialog stays, ready to test again.
        cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        with qtbot.waitSignal(dialog.answered, timeout=1000) as answer:
            cancel.click()
        assert answer.args == [False] and not dialog.busy and dialog.isVisible()
        assert dialog.answer.text() == "Stopped waiting for the server; nothing was changed."
        assert not dialog.busy_bar.isVisible() and dialog.test_button.isEnabled()

        # Left to wait, the same one-sentence answer as before comes after the timeout, the loop live all along.
        ticks.clear()
        started = time.monotonic()
        assert not _tested(dialog, qtbot)
        waited = time.monotonic() - started
        assert CONNECT_TIMEOUT - 1 <= waited <= CONNECT_TIMEOUT + 5
        assert len(ticks) >= waited / 0.02 * 0.2  # a blocked loop would tick once; a busy machine ticks less
        assert dialog.answer.text().startswith("OPN Desk cannot reach a server at 127.0.0.1, port")
        assert dialog.answer.text().count(". ") == 0 and dialog.isVisible()
        timer.stop()
    finally:
        silent.close()
