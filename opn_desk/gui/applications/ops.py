"""The Applications area's reads that compose several service calls, and its long work (mail merge,
letters and packs, imports).

Every single change (recording, moving and deciding applications, scores, conflicts, files, calls and
their criteria) is a `WriteOp` made where the officer acts (detail_actions.py, intake.py, calls.py, ...)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opn_desk.domain.work import stop_if_asked
from opn_desk.gui.core.operations import Failure, OperationRunner, Success
from opn_desk.services.desk import Desk

if TYPE_CHECKING:
    pass

def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


# Kinds of records (services/changes.py) an application's detail shows.
APPLICATION_KINDS = frozenset({"application", "attachment", "review", "conflict", "criterion", "call", "organisation",
                               "person", "membership"})


def applications_page(desk: Desk, query, offset: int, limit: int, *, count: bool = True):
    """(matching count or None, rows from ``offset``) of an applications query, in one read."""
    from opn_desk.services import applications

    return desk.read(applications.applications_page, query, offset, limit, count=count)


def application_with_conflicts(desk: Desk, application_id: uuid.UUID):
    """The application with its transitions, attachments and reviews, and its declared conflicts, for the
    detail panel's `ReadOp(runner, application_with_conflicts, on_desk=True)`."""
    from opn_desk.services import applications, reviews

    return desk.read(applications.get_application, application_id), desk.read(reviews.list_conflicts, application_id)



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

    from opn_desk.gui.widgets.document_language import in_document_language

    runner.run_long(_tr("Writing the PDF…"), in_document_language(work), success=success, failure=failure,
                    parent=parent)


def write_review_pack(runner: OperationRunner, call_id: uuid.UUID, out: Path, *, success: Success,
                      failure: Failure = None, parent: QWidget | None = None) -> None:
    """The MAC's review pack of a call: cover, contents, one section per application with its scores."""
    def work(desk: Desk, progress, abort):
        from opn_desk.services import documents

        return documents.review_pack(desk, call_id, out, progress=progress, abort=abort).pages

    from opn_desk.gui.widgets.document_language import in_document_language

    runner.run_long(_tr("Writing the review pack…"), in_document_language(work), success=success, failure=failure,
                    parent=parent)


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


def check_import(runner: OperationRunner, table, options, *, success: Success, failure: Failure = None,
                 parent: QWidget | None = None, updates: bool = False) -> None:
    """Validate every row against the database; nothing is written. ``updates``: a registry exported with
    its ``id`` column, checked field by field (services/organisation_update.py, as the command line)."""
    def work(desk: Desk, progress, abort):
        from opn_desk.services import intake_import, organisation_update

        progress(0.05, _tr("Checking {count} rows…").format(count=len(table.rows)))
        check = organisation_update.check_updates if updates else intake_import.check_import
        checked = desk.read(check, table, options)
        stop_if_asked(abort)  # checking writes nothing: Cancel drops the answer
        return checked

    runner.run_long(_tr("Checking the file…"), work, success=success, failure=failure, parent=parent)


def import_table(runner: OperationRunner, table, options, description: str, *, success: Success,
                 failure: Failure = None, parent: QWidget | None = None, updates: bool = False) -> None:
    """Write the import as one operation (one undo step) with a progress dialog (``updates``: the rows with
    an id update those organisations, services/organisation_update.apply_updates, as the command line).

    Cancelling before the write starts writes nothing; once it runs the transaction finishes, and
    its outcome is reported as usual, so the window never disagrees with the database.
    """
    from opn_desk.services import intake_import, organisation_update

    write = organisation_update.apply_updates if updates else intake_import.import_table
    result: dict[str, Any] = {}

    def work(desk: Desk, progress, abort):
        stop_if_asked(abort)  # once the write starts it runs to the end (one transaction)
        progress(0.05, _tr("Importing {count} rows…").format(count=len(table.rows)))
        outcome = desk.write(description, write, table, options)
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

