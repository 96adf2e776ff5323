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
    open_store,
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
    """Open ``path`` for the window.

    When another OPN Desk holds the database, ``when_in_use(exc)`` decides: True opens it
    read-only, False raises OpenCancelled. Raises StoreError (one sentence) when it cannot be opened.
    """
    from opn_desk.services.store_access import location_warning

    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    if not path.parent.is_dir():
        raise StoreError(f"The folder {path.parent} does not exist.")
    lock: DatabaseLock | None = None
    held_by = None
    if not read_only:
        lock = DatabaseLock(path)
        try:
            lock.acquire()
        except DatabaseInUse as exc:
            if not when_in_use(exc):
                raise OpenCancelled(str(exc)) from None
            lock, held_by, read_only = None, exc.holder, True
        except OSError as exc:
            raise StoreError(f"{path} cannot be opened for writing: {exc.strerror or exc}.") from exc
    try:
        store = open_store(path, readonly=read_only, create=create)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    desk = CheckedDesk(store, DamageCheck(path), the_officer())
    runner = OperationRunner(desk)
    return OpenedDesk(path, store, desk, runner, lock, held_by, location_warning(path))
