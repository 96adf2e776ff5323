"""The one way to open the SQLite file: an engine with the pragmas SQLite needs to be trusted."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def _pragmas(readonly: bool):
    def on_connect(dbapi_connection, _record) -> None:
        # foreign_keys is off by default and ignored inside a transaction, so it is set on every
        # connection before any transaction. WAL + FULL survives power loss (WAL + NORMAL can drop
        # the last commits).
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        if not readonly:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return on_connect


def open_engine(path: Path, *, readonly: bool = False) -> Engine:
    """An engine for the database file at ``path`` (created if missing, unless read-only)."""
    path = Path(path)
    if readonly:
        url = f"sqlite:///file:{path.resolve().as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    # check_same_thread off: the GUI's single database worker thread owns all use of it.
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _pragmas(readonly))
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
