"""Errors a user may see: each carries one plain sentence."""

from opn_desk.domain import work
from opn_desk.i18n import translate


class DeskError(Exception):
    """Base for errors whose message is meant for the desk officer."""


class InvalidInput(DeskError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


class NotFound(DeskError):
    pass


class StaleEdit(DeskError):
    """The record changed since it was loaded (another window, an undo, another desk)."""


class NotAllowed(DeskError):
    pass


class Cancelled(DeskError, work.Cancelled):
    """Long work stopped by the officer (domain/work.py), with the sentence saying nothing was written.
    The window reports it as cancelled, not failed; the command line prints the sentence."""


def gone(what: str) -> "NotFound":
    """The refusal for a record that is no longer there, in the officer's language; ``what`` names its
    kind ("call", "renewal process" …; another kind is "That record …")."""
    sentences = {
        "application": translate("Errors", "That application no longer exists (it may have been deleted or undone)."),
        "call": translate("Errors", "That call no longer exists (it may have been deleted or undone)."),
        "organisation": translate("Errors", "That organisation no longer exists (it may have been deleted or undone)."),
        "programme": translate("Errors", "That programme no longer exists (it may have been deleted or undone)."),
        "renewal process": translate("Errors", "That renewal process no longer exists (it may have been deleted or "
                                               "undone)."),
        "checklist item": translate("Errors", "That checklist item no longer exists (it may have been deleted or "
                                              "undone)."),
        "succession entry": translate("Errors", "That succession entry no longer exists (it may have been deleted or "
                                                "undone)."),
        "criterion": translate("Errors", "That criterion no longer exists (it may have been deleted or undone)."),
        "membership": translate("Errors", "That membership no longer exists (it may have been deleted or undone)."),
        "reviewer": translate("Errors", "That reviewer no longer exists (it may have been deleted or undone)."),
        "declared conflict": translate("Errors", "That declared conflict no longer exists (it may have been deleted "
                                                 "or undone)."),
    }
    return NotFound(sentences.get(what)
                    or translate("Errors", "That record no longer exists (it may have been deleted or undone)."))


def existing(session, model, record_id, what: str):
    """The record ``record_id`` of ``model``, or the refusal `gone` for it."""
    found = session.get(model, record_id) if record_id is not None else None
    if found is None:
        raise gone(what)
    return found
