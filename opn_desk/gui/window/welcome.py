"""The first-run welcome: what OPN Desk is, where the guide is, and the officer's name.

The history names the author of each change. Without a name it would be the operating system's login
name ("jdoe", "Administrator"); the welcome asks for the officer's own name once, keeps it in the
preferences (opn_desk.preferences; Edit › Preferences changes it later) and gives it to the open desk.

Only `opn-desk` started for a person offers it (gui/window/app.run): never the smoke check (--smoke),
the start-up benchmark, nor the tests, which build their windows themselves. It is built only when
needed, after the database is open and the window has shown, so start-up does not wait for it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

MAX_NAME = 200  # the history's author column


def _tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


def offer_on_first_run(window) -> None:
    """Show the welcome over ``window`` once its database is open, if this officer has not seen it yet."""
    from opn_desk.preferences import Preferences

    if window is None or not Preferences.load().wants_welcome:
        return

    def later() -> None:
        QTimer.singleShot(0, lambda: show_welcome(window))

    if window.is_ready:
        later()
    else:
        window.ready.connect(later, type=Qt.ConnectionType.SingleShotConnection)


def show_welcome(window) -> WelcomeDialog | None:
    if getattr(window, "welcome", None) is not None or not window.isVisible():
        return None
    dialog = WelcomeDialog(window)
    window.welcome = dialog
    dialog.open()
    return dialog


class WelcomeDialog(QDialog):
    def __init__(self, window):
        from opn_desk.preferences import Preferences

        super().__init__(window)
        self.desk_window = window
        self.setObjectName("Welcome")
        self.setWindowTitle(_tr("Welcome to OPN Desk"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(_tr(
            "<p><b>Welcome to OPN Desk</b>, the desk officers' tool for the One Planet network programmes: "
            "the registry of organisations, applications, core-partner selection and leadership "
            "renewal, in one file on this laptop.</p>"
            "<p>Every change is kept in the history with the name of who made it. What name should the "
            "history give you?</p>"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(Preferences.load().officer_name)
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(_tr("For example: Ana Silva"))
        form.addRow(_tr("Your &name"), self.name_edit)
        layout.addLayout(form)
        hint = QLabel(_tr("You can change it later in Edit › Preferences. The user guide is in Help › User "
                          "guide."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(_tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.guide_button = QPushButton(_tr("Open the user guide"))
        buttons.addButton(self.guide_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.later_button = buttons.addButton(_tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.guide_button.clicked.connect(self._open_guide)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(lambda text: self.start_button.setEnabled(bool(text.strip())))
        self.start_button.setEnabled(bool(self.name_edit.text().strip()))
        self.finished.connect(self._done)

    def _open_guide(self) -> None:
        from opn_desk.gui.window.help import show_user_guide

        show_user_guide(self.desk_window)

    def _done(self, result: int) -> None:
        """Either way the welcome is not offered again; a name given is kept and used from now on."""
        from opn_desk.preferences import Preferences

        name = self.name_edit.text().strip() if result == QDialog.DialogCode.Accepted else ""
        prefs = Preferences.load()
        prefs.welcomed = True
        if name:
            prefs.officer_name = name
        try:
            prefs.save()
        except OSError:
            pass  # a config folder that cannot be written: the name still applies to this session
        runner = getattr(self.desk_window, "runner", None)
        if name and runner is not None:
            from opn_desk.gui.window import ops

            ops.set_officer_name(runner, name)  # the open desk's author from now on
        if getattr(self.desk_window, "welcome", None) is self:
            self.desk_window.welcome = None
