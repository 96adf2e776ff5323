"""Importing the network's reporting export (activities, CSV or XLSX): the file, which column fills which
field, every problem by row and column before anything is written, then one all-or-nothing operation
(one undo step). The file is read and checked off the UI thread (docs/REPORTING.md, "Importing
activities")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core.messages import describe_failure
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.reporting import ops
from opn_desk.gui.widgets.style import ERROR_STYLE, hint
from opn_desk.services import reporting_import

BY_NAME, LEAVE_OUT = "", "ignore"


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ActivitiesImportDialog(QDialog):
    """File -> mapping -> preview -> Import (enabled only when the file has no problem)."""

    def __init__(self, runner: OperationRunner, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.folder = folder
        self.table = None  # the SheetData read
        self.preview = None
        self.imported = None
        self.setWindowTitle(self.tr("Import activities"))
        self.setMinimumSize(760, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("The network's reporting export, CSV or Excel (.xlsx): one row per activity "
                                      "with organisation, programme, year, title and category; initiative, "
                                      "countries, SDGs, change in practice, highlight and submission date are "
                                      "optional. Nothing is written while any row has a problem.")))
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        self.browse = QPushButton(self.tr("Choose the file…"))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Which field each column fills")))
        self.mapping = _table([self.tr("Column of the file"), self.tr("Field")])
        self.mapping.setMaximumHeight(170)
        layout.addWidget(self.mapping)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = _table([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problems.setColumnWidth(0, 60)
        self.problems.setColumnWidth(1, 160)
        layout.addWidget(self.problems, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._browse)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.apply)
        self._check = ReadOp(runner, ops.check_activities, on_desk=True)

    # -- the file --------------------------------------------------------------------------------
    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the reporting export"), str(self.folder),
                                              self.tr("Spreadsheets (*.csv *.xlsx)"))
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        self.path.setText(str(path))
        self.table = None
        self._show_error("")
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading {name}…").format(name=path.name))
        ops.read_table(self.runner, path, success=self._read, failure=self._read_failed, parent=self)

    def _read(self, table) -> None:
        self.table = table
        with QSignalBlocker(self.mapping):
            self.mapping.setRowCount(0)
            for name in table.header:
                if not name:
                    continue
                r = self.mapping.rowCount()
                self.mapping.insertRow(r)
                self.mapping.setItem(r, 0, QTableWidgetItem(name))
                combo = QComboBox()
                combo.addItem(self.tr("(by its name)"), BY_NAME)
                combo.addItem(self.tr("(leave out)"), LEAVE_OUT)
                for field in reporting_import.FIELDS:
                    combo.addItem(field.replace("_", " "), field)
                combo.currentIndexChanged.connect(lambda _i: self.recheck())
                self.mapping.setCellWidget(r, 1, combo)
        self.recheck()

    def _read_failed(self, exc: BaseException) -> None:
        self.summary.setText("")
        self._show_error(describe_failure(exc))

    def mapping_values(self) -> dict[str, str]:
        out = {}
        for r in range(self.mapping.rowCount()):
            value = self.mapping.cellWidget(r, 1).currentData()
            if value != BY_NAME:
                out[self.mapping.item(r, 0).text()] = value
        return out

    def set_field(self, column: str, field: str) -> None:
        """Send ``column`` to ``field`` (or LEAVE_OUT) as the officer would."""
        for r in range(self.mapping.rowCount()):
            if self.mapping.item(r, 0).text() == column:
                combo = self.mapping.cellWidget(r, 1)
                combo.setCurrentIndex(max(0, combo.findData(field)))

    # -- the check -------------------------------------------------------------------------------
    def recheck(self) -> None:
        if self.table is None:
            return
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking {count} rows…").format(count=len(self.table.rows)))
        self._check.run(self.table, self.mapping_values(), success=self.show_preview,
                        failure=lambda exc: self._show_error(describe_failure(exc)))

    def show_preview(self, preview) -> None:
        self.preview = preview
        lines = [*preview.problems, *preview.warnings]
        self.problems.setRowCount(len(lines))
        for r, p in enumerate(lines):
            for c, text in enumerate((str(p.row), p.column, p.message if p.is_error
                                      else self.tr("warning: {text}").format(text=p.message))):
                self.problems.setItem(r, c, QTableWidgetItem(text))
        if preview.ok:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("{rows} rows checked, no problems: {activities} activities to import, "
                                         "{submissions} submissions to record, {skipped} rows already recorded.")
                                 .format(rows=preview.rows_checked, activities=preview.activities,
                                         submissions=preview.submissions, skipped=preview.skipped))
        else:
            self._show_error(self.tr("{count} problems: nothing will be written until they are corrected in the "
                                     "file or the mapping.").format(count=len(preview.problems)))
        self.import_button.setEnabled(preview.ok and preview.activities + preview.submissions > 0)

    def _show_error(self, text: str) -> None:
        self.summary.setStyleSheet(ERROR_STYLE if text else "")
        self.summary.setText(text)

    # -- the import ------------------------------------------------------------------------------
    def apply(self) -> None:
        if self.table is None or self.preview is None or not self.preview.ok:
            return
        self.import_button.setEnabled(False)
        name = Path(self.path.text()).name
        WriteOp(self.tr("Import activities from {name}").format(name=name), reporting_import.import_activities,
                self.table, self.mapping_values() or None) \
            .success(self._imported).failure(self._import_failed).run_in(self.runner, self)

    def _imported(self, outcome) -> None:
        self.imported = outcome.value
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        preview = getattr(exc, "preview", None)
        if preview is not None:
            self.show_preview(preview)
        else:
            self._show_error(describe_failure(exc))

    def problem_lines(self) -> list[str]:
        return [" ".join(self.problems.item(r, c).text() for c in range(3)) for r in range(self.problems.rowCount())]

