"""`opn-desk report`: PDF reports from a database opened read-only.

- ``report review-pack --call CALL --db PATH --out FILE.pdf``: CALL is a call's title (any case) or
  its id; an unknown or ambiguous CALL exits 2 listing the calls.
- ``report application --id ID --db PATH --out FILE.pdf``: ID is the application's id, or its
  reference (the id's first 8 characters, printed on summaries and letters); an unknown id exits 2.
- ``report dossier`` / ``report roster``: not yet (exit 2, one sentence).

Success prints one line with the page count and exits 0. Problems print one sentence (plus the list
of calls, when that helps) on stderr and exit 2; never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

OK, BAD = 0, 2


def _refuse(message: str, *details: str) -> int:
    print(f"opn-desk: {message}", file=sys.stderr)
    for line in details:
        print(f"  {line}", file=sys.stderr)
    return BAD


def _check_out(out: Path | None) -> str | None:
    if out is None:
        return "Give the PDF to write with --out FILE.pdf."
    if out.suffix.lower() != ".pdf":
        return f"{out.name}: the report file must end in .pdf."
    if out.is_dir():
        return f"{out} is a folder; give the PDF file's name."
    if not out.parent.is_dir():
        return f"The folder {out.parent} does not exist."
    return None


def _letterhead() -> str:
    from opn_desk.preferences import Preferences

    return Preferences.load().letterhead.strip()


def run_report(args) -> int:
    what = args.what
    if what in ("dossier", "roster"):
        return _refuse(f"The {what} report comes with the leadership renewal feature; it is not available yet.")
    if (problem := _check_out(getattr(args, "out", None))) is not None:
        return _refuse(problem)
    if what == "review-pack" and not (getattr(args, "call", None) or "").strip():
        return _refuse("Name the call with --call CALL (its title or id).")
    if what == "application" and not (getattr(args, "id", None) or "").strip():
        return _refuse("Name the application with --id ID.")

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
            return _refuse(f"There is no call {wanted!r}: this database has no calls yet.")
        if matches:
            return _refuse(f"{len(matches)} calls are titled {wanted!r}; give the id of the one you mean:",
                           *(c.describe() for c in calls))
        return _refuse(f"There is no call {wanted!r}. The calls are:", *(c.describe() for c in calls))
    call = matches[0]
    pack = desk.read(report_data.review_pack, call.id)

    from opn_desk.reports.applications import write_review_pack

    pages = write_review_pack(pack, args.out, letterhead=_letterhead())
    count = len(pack.applications)
    print(f"Wrote the review pack for {call.title!r} ({count} application{'s' if count != 1 else ''}) "
          f"to {args.out}: {pages} page{'s' if pages != 1 else ''}.")
    return OK


def _application(desk, args) -> int:
    from opn_desk.services import report_data

    wanted = args.id.strip()
    found = desk.read(report_data.find_applications, wanted)
    if not found:
        return _refuse(f"There is no application with the id {wanted!r}.")
    if len(found) > 1:
        return _refuse(f"{len(found)} applications have ids starting with {wanted!r}; give more of the id.")
    summary = desk.read(report_data.application_summary, found[0])

    from opn_desk.reports.applications import write_application_summary

    pages = write_application_summary(summary, args.out, letterhead=_letterhead())
    print(f"Wrote the application summary for {summary.organisation!r} to {args.out}: "
          f"{pages} page{'s' if pages != 1 else ''}.")
    return OK
