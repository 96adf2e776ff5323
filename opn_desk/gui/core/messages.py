"""Talking to the user in message boxes: plain sentences, never a traceback.

Every box goes through `_exec`, the one place tests replace so no box ever blocks them.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from opn_desk.services.errors import DeskError

log = logging.getLogger(__name__)


def _title() -> str:
    return QCoreApplication.translate("Messages", "OPN Desk")


def _exec(box: QMessageBox) -> QMessageBox.StandardButton | object:
    """Show ``box`` modally; return the clicked button (standard or custom)."""
    box.exec()
    return box.clickedButton()


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, detail: str = "") -> QMessageBox:
    box = QMessageBox(icon, _title(), text, QMessageBox.StandardButton.NoButton, parent)
    if detail:
        box.setInformativeText(detail)
    return box


def inform(parent: QWidget | None, text: str, detail: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Information, text, detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _exec(box)


def warn(parent: QWidget | None, text: str, detail: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Warning, text, detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _exec(box)


def choose(parent: QWidget | None, text: str, choices: list[str], *, detail: str = "",
           default: int = 0, escape: int | None = None, icon=QMessageBox.Icon.Question) -> int:
    """Ask a question answered by one of ``choices`` (button texts); return the index chosen."""
    box = _box(parent, icon, text, detail)
    buttons = []
    for i, label in enumerate(choices):
        role = QMessageBox.ButtonRole.AcceptRole if i == default else QMessageBox.ButtonRole.RejectRole \
            if i == escape else QMessageBox.ButtonRole.ActionRole
        buttons.append(box.addButton(label, role))
    box.setDefaultButton(buttons[default])
    if escape is not None:
        box.setEscapeButton(buttons[escape])
    clicked = _exec(box)
    for i, button in enumerate(buttons):
        if clicked is button:
            return i
    return escape if escape is not None else default


def confirm(parent: QWidget | None, text: str, yes: str, *, detail: str = "") -> bool:
    """A yes/cancel question; Escape and closing the box mean cancel."""
    no = QCoreApplication.translate("Messages", "Cancel")
    return choose(parent, text, [yes, no], detail=detail, default=0, escape=1,
                  icon=QMessageBox.Icon.Warning) == 0


def describe_failure(exc: BaseException) -> str:
    """One sentence for the user: a DeskError's own words, or a short note for the unexpected."""
    if isinstance(exc, DeskError):
        return str(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return QCoreApplication.translate("Messages", "The file could not be used: {reason}{where}.").format(
            reason=exc.strerror or exc, where=where)
    if type(exc).__module__.startswith(("sqlalchemy", "sqlite3")):  # a plain sentence, never the SQL
        from opn_desk.services.store_access import database_error_sentence

        return database_error_sentence(exc)
    return QCoreApplication.translate(
        "Messages", "Something went wrong that OPN Desk did not expect ({kind}). Nothing further was saved; "
        "please report this.").format(kind=type(exc).__name__)


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    if not isinstance(exc, DeskError):  # where it failed, not its text: that may hold SQL or a person's details
        log.error("operation failed: %s\n%s", type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))
    warn(parent, describe_failure(exc))
