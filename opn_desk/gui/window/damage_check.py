"""The check for damage a desk's file gets each time the window opens it, without holding it up.

The registry shows its rows at once; `DamageCheck` runs SQLite's quick check (every page of the file
read; under a second at 100,000 organisations) on the files thread meanwhile. Until it has passed,
writes wait for it: `CheckedDesk` holds each save, undo and redo on the database worker until the
answer is in, so nothing is written to a file not yet known to be sound. When it finds damage, the
desk becomes read-only (nothing more is written into a damaged file) and the window says so in a red
banner offering the newest good backup.

A check that cannot run at all (the file vanished, an input/output error) is logged and reported as
a warning: it is not damage found, and the desk stays as it was.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from opn_desk.services.desk import Desk
from opn_desk.services.errors import NotAllowed

log = logging.getLogger(__name__)


class DamageCheck:
    """One check of one file. ``damage``: what SQLite found (empty: none); ``error``: why it could not run."""

    def __init__(self, path: Path, damage: list[str] | None = None):
        self.path = Path(path)
        self.damage: list[str] = list(damage or [])
        self.error: str | None = None
        self._done = threading.Event()
        self._started = threading.Lock()
        self._running = False
        if damage is not None:  # known already (the window reopens a file found damaged)
            self._running = True
            self._done.set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def run(self) -> list[str]:
        """Check the file (any thread but the UI's); once only: a second call waits for the first."""
        with self._started:
            first, self._running = not self._running, True
        if not first:
            self._done.wait()
            return self.damage
        try:
            from opn_desk.services.store_access import find_damage

            self.damage = [str(p) for p in find_damage(self.path, quick=True)]
        except Exception as exc:  # noqa: BLE001 - a check that cannot run is reported, never raised
            log.warning("the damage check of %s could not run: %s", self.path, type(exc).__name__)
            self.error = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        finally:
            self._done.set()
        if self.damage:
            log.warning("damage found in %s: %d problem(s)", self.path, len(self.damage))
        return self.damage

    def wait(self) -> None:
        """Until the check has answered; runs it here if nobody has started it."""
        if not self._done.is_set():
            self.run()


class CheckedDesk(Desk):
    """A Desk whose writes wait for the damage check, and which is read-only once damage is found
    (or once another file has been restored in its place)."""

    def __init__(self, store, check: DamageCheck, actor: str | None = None):
        super().__init__(store, actor)
        self.check = check
        self.retired = False  # a backup was restored over the file: this desk writes nothing more

    @property
    def readonly(self) -> bool:
        return super().readonly or self.retired or bool(self.check.damage)

    def _writable(self) -> None:
        self.check.wait()
        if self.retired:
            raise NotAllowed("A backup was restored over this database; it is being opened again.")
        if self.check.damage:
            raise NotAllowed("This database is damaged, so it is open read-only: nothing can be saved "
                             "until a good backup is restored.")

    def write(self, description, fn, *args, **kwargs):
        self._writable()
        return super().write(description, fn, *args, **kwargs)

    def undo(self):
        self._writable()
        return super().undo()

    def redo(self):
        self._writable()
        return super().redo()
