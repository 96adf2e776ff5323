"""Other officers' changes, as they are committed on the team server (docs/SERVER.md): PostgreSQL's
LISTEN/NOTIFY.

Every operation `Desk` writes on a server announces, in its own transaction, which tables it changed
(`announce`: ``pg_notify`` on the channel ``opn_desk_changes``; PostgreSQL delivers it only when the
operation commits, never for one rolled back). A window listens (`ChangeFeed`: its own connection,
``LISTEN``, non-blocking reads on the connection's socket) and refreshes what the changes touch, as
after its own operations. The payload is JSON: ``{"tables": [...], "writer": ...}``; ``"*"`` in the
tables is an exchange with a laptop (anything may have changed); ``writer`` names the process, so a window
skips what it wrote itself (it has refreshed already).
"""

from __future__ import annotations

import json
import os
import select
import time
import uuid
from dataclasses import dataclass

from sqlalchemy import text

CHANNEL = "opn_desk_changes"
EVERYTHING = "*"
# This process: a window ignores the announcements of its own operations.
WRITER = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
_MAX_PAYLOAD = 7_000  # PostgreSQL refuses a payload of 8,000 bytes or more


@dataclass(frozen=True)
class ServerChange:
    """One committed operation of another officer (or another program of this one's)."""

    tables: frozenset[str]
    writer: str

    @property
    def everything(self) -> bool:
        return EVERYTHING in self.tables


def announce(session, tables, *, everything: bool = False) -> None:
    """Tell the server's listeners, when this transaction commits, that ``tables`` changed (nothing on
    SQLite, where one writer holds the file)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    names = sorted({EVERYTHING} if everything else set(tables))
    if not names:
        return
    payload = json.dumps({"tables": names, "writer": WRITER}, separators=(",", ":"))
    if len(payload) > _MAX_PAYLOAD:
        payload = json.dumps({"tables": [EVERYTHING], "writer": WRITER})
    session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})


def _parse(payload: str) -> ServerChange | None:
    try:
        data = json.loads(payload)
        return ServerChange(frozenset(str(t) for t in data.get("tables") or ()), str(data.get("writer") or ""))
    except (ValueError, AttributeError, TypeError):
        return None


class ChangeFeed:
    """A connection to the server that LISTENs for other officers' committed changes.

    ``fileno()`` is its socket (a window watches it for reading); ``take()`` returns the changes that
    have arrived, without waiting; ``wait(seconds)`` waits for at least one. ``own=True`` keeps this
    process's own announcements too (they are skipped by default). A lost connection raises
    `FeedLost` (one sentence) from ``take``/``wait``; ``reconnect()`` tries again.
    """

    def __init__(self, address, *, own: bool = False):
        self.address = address
        self.own = own
        self._connection = None
        self.reconnect()

    def reconnect(self) -> None:
        import psycopg

        from opn_desk.db.engine import saved_password

        self.close()
        password = saved_password(self.address)
        try:
            self._connection = psycopg.connect(str(self.address), autocommit=True,
                                               **({"password": password} if password else {}))
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            self._connection = None
            raise FeedLost(_lost(exc)) from None

    def fileno(self) -> int:
        if self._connection is None:
            raise FeedLost(_closed())
        return self._connection.fileno()

    def take(self) -> list[ServerChange]:
        """The changes that have arrived (none: an empty list), without waiting."""
        import psycopg

        if self._connection is None:
            raise FeedLost(_closed())
        found = []
        try:
            for note in self._connection.notifies(timeout=0):
                change = _parse(note.payload) if note.channel == CHANNEL else None
                if change is not None and (self.own or change.writer != WRITER):
                    found.append(change)
        except psycopg.Error as exc:
            self.close()
            raise FeedLost(_lost(exc)) from None
        return found

    def wait(self, seconds: float) -> list[ServerChange]:
        """The changes that arrive within ``seconds`` (returns as soon as there is one)."""
        end = time.monotonic() + seconds
        while True:
            found = self.take()
            left = end - time.monotonic()
            if found or left <= 0:
                return found
            select.select([self.fileno()], [], [], left)

    def close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None

    @property
    def closed(self) -> bool:
        return self._connection is None


class FeedLost(Exception):
    """The listening connection is lost; the message is one sentence for the user."""


def _lost(exc: BaseException) -> str:
    from opn_desk.i18n import translate

    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return translate("ServerChanges", "Other officers' changes no longer show by themselves: the connection to the "
                     "server was lost ({reason}); OPN Desk tries again every few seconds.").format(reason=reason)


def _closed() -> str:
    from opn_desk.i18n import translate

    return translate("ServerChanges", "The connection that shows other officers' changes is closed.")
