"""Every user action is one small operation run on the database worker (the Anki way).

`OperationRunner.run_op(desk_fn, *args, success=..., failure=...)` runs ``desk_fn(desk, *args)``
off the UI thread and calls ``success(value)`` or ``failure(exc)`` back on the UI thread. A write
returns an `Outcome`; the runner broadcasts it once through `changed`, and views refresh from the
tables it names instead of polling. Widgets never see a session: they call the functions below.

Long work (export, backups, the demo network) is a plain function taking ``progress(fraction,
message)`` and ``abort() -> bool``; `run_long` shows a cancellable progress dialog only when it
takes longer than about half a second.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from opn_desk.gui.core import messages
from opn_desk.gui.core.worker import Job, Worker
from opn_desk.services.desk import Desk, Outcome

PROGRESS_DELAY_MS = 500
Success = Callable[[Any], None] | None
Failure = Callable[[BaseException], None] | None


def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


class _ProgressRelay(QObject):
    """Carries progress reports from a worker thread to the dialog on the UI thread."""

    reported = Signal(float, str)

    def __init__(self, dialog: QProgressDialog):
        super().__init__()
        self.dialog = dialog
        self.reported.connect(self.show_progress, Qt.ConnectionType.QueuedConnection)

    def show_progress(self, fraction: float, message: str) -> None:
        dialog = self.dialog
        if dialog is None or dialog.wasCanceled():
            return
        if message:
            dialog.setLabelText(message)
        # A window-modal QProgressDialog processes events inside setValue: the work may finish (and the
        # dialog be released) right there, so nothing may touch it after this call.
        dialog.setValue(max(0, min(1000, int(fraction * 1000))))


class OperationRunner(QObject):
    """Runs desk operations on the single database worker and broadcasts what they changed."""

    changed = Signal(object)  # Outcome, once per write, undo or redo
    undo_changed = Signal()  # undo_text / redo_text were updated
    message = Signal(str)  # a short note for the status bar ("Saved: ...")
    busy_changed = Signal(bool)

    def __init__(self, desk: Desk, parent: QObject | None = None):
        super().__init__(parent)
        self.desk = desk
        self.database = Worker("OPN Desk database")
        self.files = Worker("OPN Desk files")  # backups and new databases: never this desk's store
        self.database.idle_changed.connect(lambda idle: self.busy_changed.emit(not idle))
        self.undo_text: str | None = None
        self.redo_text: str | None = None
        self.error_parent: QWidget | None = None
        self._aborts: set[threading.Event] = set()
        self._countries: list[tuple[str, str, str | None]] | None = None

    @property
    def readonly(self) -> bool:
        return self.desk.readonly

    @property
    def idle(self) -> bool:
        return self.database.idle and self.files.idle

    # -- the core ------------------------------------------------------------------------------
    def run_op(self, desk_fn: Callable[..., Any], *args, success: Success = None, failure: Failure = None,
               parent: QWidget | None = None, message: str | None = None, **kwargs) -> None:
        """Run ``desk_fn(desk, *args, **kwargs)`` on the database worker."""
        desk = self.desk

        def work():
            value = desk_fn(desk, *args, **kwargs)
            if isinstance(value, Outcome):
                return value, (desk.undo_text(), desk.redo_text())
            return value, None

        def done(job: Job) -> None:
            if job.error is not None:
                self._fail(job.error, failure, parent)
                return
            value, texts = job.result
            if texts is not None:
                self.undo_text, self.redo_text = texts
                self.undo_changed.emit()
            if success is not None:
                success(value)
            if isinstance(value, Outcome):
                if message:
                    self.message.emit(message)
                if value.changed:
                    if "country" in value.changed:
                        self._countries = None  # a regional group was corrected: read the countries again
                    self.changed.emit(value)

        self.database.submit(work, done)

    def read(self, fn: Callable[..., Any], *args, success: Success, failure: Failure = None,
             parent: QWidget | None = None, **kwargs) -> None:
        """Run the service query ``fn(session, *args)`` and hand its value to ``success``."""
        self.run_op(lambda desk: desk.read(fn, *args, **kwargs), success=success, failure=failure, parent=parent)

    def write(self, description: str, fn: Callable[..., Any], *args, success: Success = None,
              failure: Failure = None, parent: QWidget | None = None, **kwargs) -> None:
        """Run the service change ``fn(session, *args)`` as one undoable step; success gets the Outcome."""
        self.run_op(lambda desk: desk.write(description, fn, *args, **kwargs), success=success,
                    failure=failure, parent=parent, message=_tr("Saved: {what}").format(what=description))

    def undo(self, parent: QWidget | None = None) -> None:
        what = self.undo_text or ""
        self.run_op(lambda desk: desk.undo(), parent=parent, message=_tr("Undone: {what}").format(what=what))

    def redo(self, parent: QWidget | None = None) -> None:
        what = self.redo_text or ""
        self.run_op(lambda desk: desk.redo(), parent=parent, message=_tr("Redone: {what}").format(what=what))

    def _fail(self, exc: BaseException, failure: Failure, parent: QWidget | None) -> None:
        if failure is not None:
            failure(exc)
        else:
            messages.show_failure(parent or self.error_parent, exc)

    # -- long work -----------------------------------------------------------------------------
    def run_long(self, title: str, fn: Callable[..., Any], *, on_database: bool = True, success: Success = None,
                 failure: Failure = None, cancelled: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        """Run ``fn(desk, progress, abort)`` (``fn(progress, abort)`` off the database) with a progress dialog.

        The dialog appears only if the work lasts longer than PROGRESS_DELAY_MS; its Cancel button
        makes ``abort()`` return True, and the work is then reported as cancelled, not failed.
        """
        abort = threading.Event()
        self._aborts.add(abort)
        dialog = QProgressDialog(parent or self.error_parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(title)
        dialog.setCancelButtonText(_tr("Cancel"))
        dialog.setRange(0, 1000)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setValue(0)  # starts Qt's timer: the dialog shows itself after the delay if still running
        relay = _ProgressRelay(dialog)

        def on_cancel() -> None:
            abort.set()
            dialog.setLabelText(_tr("Cancelling…"))

        dialog.canceled.connect(on_cancel)
        last = [0.0]

        def progress(fraction: float, message: str = "") -> None:  # worker thread
            now = time.monotonic()
            if now - last[0] >= 0.05 or fraction >= 1.0:
                last[0] = now
                relay.reported.emit(float(fraction), str(message))

        def finish() -> None:
            self._aborts.discard(abort)
            dialog.canceled.disconnect(on_cancel)
            relay.dialog = None
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
            relay.deleteLater()

        def done(job: Job) -> None:
            finish()
            if abort.is_set():
                if cancelled is not None:
                    cancelled()
                else:
                    self.message.emit(_tr("Cancelled: {what}").format(what=title))
            elif job.error is not None:
                self._fail(job.error, failure, parent)
            elif success is not None:
                success(job.result)

        if on_database:
            desk = self.desk
            self.database.submit(lambda: fn(desk, progress, abort.is_set), done)
        else:
            self.files.submit(lambda: fn(progress, abort.is_set), done)

    def run_in_background(self, fn: Callable[[], Any], *, success: Success = None, failure: Failure = None) -> None:
        """Quiet file work that must not hold up the database worker (the rolling backup)."""
        self.files.submit(fn, lambda job: (self._fail(job.error, failure, None) if job.error is not None
                                           else success(job.result) if success else None))

    def shutdown(self) -> None:
        """Ask long work to stop, let queued operations finish, end both threads."""
        for abort in list(self._aborts):
            abort.set()
        self.database.stop()
        self.files.stop()


# -- the desk's actions ------------------------------------------------------------------------
# Each is one user action: a function taking the runner and plain values.


# -- applications ------------------------------------------------------------------------------
# The Applications area's actions (applications_page, application_detail, application_dialogs,
# import_wizard, due_list). Imports stay inside the functions: the services for imports, duplicates
# and PDFs load only when the officer uses them.






# -- importing a table of applications or organisations ----------------------------------------------


# -- calls and their evaluation criteria -----------------------------------------------------------


