"""The Reporting area's "Activities" tab: the activities reported in the cycle, by category, with the
editor (by hand), and deleting one recorded by mistake."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from opn_desk.domain.vocab import ACTIVITY_CATEGORIES
from opn_desk.gui.core import messages
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.reporting import words
from opn_desk.gui.reporting.dialogs import ActivityDialog
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.list_page import empty_note, filter_combo, row_table, search_box
from opn_desk.gui.widgets.rows_model import RowsModel
from opn_desk.services import reporting, reporting_view


def _editing(session, activity_id, programme):
    """An activity's values and the programme's initiatives, in one read."""
    return reporting_view.activity_values(session, activity_id), reporting_view.initiative_choices(session, programme)


class ActivitiesTab(QWidget):
    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.cycle = None  # the CycleLine shown
        self.lines = []
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.category_filter = filter_combo(self.tr("Every category"), self.tr("Category of the activity"),
                                            [(words.category(t.code), t.code) for t in ACTIVITY_CATEGORIES.terms])
        self.search = search_box(self.tr("Search titles and partners"), 300)
        self.count = QLabel()
        top.addWidget(self.category_filter)
        top.addWidget(self.search)
        top.addWidget(self.count, 1)
        layout.addLayout(top)
        self.model = RowsModel([self.tr("Activity"), self.tr("Partner"), self.tr("Category"), self.tr("Initiative"),
                                self.tr("Countries"), self.tr("SDGs"), self.tr("Highlight"),
                                self.tr("Change in practice")])
        self.table = row_table(self.model, (260, 190, 130, 150, 80, 80, 70, 260))
        layout.addWidget(self.table, 1)
        self.empty = empty_note(self.table, self.tr("No activity reported in this cycle matches."))
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New activity…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for b in (self.new_button, self.edit_button, self.delete_button):
            b.setVisible(not runner.readonly)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.category_filter.currentIndexChanged.connect(lambda _i: self.fill())
        self.search.textChanged.connect(lambda _t: self.fill())
        self.new_button.clicked.connect(self.new_activity)
        self.edit_button.clicked.connect(self.edit_activity)
        self.delete_button.clicked.connect(self.delete_activity)
        self.table.activated.connect(lambda _i: self.edit_activity())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._read = ReadOp(runner, reporting.activities)
        self._edit = ReadOp(runner, _editing)
        self._initiatives = ReadOp(runner, reporting_view.initiative_choices)
        self._enable()

    def show_cycle(self, cycle) -> None:
        self.cycle = cycle
        if cycle is None:
            self.lines = []
            self.fill()
            return
        self._read.run(cycle.id, success=self._loaded)

    def _loaded(self, lines) -> None:
        self.lines = lines
        self.fill()

    def fill(self) -> None:
        wanted = self.category_filter.currentData()
        text = self.search.text().strip().casefold()
        rows = []
        for a in self.lines:
            if wanted and a.category != wanted:
                continue
            if text and text not in f"{a.title} {a.organisation}".casefold():
                continue
            rows.append(((a.title, a.organisation, words.category(a.category), a.initiative, "; ".join(a.countries),
                          ", ".join(str(n) for n in a.sdgs), self.tr("yes") if a.highlight else "",
                          a.change_in_practice), a, {}))
        self.model.set_rows(rows)
        self.count.setText(self.tr("{shown} of {total} activities").format(shown=len(rows), total=len(self.lines)))
        self.empty.setVisible(not rows)
        self._enable()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _enable(self) -> None:
        self.new_button.setEnabled(self.cycle is not None)
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(self.selected() is not None)

    def new_activity(self) -> None:
        if self.cycle is None:
            return
        cycle = self.cycle

        def show(initiatives) -> None:
            dialog = ActivityDialog(self, self.runner, cycle.id, initiatives)
            self._open(dialog, None)

        self._initiatives.run(cycle.programme, success=show, parent=self)

    def edit_activity(self) -> None:
        line = self.selected()
        if line is None or self.cycle is None or self.runner.readonly:
            return

        def show(found) -> None:
            values, initiatives = found
            self._open(ActivityDialog(self, self.runner, values.data.cycle_id, initiatives, values), values.id)

        self._edit.run(line.id, self.cycle.programme, success=show, parent=self)

    def _open(self, dialog: ActivityDialog, activity_id) -> None:
        def submit() -> None:
            try:
                data = dialog.value()
            except Exception as exc:  # noqa: BLE001 - a sentence about the form, shown in it
                dialog.failed(exc)
                return
            if activity_id is None:
                op = WriteOp(self.tr("Add the activity {title}").format(title=data.title.strip()),
                             reporting.add_activity, data)
            else:
                op = WriteOp(self.tr("Edit the activity {title}").format(title=data.title.strip()),
                             reporting.edit_activity, activity_id, data)
            op.success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def delete_activity(self) -> None:
        line = self.selected()
        if line is None:
            return
        if not messages.confirm(self, self.tr("Delete the activity {title}?").format(title=line.title),
                                self.tr("Delete")):
            return
        WriteOp(self.tr("Delete the activity {title}").format(title=line.title), reporting.delete_activity,
                line.id).run_in(self.runner, self)
