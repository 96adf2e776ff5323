"""The one way to open the desk's database: the SQLite file with the pragmas SQLite needs to be trusted,
or a PostgreSQL server (the team server, docs/SERVER.md) named by a plain libpq URL.

Engines never put the values of a statement into an error (``hide_parameters``): an error raised
while saving a representative would otherwise carry their name, e-mail address and gender into
whatever prints or logs it. `database_error_sentence` turns an unexpected database error into one
sentence for the user, without its SQL.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

# The server's address is read before anything heavy is imported (the command line, the lock): its own
# light module, named here too.
from opn_desk.db.address import (  # noqa: F401 - re-exported
    SERVER_SCHEMES,
    ServerAddress,
    ServerAddressRefused,
    database_location,
    is_server,
    server_address,
)


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
    engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
    event.listen(engine, "connect", _pragmas(readonly))
    return engine


# --- the team server ----------------------------------------------------------------------------------

KEYRING_SERVICE = "OPN Desk"


def saved_password(address: ServerAddress) -> str | None:
    """The password saved for ``address`` in the operating system's keyring (None: none, or no keyring)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, address.keyring_key)
    except Exception:  # noqa: BLE001 - no keyring on this computer: libpq's own ways still apply
        return None


def save_password(address: ServerAddress, password: str) -> None:
    """Keep ``password`` for ``address`` in the operating system's keyring (raises when there is none)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, address.keyring_key, password)


def open_server_engine(address: ServerAddress, *, readonly: bool = False) -> Engine:
    """An engine on the PostgreSQL database at ``address`` (psycopg 3), read-only sessions if asked.

    libpq reads the URL itself, so PGPASSFILE, PGSERVICEFILE, PGSSLMODE and the rest apply as in psql;
    a password saved in the keyring is handed to libpq without ever entering the URL.
    """
    import psycopg

    password = saved_password(address)
    extra = {"password": password} if password else {}

    def connect():
        connection = psycopg.connect(str(address), **extra)
        if readonly:
            connection.autocommit = True
            connection.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            connection.autocommit = False
        return connection

    return create_engine("postgresql+psycopg://", creator=connect, hide_parameters=True, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


_SENTENCES = {
    13: "The disk is full, so the database could not be written; nothing further was saved. Free some space "
        "and try again.",  # SQLITE_FULL
    8: "The database cannot be written: the file or its folder is read-only; nothing further was saved.",
    3: "The database cannot be written: permission was refused; nothing further was saved.",  # SQLITE_PERM
    11: "The database file is damaged; nothing further was saved. Check it, and restore a backup if needed.",
    26: "The file is not a database OPN Desk can read; nothing further was saved.",  # SQLITE_NOTADB
    5: "The database is busy in another program; nothing further was saved. Try again in a moment.",
    6: "The database is busy in another program; nothing further was saved. Try again in a moment.",
    10: "The disk could not be read or written (an input/output error); nothing further was saved.",
    14: "The database file could not be opened; nothing further was saved.",  # SQLITE_CANTOPEN
}


def _sqlite_error(exc: BaseException):
    import sqlite3

    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, sqlite3.Error):
            return exc
        exc = getattr(exc, "orig", None) or exc.__cause__
        seen += 1
    return None


# The team server's errors, by SQLSTATE (class or code): what happened, never the statement.
_SERVER_SENTENCES = {
    "53100": "The server's disk is full, so nothing further was saved; ask whoever runs the server.",
    "25006": "The server database is open read-only; nothing further was saved.",
    "42501": "Your role on the server may not make this change (permission refused); nothing was saved.",
    "40001": "Another officer changed the same records at the same moment; nothing was saved. Try again.",
    "40P01": "Another officer changed the same records at the same moment; nothing was saved. Try again.",
    "57P": "The server is shutting down or restarting; nothing further was saved. Try again in a moment.",
    "08": "The connection to the server was lost; nothing further was saved. Check the network and try again.",
}


def _server_sentence(exc: BaseException) -> str | None:
    seen = 0
    while exc is not None and seen < 10:
        state = getattr(exc, "sqlstate", None)
        if isinstance(state, str):
            return _SERVER_SENTENCES.get(state) or _SERVER_SENTENCES.get(state[:3]) or \
                _SERVER_SENTENCES.get(state[:2])
        exc = getattr(exc, "orig", None) or exc.__cause__
        seen += 1
    return None


def database_error_sentence(exc: BaseException) -> str | None:
    """One plain sentence for an unexpected database error, or None when ``exc`` is not one.

    Never the statement nor its values: only what happened (a full disk, a read-only file, ...).
    """
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    if not isinstance(exc, SQLAlchemyError | sqlite3.Error):
        return None
    error = _sqlite_error(exc)
    if error is None and (said := _server_sentence(exc)):
        return said
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _SENTENCES:
        return _SENTENCES[code & 0xFF]
    if code is not None and (code & 0xFF) == 19:  # SQLITE_CONSTRAINT
        return ("The change broke one of the database's rules, so nothing was saved; please report this "
                f"({error.sqlite_errorname}).")
    kind = getattr(error, "sqlite_errorname", None) or type(exc).__name__
    return f"The database reported an error OPN Desk did not expect ({kind}); nothing further was saved. " \
           "Please report this."
