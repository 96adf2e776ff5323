"""Opening a desk database without holding up the window.

Two steps. `claim` runs on the UI thread and is quick: it checks the path and takes the writer's
lock, asking the user what to do when another desk has it (open read-only, or not at all; take over
a lock nobody can be seen holding). Then `open_claimed` runs on a worker thread: it opens the store
(on an older schema the backup, migration and checks with automatic restore), checks where the file lives, and
imports what the window needs next, so none of that (nor SQLAlchemy's import) delays the window.
`finish` turns the result into an `OpenedDesk` back on the UI thread.

The desk is a `damage_check.CheckedDesk`: the window checks the file for damage once the registry
shows (its writes wait for that check), so the check never delays the first rows.

`opening.open_desk` is the one-call equivalent, kept for tests and scripts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


class CannotOpen(Exception):
    """The database cannot be opened; the message is one sentence for the user."""


@dataclass
class Claim:
    """A database the desk may open: the path made absolute, the lock (if taken), read-only or not."""

    path: Path
    read_only: bool
    lock: object | None = None  # DatabaseLock
    held_by: object | None = None  # LockHolder: another desk has it, so it is opened read-only
    damage: list[str] | None = None  # already found in the file (it is opened again, read-only)

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def usable_path(path: Path) -> Path:
    """``path`` made absolute, or CannotOpen when it cannot be a database file."""
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise CannotOpen(f"{path} is a folder, not a database file.")
    if not path.parent.is_dir():
        raise CannotOpen(f"The folder {path.parent} does not exist.")
    return path


OPEN_READ_ONLY = "read-only"  # what `claim`'s ``when_in_use`` may answer
TAKE_OVER = "take over"


def claim(path: Path, *, read_only: bool = False, when_in_use: Callable[[Exception], object]) -> Claim | None:
    """Take the writer's lock on ``path`` (UI thread). None when the user chose not to open it.

    ``when_in_use(exc)`` decides when another desk has, or may have, the lock (`DatabaseInUse`):
    OPEN_READ_ONLY (or True) opens it read-only; TAKE_OVER takes a lock ``exc.can_take_over`` says
    nobody can be seen holding (asked again if someone took it meanwhile); None or False, not at all.
    """
    from opn_desk.services.store_access import DatabaseInUse, DatabaseLock

    path = usable_path(path)
    if read_only:
        return Claim(path, True)
    lock = DatabaseLock(path)
    try:
        try:
            lock.acquire()
        except DatabaseInUse as refused:
            exc = refused
            while True:
                answer = when_in_use(exc)
                if answer == TAKE_OVER and getattr(exc, "can_take_over", False):
                    try:
                        lock.take_over(exc.holder)
                    except DatabaseInUse as again:  # someone has it now, or the lock names someone else
                        exc = again
                        continue
                    break
                if answer:
                    return Claim(path, True, None, exc.holder)
                return None
    except OSError as exc:
        raise CannotOpen(f"{path} cannot be opened for writing: {exc.strerror or exc}.") from exc
    return Claim(path, False, lock)


@dataclass
class Opened:
    """What the worker hands back: the store, its Desk, a warning about where the file lives."""

    store: object  # OpenedStore
    desk: object  # Desk
    warning: str | None


def open_claimed(claimed: Claim, *, create: bool = True) -> Opened:
    """Open the claimed database (worker thread). Raises StoreError (one sentence) when it cannot."""
    from opn_desk.gui.window.damage_check import CheckedDesk, DamageCheck
    from opn_desk.gui.window.opened import the_officer
    from opn_desk.services.store_access import location_warning, open_store

    store = open_store(claimed.path, readonly=claimed.read_only, create=create)
    try:
        desk = CheckedDesk(store, DamageCheck(claimed.path, claimed.damage), the_officer())
        warning = None if store.on_server else location_warning(claimed.path)  # a server is no folder
        # The window builds the registry next: import it here, off the UI thread. Importing defines
        # classes only; no widget is made on this thread.
        import opn_desk.gui.core.operations  # noqa: F401
        import opn_desk.gui.registry.page  # noqa: F401
    except BaseException:
        store.close()
        raise
    return Opened(store, desk, warning)


def finish(claimed: Claim, opened: Opened):
    """The `OpenedDesk` the window uses (UI thread: the runner's threads report to it)."""
    from opn_desk.gui.core.operations import OperationRunner
    from opn_desk.gui.window.opened import OpenedDesk

    return OpenedDesk(claimed.path, opened.store, opened.desk, OperationRunner(opened.desk), claimed.lock,
                      claimed.held_by, opened.warning)


def failure_sentence(exc: BaseException) -> str:
    """One sentence for a failed opening: the store's own words, else a plain description."""
    from opn_desk.services.store_access import StoreError

    if isinstance(exc, StoreError | CannotOpen):
        return str(exc)
    from opn_desk.gui.core.messages import describe_failure

    return describe_failure(exc)
