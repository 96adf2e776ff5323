"""Values the registry hands out and takes in: plain, frozen, safe to pass between threads."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime


def is_web_address(text: str) -> bool:
    """Whether ``text`` reads as a website address ("www.unep.org", "https://oneplanetnetwork.org/spp"):
    a host with a dot, no spaces. The one rule for an import, a spreadsheet update and the editor."""
    if " " in text or len(text) > 300:
        return False
    host = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", text).split("/", 1)[0].split(":", 1)[0]
    return "." in host and not host.startswith(".") and not host.endswith(".")


@dataclass(frozen=True, slots=True)
class CountryValue:
    id: uuid.UUID
    iso3: str
    iso2: str
    name: str
    regional_group: str | None
    ldc: bool
    lldc: bool
    sids: bool


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    """One line of the registry table."""

    id: uuid.UUID
    name: str
    acronym: str
    country: str
    country_iso3: str
    regional_group: str | None
    stakeholder_cluster: str | None
    programmes: str
    roles: str


@dataclass(frozen=True, slots=True)
class OrganisationQuery:
    text: str = ""
    programme: str | None = None  # programme code
    role: str | None = None
    regional_group: str | None = None  # a group code, or "none" for countries in no group
    stakeholder_cluster: str | None = None
    sort: str = "name"  # name / acronym / country / regional_group / stakeholder_cluster
    descending: bool = False


SORT_KEYS = ("name", "acronym", "country", "regional_group", "stakeholder_cluster")


@dataclass(frozen=True, slots=True)
class OrganisationInput:
    name: str
    acronym: str = ""
    country_iso3: str | None = None
    stakeholder_cluster: str | None = None
    organisation_type: str | None = None
    website: str = ""
    parent_id: uuid.UUID | None = None
    notes: str = ""
    other_names: tuple[tuple[str, str], ...] = ()  # (name, language)


@dataclass(frozen=True, slots=True)
class PersonValue:
    id: uuid.UUID
    name: str
    email: str
    phone: str
    gender: str
    version: int


@dataclass(frozen=True, slots=True)
class PersonInput:
    organisation_id: uuid.UUID
    name: str
    email: str = ""
    phone: str = ""
    gender: str = "unknown"


@dataclass(frozen=True, slots=True)
class MembershipValue:
    id: uuid.UUID
    programme_code: str
    programme_name: str
    role: str
    representative: str
    alternate: str
    term_start: date
    term_end: date | None
    status: str
    renews_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class MembershipInput:
    organisation_id: uuid.UUID
    programme_code: str
    role: str
    term_start: date
    term_end: date | None = None
    representative_id: uuid.UUID | None = None
    alternate_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class OrganisationDetail:
    id: uuid.UUID
    version: int
    name: str
    acronym: str
    country_iso3: str | None
    country_name: str
    regional_group: str | None
    stakeholder_cluster: str | None
    organisation_type: str | None
    website: str
    parent_id: uuid.UUID | None
    parent_name: str
    notes: str
    other_names: tuple[tuple[str, str], ...]
    people: tuple[PersonValue, ...]
    memberships: tuple[MembershipValue, ...]

    def as_input(self) -> OrganisationInput:
        return OrganisationInput(
            name=self.name, acronym=self.acronym, country_iso3=self.country_iso3,
            stakeholder_cluster=self.stakeholder_cluster, organisation_type=self.organisation_type,
            website=self.website, parent_id=self.parent_id, notes=self.notes, other_names=self.other_names,
        )


@dataclass(frozen=True, slots=True)
class HistoryItem:
    at: datetime
    actor: str
    description: str
    record: str  # e.g. "Organisation", "Person: Ana Silva"
    action: str
    changes: dict = field(default_factory=dict)  # field -> [before, after] (sensitive masked)
