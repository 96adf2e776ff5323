"""Opening a desk database for the window: the writer's lock, the store, the worker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from opn_desk.gui.core.operations import OperationRunner
from opn_desk.gui.window.damage_check import CheckedDesk, DamageCheck
from opn_desk.services.store_access import (
    DatabaseInUse,
    DatabaseLock,
    LockHolder,
    OpenedStore,
    StoreError,
)


class OpenCancelled(Exception):
    """The user chose not to open the database (it is in use and they quit)."""


@dataclass
class OpenedDesk:
    path: Path
    store: OpenedStore
    desk: CheckedDesk
    runner: OperationRunner
    lock: DatabaseLock | None
    held_by: LockHolder | None = None  # set when opened read-only because another desk holds it
    warning: str | None = None  # where the file is may put it at risk (synced folder, network share)

    @property
    def readonly(self) -> bool:
        return self.desk.readonly

    @property
    def check(self) -> DamageCheck:
        return self.desk.check

    def keep_lock(self):
        """Take the lock out of this desk, so that closing it does not give it up (the same file is
        opened again: read-only after damage was found, or after a backup was restored)."""
        lock, self.lock = self.lock, None
        return lock

    def close(self) -> None:
        """Let queued operations finish, then close the database and give up the lock."""
        try:
            self.runner.shutdown()
        finally:
            self.store.close()
            if self.lock is not None:
                self.lock.release()


def the_officer() -> str:
    """Who the history names for the window's changes: the officer's name from the preferences."""
    from opn_desk.preferences import Preferences
    from opn_desk.services.desk import default_actor

    return default_actor(Preferences.load().officer_name)


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

    try:
        claimed = steps.claim(path, read_only=read_only, when_in_use=decide)
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
