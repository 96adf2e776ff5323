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

    def fetch(desk: Desk):
        from opn_desk.services.countries import list_countries

        # From the database: the groups as this desk counts them (they can be corrected).
        return sorted(((c.iso3, c.name, c.regional_group) for c in desk.read(list_countries)),
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


# -- applications ------------------------------------------------------------------------------
# The Applications area's actions (applications_page, application_detail, application_dialogs,
# import_wizard, due_list). Imports stay inside the functions: the services for imports, duplicates
# and PDFs load only when the officer uses them.

APPLICATION_TABLES = frozenset({"application", "application_transition", "attachment", "review",
                                "conflict_of_interest", "evaluation_criterion", "call", "organisation",
                                "organisation_name", "person", "membership"})


def feature_available(module: str) -> bool:
    """True when ``module`` (an optional part: duplicates, imports, PDF reports) is installed."""
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def reports_available() -> bool:
    return all(feature_available(m) for m in ("reportlab", "opn_desk.reports.applications",
                                              "opn_desk.services.report_data"))


def applications_page(desk: Desk, query, offset: int, limit: int, *, count: bool = True):
    """(matching count or None, rows from ``offset``) of an applications query, in one read."""
    from opn_desk.services import applications

    def fetch(session):
        total = applications.count_applications(session, query) if count else None
        return total, applications.list_applications(session, query, offset=offset, limit=limit)
    return desk.read(fetch)


def load_application(runner: OperationRunner, application_id: uuid.UUID, *, success: Success,
                     failure: Failure = None) -> None:
    """The application with its transitions, attachments and reviews, and its declared conflicts."""
    from opn_desk.services import applications, reviews

    def fetch(desk: Desk):
        return desk.read(applications.get_application, application_id), \
            desk.read(reviews.list_conflicts, application_id)
    runner.run_op(fetch, success=success, failure=failure)


def load_calls(runner: OperationRunner, *, success: Success) -> None:
    from opn_desk.services import applications

    runner.read(applications.list_calls, success=success)


def organisation_people(runner: OperationRunner, org_id: uuid.UUID, *, success: Success,
                        failure: Failure = None) -> None:
    """The people of one organisation (for the representative and reviewer pickers)."""
    runner.run_op(lambda desk: desk.read(registry.get_organisation, org_id).people, success=success,
                  failure=failure or (lambda exc: None))


def find_duplicates(runner: OperationRunner, candidate, *, success: Success) -> None:
    """Possible registry duplicates of a new organisation; [] when the duplicates service is absent."""
    if not feature_available("opn_desk.services.duplicates"):
        success([])
        return
    from opn_desk.services import duplicates

    runner.read(duplicates.find_duplicates, candidate, success=success, failure=lambda exc: success([]))


def read_attachment_file(path: Path) -> bytes:
    """The file's bytes, refused before reading when it is over the attachment size limit."""
    from opn_desk.services.applications import MAX_ATTACHMENT_BYTES
    from opn_desk.services.errors import InvalidInput

    size = path.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise InvalidInput("content", _tr("{name} is {size:.1f} MB; attachments can be at most {limit} MB.").format(
            name=path.name, size=size / 1024 / 1024, limit=MAX_ATTACHMENT_BYTES // 1024 // 1024))
    return path.read_bytes()


class NewPerson:
    """A person typed into the intake form, added to the (possibly new) organisation on save."""

    __slots__ = ("name", "email", "gender")

    def __init__(self, name: str, email: str = "", gender: str = "unknown"):
        self.name, self.email, self.gender = name, email, gender


def record_intake(session, application, new_organisation: OrganisationInput | None = None,
                  new_representative: NewPerson | None = None, new_alternate: NewPerson | None = None,
                  files: tuple[Path, ...] = ()) -> uuid.UUID:
    """The whole intake form as one change (one undo step): the new organisation and people if any,
    the application, its attachments. Runs inside Desk.write; any refusal writes nothing."""
    from dataclasses import replace

    from opn_desk.services import applications
    from opn_desk.services.errors import InvalidInput

    org_id = application.organisation_id
    if new_organisation is not None:
        try:
            org_id = registry.create_organisation(session, new_organisation)
        except InvalidInput as exc:
            raise InvalidInput(f"organisation.{exc.field}", str(exc)) from None
    people = {}
    for key, person in (("representative", new_representative), ("alternate", new_alternate)):
        if person is None:
            continue
        try:
            people[key] = registry.add_person(session, PersonInput(org_id, person.name, person.email, "",
                                                                   person.gender))
        except InvalidInput as exc:
            raise InvalidInput(f"{key}.{exc.field}", str(exc)) from None
    data = replace(application, organisation_id=org_id,
                   representative_id=people.get("representative", application.representative_id),
                   alternate_id=people.get("alternate", application.alternate_id))
    app_id = applications.record_application(session, data)
    for path in files:
        try:
            content = read_attachment_file(Path(path))
        except OSError as exc:
            raise InvalidInput("attachments", _tr("{name} could not be read: {reason}.").format(
                name=Path(path).name, reason=exc.strerror or exc)) from None
        applications.add_attachment(session, app_id, Path(path).name, content)
    return app_id


def record_application(runner: OperationRunner, name: str, application, *, new_organisation=None,
                       new_representative: NewPerson | None = None, new_alternate: NewPerson | None = None,
                       files: tuple[Path, ...] = (), success: Success = None, failure: Failure = None,
                       parent: QWidget | None = None) -> None:
    runner.write(_tr("Record application of {name}").format(name=name.strip()), record_intake, application,
                 new_organisation, new_representative, new_alternate, tuple(files), success=success,
                 failure=failure, parent=parent)


def move_application(runner: OperationRunner, application_id: uuid.UUID, to_status: str, reason: str, label: str,
                     *, override: str = "", end_membership: bool = False, success: Success = None,
                     failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import applications

    runner.write(label, applications.move_application, application_id, to_status, reason, override=override,
                 end_membership=end_membership, success=success, failure=failure, parent=parent)


def accept_application(runner: OperationRunner, application_id: uuid.UUID, on: date, term_end: date | None,
                       rationale: str, label: str, *, success: Success = None, failure: Failure = None,
                       parent: QWidget | None = None) -> None:
    from opn_desk.services import applications

    runner.write(label, applications.accept_application, application_id, on=on, term_end=term_end,
                 rationale=rationale, success=success, failure=failure, parent=parent)


def decline_application(runner: OperationRunner, application_id: uuid.UUID, rationale: str, on: date, label: str,
                        *, success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import applications

    runner.write(label, applications.decline_application, application_id, rationale, on=on, success=success,
                 failure=failure, parent=parent)


def withdraw_application(runner: OperationRunner, application_id: uuid.UUID, reason: str, label: str, *,
                         success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import applications

    runner.write(label, applications.withdraw_application, application_id, reason, success=success,
                 failure=failure, parent=parent)


def set_screening_item(runner: OperationRunner, application_id: uuid.UUID, item: str, done: bool, label: str, *,
                       success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import applications

    runner.write(label, applications.set_screening_item, application_id, item, done, success=success,
                 failure=failure, parent=parent)


def set_mac_opinion(runner: OperationRunner, application_id: uuid.UUID, text: str, label: str, *,
                    success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import applications

    runner.write(label, applications.set_mac_opinion, application_id, text, success=success, failure=failure,
                 parent=parent)


def add_attachment(runner: OperationRunner, application_id: uuid.UUID, path: Path, label: str, *,
                   success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    """Copy the file into the database (read on the worker; refused over the size limit before reading)."""
    from opn_desk.services import applications

    def attach(session) -> uuid.UUID:
        return applications.add_attachment(session, application_id, Path(path).name, read_attachment_file(Path(path)))

    runner.write(label, attach, success=success, failure=failure, parent=parent)


def remove_attachment(runner: OperationRunner, attachment_id: uuid.UUID, label: str, *, success: Success = None,
                      failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import applications

    runner.write(label, applications.remove_attachment, attachment_id, success=success, failure=failure,
                 parent=parent)


_ATTACHMENT_FOLDER: list[Path] = []


def attachment_folder() -> Path:
    """A private temporary folder for attachments opened in this session (removed at exit)."""
    if not _ATTACHMENT_FOLDER:
        import atexit
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="opn-desk-attachments-"))
        atexit.register(shutil.rmtree, folder, True)
        _ATTACHMENT_FOLDER.append(folder)
    return _ATTACHMENT_FOLDER[0]


def export_attachment(runner: OperationRunner, attachment_id: uuid.UUID, *, success: Success,
                      failure: Failure = None, parent: QWidget | None = None) -> None:
    """Write the attachment to a temporary file (on the worker) and hand its path to ``success``."""
    from opn_desk.services import applications

    def fetch(desk: Desk) -> Path:
        content = desk.read(applications.read_attachment, attachment_id)
        folder = attachment_folder() / attachment_id.hex[:12]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / content.filename
        target.write_bytes(content.content)
        return target

    runner.run_op(fetch, success=success, failure=failure, parent=parent)


def record_scores(session, application_id: uuid.UUID, reviewer_id: uuid.UUID,
                  scores: tuple[tuple[uuid.UUID, float | None, str, bool], ...]) -> int:
    """One reviewer's scores on an application as one change: (criterion, score or None, comment,
    had a score before). None removes an earlier score. Returns how many scores were written."""
    from opn_desk.services import reviews

    written = 0
    for criterion_id, score, comment, existed in scores:
        if score is None:
            if existed:
                reviews.remove_score(session, application_id, criterion_id, reviewer_id)
            continue
        reviews.record_score(session, application_id, criterion_id, reviewer_id, score, comment)
        written += 1
    return written


def save_scores(runner: OperationRunner, application_id: uuid.UUID, reviewer_id: uuid.UUID, scores, label: str, *,
                success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(label, record_scores, application_id, reviewer_id, tuple(scores), success=success,
                 failure=failure, parent=parent)


def conflict_reason(runner: OperationRunner, application_id: uuid.UUID, reviewer_id: uuid.UUID, *,
                    success: Success) -> None:
    from opn_desk.services import reviews

    runner.read(reviews.conflict_reason, application_id, reviewer_id, success=success, failure=lambda exc: None)


def declare_conflict(runner: OperationRunner, application_id: uuid.UUID, reviewer_id: uuid.UUID, reason: str,
                     label: str, *, success: Success = None, failure: Failure = None,
                     parent: QWidget | None = None) -> None:
    from opn_desk.services import reviews

    runner.write(label, reviews.declare_conflict, application_id, reviewer_id, reason, success=success,
                 failure=failure, parent=parent)


def remove_conflict(runner: OperationRunner, conflict_id: uuid.UUID, label: str, *, success: Success = None,
                    failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import reviews

    runner.write(label, reviews.remove_conflict, conflict_id, success=success, failure=failure, parent=parent)


def rank_call(runner: OperationRunner, call_id: uuid.UUID, *, success: Success, failure: Failure = None) -> None:
    from opn_desk.services import reviews

    runner.read(reviews.rank_call, call_id, success=success, failure=failure)


def call_reviewers(runner: OperationRunner, call_id: uuid.UUID, *, success: Success) -> None:
    """(person id, name) of everyone who has scored an application of the call, by name."""
    from opn_desk.services import reviews

    def fetch(session):
        seen: dict[uuid.UUID, str] = {}
        for ranked in reviews.rank_call(session, call_id):
            seen.update(dict(ranked.summary.reviewers))
            seen.update({e.reviewer_id: e.reviewer for e in ranked.summary.excluded})
        return sorted(seen.items(), key=lambda kv: kv[1].casefold())

    runner.read(fetch, success=success, failure=lambda exc: success([]))


def due_items(runner: OperationRunner, *, success: Success, failure: Failure = None) -> None:
    from opn_desk.services import due

    runner.read(due.due_items, limit_per_kind=50, success=success, failure=failure)


def export_mail_merge(runner: OperationRunner, query, out: Path, *, success: Success,
                      parent: QWidget | None = None) -> None:
    """The applicants of ``query`` with their status, for a mail merge (CSV or XLSX)."""
    def work(desk: Desk, progress, abort):
        from opn_desk.io.tables import write_table
        from opn_desk.services import applications

        progress(0.1, _tr("Reading the applications…"))
        rows = desk.read(applications.mail_merge_rows, query)
        progress(0.6, _tr("Writing {name}…").format(name=out.name))
        return write_table(out, applications.MAIL_MERGE_COLUMNS, rows)

    runner.run_long(_tr("Exporting applicants for a mail merge…"), work, success=success, parent=parent)


LETTERS = ("acknowledgement", "decision", "summary")


def write_application_pdf(runner: OperationRunner, kind: str, application_id: uuid.UUID, out: Path, *,
                          success: Success, failure: Failure = None, parent: QWidget | None = None) -> None:
    """An acknowledgement letter, a decision letter or the one-page summary of an application, as PDF."""
    if kind not in LETTERS:
        raise ValueError(kind)

    def work(desk: Desk, progress, abort):
        from opn_desk.reports import applications as pdf
        from opn_desk.reports.values import Letter, ReportError
        from opn_desk.services import desk_settings, report_data
        from opn_desk.services.errors import NotAllowed

        progress(0.1, _tr("Reading the application…"))
        summary = desk.read(report_data.application_summary, application_id)
        letterhead = desk.read(desk_settings.letterhead, summary.programme_code)
        progress(0.4, _tr("Writing {name}…").format(name=out.name))
        try:
            if kind == "summary":
                return pdf.write_application_summary(summary, out, letterhead=letterhead)
            letter = Letter(dated=date.today(), letterhead=letterhead)
            writer = pdf.write_acknowledgement_letter if kind == "acknowledgement" else pdf.write_decision_letter
            return writer(summary, letter, out)
        except ReportError as exc:
            raise NotAllowed(str(exc)) from None

    runner.run_long(_tr("Writing the PDF…"), work, success=success, failure=failure, parent=parent)


def write_review_pack(runner: OperationRunner, call_id: uuid.UUID, out: Path, *, success: Success,
                      failure: Failure = None, parent: QWidget | None = None) -> None:
    """The MAC's review pack of a call: cover, contents, one section per application with its scores."""
    def work(desk: Desk, progress, abort):
        from opn_desk.reports.applications import write_review_pack as write
        from opn_desk.reports.values import ReportError
        from opn_desk.services import desk_settings, report_data
        from opn_desk.services.errors import NotAllowed

        progress(0.1, _tr("Reading the call's applications…"))
        pack = desk.read(report_data.review_pack, call_id)
        letterhead = desk.read(desk_settings.letterhead, pack.programme_code)
        progress(0.4, _tr("Writing {name}…").format(name=out.name))
        try:
            return write(pack, out, letterhead=letterhead)
        except ReportError as exc:
            raise NotAllowed(str(exc)) from None

    runner.run_long(_tr("Writing the review pack…"), work, success=success, failure=failure, parent=parent)


# -- importing a table of applications or organisations ----------------------------------------------

def read_import_table(runner: OperationRunner, path: Path, *, success: Success, failure: Failure = None,
                      parent: QWidget | None = None) -> None:
    """Read (safely) a CSV or XLSX file off the database worker; a refused file fails with its reason."""
    def work(progress, abort):
        from opn_desk.io.spreadsheet import RefusedFile, read_table
        from opn_desk.services.errors import NotAllowed

        progress(0.1, _tr("Reading {name}…").format(name=path.name))
        try:
            return read_table(path)
        except RefusedFile as exc:
            raise NotAllowed(_tr("{name} cannot be imported. {reason}").format(name=path.name, reason=exc)) from None

    runner.run_long(_tr("Reading the file…"), work, on_database=False, success=success, failure=failure,
                    parent=parent)


def remembered_mapping(runner: OperationRunner, kind: str, call_id: uuid.UUID | None, *, success: Success) -> None:
    from opn_desk.services import intake_import

    runner.read(intake_import.remembered_mapping, kind, call_id, success=success, failure=lambda exc: success({}))


def check_import(runner: OperationRunner, table, options, *, success: Success, failure: Failure = None,
                 parent: QWidget | None = None) -> None:
    """Validate every row against the database; nothing is written."""
    def work(desk: Desk, progress, abort):
        from opn_desk.services import intake_import

        progress(0.05, _tr("Checking {count} rows…").format(count=len(table.rows)))
        return desk.read(intake_import.check_import, table, options)

    runner.run_long(_tr("Checking the file…"), work, success=success, failure=failure, parent=parent)


def import_table(runner: OperationRunner, table, options, description: str, *, success: Success,
                 failure: Failure = None, parent: QWidget | None = None) -> None:
    """Write the import as one operation (one undo step) with a progress dialog.

    Cancelling before the write starts writes nothing; once it runs the transaction finishes, and
    its outcome is reported as usual, so the window never disagrees with the database.
    """
    from opn_desk.services import intake_import

    result: dict[str, Any] = {}

    def work(desk: Desk, progress, abort):
        if abort():
            return None
        progress(0.05, _tr("Importing {count} rows…").format(count=len(table.rows)))
        outcome = desk.write(description, intake_import.import_table, table, options)
        result["done"] = (outcome, (desk.undo_text(), desk.redo_text()))
        return result["done"]

    def finished(_value=None) -> None:
        if "done" not in result:
            runner.message.emit(_tr("Cancelled: {what}").format(what=description))
            return
        outcome, (undo, redo) = result["done"]
        runner.undo_text, runner.redo_text = undo, redo
        runner.undo_changed.emit()
        runner.message.emit(_tr("Saved: {what}").format(what=description))
        if success is not None:
            success(outcome)
        if outcome.changed:
            runner.changed.emit(outcome)

    runner.run_long(_tr("Importing…"), work, success=finished, failure=failure, cancelled=finished, parent=parent)


# -- calls and their evaluation criteria -----------------------------------------------------------

def create_call(runner: OperationRunner, data, *, success: Success = None, failure: Failure = None,
                parent: QWidget | None = None) -> None:
    """A new call; core-partner and co-lead calls get the default evaluation criteria."""
    from opn_desk.services import applications

    runner.write(_tr("Add the call {title}").format(title=data.title.strip()), applications.create_call, data,
                 success=success, failure=failure, parent=parent)


def update_call(runner: OperationRunner, call_id: uuid.UUID, data, *, success: Success = None,
                failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import applications

    runner.write(_tr("Edit the call {title}").format(title=data.title.strip()), applications.update_call, call_id,
                 data, success=success, failure=failure, parent=parent)


def load_criteria(runner: OperationRunner, call_id: uuid.UUID, *, success: Success, failure: Failure = None) -> None:
    from opn_desk.services import reviews

    runner.read(reviews.list_criteria, call_id, success=success, failure=failure)


def add_criterion(runner: OperationRunner, call_id: uuid.UUID, name: str, weight: float, description: str, *,
                  success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import reviews

    runner.write(_tr("Add the criterion {name}").format(name=name.strip()), reviews.add_criterion, call_id, name,
                 weight, description, success=success, failure=failure, parent=parent)


def update_criterion(runner: OperationRunner, criterion_id: uuid.UUID, name: str, weight: float, description: str,
                     *, success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import reviews

    def edit(session) -> None:  # update_criterion's own "description" would clash with write()'s
        reviews.update_criterion(session, criterion_id, name=name, weight=weight, description=description)

    runner.write(_tr("Edit the criterion {name}").format(name=name.strip()), edit, success=success, failure=failure,
                 parent=parent)


def remove_criterion(runner: OperationRunner, criterion_id: uuid.UUID, name: str, *, success: Success = None,
                     failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import reviews

    runner.write(_tr("Remove the criterion {name}").format(name=name), reviews.remove_criterion, criterion_id,
                 success=success, failure=failure, parent=parent)
