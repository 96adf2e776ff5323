"""The window's door to a team server's address (docs/SERVER.md, "The window on a server").

The window never imports opn_desk.db (an import-linter contract): what it needs to name a server,
test a connection before opening it and keep the password in the operating system's keyring comes
from here. A password never enters an address, the settings or the recent databases: it goes to the
keyring (db/engine.save_password) and from there to libpq when the store connects.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

from opn_desk.db.address import ServerAddress, ServerAddressRefused, is_server, server_address
from opn_desk.i18n import translate

__all__ = ["ConnectionCheck", "ServerAddress", "ServerAddressRefused", "ServerParts", "check_connection",
           "compose", "describe", "is_server", "keep_password", "parts_of", "server_address"]

DEFAULT_PORT = 5432
CONNECT_TIMEOUT = 5  # seconds: an unreachable host is said quickly


def _t(text: str) -> str:
    return translate("ServerConnection", text)


@dataclass(frozen=True)
class ServerParts:
    """What the Connect dialog asks: host (a name, an address or a socket folder), port, database, role."""

    host: str
    port: int
    database: str
    user: str


def compose(parts: ServerParts) -> ServerAddress:
    """The plain libpq URL for ``parts`` (never a password): ``postgresql://user@host:port/database``;
    a host that is a folder (a Unix socket) goes in the query, as libpq takes it."""
    user = quote(parts.user.strip(), safe="")
    database = quote(parts.database.strip(), safe="")
    host = parts.host.strip()
    port = int(parts.port or DEFAULT_PORT)
    who = f"{user}@" if user else ""
    if host.startswith("/"):
        return server_address(f"postgresql://{who}/{database}?host={quote(host, safe='/')}&port={port}")
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    return server_address(f"postgresql://{who}{host}:{port}/{database}")


def parts_of(address: str) -> ServerParts:
    """The dialog's fields for ``address`` (a recent server, the one open)."""
    split = urlsplit(str(address))
    query = {k: v[-1] for k, v in parse_qs(split.query).items()}
    try:
        port = int(query.get("port") or split.port or DEFAULT_PORT)
    except ValueError:
        port = DEFAULT_PORT
    return ServerParts(query.get("host") or split.hostname or "", port,
                       unquote(split.path.lstrip("/")) or query.get("dbname", ""),
                       unquote(split.username or query.get("user", "")))


def describe(address: str) -> str:
    """How the window names a server: "database on host" (no role, no password, no query)."""
    parts = parts_of(address)
    host = parts.host or "localhost"
    if host.startswith("/"):
        host = "localhost"
    if parts.port and parts.port != DEFAULT_PORT:
        host = f"{host}:{parts.port}"
    return _t("{database} on {host}").format(database=parts.database or "?", host=host)


def keep_password(address: ServerAddress, password: str) -> str | None:
    """Save ``password`` for ``address`` in the keyring; None when saved, else the sentence saying why
    not (this computer has no keyring) and which other way to take."""
    from opn_desk.db.engine import save_password

    try:
        save_password(address, password)
    except Exception as exc:  # noqa: BLE001 - no keyring here: say which other way to take
        return _t("This computer has no keyring OPN Desk can use ({kind}); put the password in a PostgreSQL "
                  "password file (PGPASSFILE, ~/.pgpass) instead.").format(kind=type(exc).__name__)
    return None


@dataclass(frozen=True)
class ConnectionCheck:
    """The answer of `check_connection`: ``ok`` (an OPN Desk desk is there), else one ``sentence``;
    ``empty``: the server answered but its database holds no desk yet (upload one first)."""

    ok: bool
    sentence: str
    empty: bool = False


def _sentence(exc: BaseException, parts: ServerParts, address: ServerAddress) -> str:
    """One sentence for a failed connection, in the officer's words (never the server's SQL)."""
    code = getattr(exc, "sqlstate", None) or getattr(getattr(exc, "diag", None), "sqlstate", None)
    text = str(exc).lower()
    host = parts.host or "localhost"
    if code in ("28P01", "28000") and "password" in text or "password authentication failed" in text:
        return _t("The server refused the password for {user}: check it and try again.").format(user=parts.user)
    if "no password supplied" in text or "password is required" in text:
        return _t("The server asks for a password for {user}: type it in.").format(user=parts.user)
    if code == "3D000" or ("database" in text and "does not exist" in text):
        return _t("The server at {host} has no database called {database}: check the name with your IT "
                  "person.").format(host=host, database=parts.database)
    if code in ("28000", "42501") or "role" in text and "does not exist" in text or "no pg_hba.conf entry" in text:
        return _t("The server at {host} does not let {user} in: ask your IT person for access (docs/SERVER.md, "
                  "section 2).").format(host=host, user=parts.user)
    return _t("OPN Desk cannot reach a server at {host}, port {port}: check the name and the port, and that "
              "this computer is on the network (or the VPN).").format(host=host, port=parts.port)


def check_connection(address: ServerAddress, password: str | None = None) -> ConnectionCheck:
    """Connect to ``address`` once (``password``, else the keyring's, else libpq's own ways) and say
    whether an OPN Desk desk is there. Reads only; never raises for what the officer can fix."""
    import psycopg

    from opn_desk.db.engine import saved_password

    parts = parts_of(address)
    password = password or saved_password(address)
    extra = {"password": password} if password else {}
    try:
        with psycopg.connect(str(address), connect_timeout=CONNECT_TIMEOUT, autocommit=True, **extra) as con:
            tables = {row[0] for row in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
    except psycopg.Error as exc:
        return ConnectionCheck(False, _sentence(exc, parts, address))
    if "alembic_version" not in tables:
        if tables:
            return ConnectionCheck(False, _t("The database {database} holds other tables but no OPN Desk desk: "
                                             "ask your IT person for an empty database of its own.").format(
                                                 database=parts.database))
        return ConnectionCheck(False, _t(
            "The database {database} is there but holds no OPN Desk desk yet: put one there from a desk's file "
            "with 'opn-desk server upload --db desk.sqlite --to {address}' (docs/SERVER.md, section 4).").format(
                database=parts.database, address=address), empty=True)
    return ConnectionCheck(True, _t("Connected: {server} holds an OPN Desk desk.").format(server=describe(address)))
