"""`Desk`: the one door to the database for the GUI and the command line.

Each user action is one operation: one transaction, one audit group, one undo step. Operations
return an `Outcome` saying which tables changed, so views refresh from that instead of polling.
"""

from __future__ import annotations

import getpass
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from opn_desk.db.store import OpenedStore
from opn_desk.i18n import translate
from opn_desk.services.audit import Change, OperationContext, apply_changes
from opn_desk.services.changes import ChangeSet
from opn_desk.services.errors import NotAllowed, StaleEdit
from opn_desk.services.server_changes import announce
from opn_desk.services.server_roles import check_write, guard, reads_only, refuse_reader, server_actor
from opn_desk.services.sync.capture import capture
from opn_desk.services.sync.conflicts import refuse_if_merged_since

T = TypeVar("T")
UNDO_DEPTH = 100


class LoginName(str):
    """The computer's login name, standing in for an officer who saved no name: on a team server the
    database role connected names them instead (docs/SERVER.md)."""

    __slots__ = ()


def default_actor(officer_name: str = "") -> str:
    """Who the history names for a change: the officer's name (the window and the command line read it
    from the preferences and pass it in), else the login name."""
    name = officer_name.strip()
    if name:
        return name
    try:
        return LoginName(getpass.getuser())
    except Exception:  # no login name (some containers, services)
        return LoginName("unknown")


@dataclass(frozen=True)
class Outcome:
    value: Any
    description: str
    changed: frozenset[str] = field(default_factory=frozenset)  # table names (the services' own tests)
    changes: ChangeSet = field(default_factory=ChangeSet)  # kinds of records and ids: what views watch


@dataclass
class _Step:
    description: str
    changes: list[Change]
    # The sync operations the step (or its last undo/redo) wrote: undo is refused when another laptop's
    # merged edit has touched one of those fields since (docs/SYNC.md).
    ops: dict = field(default_factory=dict)


class Desk:
    """Runs read and write operations on an opened store; keeps the undo/redo history."""

    def __init__(self, store: OpenedStore, actor: str | None = None):
        self.store = store
        self.actor = actor or default_actor()
        self._sessions = store.sessions()
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._lock = threading.RLock()

    @property
    def actor(self) -> str:
        return self._actor

    @actor.setter
    def actor(self, name: str) -> None:
        # On a team server an officer who saved no name is named by their database role (docs/SERVER.md).
        self._actor = (server_actor(self.store) or name) if isinstance(name, LoginName) and self.store.on_server \
            else name

    @property
    def readonly(self) -> bool:
        return self.store.readonly or reads_only(self.store)  # a server's reader role (docs/SERVER.md)

    def read(self, fn: Callable[..., T], *args, **kwargs) -> T:
        with self._lock, self._sessions() as session:
            return fn(session, *args, **kwargs)

    def _run(self, description: str, fn: Callable[[Session], Any]) -> tuple[Any, OperationContext]:
        refuse_reader(self.store)
        if self.readonly:
            raise NotAllowed(translate("Desk", "This database is open read-only; changes cannot be saved."))
        ctx = OperationContext(self.actor, description)
        try:
            with self._lock, self._sessions() as session:
                session.info["operation"] = ctx
                guard(session, self.store)  # only the programmes the officer may edit (docs/SERVER.md)
                with session.begin():
                    value = fn(session)
                    session.flush()
                    check_write(session, self.store, ctx.changes)  # an import's rows, likewise
                    # Every change becomes operations other laptops can merge, in this transaction.
                    ctx.sync_ops = capture(session, ctx)
                    if self.store.on_server:  # other officers' windows refresh once this commits
                        announce(session, {c.table for c in ctx.changes}, everything=ctx.exchange)
        except StaleDataError as exc:
            # The row version moved under this operation (another desk saved the same record).
            raise StaleEdit(translate("Desk", "The record was changed elsewhere while this was being saved, so nothing was "
                            "saved; reopen it to see the latest version.")) from exc
        return value, ctx

    def write(self, description: str, fn: Callable[..., T], *args, **kwargs) -> Outcome:
        value, ctx = self._run(description, lambda s: fn(s, *args, **kwargs))
        if ctx.changes:
            self._undo.append(_Step(description, ctx.changes, ctx.sync_ops))
            del self._undo[:-UNDO_DEPTH]
            self._redo.clear()
        return Outcome(value, description, frozenset(c.table for c in ctx.changes),
                       ChangeSet.of(ctx.changes))

    def undo_text(self) -> str | None:
        return self._undo[-1].description if self._undo else None

    def redo_text(self) -> str | None:
        return self._redo[-1].description if self._redo else None

    def undo(self) -> Outcome:
        if not self._undo:
            raise NotAllowed(translate("Desk", "There is nothing to undo."))
        step = self._undo[-1]

        def run(session: Session) -> None:
            refuse_if_merged_since(session, step.ops)
            session.info["operation"].replaying = step.ops  # an undone decision reopens its conflict
            _replay(session, step.changes, reverse=True)

        _, ctx = self._run(f"Undo: {step.description}", run)
        step.ops = ctx.sync_ops
        self._undo.pop()
        self._redo.append(step)
        return Outcome(None, f"Undo: {step.description}", frozenset(c.table for c in ctx.changes),
                       ChangeSet.of(ctx.changes))

    def redo(self) -> Outcome:
        if not self._redo:
            raise NotAllowed(translate("Desk", "There is nothing to redo."))
        step = self._redo[-1]

        def run(session: Session) -> None:
            refuse_if_merged_since(session, step.ops)
            session.info["operation"].replaying = step.ops  # a redone decision decides again
            _replay(session, step.changes, reverse=False)

        _, ctx = self._run(f"Redo: {step.description}", run)
        step.ops = ctx.sync_ops
        self._redo.pop()
        # Redo re-creates rows with the same ids, so the step's records stay valid for a later undo.
        self._undo.append(step)
        return Outcome(None, f"Redo: {step.description}", frozenset(c.table for c in ctx.changes),
                       ChangeSet.of(ctx.changes))


def _replay(session: Session, changes: list, *, reverse: bool) -> None:
    try:
        apply_changes(session, changes, reverse=reverse)
    except IntegrityError:
        # A record the step refers to is gone: deleted since, in an exchange with another laptop.
        raise NotAllowed(translate("Desk", "This cannot be undone or redone: a record it refers to was deleted since, "
                                   "in an exchange with another laptop.")) from None
