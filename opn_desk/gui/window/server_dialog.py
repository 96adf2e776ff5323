"""The window on a team server (docs/SERVER.md, "The window on a server").

- `ConnectDialog`: File › Connect to a server… asks the host, port, database and role, and the
  password, which goes to the operating system's keyring (services/server_connection.keep_password),
  never into the settings, the recent databases or the address. "Test the connection" says in one
  sentence what is wrong (the password, the host, the database, no desk there yet: how to upload one).
  The test (and Connect's own) runs on a thread of its own (a daemon thread: quitting never waits for it;
  its answer comes back through a queued signal), never on the window's:
  a server that does not answer keeps the dialog live for its timeout, with a busy bar, and Cancel stops
  waiting for it (the attempt's answer is then dropped).
- `server_claim`: what the window's opening takes for a server instead of a file's writer's lock: none
  (the server arbitrates its own writers: row versions and row locks), and no damage check (the server
  guards its own pages), so no file backup follows either (the server's IT backs it up with pg_dump).
- `database_name`: how the window names what it has open, a file's name or "database on host".

Light to import: the window's start imports it before the database layer.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from opn_desk.services.server_connection import (
    DEFAULT_PORT,
    ConnectionCheck,
    ServerAddressRefused,
    ServerParts,
    check_connection,
    compose,
    describe,
    is_server,
    keep_password,
    parts_of,
)

__all__ = ["ConnectDialog", "database_name", "is_server", "server_claim", "server_note"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConnectDialog", text)


class _Answers(QObject):
    """Carries each check's answer (its token, result, error) from its thread to the UI thread, where the
    check's callback (`_WAITING`, by token) takes it; one for the whole application, made on the UI
    thread and never deleted, so no thread ever holds the last reference to a Qt object."""

    arrived = Signal(object, object, object)

    def deliver(self, token, result, error) -> None:  # on the UI thread
        callback = _WAITING.pop(token, None)
        if callback is not None:
            callback(result, error)


_WAITING: dict[object, object] = {}
_ANSWERS: list[_Answers] = []


def _answers() -> _Answers:
    if not _ANSWERS:
        from PySide6.QtCore import Qt

        relay = _Answers()
        relay.arrived.connect(relay.deliver, Qt.ConnectionType.QueuedConnection)
        _ANSWERS.append(relay)
    return _ANSWERS[0]


def database_name(where) -> str:
    """What the window calls the database it has open: a file's name, or a server's "database on host"."""
    return describe(where) if is_server(where) else Path(where).name


def server_claim(address, read_only: bool):
    """The opening's claim on a server: no writer's lock and a damage check answered at once (none)."""
    from opn_desk.gui.window.background_open import Claim

    return Claim(address, read_only, None, None, [])


def server_note() -> str:
    """Said where the window would otherwise make or restore a file backup."""
    return _tr("A server database is backed up by its IT person with pg_dump (docs/SERVER.md, section 6): "
               "OPN Desk makes no backup file of it, and restores none.")


class ConnectDialog(QDialog):
    """File › Connect to a server…: accepted once a desk is found there; ``address()`` then names it."""

    answered = Signal(bool)  # a test of the connection (or Connect's) answered: whether a desk is there

    def __init__(self, parent: QWidget | None = None, address: str | None = None):
        super().__init__(parent)
        self.setObjectName("ConnectDialog")
        self.setWindowTitle(_tr("Connect to a server"))
        parts = parts_of(address) if address else ServerParts("", DEFAULT_PORT, "opn_desk", "")
        self.host = QLineEdit(parts.host)
        self.host.setPlaceholderText("db.example.org")  # an example host name, the same in every language
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(parts.port or DEFAULT_PORT)
        self.database = QLineEdit(parts.database)
        self.user = QLineEdit(parts.user)
        self.user.setPlaceholderText(_tr("your database role"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_tr("kept in this computer's keyring"))
        form = QFormLayout()
        form.addRow(_tr("&Host:"), self.host)
        form.addRow(_tr("&Port:"), self.port)
        form.addRow(_tr("&Database:"), self.database)
        form.addRow(_tr("&Role (user):"), self.user)
        form.addRow(_tr("Pass&word:"), self.password)
        explain = QLabel(_tr("Your IT person gives you these (docs/SERVER.md). The password is kept in this "
                             "computer's keyring, never in OPN Desk's settings; leave it empty if it is in a "
                             "PostgreSQL password file or already kept."))
        explain.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setObjectName("connectionAnswer")
        self.answer.setWordWrap(True)
        # Qt here: its first use builds every enum, and the window's start imports this module.
        from PySide6.QtCore import Qt

        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.hide()
        self.busy_bar = QProgressBar()  # moving while the server is asked
        self.busy_bar.setObjectName("connectionBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.hide()
        self.test_button = QPushButton(_tr("&Test the connection"))
        self.test_button.clicked.connect(self.test_connection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(_tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.answer)
        layout.addWidget(self.busy_bar)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        (self.host if not parts.host else self.password if parts.user else self.user).setFocus()
        self._address = None
        self._attempt: object | None = None  # the check running, if any

    @property
    def busy(self) -> bool:
        """Whether a check of the connection is running."""
        return self._attempt is not None

    def address(self):
        """The server chosen (a `ServerAddress`, never with a password), once accepted."""
        return self._address

    def _composed(self):
        """The address the fields name, or None after saying in one sentence what is missing."""
        missing = [label for label, edit in ((_tr("the host"), self.host), (_tr("the database"), self.database),
                                             (_tr("the role"), self.user)) if not edit.text().strip()]
        if missing:
            self._say(_tr("Fill in {what}.").format(what=", ".join(missing)), ok=False)
            return None
        try:
            return compose(ServerParts(self.host.text(), self.port.value(), self.database.text(), self.user.text()))
        except ServerAddressRefused as exc:
            self._say(str(exc), ok=False)
            return None

    def _say(self, sentence: str, *, ok: bool) -> None:
        self.answer.setText(sentence)
        self.answer.setStyleSheet("color: #1e6b30;" if ok else "color: #a4262c;")
        self.answer.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.test_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)

    def _start(self, then_accept: bool) -> None:
        """Ask the server named by the fields on a thread of its own; `_answered` follows on this one."""
        if self.busy:
            return
        address = self._composed()
        if address is None:
            self.answered.emit(False)
            return
        attempt = self._attempt = object()
        self._say(_tr("Connecting to {server}…").format(server=describe(address)), ok=True)
        self._set_busy(True)
        password = self.password.text() or None
        relay = _answers()

        def arrived(result, error) -> None:  # on the UI thread
            try:
                self._answered(attempt, address, then_accept, result, error)
            except RuntimeError:  # the dialog is gone: nobody waits for the answer
                pass

        _WAITING[attempt] = arrived

        def check() -> None:  # on the check's own thread
            try:
                result, error = check_connection(address, password), None
            except Exception as exc:  # noqa: BLE001 - said in one sentence on the UI thread
                result, error = None, exc
            relay.arrived.emit(attempt, result, error)

        threading.Thread(target=check, name="OPN Desk connection test", daemon=True).start()

    def _answered(self, attempt, address, then_accept: bool, result, error) -> None:
        if attempt is not self._attempt:
            return  # cancelled meanwhile, or the dialog closed
        self._attempt = None
        self._set_busy(False)
        found = result if error is None else ConnectionCheck(False, _tr(
            "The connection could not be tested ({reason}).").format(reason=str(error).splitlines()[0][:200]
                                                                    if str(error) else type(error).__name__))
        self._say(found.sentence, ok=found.ok)
        self.answered.emit(found.ok)
        if not (then_accept and found.ok):
            return
        if self.password.text():
            refused = keep_password(address, self.password.text())
            if refused:
                self._say(refused, ok=False)
                return
        self.password.clear()
        self._address = address
        super().accept()

    def cancel_test(self) -> None:
        """Stop waiting for the server: the dialog stays, its fields as typed."""
        if not self.busy:
            return
        _WAITING.pop(self._attempt, None)
        self._attempt = None
        self._set_busy(False)
        self._say(_tr("Stopped waiting for the server; nothing was changed."), ok=False)
        self.answered.emit(False)

    def test_connection(self) -> None:
        """Test the connection, off the window's thread: the answer comes in one sentence under the fields
        (and as ``answered``); meanwhile the busy bar moves and Cancel stops waiting."""
        self._start(then_accept=False)

    def accept(self) -> None:
        """Connect: only to a server that answers with a desk (checked as Test does); its password is kept
        in the keyring then."""
        self._start(then_accept=True)

    def reject(self) -> None:
        """Cancel (or Escape): stops a test that is running; else closes the dialog."""
        if self.busy:
            self.cancel_test()
            return
        super().reject()
