"""What the Reporting area reads in one go, built on `services.reporting` and `services.health`
(docs/REPORTING.md): the programmes and their years, one cycle's view (rates, breakdowns, partners and
their standings, non-reporters sorted by how long), an activity's values for its editor, an organisation's
focal point as stored and its people.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import (
    Organisation,
    Person,
    Programme,
    ReportedActivity,
    ReportingAlternate,
    ReportingCycle,
    ReportingFocalPoint,
)
from opn_desk.domain.reporting import CycleSummary, NonReporter
from opn_desk.domain.vocab import shown_programme
from opn_desk.i18n import translate
from opn_desk.services import reporting
from opn_desk.services.errors import NotFound
from opn_desk.services.reporting import ActivityInput, CycleLine, PartnerLine


@dataclass(frozen=True, slots=True)
class ProgrammeYears:
    code: str
    name: str
    years: tuple[int, ...]  # years with a cycle, latest first


def programme_years(session: Session) -> list[ProgrammeYears]:
    """Every programme with the years of its reporting cycles (none: an empty tuple), by code."""
    years: dict[uuid.UUID, list[int]] = {}
    for pid, year in session.execute(select(ReportingCycle.programme_id, ReportingCycle.year)):
        years.setdefault(pid, []).append(year)
    return [ProgrammeYears(code, shown_programme(code, name), tuple(sorted(years.get(pid, ()), reverse=True)))
            for pid, code, name in session.execute(select(Programme.id, Programme.code, Programme.name)
                                                    .order_by(Programme.code))]


@dataclass(frozen=True, slots=True)
class PartnerRow:
    """A partner of the cycle with its standing and, when it has not reported, how long it has been missing."""

    line: PartnerLine
    missed_in_a_row: int = 0
    repeated: bool = False


@dataclass(frozen=True, slots=True)
class CycleView:
    cycle: CycleLine
    summary: CycleSummary
    partners: tuple[PartnerRow, ...]  # the longest-missing first, then the others by name


def cycle_view(session: Session, programme_code: str, year: int, *, today: date | None = None) -> CycleView:
    """One cycle as the Reporting area shows it."""
    today = today or date.today()
    cycle = reporting.cycle_for(session, programme_code, year)
    line = next(c for c in reporting.cycles(session, programme_code) if c.id == cycle.id)
    summary = reporting.cycle_summary(session, programme_code, year, today=today)
    missing: dict[uuid.UUID, NonReporter] = {n.organisation_id: n for n in summary.non_reporters}
    order = {oid: i for i, oid in enumerate(missing)}
    rows = [PartnerRow(p, missing[p.organisation_id].missed_in_a_row, missing[p.organisation_id].repeated)
            if p.organisation_id in missing else PartnerRow(p)
            for p in reporting.partner_lines(session, programme_code, year, today=today)]
    rows.sort(key=lambda r: (0, order[r.line.organisation_id]) if r.line.organisation_id in order
              else (1, r.line.organisation.casefold()))
    return CycleView(line, summary, tuple(rows))


@dataclass(frozen=True, slots=True)
class ActivityValues:
    id: uuid.UUID
    organisation: str
    data: ActivityInput


def activity_values(session: Session, activity_id: uuid.UUID) -> ActivityValues:
    """An activity's stored values, for its editor."""
    a = session.get(ReportedActivity, activity_id)
    if a is None:
        raise NotFound(translate("Reporting", "That activity no longer exists."))
    org = session.get(Organisation, a.organisation_id)
    return ActivityValues(a.id, org.name if org else "", ActivityInput(
        a.cycle_id, a.organisation_id, a.title, a.category, a.initiative_id, tuple(a.countries or ()),
        tuple(a.sdgs or ()), a.change_in_practice or "", bool(a.highlight)))


@dataclass(frozen=True, slots=True)
class FocalPointForm:
    """An organisation's reporting focal point as stored (None: not set), its language, the alternates and
    the people the officer may choose among."""

    organisation_id: uuid.UUID
    organisation: str
    person_id: uuid.UUID | None
    language: str
    alternates: tuple[uuid.UUID, ...]
    people: tuple[tuple[uuid.UUID, str, str], ...]  # (id, name, e-mail)
    receiver: str  # who receives the reminders today (the representative when no focal point is set)


def focal_point_form(session: Session, organisation_id: uuid.UUID) -> FocalPointForm:
    org = session.get(Organisation, organisation_id)
    if org is None:
        raise NotFound(translate("Reporting", "That organisation no longer exists."))
    row = session.scalar(select(ReportingFocalPoint).where(ReportingFocalPoint.organisation_id == organisation_id))
    alternates = tuple(session.scalars(select(ReportingAlternate.person_id).where(
        ReportingAlternate.organisation_id == organisation_id)))
    people = tuple((p.id, p.name, p.email or "") for p in session.scalars(
        select(Person).where(Person.organisation_id == organisation_id).order_by(Person.name)))
    fp = reporting.focal_points(session, [organisation_id]).get(organisation_id)
    receiver = f"{fp.name} <{fp.email}>" if fp and fp.email else (fp.name if fp else "")
    if row is None:  # a first focal point: the reminders' language proposed is the country's (fr, es, else en)
        from opn_desk.services.reporting_reminders import partner_languages

        language = partner_languages(session, [organisation_id]).get(organisation_id, "en")
    else:
        language = row.language
    return FocalPointForm(organisation_id, org.name, row.person_id if row else None,
                          language, alternates, people, receiver)


def initiative_choices(session: Session, programme_code: str) -> list[tuple[uuid.UUID, str]]:
    """The programme's initiatives an activity may belong to, by title."""
    from opn_desk.db.models import Initiative

    programme = reporting.programme_by_code(session, programme_code)
    return [(i, t) for i, t in session.execute(select(Initiative.id, Initiative.title).where(
        Initiative.programme_id == programme.id).order_by(Initiative.title))]
