"""The advisory committee's meetings and the work plan on the command line (docs/MEETINGS.md).

- ``meetings list --db PATH [--programme CODE] [--json]``: one line per meeting, by date; with --json a
  list of objects ``id``, ``date`` (YYYY-MM-DD), ``kind`` (virtual, face-to-face, teleconference, webinar),
  ``title``, plus ``programme``, ``place``, ``invited`` and ``took_part``. Exit 0.
- ``meetings travel --db PATH --meeting ID [--json]``: the travel requests in the computed priority order
  (LDCs on the meeting's date first, then the groups the desk chose), with the proposed and the granted
  amounts; with --json an object ``meeting``, ``date``, ``budget``, ``priority``, ``allocation_decided_on``
  and ``requests``: a list in the computed order (even where the desk allocated otherwise), each with
  ``organisation``, ``country_iso3``, ``ldc`` (on the meeting's date), ``amount`` (requested),
  ``proposed`` and ``granted`` (null before the allocation). Exit 0.
- ``report meeting-pack --db PATH --meeting ID --out FILE.pdf [--final]``: the meeting pack, the pages of
  the PDF papers appended.
- ``report progress --db PATH --programme CODE [--as-of YYYY-MM-DD] --out FILE.pdf|FILE.docx``: the work
  plan's progress report, as a PDF or a Word document.
- ``report work-plan --db PATH --programme CODE --year YYYY --out FILE.pdf|FILE.docx|FILE.xlsx [--final]``: the
  annual work plan for the funding partners (the year's tasks with their budget line and funding source), as
  a PDF, a Word document or a workbook (one row per task).

Bad arguments, an unknown programme or meeting, a missing database: exit 2, one sentence on stderr.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

OK = 0
KIND_WORDS = {"virtual": "virtual", "face_to_face": "face-to-face", "teleconference": "teleconference",
              "webinar": "webinar"}


def _t(text: str) -> str:
    from opn_desk.i18n import translate

    return translate("CommandLine", text)


def _usage(message: str) -> Exception:
    from opn_desk.commands.errors import UsageError

    return UsageError(message)


def _reading(path: Path | None, fn):
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk

    if path is None:
        raise _usage(_t("Name the database with --db PATH."))
    if not path.exists():
        raise _usage(_t("There is no database at {path}.").format(path=path))
    if path.is_dir():
        raise _usage(_t("{path} is a folder, not a database file.").format(path=path))
    store = open_store(path, readonly=True)
    try:
        return fn(Desk(store))
    finally:
        store.close()


def add_parser(sub, db_arg) -> None:
    p = sub.add_parser("meetings", help=_t("the advisory committee's meetings: list, travel support (docs/MEETINGS.md)"))
    s = p.add_subparsers(dest="meetings_command", metavar="ACTION", parser_class=type(p), required=True)
    c = s.add_parser("list", help=_t("the meetings by date: id, date, kind, title"))
    db_arg(c)
    c.add_argument("--programme", metavar="CODE", help=_t("only this programme's meetings (e.g. SPP)"))
    c.add_argument("--json", action="store_true", help=_t("print a JSON list"))
    c = s.add_parser("travel", help=_t("a meeting's travel requests in priority order, and the allocation"))
    db_arg(c)
    c.add_argument("--meeting", metavar="ID", required=True, help=_t("the meeting's id, as `meetings list` prints it"))
    c.add_argument("--json", action="store_true", help=_t("print a JSON object"))


def run_meetings(args) -> int:
    if args.meetings_command == "list":
        return _list(args)
    return _travel(args)


def _list(args) -> int:
    from opn_desk.services import meetings

    code = (args.programme or "").strip() or None
    found = _reading(args.db, lambda desk: desk.read(meetings.list_meetings, code))
    if args.json:
        print(json.dumps([{"id": str(m.id), "date": m.held_on.isoformat(), "kind": KIND_WORDS[m.kind],
                           "title": m.title, "programme": m.programme_code, "place": m.place,
                           "invited": m.invited, "took_part": m.took_part} for m in found], ensure_ascii=False))
        return OK
    if not found:
        print(_t("No meetings yet."))
    for m in found:
        took_part = _t("({count} of {invited} took part)").format(count=m.took_part, invited=m.invited)
        print(f"{m.held_on.isoformat()}  {m.programme_code:<4} {_kind_word(m.kind):<15} {m.title}  {took_part}  {m.id}")
    return OK


def _travel(args) -> int:
    from opn_desk.services import meetings

    def read(desk):
        meeting = desk.read(meetings.meeting_by_ref, args.meeting)
        return desk.read(meetings.travel, meeting.id)

    view = _reading(args.db, read)
    if args.json:
        print(json.dumps({
            "meeting": str(view.meeting_id), "title": view.title, "date": view.held_on.isoformat(),
            "budget": view.budget, "priority": ["ldc", *view.priority],
            "allocation_decided_on": view.decided_on.isoformat() if view.decided_on else None,
            "requests": [{"rank": line.rank, "organisation": line.organisation, "country_iso3": line.country_iso3,
                          "ldc": line.ldc, "priority_group": line.group or None, "amount": line.amount,
                          "proposed": line.proposed, "granted": line.granted} for line in view.lines],
        }, ensure_ascii=False))
        return OK
    from opn_desk.i18n import number

    budget = number(view.budget, 2) if view.budget is not None else _t("none")
    decided = (_t("allocation decided on {day}").format(day=view.decided_on.isoformat()) if view.decided_on
               else _t("allocation not decided yet"))
    print(_t("{title} ({day}): travel budget {budget}; {decided}.").format(
        title=view.title, day=view.held_on.isoformat(), budget=budget, decided=decided))
    if not view.lines:
        print(_t("No travel requests."))
    for line in view.lines:
        granted = number(line.granted, 2) if line.granted is not None else "-"
        flag = _t("LDC") if line.ldc else (line.group.upper() if line.group else "")
        amounts = _t("requested {amount}, proposed {proposed}, granted {granted}").format(
            amount=number(line.amount, 2), proposed=number(line.proposed, 2), granted=granted)
        print(f"{line.rank:>3}. {line.organisation} ({line.country_iso3 or '?'}) {flag:<4} {amounts}")
    return OK


# --- reports ------------------------------------------------------------------------------------------

def _check_out(out: Path | None, suffixes: tuple[str, ...]) -> None:
    if out is None:
        raise _usage(_t("Give the file to write with --out FILE.pdf."))
    if out.suffix.lower() not in suffixes:
        raise _usage(_t("{file}: the report file must end in {suffixes}.").format(
            file=out.name, suffixes=_t(" or ").join(suffixes)))
    if out.is_dir():
        raise _usage(_t("{path} is a folder; give the file's name.").format(path=out))
    if not out.parent.is_dir():
        raise _usage(_t("The folder {path} does not exist.").format(path=out.parent))


def _kind_word(kind: str) -> str:
    """The kind of meeting in the officer's words ("face-to-face"); the JSON keeps KIND_WORDS."""
    from opn_desk.domain.vocab import MeetingKind
    from opn_desk.i18n import translate

    return translate("Vocabulary", MeetingKind(kind).label).lower()


def _counted(count: int, one: str, many: str) -> str:
    from opn_desk.i18n import singular

    return (one if singular(count) else many).format(count=count)


def _pages(n: int) -> str:
    return _counted(n, _t("{count} page"), _t("{count} pages"))


def run_report(args) -> int:
    if args.what == "meeting-pack":
        return _pack(args)
    if args.what == "work-plan":
        return _annual_plan(args)
    return _progress(args)


def _pack(args) -> int:
    from opn_desk.services import meeting_documents, meetings

    _check_out(args.out, (".pdf",))
    if not (getattr(args, "meeting", None) or "").strip():
        raise _usage(_t("Name the meeting with --meeting ID (`opn-desk meetings list` shows the ids)."))

    def write(desk):
        meeting = desk.read(meetings.meeting_by_ref, args.meeting)
        return meeting_documents.meeting_pack(desk, meeting.id, args.out, final=bool(args.final))

    written = _reading(args.db, write)
    values, pages = written.values, written.pages
    papers = sum(len(i.papers) for i in values.items)
    line = (_t("Wrote the FINAL meeting pack of {title} ({items}, {papers}) to {file}: {pages}.") if values.final
            else _t("Wrote the DRAFT meeting pack of {title} ({items}, {papers}) to {file}: {pages}."))
    print(line.format(title=repr(values.title),
                      items=_counted(len(values.items), _t("{count} agenda item"), _t("{count} agenda items")),
                      papers=_counted(papers, _t("{count} paper"), _t("{count} papers")),
                      file=args.out, pages=_pages(pages)))
    return OK


def _progress(args) -> int:
    from opn_desk.services import meeting_documents

    _check_out(args.out, (".pdf", ".docx"))
    code = (getattr(args, "programme", None) or "").strip()
    if not code:
        raise _usage(_t("Name the programme with --programme CODE (for example SPP)."))
    as_of = None
    if getattr(args, "as_of", None):
        try:
            as_of = date.fromisoformat(args.as_of)
        except ValueError:
            raise _usage(_t("“{text}” is not a date in the form YYYY-MM-DD.").format(text=args.as_of)) from None
    written = _reading(args.db, lambda desk: meeting_documents.progress_report(
        desk, code, args.out, as_of=as_of, final=bool(getattr(args, "final", False))))
    values = written.values
    tasks = sum(len(rows) for _, rows in values.sections)
    where = f"{args.out}." if args.out.suffix.lower() == ".docx" else f"{args.out}: {_pages(written.pages)}."
    print(_t("Wrote the work plan progress report of {programme} as of {day} ({tasks}) to {where}").format(
        programme=values.programme_code, day=values.as_of.isoformat(),
        tasks=_counted(tasks, _t("{count} task"), _t("{count} tasks")), where=where), file=sys.stdout)
    return OK


def _annual_plan(args) -> int:
    """``report work-plan --db PATH --programme CODE --year YYYY --out FILE.pdf|.docx|.xlsx [--final]``: the
    annual work plan for the funding partners (services/work_plan_documents.py)."""
    from opn_desk.services import work_plan_documents

    out = args.out
    if out is not None and out.suffix.lower() not in work_plan_documents.SUFFIXES:
        raise _usage(_t("{name}: the annual work plan is written to a file ending in .pdf, .docx or .xlsx.")
                     .format(name=out.name))
    _check_out(out, work_plan_documents.SUFFIXES)
    code = (getattr(args, "programme", None) or "").strip()
    if not code:
        raise _usage(_t("Name the programme with --programme CODE (for example SPP)."))
    year = getattr(args, "year", None)
    if year is None:
        raise _usage(_t("Name the year of the work plan with --year YYYY."))
    if not 1900 <= year <= 2200:
        raise _usage(_t("{year} is not a year of a work plan.").format(year=year))
    written = _reading(args.db, lambda desk: work_plan_documents.annual_work_plan(
        desk, code, year, out, final=bool(getattr(args, "final", False))))
    v = written.values
    sources = len({f.funding_source for f in v.funding if f.funding_source})
    counted = (_counted(len(v.tasks), _t("{count} task"), _t("{count} tasks")),
               _counted(sources, _t("{count} funding source"), _t("{count} funding sources")))
    line = _t("Wrote the annual work plan {year} of {programme} ({tasks}, {sources}) to {file}").format(
        year=v.year, programme=v.programme_code, tasks=counted[0], sources=counted[1], file=out)
    if out.suffix.lower() == ".pdf":
        line += ": " + _pages(written.pages)
    print(line + ".")
    return OK
