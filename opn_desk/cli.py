"""The `opn-desk` command: the GUI by default, sub-commands for batch work.

A contract: later checks and scripts rely on these names, options and exit codes.
Exit codes: 0 success; 1 the command ran and found problems; 2 bad arguments or an unusable file;
3 (select) the rules cannot all be met.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from opn_desk import __version__
from opn_desk.commands.errors import UsageError
from opn_desk.i18n import translate

log = logging.getLogger("opn_desk")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one sentence, no usage dump
        raise UsageError(translate("CommandLine", "{problem} (see 'opn-desk --help').").format(
            problem=f"{message[0].upper()}{message[1:]}"))


def _database(text: str):
    """--db: a database file's path, or a PostgreSQL server's postgresql:// URL (never with a password)."""
    from opn_desk.db.address import ServerAddressRefused, database_location

    try:
        return database_location(text)
    except ServerAddressRefused as exc:
        raise UsageError(str(exc)) from None


def _db_arg(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument("--db", type=_database, required=required, metavar="PATH",
                   help="the desk's database file, or a team server's postgresql:// URL (docs/SERVER.md)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="opn-desk", description="OPN Desk: the coordination desk's tool for One Planet "
                     "network programmes. Without a command, opens the desk's window.")
    parser.add_argument("--version", action="version", version=f"OPN Desk {__version__}")
    _db_arg(parser, required=False)
    parser.add_argument("--smoke", action="store_true",
                        help="open the database, show the window offscreen, run the checks and exit")
    parser.add_argument("--read-only", action="store_true", help="open the database read-only")
    parser.add_argument("--lang", choices=["en", "fr", "es"], metavar="en|fr|es",
                        help="the language of messages (default: the one saved in Preferences, else English); "
                        "JSON, CSV/XLSX columns, codes and exit codes are never translated")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("demo", help="create a realistic demo network in a database")
    _db_arg(p)
    p.add_argument("--seed", type=int, default=1, help="the same seed gives the same network (default 1)")
    p.add_argument("--organisations", type=int, default=900, metavar="N", help="how many (default 900)")
    p.add_argument("--replace", action="store_true", help="replace the file if it already exists")

    p = sub.add_parser("check", help="integrity and rule checks; exit 1 listing any problems")
    _db_arg(p)
    p.add_argument("--rebuild-search-index", action="store_true",
                   help="first rebuild the registry's search index from the organisations (a repair)")

    p = sub.add_parser("export", help="export data to CSV or XLSX")
    p.add_argument("what", choices=["organisations", "initiatives"])
    _db_arg(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="FILE.csv or FILE.xlsx")
    p.add_argument("--public", action="store_true",
                   help="initiatives: leave out inactive initiatives and the desk's own notes")
    p.add_argument("--include-sensitive", action="store_true",
                   help="also export personal data that is sensitive (representatives' gender)")

    p = sub.add_parser("reference", help="write a reference table as the app uses it")
    p.add_argument("what", choices=["countries"])
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="LDC status as of this date (default today)")
    p.add_argument("--db", type=_database, metavar="PATH",
                   help="the regional groups as this database counts them (default: as shipped)")

    p = sub.add_parser("backup", help="write a verified backup of the database")
    _db_arg(p)
    p.add_argument("--out", type=Path, metavar="FILE", help="where to write it (default: the backups folder)")
    p.add_argument("--force", action="store_true", help="replace FILE if it already exists")

    p = sub.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    _db_arg(p)
    p.add_argument("--from", dest="source", type=Path, metavar="FILE",
                   help="the backup file (default: the newest backup that passes its check)")

    p = sub.add_parser("import", help="import applications, organisations or reported activities from CSV/XLSX (all or nothing)")
    p.add_argument("what", choices=["applications", "organisations", "activities"])
    p.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file, one row per record")
    _db_arg(p)
    p.add_argument("--call", metavar="CALL", help="the call the applications answer (its title or id)")
    p.add_argument("--mapping", type=Path, metavar="FILE", help="a CSV/JSON mapping of file columns to fields")
    p.add_argument("--dry-run", action="store_true", help="check the file and report; write nothing")
    p.add_argument("--exclude-rows", metavar="N,N-M", help="leave out these rows (as numbered in problems)")

    p = sub.add_parser("report", help="print a PDF report")
    p.add_argument("what", choices=["review-pack", "application", "dossier", "roster", "selection", "reporting",
                                  "meeting-pack", "progress"])
    _db_arg(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--year", type=int, metavar="YYYY", help="reporting: the reporting cycle's year (FILE.pdf or .xlsx)")
    p.add_argument("--call", metavar="CALL", help="review-pack: the call (its title or id); selection: the "
                   "core-partner call (its id or a part of its title)")
    p.add_argument("--id", metavar="ID", help="application: the application's id")
    p.add_argument("--meeting", metavar="ID", help="meeting-pack: the meeting's id (`opn-desk meetings list`)")
    p.add_argument("--programme", metavar="CODE", help="dossier/roster: the programme's code, e.g. SPP")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="roster: composition on this date (default today)")
    p.add_argument("--final", action="store_true", help="dossier, selection: mark FINAL (no DRAFT watermark)")
    p.add_argument("--edition", metavar="full|summary",
                   help="dossier: full (default, everything) or summary (the decision, the balance, half a page "
                        "per candidate)")
    p.add_argument("--picked", action="store_true",
                   help="selection: report the hand-picked slate instead of the optimal one")

    p = sub.add_parser("select", help="propose a balanced core-partner slate (integer programming)")
    p.add_argument("--pool", type=Path, metavar="POOL.csv", help="candidates: id, score, attributes")
    p.add_argument("--rules", type=Path, metavar="RULES.toml", help="seats, balance rules and pins")
    p.add_argument("--seats", type=int, metavar="N", help="number of seats (overrides the rules file)")
    _db_arg(p, required=False)
    p.add_argument("--call", metavar="CALL",
                   help="with --db: the core-partner call whose stored round to use (its id or a part of its title)")
    p.add_argument("--json", action="store_true", help="print a JSON object instead of text")

    from opn_desk.commands.sync import add_parser as add_sync

    add_sync(sub, _db_arg)
    from opn_desk.commands.reporting import add_parser as add_reporting

    add_reporting(sub, _db_arg)
    from opn_desk.commands.meetings import add_parser as add_meetings

    add_meetings(sub, _db_arg)
    from opn_desk.commands.server import add_parser as add_server

    add_server(sub, _db_arg)
    return parser


def _today_or(text: str | None):
    from datetime import date

    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{text!r} is not a date in the form YYYY-MM-DD.") from None


def _console_progress(quiet: bool) -> Callable[[float, str], None] | None:
    if quiet or not sys.stderr.isatty():
        return None

    def report(fraction: float, message: str) -> None:
        print(f"\r{fraction:4.0%} {message[:60]:<60}", end="", file=sys.stderr, flush=True)

    return report


def _open(path: Path, *, readonly: bool = False, create: bool = False):
    from opn_desk.db.store import open_store

    return open_store(path, readonly=readonly, create=create)


def _holding_lock(path: Path):
    from opn_desk.db.address import is_server
    from opn_desk.db.lock import DatabaseLock

    if is_server(path):  # a server arbitrates its own writers
        from contextlib import nullcontext

        return nullcontext()
    return DatabaseLock(path).hold()


def _officer() -> str:
    """Who the history names for the command's changes: the officer's name from the preferences."""
    from opn_desk.preferences import Preferences
    from opn_desk.services.desk import default_actor

    return default_actor(Preferences.load().officer_name)


def cmd_demo(args) -> int:
    from opn_desk.services.demo import generate_demo

    if args.organisations < 1 or args.organisations > 1_000_000:
        raise UsageError("--organisations must be between 1 and 1,000,000.")
    from opn_desk.db.address import is_server

    if is_server(args.db):
        from opn_desk.commands.server import demo_on_server

        return demo_on_server(args, _officer())
    if args.db.exists() and args.db.stat().st_size > 0 and not args.replace:
        raise UsageError(f"{args.db} already exists; the demo network is written to a new database only "
                         "(add --replace to overwrite it).")
    if args.db.is_dir():
        raise UsageError(f"{args.db} is a folder, not a database file.")
    with _holding_lock(args.db):
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.db) + suffix).unlink(missing_ok=True)
        store = _open(args.db, create=True)
        try:
            summary = generate_demo(store, seed=args.seed, organisations=args.organisations,
                                    progress=_console_progress(False), actor=_officer())
        finally:
            store.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Demo network written to {args.db}: {summary}")
    return 0


def cmd_check(args) -> int:
    from opn_desk.db.store import StoreError
    from opn_desk.services.checks import run_checks

    if getattr(args, "rebuild_search_index", False):
        from opn_desk.services.desk import Desk
        from opn_desk.services.organisation_search import rebuild_index

        with _holding_lock(args.db):
            store = _open(args.db)
            try:
                Desk(store, actor="check").write("Rebuild the search index", rebuild_index)
            finally:
                store.close()
        print(f"{args.db}: search index rebuilt.")
    try:
        store = _open(args.db, readonly=True)
    except StoreError:
        # A file too damaged to open is a finding of the check (exit 1), not an unusable argument.
        damage = _damage_found(args.db)
        if not damage:
            raise
        problems = [f"SQLite found damage in the database file ({'; '.join(damage[:3])}); restore a recent "
                    "backup (File > Restore from backup…, or opn-desk restore) before making more changes."]
    else:
        try:
            problems = run_checks(store)
        finally:
            store.close()
    if not problems:
        print(f"{args.db}: healthy.")
        return 0
    print(f"{args.db}: {len(problems)} problem(s) found:")
    for problem in problems:
        print(f"- {' '.join(problem.split(chr(10)))}")  # one line each, whatever SQLite's report holds
    return 1


def _damage_found(path: Path) -> list[str]:
    """What SQLite finds wrong in an SQLite file that could not be opened (empty: not damage)."""
    from opn_desk.db.store import SQLITE_MAGIC, StoreError, find_damage

    if not isinstance(path, Path):  # a server: its damage is the server's own to find
        return []
    try:
        with open(path, "rb") as f:
            if f.read(16) != SQLITE_MAGIC:
                return []
        return find_damage(path, quick=False)
    except (OSError, StoreError):
        return []


def cmd_export(args) -> int:
    if args.what == "initiatives":
        from opn_desk.commands.portfolio import run_export_initiatives

        return run_export_initiatives(args)
    from opn_desk.services.desk import Desk
    from opn_desk.services.export import export_organisations

    if args.out.suffix.lower() not in (".csv", ".xlsx"):
        raise UsageError(f"{args.out.name}: the export file must end in .csv or .xlsx.")
    store = _open(args.db, readonly=True)
    try:
        count = export_organisations(Desk(store), args.out, include_sensitive=args.include_sensitive,
                                     progress=_console_progress(False))
    finally:
        store.close()
    print(f"Exported {count} organisations to {args.out}.")
    return 0


def cmd_reference(args) -> int:
    from opn_desk.services.reference import write_countries

    if args.out.suffix.lower() not in (".csv", ".xlsx"):
        raise UsageError(f"{args.out.name}: the file must end in .csv or .xlsx.")
    rows = None
    if args.db is not None:
        from opn_desk.services.desk import Desk
        from opn_desk.services.reference import database_country_rows

        store = _open(args.db, readonly=True)
        try:
            rows = Desk(store).read(database_country_rows)
        finally:
            store.close()
    count = write_countries(args.out, as_of=_today_or(args.as_of), rows=rows)
    print(f"Wrote {count} countries to {args.out}.")
    return 0


def _no_file_copies_on_a_server(db) -> None:
    from opn_desk.db.address import is_server

    if is_server(db):
        raise UsageError("A server database is backed up and restored with the server's own backups (pg_dump, "
                         "pg_restore; docs/SERVER.md), not with OPN Desk's file copies.")


def cmd_backup(args) -> int:
    from opn_desk.db import backup

    _no_file_copies_on_a_server(args.db)

    store = _open(args.db, readonly=True)  # refuses a missing, foreign or newer database
    store.close()
    if args.out:
        # Never onto the database or its own files (the open desk's file would be overwritten under it).
        problem = backup.output_problem(args.db, args.out, force=args.force)
        if problem:
            raise UsageError(problem)
        target = backup.copy_database(args.db, args.out)
    else:
        target = backup.backup_now(args.db)
    print(f"Backup written and verified: {target}")
    return 0


def cmd_restore(args) -> int:
    from opn_desk.db import backup
    from opn_desk.db.store import restore_database

    _no_file_copies_on_a_server(args.db)

    source = args.source
    if source is None:
        # Only a copy that passes the checks; never a before-restore or damaged copy by itself.
        found = backup.list_backups(args.db)
        if not [b for b in found if b.kind not in backup.NOT_PICKED_BLINDLY]:
            raise UsageError(f"There are no backups of {args.db} to restore" + (
                " (only copies kept before a restore or set aside as damaged, restored only with --from)."
                if found else "."))
        newest = backup.newest_restorable(args.db)
        if newest is None:
            raise UsageError(f"None of the backups of {args.db} passes its check, so nothing was restored; "
                             "choose a file with --from.")
        source = newest.path
    if not source.is_file():
        raise UsageError(f"There is no backup file at {source}.")
    with _holding_lock(args.db):
        kept = restore_database(args.db, source)  # checks the source first; refused, it writes nothing
    print(f"Restored {args.db} from {source}." + (f" The previous state is kept in {kept}." if kept else ""))
    return 0


def cmd_import(args) -> int:
    if args.what == "activities":
        from opn_desk.commands.reporting import run_import_activities

        return run_import_activities(args)
    from opn_desk.commands.imports import run_import

    return run_import(args)


def cmd_report(args) -> int:
    if args.what in ("meeting-pack", "progress"):
        from opn_desk.commands.meetings import run_report as run_meetings_report

        return run_meetings_report(args)
    if args.what == "reporting":
        from opn_desk.commands.reporting import run_cycle_report

        return run_cycle_report(args)
    from opn_desk.commands.reports import run_report

    return run_report(args)


def cmd_select(args) -> int:
    from opn_desk.commands.select import run_select

    return run_select(args)


def cmd_sync(args) -> int:
    from opn_desk.commands.sync import run_sync

    return run_sync(args)


def cmd_meetings(args) -> int:
    from opn_desk.commands.meetings import run_meetings

    return run_meetings(args)


def cmd_reporting(args) -> int:
    from opn_desk.commands.reporting import run_reporting

    return run_reporting(args)


def cmd_server(args) -> int:
    from opn_desk.commands.server import run_server

    return run_server(args)


def cmd_gui(args) -> int:
    from opn_desk.db.address import is_server

    if is_server(args.db):  # the window is file-based still (docs/SERVER.md); never a file named like the URL
        raise UsageError("The window cannot open a server database yet; use the opn-desk commands with --db "
                         "postgresql://… meanwhile, or work on an offline copy (opn-desk server download).")
    from opn_desk.gui.window.app import run

    return run(db=args.db, smoke=args.smoke, read_only=args.read_only)


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "demo": cmd_demo,
    "check": cmd_check,
    "export": cmd_export,
    "reference": cmd_reference,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "select": cmd_select,
    "import": cmd_import,
    "report": cmd_report,
    "sync": cmd_sync,
    "reporting": cmd_reporting,
    "server": cmd_server,
    "meetings": cmd_meetings,
}


def _user_errors() -> tuple[type[BaseException], ...]:
    from opn_desk.db.backup import BackupError
    from opn_desk.db.lock import DatabaseInUse
    from opn_desk.db.store import StoreError
    from opn_desk.services.errors import DeskError

    return (UsageError, StoreError, BackupError, DeskError, DatabaseInUse)


def _speak(argv: list[str]) -> None:
    """Messages in the language of `--lang` (before the command), else the saved preference, else English.

    Read before parsing so that the parser's own checks (--db) answer in it too. The window (no command)
    gets it through OPN_DESK_LANGUAGE. What scripts read never changes: JSON, columns, codes.
    """
    import os

    from opn_desk import i18n
    from opn_desk.paths import resource

    language = None
    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv):
            language = argv[i + 1]
        elif word.startswith("--lang="):
            language = word.split("=", 1)[1]
        elif not word.startswith("-") and (i == 0 or argv[i - 1] not in ("--db", "--lang")):
            break  # the command: options after it are the command's
    if language is not None and language in i18n.LANGUAGES:
        os.environ["OPN_DESK_LANGUAGE"] = language  # the window, when no command is given
    if language is None:
        from opn_desk.preferences import Preferences

        language = Preferences.load().language
    i18n.use_language(language, resource("translations"))


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _speak(sys.argv[1:] if argv is None else list(argv))
    try:
        args = build_parser().parse_args(argv)
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("opn-desk: " + translate("CommandLine", "stopped."), file=sys.stderr)
        return 130
    except Exception as exc:
        if isinstance(exc, _user_errors()):
            print(f"opn-desk: {exc}", file=sys.stderr)
            return 2
        if isinstance(exc, OSError):
            where = f" ({exc.filename})" if exc.filename else ""
            print(f"opn-desk: {exc.strerror or exc}{where}.", file=sys.stderr)
            return 2
        log.debug("unexpected error", exc_info=True)  # parameters hidden by the engine (db/engine.py)
        if type(exc).__module__.startswith(("sqlalchemy", "sqlite3")):
            from opn_desk.db.engine import database_error_sentence

            print(f"opn-desk: {database_error_sentence(exc)}", file=sys.stderr)
            return 2
        # The type only: an unexpected error's own text may carry a person's details.
        print("opn-desk: " + translate("CommandLine", "Something went wrong that OPN Desk did not expect ({kind}). "
              "Nothing further was written; please report this.").format(kind=type(exc).__name__), file=sys.stderr)
        return 2
