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
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from opn_desk.domain.registry import (
    MembershipInput,
    OrganisationInput,
    OrganisationQuery,
    PersonInput,
)
from opn_desk.gui import messages
from opn_desk.gui.worker import Job, Worker
from opn_desk.services import registry
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
        if self.dialog is None or self.dialog.wasCanceled():
            return
        self.dialog.setValue(max(0, min(1000, int(fraction * 1000))))
        if message:
            self.dialog.setLabelText(message)


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

def load_organisation(runner: OperationRunner, org_id: uuid.UUID, *, success: Success, failure: Failure = None):
    """The organisation with its people, memberships and history."""
    def fetch(desk: Desk):
        return desk.read(registry.get_organisation, org_id), desk.read(registry.history, org_id)
    runner.run_op(fetch, success=success, failure=failure)


def save_organisation(runner: OperationRunner, org_id: uuid.UUID, data: OrganisationInput, version: int, *,
                      success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Edit {name}").format(name=data.name.strip()), registry.update_organisation, org_id, data,
                 expected_version=version, success=success, failure=failure, parent=parent)


def create_organisation(runner: OperationRunner, data: OrganisationInput, *, success: Success = None,
                        failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Add {name}").format(name=data.name.strip()), registry.create_organisation, data,
                 success=success, failure=failure, parent=parent)


def delete_organisation(runner: OperationRunner, org_id: uuid.UUID, name: str, *, success: Success = None,
                        failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Delete {name}").format(name=name), registry.delete_organisation, org_id,
                 success=success, failure=failure, parent=parent)


def add_person(runner: OperationRunner, data: PersonInput, *, success: Success = None, failure: Failure = None,
               parent: QWidget | None = None) -> None:
    runner.write(_tr("Add {name}").format(name=data.name.strip()), registry.add_person, data,
                 success=success, failure=failure, parent=parent)


def update_person(runner: OperationRunner, person_id: uuid.UUID, data: PersonInput, *, success: Success = None,
                  failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Edit {name}").format(name=data.name.strip()), registry.update_person, person_id, data,
                 success=success, failure=failure, parent=parent)


def remove_person(runner: OperationRunner, person_id: uuid.UUID, name: str, *, success: Success = None,
                  failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Remove {name}").format(name=name), registry.remove_person, person_id,
                 success=success, failure=failure, parent=parent)


def add_membership(runner: OperationRunner, data: MembershipInput, label: str, *, success: Success = None,
                   failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Add membership: {what}").format(what=label), registry.add_membership, data,
                 success=success, failure=failure, parent=parent)


def end_membership(runner: OperationRunner, membership_id: uuid.UUID, on: date, reason: str, label: str, *,
                   success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("End membership: {what}").format(what=label), registry.end_membership, membership_id, on,
                 reason, success=success, failure=failure, parent=parent)


def renew_membership(runner: OperationRunner, membership_id: uuid.UUID, new_end: date, label: str, *,
                     success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Renew membership: {what}").format(what=label), registry.renew_membership, membership_id,
                 new_end, success=success, failure=failure, parent=parent)


def organisation_choices(runner: OperationRunner, text: str, *, success: Success) -> None:
    runner.read(registry.organisation_choices, text, success=success, failure=lambda exc: None)


def load_countries(runner: OperationRunner, *, success: Callable[[list[tuple[str, str, str | None]]], None]):
    """(iso3, English name, regional group) of every country, sorted by name; read once per desk."""
    if runner._countries is not None:
        success(runner._countries)
        return

    def fetch(_desk: Desk):
        from opn_desk.db.reference import country_rows

        return sorted(((r["iso3"], r["name_en"], r["regional_group"]) for r in country_rows()),
                      key=lambda c: c[1].casefold())

    def keep(countries):
        runner._countries = countries
        success(countries)

    runner.run_op(fetch, success=keep)


def first_page(desk: Desk, query: OrganisationQuery, limit: int, *, count: bool = True,
               count_all: bool = True) -> tuple[int | None, int | None, list]:
    """(matching count, count of all organisations, the first ``limit`` rows) of a registry query.

    A count not asked for (the sort changed, not the filter; nothing was written) comes back None:
    on 100,000 rows each count is a scan worth skipping.
    """
    def fetch(session):
        unfiltered = OrganisationQuery(sort=query.sort, descending=query.descending)
        total = registry.count_organisations(session, query) if count else None
        if query == unfiltered and total is not None:
            everything = total
        else:
            everything = registry.count_organisations(session, unfiltered) if count_all else None
        rows = []
        for offset in range(0, limit, 1000):  # modest pages keep SQLite's IN lists short
            page = registry.search_organisations(session, query, offset=offset, limit=min(1000, limit - offset))
            rows.extend(page)
            if len(page) < min(1000, limit - offset):
                break
        return total, everything, rows
    return desk.read(fetch)


def next_page(desk: Desk, query: OrganisationQuery, offset: int, limit: int) -> list:
    return desk.read(registry.search_organisations, query, offset=offset, limit=limit)


def set_officer_name(runner: OperationRunner, name: str) -> None:
    """Remember who the desk officer is: for the history of later changes."""
    from opn_desk.preferences import Preferences

    def apply(desk: Desk) -> None:
        prefs = Preferences.load()
        prefs.officer_name = name.strip()
        prefs.save()
        from opn_desk.services.desk import default_actor

        desk.actor = default_actor()

    runner.run_op(apply)


def export_organisations(runner: OperationRunner, out: Path, include_sensitive: bool, *, success: Success,
                         parent: QWidget | None = None) -> None:
    def work(desk: Desk, progress, abort):
        from opn_desk.services.export import export_organisations as export

        return export(desk, out, include_sensitive=include_sensitive, progress=progress, abort=abort)

    runner.run_long(_tr("Exporting organisations…"), work, success=success, parent=parent)


def backup_now(runner: OperationRunner, database: Path, *, success: Success, parent: QWidget | None = None):
    def work(progress, abort):
        from opn_desk.db import backup

        progress(0.1, _tr("Writing and checking the backup…"))
        return backup.backup_now(database)

    runner.run_long(_tr("Backing up the database…"), work, on_database=False, success=success, parent=parent)


def generate_demo(runner: OperationRunner, path: Path, organisations: int, seed: int, *, success: Success,
                  parent: QWidget | None = None) -> None:
    """Write a demo network into the new database ``path`` (never into the open one)."""
    def work(progress, abort):
        from opn_desk.db.lock import DatabaseLock
        from opn_desk.db.store import open_store
        from opn_desk.services.demo import generate_demo as generate

        with DatabaseLock(path).hold():
            store = open_store(path, create=True)
            try:
                return generate(store, seed=seed, organisations=organisations, progress=progress, abort=abort)
            finally:
                store.close()

    def discard_partial() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        runner.message.emit(_tr("The demo database was not created."))

    def failed(exc: BaseException) -> None:
        discard_partial()
        messages.show_failure(parent, exc)

    runner.run_long(_tr("Creating the demo network…"), work, on_database=False, success=success,
                    failure=failed, cancelled=discard_partial, parent=parent)
