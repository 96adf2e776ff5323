"""What the Portfolio area reads in one go, built on `services.portfolio` (docs/REPORTING.md): the filters'
choices, one initiative with its description and due diligence review, and the organisations an
initiative's partners are chosen among."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import Country, DueDiligenceReview, Initiative, Organisation, Programme
from opn_desk.domain import portfolio as rules
from opn_desk.domain.text import fold
from opn_desk.domain.vocab import shown_programme
from opn_desk.i18n import translate
from opn_desk.services import portfolio
from opn_desk.services.countries import shown_name
from opn_desk.services.errors import NotFound
from opn_desk.services.portfolio import (
    DUE_DILIGENCE_CHECKLIST,
    InitiativeInput,
    InitiativeQuery,
    InitiativeRow,
)


@dataclass(frozen=True, slots=True)
class Choices:
    programmes: tuple[tuple[str, str], ...]  # (code, name)
    sectors: tuple[str, ...]
    countries: tuple[tuple[str, str], ...]  # (iso3, name) of the countries initiatives work in


def choices(session: Session) -> Choices:
    programmes = tuple(session.execute(select(Programme.code, Programme.name).order_by(Programme.code)).all())
    sectors = sorted({s for s in session.scalars(select(Initiative.sector)) if s}, key=str.casefold)
    used = {c for cs in session.scalars(select(Initiative.countries)) for c in (cs or ())}
    countries = tuple(sorted(((iso3, name) for iso3, name in session.execute(
        select(Country.iso3, shown_name()).where(Country.iso3.in_(used)))), key=lambda c: fold(c[1]))) if used else ()
    return Choices(tuple((c, shown_programme(c, n)) for c, n in programmes), tuple(sectors), countries)


@dataclass(frozen=True, slots=True)
class Review:
    checklist: tuple[tuple[str, bool], ...]  # every item of the desk's checklist, with what is recorded
    reasons: str
    decision: str | None
    decided_on: date | None
    decided_by: str
    letter: str


@dataclass(frozen=True, slots=True)
class InitiativeDetail:
    row: InitiativeRow
    description: str
    review: Review | None
    next_statuses: tuple[str, ...]  # where the lifecycle may take it from its status as shown


def initiative_detail(session: Session, initiative_id: uuid.UUID, *, today: date | None = None) -> InitiativeDetail:
    today = today or date.today()
    initiative = session.get(Initiative, initiative_id)
    if initiative is None:
        raise NotFound(translate("Portfolio", "That initiative no longer exists."))
    code = session.get(Programme, initiative.programme_id).code
    row = next(r for r in portfolio.initiatives(session, InitiativeQuery(programme=code), today=today)
               if r.id == initiative_id)
    found = session.scalar(select(DueDiligenceReview).where(DueDiligenceReview.initiative_id == initiative_id))
    review = None
    if found is not None:
        stored = dict(found.checklist or {})
        items = [(item, bool(stored.get(item, False))) for item in DUE_DILIGENCE_CHECKLIST]
        items += [(item, bool(done)) for item, done in stored.items() if item not in DUE_DILIGENCE_CHECKLIST]
        review = Review(tuple(items), found.reasons or "", found.decision, found.decided_on, found.decided_by or "",
                        found.letter or "")
    order = list(rules.S)
    nexts = tuple(sorted((str(s.value) if hasattr(s, "value") else str(s)
                          for s in rules.TRANSITIONS.get(rules.S(row.status), ())), key=lambda s: order.index(rules.S(s))))
    return InitiativeDetail(row, initiative.description or "", review, nexts)


def as_input(detail: InitiativeDetail) -> InitiativeInput:
    """The initiative's values as the editor starts from them."""
    r = detail.row
    return InitiativeInput(r.title, r.programme, r.lead_id, r.kind, tuple(o for o in r.partner_ids if o != r.lead_id),
                           detail.description, r.work_stream, r.sector, r.countries, r.other_sdgs, r.targets,
                           r.progress, r.agreement_type, r.starts_on, r.ends_on, r.notes)


def organisation_names(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Organisation.id, Organisation.name).where(Organisation.id.in_(ids))).all())


def review_due_diligence(session: Session, initiative_id: uuid.UUID, checklist: dict[str, bool], reasons: str,
                         decision: str | None = None, *, letter: str = "", decided_by: str = "",
                         today: date | None = None) -> None:
    """The checklist and reasons as they stand and, when ``decision`` is given, the decision with its letter:
    one operation (one undo step)."""
    portfolio.record_due_diligence(session, initiative_id, checklist, reasons)
    if decision:
        session.flush()
        portfolio.decide_due_diligence(session, initiative_id, decision, reasons=reasons, letter=letter,
                                       decided_by=decided_by, today=today)
