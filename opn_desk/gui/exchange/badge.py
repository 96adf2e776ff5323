"""The status bar's badge while decisions wait ("2 decisions wait"); a click opens the list.

It counts again after every exchange and decision, after undo and redo (a decision undone reopens its
conflict), and after any change while decisions wait (a plain edit of a field in conflict settles it).
A desk with nothing waiting is not counted again on every edit: an edit made here cannot create a
conflict, only an exchange can.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from opn_desk.gui.core.operations import OperationRunner, ReadOp
from opn_desk.gui.exchange import ops


class DecisionsBadge(QPushButton):
    open_requested = Signal()

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.count = 0
        self.setObjectName("decisionsBadge")
        self.setFlat(True)
        self.setStyleSheet("#decisionsBadge { color: #ffffff; background: #b3261e; border-radius: 9px;"
                           " padding: 1px 10px; font-weight: 600; }")
        self.setToolTip(self.tr("Edits made on two laptops disagree: open the list to decide which to keep."))
        self.clicked.connect(self.open_requested)
        self._count = ReadOp(runner, ops.count_waiting, on_desk=True)
        runner.changed.connect(self._changed)
        self.hide()

    def refresh(self) -> None:
        self._count.run(success=self.show_count, failure=lambda _exc: None)

    def show_count(self, count: int) -> None:
        self.count = int(count or 0)
        self.setText(self.tr("1 decision waits") if self.count == 1
                     else self.tr("{count} decisions wait").format(count=self.count))
        self.setVisible(self.count > 0)

    def _changed(self, outcome) -> None:
        if (self.count > 0 or outcome.changes.touches(ops.EXCHANGED)
                or outcome.description.startswith(("Undo: ", "Redo: "))):
            self.refresh()
