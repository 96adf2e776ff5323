"""The Leadership area's reads, its kinds of records watched, and its PDFs.

Reads gather what a tab shows in one `Desk.read` (one snapshot, so the steps, the candidates and the
balance never disagree); every change is a `WriteOp` made by the view where the officer acts (one
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


# Every change is a `WriteOp` made in the view where the officer acts (renewal_steps.py, criteria.py,
# candidates.py, ...): one audited, undoable operation each.


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
                  failure: Failure = None, parent: QWidget | None = None, edition: str = "full") -> None:
    """The leadership renewal dossier of the programme's latest process (``edition`` "full" or
    "summary"); ``success`` gets the page count."""
    def work(desk, progress, abort):
        from opn_desk.services import documents

        return documents.dossier(desk, code, out, final=final, edition=edition, progress=progress,
                                 abort=abort).pages

    from opn_desk.gui.widgets.document_language import in_document_language

    runner.run_long(_tr("Building the dossier…"), in_document_language(work), success=success, failure=failure,
                    parent=parent)


def write_roster(runner: OperationRunner, code: str, as_of: date, out: Path, *, success: Success,
                 failure: Failure = None, parent: QWidget | None = None) -> None:
    """The roster of the programme on ``as_of``; ``success`` gets the page count."""
    def work(desk, progress, abort):
        from opn_desk.services import documents

        return documents.roster(desk, code, out, as_of=as_of, progress=progress, abort=abort).pages

    from opn_desk.gui.widgets.document_language import in_document_language

    runner.run_long(_tr("Building the roster…"), in_document_language(work), success=success, failure=failure,
                    parent=parent)
