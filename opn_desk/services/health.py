"""Partnership health: the signals computed from the data for each partner, the desk's Red/Amber/Green
self-assessments, the trend over the cycles and the partners whose health dropped (docs/REPORTING.md).

Signals (`domain.health`): reported in the last cycle of each programme it is a partner of (excused
counts as fine); its initiatives kept up to date (none inactive); for a co-lead, the commitments of its
renewal met (as the desk recorded with its latest self-assessment); the latest self-assessment's RAG.
MAC participation over the meetings held so far, in every programme (written comments sent in advance
count, as the Terms of Reference say; not applicable to a partner never invited). The trend has one point per
reporting year: that year's reporting and the self-assessment in force at its deadline.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import HealthAssessment, Organisation, Programme
from opn_desk.db.models_meetings import Meeting
from opn_desk.domain import health as rules
from opn_desk.domain import reporting as reporting_rules
from opn_desk.domain.health import Signal
from opn_desk.domain.vocab import RAG, InitiativeStatus, Role
from opn_desk.i18n import translate
from opn_desk.services import meetings, portfolio, reporting
from opn_desk.services.errors import InvalidInput, NotFound


def _tr(text: str) -> str:
    return translate("Health", text)


@dataclass(frozen=True, slots=True)
class PartnerHealth:
    organisation_id: uuid.UUID
    organisation: str
    roles: tuple[str, ...]  # role codes held today, any programme
    signals: tuple[Signal, ...]
    level: str | None  # a Rag code
    trend: tuple[tuple[int, float | None], ...]  # (year, score 0..2)
    dropped: bool
    last_assessment: date | None


@dataclass(frozen=True, slots=True)
class Assessment:
    id: uuid.UUID
    assessed_on: date
    rag: str
    commitments_met: bool | None
    note: str
    assessed_by: str


def record_self_assessment(session: Session, organisation_id: uuid.UUID, assessed_on: date, rag: str, *,
                           note: str = "", commitments_met: bool | None = None, assessed_by: str = "") -> uuid.UUID:
    """The desk's Red/Amber/Green after a conversation with the partner (one per partner and day: recording
    the same day again replaces it)."""
    if session.get(Organisation, organisation_id) is None:
        raise NotFound(_tr("That organisation no longer exists."))
    code = RAG.code(rag)
    if code is None:
        raise InvalidInput("rag", _tr("A self-assessment is Red, Amber or Green."))
    row = session.scalar(select(HealthAssessment).where(HealthAssessment.organisation_id == organisation_id,
                                                        HealthAssessment.assessed_on == assessed_on))
    if row is None:
        row = HealthAssessment(organisation_id=organisation_id, assessed_on=assessed_on, rag=code,
                               commitments_met=commitments_met, note=note.strip(), assessed_by=assessed_by)
        session.add(row)
        session.flush()
        return row.id
    for key, value in (("rag", code), ("commitments_met", commitments_met), ("note", note.strip()),
                       ("assessed_by", assessed_by)):
        if getattr(row, key) != value:
            setattr(row, key, value)
    return row.id


def assessments(session: Session, organisation_id: uuid.UUID) -> list[Assessment]:
    """An organisation's self-assessments, the latest first."""
    return [Assessment(a.id, a.assessed_on, a.rag, a.commitments_met, a.note, a.assessed_by)
            for a in session.scalars(select(HealthAssessment).where(
                HealthAssessment.organisation_id == organisation_id).order_by(HealthAssessment.assessed_on.desc()))]


def health_list(session: Session, *, today: date | None = None,
                organisation_ids: set[uuid.UUID] | None = None) -> list[PartnerHealth]:
    """Every partner holding a role today (or those named) with its signals, level and trend; the worst first."""
    today = today or date.today()
    world = reporting._world(session)
    # Who is a partner today, in which roles.
    ids: dict[str, uuid.UUID] = {}

    def of(text: str) -> uuid.UUID:  # the world keeps ids as stored text
        found = ids.get(text)
        if found is None:
            found = ids[text] = uuid.UUID(hex=text)
        return found

    roles_today: dict[uuid.UUID, set[str]] = defaultdict(set)
    iso = today.isoformat()
    for _pid, rows in world.memberships.items():
        for org, role, start, end, status, _group in rows:
            if reporting_rules.holds_role_on(start, end, status, iso):
                roles_today[of(org)].add(role)
    wanted = set(roles_today) if organisation_ids is None else set(organisation_ids)
    # Reporting: each programme's cycles, oldest first.
    by_programme: dict[uuid.UUID, list[tuple]] = defaultdict(list)
    for c in sorted(world.cycles, key=lambda c: c[2]):
        by_programme[c[1]].append(c)
    per_year: dict[uuid.UUID, dict[int, list[bool]]] = defaultdict(lambda: defaultdict(list))
    deadlines: dict[int, date] = {}
    last_cycle: dict[uuid.UUID, list[bool]] = defaultdict(list)
    for cycles in by_programme.values():
        past = [c for c in cycles if c[3] < today]
        for c in past:
            deadlines[c[2]] = max(deadlines.get(c[2], c[3]), c[3])
            standings = world.standings(c, today)
            for text, (st, _roles, _group) in standings.items():
                org = of(text)
                if org in wanted and not st.excused:
                    per_year[org][c[2]].append(st.reported)
                    if c is past[-1]:
                        last_cycle[org].append(st.reported)
    # Initiatives.
    initiative_state: dict[uuid.UUID, list[bool]] = defaultdict(list)
    for r in portfolio.initiatives(session, today=today):
        if r.status in (InitiativeStatus.CLOSED.value, InitiativeStatus.PROPOSED.value):
            continue
        for org in r.partner_ids:
            initiative_state[org].append(r.status != InitiativeStatus.INACTIVE.value)
    # Self-assessments, oldest first.
    assessed: dict[uuid.UUID, list[tuple[date, str, bool | None]]] = defaultdict(list)
    for org, day, rag, met in session.execute(select(HealthAssessment.organisation_id, HealthAssessment.assessed_on,
                                                     HealthAssessment.rag, HealthAssessment.commitments_met)
                                              .order_by(HealthAssessment.assessed_on)):
        if org in wanted:
            assessed[org].append((day, rag, met))
    # MAC participation: each programme's meetings held by today (written comments count).
    took_part: dict[uuid.UUID, list[int]] = defaultdict(lambda: [0, 0])  # org -> [took part, invited]
    held = session.execute(select(Programme.code).where(
        Programme.id.in_(select(Meeting.programme_id).where(Meeting.held_on <= today)))).scalars().all()
    for code in held:
        for line in meetings.participation_rates(session, code, as_of=today):
            if line.organisation_id in wanted:
                took_part[line.organisation_id][0] += line.took_part
                took_part[line.organisation_id][1] += line.invited
    names = {org: name for org, (name, _country) in reporting._names(session, wanted).items()}
    out = []
    for org in wanted:
        reported = last_cycle.get(org, [])
        kept = initiative_state.get(org, [])
        history = assessed.get(org, [])
        latest = history[-1] if history else None
        is_lead = Role.CO_LEAD.value in roles_today.get(org, set())
        signals = (
            Signal("reported", rules.share_level(sum(reported), len(reported)),
                   _tr("{done} of {total} programme(s) in the last cycle").format(
                       done=sum(reported), total=len(reported)) if reported else ""),
            Signal("mac", rules.share_level(*took_part[org]) if org in took_part else None,
                   _tr("took part in {took} of {invited} meeting(s), written comments included").format(
                       took=took_part[org][0], invited=took_part[org][1]) if org in took_part else ""),
            Signal("initiatives", rules.share_level(sum(kept), len(kept)),
                   _tr("{kept} of {total} initiative(s) up to date").format(kept=sum(kept), total=len(kept))
                   if kept else ""),
            Signal("commitments", (None if not is_lead or latest is None or latest[2] is None else
                                   "green" if latest[2] else "red"),
                   "" if not is_lead else _tr("commitments of the renewal")),
            Signal("self_assessment", latest[1] if latest else None,
                   latest[0].isoformat() if latest else ""),
        )
        trend = []
        for year in sorted(per_year.get(org, {})):
            done = per_year[org][year]
            in_force = [a for a in history if a[0] <= deadlines[year]]
            trend.append((year, rules.score([rules.share_level(sum(done), len(done)),
                                             in_force[-1][1] if in_force else None])))
        if latest is not None and (not trend or latest[0] > deadlines.get(trend[-1][0], today)):
            # A self-assessment since the last deadline is a point of its own.
            trend.append((today.year, rules.score([rules.share_level(sum(reported), len(reported)), latest[1]])))
        level = rules.level_of(rules.score(s.level for s in signals))
        out.append(PartnerHealth(org, names.get(org, ""), tuple(sorted(roles_today.get(org, ()))), signals, level,
                                 tuple(trend), rules.dropped([p for _y, p in trend]),
                                 latest[0] if latest else None))
    order = {"red": 0, "amber": 1, "green": 2, None: 3}
    out.sort(key=lambda h: (order[h.level], not h.dropped, h.organisation.casefold(), str(h.organisation_id)))
    return out


def health_of(session: Session, organisation_id: uuid.UUID, *, today: date | None = None) -> PartnerHealth:
    return health_list(session, today=today, organisation_ids={organisation_id})[0]


@dataclass(frozen=True, slots=True)
class OrganisationHealth:
    """What the organisation's own page shows: its health, every self-assessment (the latest first), and
    whether it holds a role today."""

    health: PartnerHealth
    assessments: tuple[Assessment, ...]

    @property
    def partner_today(self) -> bool:
        return bool(self.health.roles)


def organisation_health(session: Session, organisation_id: uuid.UUID, *,
                        today: date | None = None) -> OrganisationHealth:
    if session.get(Organisation, organisation_id) is None:
        raise NotFound(_tr("That organisation no longer exists."))
    return OrganisationHealth(health_of(session, organisation_id, today=today),
                              tuple(assessments(session, organisation_id)))


def health_dropped(session: Session, *, today: date | None = None) -> list[PartnerHealth]:
    """The partners whose health dropped since the previous point of their trend."""
    return [h for h in health_list(session, today=today) if h.dropped]
