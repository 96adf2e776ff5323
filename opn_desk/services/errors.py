"""Errors a user may see: each carries one plain sentence."""

from opn_desk.domain import work


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
