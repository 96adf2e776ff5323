"""Partner reporting on the command line (docs/REPORTING.md).

- ``reporting rates --db PATH [--year YYYY] [--json]``: each programme's rate per year (one line each,
  then the network-wide line per year); with --json a list of objects ``programme`` (the code), ``year``,
  ``partners``, ``reported``, ``rate`` (reported / partners, 0 to 1), ``target`` (0.75), plus ``excused``,
  ``late`` and ``very_late``. Exit 0.
- ``reporting reminders --db PATH --programme CODE --year YYYY --out FOLDER``: one .eml draft per
  non-reporter, each logged on the partner's record; one line on stdout, the non-reporters without an
  e-mail address as warnings on stderr. Exit 0.
- ``report reporting --db PATH --programme CODE --year YYYY --out FILE.pdf|.xlsx``: the cycle summary.
- ``import activities FILE --db PATH [--mapping FILE] [--dry-run] [--exclude-rows N,N-M]``: as the other
  imports (docs/IMPORT.md): problems on stdout, exit 1, nothing written; a refused file exit 1; an empty
  file, bad arguments or a missing database exit 2 with one sentence.

Bad arguments, an unknown programme or a year without a cycle: exit 2, one sentence on stderr.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from opn_desk.i18n import percent_text, singular, translate


def _t(text: str) -> str:
    return translate("CommandLine", text)


def _usage(message: str) -> Exception:
    from opn_desk.commands.errors import UsageError

    return UsageError(message)


def _existing_db(path: Path) -> None:
    if not path.exists():
        raise _usage(_t("There is no database at {path}.").format(path=path))
    if path.is_dir():
        raise _usage(_t("{path} is a folder, not a database file.").format(path=path))


def _reading(path: Path, fn):
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk

    store = open_store(path, readonly=True)
    try:
        return fn(Desk(store))
    finally:
        store.close()


def _writing(path: Path, fn):
    from opn_desk.db.lock import DatabaseLock
    from opn_desk.db.store import open_store
    from opn_desk.preferences import Preferences
    from opn_desk.services.desk import Desk, default_actor

    with DatabaseLock(path).hold():
        store = open_store(path, create=False)
        try:
            return fn(Desk(store, actor=default_actor(Preferences.load().officer_name)))
        finally:
            store.close()


def _programme_and_year(args) -> tuple[str, int]:
    code = (getattr(args, "programme", None) or "").strip()
    if not code:
        raise _usage(_t("Name the programme with --programme CODE (for example SPP)."))
    year = getattr(args, "year", None)
    if year is None:
        raise _usage(_t("Name the reporting cycle's year with --year YYYY."))
    if not 2000 <= year <= 2100:
        raise _usage(_t("{year} is not a reporting year (2000 to 2100).").format(year=year))
    return code, year


def add_parser(sub, db_arg) -> None:
    p = sub.add_parser("reporting", help=_t("partner reporting: rates against the target, reminders (docs/REPORTING.md)"))
    s = p.add_subparsers(dest="reporting_command", metavar="ACTION", parser_class=type(p), required=True)
    c = s.add_parser("rates", help=_t("each programme's reporting rate per year, against the 75%% target"))
    db_arg(c)
    c.add_argument("--year", type=int, metavar="YYYY", help=_t("only this year's cycles"))
    c.add_argument("--json", action="store_true", help=_t("print a JSON list instead of text"))
    c = s.add_parser("reminders", help=_t("one e-mail draft (.eml) per partner who has not reported"))
    db_arg(c)
    c.add_argument("--programme", required=True, metavar="CODE", help=_t("the programme's code, e.g. SPP"))
    c.add_argument("--year", required=True, type=int, metavar="YYYY", help=_t("the reporting cycle's year"))
    c.add_argument("--out", required=True, type=Path, metavar="FOLDER", help=_t("the folder the drafts go to"))


def run_reporting(args) -> int:
    _existing_db(args.db)
    return {"rates": _rates, "reminders": _reminders}[args.reporting_command](args)


def _rates(args) -> int:
    from opn_desk.services import reporting

    if args.year is not None and not 2000 <= args.year <= 2100:
        raise _usage(_t("{year} is not a reporting year (2000 to 2100).").format(year=args.year))
    rows = _reading(args.db, lambda desk: desk.read(reporting.rates, year=args.year))
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        print(_t("No reporting cycles for {year}.").format(year=args.year) if args.year else _t("No reporting cycles yet."))
        return 0
    for r in [*rows, *reporting.network_rates(rows)]:
        rate = r.rate
        mark = _t("meets the target") if rate.meets_target else _t("below the target")
        extra = _t("; {count} excused").format(count=rate.excused) if rate.excused else ""
        late = _t("; {count} late").format(count=rate.late + rate.very_late) if rate.late + rate.very_late else ""
        name = _t("Network") if r.programme == "ALL" else r.programme
        print(_t("{name} {year}: {reported} of {partners} partners reported ({rate}, target {target}: "
                 "{mark}{late}{excused})").format(
            name=name, year=r.year, reported=rate.reported, partners=rate.partners,
            rate=percent_text(100 * rate.rate), target=percent_text(100 * rate.target), mark=mark,
            late=late, excused=extra))
    return 0


def _reminders(args) -> int:
    from opn_desk.services.reporting_reminders import write_reminders

    code, year = _programme_and_year(args)
    if not args.out.exists():
        raise _usage(_t("There is no folder {path}; create it first.").format(path=args.out))
    if not args.out.is_dir():
        raise _usage(_t("{path} is a file; give the folder the drafts go to.").format(path=args.out))
    result = _writing(args.db, lambda desk: write_reminders(desk, code, year, args.out))
    for name in result.without_address:
        problem = _t("{name}: no e-mail address for its focal point or representative; no draft written.").format(
            name=name)
        print(_t("warning: {problem}").format(problem=problem), file=sys.stderr)
    count = len(result.written)
    wrote = _t("Wrote {count} reminder draft to {path}") if singular(count) else _t("Wrote {count} reminder drafts to {path}")
    print(wrote.format(count=count, path=args.out)
          + ((_t("; {count} non-reporter without an e-mail address.") if singular(len(result.without_address))
              else _t("; {count} non-reporters without an e-mail address.")).format(count=len(result.without_address))
             if result.without_address else "."))
    return 0


def run_cycle_report(args) -> int:
    from opn_desk.services.reporting_documents import write_cycle_summary

    _existing_db(args.db)
    code, year = _programme_and_year(args)
    out: Path = args.out
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise _usage(_t("{file}: the cycle summary is written as .pdf or .xlsx.").format(file=out.name))
    if out.is_dir():
        raise _usage(_t("{path} is a folder; give the file's name.").format(path=out))
    if not out.parent.is_dir():
        raise _usage(_t("The folder {path} does not exist.").format(path=out.parent))
    done = _reading(args.db, lambda desk: write_cycle_summary(desk, code, year, out, today=date.today()))
    print(_t("Wrote the {code} {year} reporting summary to {path} ({done}).").format(code=code.upper(), year=year,
                                                                                      path=out, done=done))
    return 0


def run_import_activities(args) -> int:
    from opn_desk.commands.imports import read_import_file
    from opn_desk.services.intake_import import parse_rows
    from opn_desk.services.reporting_import import ActivitiesRejected, check_activities, import_activities

    if getattr(args, "call", None):
        raise _usage(_t("--call applies to imports of applications only."))
    try:
        exclude = parse_rows(getattr(args, "exclude_rows", None))
    except ValueError as exc:
        raise _usage(_t("--exclude-rows: {problem}").format(problem=exc)) from None
    _existing_db(args.db)
    file: Path = args.file
    found = read_import_file(file, getattr(args, "mapping", None))
    if found is None:
        return 1
    table, mapping = found

    def report(preview) -> int:
        for problem in preview.problems:
            print(problem.line())
        _warnings(preview.warnings)
        from opn_desk.commands.imports import problems_found

        print(problems_found(len(preview.problems), preview.file_name), file=sys.stderr)
        return 1

    if args.dry_run:
        preview = _reading(args.db, lambda desk: desk.read(check_activities, table, mapping, exclude))
        if preview.problems:
            return report(preview)
        _warnings(preview.warnings)
        print(preview.summary(dry_run=True))
        return 0
    try:
        preview = _writing(args.db, lambda desk: desk.write(_t("Import activities from {file}").format(file=file.name),
                                                            import_activities,
                                                            table, mapping, exclude).value)
    except ActivitiesRejected as rejected:
        return report(rejected.preview)
    _warnings(preview.warnings)
    print(preview.summary())
    return 0


def _warnings(warnings) -> None:
    for w in warnings:
        print(_t("warning: {problem}").format(problem=w.line()), file=sys.stderr)
