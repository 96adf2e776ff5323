"""Importing applications, or a partner list of organisations and their people, from CSV or XLSX.

Four pages: the file (and what it holds, and the call it answers) -> which column fills which field
(prefilled from the headers and the mapping remembered for the call) -> every problem by row and
column, in plain words, before anything is written (with the possible duplicates and what to do
with each) -> the summary. The file is read and checked off the UI thread; the import itself is one
operation (all or nothing, one undo step) with a progress dialog.

Organisations from a file with an ``id`` column (the registry exported, edited in a spreadsheet) update
those organisations, as `opn-desk import organisations FILE` does (services/organisation_update.py, the
same functions): the columns are matched by their export names (no matching page), and the check shows
field by field what changes (now -> after the import); an unknown id is a row problem, the columns the
export derives are ignored with a warning; rows without an id are new organisations.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from opn_desk.domain.applications import CallValue
from opn_desk.gui.applications import ops as applications_ops
from opn_desk.gui.core import labels
from opn_desk.gui.core.messages import describe_failure
from opn_desk.gui.core.operations import OperationRunner, ReadOp
from opn_desk.gui.widgets.pickers import find_data
from opn_desk.gui.widgets.style import ERROR_STYLE, heading_font, hint

APPLICATIONS, ORGANISATIONS = "applications", "organisations"
ERROR_COLOUR = QColor("#f9e0de")
WARNING_COLOUR = QColor("#fff4ce")
RECHECK_DELAY_MS = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(False)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _updating(preview) -> bool:
    """The check or result of a registry exported with its ids (organisation_update.UpdatePreview)."""
    return hasattr(preview, "changes") and hasattr(preview, "problems_all")


def _problems(preview) -> list:
    return list(preview.problems_all) if _updating(preview) else list(preview.problems)


def _warnings(preview) -> list:
    return list(preview.warnings_all) if _updating(preview) else list(preview.warnings)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, kind: str, calls: list[CallValue], call_id: uuid.UUID | None):
        super().__init__()
        self.w = wizard
        self.setTitle(_tr("Choose the file"))
        self.setSubTitle(_tr("A CSV or Excel (.xlsx) file with one row per application or organisation and "
                             "the column names in the first row."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kinds = QHBoxLayout()
        self.applications_radio = QRadioButton(_tr("&Applications"))
        self.organisations_radio = QRadioButton(_tr("&Organisations and their people (a partner list)"))
        group = QButtonGroup(self)
        group.addButton(self.applications_radio)
        group.addButton(self.organisations_radio)
        (self.applications_radio if kind == APPLICATIONS else self.organisations_radio).setChecked(True)
        kinds.addWidget(self.applications_radio)
        kinds.addWidget(self.organisations_radio)
        kinds.addStretch(1)
        form.addRow(_tr("The file holds"), kinds)
        path_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(_tr("The file to import"))
        browse = QPushButton(_tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        file_label = QLabel(_tr("&File"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        self.call_combo = QComboBox()
        self.call_combo.addItem(_tr("(none: each row names its programme and role)"), None)
        for c in calls:
            self.call_combo.addItem(f"{c.title} ({c.programme}, {labels.role(c.role).lower()})", c.id)
        if call_id is not None:
            self.call_combo.setCurrentIndex(max(0, find_data(self.call_combo, call_id)))
        form.addRow(_tr("&Call"), self.call_combo)
        layout.addLayout(form)
        self.fields_hint = hint("")
        self.fields_hint.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.fields_hint)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        group.buttonToggled.connect(lambda _b, on: self._kind_changed() if on else None)
        self._ready_for: tuple | None = None
        self._kind_changed()

    def kind(self) -> str:
        return APPLICATIONS if self.applications_radio.isChecked() else ORGANISATIONS

    def call_id(self) -> uuid.UUID | None:
        return self.call_combo.currentData() if self.kind() == APPLICATIONS else None

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _kind_changed(self) -> None:
        from opn_desk.services import intake_import

        kind = self.kind()
        self.call_combo.setEnabled(kind == APPLICATIONS)
        required = intake_import.required_fields(kind)
        fields = intake_import.field_names(kind)
        self.fields_hint.setText(_tr("Columns are matched by name (case, spaces and accents do not matter); you "
                                     "can change the matching on the next page. <b>Required:</b> {required}. "
                                     "<b>Also read:</b> {optional}.").format(
            required=", ".join(required), optional=", ".join(f for f in fields if f not in required)))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, _tr("Import from"), str(self.w.folder),
                                              _tr("Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)"))
        if name:
            self.path_edit.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        key = (str(self.path()), self.kind(), self.call_id())
        if self._ready_for == key:
            return True
        self.error_label.hide()
        path = self.path()
        if not path.is_file():
            self._error(_tr("There is no file at {path}.").format(path=path))
            return False
        self.w.folder = path.parent
        self.w.folder_used.emit(path.parent)

        def remembered(mapping) -> None:
            self.w.remembered = dict(mapping or {})
            self._ready_for = key
            self.w.next()

        def read(table) -> None:
            self.w.table = table
            from opn_desk.services import intake_import, organisation_update

            self.w.updating = self.kind() == ORGANISATIONS and organisation_update.has_id_column(table)

            ReadOp(self.w.runner, intake_import.remembered_mapping).run(
                self.kind(), self.call_id(), success=remembered, failure=lambda _exc: remembered({}))

        applications_ops.read_import_table(self.w.runner, path, success=read,
                                     failure=lambda exc: self._error(describe_failure(exc)), parent=self.w)
        return False

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def initializePage(self) -> None:
        self._ready_for = None

    def nextId(self) -> int:
        """A registry exported with its ids goes straight to the check: its columns are the export's."""
        if self.w.updating:
            return self.w.preview_id
        return super().nextId()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(_tr("Match the columns"))
        self.setSubTitle(_tr("Which field each column of the file fills. Columns set to “leave out” are not "
                             "imported. The matching is remembered for the call."))
        layout = QVBoxLayout(self)
        self.table = _table([_tr("Column of the file"), _tr("First values"), _tr("Field")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(2, 250)
        header.setStretchLastSection(False)
        layout.addWidget(self.table, 1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.combos: list[tuple[str, QComboBox]] = []

    def initializePage(self) -> None:
        from opn_desk.services import intake_import

        table = self.w.table
        kind = self.w.file_page.kind()
        fields = intake_import.field_names(kind)
        self.required = set(intake_import.required_fields(kind))
        if self.w.file_page.call_id() is not None:
            self.required -= {"programme", "role"}
        guessed = intake_import.default_mapping(kind, [h for h in table.header if h])
        remembered = {k: v for k, v in self.w.remembered.items()}
        self.table.setRowCount(0)
        self.combos = []
        for index, column in enumerate(table.header):
            if not column:
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(column))
            samples = []
            for _number, values in table.rows:
                value = values[index].strip() if index < len(values) else ""
                if value:
                    samples.append(value if len(value) <= 40 else value[:39] + "…")
                if len(samples) == 3:
                    break
            example = QTableWidgetItem(" · ".join(samples))
            example.setForeground(self.palette().placeholderText())
            self.table.setItem(row, 1, example)
            combo = QComboBox()
            combo.addItem(_tr("(leave out)"), "")
            for field in fields:
                combo.addItem(field + (" *" if field in self.required else ""), field)
            wanted = remembered.get(column, guessed.get(column, ""))
            combo.setCurrentIndex(max(0, combo.findData(wanted or "")))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append((column, combo))
        self._changed()

    def mapping(self) -> dict[str, str]:
        return {column: combo.currentData() or "" for column, combo in self.combos}

    def _changed(self) -> None:
        chosen = [f for f in self.mapping().values() if f]
        twice = sorted({f for f in chosen if chosen.count(f) > 1})
        missing = sorted(self.required - set(chosen))
        parts = []
        if missing:
            parts.append(_tr("Required fields without a column: {fields}.").format(fields=", ".join(missing)))
        if twice:
            parts.append(_tr("Filled by two columns: {fields}; leave one of them out.").format(fields=", ".join(twice)))
        if parts:
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setText(" ".join(parts))
        else:
            self.status_label.setStyleSheet("")
            self.status_label.setText(_tr("{count} columns will be imported; * marks the required fields.").format(
                count=len(chosen)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        chosen = [f for f in self.mapping().values() if f]
        return bool(self.combos) and not (self.required - set(chosen)) and len(chosen) == len(set(chosen))


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(_tr("Check before importing"))
        self.setSubTitle(_tr("Every problem of the file, by row and column. Nothing is written until you "
                             "press Import, and a file with problems writes nothing."))
        self.setButtonText(QWizard.WizardButton.NextButton, _tr("&Import"))
        layout = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setFont(heading_font(self.summary_label, 1.0))
        layout.addWidget(self.summary_label)
        self.problems = _table([_tr("Row"), _tr("Column"), _tr("What is wrong")])
        self.problems.setColumnWidth(0, 56)
        self.problems.setColumnWidth(1, 170)
        layout.addWidget(self.problems, 3)
        self.exclude_box = QCheckBox()
        self.exclude_box.toggled.connect(lambda _on: self.recheck())
        layout.addWidget(self.exclude_box)
        self.duplicates_label = QLabel(_tr("Possible duplicates of organisations in the registry"))
        self.duplicates_label.setFont(heading_font(self.duplicates_label))
        layout.addWidget(self.duplicates_label)
        self.duplicates = _table([_tr("Row"), _tr("Organisation in the file"), _tr("What to do")])
        self.duplicates.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.duplicates.setColumnWidth(0, 56)
        self.duplicates.setColumnWidth(1, 260)
        layout.addWidget(self.duplicates, 2)
        self.changes_label = QLabel(_tr("What changes in the registry"))
        self.changes_label.setFont(heading_font(self.changes_label))
        layout.addWidget(self.changes_label)
        self.changes = _table([_tr("Row"), _tr("Organisation"), _tr("Field"), _tr("Now"), _tr("After the import")])
        self.changes.setColumnWidth(0, 56)
        self.changes.setColumnWidth(1, 240)
        self.changes.setColumnWidth(2, 150)
        self.changes.setColumnWidth(3, 200)
        layout.addWidget(self.changes, 3)
        self.changes_label.hide()
        self.changes.hide()
        self.preview = None
        self.checking = False
        self.result = None
        self.decisions: dict[int, uuid.UUID | None] = {}
        self._excluded: frozenset[int] = frozenset()
        self._timer = QTimer(self, singleShot=True, interval=RECHECK_DELAY_MS)
        self._timer.timeout.connect(self.recheck)

    def options(self, *, with_decisions: bool = True):
        from opn_desk.services.intake_import import ImportOptions

        fp = self.w.file_page
        if self.w.updating:  # the export's own columns, matched by name as the command line does
            return ImportOptions(kind=ORGANISATIONS, file_name=fp.path().name, exclude_rows=self._excluded)
        return ImportOptions(kind=fp.kind(), file_name=fp.path().name, call_id=fp.call_id(),
                             mapping=self.w.mapping_page.mapping(), exclude_rows=self._excluded,
                             decisions=dict(self.decisions) if with_decisions and self.decisions else None)

    def initializePage(self) -> None:
        if self.w.updating:
            self.setSubTitle(_tr("The file has an id column: its rows update those organisations, field by field "
                                 "(rows without an id are new organisations). Nothing is written until you press "
                                 "Import, and a file with problems writes nothing."))
        else:
            self.setSubTitle(_tr("Every problem of the file, by row and column. Nothing is written until you "
                                 "press Import, and a file with problems writes nothing."))
        self.decisions = {}
        self._excluded = frozenset()
        with QSignalBlocker(self.exclude_box):
            self.exclude_box.setChecked(False)
        self.result = None
        self.recheck()

    def recheck(self) -> None:
        self._timer.stop()
        if self.exclude_box.isChecked() and self.preview is not None:
            self._excluded = self._excluded | frozenset(p.row for p in _problems(self.preview) if p.row > 1)
        elif not self.exclude_box.isChecked():
            self._excluded = frozenset()
        self.checking = True
        self.summary_label.setText(_tr("Checking {count} rows…").format(count=len(self.w.table.rows)))
        self.completeChanged.emit()
        options = self.options()

        def done(preview) -> None:
            self.checking = False
            self.show_preview(preview)

        def failed(exc: BaseException) -> None:
            self.checking = False
            self.summary_label.setText(describe_failure(exc))
            self.summary_label.setStyleSheet(ERROR_STYLE)
            self.completeChanged.emit()

        applications_ops.check_import(self.w.runner, self.w.table, options, success=done, failure=failed, parent=self.w,
                                      updates=self.w.updating)

    def show_preview(self, preview) -> None:
        self.preview = preview
        updating = _updating(preview)
        kind = ORGANISATIONS if updating else preview.kind
        count = preview.rows_checked
        problems, warnings_found = _problems(preview), _warnings(preview)
        errors, warnings = len(problems), len(warnings_found)
        if updating:
            n, k = len(preview.changes), preview.organisations
            if not n:
                what = _tr("no change to existing organisations")
            elif n == 1:
                what = _tr("1 change to 1 organisation")
            elif k == 1:
                what = _tr("{changes} changes to 1 organisation").format(changes=n)
            else:
                what = _tr("{changes} changes to {organisations} organisations").format(changes=n, organisations=k)
            if preview.new_rows == 1:
                what += _tr(", 1 new organisation")
            elif preview.new_rows:
                what += _tr(", {new} new organisations").format(new=preview.new_rows)
        elif kind == APPLICATIONS:
            what = _tr("{apps} applications ({new} new organisations, {linked} linked to the registry, "
                       "{people} new people)").format(apps=preview.applications, new=preview.new_organisations,
                                                      linked=preview.linked_organisations, people=preview.people)
        else:
            what = _tr("{new} new organisations, {linked} linked to the registry, {people} new people").format(
                new=preview.new_organisations, linked=preview.linked_organisations, people=preview.people)
        if errors:
            text = (_tr("{rows} rows checked: 1 problem must be corrected (or its row left out) before anything "
                        "can be imported.") if errors == 1 else
                    _tr("{rows} rows checked: {errors} problems must be corrected (or their rows left out) before "
                        "anything can be imported.")).format(rows=count, errors=errors)
            self.summary_label.setStyleSheet(ERROR_STYLE)
        elif updating and not preview.changes and not preview.new_rows:
            text = _tr("{rows} rows checked, no problems: the file holds the registry's values as they are, so "
                       "nothing would change.").format(rows=count)
            self.summary_label.setStyleSheet("")
        elif updating:
            text = _tr("{rows} rows checked, no problems. Import will make {what}.").format(rows=count, what=what)
            self.summary_label.setStyleSheet("color: #1e6b2a;")
        else:
            text = _tr("{rows} rows checked, no problems. Import will add {what}.").format(rows=count, what=what)
            self.summary_label.setStyleSheet("color: #1e6b2a;")
        if warnings == 1:
            text += " " + _tr("The warning below does not stop the import.")
        elif warnings:
            text += " " + _tr("The {count} warnings below do not stop the import.").format(count=warnings)
        excluded = self._excluded if updating else preview.excluded
        if excluded:
            from opn_desk.services.intake_import import format_rows

            text += " " + _tr("Left out: rows {rows}.").format(rows=format_rows(excluded))
        self.summary_label.setText(text)
        rows = [(p, True) for p in problems] + [(p, False) for p in warnings_found]
        rows.sort(key=lambda pair: (pair[0].row, not pair[1]))
        self.problems.setRowCount(len(rows))
        for row, (p, is_error) in enumerate(rows):
            colour = ERROR_COLOUR if is_error else WARNING_COLOUR
            message = p.message[0].upper() + p.message[1:] if p.message else ""
            kind_word = "" if is_error else _tr("Warning: ")
            for column, text in enumerate((str(p.row), p.column, kind_word + message)):
                item = QTableWidgetItem(text)
                item.setBackground(colour)
                if column == 2:
                    item.setToolTip(text)
                self.problems.setItem(row, column, item)
        self.problems.setVisible(bool(rows))
        bad_rows = sorted({p.row for p in problems if p.row > 1})
        header_problems = any(p.row <= 1 for p in problems)
        from opn_desk.services.intake_import import format_rows

        if self.exclude_box.isChecked():
            self.exclude_box.setText(_tr("Leave out the rows with problems (rows {rows})").format(
                rows=format_rows(self._excluded)) if self._excluded else _tr("Leave out the rows with problems"))
        elif bad_rows:
            self.exclude_box.setText(_tr("Leave out the rows with problems (rows {rows}) and import the rest").format(
                rows=format_rows(bad_rows)))
        self.exclude_box.setVisible((bool(bad_rows) or self.exclude_box.isChecked()) and not header_problems)
        self._fill_duplicates(preview)
        self._fill_changes(preview)
        self.completeChanged.emit()

    def _fill_changes(self, preview) -> None:
        """Field by field what the import changes (a registry exported with its ids): now -> after."""
        changes = list(preview.changes) if _updating(preview) else []
        self.changes.setRowCount(len(changes))
        for row, change in enumerate(changes):
            for column, text in enumerate((str(change.row), change.organisation, change.field, change.before,
                                           change.after)):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setToolTip(text)
                self.changes.setItem(row, column, item)
        self.changes.setVisible(bool(changes))
        self.changes_label.setVisible(bool(changes))

    def change_lines(self) -> list[str]:
        """Row, organisation, field, now and after of every change shown (tests)."""
        return [" | ".join(self.changes.item(r, c).text() for c in range(5)) for r in range(self.changes.rowCount())]

    def _fill_duplicates(self, preview) -> None:
        plans = [p for p in getattr(preview, "plans", ()) if p.matches]
        self.duplicates.setRowCount(len(plans))
        for row, plan in enumerate(plans):
            self.duplicates.setItem(row, 0, QTableWidgetItem(str(plan.row)))
            self.duplicates.setItem(row, 1, QTableWidgetItem(plan.organisation))
            combo = QComboBox()
            combo.addItem(_tr("Create a new organisation"), None)
            for m in plan.matches:
                combo.addItem(_tr("Same as {name}: {why}").format(name=m.name, why="; ".join(m.reasons)), m.org_id)
                combo.setItemData(combo.count() - 1, "; ".join(m.reasons), Qt.ItemDataRole.ToolTipRole)
            if plan.action == "link" and plan.org_id is not None:
                combo.setCurrentIndex(max(0, find_data(combo, plan.org_id)))
            combo.setToolTip(combo.currentText())
            combo.currentIndexChanged.connect(lambda _i, r=plan.row, c=combo: self._decided(r, c))
            self.duplicates.setCellWidget(row, 2, combo)
        self.duplicates.setVisible(bool(plans))
        self.duplicates_label.setVisible(bool(plans))

    def _decided(self, row: int, combo: QComboBox) -> None:
        self.decisions[row] = combo.currentData()
        combo.setToolTip(combo.currentText())
        self._timer.start()

    def _ready(self) -> bool:
        preview = self.preview
        if preview is None or _problems(preview):
            return False
        return not _updating(preview) or bool(preview.changes or preview.new_rows)

    def isComplete(self) -> bool:
        return not self.checking and self._ready() and self.result is None

    def validatePage(self) -> bool:
        if self.result is not None:
            return True
        if self.checking or not self._ready():
            return False
        fp = self.w.file_page
        if self.w.updating:
            description = _tr("Update organisations from {file}").format(file=fp.path().name)
        else:
            description = _tr("Import {kind} from {file}").format(
                kind=_tr("applications") if fp.kind() == APPLICATIONS else _tr("organisations"), file=fp.path().name)
        self.checking = True
        self.completeChanged.emit()

        def done(outcome) -> None:
            self.checking = False
            self.result = outcome.value
            self.w.imported.emit(self.result)
            self.w.next()

        def failed(exc: BaseException) -> None:
            self.checking = False
            rejected = getattr(exc, "preview", None)
            if rejected is not None:
                self.show_preview(rejected)
            else:
                self.summary_label.setText(describe_failure(exc))
                self.summary_label.setStyleSheet(ERROR_STYLE)
            self.completeChanged.emit()

        applications_ops.import_table(self.w.runner, self.w.table, self.options(), description, success=done,
                                      failure=failed, parent=self.w, updates=self.w.updating)
        return False

    def problem_lines(self) -> list[str]:
        """Row, column and message of every line shown (tests)."""
        return [" | ".join(self.problems.item(r, c).text() for c in range(3)) for r in range(self.problems.rowCount())]


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(_tr("Imported"))
        layout = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setFont(heading_font(self.summary_label, 1.1))
        layout.addWidget(self.summary_label)
        self.detail_label = hint("")
        layout.addWidget(self.detail_label)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        result = self.w.preview_page.result
        if result is None:
            return
        updating = _updating(result)
        self.summary_label.setText(result.summary(dry_run=False) if updating else result.summary())
        notes = []
        if _warnings(result) and updating:
            notes.append(_tr("{count} warnings were noted (shown on the previous page): columns not imported, "
                             "or new organisations that may be duplicates.").format(count=len(_warnings(result))))
        elif _warnings(result):
            notes.append(_tr("{count} warnings were noted (shown on the previous page); for organisations that may "
                             "be duplicates, merge them in the registry if they are the same.").format(
                count=len(_warnings(result))))
        notes.append(_tr("The import is one step: Edit › Undo puts back every value it changed and removes what it "
                         "added.") if updating else
                     _tr("The import is one step: Edit › Undo removes everything it added."))
        self.detail_label.setText(" ".join(notes))


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportResult
    folder_used = Signal(object)  # Path

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None, *, kind: str = APPLICATIONS,
                 calls: list[CallValue] = (), call_id: uuid.UUID | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.runner = runner
        self.folder = folder or Path.home()
        self.table = None
        self.remembered: dict[str, str] = {}
        self.setWindowTitle(_tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.updating = False  # organisations from a file with an id column: updates (organisation_update)
        self.file_page = FilePage(self, kind, list(calls), call_id)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        ids = [self.addPage(page) for page in (self.file_page, self.mapping_page, self.preview_page,
                                               self.summary_page)]
        self.preview_id = ids[2]
        self.resize(960, 680)
