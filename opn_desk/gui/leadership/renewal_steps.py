"""The renewal process's four steps: where each stands, its planned and actual dates, who is responsible,
its evidence (notes and files), and starting, closing and reopening it.

A step is closed only after the one before it, unless the desk officer gives a reason to override the
order; the service enforces the rule and records the reason with the step. The form asks for the
reason up front (with the same sentence the service would refuse with), and asks again if the service
refuses because the steps changed meanwhile.

Start, Close and Reopen with unsaved edits in the form save the edits first and go on only when the save
succeeds, so neither the edits nor what the move sets (the start day, the reopening reason) is lost. A
save sends the version the form was filled from: if the step changed since, the service refuses and the
form says so, offering to reload the step.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from opn_desk.domain.renewal import StepInput, StepState, StepValue, closing_refusal
from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.labels import size_text
from opn_desk.gui.core.operations import OperationRunner, WriteOp
from opn_desk.gui.leadership.dialogs import WARNING_STYLE, CloseStepDialog, ReasonDialog
from opn_desk.gui.leadership.ops import RenewalSnapshot
from opn_desk.gui.leadership.widgets import (
    EDGE,
    GOOD,
    INFO,
    OptionalDate,
    ReadOnlyTable,
    badge,
    day_text,
    muted,
    span_text,
)
from opn_desk.gui.widgets.attachments import export_attachment
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.style import heading_font
from opn_desk.services.errors import DeskError, StaleEdit

STATE_COLOURS = {StepState.DONE.value: GOOD, StepState.IN_PROGRESS.value: INFO, StepState.NOT_STARTED.value: ("", "")}
MAX_FILE_BYTES = 20 * 1024 * 1024


def _state_words(step: StepValue) -> str:
    """The step's state in the window's language (the domain's label, translated in the "RenewalSteps"
    context that packaging/update_translations.py generates)."""
    return QCoreApplication.translate("RenewalSteps", step.state_label)


class StepsView(QWidget):
    """The steps table and the chosen step's form, evidence files and moves."""

    step_chosen = Signal(int)

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.readonly = runner.readonly
        self.snapshot: RenewalSnapshot | None = None
        self.number = 1
        self.form_version: int | None = None  # the step version the form was filled from
        self.dialog = None  # the open close/reopen form (tests drive it)
        self.folder = Path.home()
        self._build()

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.table = ReadOnlyTable([self.tr("Step"), self.tr("What"), self.tr("State"), self.tr("Planned"),
                                    self.tr("Actual"), self.tr("Responsible"), self.tr("Evidence")])
        for column, width in enumerate((50, 300, 190, 190, 190, 240, 120)):
            self.table.setColumnWidth(column, width)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows * 5 + 8)
        self.table.setMaximumHeight(rows * 6 + 8)
        splitter.addWidget(self.table)

        self.box = QGroupBox()
        box = QVBoxLayout(self.box)
        head = QHBoxLayout()
        self.step_title = QLabel()
        self.step_title.setFont(heading_font(self.step_title, 1.15))
        self.step_title.setWordWrap(True)
        self.state_label = QLabel()
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Mark the step in progress from today"))
        self.close_button = QPushButton(self.tr("Close step…"))
        self.close_button.setToolTip(self.tr("Mark the step done"))
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.setToolTip(self.tr("Work on a done step again (a reason is needed)"))
        head.addWidget(self.step_title, 1)
        head.addWidget(self.state_label)
        for button in (self.start_button, self.close_button, self.reopen_button):
            button.setVisible(not self.readonly)
            head.addWidget(button)
        box.addLayout(head)
        self.description_label = muted()
        box.addWidget(self.description_label)
        self.closing_label = QLabel()
        self.closing_label.setWordWrap(True)
        box.addWidget(self.closing_label)
        self.override_label = QLabel()
        self.override_label.setWordWrap(True)
        self.override_label.setStyleSheet(WARNING_STYLE)
        box.addWidget(self.override_label)

        columns = QHBoxLayout()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.planned_start = OptionalDate()
        self.planned_end = OptionalDate()
        self.actual_start = OptionalDate()
        self.actual_end_label = QLabel()
        self.responsible_edit = QLineEdit()
        self.responsible_edit.setMaxLength(300)
        self.evidence_edit = QPlainTextEdit()
        self.evidence_edit.setTabChangesFocus(True)
        self.evidence_edit.setPlaceholderText(self.tr("What shows the step was done: minutes, decisions, links"))
        form.addRow(self.tr("Planned start"), self.planned_start)
        form.addRow(self.tr("Planned end"), self.planned_end)
        form.addRow(self.tr("Actual start"), self.actual_start)
        form.addRow(self.tr("Actual end"), self.actual_end_label)
        form.addRow(self.tr("Responsible"), self.responsible_edit)
        form.addRow(self.tr("Evidence notes"), self.evidence_edit)
        notice_row = QHBoxLayout()
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(WARNING_STYLE)
        self.reload_button = QPushButton(self.tr("Reload the step"))
        self.reload_button.setToolTip(self.tr("Show the step as it is now saved; your unsaved edits are dropped"))
        notice_row.addWidget(self.notice_label, 1)
        notice_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        self.notice_label.hide()
        self.reload_button.hide()
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save step"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        save_row.addStretch(1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        for button in (self.save_button, self.revert_button):
            button.setVisible(not self.readonly)
        left = QVBoxLayout()
        left.addLayout(form, 1)
        left.addLayout(notice_row)
        left.addLayout(save_row)
        columns.addLayout(left, 3)

        files = QVBoxLayout()
        self.files_title = QLabel(self.tr("Evidence files"))
        self.files_title.setFont(heading_font(self.files_title, 1.0))
        self.files_list = QListWidget()
        file_buttons = QHBoxLayout()
        self.add_file_button = QPushButton(self.tr("Add…"))
        self.open_file_button = QPushButton(self.tr("Open"))
        self.remove_file_button = QPushButton(self.tr("Remove"))
        self.add_file_button.setVisible(not self.readonly)
        self.remove_file_button.setVisible(not self.readonly)
        for button in (self.add_file_button, self.open_file_button, self.remove_file_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files.addWidget(self.files_title)
        files.addWidget(self.files_list, 1)
        files.addLayout(file_buttons)
        columns.addLayout(files, 2)
        box.addLayout(columns, 1)
        # The step's form scrolls rather than setting the page's (and the window's) least height.
        scroll = QScrollArea()
        scroll.setWidget(self.box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.start_button.clicked.connect(self.start_step)
        self.close_button.clicked.connect(self.close_step)
        self.reopen_button.clicked.connect(self.reopen_step)
        self.save_button.clicked.connect(lambda: self.save_step())
        self.revert_button.clicked.connect(lambda: self._fill_form(self.step))
        self.reload_button.clicked.connect(lambda: self._fill_form(self.step))
        for date_field in (self.planned_start, self.planned_end, self.actual_start):
            date_field.changed.connect(self._edited)
        self.responsible_edit.textEdited.connect(lambda _t: self._edited())
        self.evidence_edit.textChanged.connect(self._edited)
        self.add_file_button.clicked.connect(self.add_file)
        self.open_file_button.clicked.connect(self.open_file)
        self.remove_file_button.clicked.connect(self.remove_file)
        self.files_list.itemDoubleClicked.connect(lambda _i: self.open_file())
        self.files_list.itemSelectionChanged.connect(self._update_buttons)

    # -- showing -----------------------------------------------------------------------------------
    @property
    def step(self) -> StepValue | None:
        if self.snapshot is None:
            return None
        return next((s for s in self.snapshot.detail.steps if s.number == self.number), None)

    @property
    def process_id(self):
        return self.snapshot.detail.id if self.snapshot else None

    def show_snapshot(self, snapshot: RenewalSnapshot) -> None:
        first = self.snapshot is None or self.snapshot.detail.id != snapshot.detail.id
        dirty = self.save_button.isEnabled()
        self.snapshot = snapshot
        if first:
            self.number = snapshot.detail.current_step or 4
        table = self.table
        steps = snapshot.detail.steps
        table.setRowCount(len(steps))
        for row, s in enumerate(steps):
            state = _state_words(s) + (self.tr(" (order overridden)") if s.overridden else "")
            colours = EDGE if s.overridden else STATE_COLOURS.get(s.state, ("", ""))
            table.set_cell(row, 0, str(s.number), data=s.number)
            table.set_cell(row, 1, s.title)
            table.set_cell(row, 2, state, colours=colours, tip=s.override_reason or None)
            table.set_cell(row, 3, span_text(s.planned_start, s.planned_end))
            table.set_cell(row, 4, span_text(s.actual_start, s.actual_end) if s.actual_start else "—")
            table.set_cell(row, 5, s.responsible or "—")
            files = len(s.attachments)
            table.set_cell(row, 6, (self.tr("{n} files").format(n=files) if files != 1 else self.tr("1 file"))
                           + (self.tr(", notes") if s.evidence else ""))
        table.blockSignals(True)
        table.select_data(self.number)
        table.blockSignals(False)
        keep_edits = dirty and not first
        self._show_step(keep_edits=keep_edits)
        s = self.step
        if keep_edits and s is not None and s.version != self.form_version:
            self._show_notice(self.tr("Step {number} was changed since you started editing it. Your edits are "
                                      "kept here but cannot be saved over the change: reload the step to see it, "
                                      "then make your edits again.").format(number=s.number), reload=True)

    def _selection_changed(self) -> None:
        number = self.table.selected_data()
        if number is None or number == self.number:
            return
        if self.save_button.isEnabled() and not messages.confirm(
                self, self.tr("Step {number} has changes that are not saved. Leave them?").format(number=self.number),
                self.tr("Leave the changes")):
            self.table.blockSignals(True)
            self.table.select_data(self.number)
            self.table.blockSignals(False)
            return
        self.number = number
        self._show_step()
        self.step_chosen.emit(number)

    def select_step(self, number: int) -> None:
        self.table.select_data(number)

    def _show_step(self, keep_edits: bool = False) -> None:
        s = self.step
        if s is None:
            return
        self.box.setTitle(self.tr("Step {number} of 4").format(number=s.number))
        self.step_title.setText(s.title)
        self.description_label.setText(s.description)
        badge(self.state_label, _state_words(s), STATE_COLOURS.get(s.state, ("#ececec", "#303030"))
              if s.state != StepState.NOT_STARTED.value else ("#ececec", "#303030"))
        if s.state == StepState.DONE.value:
            who = s.closed_by or self.tr("someone")
            self.closing_label.setText(self.tr("Done on {day}, closed by {who}.").format(day=day_text(s.actual_end),
                                                                                        who=who))
        elif s.state == StepState.IN_PROGRESS.value:
            self.closing_label.setText(self.tr("In progress since {day}.").format(day=day_text(s.actual_start)))
        else:
            self.closing_label.setText(self.tr("Not started yet."))
        self.override_label.setVisible(s.overridden)
        self.override_label.setText(self.tr("Closed before step {before} was done. Reason recorded: {reason}").format(
            before=s.number - 1, reason=s.override_reason))
        if not keep_edits:
            self._fill_form(s)
        self.files_list.clear()
        for a in s.attachments:
            item = QListWidgetItem(f"{a.filename}  ({size_text(a.size)})")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setToolTip(self.tr("Added {when}").format(when=labels.moment(a.added_at)))
            self.files_list.addItem(item)
        self.files_title.setText(self.tr("Evidence files ({count})").format(count=len(s.attachments)))
        self._update_buttons()

    def _fill_form(self, s: StepValue | None) -> None:
        if s is None:
            return
        self.planned_start.set_value(s.planned_start)
        self.planned_end.set_value(s.planned_end)
        self.actual_start.set_value(s.actual_start)
        self.actual_end_label.setText(day_text(s.actual_end) if s.actual_end else self.tr("— (set when the step is "
                                                                                        "closed)"))
        self.responsible_edit.setText(s.responsible)
        self.evidence_edit.blockSignals(True)
        self.evidence_edit.setPlainText(s.evidence)
        self.evidence_edit.blockSignals(False)
        editable = not self.readonly
        for field in (self.planned_start, self.planned_end, self.actual_start):
            field.set_editable(editable)
        self.responsible_edit.setReadOnly(not editable)
        self.evidence_edit.setReadOnly(not editable)
        self.form_version = s.version
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self._clear_notice()

    def _show_notice(self, sentence: str, *, reload: bool = False) -> None:
        self.notice_label.setText(sentence)
        self.notice_label.show()
        self.reload_button.setVisible(reload and not self.readonly)

    def _clear_notice(self) -> None:
        self.notice_label.clear()
        self.notice_label.hide()
        self.reload_button.hide()

    def _edited(self) -> None:
        if self.readonly or self.step is None:
            return
        changed = self.form_input() != self.step.as_input()
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)

    def _update_buttons(self) -> None:
        s = self.step
        state = s.state if s else None
        writable = not self.readonly and s is not None
        self.start_button.setEnabled(writable and state == StepState.NOT_STARTED.value)
        self.close_button.setEnabled(writable and state != StepState.DONE.value)
        self.reopen_button.setEnabled(writable and state == StepState.DONE.value)
        has_file = self.files_list.currentItem() is not None and bool(self.files_list.selectedItems())
        self.add_file_button.setEnabled(writable)
        self.open_file_button.setEnabled(has_file)
        self.remove_file_button.setEnabled(writable and has_file)

    # -- changes -----------------------------------------------------------------------------------
    def form_input(self) -> StepInput:
        s = self.step
        return StepInput(self.planned_start.value(), self.planned_end.value(), self.actual_start.value(),
                         s.actual_end if s else None, self.responsible_edit.text().strip(),
                         self.evidence_edit.toPlainText().strip())

    @property
    def unsaved(self) -> bool:
        return not self.readonly and self.save_button.isEnabled()

    def save_step(self, then: Callable[[], None] | None = None) -> None:
        """Save the form as an edit of the version it was filled from; ``then`` runs once it is saved."""
        from opn_desk.services import renewal

        s = self.step
        if self.readonly or s is None:
            return
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)

        def saved(_outcome) -> None:
            self._clear_notice()
            if then is not None:
                then()

        WriteOp(self.tr("Edit step {number} of the renewal").format(number=s.number),
                renewal.update_step, self.process_id, s.number, self.form_input(), self.form_version) \
            .success(saved).failure(self._save_failed).run_in(self.runner, parent=self)

    def _save_failed(self, exc: BaseException) -> None:
        self._edited()
        if isinstance(exc, DeskError):  # the service's sentence, next to the edits it refuses
            self._show_notice(str(exc), reload=isinstance(exc, StaleEdit))
        else:
            messages.show_failure(self, exc)

    def _after_saving(self, move: Callable[[], None]) -> None:
        """Run ``move`` (start, close, reopen) after saving unsaved edits; not at all if the save is refused."""
        if self.unsaved:
            self.save_step(then=move)
        else:
            move()

    def start_step(self) -> None:
        from opn_desk.services import renewal

        s = self.step
        if self.readonly or s is None:
            return
        process_id, number = self.process_id, s.number
        start = WriteOp(self.tr("Start step {number} of the renewal").format(number=number), renewal.start_step,
                        process_id, number)
        self._after_saving(lambda: start.run_in(self.runner, parent=self))

    def close_step(self) -> None:
        """Ask when the step was done, and a reason to override the order when the step before is not done."""
        s = self.step
        if self.readonly or s is None or self.snapshot is None or s.state == StepState.DONE.value:
            return
        # The dialog bounds the day by the start day the form is about to save.
        step = replace(s, actual_start=self.actual_start.value()) if self.unsaved else s
        states = {other.number: other.state for other in self.snapshot.detail.steps}
        process_id = self.process_id
        self._after_saving(lambda: self._ask_to_close(process_id, step, states))

    def _ask_to_close(self, process_id: uuid.UUID, s: StepValue, states: dict[int, str]) -> None:
        from opn_desk.services import renewal

        dialog = CloseStepDialog(self, s, closing_refusal(s.number, states))
        number = s.number

        def submit() -> None:
            day, reason = dialog.values()
            label = (self.tr("Close step {number} of the renewal, overriding the order") if reason.strip()
                     else self.tr("Close step {number} of the renewal")).format(number=number)
            WriteOp(label, renewal.close_step, process_id, number, on=day, override=reason) \
                .success(dialog.succeeded).failure(dialog.refused).run_in(self.runner, parent=dialog)

        open_submitting(self, dialog, submit)

    def reopen_step(self) -> None:
        s = self.step
        if self.readonly or s is None or s.state != StepState.DONE.value:
            return
        process_id = self.process_id
        self._after_saving(lambda: self._ask_to_reopen(process_id, s))

    def _ask_to_reopen(self, process_id: uuid.UUID, s: StepValue) -> None:
        from opn_desk.services import renewal

        dialog = ReasonDialog(self, self.tr("Reopen step {number}").format(number=s.number), self.tr("Reopen"),
                              self.tr("Why is step {number} ({title}) reopened?").format(number=s.number,
                                                                                        title=s.title.lower()),
                              self.tr("The reason is added to the step's evidence notes."))
        number = s.number

        def submit() -> None:
            WriteOp(self.tr("Reopen step {number} of the renewal").format(number=number),
                    renewal.reopen_step, process_id, number, dialog.value()) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, parent=dialog)

        open_submitting(self, dialog, submit)

    # -- evidence files ----------------------------------------------------------------------------
    def _selected_file(self):
        item = self.files_list.currentItem()
        if item is None or not item.isSelected():
            return None
        s = self.step
        attachment_id = item.data(Qt.ItemDataRole.UserRole)
        return next((a for a in s.attachments if a.id == attachment_id), None) if s else None

    def add_file(self, path: Path | None = None) -> None:
        s = self.step
        if self.readonly or s is None:
            return
        paths = [path] if path is not None else [Path(n) for n in QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence files to step {number}").format(number=s.number), str(self.folder),
            self.tr("All files (*)"))[0]]
        for chosen in paths:
            self.folder = chosen.parent
            try:
                size = chosen.stat().st_size
            except OSError as exc:
                messages.show_failure(self, exc)
                continue
            if size > MAX_FILE_BYTES:
                messages.warn(self, self.tr("{name} is {size:.1f} MB; evidence files can be at most 20 MB.").format(
                    name=chosen.name, size=size / 1024 / 1024))
                continue
            from opn_desk.services import leadership_view

            WriteOp(self.tr("Attach {file} to step {number}").format(file=chosen.name, number=s.number),
                    leadership_view.add_step_file, self.process_id, s.number, Path(chosen)) \
                .run_in(self.runner, parent=self)

    def open_file(self) -> None:
        attachment = self._selected_file()
        if attachment is None:
            return

        def show(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                messages.inform(self, self.tr("No program on this computer opens {name}.").format(name=path.name),
                                self.tr("A copy was saved as {path}.").format(path=path))

        export_attachment(self.runner, attachment.id, success=show, parent=self)

    def remove_file(self) -> None:
        attachment = self._selected_file()
        s = self.step
        if self.readonly or attachment is None or s is None:
            return
        if messages.confirm(self, self.tr("Remove {file} from step {number}?").format(file=attachment.filename,
                                                                                     number=s.number),
                            self.tr("Remove"), detail=self.tr("You can undo this with Edit › Undo.")):
            from opn_desk.services import renewal

            WriteOp(self.tr("Remove {file} from step {number}").format(file=attachment.filename, number=s.number),
                    renewal.remove_step_attachment, attachment.id) \
                .run_in(self.runner, parent=self)

