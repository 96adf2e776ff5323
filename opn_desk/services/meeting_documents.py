"""The meeting pack (a PDF, the PDF papers' pages appended) and the work plan's progress report (a PDF, or
a Word document when the file's name ends in .docx), for the window and for `opn-desk report meeting-pack`
and `report progress` alike (reports/meeting_pack.py, reports/work_plan.py, reports/work_plan_docx.py).
Written under a temporary name and renamed at the end, so a cancelled document leaves no file
(services/documents.py)."""

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
    """The meeting pack (cover, contents, participants, agenda, each item with its papers, the pages of its
    PDF papers appended; DRAFT unless ``final``)."""
    from opn_desk.reports.meeting_pack import write_meeting_pack
    from opn_desk.services import meetings

    _step(progress, abort, 0.1, _tr("Reading the meeting…"))
    values = desk.read(meetings.pack_values, meeting_id, final=final)
    _step(progress, abort, 0.4, _tr("Writing {name}…").format(name=Path(out).name))
    return Written(_write_whole(out, lambda p: write_meeting_pack(values, p), abort), values)


def progress_report(desk, programme_code: str, out: Path, *, as_of: date | None = None, final: bool = False,
                    progress: Progress = None, abort: Abort = None) -> Written:
    """The work plan's progress report (Tasks | Progress | Next steps) on ``as_of`` (default today): a PDF,
    or a Word document when ``out`` ends in .docx (then ``Written.pages`` is 0: Word lays out the pages)."""
    from opn_desk.services import work_plan

    if Path(out).suffix.lower() == ".docx":
        from opn_desk.reports.work_plan_docx import write_progress_docx

        def write(values, path: Path) -> int:
            write_progress_docx(values, path)
            return 0
    else:
        from opn_desk.reports.work_plan import write_progress_report as write

    _step(progress, abort, 0.1, _tr("Reading the work plan…"))
    values = desk.read(work_plan.progress_report_values, programme_code, as_of=as_of, final=final)
    _step(progress, abort, 0.4, _tr("Writing {name}…").format(name=Path(out).name))
    return Written(_write_whole(out, lambda p: write(values, p), abort), values)
