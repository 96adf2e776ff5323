"""A meeting's minutes: started once from a copy of the agenda, each item's record and decision, and the
action items (an owner and a due date each) which are tasks of the work plan and show in the Due list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core import labels
from opn_desk.gui.core.operations import OperationRunner, WriteOp
from opn_desk.gui.meetings import words
from opn_desk.gui.meetings.dialogs import ActionItemDialog, ApproveMinutesDialog
from opn_desk.gui.meetings.tables import fill, text_table
from opn_desk.gui.widgets.columns import day_width
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.services import meetings


class MinutesTab(QWidget):
    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.detail = None
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start the minutes"))
        self.start_button.setToolTip(self.tr("Start the minutes from a copy of the agenda."))
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.setToolTip(self.tr("The minutes approved at a later meeting or by written procedure; "
                                               "approved minutes cannot be changed."))
        top.addWidget(self.state, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.approve_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        record = QWidget()
        rh = QHBoxLayout(record)
        rh.setContentsMargins(0, 0, 0, 0)
        self.items = QListWidget()
        self.items.setMaximumWidth(300)
        self.items.setWordWrap(True)
        rh.addWidget(self.items)
        fields = QVBoxLayout()
        fields.addWidget(QLabel(self.tr("Record")))
        self.minutes = QPlainTextEdit()
        fields.addWidget(self.minutes, 2)
        fields.addWidget(QLabel(self.tr("Decision")))
        self.decision = QPlainTextEdit()
        fields.addWidget(self.decision, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save the item's record"))
        save_row.addWidget(self.save_button)
        fields.addLayout(save_row)
        rh.addLayout(fields, 1)
        splitter.addWidget(record)
        actions = QWidget()
        av = QVBoxLayout(actions)
        av.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Action items (tasks of the work plan)")))
        head.addStretch(1)
        self.action_button = QPushButton(self.tr("Add action item…"))
        head.addWidget(self.action_button)
        av.addLayout(head)
        self.actions = text_table([self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status"),
                                   self.tr("Item")], (320, 150, 90, 110))
        self.actions.setColumnWidth(2, max(90, day_width(self.actions)))
        av.addWidget(self.actions, 1)
        splitter.addWidget(actions)
        splitter.setSizes([260, 160])
        layout.addWidget(splitter, 1)
        for b in (self.start_button, self.approve_button, self.save_button, self.action_button):
            b.setVisible(not runner.readonly)
        self.minutes.setReadOnly(runner.readonly)
        self.decision.setReadOnly(runner.readonly)
        self.items.currentRowChanged.connect(lambda _r: self._show_item())
        self.start_button.clicked.connect(self.start)
        self.approve_button.clicked.connect(self.approve)
        self.save_button.clicked.connect(self.save_item)
        self.action_button.clicked.connect(self.add_action)

    def show_detail(self, detail) -> None:
        keep = self.items.currentRow()
        self.detail = detail
        self.items.blockSignals(True)
        self.items.clear()
        for item in detail.items if detail else ():
            self.items.addItem(f"{item.position}. {item.title}")
        self.items.blockSignals(False)
        started = detail is not None and detail.minutes_started_on is not None
        approved = detail is not None and detail.minutes_approved
        if detail is None:
            self.state.setText("")
        elif approved:
            self.state.setText(self.tr("{approval} Approved minutes are read-only.").format(approval=detail.approval))
        elif started:
            self.state.setText(self.tr("Draft minutes, started on {day} from the agenda.").format(
                day=labels.long_day(detail.minutes_started_on)))
        else:
            self.state.setText(self.tr("The minutes are not started. Starting them copies the agenda: each item's "
                                       "record opens with its presenter and the decision sought."))
        self.start_button.setEnabled(detail is not None and not started and bool(detail.items))
        self.start_button.setVisible(not self.runner.readonly and not started)
        self.approve_button.setVisible(not self.runner.readonly and started and not approved)
        editable = not self.runner.readonly and not approved
        self.minutes.setReadOnly(not editable)
        self.decision.setReadOnly(not editable)
        if detail and detail.items:
            self.items.setCurrentRow(min(max(keep, 0), len(detail.items) - 1))
        self._show_item()
        actions = detail.actions if detail else ()
        fill(self.actions, [(a.title, a.owner, labels.day(a.due_on), words.task_status(a.status),
                             str(a.agenda_position or "")) for a in actions], list(actions))
        self.action_button.setEnabled(detail is not None and not approved)

    def current(self):
        row = self.items.currentRow()
        return self.detail.items[row] if self.detail and 0 <= row < len(self.detail.items) else None

    def _show_item(self) -> None:
        item = self.current()
        self.minutes.setPlainText(item.minutes if item else "")
        self.decision.setPlainText(item.decision if item else "")
        approved = self.detail is not None and self.detail.minutes_approved
        self.save_button.setEnabled(item is not None and not self.runner.readonly and not approved)

    def start(self) -> None:
        if self.detail is None:
            return
        WriteOp(self.tr("Start the minutes of {meeting}").format(meeting=self.detail.title), meetings.start_minutes,
                self.detail.id, on=date.today()).run_in(self.runner, self)

    def approve(self) -> None:
        if self.detail is None:
            return
        detail = self.detail
        dialog = ApproveMinutesDialog(self, detail.title, list(detail.later_meetings), detail.held_on)

        def submit() -> None:
            WriteOp(self.tr("Approve the minutes of {meeting}").format(meeting=detail.title), meetings.approve_minutes,
                    detail.id, **dialog.values()).success(dialog.succeeded).failure(dialog.failed) \
                .run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def save_item(self) -> None:
        item = self.current()
        if item is None:
            return
        WriteOp(self.tr("Record of {item}").format(item=item.title), meetings.record_item, item.id,
                minutes=self.minutes.toPlainText(), decision=self.decision.toPlainText()).run_in(self.runner, self)

    def add_action(self) -> None:
        if self.detail is None:
            return
        detail = self.detail
        dialog = ActionItemDialog(self, [(f"{i.position}. {i.title}", i.id) for i in detail.items], detail.held_on)

        def submit() -> None:
            text, owner, due, item_id = dialog.values()
            WriteOp(self.tr("Action item of {meeting}").format(meeting=detail.title), meetings.add_action_item,
                    detail.id, text, owner=owner, due_on=due, agenda_item_id=item_id) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)
