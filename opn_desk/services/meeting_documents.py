"""The meeting pack and the work plan's progress report written to a PDF file, for the window (the same
writers as `opn-desk report meeting-pack` and `report progress`, reports/meeting_pack.py and
reports/work_plan.py). Written under a temporary name and renamed at the end, so a cancelled document
leaves no file (services/documents.py)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from opn_desk.i18n import translate
from opn_desk.services.documents import Abort, Progress, Written, _step, _write_whole


def _tr(text: str) -> str:
    return translate("Documents", text)


def meeting_pack(desk, meeting_id: uuid.UUID, out: Path, *, final: bool = False, progress: Progress = None,
                 abort: Abort = None) -> Written:
    """The meeting pack (cover, contents, participants, agenda, each item with its papers; DRAFT unless
    ``final``)."""
    from opn_desk.reports.meeting_pack import write_meeting_pack
    from opn_desk.services import meetings

    _step(progress, abort, 0.1, _tr("Reading the meeting…"))
    values = desk.read(meetings.pack_values, meeting_id, final=final)
    _step(progress, abort, 0.4, _tr("Writing {name}…").format(name=Path(out).name))
    return Written(_write_whole(out, lambda p: write_meeting_pack(values, p), abort), values)


def progress_report(desk, programme_code: str, out: Path, *, as_of: date | None = None, final: bool = False,
                    progress: Progress = None, abort: Abort = None) -> Written:
    """The work plan's progress report (Tasks | Progress | Next steps) on ``as_of`` (default today)."""
    from opn_desk.reports.work_plan import write_progress_report
    from opn_desk.services import work_plan

    _step(progress, abort, 0.1, _tr("Reading the work plan…"))
    values = desk.read(work_plan.progress_report_values, programme_code, as_of=as_of, final=final)
    _step(progress, abort, 0.4, _tr("Writing {name}…").format(name=Path(out).name))
    return Written(_write_whole(out, lambda p: write_progress_report(values, p), abort), values)
