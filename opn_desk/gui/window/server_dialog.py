"""The window on a team server (docs/SERVER.md, "The window on a server").

- `ConnectDialog`: File › Connect to a server… asks the host, port, database and role, and the
  password, which goes to the operating system's keyring (services/server_connection.keep_password),
  never into the settings, the recent databases or the address. "Test the connection" says in one
  sentence what is wrong (the password, the host, the database, no desk there yet: how to upload one).
- `server_claim`: what the window's opening takes for a server instead of a file's writer's lock: none
  (the server arbitrates its own writers: row versions and row locks), and no damage check (the server
  guards its own pages), so no file backup follows either (the server's IT backs it up with pg_dump).
- `database_name`: how the window names what it has open, a file's name or "database on host".

Light to import: the window's start imports it before the database layer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from opn_desk.services.server_connection import (
    DEFAULT_PORT,
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
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        (self.host if not parts.host else self.password if parts.user else self.user).setFocus()
        self._address = None

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

    def _check(self):
        """(address, ConnectionCheck) for the fields, the wait cursor shown meanwhile; None when incomplete."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        address = self._composed()
        if address is None:
            return None
        self._say(_tr("Connecting to {server}…").format(server=describe(address)), ok=True)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            found = check_connection(address, self.password.text() or None)
        finally:
            QApplication.restoreOverrideCursor()
        self._say(found.sentence, ok=found.ok)
        return address, found

    def test_connection(self) -> bool:
        """Test the connection: the answer in one sentence under the fields; True when a desk is there."""
        checked = self._check()
        return checked is not None and checked[1].ok

    def accept(self) -> None:
        """Connect: only to a server that answers with a desk; its password is kept in the keyring then."""
        checked = self._check()
        if checked is None or not checked[1].ok:
            return
        address, _found = checked
        if self.password.text():
            refused = keep_password(address, self.password.text())
            if refused:
                self._say(refused, ok=False)
                return
        self.password.clear()
        self._address = address
        super().accept()
