"""Terms of office: the terms of a programme's co-leads and core partners, its composition on any date,
the alerts before terms end, and renewing a term.

The rules (two-year terms, consecutive terms, holding over, who is in office on a day) are in
`opn_desk.domain.terms`; this module reads the membership rows and names what it finds. Nothing here
overwrites history: a renewal adds a row, a composition of another date is computed, never stored.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import Country, Membership, Organisation, Person, Programme
from opn_desk.domain.terms import (
    DUTY_ROLES,
    HOLDING_OVER,
    THREE_MONTHS,
    CompositionEntry,
    TermAlert,
    TermOfOffice,
    TermRow,
    alert_for,
    in_office_on,
    is_holding_over,
    runs,
    term_end_for,
)
from opn_desk.domain.vocab import (
    MembershipStatus,
    Role,
    StakeholderCluster,
    shown_group,
    shown_label,
    shown_programme,
)
from opn_desk.i18n import long_date, singular, translate
from opn_desk.services.countries import shown_name
from opn_desk.services.errors import InvalidInput, NotAllowed, NotFound

_ROLE_ORDER = {Role.CO_LEAD.value: 0, Role.CORE_PARTNER.value: 1, Role.NETWORK_MEMBER.value: 2}


def programme_codes(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every programme, in code order."""
    return [(c, shown_programme(c, n))
            for c, n in session.execute(select(Programme.code, Programme.name).order_by(Programme.code))]


def programme_by_code(session: Session, code: str) -> Programme:
    wanted = (code or "").strip().upper()
    programme = session.scalar(select(Programme).where(Programme.code == wanted))
    if programme is None:
        codes = ", ".join(c for c, _ in programme_codes(session))
        raise InvalidInput("programme", translate("Terms", "There is no programme with the code '{code}'; the codes are "
                                                  "{codes}.").format(code=code, codes=codes))
    return programme


def _row(m: Membership) -> TermRow:
    return TermRow(m.id, m.organisation_id, m.programme_id, m.role, m.term_start, m.term_end, m.status, m.renews_id)


def _memberships(session: Session, programme_id: uuid.UUID, roles: Sequence[str],
                 organisation_ids: Iterable[uuid.UUID] | None = None) -> list[Membership]:
    stmt = select(Membership).where(Membership.programme_id == programme_id, Membership.role.in_(list(roles)))
    if organisation_ids is not None:
        stmt = stmt.where(Membership.organisation_id.in_(list(organisation_ids)))
    return list(session.scalars(stmt))


def terms_of_office(session: Session, programme_code: str, *, organisation_id: uuid.UUID | None = None,
                    roles: Sequence[str] = DUTY_ROLES, today: date | None = None) -> list[TermOfOffice]:
    """Every term (history included) of the programme's co-leads and core partners, oldest first."""
    today = today or date.today()
    programme = programme_by_code(session, programme_code)
    rows = _memberships(session, programme.id, roles)
    counted = runs(_row(m) for m in rows)
    if organisation_id is not None:
        rows = [m for m in rows if m.organisation_id == organisation_id]
    orgs = dict(session.execute(select(Organisation.id, Organisation.name).where(
        Organisation.id.in_({m.organisation_id for m in rows}))).all()) if rows else {}
    people = _people(session, {m.representative_id for m in rows if m.representative_id})
    out = []
    for m in rows:
        consecutive, run_start = counted[m.id]
        out.append(TermOfOffice(
            m.id, m.organisation_id, orgs.get(m.organisation_id, ""), programme.code, m.role, m.term_start,
            m.term_end, m.status, consecutive, run_start, is_holding_over(_row(m), today),
            people.get(m.representative_id, (None,))[0] or ""))
    out.sort(key=lambda t: (t.term_start, _ROLE_ORDER.get(t.role, 9), t.organisation.casefold(), str(t.membership_id)))
    return out


def _people(session: Session, ids: set) -> dict[uuid.UUID, tuple[str, str, str]]:
    """id -> (name, email, gender)."""
    if not ids:
        return {}
    return {pid: (name, email or "", gender or "unknown") for pid, name, email, gender in session.execute(
        select(Person.id, Person.name, Person.email, Person.gender).where(Person.id.in_(ids)))}


def composition(session: Session, programme_code: str, on: date | None = None, *, today: date | None = None,
                roles: Sequence[str] = DUTY_ROLES) -> list[CompositionEntry]:
    """Who is in office on ``on`` (default today): co-leads first, then core partners, by name."""
    today = today or date.today()
    on = on or today
    programme = programme_by_code(session, programme_code)
    rows = _memberships(session, programme.id, roles)
    counted = runs(_row(m) for m in rows)
    by_id = {m.id: m for m in rows}
    chosen = [by_id[r.id] for r in in_office_on([_row(m) for m in rows], on, today)]
    return _entries(session, chosen, counted, today)


def _entries(session: Session, chosen: Sequence[Membership], counted: dict, today: date) -> list[CompositionEntry]:
    if not chosen:
        return []
    org_rows = session.execute(
        select(Organisation.id, Organisation.name, Organisation.acronym, Organisation.sort_name,
               Organisation.stakeholder_cluster, shown_name(), Country.iso3, Country.regional_group)
        .outerjoin(Country, Country.id == Organisation.country_id)
        .where(Organisation.id.in_({m.organisation_id for m in chosen}))).all()
    orgs = {r[0]: r for r in org_rows}
    people = _people(session, {p for m in chosen for p in (m.representative_id, m.alternate_id) if p})
    out = []
    for m in chosen:
        _oid, name, acronym, sort_name, cluster, country, iso3, group = orgs.get(
            m.organisation_id, (None, "", "", "", None, "", "", None))
        rep = people.get(m.representative_id, ("", "", "unknown")) if m.representative_id else ("", "", "unknown")
        alt = people.get(m.alternate_id, ("", "", "")) if m.alternate_id else ("", "", "")
        consecutive, run_start = counted.get(m.id, (1, m.term_start))
        out.append((
            (_ROLE_ORDER.get(m.role, 9), sort_name or (name or "").casefold(), str(m.id)),
            CompositionEntry(
                membership_id=m.id, organisation_id=m.organisation_id, organisation=name or "",
                acronym=acronym or "", country=country or "", country_iso3=iso3 or "",
                regional_group_code=group, regional_group=shown_group(group), cluster_code=cluster,
                cluster=shown_label(StakeholderCluster, cluster), role=m.role, representative=rep[0],
                representative_email=rep[1], alternate=alt[0], representative_gender=rep[2],
                term_start=m.term_start, term_end=m.term_end, status=m.status, consecutive=consecutive,
                run_start=run_start, holding_over=is_holding_over(_row(m), today))))
    out.sort(key=lambda e: e[0])
    return [e for _, e in out]


def term_alerts(session: Session, *, today: date | None = None, programme_code: str | None = None) -> list[TermAlert]:
    """Active co-leads and core partners whose term ends within six months, or has ended (holding over);
    soonest first."""
    today = today or date.today()
    horizon = today + timedelta(days=190)
    stmt = (select(Membership, Organisation.name, Programme.code)
            .join(Organisation, Organisation.id == Membership.organisation_id)
            .join(Programme, Programme.id == Membership.programme_id)
            .where(Membership.status == MembershipStatus.ACTIVE.value, Membership.role.in_(DUTY_ROLES),
                   Membership.term_end.is_not(None), Membership.term_end <= horizon))
    if programme_code:
        stmt = stmt.where(Programme.code == programme_by_code(session, programme_code).code)
    out = []
    for m, name, code in session.execute(stmt):
        found = alert_for(_row(m), today)
        if found is None:
            continue
        kind, due = found
        out.append(TermAlert(m.id, m.organisation_id, name or "", code, m.role, m.term_end, kind, due,
                             (m.term_end - today).days,
                             alert_sentence(name or "", m.role, code, m.term_end, kind, today)))
    out.sort(key=lambda a: (a.term_end, a.programme_code, a.organisation.casefold(), str(a.membership_id)))
    return out


def alert_sentence(organisation: str, role: str, programme_code: str, term_end: date, kind: str,
                   today: date) -> str:
    """The alert in one sentence, in the officer's language: "X, core partner of SPP, is holding over: its
    term ended on 31 December 2025 (3 days ago) and no successor has been appointed."."""
    who = organisation or translate("Terms", "An organisation without a name")
    role_word = shown_label(Role, role).lower()
    day = long_date(term_end)
    if kind == HOLDING_OVER:
        days = (today - term_end).days
        sentence = (translate("Terms", "{organisation}, {role} of {programme}, is holding over: its term ended on {day} "
                              "({days} day ago) and no successor has been appointed.") if singular(days) else
                    translate("Terms", "{organisation}, {role} of {programme}, is holding over: its term ended on {day} "
                              "({days} days ago) and no successor has been appointed."))
    else:
        days = (term_end - today).days
        if kind == THREE_MONTHS:
            sentence = (translate("Terms", "{organisation}, {role} of {programme}, ends its term on {day}, in {days} day "
                                  "(less than 3 months).") if singular(days) else
                        translate("Terms", "{organisation}, {role} of {programme}, ends its term on {day}, in {days} days "
                                  "(less than 3 months)."))
        else:
            sentence = (translate("Terms", "{organisation}, {role} of {programme}, ends its term on {day}, in {days} day "
                                  "(less than 6 months).") if singular(days) else
                        translate("Terms", "{organisation}, {role} of {programme}, ends its term on {day}, in {days} days "
                                  "(less than 6 months)."))
    return sentence.format(organisation=who, role=role_word, programme=programme_code, day=day, days=days)


def renew_term(session: Session, membership_id: uuid.UUID, *, years: int = 2, term_end: date | None = None) -> uuid.UUID:
    """A new term starting the day after the current one ends (two years unless ``term_end`` is given);
    the old row keeps its dates and is marked ended. A member holding over is renewed the same way, so
    the run of consecutive terms stays unbroken."""
    old = session.get(Membership, membership_id)
    if old is None:
        raise NotFound(translate("Terms", "That membership no longer exists (it may have been deleted or undone)."))
    if old.status != MembershipStatus.ACTIVE.value:
        raise NotAllowed(translate("Terms", "Only an active membership can be renewed."))
    if old.term_end is None:
        raise NotAllowed(translate("Terms", "This membership has no end date, so there is no term to renew."))
    if years < 1:
        raise InvalidInput("years", translate("Terms", "A term lasts at least one year."))
    start = old.term_end + timedelta(days=1)
    end = term_end or term_end_for(start, years)
    if end <= start:
        raise InvalidInput("term_end", translate("Terms", "The renewed term must end after it starts."))
    old.status = MembershipStatus.ENDED.value
    new = Membership(organisation_id=old.organisation_id, programme_id=old.programme_id, role=old.role,
                     representative_id=old.representative_id, alternate_id=old.alternate_id,
                     term_start=start, term_end=end, status=MembershipStatus.ACTIVE.value, renews_id=old.id)
    session.add(new)
    session.flush()
    return new.id


def network_record(session: Session, organisation_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[tuple]]:
    """Every membership of these organisations in any programme, oldest first:
    organisation id -> [(programme code, role code, term_start, term_end, status)]."""
    ids = list(dict.fromkeys(organisation_ids))
    out: dict[uuid.UUID, list[tuple]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        rows = session.execute(
            select(Membership.organisation_id, Programme.code, Membership.role, Membership.term_start,
                   Membership.term_end, Membership.status)
            .join(Programme, Programme.id == Membership.programme_id)
            .where(Membership.organisation_id.in_(part))
            .order_by(Membership.term_start, Programme.code, Membership.role))
        for org_id, *rest in rows:
            out[org_id].append(tuple(rest))
    return out


__all__ = [
    "composition", "network_record", "programme_by_code", "programme_codes", "renew_term", "term_alerts",
    "terms_of_office",
]
