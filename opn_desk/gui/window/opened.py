"""What an opened desk is for the window: the store, its Desk and runner, the writer's lock.

Shared by background_open.py (the window's start, step by step on its threads) and opening.py (the
same steps in one call, for tests and scripts), so neither imports the other's module at both ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from opn_desk.gui.core.operations import OperationRunner
from opn_desk.gui.window.damage_check import CheckedDesk, DamageCheck
from opn_desk.services.store_access import DatabaseLock, LockHolder, OpenedStore


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
