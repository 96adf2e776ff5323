"""A small desk for the programme's year tests: organisations with roles in SPP and CI, a reporting cycle."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from opn_desk.domain.registry import MembershipInput, OrganisationInput, PersonInput
from opn_desk.services import registry, reporting

DEADLINE = date(2026, 3, 31)


@dataclass
class World:
    orgs: dict[str, uuid.UUID] = field(default_factory=dict)
    people: dict[str, uuid.UUID] = field(default_factory=dict)
    cycle: uuid.UUID | None = None


def organisation(desk, name: str, iso3: str = "KEN", *, people: int = 1, email: bool = True) -> tuple[uuid.UUID, list]:
    org = desk.write("add", registry.create_organisation,
                     OrganisationInput(name=name, country_iso3=iso3, stakeholder_cluster="civil_society")).value
    staff = []
    for n in range(people):
        slug = name.lower().replace(" ", ".")
        staff.append(desk.write("person", registry.add_person, PersonInput(
            organisation_id=org, name=f"Person {n} of {name}",
            email=f"p{n}@{slug}.org" if email else "")).value)
    return org, staff


def member(desk, org: uuid.UUID, role: str = "network_member", programme: str = "SPP", *,
           start: date = date(2020, 1, 1), end: date | None = None, representative=None, alternate=None) -> uuid.UUID:
    return desk.write("member", registry.add_membership, MembershipInput(
        organisation_id=org, programme_code=programme, role=role, term_start=start, term_end=end,
        representative_id=representative, alternate_id=alternate)).value


def build(desk, *, partners: int = 4, deadline: date = DEADLINE) -> World:
    """``partners`` SPP network members P0..Pn-1 (P0 a co-lead too), each with two people; one SPP cycle 2025."""
    world = World()
    for i in range(partners):
        org, staff = organisation(desk, f"P{i}", ("KEN", "FRA", "MEX", "CHN")[i % 4], people=2)
        world.orgs[f"P{i}"] = org
        world.people[f"P{i}"] = staff[0]
        world.people[f"P{i}b"] = staff[1]
        member(desk, org, representative=staff[0], alternate=staff[1])
        if i == 0:
            member(desk, org, "co_lead", start=date(2025, 1, 1), end=date(2026, 12, 31), representative=staff[0])
    world.cycle = desk.write("cycle", reporting.create_cycle, "SPP", 2025, deadline).value
    return world
