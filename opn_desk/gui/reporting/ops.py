"""The Reporting area's long work: the reminders' drafts, the cycle summary, reading and importing a file
of activities. Every single change (a cycle, an answer, a focal point, an activity, a self-assessment) is a
`WriteOp` made where the officer acts (page.py, partners.py, activities.py, health.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opn_desk.domain.work import stop_if_asked
from opn_desk.gui.core.operations import Failure, OperationRunner, Success

# Kinds of records (services/changes.py) the area shows.
REPORTING_KINDS = frozenset({"reporting", "activity", "focal_point", "organisation", "membership", "person", "initiative"})
HEALTH_KINDS = frozenset({"reporting", "health", "initiative", "membership", "organisation"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportingOperations", text)


def write_reminders(runner: OperationRunner, programme: str, year: int, folder: Path, *, success: Success,
                    failure: Failure = None, parent: QWidget | None = None) -> None:
    """One .eml draft per non-reporter in ``folder``, each logged on the partner's record (one operation)."""
    def work(desk, progress, abort):
        from opn_desk.services import reporting_reminders

        progress(0.1, _tr("Preparing the reminders…"))
        result = reporting_reminders.write_reminders(desk, programme, year, folder, abort=abort)
        return result, (desk.undo_text(), desk.redo_text())

    def done(value) -> None:
        result, (undo, redo) = value
        runner.undo_text, runner.redo_text = undo, redo
        runner.undo_changed.emit()
        if success is not None:
            success(result)

    runner.run_long(_tr("Preparing reminders…"), work, success=done, failure=failure, parent=parent)


def write_summary(runner: OperationRunner, programme: str, year: int, out: Path, *, success: Success,
                  failure: Failure = None, parent: QWidget | None = None) -> None:
    """The cycle summary as PDF or spreadsheet (by ``out``'s suffix); success gets "N pages" or "N rows"."""
    def work(desk, progress, abort):
        from opn_desk.services import reporting_documents

        progress(0.1, _tr("Writing {name}…").format(name=out.name))
        return reporting_documents.write_cycle_summary(desk, programme, year, out, abort=abort)

    runner.run_long(_tr("Writing the cycle summary…"), work, success=success, failure=failure, parent=parent)


def read_table(runner: OperationRunner, path: Path, *, success: Success, failure: Failure = None,
               parent: QWidget | None = None) -> None:
    """Read (safely) a CSV or XLSX file off the database worker; a refused file fails with its reason."""
    def work(progress, abort):
        from opn_desk.io.spreadsheet import RefusedFile
        from opn_desk.io.spreadsheet import read_table as read
        from opn_desk.services.errors import NotAllowed

        progress(0.1, _tr("Reading {name}…").format(name=path.name))
        try:
            table = read(path)
        except RefusedFile as exc:
            raise NotAllowed(_tr("{name} cannot be imported. {reason}").format(name=path.name, reason=exc)) from None
        stop_if_asked(abort)
        return table

    runner.run_long(_tr("Reading the file…"), work, on_database=False, success=success, failure=failure,
                    parent=parent)


def check_activities(desk, table, mapping):
    """The import's preview (nothing written), for ``ReadOp(runner, check_activities, on_desk=True)``."""
    from opn_desk.services import reporting_import

    return desk.read(reporting_import.check_activities, table, mapping or None)
