"""Every user action is one small operation run on the database worker (the Anki way).

Two forms, as Anki's ``CollectionOp`` and ``QueryOp``:

- `WriteOp(description, change, *args)`: the service change ``change(session, *args)`` run as one
  undoable step by `Desk.write` (its description is the undo text and the audit trail's), with
  ``.success(fn)``, ``.failure(fn)`` and, for long work, ``.with_progress(title)``: the change then
  gets ``progress`` and ``abort`` keyword arguments, the officer may press Cancel, and a cancelled
  change raises `Cancelled` inside its transaction, so nothing is written.
- `ReadOp(runner, query)`: a read of one kind for one view. ``run(*args, success=...)`` asks again; a
  newer read supersedes an older one, whose answer is dropped (no "stale answer" counters in views).

Both end in `OperationRunner`, which runs ``desk_fn(desk, *args)`` off the UI thread and calls back on
the UI thread. A write returns an `Outcome`; the runner broadcasts it once through `changed`, and views
refresh when ``outcome.changes.touches(kinds)`` names a kind of record they show (services/changes.py).

Long work off the database (export, backups, PDFs) is a plain function taking ``progress(fraction,
message)`` and ``abort() -> bool``; `run_long` shows a progress dialog only when it takes longer than
about half a second. Its Cancel button is offered only when the work honours ``abort`` (raises
`Cancelled` before writing anything); a job that finished is reported as done, never as cancelled.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from opn_desk.domain.work import Cancelled
from opn_desk.gui.core import messages
from opn_desk.gui.core.worker import Job, Worker
from opn_desk.services.desk import Desk, Outcome

log = logging.getLogger(__name__)

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
        if self.database.stopped:
            # Every change the officer made was finished before the window closed the desk; one asked
            # after it cannot be made. Logged, never raised into the event loop.
            log.error("A change was asked after the desk was closed; nothing was written.")
            return
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
            self._answered(value, texts, success, message)

        self.database.submit(work, done)

    def _answered(self, value: Any, texts: tuple[str | None, str | None] | None, success: Success,
                  message: str | None) -> None:
        """On the UI thread: hand ``value`` to ``success``; a write's Outcome is then broadcast once."""
        if texts is not None:
            self.undo_text, self.redo_text = texts
            self.undo_changed.emit()
        if success is not None:
            success(value)
        if isinstance(value, Outcome):
            if message:
                self.message.emit(message)
            if value.changes:
                if value.changes.touches("country"):
                    self._countries = None  # a regional group was corrected: read the countries again
                self.changed.emit(value)

    def read(self, fn: Callable[..., Any], *args, success: Success, failure: Failure = None,
             parent: QWidget | None = None, **kwargs) -> None:
        """Run the service query ``fn(session, *args)`` and hand its value to ``success``.

        Once the window has closed the desk, a late read (a list refreshing on a timer or on the last
        change's broadcast) has nobody to answer and is dropped."""
        if self.database.stopped:
            return
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
                 parent: QWidget | None = None, cancellable: bool = True) -> None:
        """Run ``fn(desk, progress, abort)`` (``fn(progress, abort)`` off the database) with a progress dialog.

        The dialog appears only if the work lasts longer than PROGRESS_DELAY_MS. With ``cancellable``
        its Cancel button makes ``abort()`` return True; the work must then raise `Cancelled` before
        writing anything, and is reported as cancelled. Work that finished anyway (Cancel pressed too
        late) is reported as done: it did write. Work that cannot stop passes ``cancellable=False``
        and gets no Cancel button.
        """
        abort = threading.Event()
        self._aborts.add(abort)
        dialog = QProgressDialog(parent or self.error_parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(title)
        if cancellable:
            dialog.setCancelButtonText(_tr("Cancel"))
        else:
            dialog.setCancelButton(None)
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
            if isinstance(job.error, Cancelled):
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


# -- the two forms of an action (Anki's CollectionOp and QueryOp) --------------------------------------------
class WriteOp:
    """One undoable change: ``change(session, *args, **kwargs)`` run by `Desk.write` as ``description``.

    ``WriteOp(_tr("Accept {name}"), applications.accept, app_id).success(shown).run_in(runner)``.
    With ``.with_progress(title)`` the change also gets ``progress(fraction, message)`` and ``abort()``
    keyword arguments and the officer may press Cancel: the change calls
    ``domain.work.stop_if_asked(abort)`` between its steps, the transaction rolls back, nothing is
    written and the window says "Cancelled: <title>".
    """

    def __init__(self, description: str, change: Callable[..., Any], *args, **kwargs):
        self.description = description
        self.change = change
        self.args = args
        self.kwargs = kwargs
        self._success: Success = None
        self._failure: Failure = None
        self._cancelled: Callable[[], None] | None = None
        self._progress: str | None = None

    def success(self, fn: Success) -> WriteOp:
        self._success = fn
        return self

    def failure(self, fn: Failure) -> WriteOp:
        self._failure = fn
        return self

    def cancelled(self, fn: Callable[[], None]) -> WriteOp:
        self._cancelled = fn
        return self

    def with_progress(self, title: str) -> WriteOp:
        self._progress = title
        return self

    def run_in(self, runner: OperationRunner, parent: QWidget | None = None) -> None:
        description, change, args, kwargs = self.description, self.change, self.args, self.kwargs
        if self._progress is None:
            runner.write(description, change, *args, success=self._success, failure=self._failure,
                         parent=parent, **kwargs)
            return
        message = _tr("Saved: {what}").format(what=description)

        def work(desk: Desk, progress, abort):
            outcome = desk.write(description, change, *args, progress=progress, abort=abort, **kwargs)
            return outcome, (desk.undo_text(), desk.redo_text())

        def done(result) -> None:
            outcome, texts = result
            runner._answered(outcome, texts, self._success, message)

        runner.run_long(self._progress, work, success=done, failure=self._failure, cancelled=self._cancelled,
                        parent=parent)


class ReadOp:
    """A read of one kind for one view; only the latest answer is delivered.

    ``self.details = ReadOp(runner, services.load_detail)`` once, then ``self.details.run(app_id,
    success=self._show)`` whenever the view wants it: the query ``query(session, *args)`` runs on the
    database worker, and an answer (or failure) to a read that a newer `run` (or `drop`) has
    superseded is dropped. `guard` gives the same protection to callbacks handed to other code.
    """

    def __init__(self, runner: OperationRunner | None, query: Callable[..., Any] | None = None, *,
                 on_desk: bool = False, interruptible: bool = False):
        self.runner = runner
        self.query = query
        self.on_desk = on_desk  # query(desk, *args) instead of query(session, *args)
        # query(session, *args, wanted): ``wanted()`` turns False once a newer read (or `drop`) supersedes
        # this one, so a long query (a count) may stop early instead of working for an answer nobody reads.
        self.interruptible = interruptible
        self._asked = 0
        self._pending = False

    @property
    def pending(self) -> bool:
        """A read has been asked and its answer has not arrived."""
        return self._pending

    @property
    def asked(self) -> bool:
        """A read has been asked at least once."""
        return self._asked > 0

    def drop(self) -> None:
        """Forget the read in flight, if any: its answer will not be delivered."""
        self._asked += 1
        self._pending = False

    def guard(self, success: Callable[[Any], None], failure: Failure = None,
              parent: QWidget | None = None) -> tuple[Callable[[Any], None], Callable[[BaseException], None]]:
        """A new read: callbacks that act only if no newer read has been asked meanwhile."""
        self._asked += 1
        self._pending = True
        asked = self._asked

        def answered(value: Any) -> None:
            if asked == self._asked:
                self._pending = False
                success(value)

        def failed(exc: BaseException) -> None:
            if asked != self._asked:
                return
            self._pending = False
            if failure is not None:
                failure(exc)
            else:
                messages.show_failure(parent or (self.runner.error_parent if self.runner else None), exc)

        return answered, failed

    def still_wanted(self) -> Callable[[], bool]:
        """For the work of the read just asked: whether no newer read has been asked since (a long count
        may stop early when it is no longer wanted)."""
        asked = self._asked
        return lambda: asked == self._asked

    def run(self, *args, success: Callable[[Any], None], failure: Failure = None, parent: QWidget | None = None,
            **kwargs) -> None:
        if self.runner is None or self.query is None:
            raise RuntimeError("this read has no runner or query to run")
        answered, failed = self.guard(success, failure, parent)
        if self.interruptible:
            args = (*args, self.still_wanted())
        if self.on_desk:
            self.runner.run_op(self.query, *args, success=answered, failure=failed, parent=parent, **kwargs)
        else:
            self.runner.read(self.query, *args, success=answered, failure=failed, parent=parent, **kwargs)
