"""Partner reporting: cycles, partners' answers, focal points, reported activities, rates against the
target, non-reporters and the cycle summary's values (docs/REPORTING.md).

Every change is a function taking a Session first, run by `Desk.write` (one operation: audit trail, undo,
the laptop merge); reads return plain values. The rules are `opn_desk.domain.reporting`.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from opn_desk.db.models import (
    Country,
    Initiative,
    Membership,
    Organisation,
    Person,
    Programme,
    ReminderLog,
    ReportedActivity,
    ReportingAlternate,
    ReportingCycle,
    ReportingFocalPoint,
    ReportingStatus,
)
from opn_desk.domain import portfolio as portfolio_rules
from opn_desk.domain import reporting as rules
from opn_desk.domain.reporting import (  # the values handed to views and reports
    ActivityLine,
    Breakdown,
    CycleSummary,
    NonReporter,
    Rate,
    RateRow,
    Standing,
)
from opn_desk.domain.vocab import (
    ACTIVITY_CATEGORIES,
    ROLES,
    InitiativeKind,
    ReportingState,
    Role,
    shown_group,
    shown_programme,
)
from opn_desk.i18n import percent_text, singular, translate
from opn_desk.services.countries import country_sql
from opn_desk.services.errors import InvalidInput, NotFound, StaleEdit
from opn_desk.services.terms import programme_by_code

LANGUAGES = ("en", "fr", "es")
_ROLE_ORDER = {Role.CO_LEAD.value: 0, Role.CORE_PARTNER.value: 1, Role.NETWORK_MEMBER.value: 2}


def _tr(text: str) -> str:
    return translate("Reporting", text)


# ---------------------------------------------------------------------------------------- values

@dataclass(frozen=True, slots=True)
class PartnerLine:
    """One partner of a cycle with its standing."""

    organisation_id: uuid.UUID
    organisation: str
    roles: tuple[str, ...]
    group: str | None
    stored: str | None
    submitted_on: date | None
    excuse_reason: str
    standing: Standing


@dataclass(frozen=True, slots=True)
class ActivityInput:
    cycle_id: uuid.UUID
    organisation_id: uuid.UUID
    title: str
    category: str
    initiative_id: uuid.UUID | None = None
    countries: tuple[str, ...] = ()
    sdgs: tuple[int, ...] = ()
    change_in_practice: str = ""
    highlight: bool = False


# ----------------------------------------------------------------------------------------- cycles

def _cycle(session: Session, cycle_id: uuid.UUID) -> ReportingCycle:
    cycle = session.get(ReportingCycle, cycle_id)
    if cycle is None:
        raise NotFound(_tr("That reporting cycle no longer exists."))
    return cycle


def cycle_for(session: Session, programme_code: str, year: int) -> ReportingCycle:
    programme = programme_by_code(session, programme_code)
    cycle = session.scalar(select(ReportingCycle).where(ReportingCycle.programme_id == programme.id,
                                                        ReportingCycle.year == int(year)))
    if cycle is None:
        years = [str(y) for y in session.scalars(select(ReportingCycle.year).where(
            ReportingCycle.programme_id == programme.id).order_by(ReportingCycle.year))]
        known = (_tr("; its cycles are {years}").format(years=", ".join(years)) if years
                 else _tr("; it has no reporting cycles yet"))
        raise NotFound(_tr("{code} has no reporting cycle for {year}{known}.").format(
            code=programme.code, year=year, known=known))
    return cycle


@dataclass(frozen=True, slots=True)
class CycleLine:
    id: uuid.UUID
    programme: str  # code
    year: int
    deadline: date
    reminder_days: tuple[int, ...]
    notes: str
    version: int


def cycles(session: Session, programme_code: str | None = None) -> list[CycleLine]:
    """The reporting cycles (of one programme, or all), by programme then year."""
    stmt = (select(ReportingCycle, Programme.code).join(Programme, Programme.id == ReportingCycle.programme_id)
            .order_by(Programme.code, ReportingCycle.year))
    if programme_code:
        stmt = stmt.where(ReportingCycle.programme_id == programme_by_code(session, programme_code).id)
    return [CycleLine(c.id, code, c.year, c.deadline, tuple(c.reminder_days or ()), c.notes, c.version)
            for c, code in session.execute(stmt)]


@dataclass(frozen=True, slots=True)
class ReminderLine:
    programme: str
    year: int
    prepared_on: date
    days_from_deadline: int
    language: str
    recipients: str


def reminders_sent(session: Session, organisation_id: uuid.UUID) -> list[ReminderLine]:
    """The reminders prepared for an organisation (its record's reporting history), the latest first."""
    rows = session.execute(
        select(Programme.code, ReportingCycle.year, ReminderLog.prepared_on, ReminderLog.days_from_deadline,
               ReminderLog.language, ReminderLog.recipients)
        .join(ReportingCycle, ReportingCycle.id == ReminderLog.cycle_id)
        .join(Programme, Programme.id == ReportingCycle.programme_id)
        .where(ReminderLog.organisation_id == organisation_id)
        .order_by(ReminderLog.prepared_on.desc(), Programme.code)).all()
    return [ReminderLine(*row) for row in rows]


def _check_year(year: int) -> int:
    if not 2000 <= int(year) <= 2100:
        raise InvalidInput("year", _tr("{year} is not a reporting year (2000 to 2100).").format(year=year))
    return int(year)


def create_cycle(session: Session, programme_code: str, year: int, deadline: date,
                 reminder_days: Iterable[object] = rules.DEFAULT_REMINDER_DAYS, notes: str = "") -> uuid.UUID:
    programme = programme_by_code(session, programme_code)
    year = _check_year(year)
    if session.scalar(select(ReportingCycle.id).where(ReportingCycle.programme_id == programme.id,
                                                      ReportingCycle.year == year)) is not None:
        raise InvalidInput("year", _tr("{code} already has a reporting cycle for {year}.").format(
            code=programme.code, year=year))
    try:
        days = rules.reminder_days(reminder_days)
    except ValueError as exc:
        raise InvalidInput("reminder_days", str(exc)) from None
    cycle = ReportingCycle(programme_id=programme.id, year=year, deadline=deadline, reminder_days=list(days),
                           notes=notes.strip())
    session.add(cycle)
    session.flush()
    return cycle.id


def edit_cycle(session: Session, cycle_id: uuid.UUID, *, deadline: date | None = None,
               reminder_days: Iterable[object] | None = None, notes: str | None = None,
               expected_version: int | None = None) -> None:
    cycle = _cycle(session, cycle_id)
    if expected_version is not None and cycle.version != expected_version:
        raise StaleEdit(_tr("The reporting cycle was changed since you opened it; reopen it to see the latest "
                            "version."))
    if deadline is not None and deadline != cycle.deadline:
        cycle.deadline = deadline
    if reminder_days is not None:
        try:
            days = list(rules.reminder_days(reminder_days))
        except ValueError as exc:
            raise InvalidInput("reminder_days", str(exc)) from None
        if days != list(cycle.reminder_days or []):
            cycle.reminder_days = days
    if notes is not None and notes.strip() != cycle.notes:
        cycle.notes = notes.strip()


def _status_row(session: Session, cycle_id: uuid.UUID, organisation_id: uuid.UUID) -> ReportingStatus:
    _cycle(session, cycle_id)
    if session.get(Organisation, organisation_id) is None:
        raise NotFound(_tr("That organisation no longer exists."))
    row = session.scalar(select(ReportingStatus).where(ReportingStatus.cycle_id == cycle_id,
                                                       ReportingStatus.organisation_id == organisation_id))
    if row is None:
        row = ReportingStatus(cycle_id=cycle_id, organisation_id=organisation_id,
                              status=ReportingState.TO_DO.value, excuse_reason="")
        session.add(row)
    return row


def record_submission(session: Session, cycle_id: uuid.UUID, organisation_id: uuid.UUID, submitted_on: date) -> None:
    """The partner reported on ``submitted_on`` (late or very late follows from the deadline)."""
    cycle = _cycle(session, cycle_id)
    if submitted_on.year < cycle.year - 1:
        raise InvalidInput("submitted_on", _tr("A report for {year} cannot have been submitted on {day}.").format(
            year=cycle.year, day=submitted_on.isoformat()))
    row = _status_row(session, cycle_id, organisation_id)
    row.status = ReportingState.SUBMITTED.value
    row.submitted_on = submitted_on
    if row.excuse_reason:
        row.excuse_reason = ""


def record_excuse(session: Session, cycle_id: uuid.UUID, organisation_id: uuid.UUID, reason: str) -> None:
    """The partner is excused from the cycle: left out of its rate. A reason is required."""
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("reason", _tr("Say why the partner is excused from reporting."))
    row = _status_row(session, cycle_id, organisation_id)
    row.status = ReportingState.EXCUSED.value
    row.submitted_on = None
    row.excuse_reason = reason


def reset_status(session: Session, cycle_id: uuid.UUID, organisation_id: uuid.UUID) -> None:
    """Back to to do (a submission or excuse recorded by mistake)."""
    row = _status_row(session, cycle_id, organisation_id)
    row.status = ReportingState.TO_DO.value
    row.submitted_on = None
    row.excuse_reason = ""


# ------------------------------------------------------------------------------------ focal points

@dataclass(frozen=True, slots=True)
class FocalPoint:
    organisation_id: uuid.UUID
    person_id: uuid.UUID | None
    name: str
    email: str
    language: str
    alternates: tuple[tuple[str, str], ...]  # (name, email)
    from_membership: bool = False  # no focal point set: the representative (and alternate) of a role


def set_focal_point(session: Session, organisation_id: uuid.UUID, person_id: uuid.UUID | None, *,
                    language: str = "en", alternates: Iterable[uuid.UUID] = ()) -> None:
    """The organisation's reporting focal point, its language (en, fr, es) and the people copied."""
    if session.get(Organisation, organisation_id) is None:
        raise NotFound(_tr("That organisation no longer exists."))
    language = (language or "en").strip().lower()[:2]
    if language not in LANGUAGES:
        raise InvalidInput("language", _tr("Reminders are written in English (en), French (fr) or Spanish (es)."))
    wanted = list(dict.fromkeys(a for a in alternates if a != person_id))
    for pid in [person_id, *wanted]:
        if pid is not None and session.get(Person, pid) is None:
            raise NotFound(_tr("That person no longer exists."))
    row = session.scalar(select(ReportingFocalPoint).where(ReportingFocalPoint.organisation_id == organisation_id))
    if row is None:
        session.add(ReportingFocalPoint(organisation_id=organisation_id, person_id=person_id, language=language))
    else:
        if row.person_id != person_id:
            row.person_id = person_id
        if row.language != language:
            row.language = language
    # Alternates are a set: remove those no longer wanted, add the new ones, touch nothing else.
    have = {r.person_id: r for r in session.scalars(select(ReportingAlternate).where(
        ReportingAlternate.organisation_id == organisation_id))}
    for pid, link in have.items():
        if pid not in wanted:
            session.delete(link)
    for pid in wanted:
        if pid not in have:
            session.add(ReportingAlternate(organisation_id=organisation_id, person_id=pid))


def focal_points(session: Session, organisation_ids: Iterable[uuid.UUID],
                 programme_id: uuid.UUID | None = None) -> dict[uuid.UUID, FocalPoint]:
    """Who receives each organisation's reminders: its focal point and alternates, or else the
    representative and alternate of its role (in ``programme_id`` first)."""
    ids = list(dict.fromkeys(organisation_ids))
    if not ids:
        return {}
    found: dict[uuid.UUID, FocalPoint] = {}
    people: dict[uuid.UUID, tuple[str, str]] = {}
    fps = session.execute(select(ReportingFocalPoint.organisation_id, ReportingFocalPoint.person_id,
                                 ReportingFocalPoint.language).where(
        ReportingFocalPoint.organisation_id.in_(ids))).all()
    alts: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for org, pid in session.execute(select(ReportingAlternate.organisation_id, ReportingAlternate.person_id).where(
            ReportingAlternate.organisation_id.in_(ids))):
        alts[org].append(pid)
    reps = session.execute(select(Membership.organisation_id, Membership.programme_id, Membership.representative_id,
                                  Membership.alternate_id, Membership.term_start).where(
        Membership.organisation_id.in_(ids), Membership.representative_id.is_not(None))).all()
    wanted_people = {p for _o, p, _l in fps if p} | {p for ps in alts.values() for p in ps}
    wanted_people |= {r[2] for r in reps} | {r[3] for r in reps if r[3]}
    for chunk in _chunks(list(wanted_people)):
        for pid, name, email in session.execute(select(Person.id, Person.name, Person.email).where(Person.id.in_(chunk))):
            people[pid] = (name, email or "")
    for org, pid, language in fps:
        name, email = people.get(pid, ("", "")) if pid else ("", "")
        found[org] = FocalPoint(org, pid, name, email, language or "en",
                                tuple(sorted(people[p] for p in alts.get(org, ()) if p in people)))
    best: dict[uuid.UUID, tuple] = {}
    membership_alternates: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for org, prog, rep, alt, start in reps:
        key = (prog == programme_id, start)
        if org not in best or key > best[org][0]:
            best[org] = (key, rep)
        if alt and alt not in membership_alternates[org]:
            membership_alternates[org].append(alt)
    for org in ids:
        if org in found and found[org].email:
            continue
        if org in best:
            _key, rep = best[org]
            name, email = people.get(rep, ("", ""))
            copied = found[org].alternates if org in found else ()
            if not copied:
                copied = tuple(sorted(people[a] for a in membership_alternates[org] if a != rep and a in people))
            language = found[org].language if org in found else "en"
            found[org] = FocalPoint(org, rep, name, email, language, copied, from_membership=True)
    return found


def _chunks(values: list, size: int = 900) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


# -------------------------------------------------------------------------------------- activities

def _activity_values(session: Session, data: ActivityInput) -> dict:
    title = (data.title or "").strip()
    if not title:
        raise InvalidInput("title", _tr("An activity needs a title."))
    category = ACTIVITY_CATEGORIES.code(data.category)
    if category is None:
        raise InvalidInput("category", _tr("{value!r} is not an activity category; use one of: {choices}.").format(
            value=data.category, choices=ACTIVITY_CATEGORIES.choices()))
    _cycle(session, data.cycle_id)
    if session.get(Organisation, data.organisation_id) is None:
        raise NotFound(_tr("That organisation no longer exists."))
    if data.initiative_id is not None and session.get(Initiative, data.initiative_id) is None:
        raise NotFound(_tr("That initiative no longer exists."))
    sdgs: set[int] = set()
    for value in data.sdgs:
        if not 1 <= int(value) <= 17:
            raise InvalidInput("sdgs", _tr("{n} is not an SDG; the goals are numbered 1 to 17.").format(n=value))
        sdgs.add(int(value))
    countries = [c.strip().upper() for c in data.countries if c.strip()]
    if countries:
        known = set(session.scalars(select(Country.iso3).where(Country.iso3.in_(countries))))
        unknown = [c for c in countries if c not in known]
        if unknown:
            raise InvalidInput("countries", _tr("{codes} is not a country code (ISO3) the desk knows.").format(
                codes=", ".join(unknown)))
    return dict(cycle_id=data.cycle_id, organisation_id=data.organisation_id, initiative_id=data.initiative_id,
                title=title[:300], category=category, countries=list(dict.fromkeys(countries)), sdgs=sorted(sdgs),
                change_in_practice=(data.change_in_practice or "").strip(), highlight=bool(data.highlight))


def add_activity(session: Session, data: ActivityInput) -> uuid.UUID:
    activity = ReportedActivity(**_activity_values(session, data))
    session.add(activity)
    session.flush()
    return activity.id


def edit_activity(session: Session, activity_id: uuid.UUID, data: ActivityInput, *,
                  expected_version: int | None = None) -> None:
    activity = session.get(ReportedActivity, activity_id)
    if activity is None:
        raise NotFound(_tr("That activity no longer exists."))
    if expected_version is not None and activity.version != expected_version:
        raise StaleEdit(_tr("The activity was changed since you opened it; reopen it to see the latest version."))
    for key, value in _activity_values(session, data).items():
        if getattr(activity, key) != value:
            setattr(activity, key, value)


def delete_activity(session: Session, activity_id: uuid.UUID) -> None:
    activity = session.get(ReportedActivity, activity_id)
    if activity is None:
        raise NotFound(_tr("That activity no longer exists."))
    session.delete(activity)


# --------------------------------------------------------------------------------- partners, rates

@dataclass
class _World:
    """What rates need, read once: cycles, memberships, stored answers (read without the ORM: the rates of
    six programmes of a thousand partners over five years are asked for in well under a second)."""

    # Ids are kept as stored (32 hex digits: quick to hash) and made UUIDs only in the answers (`_uuid`).
    programmes: dict[str, tuple[str, str]]  # id -> (code, name)
    cycles: list[tuple[str, str, int, date]]  # (cycle id, programme id, year, deadline)
    # programme id -> [(org, role, start, end, status, group)], the dates as ISO text (compared as such)
    memberships: dict[str, list[tuple]]
    answers: dict[str, dict[str, tuple[str, date | None]]]  # cycle -> org -> (status, submitted on)
    known: dict[tuple, dict] = field(default_factory=dict)  # standings worked out: (cycle, today) -> ...

    def partners(self, programme_id: str, day: date) -> dict[str, tuple[set[str], str | None]]:
        """org -> (roles held on ``day``, regional group)."""
        found: dict[str, tuple[set[str], str | None]] = {}
        iso = day.isoformat()
        holds = rules.holds_role_on
        for org, role, start, end, status, group in self.memberships.get(programme_id, ()):
            if holds(start, end, status, iso):
                entry = found.get(org)
                if entry is None:
                    found[org] = ({role}, group)
                else:
                    entry[0].add(role)
        return found

    def standings(self, cycle: tuple, today: date) -> dict[str, tuple[Standing, set[str], str | None]]:
        done = self.known.get((cycle[0], today))
        if done is None:
            done = self.known[(cycle[0], today)] = self._standings(cycle, today)
        return done

    def _standings(self, cycle: tuple, today: date) -> dict[str, tuple[Standing, set[str], str | None]]:
        cycle_id, programme_id, _year, deadline = cycle
        answers = self.answers.get(cycle_id, {})
        standing = rules.standing
        nothing = (None, None)
        known: dict[tuple, Standing] = {}  # the same answer, the same standing: worked out once per cycle
        out = {}
        for org, (roles, group) in self.partners(programme_id, deadline).items():
            answer = answers.get(org, nothing)
            found = known.get(answer)
            if found is None:
                found = known[answer] = standing(answer[0], answer[1], deadline, today)
            out[org] = (found, roles, group)
        return out


def _rows(session: Session, sql: str, params: Sequence = ()) -> list[tuple]:
    """Plain rows in the session's transaction, as SQLite stores them: ids as 32 hex digits, dates as ISO text.

    ``sql`` takes ``?`` placeholders; its text parameters are ids (32 hex digits), the others are numbers. On
    SQLite the rows come straight from the driver's cursor (the ORM's row objects cost as much again as the
    reading, on tens of thousands of answers); on another database (the team server, docs/SERVER.md) through
    bound parameters, with the server's uuids and dates turned into the same text."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        cursor = connection.connection.cursor()
        try:
            return cursor.execute(sql, tuple(params)).fetchall()
        finally:
            cursor.close()
    return _portable_rows(connection, sql, params)


def _portable_rows(connection, sql: str, params: Sequence) -> list[tuple]:
    pieces = sql.split("?")
    if len(pieces) - 1 != len(params):
        raise ValueError(f"{len(pieces) - 1} placeholders for {len(params)} parameters")
    bound = {f"p{i}": _uuid(value) if isinstance(value, str) else value for i, value in enumerate(params)}
    statement = pieces[0] + "".join(f":p{i}{piece}" for i, piece in enumerate(pieces[1:]))
    return [tuple(_as_stored(v) for v in row) for row in connection.execute(text(statement), bound)]


def _as_stored(value):
    """A server's value as SQLite gives it to ``_rows``: a uuid as 32 hex digits, a date as ISO text."""
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, date):
        return value.isoformat()
    return value


def _uuid(text: str) -> uuid.UUID:
    return uuid.UUID(hex=text)


def _day_of():
    """ISO text to a date, each distinct day parsed once (answers share a few dozen submission days)."""
    known: dict[str, date] = {}

    def day(text: str) -> date:
        found = known.get(text)
        if found is None:
            found = known[text] = date.fromisoformat(text)
        return found

    return day


def _world(session: Session, *, programme_ids: Sequence[uuid.UUID] | None = None,
           year: int | None = None, with_history: bool = False) -> _World:
    programmes = {pid: (code, name) for pid, code, name in _rows(session, "SELECT id, code, name FROM programme")}
    sql, params = "SELECT id, programme_id, year, deadline FROM reporting_cycle WHERE 1 = 1", []
    if programme_ids is not None:
        sql += f" AND programme_id IN ({', '.join('?' * len(programme_ids)) or 'NULL'})"
        params += [p.hex for p in programme_ids]
    if year is not None:
        sql += " AND year <= ?" if with_history else " AND year = ?"
        params.append(int(year))
    cycles = [(cid, pid, y, date.fromisoformat(deadline)) for cid, pid, y, deadline in _rows(session, sql, params)]
    wanted = sorted({c[1] for c in cycles})
    memberships: dict[str, list[tuple]] = defaultdict(list)
    if wanted:
        rows = _rows(session, "SELECT m.programme_id, m.organisation_id, m.role, m.term_start, m.term_end, m.status, "
                   "c.regional_group FROM membership m JOIN organisation o ON o.id = m.organisation_id "
                   "LEFT JOIN country c ON c.id = o.country_id WHERE o.merged_into_id IS NULL AND m.programme_id "
                   f"IN ({', '.join('?' * len(wanted))})", wanted)
        for pid, org, role, start, end, status, group in rows:
            memberships[pid].append((org, role, start, end, status, group))
    answers: dict[str, dict] = defaultdict(dict)
    if cycles:
        ids = [c[0] for c in cycles]
        for chunk in _chunks(ids):
            rows = _rows(session, "SELECT cycle_id, organisation_id, status, submitted_on FROM reporting_status "
                       f"WHERE cycle_id IN ({', '.join('?' * len(chunk))})", chunk)
            day = _day_of()
            for cid, org, status, submitted_on in rows:
                answers[cid][org] = (status, day(submitted_on) if submitted_on else None)
    return _World(programmes, cycles, memberships, answers)


def rates(session: Session, *, year: int | None = None, programme_code: str | None = None,
          today: date | None = None) -> list[RateRow]:
    """Each programme's rate in each year (or the one ``year``), programme code then year."""
    today = today or date.today()
    ids = [programme_by_code(session, programme_code).id] if programme_code else None
    world = _world(session, programme_ids=ids, year=year)
    out = []
    for cycle in world.cycles:
        standings = world.standings(cycle, today)
        out.append(RateRow(world.programmes[cycle[1]][0], cycle[2], cycle[3],
                           rules.rate_of(s for s, _r, _g in standings.values())))
    out.sort(key=lambda r: (r.programme, r.year))
    return out


@dataclass(frozen=True, slots=True)
class Overview:
    """The Reporting area's first view: every rate, and each programme's latest passed cycle's non-reporters."""

    rates: tuple[RateRow, ...]
    network: tuple[RateRow, ...]
    non_reporters: tuple[tuple[str, int, tuple[NonReporter, ...]], ...]  # (programme, year, partners)


def overview(session: Session, *, year: int | None = None, today: date | None = None,
             with_contacts: bool = False) -> Overview:
    """Rates per programme and year (or the one ``year``) and the non-reporters of each programme's latest
    cycle whose deadline has passed, from one reading of the data."""
    today = today or date.today()
    world = _world(session, year=year, with_history=year is not None)
    rows = []
    for cycle in world.cycles:
        if year is not None and cycle[2] != year:
            continue
        rows.append(RateRow(world.programmes[cycle[1]][0], cycle[2], cycle[3],
                            rules.rate_of(s for s, _r, _g in world.standings(cycle, today).values())))
    rows.sort(key=lambda r: (r.programme, r.year))
    latest: dict[str, tuple] = {}
    for c in world.cycles:
        if c[3] < today and (year is None or c[2] == year) and (c[1] not in latest or c[2] > latest[c[1]][2]):
            latest[c[1]] = c
    missing = tuple(sorted(((world.programmes[pid][0], c[2],
                             tuple(_non_reporters(session, world, c[0], today, with_contacts=with_contacts)))
                            for pid, c in latest.items()), key=lambda m: m[0]))
    return Overview(tuple(rows), tuple(network_rates(rows)), missing)


def network_rates(rows: Sequence[RateRow]) -> list[RateRow]:
    """The network-wide rate per year: every programme's partners and reports added up."""
    by_year: dict[int, Rate] = {}
    for row in rows:
        by_year[row.year] = by_year[row.year] + row.rate if row.year in by_year else row.rate
    return [RateRow("ALL", y, None, by_year[y]) for y in sorted(by_year)]


def partner_lines(session: Session, programme_code: str, year: int, *, today: date | None = None) -> list[PartnerLine]:
    """Every partner of the cycle with its standing, by name."""
    today = today or date.today()
    cycle = cycle_for(session, programme_code, year)
    world = _world(session, programme_ids=[cycle.programme_id], year=cycle.year)
    key = (cycle.id.hex, cycle.programme_id.hex, cycle.year, cycle.deadline)
    standings = world.standings(key, today)
    names = _names(session, [_uuid(org) for org in standings])
    answers = world.answers.get(cycle.id.hex, {})
    reasons = dict(session.execute(select(ReportingStatus.organisation_id, ReportingStatus.excuse_reason).where(
        ReportingStatus.cycle_id == cycle.id, ReportingStatus.excuse_reason != "")).all())
    out = []
    for org, (st, roles, group) in standings.items():
        stored, submitted_on = answers.get(org, (None, None))
        oid = _uuid(org)
        out.append(PartnerLine(oid, names.get(oid, ("", ""))[0], _roles(roles), group, stored, submitted_on,
                               reasons.get(oid, ""), st))
    out.sort(key=lambda p: (p.organisation.casefold(), str(p.organisation_id)))
    return out


def _roles(roles: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(roles, key=lambda r: _ROLE_ORDER.get(r, 9)))


def _names(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str]]:
    """org -> (name, country name)."""
    by_text = {org.hex: org for org in ids}
    out: dict[uuid.UUID, tuple[str, str]] = {}
    for chunk in _chunks(list(by_text)):
        for org, name, country in _rows(session, f"SELECT o.id, o.name, {country_sql('c')} FROM organisation o LEFT JOIN "
                                        f"country c ON c.id = o.country_id WHERE o.id IN ({', '.join('?' * len(chunk))})",
                                        chunk):
            out[by_text[org]] = (name, country or "")
    return out


def _breakdowns(standings: dict, today: date) -> tuple[tuple[Breakdown, ...], tuple[Breakdown, ...]]:
    by_role: dict[str, list[Standing]] = defaultdict(list)
    by_group: dict[str | None, list[Standing]] = defaultdict(list)
    for st, roles, group in standings.values():
        for role in roles:
            by_role[role].append(st)
        by_group[group].append(st)
    # The words in the officer's language (the window's, or the one a document is printed in).
    roles = tuple(Breakdown(translate("Vocabulary", ROLES.label(r)), rules.rate_of(by_role[r]))
                  for r in sorted(by_role, key=lambda r: _ROLE_ORDER.get(r, 9)))
    groups = tuple(Breakdown(shown_group(g), rules.rate_of(by_group[g]))
                   for g in sorted(by_group, key=lambda g: (g is None, g or "")))
    return roles, groups


def non_reporters(session: Session, programme_code: str, year: int, *, today: date | None = None,
                  with_contacts: bool = True) -> list[NonReporter]:
    """The cycle's partners who have not reported (excused left out), the longest-missing first: cycles
    missed in a row, then days past the deadline, then name. Two or more in a row are flagged."""
    today = today or date.today()
    cycle = cycle_for(session, programme_code, year)
    world = _world(session, programme_ids=[cycle.programme_id], year=cycle.year, with_history=True)
    return _non_reporters(session, world, cycle.id.hex, today, with_contacts=with_contacts)


def _non_reporters(session: Session, world: _World, cycle_id: str, today: date, *,
                   with_contacts: bool = True) -> list[NonReporter]:
    this = next(c for c in world.cycles if c[0] == cycle_id)
    history_cycles = sorted((c for c in world.cycles if c[1] == this[1] and c[2] <= this[2]), key=lambda c: c[2])
    per_cycle = {c[0]: world.standings(c, today) for c in history_cycles}
    current = per_cycle[this[0]]
    missing = [org for org, (st, _r, _g) in current.items() if not st.reported and not st.excused]
    ids = {org: _uuid(org) for org in missing}
    names = _names(session, ids.values())
    contacts = focal_points(session, ids.values(), _uuid(this[1])) if with_contacts else {}
    out = []
    for org in missing:
        st, roles, _group = current[org]
        history: list[bool | None] = []
        for c in history_cycles:
            entry = per_cycle[c[0]].get(org)
            history.append(None if entry is None or entry[0].excused else entry[0].reported)
        streak = rules.missed_in_a_row(history)
        oid = ids[org]
        fp = contacts.get(oid)
        name, country = names.get(oid, ("", ""))
        out.append(NonReporter(oid, name, country, _roles(roles), st.state, st.days_late, streak,
                               streak >= rules.REPEATED_AFTER, fp.name if fp else "", fp.email if fp else ""))
    out.sort(key=lambda n: (-n.missed_in_a_row, -n.days_late, n.organisation.casefold(), str(n.organisation_id)))
    return out


def repeated_non_reporters(session: Session, *, today: date | None = None) -> list[tuple[str, int, NonReporter]]:
    """(programme, year, partner) for every partner that missed its programme's latest cycle and the one
    before: the desk's review list."""
    today = today or date.today()
    world = _world(session)
    latest: dict[str, tuple] = {}
    for c in world.cycles:
        if c[3] <= today and (c[1] not in latest or c[2] > latest[c[1]][2]):
            latest[c[1]] = c
    out = []
    for programme_id, c in sorted(latest.items(), key=lambda kv: world.programmes[kv[0]][0]):
        for n in _non_reporters(session, world, c[0], today, with_contacts=False):
            if n.repeated:
                out.append((world.programmes[programme_id][0], c[2], n))
    return out


# ------------------------------------------------------------------------------ the cycle's summary

def activities(session: Session, cycle_id: uuid.UUID) -> list[ActivityLine]:
    rows = session.execute(
        select(ReportedActivity.id, ReportedActivity.title, Organisation.name, ReportedActivity.category,
               ReportedActivity.countries, ReportedActivity.sdgs, ReportedActivity.change_in_practice,
               ReportedActivity.highlight, Initiative.title)
        .join(Organisation, Organisation.id == ReportedActivity.organisation_id)
        .outerjoin(Initiative, Initiative.id == ReportedActivity.initiative_id)
        .where(ReportedActivity.cycle_id == cycle_id)
        .order_by(ReportedActivity.category, ReportedActivity.title, ReportedActivity.id)).all()
    return [ActivityLine(r[0], r[1], r[2], r[3], tuple(r[4] or ()), tuple(r[5] or ()), r[6] or "", bool(r[7]),
                         r[8] or "") for r in rows]


def cycle_summary(session: Session, programme_code: str, year: int, *, today: date | None = None) -> CycleSummary:
    today = today or date.today()
    cycle = cycle_for(session, programme_code, year)
    programme = session.get(Programme, cycle.programme_id)
    world = _world(session, year=cycle.year, with_history=True)
    this = (cycle.id.hex, cycle.programme_id.hex, cycle.year, cycle.deadline)
    standings = world.standings(this, today)
    rate = rules.rate_of(s for s, _r, _g in standings.values())
    by_role, by_group = _breakdowns(standings, today)
    over_years = tuple(sorted((RateRow(programme.code, c[2], c[3],
                                       rules.rate_of(s for s, _r, _g in world.standings(c, today).values()))
                               for c in world.cycles if c[1] == cycle.programme_id.hex), key=lambda r: r.year))
    network = tuple(sorted((RateRow(world.programmes[c[1]][0], c[2], c[3],
                                    rules.rate_of(s for s, _r, _g in world.standings(c, today).values()))
                            for c in world.cycles if c[2] == cycle.year), key=lambda r: r.programme))
    acts = activities(session, cycle.id)
    counts = Counter(a.category for a in acts)
    by_category = tuple((translate("Vocabulary", t.label), counts.get(t.code, 0)) for t in ACTIVITY_CATEGORIES)
    highlights = tuple(a for a in acts if a.highlight)
    missing = tuple(_non_reporters(session, world, cycle.id.hex, today))
    initiatives = session.execute(select(Initiative.kind, Initiative.status, Initiative.content_updated_on).where(
        Initiative.programme_id == cycle.programme_id)).all()
    in_portfolio = [(k, portfolio_rules.effective_status(s, u, today)) for k, s, u in initiatives]
    included = [k for k, s in in_portfolio if s in portfolio_rules.INCLUDED]
    countries = {c for a in acts for c in a.countries}
    sdgs = sorted({n for a in acts for n in a.sdgs})
    changed = sum(1 for a in acts if a.change_in_practice.strip())
    network_total = sum((r.rate for r in network), Rate(0, 0))
    hlpf = (
        (_tr("Programme"), f"{shown_programme(programme.code, programme.name)} ({programme.code})"),
        (_tr("Reporting year"), str(cycle.year)),
        (_tr("Partners expected to report"), str(rate.partners)),
        (_tr("Partners who reported"), str(rate.reported)),
        (_tr("Reporting rate"), _tr("{rate} (target {target})").format(
            rate=percent_text(100 * rate.rate), target=percent_text(100 * rate.target))),
        (_tr("Activities reported"), str(len(acts))),
        *((_tr("Activities: {category}").format(category=label.lower()), str(n))
          for label, n in by_category),
        (_tr("Activities with a change in practice recorded"), str(changed)),
        (_tr("Countries reached"), str(len(countries))),
        (_tr("Other SDGs served"), ", ".join(str(n) for n in sdgs if n != 12) or _tr("none")),
        (_tr("Core initiatives in the portfolio"), str(sum(1 for k in included if k == InitiativeKind.CORE.value))),
        (_tr("Affiliated initiatives in the portfolio"),
         str(sum(1 for k in included if k == InitiativeKind.AFFILIATED.value))),
        (_tr("Network-wide reporting rate"),
         (_tr("{rate} of {partners} partners ({count} programme)") if singular(len(network)) else
          _tr("{rate} of {partners} partners ({count} programmes)")).format(
             rate=percent_text(100 * network_total.rate), partners=network_total.partners, count=len(network))),
    )
    return CycleSummary(programme.code, shown_programme(programme.code, programme.name), cycle.year, cycle.deadline, today, rate, by_role, by_group,
                        over_years, network, by_category, highlights, missing, hlpf, tuple(acts))
