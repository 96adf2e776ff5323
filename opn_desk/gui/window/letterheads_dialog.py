"""Programme letterheads: the lines printed at the top of letters, packs, dossiers and rosters. Kept in
the database (desk-wide), so every laptop prints the same; saved together as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.programmes import PROGRAMMES
from opn_desk.gui.core import labels
from opn_desk.gui.core.messages import describe_failure
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp


class LetterheadsDialog(QDialog):
    def __init__(self, runner: OperationRunner, parent: QWidget | None = None, programme: str = "SPP"):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Programme letterheads"))
        self.setMinimumWidth(520)
        self.loaded: dict[str, str] = {}
        self.edited: dict[str, str] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Printed at the top of letters, review packs, dossiers and rosters: up to four "
                               "lines, the first in bold. Leave it empty to print \"One Planet network — "
                               "<programme>\"."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.programme_combo = QComboBox()
        for p in PROGRAMMES:
            self.programme_combo.addItem(f"{p.code} — {labels.programme(p.code)}", p.code)
        self.programme_combo.setCurrentIndex(max(0, self.programme_combo.findData(programme)))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 5 + 16)
        self.text_edit.setReadOnly(runner.readonly)
        form.addRow(self.tr("&Programme"), self.programme_combo)
        form.addRow(self.tr("&Letterhead"), self.text_edit)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.programme_combo.currentIndexChanged.connect(lambda _i: self._show_current())
        self.text_edit.textChanged.connect(self._edited)
        self._load()

    @property
    def programme(self) -> str:
        return self.programme_combo.currentData()

    def _load(self) -> None:
        from opn_desk.services.desk_settings import letterheads

        def shown(texts: dict[str, str]) -> None:
            self.loaded = dict(texts)
            self._show_current()

        ReadOp(self.runner, letterheads).run(tuple(p.code for p in PROGRAMMES), success=shown, parent=self)

    def _show_current(self) -> None:
        code = self.programme
        with QSignalBlocker(self.text_edit):
            self.text_edit.setPlainText(self.edited.get(code, self.loaded.get(code, "")))
        self.text_edit.setPlaceholderText(self.tr("One Planet network — {programme}").format(
            programme=labels.programme(code)))

    def _edited(self) -> None:
        code = self.programme
        text = self.text_edit.toPlainText()
        if text == self.loaded.get(code, ""):
            self.edited.pop(code, None)
        else:
            self.edited[code] = text
        self.save_button.setEnabled(bool(self.edited) and not self.runner.readonly)

    def save(self) -> None:
        if not self.edited:
            self.accept()
            return
        self.error_label.hide()
        self.save_button.setEnabled(False)
        codes = ", ".join(sorted(self.edited))

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.error_label.setText(describe_failure(exc))
            self.error_label.show()

        from opn_desk.services.desk_settings import set_letterheads

        WriteOp(self.tr("Set the letterhead of {codes}").format(codes=codes), set_letterheads, dict(self.edited)) \
            .success(lambda _outcome: self.accept()).failure(failed).run_in(self.runner, parent=self)
