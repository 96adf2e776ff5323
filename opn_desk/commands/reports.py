"""`opn-desk report`: PDF reports from a database opened read-only.

- ``report review-pack --call CALL --db PATH --out FILE.pdf``: CALL is a call's title (any case) or
  its id; an unknown or ambiguous CALL exits 2 listing the calls.
- ``report application --id ID --db PATH --out FILE.pdf``: ID is the application's id, or its
  reference (the id's first 8 characters, printed on summaries and letters); an unknown id exits 2.
- ``report dossier --db PATH --programme CODE --out FILE.pdf [--final]``: the leadership renewal
  dossier of the programme's latest renewal process (CODE: SPP, CI, SFS, SLE, STP, SBC; any case);
  DRAFT watermark unless --final. ``--edition full`` (the default) prints everything; ``--edition summary``
  the Board's edition: the decision, the balance and half a page per candidate. An unknown CODE exits 2
  listing the codes; a programme without a renewal process exits 2 with one sentence.
- ``report roster --db PATH --programme CODE [--as-of YYYY-MM-DD] --out FILE.pdf``: the co-leads and
  core partners in office on that date (default today), with their terms.
- ``report selection --db PATH --call CALL --out FILE.pdf [--picked] [--final]``: the core-partner
  selection report of the call's stored round (CALL: its id or a unique part of its title; an unknown
  or ambiguous CALL exits 2 listing the core-partner calls): the optimal slate under the round's rules,
  or with --picked the officer's hand-picked slate. DRAFT watermark unless --final.

Success prints one line with the page count and exits 0. Problems print one sentence (plus the list
of calls, when that helps) on stderr and exit 2; never a traceback.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from opn_desk.i18n import singular, translate

OK, BAD = 0, 2


def _t(text: str) -> str:
    return translate("CommandLine", text)


def _refuse(message: str, *details: str) -> int:
    print(f"opn-desk: {message}", file=sys.stderr)
    for line in details:
        print(f"  {line}", file=sys.stderr)
    return BAD


def _check_out(out: Path | None) -> str | None:
    if out is None:
        return _t("Give the PDF to write with --out FILE.pdf.")
    if out.suffix.lower() != ".pdf":
        return _t("{file}: the report file must end in .pdf.").format(file=out.name)
    if out.is_dir():
        return _t("{path} is a folder; give the PDF file's name.").format(path=out)
    if not out.parent.is_dir():
        return _t("The folder {path} does not exist.").format(path=out.parent)
    return None


def run_report(args) -> int:
    what = args.what
    if (problem := _check_out(getattr(args, "out", None))) is not None:
        return _refuse(problem)
    if what in ("dossier", "roster"):
        if not (getattr(args, "programme", None) or "").strip():
            return _refuse(_t("Name the programme with --programme CODE (for example SPP)."))
        if what == "dossier" and getattr(args, "as_of", None):
            return _refuse(_t("--as-of is for the roster; the dossier is always made as of today."))
        if what == "roster" and getattr(args, "as_of", None):
            try:
                date.fromisoformat(args.as_of)
            except ValueError:
                return _refuse(_t("{text} is not a date in the form YYYY-MM-DD.").format(text=repr(args.as_of)))
    if what == "review-pack" and not (getattr(args, "call", None) or "").strip():
        return _refuse(_t("Name the call with --call CALL (its title or id)."))
    if what == "selection" and not (getattr(args, "call", None) or "").strip():
        return _refuse(_t("Name the core-partner call with --call CALL (its id or a part of its title)."))
    if getattr(args, "picked", False) and what != "selection":
        return _refuse(_t("--picked is for the selection report."))
    edition = getattr(args, "edition", None)
    if edition is not None and what != "dossier":
        return _refuse(_t("--edition is for the dossier."))
    if edition is not None and edition not in ("full", "summary"):
        return _refuse(_t("{edition} is not an edition of the dossier: give full or summary.").format(edition=repr(edition)))
    if what == "application" and not (getattr(args, "id", None) or "").strip():
        return _refuse(_t("Name the application with --id ID."))

    from opn_desk.db.store import StoreError, open_store
    from opn_desk.reports.values import ReportError
    from opn_desk.services.desk import Desk
    from opn_desk.services.errors import DeskError

    try:
        store = open_store(args.db, readonly=True)
    except StoreError as exc:
        return _refuse(str(exc))
    try:
        desk = Desk(store, actor="report")
        if what == "review-pack":
            return _review_pack(desk, args)
        if what == "dossier":
            return _dossier(desk, args)
        if what == "roster":
            return _roster(desk, args)
        if what == "selection":
            return _selection(desk, args)
        return _application(desk, args)
    except (ReportError, DeskError) as exc:
        return _refuse(str(exc))
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        return _refuse(f"{exc.strerror or exc}{where}.")
    finally:
        store.close()


def _review_pack(desk, args) -> int:
    from opn_desk.services import report_data

    wanted = args.call.strip()
    matches = desk.read(report_data.find_calls, wanted)
    if len(matches) != 1:
        calls = matches or desk.read(report_data.list_calls)
        if not calls:
            return _refuse(_t("There is no call {call}: this database has no calls yet.").format(call=repr(wanted)))
        if matches:
            return _refuse(_t("{count} calls are titled {call}; give the id of the one you mean:").format(
                count=len(matches), call=repr(wanted)),
                           *(c.describe() for c in calls))
        return _refuse(_t("There is no call {call}. The calls are:").format(call=repr(wanted)),
                       *(c.describe() for c in calls))
    call = matches[0]
    from opn_desk.services import documents

    written = documents.review_pack(desk, call.id, args.out)
    pack, pages = written.values, written.pages
    count = len(pack.applications)
    print((_t("Wrote the review pack for {call} ({count} application) to {path}: {pages}.") if singular(count) else
           _t("Wrote the review pack for {call} ({count} applications) to {path}: {pages}.")).format(
        call=repr(call.title), count=count, path=args.out, pages=_pages(pages)))
    return OK


def _application(desk, args) -> int:
    from opn_desk.services import report_data

    wanted = args.id.strip()
    found = desk.read(report_data.find_applications, wanted)
    if not found:
        return _refuse(_t("There is no application with the id {id}.").format(id=repr(wanted)))
    if len(found) > 1:
        return _refuse(_t("{count} applications have ids starting with {id}; give more of the id.").format(
            count=len(found), id=repr(wanted)))
    from opn_desk.services import documents

    written = documents.application_document(desk, "summary", found[0], args.out)
    summary, pages = written.values, written.pages
    print(_t("Wrote the application summary for {organisation} to {path}: {pages}.").format(
        organisation=repr(summary.organisation), path=args.out, pages=_pages(pages)))
    return OK


def _programme(desk, text: str) -> str | None:
    """The programme's code as stored, or None (after printing the codes) when there is no such programme."""
    from opn_desk.services import terms

    codes = desk.read(terms.programme_codes)
    wanted = text.strip().upper()
    if any(code == wanted for code, _ in codes):
        return wanted
    _refuse(_t("There is no programme with the code {code}. The codes are:").format(code=repr(text.strip())),
            *(f"{code}  {name}" for code, name in codes))
    return None


def _pages(n: int) -> str:
    return (_t("{count} page") if singular(n) else _t("{count} pages")).format(count=n)


def _dossier(desk, args) -> int:
    from opn_desk.services import documents

    code = _programme(desk, args.programme)
    if code is None:
        return BAD
    edition = getattr(args, "edition", None) or "full"
    written = documents.dossier(desk, code, args.out, final=bool(args.final), edition=edition)
    dossier, pages = written.values, written.pages
    count = len(dossier.candidates)
    if edition == "summary":
        said = (_t("Wrote the {state} leadership renewal dossier (summary edition) for {code} ({count} candidate) "
                   "to {path}: {pages}.") if singular(count) else
                _t("Wrote the {state} leadership renewal dossier (summary edition) for {code} ({count} candidates) "
                   "to {path}: {pages}."))
    else:
        said = (_t("Wrote the {state} leadership renewal dossier for {code} ({count} candidate) to {path}: {pages}.")
                if singular(count) else
                _t("Wrote the {state} leadership renewal dossier for {code} ({count} candidates) to {path}: {pages}."))
    print(said.format(state=_t("FINAL") if args.final else _t("DRAFT"), code=code, count=count, path=args.out,
                      pages=_pages(pages)))
    return OK


def _roster(desk, args) -> int:
    from opn_desk.services import documents

    code = _programme(desk, args.programme)
    if code is None:
        return BAD
    as_of = date.fromisoformat(args.as_of) if args.as_of else None
    written = documents.roster(desk, code, args.out, as_of=as_of)
    roster, pages = written.values, written.pages
    print(_t("Wrote the roster of {code} as of {date} ({leads} co-leads, {partners} core partners) to {path}: "
             "{pages}.").format(code=code, date=roster.as_of.isoformat(), leads=len(roster.co_leads),
                                partners=len(roster.core_partners), path=args.out, pages=_pages(pages)))
    return OK


def _selection(desk, args) -> int:
    from opn_desk.services import selection_round as sr

    wanted = " ".join(args.call.split())
    matches = desk.read(sr.match_calls, wanted)
    if len(matches) != 1:
        calls = matches or desk.read(sr.list_selection_calls)
        if not calls:
            return _refuse(_t("There is no call {call}: this database has no core-partner calls yet.").format(
                call=repr(wanted)))
        if matches:
            return _refuse(_t("{count} core-partner calls match {call}; give more of the title, or the id of the one "
                              "you mean:").format(count=len(matches), call=repr(wanted)),
                           *(c.describe() for c in matches))
        if (why := desk.read(sr.other_kind_of_call, wanted)) is not None:
            return _refuse(why)
        return _refuse(_t("There is no core-partner call {call}. The core-partner calls are:").format(call=repr(wanted)),
                       *(c.describe() for c in calls))
    from opn_desk.services import documents

    written = documents.selection_report(desk, matches[0].call_id, args.out, picked=bool(args.picked),
                                         final=bool(getattr(args, "final", False)))
    report, pages = written.values, written.pages
    slate = {"optimal": _t("proposed slate"), "picked": _t("hand-picked slate"),
             "closest": _t("closest workable slate"), "none": _t("no slate")}[report.slate_kind]
    print(_t("Wrote the {state} selection report for {call} ({slate}, {filled} of {seats} seats) to {path}: "
             "{pages}.").format(state=_t("FINAL") if args.final else _t("DRAFT"), call=repr(report.call_title), slate=slate,
                                filled=len(report.slate), seats=report.seats, path=args.out, pages=_pages(pages)))
    return OK
