"""The registry of organisations, their people and memberships: search, read, edit.

Search, filter and sort run in SQL and return one page at a time, so the registry stays instant
at 100,000 organisations.
"""

from __future__ import annotations

import re
import uuid
from datetime import date

from sqlalchemy import String, cast, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from opn_desk.db.models import (
    Application,
    AuditEntry,
    Country,
    Membership,
    Organisation,
    OrganisationName,
    Person,
    Programme,
)
from opn_desk.domain.registry import (
    HistoryItem,
    MembershipInput,
    MembershipValue,
    OrganisationDetail,
    OrganisationInput,
    OrganisationQuery,
    PersonInput,
    PersonValue,
    is_web_address,
)
from opn_desk.domain.text import fold
from opn_desk.domain.vocab import Gender, MembershipStatus, Role, StakeholderCluster, shown_programme
from opn_desk.i18n import long_date, translate
from opn_desk.services.countries import name_of
from opn_desk.services.errors import InvalidInput, NotAllowed, NotFound, StaleEdit
from opn_desk.services.organisation_search import (  # noqa: F401 - searching has its own module; callers ask here
    count_organisations,
    search_organisations,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def search_text(name: str, acronym: str, other_names: list[str]) -> str:
    return " | ".join(fold(t) for t in [name, acronym, *other_names] if t)


def _country_by_iso3(session: Session, iso3: str | None) -> Country | None:
    if not iso3:
        return None
    country = session.scalar(select(Country).where(Country.iso3 == iso3.strip().upper()))
    if country is None:
        raise InvalidInput("country", translate("Registry", "There is no country with the code '{code}'.").format(code=iso3))
    return country


def _validate(session: Session, data: OrganisationInput, own_id: uuid.UUID | None) -> str:
    name = data.name.strip()
    if not name:
        raise InvalidInput("name", translate("Registry", "An organisation needs a name."))
    if len(name) > 300:
        raise InvalidInput("name", translate("Registry", "The name is longer than 300 characters."))
    if len(data.acronym.strip()) > 50:
        raise InvalidInput("acronym", translate("Registry", "The acronym is longer than 50 characters."))
    website = data.website.strip()
    if website and not is_web_address(website):  # the rule an import applies
        raise InvalidInput("website", translate("Registry", "“{website}” is not a web address; write it like "
                                                "www.example.org.").format(website=website[:80]))
    if data.stakeholder_cluster and data.stakeholder_cluster not in StakeholderCluster.__members__.values():
        raise InvalidInput("stakeholder_cluster", translate("Registry", "'{value}' is not a stakeholder cluster.").format(
            value=data.stakeholder_cluster))
    if data.parent_id is not None:
        if own_id is not None and data.parent_id == own_id:
            raise InvalidInput("parent", translate("Registry", "An organisation cannot be its own parent."))
        seen, current = set(), data.parent_id
        while current is not None:
            if current in seen or current == own_id:
                raise InvalidInput("parent", translate("Registry", "That parent would make a circle of parent organisations."))
            seen.add(current)
            parent = session.get(Organisation, current)
            if parent is None:
                raise InvalidInput("parent", translate("Registry", "The parent organisation no longer exists."))
            current = parent.parent_id
    return name


def _apply(session: Session, org: Organisation, data: OrganisationInput, name: str) -> None:
    country = _country_by_iso3(session, data.country_iso3)
    # Read the current other names before changing anything: loading them autoflushes, and a flush
    # of a half-applied edit would write the row twice (two versions, a stale search text between).
    wanted = [(n.strip(), lang.strip()) for n, lang in data.other_names if n.strip()]
    current = [(n.name, n.language) for n in org.other_names]
    org.name = name
    org.acronym = data.acronym.strip()
    org.country_id = country.id if country else None
    org.stakeholder_cluster = data.stakeholder_cluster or None
    org.organisation_type = data.organisation_type or None
    org.website = data.website.strip()
    org.parent_id = data.parent_id
    org.notes = data.notes
    org.sort_name = fold(name)
    org.search_text = search_text(name, org.acronym, [n for n, _ in wanted])
    if wanted != current:
        org.other_names.clear()
        session.flush()
        org.other_names.extend(OrganisationName(name=n, language=lang) for n, lang in wanted)


def create_organisation(session: Session, data: OrganisationInput) -> uuid.UUID:
    name = _validate(session, data, None)
    org = Organisation(name=name)
    _apply(session, org, data, name)  # before add(): one INSERT, no half-filled row in the trail
    session.add(org)
    session.flush()
    return org.id


def _get(session: Session, model, record_id: uuid.UUID, what: str):
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFound({
            "organisation": translate("Registry", "That organisation no longer exists (it may have been deleted or undone)."),
            "person": translate("Registry", "That person no longer exists (it may have been deleted or undone)."),
            "membership": translate("Registry", "That membership no longer exists (it may have been deleted or undone)."),
        }.get(what) or translate("Registry", "That record no longer exists (it may have been deleted or undone)."))
    return obj


def update_organisation(session: Session, org_id: uuid.UUID, data: OrganisationInput,
                        expected_version: int | None = None) -> None:
    org = _get(session, Organisation, org_id, "organisation")
    if expected_version is not None and org.version != expected_version:
        raise StaleEdit(translate("Registry", "{name} was changed since you opened it; reopen it to see the latest version.").format(
            name=org.name))
    name = _validate(session, data, org_id)
    _apply(session, org, data, name)


def delete_organisation(session: Session, org_id: uuid.UUID) -> None:
    org = _get(session, Organisation, org_id, "organisation")
    if session.scalar(select(func.count()).where(Membership.organisation_id == org_id)):
        raise NotAllowed(translate("Registry", "{name} has memberships; end them instead, so the history is kept.").format(name=org.name))
    if session.scalar(select(func.count()).where(Application.organisation_id == org_id)):
        raise NotAllowed(translate("Registry", "{name} has applications; it cannot be deleted.").format(name=org.name))
    if session.scalar(select(func.count()).where(Organisation.parent_id == org_id)):
        raise NotAllowed(translate("Registry", "{name} is the parent of other organisations; change those first.").format(name=org.name))
    for person in session.scalars(select(Person).where(Person.organisation_id == org_id)):
        session.delete(person)
    session.delete(org)


def _person_check(data: PersonInput) -> None:
    if not data.name.strip():
        raise InvalidInput("name", translate("Registry", "A person needs a name."))
    if data.email.strip() and not _EMAIL.match(data.email.strip()):
        raise InvalidInput("email", translate("Registry", "'{email}' is not an e-mail address.").format(email=data.email.strip()))
    if data.gender not in Gender.__members__.values():
        raise InvalidInput("gender", translate("Registry", "'{value}' is not one of the gender options.").format(value=data.gender))


def add_person(session: Session, data: PersonInput) -> uuid.UUID:
    _get(session, Organisation, data.organisation_id, "organisation")
    _person_check(data)
    person = Person(organisation_id=data.organisation_id, name=data.name.strip(), email=data.email.strip(),
                    phone=data.phone.strip(), gender=data.gender)
    session.add(person)
    session.flush()
    return person.id


def update_person(session: Session, person_id: uuid.UUID, data: PersonInput) -> None:
    person = _get(session, Person, person_id, "person")
    _person_check(data)
    person.name, person.email, person.phone = data.name.strip(), data.email.strip(), data.phone.strip()
    person.gender = data.gender


def remove_person(session: Session, person_id: uuid.UUID) -> None:
    person = _get(session, Person, person_id, "person")
    used = session.scalar(select(func.count()).where(
        or_(Membership.representative_id == person_id, Membership.alternate_id == person_id)))
    if used:
        raise NotAllowed(translate("Registry", "{name} represents a membership; name someone else there first.").format(name=person.name))
    session.delete(person)


def add_membership(session: Session, data: MembershipInput) -> uuid.UUID:
    _get(session, Organisation, data.organisation_id, "organisation")
    programme = session.scalar(select(Programme).where(Programme.code == data.programme_code))
    if programme is None:
        raise InvalidInput("programme", translate("Registry", "There is no programme with the code '{code}'.").format(
            code=data.programme_code))
    if data.role not in Role.__members__.values():
        raise InvalidInput("role", translate("Registry", "'{role}' is not a role.").format(role=data.role))
    if data.term_end is not None and data.term_end <= data.term_start:
        raise InvalidInput("term_end", translate("Registry", "The term must end after it starts."))
    duplicate = session.scalar(select(Membership.id).where(
        Membership.organisation_id == data.organisation_id, Membership.programme_id == programme.id,
        Membership.role == data.role, Membership.status == MembershipStatus.ACTIVE.value))
    if duplicate:
        raise NotAllowed(translate("Registry", "The organisation is already an active {role} of {code}.").format(
            role=translate("Vocabulary", Role(data.role).label).lower(), code=programme.code))
    m = Membership(organisation_id=data.organisation_id, programme_id=programme.id, role=data.role,
                   term_start=data.term_start, term_end=data.term_end, status=MembershipStatus.ACTIVE.value,
                   representative_id=data.representative_id, alternate_id=data.alternate_id)
    session.add(m)
    session.flush()
    return m.id


def end_membership(session: Session, membership_id: uuid.UUID, on: date, reason: str = "") -> None:
    m = _get(session, Membership, membership_id, "membership")
    if m.status != MembershipStatus.ACTIVE.value:
        raise NotAllowed(translate("Registry", "That membership has already ended."))
    if on < m.term_start:
        raise InvalidInput("term_end", translate("Registry", "A membership cannot end before it started."))
    m.status = MembershipStatus.ENDED.value
    m.term_end = on if m.term_end is None or on < m.term_end else m.term_end
    if reason:
        m.notes = (m.notes + "\n" if m.notes else "") + translate("Registry", "Ended {day}: {reason}").format(
            day=long_date(on), reason=reason)


def renew_membership(session: Session, membership_id: uuid.UUID, new_end: date) -> uuid.UUID:
    """A new term that starts where the old one ends; the old row keeps its dates (history)."""
    old = _get(session, Membership, membership_id, "membership")
    if old.status != MembershipStatus.ACTIVE.value:
        raise NotAllowed(translate("Registry", "Only an active membership can be renewed."))
    if old.term_end is None:
        raise NotAllowed(translate("Registry", "This membership has no end date, so there is no term to renew."))
    if new_end <= old.term_end:
        raise InvalidInput("term_end", translate("Registry", "The renewed term must end after the current one."))
    old.status = MembershipStatus.ENDED.value
    new = Membership(organisation_id=old.organisation_id, programme_id=old.programme_id, role=old.role,
                     representative_id=old.representative_id, alternate_id=old.alternate_id,
                     term_start=old.term_end, term_end=new_end, status=MembershipStatus.ACTIVE.value,
                     renews_id=old.id)
    session.add(new)
    session.flush()
    return new.id


def get_organisation(session: Session, org_id: uuid.UUID) -> OrganisationDetail:
    org = _get(session, Organisation, org_id, "organisation")
    people = session.scalars(select(Person).where(Person.organisation_id == org_id).order_by(Person.name)).all()
    names = {p.id: p.name for p in people}
    rep = aliased(Person)
    memberships = session.execute(
        select(Membership, Programme.code, Programme.name)
        .join(Programme, Programme.id == Membership.programme_id)
        .where(Membership.organisation_id == org_id)
        .order_by(Programme.code, Membership.term_start.desc())
    ).all()
    missing = {i for m, _, _ in memberships for i in (m.representative_id, m.alternate_id) if i and i not in names}
    if missing:
        names.update(dict(session.execute(select(rep.id, rep.name).where(rep.id.in_(missing))).all()))
    parent = session.get(Organisation, org.parent_id) if org.parent_id else None
    return OrganisationDetail(
        id=org.id, version=org.version, name=org.name, acronym=org.acronym,
        country_iso3=org.country.iso3 if org.country else None,
        country_name=name_of(org.country),
        regional_group=org.country.regional_group if org.country else None,
        stakeholder_cluster=org.stakeholder_cluster, organisation_type=org.organisation_type,
        website=org.website, parent_id=org.parent_id, parent_name=parent.name if parent else "",
        notes=org.notes, other_names=tuple((n.name, n.language) for n in org.other_names),
        people=tuple(PersonValue(p.id, p.name, p.email, p.phone, p.gender, p.version) for p in people),
        memberships=tuple(
            MembershipValue(m.id, code, shown_programme(code, pname), m.role, names.get(m.representative_id, ""),
                            names.get(m.alternate_id, ""), m.term_start, m.term_end, m.status, m.renews_id)
            for m, code, pname in memberships
        ),
    )


def organisation_choices(session: Session, text: str, limit: int = 20) -> list[tuple[uuid.UUID, str]]:
    """Organisations whose name matches, for pickers (parent organisation, merges)."""
    rows = search_organisations(session, OrganisationQuery(text=text), limit=limit)
    return [(r.id, f"{r.name} ({r.acronym})" if r.acronym else r.name) for r in rows]


def history(session: Session, org_id: uuid.UUID) -> list[HistoryItem]:
    """The audit trail of an organisation and of its people, memberships and other names."""
    related = [org_id]
    related += session.scalars(select(Person.id).where(Person.organisation_id == org_id)).all()
    related += session.scalars(select(Membership.id).where(Membership.organisation_id == org_id)).all()
    # Deleted children are found through the trail itself: entries that named this organisation.
    entries = session.scalars(
        select(AuditEntry).where(or_(
            AuditEntry.record_id.in_(related),
            cast(AuditEntry.changes, String).like(f'%"{org_id}"%') if related else false(),
        )).order_by(AuditEntry.at.desc(), AuditEntry.id)
    ).all()
    label = {"organisation": "Organisation", "person": "Person", "membership": "Membership",
             "organisation_name": "Other name"}
    return [HistoryItem(e.at, e.actor, e.description, label.get(e.table_name, e.table_name), e.action,
                        dict(e.changes)) for e in entries]


