"""The Leadership area's reads and its few changes that need more than one service call.

Reads gather what a tab shows in one `Desk.read` (one snapshot, so the steps, the candidates and the
balance never disagree); simple changes are sent by the views themselves with `runner.write` (one
audited, undoable operation each). PDFs are built with `runner.run_long`, off the UI thread, by the
same service and report functions as `opn-desk report dossier|roster`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opn_desk.domain.applications import AttachmentValue
from opn_desk.gui.core.operations import OperationRunner
from opn_desk.services.leadership_view import (  # noqa: F401 - the area's views read these
    Composition,
    ProgrammeLeadership,
    RenewalSnapshot,
    composition,
    programme_leadership,
)

Success = Callable[[Any], None] | None
Failure = Callable[[BaseException], None] | None

# Kinds of records (services/changes.py) whose change can alter what the renewal tabs show (MAC opinions live on applications, the
# scores on reviews, the incumbents on memberships).
PROCESS_KINDS = frozenset({
    "renewal", "renewal_score", "attachment", "application", "criterion", "review", "conflict", "call",
    "membership", "organisation", "person",
})
TERM_KINDS = frozenset({"membership", "organisation", "person"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Leadership", text)


def load_programmes(runner: OperationRunner, *, success: Success) -> None:
    from opn_desk.services import terms

    runner.read(terms.programme_codes, success=success)


# -- changes needing a file or keyword arguments ---------------------------------------------------

def add_step_file(runner: OperationRunner, process_id: uuid.UUID, number: int, path: Path, *,
                  success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    """Copy an evidence file into the database with the step (read on the worker, size checked first)."""
    from opn_desk.services import leadership_view

    runner.write(_tr("Attach {file} to step {number}").format(file=Path(path).name, number=number),
                 leadership_view.add_step_file, process_id, number, Path(path), success=success, failure=failure,
                 parent=parent)


def remove_step_file(runner: OperationRunner, attachment: AttachmentValue, number: int, *, success: Success = None,
                     failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import renewal

    runner.write(_tr("Remove {file} from step {number}").format(file=attachment.filename, number=number),
                 renewal.remove_step_attachment, attachment.id, success=success, failure=failure, parent=parent)


def open_step_file(runner: OperationRunner, attachment_id: uuid.UUID, *, success: Success,
                   failure: Failure = None, parent: QWidget | None = None) -> None:
    """Write the evidence file to a private temporary folder and hand its path to ``success``."""
    from opn_desk.gui.widgets.attachments import export_attachment

    export_attachment(runner, attachment_id, success=success, failure=failure, parent=parent)


def save_criterion(runner: OperationRunner, process_id: uuid.UUID, criterion_id: uuid.UUID | None, name: str,
                   weight: float, description: str, *, success: Success = None, failure: Failure = None,
                   parent: QWidget | None = None) -> None:
    """Add a lead criterion (``criterion_id`` None) or edit one."""
    from opn_desk.services import leadership_view

    label = _tr("Add the lead criterion {name}") if criterion_id is None else _tr("Edit the lead criterion {name}")
    runner.write(label.format(name=name.strip()), leadership_view.save_criterion, process_id, criterion_id, name,
                 weight, description, success=success, failure=failure, parent=parent)


def record_incumbent_scores(runner: OperationRunner, process_id: uuid.UUID, membership_id: uuid.UUID,
                            reviewer_id: uuid.UUID, scores: tuple[tuple[uuid.UUID, float | None, str, bool], ...],
                            label: str, *, success: Success = None, failure: Failure = None,
                            parent: QWidget | None = None) -> None:
    """One reviewer's scores of an incumbent as one change: (criterion, score or None, comment, had one)."""
    from opn_desk.services import leadership_view

    runner.write(label, leadership_view.record_incumbent_scores, process_id, membership_id, reviewer_id,
                 tuple(scores), success=success, failure=failure, parent=parent)


# -- PDFs ------------------------------------------------------------------------------------------

_PREVIEW_FOLDER: list[Path] = []


def preview_folder() -> Path:
    """A private temporary folder for the PDFs built for the preview (removed at exit)."""
    if not _PREVIEW_FOLDER:
        import atexit
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="opn-desk-previews-"))
        atexit.register(shutil.rmtree, folder, True)
        _PREVIEW_FOLDER.append(folder)
    return _PREVIEW_FOLDER[0]


def preview_path(stem: str) -> Path:
    """A new file in the preview folder: each build gets its own, so an open preview is never overwritten."""
    safe = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in stem).strip() or "document"
    return preview_folder() / f"{safe} {uuid.uuid4().hex[:6]}.pdf"


def write_dossier(runner: OperationRunner, code: str, out: Path, *, final: bool, success: Success,
                  failure: Failure = None, parent: QWidget | None = None) -> None:
    """The leadership renewal dossier of the programme's latest process; ``success`` gets the page count."""
    def work(desk, progress, abort):
        from opn_desk.services import documents

        return documents.dossier(desk, code, out, final=final, progress=progress, abort=abort).pages

    runner.run_long(_tr("Building the dossier…"), work, success=success, failure=failure, parent=parent)


def write_roster(runner: OperationRunner, code: str, as_of: date, out: Path, *, success: Success,
                 failure: Failure = None, parent: QWidget | None = None) -> None:
    """The roster of the programme on ``as_of``; ``success`` gets the page count."""
    def work(desk, progress, abort):
        from opn_desk.services import documents

        return documents.roster(desk, code, out, as_of=as_of, progress=progress, abort=abort).pages

    runner.run_long(_tr("Building the roster…"), work, success=success, failure=failure, parent=parent)
