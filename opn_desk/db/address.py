"""A team server's address (docs/SERVER.md): a plain libpq URL, never with a password in it.

Light on purpose (the standard library and opn_desk.i18n only): the command line reads ``--db`` and the
writer's lock asks whether a database is a server before the window shows, long before SQLAlchemy is
imported.
"""

from __future__ import annotations

from pathlib import Path

from opn_desk.i18n import translate

SERVER_SCHEMES = ("postgresql://", "postgres://")

def _password_refused() -> str:
    return translate("ServerAddress", "A password is never written in the database address (it would stay in the "
                                      "command history and the logs); save it once in this computer's keyring with "
                                      "'opn-desk server password --db {address}', or put it in a PostgreSQL password "
                                      "file (PGPASSFILE, ~/.pgpass) or service file (PGSERVICEFILE).")


class ServerAddressRefused(Exception):
    """The server address cannot be used as given; the message is one sentence for the user."""


class ServerAddress(str):
    """A PostgreSQL database named by a plain libpq URL (``postgresql://role@host:port/dbname``).

    Never holds a password: `server_address` refuses one. It is the text of the URL, so it prints as
    the user wrote it.
    """

    __slots__ = ()

    # What the commands ask of a database file before opening it: a server is always "there" (opening
    # it says so when it is not) and never a folder.
    def exists(self) -> bool:
        return True

    def is_dir(self) -> bool:
        return False

    @property
    def keyring_key(self) -> str:
        """Who the keyring files the password under: the address without its query (role@host:port/db)."""
        return self.split("?", 1)[0]


def is_server(where: object) -> bool:
    """Whether ``where`` names a PostgreSQL server rather than a database file."""
    return isinstance(where, ServerAddress) or (isinstance(where, str) and where.startswith(SERVER_SCHEMES))


def _without_password(text: str) -> str:
    """``text`` with any password blanked out, for the one place the address is shown while refused."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(text)
        host = parts.netloc.rsplit("@", 1)[-1]
        user = parts.username or ""
        query = "&".join(q for q in parts.query.split("&") if q and not q.lower().startswith("password="))
        return urlunsplit((parts.scheme, f"{user}@{host}" if user else host, parts.path, query, ""))
    except ValueError:
        return "postgresql://ROLE@HOST/DATABASE"


def server_address(text: str) -> ServerAddress:
    """The server ``text`` names; `ServerAddressRefused` when it holds a password (or is not a URL)."""
    from urllib.parse import parse_qs, urlsplit

    try:
        parts = urlsplit(text)
        has_password = parts.password is not None or any(
            key.lower() == "password" for key in parse_qs(parts.query, keep_blank_values=True))
    except ValueError:
        raise ServerAddressRefused(translate("ServerAddress", "The database address is not a valid postgresql:// "
                                                              "URL.")) from None
    if has_password:
        raise ServerAddressRefused(_password_refused().format(address=_without_password(text)))
    return ServerAddress(text)


def database_location(text: str) -> Path | ServerAddress:
    """What ``--db`` names: a PostgreSQL server (a ``postgresql://`` URL) or the path of a database file."""
    if str(text).startswith(SERVER_SCHEMES):
        return server_address(str(text))
    return Path(text)
