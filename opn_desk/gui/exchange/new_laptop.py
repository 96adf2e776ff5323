"""*Set up another laptop…* (from File › Exchange with other laptops…): a copy of the desk for a colleague's
laptop, exactly `opn-desk sync clone --db SOURCE --out NEW.sqlite --laptop NAME` (the same service
function, `services/sync/exchange.clone_desk`, one job on the database worker): a verified copy with
its own laptop identity, and this desk records the new laptop at once. A name already taken in the
desk (case ignored) or a file that already exists is refused in one sentence, and nothing is made.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core.messages import describe_failure
from opn_desk.gui.core.operations import OperationRunner
from opn_desk.gui.exchange import ops
from opn_desk.gui.widgets.style import ERROR_STYLE, hint

SUFFIX = ".sqlite"


def file_name_for(laptop: str) -> str:
    """ "Nairobi laptop" -> "Nairobi-laptop.sqlite" (a suggestion; the officer may change it)."""
    import re

    return (re.sub(r"[^\w.-]+", "-", laptop).strip("-.") or "desk") + SUFFIX


class NewLaptopDialog(QDialog):
    made = Signal(str, object)  # the new laptop's name, the copy's path

    def __init__(self, runner: OperationRunner, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.folder = folder
        self.busy = False
        self.setWindowTitle(self.tr("Set up another laptop"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "A copy of the whole desk for a colleague's laptop, with a laptop identity of its own; this laptop "
            "knows the new one at once, so you can write exchange files for it. Give the copy on a USB stick "
            "and keep it out of shared folders: only exchange files go there.")))
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("For example: Nairobi laptop"))
        self.name_edit.setMaxLength(180)
        name_label = QLabel(self.tr("&Name of the new laptop"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Where to save the copy (a .sqlite file)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        path_label = QLabel(self.tr("&Save the copy as"))
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, row)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.make_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.make_button.setText(self.tr("&Make the copy"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textEdited.connect(self._name_edited)
        self._suggested = ""

    def _name_edited(self, text: str) -> None:
        """Suggest a file named after the laptop while the officer has not chosen one."""
        current = self.path_edit.text().strip()
        if not current or current == self._suggested:
            self._suggested = str(self.folder / file_name_for(text.strip())) if text.strip() else ""
            self.path_edit.setText(self._suggested)

    def browse(self) -> None:
        start = self.path_edit.text().strip() or str(self.folder / file_name_for(self.name_edit.text().strip()))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the copy for the new laptop"), start,
                                              self.tr("OPN Desk databases (*.sqlite)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.path_edit.setText(name)

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def target(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix else path.with_name(path.name + SUFFIX)

    def make(self) -> None:
        """Check what the window can, then make the copy on the database worker (the service checks the rest)."""
        if self.busy:
            return
        name = " ".join(self.name_edit.text().split())
        if not name:
            self._error(self.tr("Give the new laptop a name, such as “Nairobi laptop”."))
            self.name_edit.setFocus()
            return
        if not self.path_edit.text().strip():
            self._error(self.tr("Choose where to save the copy for {laptop}.").format(laptop=name))
            self.path_edit.setFocus()
            return
        out = self.target()
        self._error("")
        self.busy = True
        self.make_button.setEnabled(False)

        def done(value) -> None:
            self.busy = False
            laptop, path = value
            self.made.emit(laptop, path)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.make_button.setEnabled(True)
            self._error(describe_failure(exc))

        self.runner.run_long(self.tr("Making a copy of the desk for {laptop}").format(laptop=name),
                             lambda desk, progress, abort: ops.clone_for_laptop(desk, progress, abort, out, name),
                             success=done, failure=failed, parent=self, cancellable=False)
