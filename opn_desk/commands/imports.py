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
        raise _usage(f"Several calls are called {wanted!r}; give the call's id instead: "
                     + ", ".join(str(c.id) for c in by_title) + ".")
    if not calls:
        raise _usage(f"There is no call {wanted!r}; the database has no calls yet.")
    listed = "; ".join(f"{c.title!r} ({c.id})" for c in calls[:30])
    more = f"; and {len(calls) - 30} more" if len(calls) > 30 else ""
    raise _usage(f"There is no call {wanted!r}; the calls are: {listed}{more}.")


def _print_warnings(warnings) -> None:
    for w in warnings:
        print(f"warning: {w.line()}", file=sys.stderr)


def read_import_file(file: Path, mapping_file: Path | None):
    """An import's (table, mapping), read defensively; bad arguments raise a usage error (exit 2); a file
    refused for its content (hostile, unreadable) is said on standard error and gives None (exit 1)."""
    from opn_desk.io.spreadsheet import EmptyFile, RefusedFile, read_mapping, read_table

    if not file.exists():
        raise _usage(f"There is no file at {file}.")
    if file.is_dir():
        raise _usage(f"{file} is a folder, not a file.")
    mapping = None
    if mapping_file:
        if not mapping_file.is_file():
            raise _usage(f"There is no mapping file at {mapping_file}.")
        try:
            mapping = read_mapping(mapping_file)
        except RefusedFile as exc:
            raise _usage(f"The mapping file cannot be used: {exc}") from None
    try:
        table = read_table(file)
    except EmptyFile as exc:
        reason = str(exc)
        raise _usage(f"{file.name} was not imported: {reason[:1].lower()}{reason[1:]}") from None
    except RefusedFile as exc:
        print(f"opn-desk: {file.name} was not imported. {exc}", file=sys.stderr)
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
        raise _usage(f"--exclude-rows: {exc}") from None
    if getattr(args, "call", None) and kind != "applications":
        raise _usage("--call applies to imports of applications only.")
    if not db.exists():
        raise _usage(f"There is no database at {db}.")
    if db.is_dir():
        raise _usage(f"{db} is a folder, not a database file.")
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
            noted = f", {len(preview.warnings)} warning{'s' if len(preview.warnings) != 1 else ''} (above)" \
                if preview.warnings else ""
            print(f"Checked {count} row{'s' if count != 1 else ''}: no problems{noted}; nothing written (dry run).")
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
        count = len(preview.problems_all)
        print(f"{count} problem{'s' if count != 1 else ''} found in {preview.file_name}; nothing was written. "
              "Correct the file, or leave the rows out with --exclude-rows.", file=sys.stderr)
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
    count = len(preview.problems)
    print(f"{count} problem{'s' if count != 1 else ''} found in {preview.file_name}; nothing was written. "
          "Correct the file, or leave the rows out with --exclude-rows.", file=sys.stderr)
    return 1
