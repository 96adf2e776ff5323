"""Opening a desk database for the window: the writer's lock, the store, the worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from opn_desk.gui.window.opened import OpenCancelled, OpenedDesk, the_officer  # noqa: F401  (re-exported)
from opn_desk.services.store_access import DatabaseInUse, StoreError


def open_desk(path: Path, *, read_only: bool = False, create: bool = True,
              when_in_use: Callable[[DatabaseInUse], bool] = lambda exc: False) -> OpenedDesk:
    """Open ``path`` for the window in one go, through the same steps the window's start takes on its
    threads (background_open: claim the writer's lock, open the store, finish), so scripts and tests
    open a database exactly as the window does.

    When another OPN Desk holds the database, ``when_in_use(exc)`` decides: True opens it
    read-only, False raises OpenCancelled. Raises StoreError (one sentence) when it cannot be opened.
    """
    from opn_desk.gui.window import background_open as steps

    refused: list[str] = []

    def decide(exc) -> bool | None:
        if when_in_use(exc):
            return True
        refused.append(str(exc))
        return None

    from opn_desk.gui.window.server_dialog import is_server, server_claim

    try:  # a team server: no writer's lock file, no damage check (server_dialog.server_claim)
        claimed = server_claim(path, read_only) if is_server(path) else steps.claim(
            path, read_only=read_only, when_in_use=decide)
    except steps.CannotOpen as exc:
        raise StoreError(str(exc)) from None
    if claimed is None:
        raise OpenCancelled(refused[-1] if refused else "")
    try:
        opened = steps.open_claimed(claimed, create=create)
    except BaseException:
        claimed.release()
        raise
    return steps.finish(claimed, opened)
