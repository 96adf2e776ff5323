"""`opn-desk import applications|organisations FILE --db PATH [--call CALL] [--mapping FILE] [--dry-run]
[--exclude-rows N,N-M]`.

Output contract (docs/IMPORT.md):
- success: exit 0, one line on stdout ("Imported 120 applications (95 new organisations, 25 linked to
  existing ones)." / "Checked 120 rows: no problems; nothing written (dry run)."); warnings, if any,
  go to stderr as "warning: row N, column C: message";
- problems: exit 1, every problem on stdout as "row N, column C: message", nothing written;
- a refused file (too large, unsafe, unreadable): exit 1, the reason on stderr;
- bad arguments, a missing database, an unknown call, or a file with nothing to import (empty, only
  blank rows, or only a header row): exit 2, one sentence on stderr; nothing written, no audit entry.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

from opn_desk.commands.errors import UsageError
from opn_desk.domain.text import fold
from opn_desk.i18n import singular, translate


def _t(text: str) -> str:
    return translate("CommandLine", text)


def _usage(message: str) -> Exception:
    return UsageError(message)


def _resolve_call(session, text: str) -> uuid.UUID:
    from sqlalchemy import select

    from opn_desk.db.models import Call

    calls = session.execute(select(Call.id, Call.title).order_by(Call.opens_on, Call.title)).all()
    wanted = text.strip()
    lowered = wanted.lower()
    by_id = [c for c in calls if str(c.id) == lowered or (len(lowered) >= 8 and str(c.id).startswith(lowered))]
    if len(by_id) == 1:
        return by_id[0].id
    by_title = [c for c in calls if fold(c.title) == fold(wanted)]
    if len(by_title) == 1:
        return by_title[0].id
    if len(by_title) > 1:
        raise _usage(_t("Several calls are called {call}; give the call's id instead: {ids}.").format(
            call=repr(wanted), ids=", ".join(str(c.id) for c in by_title)))
    if not calls:
        raise _usage(_t("There is no call {call}; the database has no calls yet.").format(call=repr(wanted)))
    listed = "; ".join(f"{c.title!r} ({c.id})" for c in calls[:30])
    more = _t("; and {count} more").format(count=len(calls) - 30) if len(calls) > 30 else ""
    raise _usage(_t("There is no call {call}; the calls are: {calls}.").format(call=repr(wanted), calls=listed + more))


def _print_warnings(warnings) -> None:
    for w in warnings:
        print(_t("warning: {problem}").format(problem=w.line()), file=sys.stderr)


def read_import_file(file: Path, mapping_file: Path | None):
    """An import's (table, mapping), read defensively; bad arguments raise a usage error (exit 2); a file
    refused for its content (hostile, unreadable) is said on standard error and gives None (exit 1)."""
    from opn_desk.io.spreadsheet import EmptyFile, RefusedFile, read_mapping, read_table

    if not file.exists():
        raise _usage(_t("There is no file at {path}.").format(path=file))
    if file.is_dir():
        raise _usage(_t("{path} is a folder, not a file.").format(path=file))
    mapping = None
    if mapping_file:
        if not mapping_file.is_file():
            raise _usage(_t("There is no mapping file at {path}.").format(path=mapping_file))
        try:
            mapping = read_mapping(mapping_file)
        except RefusedFile as exc:
            raise _usage(_t("The mapping file cannot be used: {reason}").format(reason=exc)) from None
    try:
        table = read_table(file)
    except EmptyFile as exc:
        reason = str(exc)
        raise _usage(_t("{file} was not imported: {reason}").format(file=file.name,
                                                                  reason=f"{reason[:1].lower()}{reason[1:]}")) from None
    except RefusedFile as exc:
        print("opn-desk: " + _t("{file} was not imported. {reason}").format(file=file.name, reason=exc), file=sys.stderr)
        return None
    return table, mapping


def run_import(args) -> int:
    from opn_desk.services.intake_import import (
        ImportOptions,
        ImportRejected,
        check_import,
        import_table,
        parse_rows,
    )

    kind = args.what
    db: Path = args.db
    file: Path = args.file
    try:
        exclude = parse_rows(getattr(args, "exclude_rows", None))
    except ValueError as exc:
        raise _usage(_t("--exclude-rows: {reason}").format(reason=exc)) from None  # the reason: services' own words
    if getattr(args, "call", None) and kind != "applications":
        raise _usage(_t("--call applies to imports of applications only."))
    if not db.exists():
        raise _usage(_t("There is no database at {path}.").format(path=db))
    if db.is_dir():
        raise _usage(_t("{path} is a folder, not a database file.").format(path=db))
    found = read_import_file(file, getattr(args, "mapping", None))
    if found is None:
        return 1
    table, mapping = found

    from opn_desk.db.lock import DatabaseLock
    from opn_desk.db.store import open_store
    from opn_desk.preferences import Preferences
    from opn_desk.services.desk import Desk, default_actor

    if kind == "organisations":
        from opn_desk.services.organisation_update import has_id_column

        if has_id_column(table):  # a file the export wrote: its rows with an id update those records
            return _run_updates(args, table, ImportOptions(kind=kind, file_name=file.name, mapping=mapping,
                                                           exclude_rows=exclude))

    def run(store) -> int:
        desk = Desk(store, actor=default_actor(Preferences.load().officer_name))
        call_id = desk.read(_resolve_call, args.call) if getattr(args, "call", None) else None
        options = ImportOptions(kind=kind, file_name=file.name, call_id=call_id, mapping=mapping,
                                exclude_rows=exclude)
        if args.dry_run:
            preview = desk.read(check_import, table, options)
            if preview.problems:
                return _report_problems(preview)
            _print_warnings(preview.warnings)
            count = preview.rows_checked
            warned = len(preview.warnings)
            noted = ((_t(", {count} warning (above)") if singular(warned) else _t(", {count} warnings (above)"))
                     .format(count=warned) if warned else "")
            print((_t("Checked {count} row: no problems{warnings}; nothing written (dry run).") if singular(count) else
                   _t("Checked {count} rows: no problems{warnings}; nothing written (dry run).")).format(
                count=count, warnings=noted))
            return 0
        try:
            outcome = desk.write(f"Import {kind} from {file.name}", import_table, table, options)
        except ImportRejected as rejected:
            return _report_problems(rejected.preview)
        result = outcome.value
        _print_warnings(result.warnings)
        print(result.summary())
        return 0

    if args.dry_run:  # reads only: no writer's lock, so it works while the desk is open
        store = open_store(db, readonly=True)
        try:
            return run(store)
        finally:
            store.close()
    with DatabaseLock(db).hold():
        store = open_store(db, create=False)
        try:
            return run(store)
        finally:
            store.close()


def _run_updates(args, table, options) -> int:
    """`import organisations FILE` for a file with an ``id`` column (services/organisation_update.py):
    --dry-run prints the changes field by field; otherwise all are written as one undoable step."""
    from opn_desk.db.lock import DatabaseLock
    from opn_desk.db.store import open_store
    from opn_desk.preferences import Preferences
    from opn_desk.services.desk import Desk, default_actor
    from opn_desk.services.intake_import import ImportRejected
    from opn_desk.services.organisation_update import apply_updates, check_updates

    def report(preview) -> int:
        for problem in preview.problems_all:
            print(problem.line())
        _print_warnings(preview.warnings_all)
        print(problems_found(len(preview.problems_all), preview.file_name), file=sys.stderr)
        return 1

    if args.dry_run:
        store = open_store(args.db, readonly=True)
        try:
            preview = Desk(store).read(check_updates, table, options)
        finally:
            store.close()
        if preview.problems_all:
            return report(preview)
        _print_warnings(preview.warnings_all)
        for change in preview.changes:
            print(change.line())
        print(preview.summary(dry_run=True))
        return 0
    with DatabaseLock(args.db).hold():
        store = open_store(args.db, create=False)
        try:
            desk = Desk(store, actor=default_actor(Preferences.load().officer_name))
            try:
                preview = desk.write(f"Update organisations from {options.file_name}", apply_updates, table,
                                     options).value
            except ImportRejected as rejected:
                return report(rejected.preview)
        finally:
            store.close()
    _print_warnings(preview.warnings_all)
    print(preview.summary(dry_run=False))
    return 0


def _report_problems(preview) -> int:
    for problem in preview.problems:
        print(problem.line())
    _print_warnings(preview.warnings)
    print(problems_found(len(preview.problems), preview.file_name), file=sys.stderr)
    return 1


def problems_found(count: int, file_name: str) -> str:
    """The closing sentence of an import refused for its problems."""
    return (_t("{count} problem found in {file}; nothing was written. Correct the file, or leave the rows out "
               "with --exclude-rows.") if singular(count) else
            _t("{count} problems found in {file}; nothing was written. Correct the file, or leave the rows out "
               "with --exclude-rows.")).format(count=count, file=file_name)
