"""The Work plan area's forms: a dated progress entry with the next steps, a new task."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from opn_desk.gui.widgets.dialogs import FormDialog, _date_edit, _pydate


class ProgressDialog(FormDialog):
    def __init__(self, parent: QWidget | None, task: str):
        super().__init__(parent, self.tr("Progress of {task}").format(task=task[:60]), self.tr("Record"))
        self.entry_on = _date_edit(date.today())
        self.progress = QPlainTextEdit()
        self.next_steps = QPlainTextEdit()
        for box in (self.progress, self.next_steps):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * 4 + 12)
        self.form.addRow(self.tr("On"), self.entry_on)
        self.form.addRow(self.tr("Progress"), self.progress)
        self.form.addRow(self.tr("Next steps"), self.next_steps)

    def values(self) -> tuple[date, str, str]:
        return _pydate(self.entry_on.date()), self.progress.toPlainText(), self.next_steps.toPlainText()


class TaskDialog(FormDialog):
    """A new task of the programme's work plan (a postponed one with its reason)."""

    def __init__(self, parent: QWidget | None, areas: list[str], streams: list[str]):
        super().__init__(parent, self.tr("New task"), self.tr("Add"))
        from opn_desk.domain.vocab import TaskStatus

        self.title = QLineEdit()
        self.area = QComboBox()
        self.area.setEditable(True)
        self.area.addItems(areas)
        self.area.setCurrentText("")
        self.work_stream = QComboBox()
        self.work_stream.setEditable(True)
        self.work_stream.addItems(["", *streams])
        self.responsibility = QLineEdit()
        self.status = QComboBox()
        for s in TaskStatus:
            self.status.addItem(QCoreApplication.translate("Vocabulary", s.label), s.value)
        self.status.setCurrentIndex(self.status.findData(TaskStatus.NOT_STARTED.value))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Needed when the task is postponed"))
        self.starts_on = _date_edit(date(date.today().year, 1, 1))
        self.due_on = _date_edit(date(date.today().year, 12, 15))
        self.milestones = QLineEdit()
        self.outputs = QLineEdit()
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. decisions taken by the Senior Officials' Meeting"))
        for label, field in ((self.tr("Task"), self.title), (self.tr("Area"), self.area),
                             (self.tr("Work-stream"), self.work_stream), (self.tr("Responsibility"), self.responsibility),
                             (self.tr("Status"), self.status), (self.tr("Reason for the postponement"), self.reason),
                             (self.tr("Starts on"), self.starts_on), (self.tr("Due on"), self.due_on),
                             (self.tr("Milestones"), self.milestones), (self.tr("Expected outputs"), self.outputs),
                             (self.tr("Decided by"), self.source)):
            self.form.addRow(label, field)

    def values(self) -> tuple[str, dict]:
        return self.title.text(), {
            "area": self.area.currentText(), "work_stream": self.work_stream.currentText(),
            "responsibility": self.responsibility.text(), "status": self.status.currentData(),
            "postponement_reason": self.reason.text(), "starts_on": _pydate(self.starts_on.date()),
            "due_on": _pydate(self.due_on.date()), "milestones": self.milestones.text(),
            "expected_outputs": self.outputs.text(), "source_reference": self.source.text()}
