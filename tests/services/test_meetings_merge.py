"""Meetings on several laptops (docs/SYNC.md): the same invitation or travel request recorded on two
laptops is one record; written comments, papers and action items added on each laptop all arrive."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from opn_desk.db.models_meetings import (
    MeetingPaper,
    MeetingParticipant,
    TravelRequest,
    WorkTask,
    WrittenComment,
)
from opn_desk.domain.registry import MembershipInput, OrganisationInput
from opn_desk.services import meetings, registry
from opn_desk.services.sync import exchange
from tests.sync import sync_world as world

TODAY = date(2026, 11, 22)


@pytest.fixture
def pair(tmp_path):
    folder = tmp_path / "x"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    orgs = [a.desk.write("New", registry.create_organisation, OrganisationInput(n, country_iso3=c)).value
            for n, c in (("Chad Buyers", "TCD"), ("Fiji Buyers", "FJI"), ("Guest Org", "FRA"))]
    for org in orgs[:2]:
        a.desk.write("M", registry.add_membership, MembershipInput(org, "SPP", "core_partner", date(2025, 1, 1),
                                                                   date(2026, 12, 31)))
    mid = a.desk.write("Meeting", meetings.create_meeting, "SPP", "face-to-face", "MAC 2026", date(2026, 10, 21),
                       travel_budget=5000, today=TODAY).value
    item = a.desk.write("Item", meetings.add_agenda_item, mid, "Work plan").value
    b = world.clone(a, folder, "Nairobi laptop", "Bob")
    yield a, b, orgs, mid, item
    a.close()
    b.close()


def swap(a, b, folder):
    pa, pb = folder / f"a{uuid.uuid4().hex[:6]}.opnsync", folder / f"b{uuid.uuid4().hex[:6]}.opnsync"
    exchange.export_bundle(a.desk, pa)
    exchange.export_bundle(b.desk, pb)
    out = exchange.import_bundles(a.desk, [pb], make_backup=False)
    exchange.import_bundles(b.desk, [pa], make_backup=False)
    return out


def test_the_same_invitation_and_request_on_two_laptops_are_one_record(pair, tmp_path):
    a, b, orgs, mid, _item = pair
    for laptop in (a, b):
        laptop.desk.write("Invite", meetings.invite_organisation, mid, orgs[2])
        laptop.desk.write("Travel", meetings.add_travel_request, mid, orgs[0], 2000.0, requested_on=date(2026, 9, 1))
    out = swap(a, b, tmp_path)
    assert out.open_conflicts == 0
    for laptop in (a, b):
        invited = laptop.desk.read(lambda s: sorted(map(str, s.scalars(select(MeetingParticipant.organisation_id)))))
        assert invited == sorted(map(str, orgs))
        assert laptop.desk.read(lambda s: len(s.scalars(select(TravelRequest.id)).all())) == 1


def test_comments_papers_and_action_items_from_each_laptop_all_arrive(pair, tmp_path):
    a, b, orgs, mid, item = pair
    a.desk.write("Comments", meetings.add_written_comment, item, orgs[0], "From Chad.", received_on=date(2026, 10, 1))
    b.desk.write("Comments", meetings.add_written_comment, item, orgs[1], "From Fiji.", received_on=date(2026, 10, 2))
    a.desk.write("Paper", meetings.add_paper, item, "plan.pdf", b"%PDF-1.4 the plan")
    b.desk.write("Action", meetings.add_action_item, mid, "Send the plan", owner="Desk", due_on=date(2026, 12, 1))
    out = swap(a, b, tmp_path)
    assert out.open_conflicts == 0
    for laptop in (a, b):
        comments = laptop.desk.read(lambda s: sorted(s.scalars(select(WrittenComment.text))))
        assert comments == ["From Chad.", "From Fiji."]
        statuses = laptop.desk.read(lambda s: {o: st for o, st in s.execute(
            select(MeetingParticipant.organisation_id, MeetingParticipant.status))})
        assert statuses[orgs[0]] == statuses[orgs[1]] == "written_comments"
        assert laptop.desk.read(lambda s: s.scalar(select(MeetingPaper.content))) == b"%PDF-1.4 the plan"
        assert laptop.desk.read(lambda s: s.scalars(select(WorkTask.title)).all()) == ["Send the plan"]
