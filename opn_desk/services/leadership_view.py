"""The Leadership area's read models: what its tabs show, each read in one go (one snapshot, so the
steps, the candidates and the balance never disagree), and its changes that take more than one
service call. Shared by the window (gui/leadership) and any other door; no Qt.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from opn_desk.domain.applications import CallValue, CriterionValue
from opn_desk.domain.renewal import CandidateValue, LeadershipBalance, ProcessDetail, ProcessSummary
from opn_desk.domain.terms import CompositionEntry, TermAlert
from opn_desk.domain.vocab import Role, shown_programme


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
    active: bool = True  # False for a former programme: no new renewal process


def programme_leadership(session: Session, code: str, process_id: uuid.UUID | None = None) -> ProgrammeLeadership:
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
    return ProgrammeLeadership(programme.code, shown_programme(programme.code, programme.name), processes, snapshot, bool(programme.active))


@dataclass(frozen=True)
class Composition:
    code: str
    on: date
    members: tuple[CompositionEntry, ...]  # co-leads first, then core partners
    alerts: tuple[TermAlert, ...]  # due today, soonest first


def composition(session: Session, code: str, on: date) -> Composition:
    from opn_desk.services import terms

    return Composition(code, on, tuple(terms.composition(session, code, on)),
                       tuple(terms.term_alerts(session, programme_code=code)))


def add_step_file(session: Session, process_id: uuid.UUID, number: int, path: Path) -> uuid.UUID:
    """Copy an evidence file into the database with the step (refused over the size limit before reading)."""
    from opn_desk.services import renewal
    from opn_desk.services.intake import read_attachment_file

    return renewal.add_step_attachment(session, process_id, number, Path(path).name, read_attachment_file(Path(path)))


def save_criterion(session: Session, process_id: uuid.UUID, criterion_id: uuid.UUID | None, name: str,
                   weight: float, description: str):
    """Add a lead criterion (``criterion_id`` None) or edit one."""
    from opn_desk.services import renewal

    if criterion_id is None:
        return renewal.add_criterion(session, process_id, name, weight, description)
    return renewal.update_criterion(session, process_id, criterion_id, name=name, weight=weight,
                                    description=description)


def record_incumbent_scores(session: Session, process_id: uuid.UUID, membership_id: uuid.UUID,
                            reviewer_id: uuid.UUID, scores: tuple[tuple[uuid.UUID, float | None, str, bool], ...]) -> int:
    """One reviewer's scores of an incumbent as one change: (criterion, score or None, comment, had one)."""
    from opn_desk.services import renewal

    written = 0
    for criterion_id, score, comment, existed in scores:
        if score is None:
            if existed:
                renewal.remove_incumbent_score(session, process_id, membership_id, criterion_id, reviewer_id)
            continue
        renewal.record_incumbent_score(session, process_id, membership_id, criterion_id, reviewer_id, score, comment)
        written += 1
    return written
