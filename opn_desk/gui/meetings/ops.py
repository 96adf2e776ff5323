"""The Meetings area's long work: the meeting pack written for the preview, a paper written out to open
it. Every single change (participation, an agenda item, a paper, written comments, the travel allocation,
the minutes, an action item) is a `WriteOp` made where the officer acts (the tabs)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opn_desk.gui.core.operations import Failure, OperationRunner, Success

# Kinds of records (services/changes.py) the area shows.
MEETING_KINDS = frozenset({"meeting", "travel", "task", "organisation", "membership"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingsOperations", text)


def write_pack(runner: OperationRunner, meeting_id: uuid.UUID, out: Path, *, final: bool = False,
               success: Success, failure: Failure = None, parent: QWidget | None = None) -> None:
    """The meeting pack to ``out``; success gets the number of pages."""
    def work(desk, progress, abort):
        from opn_desk.services import meeting_documents

        return meeting_documents.meeting_pack(desk, meeting_id, out, final=final, progress=progress,
                                              abort=abort).pages

    runner.run_long(_tr("Writing the meeting pack…"), work, success=success, failure=failure, parent=parent)


def export_paper(runner: OperationRunner, paper_id: uuid.UUID, *, success: Success, failure: Failure = None,
                 parent: QWidget | None = None) -> None:
    """Write a paper to the session's private folder (on the worker) and hand its path to ``success``."""
    from opn_desk.gui.widgets.attachments import attachment_folder
    from opn_desk.services import meetings_view

    def fetch(desk) -> Path:
        name, content = desk.read(meetings_view.read_paper, paper_id)
        folder = attachment_folder() / paper_id.hex[:12]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        target.write_bytes(content)
        return target

    runner.run_op(fetch, success=success, failure=failure, parent=parent)
