"""The Applications area's actions: recording, moving and deciding applications, scores, conflicts, files, calls and their criteria, imports, letters and packs."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opn_desk.domain.work import stop_if_asked
from opn_desk.gui.core.operations import Failure, OperationRunner, Success
from opn_desk.services.desk import Desk

if TYPE_CHECKING:
    from opn_desk.services.intake import NewPerson

def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


# Kinds of records (services/changes.py) an application's detail shows.
APPLICATION_KINDS = frozenset({"application", "attachment", "review", "conflict", "criterion", "call", "organisation",
                               "person", "membership"})


def applications_page(desk: Desk, query, offset: int, limit: int, *, count: bool = True):
    """(matching count or None, rows from ``offset``) of an applications query, in one read."""
    from opn_desk.services import applications

    return desk.read(applications.applications_page, query, offset, limit, count=count)


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


def find_duplicates(runner: OperationRunner, candidate, *, success: Success) -> None:
    """Possible registry duplicates of a new organisation."""
    from opn_desk.services import duplicates

    runner.read(duplicates.find_duplicates, candidate, success=success, failure=lambda exc: success([]))


def record_application(runner: OperationRunner, name: str, application, *, new_organisation=None,
                       new_representative: NewPerson | None = None, new_alternate: NewPerson | None = None,
                       files: tuple[Path, ...] = (), success: Success = None, failure: Failure = None,
                       parent: QWidget | None = None) -> None:
    from opn_desk.services.intake import record_intake

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
    from opn_desk.services.intake import attach_file

    runner.write(label, attach_file, application_id, Path(path), success=success, failure=failure, parent=parent)


def remove_attachment(runner: OperationRunner, attachment_id: uuid.UUID, label: str, *, success: Success = None,
                      failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import applications

    runner.write(label, applications.remove_attachment, attachment_id, success=success, failure=failure,
                 parent=parent)


def save_scores(runner: OperationRunner, application_id: uuid.UUID, reviewer_id: uuid.UUID, scores, label: str, *,
                success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services.reviews import record_scores

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
        stop_if_asked(abort)
        progress(0.6, _tr("Writing {name}…").format(name=out.name))
        # Written under a temporary name, renamed when whole; Cancel (checked every 1,000 rows) leaves no file.
        return write_table(out, applications.MAIL_MERGE_COLUMNS, rows, tick=lambda _n: stop_if_asked(abort))

    runner.run_long(_tr("Exporting applicants for a mail merge…"), work, success=success, parent=parent)


LETTERS = ("acknowledgement", "decision", "summary")


def write_application_pdf(runner: OperationRunner, kind: str, application_id: uuid.UUID, out: Path, *,
                          success: Success, failure: Failure = None, parent: QWidget | None = None) -> None:
    """An acknowledgement letter, a decision letter or the one-page summary of an application, as PDF."""
    if kind not in LETTERS:
        raise ValueError(kind)

    def work(desk: Desk, progress, abort):
        from opn_desk.services import documents

        return documents.application_document(desk, kind, application_id, out, progress=progress, abort=abort).pages

    runner.run_long(_tr("Writing the PDF…"), work, success=success, failure=failure, parent=parent)


def write_review_pack(runner: OperationRunner, call_id: uuid.UUID, out: Path, *, success: Success,
                      failure: Failure = None, parent: QWidget | None = None) -> None:
    """The MAC's review pack of a call: cover, contents, one section per application with its scores."""
    def work(desk: Desk, progress, abort):
        from opn_desk.services import documents

        return documents.review_pack(desk, call_id, out, progress=progress, abort=abort).pages

    runner.run_long(_tr("Writing the review pack…"), work, success=success, failure=failure, parent=parent)


def read_import_table(runner: OperationRunner, path: Path, *, success: Success, failure: Failure = None,
                      parent: QWidget | None = None) -> None:
    """Read (safely) a CSV or XLSX file off the database worker; a refused file fails with its reason."""
    def work(progress, abort):
        from opn_desk.io.spreadsheet import RefusedFile, read_table
        from opn_desk.services.errors import NotAllowed

        progress(0.1, _tr("Reading {name}…").format(name=path.name))
        try:
            table = read_table(path)
        except RefusedFile as exc:
            raise NotAllowed(_tr("{name} cannot be imported. {reason}").format(name=path.name, reason=exc)) from None
        stop_if_asked(abort)  # reading writes nothing: Cancel drops what was read
        return table

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
        checked = desk.read(intake_import.check_import, table, options)
        stop_if_asked(abort)  # checking writes nothing: Cancel drops the answer
        return checked

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
        stop_if_asked(abort)  # once the write starts it runs to the end (one transaction)
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
        if outcome.changes:
            runner.changed.emit(outcome)

    runner.run_long(_tr("Importing…"), work, success=finished, failure=failure, cancelled=finished, parent=parent)
    # Cancel stops the import only before its transaction starts; later the import is written and said so.


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
    from opn_desk.services import applications

    runner.write(_tr("Edit the criterion {name}").format(name=name.strip()), applications.edit_criterion, criterion_id,
                 name, weight, description, success=success, failure=failure, parent=parent)


def remove_criterion(runner: OperationRunner, criterion_id: uuid.UUID, name: str, *, success: Success = None,
                     failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import reviews

    runner.write(_tr("Remove the criterion {name}").format(name=name), reviews.remove_criterion, criterion_id,
                 success=success, failure=failure, parent=parent)
