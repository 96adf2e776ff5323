"""Background threads: jobs run in order on one thread; their results come back as signals.

The database worker is the only thread that touches the desk's database: every Desk call runs
there, one at a time, so the window never waits on SQLite and SQLite never sees two writers.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal


class Job:
    """One piece of work: ``fn()`` runs on the worker; ``done(job)`` runs on the UI thread."""

    __slots__ = ("fn", "done", "result", "error")

    def __init__(self, fn: Callable[[], Any], done: Callable[[Job], None]):
        self.fn = fn
        self.done = done
        self.result: Any = None
        self.error: BaseException | None = None


class _Relay(QObject):
    finished = Signal(object)


class Worker(QThread):
    """A thread with a queue of jobs, run one after another."""

    idle_changed = Signal(bool)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._queue: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._relay = _Relay()  # lives in the UI thread: its signal is delivered there
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._pending = 0
        self._stopped = False

    @property
    def idle(self) -> bool:
        return self._pending == 0

    @property
    def stopped(self) -> bool:
        """True once the window has closed the desk: no job is taken any more."""
        return self._stopped

    def submit(self, fn: Callable[[], Any], done: Callable[[Job], None]) -> Job:
        if self._stopped:
            raise RuntimeError("the worker has stopped")
        job = Job(fn, done)
        self._pending += 1
        if self._pending == 1:
            self.idle_changed.emit(False)
        if not self.isRunning():
            self.start()
        self._queue.put(job)
        return job

    def run(self) -> None:  # on the worker thread
        while True:
            job = self._queue.get()
            if job is None:
                return
            try:
                job.result = job.fn()
            except BaseException as exc:  # noqa: BLE001 - every failure is reported to the UI thread
                job.error = exc
            self._relay.finished.emit(job)

    def _deliver(self, job: Job) -> None:  # on the UI thread
        self._pending -= 1
        if not self._stopped:
            job.done(job)
        if self._pending == 0 and not self._stopped:
            self.idle_changed.emit(True)

    def stop(self) -> None:
        """Finish the jobs already queued, then end the thread; later results are not delivered."""
        if self._stopped:
            return
        self._stopped = True
        if self.isRunning():
            self._queue.put(None)
            self.wait()
