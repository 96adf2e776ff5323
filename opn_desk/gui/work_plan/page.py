"""The Work plan area: a programme's tasks grouped by area and work-stream (action items of meetings
included), each with its status (Completed, Ongoing, Not yet started, Ongoing-postponed with its reason),
responsibilities, milestones, dates, the decision it comes from and its dated progress entries with next
steps; the progress report in the print preview (docs/MEETINGS.md)."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.vocab import TASK_STATUSES, TaskStatus
from opn_desk.gui.core import labels
from opn_desk.gui.core.messages import describe_failure
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.core.settings import Options, Settings
from opn_desk.gui.widgets.area_header import ProgrammeHeader
from opn_desk.gui.widgets.columns import day_width
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.style import ERROR_STYLE, heading_font
from opn_desk.gui.widgets.table_export import offer_export
from opn_desk.gui.work_plan import ops
from opn_desk.gui.work_plan.dialogs import ProgressDialog, TaskDialog
from opn_desk.services import work_plan, work_plan_view

COLOURS = {"completed": ("#dff1e0", "#1e6b2a"), "ongoing": ("#e3ecf7", "#1d3f6e"),
           "postponed": ("#fff1d0", "#7a4b00"), "not_started": ("#ececec", "#505050")}


def status_word(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    try:
        return QCoreApplication.translate("Vocabulary", TASK_STATUSES.label(code))
    except ValueError:
        return code


class WorkPlanPage(QWidget):
    open_meeting_requested = Signal(object)  # a meeting id: the decision a task comes from
    loaded = Signal()

    def __init__(self, runner: OperationRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.rows = []
        self.task = None
        self._select_after = None  # a task just made, selected once the plan is read again
        self.dialog = None
        self.pdf_shown = None
        self.last_report: Path | None = None
        self._build()
        self._programmes = ReadOp(runner, work_plan_view.programmes)
        self._plan = ReadOp(runner, work_plan_view.plan)
        runner.changed.connect(self._on_changed)
        self._programmes.run(success=self._programmes_loaded)

    # -- layout --------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        self.header = ProgrammeHeader(self.tr("Work plan"))
        self.programme = self.header.programme
        self.count_label = self.header.count_label
        self.new_button = self.header.add_button(QPushButton(self.tr("New task…")))
        self.new_button.setVisible(not self.runner.readonly)
        self.report_button = self.header.add_button(QPushButton(self.tr("Progress report")))
        self.report_button.setToolTip(self.tr("The progress report (Tasks | Progress | Next steps) as of today: in "
                                              "the print preview, or as a Word document to edit before sending."))
        menu = QMenu(self.report_button)
        self.preview_action = menu.addAction(self.tr("In the print preview…"))
        self.word_action = menu.addAction(self.tr("As a Word document…"))
        menu.addSeparator()
        self.annual_action = menu.addAction(self.tr("Annual work plan for the funding partners…"))
        self.report_button.setMenu(menu)
        outer.addWidget(self.header)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Task"), self.tr("Status"), self.tr("Starts"), self.tr("Due"),
                                   self.tr("Responsibility"), self.tr("Latest progress")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        for column, width in enumerate((290, 125, day_width(self.tree), day_width(self.tree), 130)):
            self.tree.setColumnWidth(column, width)
        # Export to Excel as shown, the grouping kept as columns: area, work-stream, then the task's columns.
        self.export = offer_export(self.tree, self.runner, self.tr("Work plan"), headers=[
            self.tr("Area"), self.tr("Work-stream"), self.tr("Task"), self.tr("Status"), self.tr("Starts"),
            self.tr("Due"), self.tr("Responsibility"), self.tr("Latest progress")])
        splitter.addWidget(self.tree)
        splitter.addWidget(self._detail_panel())
        splitter.setSizes([760, 500])
        outer.addWidget(splitter, 1)
        self.header.programme_changed.connect(self.refresh)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.preview_action.triggered.connect(lambda: self.progress_report())
        self.word_action.triggered.connect(lambda: self.progress_report_as_word())
        self.annual_action.triggered.connect(lambda: self.annual_plan())
        self.new_button.clicked.connect(self.new_task)

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        self.detail_label = QLabel(self.tr("Choose a task to see it here."))
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.linkActivated.connect(self._link)
        layout.addWidget(self.detail_label)
        status_row = QHBoxLayout()
        self.status = QComboBox()
        for s in TaskStatus:
            self.status.addItem(status_word(s.value), s.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for the postponement"))
        self.status_button = QPushButton(self.tr("Change status"))
        status_row.addWidget(self.status)
        status_row.addWidget(self.reason, 1)
        status_row.addWidget(self.status_button)
        layout.addLayout(status_row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        head = QHBoxLayout()
        entries_head = QLabel(self.tr("Progress and next steps"))
        entries_head.setFont(heading_font(entries_head))
        self.progress_button = QPushButton(self.tr("Add progress…"))
        head.addWidget(entries_head)
        head.addStretch(1)
        head.addWidget(self.progress_button)
        layout.addLayout(head)
        self.entries = QTableWidget(0, 3)
        self.entries.setHorizontalHeaderLabels([self.tr("On"), self.tr("Progress"), self.tr("Next steps")])
        self.entries.verticalHeader().hide()
        self.entries.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.entries.setWordWrap(True)
        self.entries.horizontalHeader().setStretchLastSection(True)
        self.entries.setColumnWidth(0, max(84, day_width(self.entries)))
        self.entries.setColumnWidth(1, 180)
        layout.addWidget(self.entries, 1)
        for w in (self.status, self.reason, self.status_button, self.progress_button):
            w.setVisible(not self.runner.readonly)
            w.setEnabled(False)
        self.status.currentIndexChanged.connect(lambda _i: self.reason.setEnabled(
            self.task is not None and self.status.currentData() == TaskStatus.POSTPONED.value))
        self.status_button.clicked.connect(lambda: self.change_status(self.status.currentData(), self.reason.text()))
        self.progress_button.clicked.connect(self.add_progress)
        return panel

    # -- the plan ------------------------------------------------------------------------------------
    def _programmes_loaded(self, programmes) -> None:
        self.header.set_programmes(programmes)
        self.refresh()

    def refresh(self) -> None:
        code = self.programme.currentData()
        if code is not None:
            self._plan.run(code, success=self._loaded)

    def _loaded(self, rows) -> None:
        selected = self._select_after or (self.task.id if self.task else None)
        self._select_after = None
        self.rows = rows
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        keep = None
        for r in rows:
            area = r.area or self.tr("Other tasks")
            parent = groups.get((area, ""))
            if parent is None:
                parent = groups[(area, "")] = QTreeWidgetItem(self.tree, [area])
                parent.setFont(0, heading_font(self.tree, 1.0))
                parent.setFirstColumnSpanned(True)
            if r.work_stream:
                stream = groups.get((area, r.work_stream))
                if stream is None:
                    stream = groups[(area, r.work_stream)] = QTreeWidgetItem(parent, [r.work_stream])
                    stream.setFirstColumnSpanned(True)
                parent = stream
            due = labels.day(r.due_on)
            starts = labels.day(r.starts_on)
            latest = max(r.entries, key=lambda e: e.entry_on) if r.entries else None
            progress = f"{labels.day(latest.entry_on)}: {latest.progress or latest.next_steps}" if latest else ""
            item = QTreeWidgetItem(parent, [r.title, status_word(r.status), starts, due, r.responsibility, progress])
            item.setData(0, Qt.ItemDataRole.UserRole, r)
            item.setToolTip(0, r.title)
            item.setToolTip(5, progress)
            background, ink = COLOURS.get(r.status, ("#ececec", "#303030"))
            item.setBackground(1, QBrush(QColor(background)))
            item.setForeground(1, QBrush(QColor(ink)))
            if r.overdue:
                item.setForeground(3, QBrush(QColor("#b3261e")))
                item.setToolTip(3, self.tr("Overdue"))
            if r.id == selected:
                keep = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        by_status = {s.value: sum(1 for r in rows if r.status == s.value) for s in TaskStatus}
        self.count_label.setText(self.tr("{n} tasks: {done} completed, {ongoing} ongoing, {postponed} postponed, "
                                         "{waiting} not yet started").format(
            n=len(rows), done=by_status["completed"], ongoing=by_status["ongoing"],
            postponed=by_status["postponed"], waiting=by_status["not_started"]))
        if keep is not None:
            self.tree.setCurrentItem(keep)
        self._show_task(next((r for r in rows if r.id == selected), None))
        self.loaded.emit()

    def select_title(self, title: str) -> bool:
        found = self.tree.findItems(title, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
        if found:
            self.tree.setCurrentItem(found[0])
        return bool(found)

    def select_task(self, task_id) -> bool:
        """Select the task with this id (an action item opened from the due list); False when not shown."""
        found = self.tree.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive, 0)
        for item in found:
            task = item.data(0, Qt.ItemDataRole.UserRole)
            if getattr(task, "id", None) == task_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        return False

    def _selection_changed(self) -> None:
        item = self.tree.currentItem()
        self._show_task(item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None)

    def _show_task(self, task) -> None:
        self.task = task
        self.error.hide()
        editable = task is not None and not self.runner.readonly
        for w in (self.status, self.status_button, self.progress_button):
            w.setEnabled(editable)
        self.entries.setRowCount(0)
        if task is None:
            self.detail_label.setText(self.tr("Choose a task to see it here."))
            self.reason.setEnabled(False)
            return
        self.status.setCurrentIndex(max(0, self.status.findData(task.status)))
        self.reason.setText(task.postponement_reason)
        self.reason.setCursorPosition(0)
        self.reason.setEnabled(editable and task.status == TaskStatus.POSTPONED.value)
        e = html.escape
        status = status_word(task.status)
        if task.status == TaskStatus.POSTPONED.value and task.postponement_reason:
            status += " — " + task.postponement_reason
        dates = " – ".join(labels.day(d) for d in (task.starts_on, task.due_on) if d)
        if task.overdue:
            dates += " · " + self.tr("overdue")
        source = e(task.source)
        if task.meeting_id is not None:
            opening = self.tr("Open the meeting")  # outside the f-string: lupdate reads only plain calls
            source += f' · <a href="meeting:{task.meeting_id}">{e(opening)}</a>'
        fields = [(self.tr("Status"), e(status)), (self.tr("Area"), e(" › ".join(p for p in (task.area,
                                                                                           task.work_stream) if p))),
                  (self.tr("Responsibility"), e(task.responsibility)), (self.tr("Milestones"), e(task.milestones)),
                  (self.tr("Expected outputs"), e(task.expected_outputs)), (self.tr("Dates"), e(dates)),
                  (self.tr("Budget line"), e(" · ".join(p for p in (task.budget_line, task.funding_source) if p))),
                  (self.tr("Comes from"), source)]
        self.detail_label.setText(f"<h3>{e(task.title)}</h3><table>" + "".join(
            f"<tr><td><b>{e(k)}</b>&nbsp;</td><td>{v}</td></tr>" for k, v in fields if v) + "</table>")
        self.entries.setRowCount(len(task.entries))
        for r, entry in enumerate(sorted(task.entries, key=lambda x: x.entry_on, reverse=True)):
            for c, text in enumerate((labels.day(entry.entry_on), entry.progress, entry.next_steps)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.entries.setItem(r, c, cell)
        self.entries.resizeRowsToContents()

    def install(self, window) -> None:
        """Called by the window once the page is built: the decision a task comes from opens its meeting in
        the Meetings area (through the window: the areas do not import each other)."""
        def open_meeting(meeting_id) -> None:
            window.show_area("meetings")
            meetings_page = window.page("meetings")
            if hasattr(meetings_page, "open_meeting"):
                meetings_page.open_meeting(meeting_id)

        self.open_meeting_requested.connect(open_meeting)

    def _link(self, href: str) -> None:
        if href.startswith("meeting:") and self.task is not None:
            self.open_meeting_requested.emit(self.task.meeting_id)

    def _on_changed(self, outcome) -> None:
        if outcome.changes.touches(ops.TASK_KINDS):
            if outcome.changes.touches("programme"):
                self._programmes.run(success=self._programmes_loaded)
            else:
                self.refresh()

    # -- actions -------------------------------------------------------------------------------------
    def change_status(self, status: str, reason: str = "") -> None:
        task = self.task
        if task is None:
            return
        self.error.hide()

        def failed(exc: BaseException) -> None:
            self.error.setText(describe_failure(exc))
            self.error.show()

        WriteOp(self.tr("{task}: {status}").format(task=task.title[:60], status=status_word(status)),
                work_plan.set_status, task.id, status, reason=reason).failure(failed).run_in(self.runner, self)

    def new_task(self) -> None:
        code = self.programme.currentData()
        if code is None:
            return
        areas = sorted({r.area for r in self.rows if r.area}, key=str.casefold)
        streams = sorted({r.work_stream for r in self.rows if r.work_stream}, key=str.casefold)
        dialog = TaskDialog(self, areas, streams)

        def made(outcome) -> None:
            dialog.succeeded()
            self._select_after = outcome.value

        def submit() -> None:
            title, values = dialog.values()
            WriteOp(self.tr("New task: {task}").format(task=title.strip()[:60]), work_plan.add_task, code, title,
                    **values).success(made).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def add_progress(self) -> None:
        task = self.task
        if task is None:
            return
        dialog = ProgressDialog(self, task.title)

        def submit() -> None:
            on, progress, next_steps = dialog.values()
            WriteOp(self.tr("Progress of {task}").format(task=task.title[:60]), work_plan.add_progress, task.id, on,
                    progress, next_steps).success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def progress_report(self, out: Path | None = None, *, as_of: date | None = None) -> None:
        code = self.programme.currentData()
        if code is None:
            return
        if out is None:
            from opn_desk.gui.widgets.attachments import attachment_folder

            out = attachment_folder() / f"{code} progress report {(as_of or date.today()).isoformat()}.pdf"

        def done(pages: int) -> None:
            from opn_desk.gui.widgets.print_preview import show_pdf

            self.last_report = out
            self.runner.message.emit(self.tr("Progress report of {code}: {pages} pages").format(code=code, pages=pages))
            folder = Path(self.settings.get(Options.LAST_FOLDER) or Path.home())
            self.pdf_shown = show_pdf(self, out, self.tr("Progress report: {code}").format(code=code),
                                      folder=folder if folder.is_dir() else Path.home())

        ops.write_progress_report(self.runner, code, out, as_of=as_of, success=done, parent=self)

    def progress_report_as_word(self, out: Path | None = None, *, as_of: date | None = None) -> None:
        """The progress report as a Word document (.docx) where the officer chooses, to edit before sending."""
        code = self.programme.currentData()
        if code is None:
            return
        if out is None:
            folder = Path(self.settings.get(Options.LAST_FOLDER) or Path.home())
            suggested = (folder if folder.is_dir() else Path.home()) / \
                f"{code} progress report {(as_of or date.today()).isoformat()}.docx"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Progress report as a Word document"),
                                                    str(suggested), self.tr("Word document (*.docx)"))
            if not chosen:
                return
            out = Path(chosen)
            if out.suffix.lower() != ".docx":
                out = out.with_name(out.name + ".docx")
            self.settings.set(Options.LAST_FOLDER, str(out.parent))

        def done(_pages: int) -> None:
            self.last_report = out
            self.runner.message.emit(self.tr("Progress report of {code} written to {file}").format(
                code=code, file=out.name))

        ops.write_progress_report(self.runner, code, out, as_of=as_of, success=done, parent=self)

    def annual_plan(self, year: int | None = None, out: Path | None = None) -> None:
        """The tasks of a year with their budget line and funding source, for the funding partners: the
        officer chooses the year and the file (PDF, Word or Excel)."""
        code = self.programme.currentData()
        if code is None:
            return
        if year is None:  # the years the plan holds, read on the database worker, then the officer's choice
            ReadOp(self.runner, work_plan_view.years).run(code, success=lambda years: self._annual_plan_year(years))
            return
        if out is None:
            folder = Path(self.settings.get(Options.LAST_FOLDER) or Path.home())
            suggested = (folder if folder.is_dir() else Path.home()) / f"{code} annual work plan {year}.pdf"
            formats = {self.tr("PDF document (*.pdf)"): ".pdf", self.tr("Word document (*.docx)"): ".docx",
                       self.tr("Excel workbook (*.xlsx)"): ".xlsx"}
            chosen, kind = QFileDialog.getSaveFileName(self, self.tr("Annual work plan {year}").format(year=year),
                                                       str(suggested), ";;".join(formats))
            if not chosen:
                return
            out = Path(chosen)
            if out.suffix.lower() not in (".pdf", ".docx", ".xlsx"):
                out = out.with_name(out.name + formats.get(kind, ".pdf"))
            self.settings.set(Options.LAST_FOLDER, str(out.parent))

        def done(_pages: int) -> None:
            self.last_report = out
            self.runner.message.emit(self.tr("Annual work plan {year} of {code} written to {file}").format(
                year=year, code=code, file=out.name))
            if out.suffix.lower() == ".pdf":
                from opn_desk.gui.widgets.print_preview import show_pdf

                self.pdf_shown = show_pdf(self, out, self.tr("Annual work plan {year}: {code}").format(
                    year=year, code=code), folder=out.parent)

        ops.write_annual_plan(self.runner, code, year, out, success=done, parent=self)

    def _annual_plan_year(self, years: list[int]) -> None:
        chosen, ok = QInputDialog.getItem(self, self.tr("Annual work plan"), self.tr("Year of the work plan:"),
                                          [str(y) for y in years or [date.today().year]], 0, False)
        if ok:
            self.annual_plan(int(chosen))

    def save_state(self) -> None:
        pass
