"""Attached files, shared by Applications and Leadership: reading one in, exporting one to open it."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opn_desk.gui.core.operations import Failure, OperationRunner, Success
from opn_desk.services.desk import Desk

_ATTACHMENT_FOLDER: list[Path] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


def read_attachment_file(path: Path) -> bytes:
    """The file's bytes, refused before reading when it is over the attachment size limit
    (services/intake.py)."""
    from opn_desk.services.intake import read_attachment_file as read

    return read(path)


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
