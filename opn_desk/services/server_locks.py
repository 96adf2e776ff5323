"""Row locks on the team server (docs/SERVER.md): operations that must not run twice at once take turns.

On PostgreSQL several officers write at the same moment. An operation that decides from what is stored
and then adds to it (saving a slate under a name no other slate of the round has; closing a renewal step
that is not done yet) first locks the row it is about (``SELECT … FOR UPDATE``): a second officer's same
operation waits for the first to commit, then sees its result and is refused with the usual sentence
("This round already has a scenario called …", "Step 2 is already done …") instead of both succeeding or
failing on a constraint. On SQLite the one writer holds the file's lock already: nothing is done there.

Saves of the same record by two officers are refused by the row versions (optimistic locking, as on a
file): the second gets "… was changed since you opened it" or, when both were saving at the same
instant, "The record was changed elsewhere while this was being saved" (services/desk.py).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session


def take_turn(session: Session, column, *where) -> None:
    """Lock the rows of ``column``'s table that ``where`` selects until this operation commits (the team
    server only; a row that does not exist is no lock and no error)."""
    if session.get_bind().dialect.name == "sqlite":
        return
    session.execute(select(column).where(*where).with_for_update()).all()
