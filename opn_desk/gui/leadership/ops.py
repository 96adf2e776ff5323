"""The Leadership area's reads and its few changes that need more than one service call.

Reads gather what a tab shows in one `Desk.read` (one snapshot, so the steps, the candidates and the
balance never disagree); simple changes are sent by the views themselves with `runner.write` (one
audited, undoable operation each). PDFs are built with `runner.run_long`, off the UI thread, by the
same service and report functions as `opn-desk report dossier|roster`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opn_desk.domain.applications import AttachmentValue, CallValue, CriterionValue
from opn_desk.domain.renewal import CandidateValue, LeadershipBalance, ProcessDetail, ProcessSummary
from opn_desk.domain.terms import CompositionEntry, TermAlert
from opn_desk.domain.vocab import Role
from opn_desk.gui.core.operations import OperationRunner
from opn_desk.gui.widgets.attachments import read_attachment_file

Success = Callable[[Any], None] | None
Failure = Callable[[BaseException], None] | None

# Tables whose change can alter what the renewal tabs show (MAC opinions live on applications, the
# scores on reviews, the incumbents on memberships).
PROCESS_TABLES = frozenset({
    "renewal_process", "renewal_step", "renewal_checklist_item", "succession_entry", "renewal_candidate",
    "renewal_score", "attachment", "application", "application_transition", "evaluation_criterion", "review",
    "conflict_of_interest", "call", "membership", "organisation", "person",
})
TERM_TABLES = frozenset({"membership", "organisation", "person"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Leadership", text)


@dataclass(frozen=True)
class RenewalSnapshot:
    """One renewal process as the tabs show it, read in one go."""

    detail: ProcessDetail
    candidates: tuple[CandidateValue, ...]  # ranked: best total first, unscored last
    criteria: tuple[CriterionValue, ...]
    incumbents: tuple[tuple[CompositionEntry, bool | None, bool], ...]  # member, seeking renewal, applied
    balance: LeadershipBalance
    calls: tuple[CallValue, ...]  # the programme's co-lead calls (to link one)

    @property
    def proposed(self) -> tuple[CandidateValue, ...]:
        return tuple(c for c in self.candidates if c.proposed)

    def candidate(self, key: uuid.UUID | None) -> CandidateValue | None:
        return next((c for c in self.candidates if c.key == key), None)


@dataclass(frozen=True)
class ProgrammeLeadership:
    code: str
    name: str
    processes: tuple[ProcessSummary, ...]  # newest first
    process: RenewalSnapshot | None  # the one asked for, else the newest; None when there is none


def programme_leadership(session, code: str, process_id: uuid.UUID | None = None) -> ProgrammeLeadership:
    """The programme's renewal processes and a snapshot of one of them."""
    from opn_desk.services import applications, renewal, terms

    programme = terms.programme_by_code(session, code)
    processes = tuple(renewal.list_processes(session, programme.code))
    chosen = next((p.id for p in processes if p.id == process_id), processes[0].id if processes else None)
    calls = tuple(applications.list_calls(session, programme.code, Role.CO_LEAD.value))
    snapshot = None
    if chosen is not None:
        candidates = renewal.list_candidates(session, chosen)
        proposed = [c for c in candidates if c.proposed]
        snapshot = RenewalSnapshot(
            detail=renewal.get_process(session, chosen), candidates=tuple(candidates),
            criteria=tuple(renewal.list_process_criteria(session, chosen)),
            incumbents=tuple(renewal.list_incumbents(session, chosen)),
            balance=renewal.balance_of(candidates, proposed), calls=calls)
    return ProgrammeLeadership(programme.code, programme.name, processes, snapshot)


@dataclass(frozen=True)
class Composition:
    code: str
    on: date
    members: tuple[CompositionEntry, ...]  # co-leads first, then core partners
    alerts: tuple[TermAlert, ...]  # due today, soonest first


def composition(session, code: str, on: date) -> Composition:
    from opn_desk.services import terms

    return Composition(code, on, tuple(terms.composition(session, code, on)),
                       tuple(terms.term_alerts(session, programme_code=code)))


def load_programme(runner: OperationRunner, code: str, process_id: uuid.UUID | None, *, success: Success,
                   failure: Failure = None) -> None:
    runner.read(programme_leadership, code, process_id, success=success, failure=failure)


def load_composition(runner: OperationRunner, code: str, on: date, *, success: Success,
                     failure: Failure = None) -> None:
    runner.read(composition, code, on, success=success, failure=failure)


def load_programmes(runner: OperationRunner, *, success: Success) -> None:
    from opn_desk.services import terms

    runner.read(terms.programme_codes, success=success)


# -- changes needing a file or keyword arguments ---------------------------------------------------

def add_step_file(runner: OperationRunner, process_id: uuid.UUID, number: int, path: Path, *,
                  success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    """Copy an evidence file into the database with the step (read on the worker, size checked first)."""
    from opn_desk.services import renewal

    def attach(session) -> uuid.UUID:
        return renewal.add_step_attachment(session, process_id, number, Path(path).name,
                                           read_attachment_file(Path(path)))

    runner.write(_tr("Attach {file} to step {number}").format(file=Path(path).name, number=number), attach,
                 success=success, failure=failure, parent=parent)


def remove_step_file(runner: OperationRunner, attachment: AttachmentValue, number: int, *, success: Success = None,
                     failure: Failure = None, parent: QWidget | None = None) -> None:
    from opn_desk.services import renewal

    runner.write(_tr("Remove {file} from step {number}").format(file=attachment.filename, number=number),
                 renewal.remove_step_attachment, attachment.id, success=success, failure=failure, parent=parent)


def open_step_file(runner: OperationRunner, attachment_id: uuid.UUID, *, success: Success,
                   failure: Failure = None, parent: QWidget | None = None) -> None:
    """Write the evidence file to a private temporary folder and hand its path to ``success``."""
    from opn_desk.gui.widgets.attachments import export_attachment

    export_attachment(runner, attachment_id, success=success, failure=failure, parent=parent)


def save_criterion(runner: OperationRunner, process_id: uuid.UUID, criterion_id: uuid.UUID | None, name: str,
                   weight: float, description: str, *, success: Success = None, failure: Failure = None,
                   parent: QWidget | None = None) -> None:
    """Add a lead criterion (``criterion_id`` None) or edit one."""
    from opn_desk.services import renewal

    def save(session):
        if criterion_id is None:
            return renewal.add_criterion(session, process_id, name, weight, description)
        return renewal.update_criterion(session, process_id, criterion_id, name=name, weight=weight,
                                        description=description)

    label = _tr("Add the lead criterion {name}") if criterion_id is None else _tr("Edit the lead criterion {name}")
    runner.write(label.format(name=name.strip()), save, success=success, failure=failure, parent=parent)


def record_incumbent_scores(runner: OperationRunner, process_id: uuid.UUID, membership_id: uuid.UUID,
                            reviewer_id: uuid.UUID, scores: tuple[tuple[uuid.UUID, float | None, str, bool], ...],
                            label: str, *, success: Success = None, failure: Failure = None,
                            parent: QWidget | None = None) -> None:
    """One reviewer's scores of an incumbent as one change: (criterion, score or None, comment, had one)."""
    from opn_desk.services import renewal

    def record(session) -> int:
        written = 0
        for criterion_id, score, comment, existed in scores:
            if score is None:
                if existed:
                    renewal.remove_incumbent_score(session, process_id, membership_id, criterion_id, reviewer_id)
                continue
            renewal.record_incumbent_score(session, process_id, membership_id, criterion_id, reviewer_id, score,
                                           comment)
            written += 1
        return written

    runner.write(label, record, success=success, failure=failure, parent=parent)


# -- PDFs ------------------------------------------------------------------------------------------

_PREVIEW_FOLDER: list[Path] = []


def preview_folder() -> Path:
    """A private temporary folder for the PDFs built for the preview (removed at exit)."""
    if not _PREVIEW_FOLDER:
        import atexit
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="opn-desk-previews-"))
        atexit.register(shutil.rmtree, folder, True)
        _PREVIEW_FOLDER.append(folder)
    return _PREVIEW_FOLDER[0]


def preview_path(stem: str) -> Path:
    """A new file in the preview folder: each build gets its own, so an open preview is never overwritten."""
    safe = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in stem).strip() or "document"
    return preview_folder() / f"{safe} {uuid.uuid4().hex[:6]}.pdf"


def write_dossier(runner: OperationRunner, code: str, out: Path, *, final: bool, success: Success,
                  failure: Failure = None, parent: QWidget | None = None) -> None:
    """The leadership renewal dossier of the programme's latest process; ``success`` gets the page count."""
    def work(desk, progress, abort):
        from opn_desk.reports.leadership import write_dossier as write
        from opn_desk.reports.values import ReportError
        from opn_desk.services import report_data
        from opn_desk.services.desk_settings import letterhead
        from opn_desk.services.errors import NotAllowed

        progress(0.1, _tr("Reading the renewal process…"))
        dossier = desk.read(report_data.leadership_dossier, code)
        progress(0.4, _tr("Writing the dossier ({count} candidates)…").format(count=len(dossier.candidates)))
        try:
            return write(dossier, out, final=final, letterhead=desk.read(letterhead, code))
        except ReportError as exc:
            raise NotAllowed(str(exc)) from None

    runner.run_long(_tr("Building the dossier…"), work, success=success, failure=failure, parent=parent)


def write_roster(runner: OperationRunner, code: str, as_of: date, out: Path, *, success: Success,
                 failure: Failure = None, parent: QWidget | None = None) -> None:
    """The roster of the programme on ``as_of``; ``success`` gets the page count."""
    def work(desk, progress, abort):
        from opn_desk.reports.leadership import write_roster as write
        from opn_desk.reports.values import ReportError
        from opn_desk.services import report_data
        from opn_desk.services.desk_settings import letterhead
        from opn_desk.services.errors import NotAllowed

        progress(0.1, _tr("Reading the composition…"))
        roster = desk.read(report_data.roster, code, as_of=as_of)
        progress(0.4, _tr("Writing the roster…"))
        try:
            return write(roster, out, letterhead=desk.read(letterhead, code))
        except ReportError as exc:
            raise NotAllowed(str(exc)) from None

    runner.run_long(_tr("Building the roster…"), work, success=success, failure=failure, parent=parent)
