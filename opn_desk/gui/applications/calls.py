"""The open calls: each call's dates and programme, its evaluation criteria."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.applications import (
    CallValue,
)
from opn_desk.domain.programmes import PROGRAMMES
from opn_desk.domain.vocab import Role
from opn_desk.gui.applications.dialogs import score_text
from opn_desk.gui.core import labels
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.widgets.criterion_dialog import CriterionDialog
from opn_desk.gui.widgets.dialogs import FormDialog, _date_edit, _pydate, open_submitting
from opn_desk.gui.widgets.style import heading_font, hint


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationDialogs", text)


def _ops_tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)  # the undo texts keep the context they had in ops.py


class CallDialog(FormDialog):
    """A call for expressions of interest: programme, role, title, the dates it is open."""

    def __init__(self, parent: QWidget | None, call: CallValue | None = None, today: date | None = None):
        super().__init__(parent, _tr("Edit call") if call else _tr("New call"), _tr("Save") if call else _tr("Add"))
        today = today or date.today()
        self.call = call
        self.programme_combo = QComboBox()
        for p in PROGRAMMES:
            if p.active or (call and call.programme == p.code):
                self.programme_combo.addItem(f"{p.code} — {labels.programme(p.code)}", p.code)
        self.role_combo = QComboBox()
        for r in labels.ROLES:
            self.role_combo.addItem(labels.role(r), r.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(call.role if call else Role.CORE_PARTNER.value))
        if call:
            self.programme_combo.setCurrentIndex(max(0, self.programme_combo.findData(call.programme)))
        self.title_edit = QLineEdit(call.title if call else "")
        self.title_edit.setMaxLength(300)
        self.title_edit.setPlaceholderText(_tr("e.g. Core partners 2027–2028"))
        self.opens_edit = _date_edit(call.opens_on if call else today)
        self.closes_edit = _date_edit(call.closes_on if call else add_months(today, 2))
        self.form.addRow(_tr("&Programme"), self.programme_combo)
        self.form.addRow(_tr("&Role"), self.role_combo)
        self.form.addRow(_tr("&Title"), self.title_edit)
        self.form.addRow(_tr("&Opens on"), self.opens_edit)
        self.form.addRow(_tr("&Closes on"), self.closes_edit)
        if call is None:
            self.form.addRow(hint(_tr("Core-partner and co-lead calls start with the default evaluation criteria "
                                      "and weights; change them afterwards if the call says otherwise.")))
        elif call.applications:
            self.programme_combo.setEnabled(False)
            self.role_combo.setEnabled(False)
            self.form.addRow(hint(_tr("Applications already answer this call, so its programme and role stay.")))

    def value(self):
        from opn_desk.domain.applications import CallInput

        return CallInput(self.programme_combo.currentData(), self.role_combo.currentData(), self.title_edit.text(),
                         _pydate(self.opens_edit.date()), _pydate(self.closes_edit.date()))


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, candidate))
        except ValueError:
            continue
    return day


class CallsDialog(QDialog):
    """The calls for expressions of interest and the evaluation criteria of each."""

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None, select: uuid.UUID | None = None):
        super().__init__(parent)
        self.runner = runner
        self.readonly = runner.readonly
        self.calls: list[CallValue] = []
        self.criteria: list = []
        self.dialog = None
        self._select = select
        from opn_desk.services import applications, reviews

        self._applications, self._reviews = applications, reviews
        self._calls = ReadOp(runner, applications.list_calls)  # the latest answers only
        self._criteria = ReadOp(runner, reviews.list_criteria)
        self.setWindowTitle(_tr("Calls and evaluation criteria"))
        self.resize(1180, 580)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        heading = QLabel(_tr("Calls"))
        heading.setFont(heading_font(heading, 1.2))
        left.addWidget(heading)
        self.calls_table = QTableWidget(0, 5)
        self.calls_table.setHorizontalHeaderLabels([_tr("Title"), _tr("Programme"), _tr("Role"), _tr("Open"),
                                                    _tr("Applications")])
        self._plain_table(self.calls_table)
        self.calls_table.setColumnWidth(0, 210)
        self.calls_table.setColumnWidth(1, 90)
        self.calls_table.setColumnWidth(2, 104)
        self.calls_table.setColumnWidth(3, 172)
        left.addWidget(self.calls_table, 1)
        call_buttons = QHBoxLayout()
        self.new_call_button = QPushButton(_tr("New call…"))
        self.edit_call_button = QPushButton(_tr("Edit call…"))
        call_buttons.addWidget(self.new_call_button)
        call_buttons.addWidget(self.edit_call_button)
        call_buttons.addStretch(1)
        left.addLayout(call_buttons)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        self.criteria_heading = QLabel(_tr("Evaluation criteria"))
        self.criteria_heading.setFont(heading_font(self.criteria_heading, 1.2))
        right.addWidget(self.criteria_heading)
        self.criteria_table = QTableWidget(0, 3)
        self.criteria_table.setHorizontalHeaderLabels([_tr("Criterion"), _tr("Weight"), _tr("Scores")])
        self._plain_table(self.criteria_table)
        self.criteria_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.criteria_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.criteria_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        right.addWidget(self.criteria_table, 1)
        self.criteria_note = hint("")
        right.addWidget(self.criteria_note)
        criteria_buttons = QHBoxLayout()
        self.add_criterion_button = QPushButton(_tr("Add…"))
        self.edit_criterion_button = QPushButton(_tr("Edit…"))
        self.remove_criterion_button = QPushButton(_tr("Remove…"))
        for button in (self.add_criterion_button, self.edit_criterion_button, self.remove_criterion_button):
            criteria_buttons.addWidget(button)
        criteria_buttons.addStretch(1)
        close = QPushButton(_tr("Close"))
        close.clicked.connect(self.accept)
        criteria_buttons.addWidget(close)
        right.addLayout(criteria_buttons)
        layout.addLayout(right, 2)
        for button in (self.new_call_button, self.edit_call_button, self.add_criterion_button,
                       self.edit_criterion_button, self.remove_criterion_button):
            button.setVisible(not self.readonly)
        self.calls_table.itemSelectionChanged.connect(self._call_selected)
        self.calls_table.itemDoubleClicked.connect(lambda _i: self.edit_call())
        self.criteria_table.itemSelectionChanged.connect(self._update_buttons)
        self.criteria_table.itemDoubleClicked.connect(lambda _i: self.edit_criterion())
        self.new_call_button.clicked.connect(self.new_call)
        self.edit_call_button.clicked.connect(self.edit_call)
        self.add_criterion_button.clicked.connect(self.add_criterion)
        self.edit_criterion_button.clicked.connect(self.edit_criterion)
        self.remove_criterion_button.clicked.connect(self.remove_criterion)
        runner.changed.connect(self._on_changed)
        self.reload()

    @staticmethod
    def _plain_table(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)

    # -- loading
    def _on_changed(self, outcome) -> None:
        if outcome.changes.touches({"call", "criterion", "review", "application"}):
            self.reload()

    def reload(self) -> None:
        self._calls.run(success=self._fill_calls)

    def selected_call(self) -> CallValue | None:
        rows = {i.row() for i in self.calls_table.selectedItems()}
        return self.calls[min(rows)] if rows and min(rows) < len(self.calls) else None

    def _fill_calls(self, calls) -> None:
        current = self._select or (self.selected_call().id if self.selected_call() else None)
        self._select = None
        self.calls = list(calls)
        with QSignalBlocker(self.calls_table):
            self.calls_table.setRowCount(len(self.calls))
            for row, c in enumerate(self.calls):
                cells = (c.title, c.programme, labels.role(c.role),
                         f"{labels.day(c.opens_on)} – {labels.day(c.closes_on)}", str(c.applications))
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column == 0:
                        item.setToolTip(text)
                    self.calls_table.setItem(row, column, item)
        index = next((i for i, c in enumerate(self.calls) if c.id == current), 0 if self.calls else -1)
        if index >= 0:
            self.calls_table.selectRow(index)
        self._call_selected()

    def _call_selected(self) -> None:
        call = self.selected_call()
        self._update_buttons()
        if call is None:
            self.criteria = []
            self.criteria_table.setRowCount(0)
            self.criteria_heading.setText(_tr("Evaluation criteria"))
            self.criteria_note.setText(_tr("Add a call first."))
            return
        self.criteria_heading.setText(_tr("Evaluation criteria of {call}").format(call=call.title))
        call_id = call.id
        if getattr(self, "_criteria_call", None) != call_id:
            self._criteria_call = call_id
            self.criteria = []
            self.criteria_table.setRowCount(0)  # never another call's criteria under this heading
            self.criteria_note.setText(_tr("Loading…"))

        def fill(criteria) -> None:
            chosen = self.selected_call()
            if chosen is None or chosen.id != call_id:
                return
            self.criteria = list(criteria)
            self.criteria_table.setRowCount(len(self.criteria))
            for row, c in enumerate(self.criteria):
                for column, text in enumerate((c.name, score_text(c.weight), str(c.scored))):
                    item = QTableWidgetItem(text)
                    if column == 0:
                        item.setToolTip(c.description or c.name)
                    self.criteria_table.setItem(row, column, item)
            total = sum(c.weight for c in self.criteria)
            if not self.criteria:
                self.criteria_note.setText(_tr("No criteria: applications to this call cannot be scored yet."))
            else:
                self.criteria_note.setText(_tr("{count} criteria; weights add up to {total}. A criterion with "
                                               "scores cannot be removed, but its weight can change.").format(
                    count=len(self.criteria), total=score_text(total)))
            self._update_buttons()

        self._criteria.run(call_id, success=fill)

    def selected_criterion(self):
        rows = {i.row() for i in self.criteria_table.selectedItems()}
        return self.criteria[min(rows)] if rows and min(rows) < len(self.criteria) else None

    def _update_buttons(self) -> None:
        has_call = self.selected_call() is not None
        criterion = self.selected_criterion()
        self.edit_call_button.setEnabled(has_call)
        self.add_criterion_button.setEnabled(has_call)
        self.edit_criterion_button.setEnabled(criterion is not None)
        self.remove_criterion_button.setEnabled(criterion is not None and not criterion.scored)

    # -- changes
    def _open(self, dialog, submit) -> None:
        open_submitting(self, dialog, submit)

    def new_call(self) -> None:
        if self.readonly:
            return
        dialog = CallDialog(self)

        def submit() -> None:
            def done(outcome) -> None:
                self._select = outcome.value
                dialog.succeeded(outcome)
            data = dialog.value()
            WriteOp(_ops_tr("Add the call {title}").format(title=data.title.strip()), self._applications.create_call,
                    data).success(done).failure(dialog.failed).run_in(self.runner)
        self._open(dialog, submit)

    def edit_call(self) -> None:
        call = self.selected_call()
        if self.readonly or call is None:
            return
        dialog = CallDialog(self, call)
        def submit() -> None:
            data = dialog.value()
            WriteOp(_ops_tr("Edit the call {title}").format(title=data.title.strip()), self._applications.update_call,
                    call.id, data).success(dialog.succeeded).failure(dialog.failed).run_in(self.runner)
        self._open(dialog, submit)

    def add_criterion(self) -> None:
        call = self.selected_call()
        if self.readonly or call is None:
            return
        dialog = CriterionDialog(self)

        def submit() -> None:
            name, weight, description = dialog.values()
            WriteOp(_ops_tr("Add the criterion {name}").format(name=name.strip()), self._reviews.add_criterion, call.id,
                    name, weight, description).success(dialog.succeeded).failure(dialog.failed).run_in(self.runner)
        self._open(dialog, submit)

    def edit_criterion(self) -> None:
        criterion = self.selected_criterion()
        if self.readonly or criterion is None:
            return
        dialog = CriterionDialog(self, criterion)

        def submit() -> None:
            name, weight, description = dialog.values()
            WriteOp(_ops_tr("Edit the criterion {name}").format(name=name.strip()), self._applications.edit_criterion,
                    criterion.id, name, weight, description) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner)
        self._open(dialog, submit)

    def remove_criterion(self) -> None:
        criterion = self.selected_criterion()
        if self.readonly or criterion is None:
            return
        from opn_desk.gui.core import messages

        if messages.confirm(self, _tr("Remove the criterion {name}?").format(name=criterion.name), _tr("Remove"),
                            detail=_tr("You can undo this with Edit › Undo.")):
            WriteOp(_ops_tr("Remove the criterion {name}").format(name=criterion.name), self._reviews.remove_criterion,
                    criterion.id).run_in(self.runner, parent=self)
