"""The `opn-desk` command: the GUI by default, sub-commands for batch work.

A contract: later checks and scripts rely on these names, options and exit codes.
Exit codes: 0 success; 1 the command ran and found problems; 2 bad arguments or an unusable file;
3 (select) the rules cannot all be met.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from opn_desk import __version__
from opn_desk.commands.errors import UsageError
from opn_desk.i18n import singular, translate

log = logging.getLogger("opn_desk")


def _t(text: str) -> str:
    """The command line's own sentence in the officer's language (`--lang`, else the saved preference)."""
    return translate("CommandLine", text)


def _argparse_words() -> dict[str, str]:
    """argparse's own words in the officer's language: the texts Lib/argparse.py asks gettext for (Python
    3.11 to 3.13), each a literal here so that the update script collects it. Its developer-only errors
    (conflicting options, an action not callable) are left out: a user never meets them."""
    return {
        "usage: ": translate("argparse", "usage: "),
        "positional arguments": translate("argparse", "positional arguments"),
        "options": translate("argparse", "options"),
        "show this help message and exit": translate("argparse", "show this help message and exit"),
        "show program's version number and exit": translate("argparse", "show program's version number and exit"),
        "%(prog)s: error: %(message)s\n": translate("argparse", "%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": translate("argparse", "argument %(argument_name)s: %(message)s"),
        "the following arguments are required: %s": translate("argparse", "the following arguments are required: %s"),
        "unrecognized arguments: %s": translate("argparse", "unrecognized arguments: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            translate("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        "invalid %(type)s value: %(value)r": translate("argparse", "invalid %(type)s value: %(value)r"),
        "expected one argument": translate("argparse", "expected one argument"),
        "expected at most one argument": translate("argparse", "expected at most one argument"),
        "expected at least one argument": translate("argparse", "expected at least one argument"),
        "expected %s argument": translate("argparse", "expected %s argument"),
        "expected %s arguments": translate("argparse", "expected %s arguments"),
        "not allowed with argument %s": translate("argparse", "not allowed with argument %s"),
        "ignored explicit argument %r": translate("argparse", "ignored explicit argument %r"),
        "one of the arguments %s is required": translate("argparse", "one of the arguments %s is required"),
        "ambiguous option: %(option)s could match %(matches)s":
            translate("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        "unknown parser %(parser_name)r (choices: %(choices)s)":
            translate("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
        "can't open '%(filename)s': %(error)s": translate("argparse", "can't open '%(filename)s': %(error)s"),
        "unexpected option string: %s": translate("argparse", "unexpected option string: %s"),
    }


def _argparse_gettext(text: str) -> str:
    return _argparse_words().get(text, text)


def _argparse_ngettext(one: str, many: str, count: int) -> str:
    return _argparse_gettext(one if singular(count) else many)


@contextmanager
def _argparse_speaks() -> Iterator[None]:
    """argparse's own words ("usage:", "the following arguments are required", "show this help message and
    exit", "invalid choice") through our translation boundary while the parser is built and parses: argparse
    asks the module-level gettext functions it imported (`argparse._`, `argparse.ngettext`) each time."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _argparse_gettext, _argparse_ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


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
                   help=_t("the desk's database file, or a team server's postgresql:// URL (docs/SERVER.md)"))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="opn-desk", description=_t("OPN Desk: the coordination desk's tool for One Planet "
                     "network programmes. Without a command, opens the desk's window."))
    parser.add_argument("--version", action="version", version=f"OPN Desk {__version__}",
                        help=_argparse_gettext("show program's version number and exit"))
    _db_arg(parser, required=False)
    parser.add_argument("--smoke", action="store_true",
                        help=_t("open the database, show the window offscreen, run the checks and exit"))
    parser.add_argument("--read-only", action="store_true", help=_t("open the database read-only"))
    parser.add_argument("--lang", choices=["en", "fr", "es"], metavar="en|fr|es",
                        help=_t("the language of messages (default: the one saved in Preferences, else English); "
                        "JSON, CSV/XLSX columns, codes and exit codes are never translated"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("demo", help=_t("create a realistic demo network in a database"))
    _db_arg(p)
    p.add_argument("--seed", type=int, default=1, help=_t("the same seed gives the same network (default 1)"))
    p.add_argument("--organisations", type=int, default=900, metavar="N", help=_t("how many (default 900)"))
    p.add_argument("--replace", action="store_true", help=_t("replace the file if it already exists"))

    p = sub.add_parser("check", help=_t("integrity and rule checks; exit 1 listing any problems"))
    _db_arg(p)
    p.add_argument("--rebuild-search-index", action="store_true",
                   help=_t("first rebuild the registry's search index from the organisations (a repair)"))

    p = sub.add_parser("export", help=_t("export data to CSV or XLSX"))
    p.add_argument("what", choices=["organisations", "initiatives"])
    _db_arg(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help=_t("FILE.csv or FILE.xlsx"))
    p.add_argument("--public", action="store_true",
                   help=_t("initiatives: leave out inactive initiatives and the desk's own notes"))
    p.add_argument("--include-sensitive", action="store_true",
                   help=_t("also export personal data that is sensitive (representatives' gender)"))

    p = sub.add_parser("reference", help=_t("write a reference table as the app uses it"))
    p.add_argument("what", choices=["countries"])
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help=_t("LDC status as of this date (default today)"))
    p.add_argument("--db", type=_database, metavar="PATH",
                   help=_t("the regional groups as this database counts them (default: as shipped)"))

    p = sub.add_parser("backup", help=_t("write a verified backup of the database"))
    _db_arg(p)
    p.add_argument("--out", type=Path, metavar="FILE", help=_t("where to write it (default: the backups folder)"))
    p.add_argument("--force", action="store_true", help=_t("replace FILE if it already exists"))

    p = sub.add_parser("restore", help=_t("replace the database with a backup (the current one is kept)"))
    _db_arg(p)
    p.add_argument("--from", dest="source", type=Path, metavar="FILE",
                   help=_t("the backup file (default: the newest backup that passes its check)"))

    p = sub.add_parser("import", help=_t("import applications, organisations or reported activities from CSV/XLSX (all or nothing)"))
    p.add_argument("what", choices=["applications", "organisations", "activities"])
    p.add_argument("file", type=Path, metavar="FILE", help=_t("a .csv or .xlsx file, one row per record"))
    _db_arg(p)
    p.add_argument("--call", metavar="CALL", help=_t("the call the applications answer (its title or id)"))
    p.add_argument("--mapping", type=Path, metavar="FILE", help=_t("a CSV/JSON mapping of file columns to fields"))
    p.add_argument("--dry-run", action="store_true", help=_t("check the file and report; write nothing"))
    p.add_argument("--exclude-rows", metavar="N,N-M", help=_t("leave out these rows (as numbered in problems)"))

    p = sub.add_parser("report", help=_t("print a PDF report"))
    p.add_argument("what", choices=["review-pack", "application", "dossier", "roster", "selection", "reporting",
                                  "meeting-pack", "progress", "work-plan"])
    _db_arg(p)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--year", type=int, metavar="YYYY", help=_t("reporting: the reporting cycle's year (FILE.pdf or .xlsx)"))
    p.add_argument("--call", metavar="CALL", help=_t("review-pack: the call (its title or id); selection: the "
                   "core-partner call (its id or a part of its title)"))
    p.add_argument("--id", metavar="ID", help=_t("application: the application's id"))
    p.add_argument("--meeting", metavar="ID", help=_t("meeting-pack: the meeting's id (`opn-desk meetings list`)"))
    p.add_argument("--programme", metavar="CODE", help=_t("dossier/roster: the programme's code, e.g. SPP"))
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help=_t("roster: composition on this date (default today)"))
    p.add_argument("--final", action="store_true", help=_t("dossier, selection: mark FINAL (no DRAFT watermark)"))
    p.add_argument("--edition", metavar="full|summary",
                   help=_t("dossier: full (default, everything) or summary (the decision, the balance, half a page "
                        "per candidate)"))
    p.add_argument("--picked", action="store_true",
                   help=_t("selection: report the hand-picked slate instead of the optimal one"))
    p.add_argument("--lang", dest="document_language", choices=["en", "fr", "es"], metavar="en|fr|es",
                   help=_t("the document's language (default: the language of messages); after the command, so a "
                           "French desk may print an English dossier"))

    p = sub.add_parser("select", help=_t("propose a balanced core-partner slate (integer programming)"))
    p.add_argument("--pool", type=Path, metavar="POOL.csv", help=_t("candidates: id, score, attributes"))
    p.add_argument("--rules", type=Path, metavar="RULES.toml", help=_t("seats, balance rules and pins"))
    p.add_argument("--seats", type=int, metavar="N", help=_t("number of seats (overrides the rules file)"))
    _db_arg(p, required=False)
    p.add_argument("--call", metavar="CALL",
                   help=_t("with --db: the core-partner call whose stored round to use (its id or a part of its title)"))
    p.add_argument("--json", action="store_true", help=_t("print a JSON object instead of text"))

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
        raise UsageError(_t("{text} is not a date in the form YYYY-MM-DD.").format(text=repr(text))) from None


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
        raise UsageError(_t("--organisations must be between 1 and 1,000,000."))
    from opn_desk.db.address import is_server

    if is_server(args.db):
        from opn_desk.commands.server import demo_on_server

        return demo_on_server(args, _officer())
    if args.db.exists() and args.db.stat().st_size > 0 and not args.replace:
        raise UsageError(_t("{path} already exists; the demo network is written to a new database only "
                            "(add --replace to overwrite it).").format(path=args.db))
    if args.db.is_dir():
        raise UsageError(_t("{path} is a folder, not a database file.").format(path=args.db))
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
    print(_t("Demo network written to {path}: {summary}").format(path=args.db, summary=summary))
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
        print(_t("{path}: search index rebuilt.").format(path=args.db))
    try:
        store = _open(args.db, readonly=True)
    except StoreError:
        # A file too damaged to open is a finding of the check (exit 1), not an unusable argument.
        damage = _damage_found(args.db)
        if not damage:
            raise
        problems = [_t("SQLite found damage in the database file ({damage}); restore a recent backup (File > Restore "
                       "from backup…, or opn-desk restore) before making more changes.").format(
                        damage="; ".join(damage[:3]))]
    else:
        try:
            problems = run_checks(store)
        finally:
            store.close()
    if not problems:
        print(_t("{path}: healthy.").format(path=args.db))
        return 0
    print((_t("{path}: {count} problem found:") if singular(len(problems)) else _t("{path}: {count} problems found:"))
          .format(path=args.db, count=len(problems)))
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
        raise UsageError(_t("{file}: the export file must end in .csv or .xlsx.").format(file=args.out.name))
    store = _open(args.db, readonly=True)
    try:
        count = export_organisations(Desk(store), args.out, include_sensitive=args.include_sensitive,
                                     progress=_console_progress(False))
    finally:
        store.close()
    print((_t("Exported {count} organisation to {path}.") if singular(count) else
           _t("Exported {count} organisations to {path}.")).format(count=count, path=args.out))
    return 0


def cmd_reference(args) -> int:
    from opn_desk.services.reference import write_countries

    if args.out.suffix.lower() not in (".csv", ".xlsx"):
        raise UsageError(_t("{file}: the file must end in .csv or .xlsx.").format(file=args.out.name))
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
    print(_t("Wrote {count} countries to {path}.").format(count=count, path=args.out))
    return 0


def _no_file_copies_on_a_server(db) -> None:
    from opn_desk.db.address import is_server

    if is_server(db):
        raise UsageError(_t("A server database is backed up and restored with the server's own backups (pg_dump, "
                            "pg_restore; docs/SERVER.md), not with OPN Desk's file copies."))


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
    print(_t("Backup written and verified: {path}").format(path=target))
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
            raise UsageError((_t("There are no backups of {path} to restore (only copies kept before a restore or set "
                                 "aside as damaged, restored only with --from).") if found else
                              _t("There are no backups of {path} to restore.")).format(path=args.db))
        newest = backup.newest_restorable(args.db)
        if newest is None:
            raise UsageError(_t("None of the backups of {path} passes its check, so nothing was restored; "
                                "choose a file with --from.").format(path=args.db))
        source = newest.path
    if not source.is_file():
        raise UsageError(_t("There is no backup file at {path}.").format(path=source))
    with _holding_lock(args.db):
        kept = restore_database(args.db, source)  # checks the source first; refused, it writes nothing
    print(_t("Restored {path} from {source}.").format(path=args.db, source=source)
          + (" " + _t("The previous state is kept in {path}.").format(path=kept) if kept else ""))
    return 0


def cmd_import(args) -> int:
    if args.what == "activities":
        from opn_desk.commands.reporting import run_import_activities

        return run_import_activities(args)
    from opn_desk.commands.imports import run_import

    return run_import(args)


def cmd_report(args) -> int:
    from opn_desk.i18n import report_language

    with report_language(getattr(args, "document_language", None)):
        return _report(args)


def _report(args) -> int:
    if args.what in ("meeting-pack", "progress", "work-plan"):
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
    from opn_desk.gui.window.app import run  # a file, or a team server's address (docs/SERVER.md)

    code = run(db=args.db, smoke=args.smoke, read_only=args.read_only)
    return _smoke_beyond_the_window(args.db) if args.smoke and code == 0 else code


def _smoke_beyond_the_window(db: Path | None) -> int:
    """--smoke, after the window (the check of a built bundle, packaging/README.md): a PDF built from the
    database (ReportLab and the bundled fonts) and a small selection solved (HiGHS). 1 when either fails."""
    import tempfile

    from opn_desk.paths import default_database
    from opn_desk.selection.model import BalanceRule, Candidate, SelectionProblem
    from opn_desk.selection.optimiser import best_slate
    from opn_desk.services import documents, terms
    from opn_desk.services.desk import Desk

    failed = 0
    try:
        store = _open(db or default_database(), readonly=True)
        try:
            desk = Desk(store)
            code = desk.read(terms.programme_codes)[0][0]
            with tempfile.TemporaryDirectory() as folder:
                out = Path(folder) / "roster.pdf"
                pages = documents.roster(desk, code, out).pages
                if not out.read_bytes().startswith(b"%PDF-") or pages < 1:
                    raise ValueError("not a PDF")
        finally:
            store.close()
        print(_t("PDF: the roster of {code} built, {pages} page(s).").format(code=code, pages=pages))
    except Exception as exc:  # the kind (and a missing module's name) only: never the desk's data
        print(_t("PDF could not be built: {kind}.").format(kind=_kind_of(exc)))
        failed = 1
    try:  # four candidates, two seats, at least one from group B: the best is "a" (9) with "c" (7)
        pool = [Candidate(id_, score=score, attributes={"group": group})
                for id_, score, group in (("a", 9, "A"), ("b", 8, "A"), ("c", 7, "B"), ("d", 1, "B"))]
        slate = best_slate(SelectionProblem(tuple(pool), (BalanceRule("group", "B", min=1),), seats=2))
        if slate is None or set(slate.ids) != {"a", "c"}:
            raise ValueError(f"the slate {slate} is not the best one")
        print(_t("Selection: the best slate of a small pool solved (HiGHS)."))
    except Exception as exc:
        print(_t("Selection could not be solved: {kind}.").format(kind=_kind_of(exc)))
        failed = 1
    return failed


def _kind_of(exc: Exception) -> str:
    """An error's kind, and a missing module's name: "ModuleNotFoundError reportlab" (never its text)."""
    return f"{type(exc).__name__} {getattr(exc, 'name', '') or ''}".rstrip()


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
        with _argparse_speaks():
            args = build_parser().parse_args(argv)
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("opn-desk: " + _t("stopped."), file=sys.stderr)
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
