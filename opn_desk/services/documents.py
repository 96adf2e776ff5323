"""The desk's PDF documents, from the database to the file: one entry point each for the window and
`opn-desk report`.

Each reads its values (services/report_data.py, services/selection_report_data.py) and the
programme's letterhead, and hands them to the writer in opn_desk/reports. Long work may be stopped:
``abort()`` is checked between the steps and once more before the finished file takes its name, so a
cancelled document raises `Cancelled` and leaves no file (the PDF is written under a temporary name
and renamed only at the end). ``progress(fraction, message)`` reports the steps.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from opn_desk.domain.work import stop_if_asked
from opn_desk.i18n import translate
from opn_desk.services.errors import NotAllowed

Progress = Callable[[float, str], None] | None
Abort = Callable[[], bool] | None
LETTERS = ("acknowledgement", "decision", "summary")


def _tr(text: str) -> str:
    return translate("Documents", text)


@dataclass(frozen=True)
class Written:
    """A document written: its page count and the values it was made from (the command line's summary
    line names some of them)."""

    pages: int
    values: Any


def _step(progress: Progress, abort: Abort, fraction: float, message: str) -> None:
    stop_if_asked(abort)
    if progress is not None:
        progress(fraction, message)


def _letterhead(desk, programme_code: str | None) -> str:
    from opn_desk.services.desk_settings import letterhead

    return desk.read(letterhead, programme_code) if programme_code else ""


def _write_whole(out: Path, write: Callable[[Path], int], abort: Abort) -> int:
    """``write(temporary path)``, then the file takes its name unless Cancel was pressed meanwhile."""
    from opn_desk.reports.values import ReportError

    out = Path(out)
    if out.is_dir():
        raise NotAllowed(_tr("{path} is a folder; give the PDF file's name.").format(path=out))
    temp = out.with_name(f".{out.stem}.{uuid.uuid4().hex[:8]}.partial{out.suffix}")
    try:
        pages = write(temp)
        stop_if_asked(abort)
        os.replace(temp, out)
    except ReportError as exc:
        raise NotAllowed(str(exc)) from None
    finally:
        temp.unlink(missing_ok=True)
    return pages


def review_pack(desk, call_id: uuid.UUID, out: Path, *, progress: Progress = None, abort: Abort = None) -> Written:
    """The MAC's review pack of a call: cover, contents, one section per application with its scores."""
    from opn_desk.reports.applications import write_review_pack
    from opn_desk.services import report_data

    _step(progress, abort, 0.1, _tr("Reading the call's applications…"))
    pack = desk.read(report_data.review_pack, call_id)
    head = _letterhead(desk, pack.programme_code)
    _step(progress, abort, 0.4, _tr("Writing {name}…").format(name=Path(out).name))
    return Written(_write_whole(out, lambda p: write_review_pack(pack, p, letterhead=head), abort), pack)


def application_document(desk, kind: str, application_id: uuid.UUID, out: Path, *, dated: date | None = None,
                         progress: Progress = None, abort: Abort = None) -> Written:
    """An acknowledgement letter, a decision letter or the one-page summary of an application."""
    from opn_desk.reports import applications as pdf
    from opn_desk.reports.values import Letter
    from opn_desk.services import report_data

    if kind not in LETTERS:
        raise ValueError(kind)
    _step(progress, abort, 0.1, _tr("Reading the application…"))
    summary = desk.read(report_data.application_summary, application_id)
    head = _letterhead(desk, summary.programme_code)
    _step(progress, abort, 0.4, _tr("Writing {name}…").format(name=Path(out).name))
    if kind == "summary":
        def write(path: Path) -> int:
            return pdf.write_application_summary(summary, path, letterhead=head)
    else:
        letter = Letter(dated=dated or date.today(), letterhead=head)
        writer = pdf.write_acknowledgement_letter if kind == "acknowledgement" else pdf.write_decision_letter

        def write(path: Path) -> int:
            return writer(summary, letter, path)
    return Written(_write_whole(out, write, abort), summary)


def dossier(desk, code: str, out: Path, *, final: bool = False, edition: str = "full", progress: Progress = None,
            abort: Abort = None) -> Written:
    """The leadership renewal dossier of the programme's latest process (DRAFT unless ``final``);
    ``edition`` "full" (everything) or "summary" (the decision, the balance, half a page per candidate)."""
    from opn_desk.reports.leadership import write_dossier
    from opn_desk.services import report_data

    _step(progress, abort, 0.1, _tr("Reading the renewal process…"))
    value = desk.read(report_data.leadership_dossier, code)
    head = _letterhead(desk, code)
    _step(progress, abort, 0.4, _tr("Writing the dossier ({count} candidates)…").format(count=len(value.candidates)))
    return Written(_write_whole(out, lambda p: write_dossier(value, p, final=final, letterhead=head,
                                                             edition=edition), abort), value)


def roster(desk, code: str, out: Path, *, as_of: date | None = None, progress: Progress = None,
           abort: Abort = None) -> Written:
    """The co-leads and core partners of the programme in office on ``as_of`` (default today)."""
    from opn_desk.reports.leadership import write_roster
    from opn_desk.services import report_data

    _step(progress, abort, 0.1, _tr("Reading the composition…"))
    value = desk.read(report_data.roster, code, as_of=as_of)
    head = _letterhead(desk, code)
    _step(progress, abort, 0.4, _tr("Writing the roster…"))
    return Written(_write_whole(out, lambda p: write_roster(value, p, letterhead=head), abort), value)


def selection_report(desk, call_id: uuid.UUID, out: Path, *, picked: bool = False, final: bool = False,
                     progress: Progress = None, abort: Abort = None) -> Written:
    """The core-partner selection report of a call's round: its proposed slate, or the hand-picked one."""
    from opn_desk.reports.selection import write_selection_report
    from opn_desk.services.selection_report_data import selection_report as values

    _step(progress, abort, 0.1, _tr("Reading the round and finding its slate…"))
    report = desk.read(values, call_id, picked=picked)
    head = _letterhead(desk, report.programme_code)
    _step(progress, abort, 0.5, _tr("Writing {name}…").format(name=Path(out).name))
    return Written(_write_whole(out, lambda p: write_selection_report(report, p, final=final, letterhead=head),
                                abort), report)
