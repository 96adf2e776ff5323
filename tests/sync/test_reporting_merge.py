"""The programme's year on several laptops: a submission recorded on two laptops is one record, alternates
and initiative partners merge as sets, activities added on each laptop all arrive."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
import sync_world as world
from sqlalchemy import select

from opn_desk.db.models import InitiativePartner, ReportedActivity, ReportingAlternate, ReportingStatus
from opn_desk.domain.registry import MembershipInput, OrganisationInput, PersonInput
from opn_desk.services import portfolio, registry, reporting
from opn_desk.services.portfolio import InitiativeInput
from opn_desk.services.reporting import ActivityInput
from opn_desk.services.sync import exchange


@pytest.fixture
def pair(tmp_path):
    folder = tmp_path / "x"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    orgs = [a.desk.write("New", registry.create_organisation, OrganisationInput(n, country_iso3="KEN")).value
            for n in ("North Org", "South Org", "East Org")]
    people = [a.desk.write("P", registry.add_person, PersonInput(orgs[0], f"Person {i}", f"p{i}@north.org")).value
              for i in range(3)]
    for org in orgs:
        a.desk.write("M", registry.add_membership, MembershipInput(org, "SPP", "network_member", date(2020, 1, 1)))
    cycle = a.desk.write("C", reporting.create_cycle, "SPP", 2025, date(2026, 3, 31)).value
    b = world.clone(a, folder, "Nairobi laptop", "Bob")
    yield a, b, orgs, people, cycle
    a.close()
    b.close()


def swap(a, b, folder):
    pa, pb = folder / f"a{uuid.uuid4().hex[:6]}.opnsync", folder / f"b{uuid.uuid4().hex[:6]}.opnsync"
    exchange.export_bundle(a.desk, pa)
    exchange.export_bundle(b.desk, pb)
    out = exchange.import_bundles(a.desk, [pb], make_backup=False)
    exchange.import_bundles(b.desk, [pa], make_backup=False)
    return out


def test_the_same_submission_on_two_laptops_is_one_record(pair, tmp_path):
    a, b, orgs, _people, cycle = pair
    for laptop in (a, b):
        laptop.desk.write("S", reporting.record_submission, cycle, orgs[0], date(2026, 3, 20))
    out = swap(a, b, tmp_path)
    assert out.open_conflicts == 0
    for laptop in (a, b):
        rows = laptop.desk.read(lambda s: s.execute(select(ReportingStatus.organisation_id,
                                                           ReportingStatus.submitted_on)).all())
        assert rows == [(orgs[0], date(2026, 3, 20))]


def test_alternates_partners_and_activities_merge_as_sets(pair, tmp_path):
    a, b, orgs, people, cycle = pair
    a.desk.write("F", reporting.set_focal_point, orgs[0], people[0], alternates=[people[1]])
    b.desk.write("F", reporting.set_focal_point, orgs[0], people[0], alternates=[people[2]])
    initiative = a.desk.write("I", portfolio.create_initiative, InitiativeInput(
        "Shared tenders", "SPP", orgs[0], "affiliated")).value
    swap(a, b, tmp_path)
    a.desk.write("P", portfolio.add_partner, initiative, orgs[1])
    b.desk.write("P", portfolio.add_partner, initiative, orgs[2])
    a.desk.write("A", reporting.add_activity, ActivityInput(cycle, orgs[0], "Radio show", "communications"))
    b.desk.write("A", reporting.add_activity, ActivityInput(cycle, orgs[1], "Guide", "tools and solutions"))
    swap(a, b, tmp_path)
    for laptop in (a, b):
        alternates = laptop.desk.read(lambda s: set(s.scalars(select(ReportingAlternate.person_id))))
        assert alternates == {people[1], people[2]}  # each laptop's addition kept
        partners = laptop.desk.read(lambda s: set(s.scalars(select(InitiativePartner.organisation_id))))
        assert partners == {orgs[1], orgs[2]}
        titles = laptop.desk.read(lambda s: sorted(s.scalars(select(ReportedActivity.title))))
        assert titles == ["Guide", "Radio show"]
