"""The Work plan area's long work: the progress report written for the preview. Every single change (a
task's status, a progress entry) is a `WriteOp` made where the officer acts (page.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opn_desk.gui.core.operations import Failure, OperationRunner, Success

# Kinds of records (services/changes.py) the area shows: tasks, and the meetings they come from.
TASK_KINDS = frozenset({"task", "meeting", "programme"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkPlanOperations", text)


def write_progress_report(runner: OperationRunner, programme: str, out: Path, *, as_of: date | None = None,
                          final: bool = False, success: Success, failure: Failure = None,
                          parent: QWidget | None = None) -> None:
    """The progress report (Tasks | Progress | Next steps) to ``out``; success gets the number of pages."""
    def work(desk, progress, abort):
        from opn_desk.services import meeting_documents

        return meeting_documents.progress_report(desk, programme, out, as_of=as_of, final=final, progress=progress,
                                                 abort=abort).pages

    runner.run_long(_tr("Writing the progress report…"), work, success=success, failure=failure, parent=parent)


def write_annual_plan(runner: OperationRunner, programme: str, year: int, out: Path, *, final: bool = False,
                      success: Success, failure: Failure = None, parent: QWidget | None = None) -> None:
    """The annual work plan for the funding partners to ``out`` (.pdf, .docx or .xlsx: the format follows the
    extension); success gets the number of pages (0 for Word and Excel, which lay out their own)."""
    def work(desk, progress, abort):
        from opn_desk.services.work_plan_documents import annual_work_plan

        return annual_work_plan(desk, programme, year, out, final=final, progress=progress, abort=abort).pages

    runner.run_long(_tr("Writing the annual work plan…"), work, success=success, failure=failure, parent=parent)
