"""`opn-desk server ...`: the team server (docs/SERVER.md).

- ``server upload --db FILE --to postgresql://ROLE@HOST/DB``: copy a desk's file into an empty server
  database, checked table by table (row counts and checksums) before it is committed.
- ``server download --from postgresql://ROLE@HOST/DB --out FILE``: an offline copy in a new file.
- ``server password --db postgresql://ROLE@HOST/DB``: save the role's password in this computer's
  keyring (asked for, never on the command line), so the address stays without it.
- ``server roles --db postgresql://ADMIN@HOST/DB``: the desk's group roles, grants and per-programme
  policies (services/server_roles.py); ``server grant LOGIN --role officer|reader [--programme CODE]``.

Every other command takes ``--db postgresql://…`` as it takes a file (``demo`` included, into an
empty server database).
"""

from __future__ import annotations

import sys
from pathlib import Path

from opn_desk.commands.errors import UsageError
from opn_desk.i18n import translate


def _t(text: str) -> str:
    return translate("CommandLine", text)


def _database(text: str):
    from opn_desk.db.address import ServerAddressRefused, database_location

    try:
        return database_location(text)
    except ServerAddressRefused as exc:
        raise UsageError(str(exc)) from None


def add_parser(sub, db_arg) -> None:
    p = sub.add_parser("server", help=_t("the team server: move a desk up to PostgreSQL and back (docs/SERVER.md)"))
    s = p.add_subparsers(dest="server_command", metavar="ACTION", parser_class=type(p), required=True)
    c = s.add_parser("upload", help=_t("copy a desk's file into an empty server database, checked table by table"))
    db_arg(c)
    c.add_argument("--to", dest="to", type=_database, required=True, metavar="postgresql://ROLE@HOST/DB")
    c = s.add_parser("download", help=_t("copy the desk on a server into a new file, for an offline copy"))
    c.add_argument("--from", dest="source", type=_database, required=True, metavar="postgresql://ROLE@HOST/DB")
    c.add_argument("--out", type=Path, required=True, metavar="NEW.sqlite")
    c = s.add_parser("password", help=_t("save a server role's password in this computer's keyring (asked for)"))
    db_arg(c)
    c = s.add_parser("roles", help=_t("create or update the desk's roles on the server: officers and the "
                                      "Secretariat's readers (as the server's administrator)"))
    db_arg(c)
    c = s.add_parser("grant", help=_t("make a server role an officer (of some programmes, or all) or a reader"))
    c.add_argument("login", metavar="LOGIN", help=_t("the officer's own database role"))
    c.add_argument("--role", dest="group", choices=("officer", "reader"), required=True)
    c.add_argument("--programme", dest="programmes", action="append", default=[], metavar="CODE",
                   help=_t("a programme the officer may edit (repeat for several; none: every programme)"))
    db_arg(c)


def _server(value, option: str):
    from opn_desk.db.address import is_server

    if not is_server(value):
        raise UsageError(_t("{option} takes a server's address (postgresql://ROLE@HOST/DATABASE), not {value}.").format(
            option=option, value=value))
    return value


def _file(value, option: str) -> Path:
    from opn_desk.db.address import is_server

    if is_server(value):
        raise UsageError(_t("{option} takes a database file here, not a server's address.").format(option=option))
    return Path(value)


def _progress(message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{message[:70]:<70}", end="", file=sys.stderr, flush=True)


def run_server(args) -> int:
    return {"upload": _upload, "download": _download, "password": _password, "roles": _roles,
            "grant": _grant}[args.server_command](args)


def _roles(args) -> int:
    from opn_desk.db.engine import open_server_engine
    from opn_desk.services.server_roles import RightsRefused, set_up_roles

    address = _server(args.db, "--db")
    engine = open_server_engine(address)
    try:
        summary = set_up_roles(engine)
    except RightsRefused as exc:
        raise UsageError(str(exc)) from None
    finally:
        engine.dispose()
    print(_t("Roles set up on {address}: {summary}").format(address=address, summary=summary.sentence()))
    return 0


def _grant(args) -> int:
    from opn_desk.db.engine import open_server_engine
    from opn_desk.services.server_roles import RightsRefused, grant

    address = _server(args.db, "--db")
    engine = open_server_engine(address)
    try:
        print(grant(engine, args.login, args.group, args.programmes))
    except RightsRefused as exc:
        raise UsageError(str(exc)) from None
    finally:
        engine.dispose()
    return 0


def _upload(args) -> int:
    from opn_desk.services.server_copy import upload

    database, address = _file(args.db, "--db"), _server(args.to, "--to")
    if not database.is_file():
        raise UsageError(_t("There is no database at {path}.").format(path=database))
    summary = upload(database, address, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(_t("Uploaded {path} to {address}: {summary}").format(path=database, address=address, summary=summary.sentence()))
    return 0


def _download(args) -> int:
    from opn_desk.services.server_copy import download

    address, out = _server(args.source, "--from"), args.out
    summary = download(address, out, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(_t("Downloaded {address} to {path}: {summary}").format(address=address, path=out, summary=summary.sentence()))
    return 0


def _password(args) -> int:
    import getpass

    from opn_desk.db.engine import save_password

    address = _server(args.db, "--db")
    password = getpass.getpass(_t("Password for {address}: ").format(address=address)) if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    if not password:
        raise UsageError(_t("No password was given, so nothing was saved."))
    try:
        save_password(address, password)
    except Exception as exc:  # noqa: BLE001 - no keyring here: say which other way to take
        raise UsageError(_t("This computer has no keyring OPN Desk can use ({kind}); put the password in a "
                            "PostgreSQL password file (PGPASSFILE, ~/.pgpass) instead.").format(
                                kind=type(exc).__name__)) from None
    print(_t("The password for {address} is saved in this computer's keyring.").format(address=address))
    return 0


def demo_on_server(args, actor: str) -> int:
    """``demo --db postgresql://…``: the demo network into an empty server database."""
    from opn_desk.db.store import open_store
    from opn_desk.services.demo import generate_demo

    if args.replace:
        raise UsageError(_t("--replace does not apply to a server; write the demo network into an empty database."))
    store = open_store(args.db, create=True)
    try:
        from sqlalchemy import func, select

        from opn_desk.db.models import Organisation

        with store.sessions()() as session:
            if session.scalar(select(func.count()).select_from(Organisation)):
                raise UsageError(_t("The server database at {address} already holds a desk; the demo network is "
                                    "written to an empty database only.").format(address=args.db))
        summary = generate_demo(store, seed=args.seed, organisations=args.organisations, progress=None, actor=actor)
    finally:
        store.close()
    print(_t("Demo network written to {path}: {summary}").format(path=args.db, summary=summary))
    return 0
