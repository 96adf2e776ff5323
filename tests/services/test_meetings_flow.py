"""Meetings through the Desk: invitees on the meeting's date, participation and written comments,
travel requests ranked with the LDC status on each meeting's date, the allocation, minutes and action items."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from opn_desk.db.models import Membership, Programme
from opn_desk.db.models_meetings import AgendaItem, MeetingParticipant, WorkTask
from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import meetings, registry
from opn_desk.services.errors import InvalidInput, NotAllowed

TODAY = date(2026, 11, 22)
F2F_2024, F2F_2025 = date(2024, 11, 26), date(2025, 10, 15)


@pytest.fixture
def network(desk):
    """SPP: a co-lead (Chad) 2024-2026, a core partner from Sao Tome and Principe (graduated from the LDC
    list on 2024-12-13) 2024-2025, a French core partner from June 2025, a Fijian one who left in 2024,
    a network member."""

    def build(session):
        spp = session.scalar(select(Programme).where(Programme.code == "SPP"))
        ids = {}
        for key, name, iso3 in [("lead", "Ministère de l'Environnement <Tchad>", "TCD"),
                                ("stp", "Rede Alimentação Sustentável", "STP"),
                                ("fra", "Achats Responsables & Cie", "FRA"), ("fji", "Pacific Buyers", "FJI"),
                                ("member", "Network Member Ltd", "KEN")]:
            ids[key] = registry.create_organisation(session, OrganisationInput(
                name=name, country_iso3=iso3, stakeholder_cluster="government"))
        for key, role, start, end, status in [
                ("lead", "co_lead", date(2024, 1, 1), date(2026, 12, 31), "active"),
                ("stp", "core_partner", date(2024, 1, 15), date(2026, 1, 14), "ended"),
                ("fra", "core_partner", date(2025, 6, 1), date(2027, 5, 31), "active"),
                ("fji", "core_partner", date(2022, 1, 1), date(2024, 6, 30), "ended"),
                ("member", "network_member", date(2020, 1, 1), None, "active")]:
            session.add(Membership(organisation_id=ids[key], programme_id=spp.id, role=role, term_start=start,
                                   term_end=end, status=status))
        session.flush()
        return ids

    return desk.write("Build the network", build).value


def _invited(desk, meeting_id):
    return desk.read(lambda s: {oid: role for oid, role in s.execute(
        select(MeetingParticipant.organisation_id, MeetingParticipant.role)
        .where(MeetingParticipant.meeting_id == meeting_id))})


def test_invitees_follow_the_terms_in_office_on_the_meeting_date(desk, network):
    n = network
    first = desk.write("New meeting", meetings.create_meeting, "SPP", "face-to-face", "MAC 2024", F2F_2024,
                       place="Paris", travel_budget=5000, today=TODAY)
    assert first.changes.touches("meeting")
    assert _invited(desk, first.value) == {n["lead"]: "co_lead", n["stp"]: "core_partner"}
    second = desk.write("New meeting", meetings.create_meeting, "SPP", "F2F", "MAC 2025", F2F_2025,
                        travel_budget=5000, today=TODAY).value
    assert _invited(desk, second) == {n["lead"]: "co_lead", n["stp"]: "core_partner", n["fra"]: "core_partner"}
    listed = desk.read(meetings.list_meetings, "spp")
    assert [(m.title, m.kind, m.invited) for m in listed] == [("MAC 2024", "face_to_face", 2),
                                                              ("MAC 2025", "face_to_face", 3)]
    with pytest.raises(InvalidInput, match="not a kind of meeting"):
        desk.write("New meeting", meetings.create_meeting, "SPP", "party", "x", F2F_2025)


def test_written_comments_count_as_participation(desk, network):
    n = network
    mid = desk.write("New meeting", meetings.create_meeting, "SPP", "virtual", "MAC April 2025", date(2025, 4, 9),
                     today=TODAY).value
    item = desk.write("Agenda", meetings.add_agenda_item, mid, "Work plan", presenter="Desk",
                      decision_sought="Take note").value
    desk.write("Comments", meetings.add_written_comment, item, n["stp"], "We support <this>.",
               received_on=date(2025, 4, 2))
    desk.write("Attendance", meetings.set_participation, mid, n["lead"], "excused")
    [summary] = desk.read(meetings.list_meetings)
    assert (summary.invited, summary.took_part) == (2, 1)
    rates = {r.organisation_id: r for r in desk.read(meetings.participation_rates, "SPP", as_of=TODAY)}
    assert rates[n["stp"]].rate == 1.0 and rates[n["lead"]].rate == 0.0
    status = desk.read(lambda s: s.scalar(select(MeetingParticipant.status).where(
        MeetingParticipant.organisation_id == n["stp"])))
    assert status == "written_comments"
    with pytest.raises(InvalidInput, match="sent in advance"):
        desk.write("Comments", meetings.add_written_comment, item, n["lead"], "Late", received_on=date(2025, 4, 10))
    with pytest.raises(NotAllowed, match="not invited"):
        desk.write("Comments", meetings.add_written_comment, item, n["member"], "Hi", received_on=date(2025, 4, 1))


def test_travel_ranking_uses_the_ldc_status_on_each_meeting_date_and_the_allocation_is_decided_before(desk, network):
    n = network
    ids = {}
    for day, title in ((F2F_2024, "MAC 2024"), (F2F_2025, "MAC 2025")):
        mid = desk.write("New meeting", meetings.create_meeting, "SPP", "face_to_face", title, day,
                         travel_budget=4000, today=TODAY).value
        ids[title] = mid
        for key, amount in (("lead", 2500.0), ("stp", 2000.0)):
            desk.write("Request", meetings.add_travel_request, mid, n[key], amount, requested_on=date(day.year, 9, 1))
    old = desk.read(meetings.travel, ids["MAC 2024"])
    # Both LDCs on that day: requested the same day, so by name.
    assert [(line.country_iso3, line.ldc) for line in old.lines] == [("TCD", True), ("STP", True)]
    new = desk.read(meetings.travel, ids["MAC 2025"])
    assert [(line.country_iso3, line.ldc, line.group) for line in new.lines] == [("TCD", True, "ldc"),
                                                                                  ("STP", False, "sids")]
    assert [line.proposed for line in new.lines] == [2500.0, 1500.0]
    assert all(line.granted is None for line in new.lines)

    mid = ids["MAC 2025"]
    with pytest.raises(NotAllowed, match="decided before the meeting"):
        desk.write("Allocate", meetings.decide_allocation, mid, decided_on=date(2025, 10, 16))
    stp_request = new.lines[1].request_id
    with pytest.raises(InvalidInput, match="more than the travel budget"):
        desk.write("Allocate", meetings.decide_allocation, mid, decided_on=date(2025, 9, 20),
                   grants={new.lines[0].request_id: 2500.0, stp_request: 2000.0})
    # The desk decides otherwise: the ranking stays as computed, the grants as decided.
    desk.write("Allocate", meetings.decide_allocation, mid, decided_on=date(2025, 9, 20),
               grants={new.lines[0].request_id: 2000.0, stp_request: 2000.0})
    after = desk.read(meetings.travel, mid)
    assert [(line.country_iso3, line.granted) for line in after.lines] == [("TCD", 2000.0), ("STP", 2000.0)]
    assert after.decided_on == date(2025, 9, 20)
    with pytest.raises(NotAllowed, match="already allocated"):
        desk.write("Request", meetings.add_travel_request, mid, n["fra"], 900.0, requested_on=date(2025, 9, 25))


def test_minutes_start_from_the_agenda_and_action_items_join_the_work_plan(desk, network):
    n = network
    mid = desk.write("New meeting", meetings.create_meeting, "SPP", "virtual", "MAC April 2026", date(2026, 4, 22),
                     today=TODAY).value
    first = desk.write("Agenda", meetings.add_agenda_item, mid, "Opening", presenter="Co-leads").value
    second = desk.write("Agenda", meetings.add_agenda_item, mid, "Work plan", presenter="Desk",
                        decision_sought="Agree the plan").value
    desk.write("Paper", meetings.add_paper, second, "C:\\papers\\plan.pdf", b"%PDF-1.4 plan", title="The plan")
    assert desk.write("Start minutes", meetings.start_minutes, mid, on=date(2026, 4, 22)).value == 2
    records = desk.read(lambda s: [(i.position, i.minutes) for i in s.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == mid).order_by(AgendaItem.position))])
    assert records == [(1, "Presented by Co-leads."), (2, "Presented by Desk. Decision sought: Agree the plan")]
    assert desk.read(lambda s: s.get(AgendaItem, first).position) == 1
    with pytest.raises(NotAllowed, match="were started on 22 April 2026"):
        desk.write("Start minutes", meetings.start_minutes, mid, on=date(2026, 4, 23))
    desk.write("Decision", meetings.record_item, second, decision="Agreed.")
    task = desk.write("Action", meetings.add_action_item, mid, "Circulate the plan", owner="Desk",
                      due_on=date(2026, 6, 1), agenda_item_id=second).value
    row = desk.read(lambda s: s.get(WorkTask, task))
    assert (row.meeting_id, row.status, row.responsibility, row.plan_year) == (mid, "not_started", "Desk", 2026)
    pack = desk.read(meetings.pack_values, mid)
    assert [p.filename for p in pack.items[1].papers] == ["plan.pdf"]
    assert pack.items[1].decision == "Agreed." and pack.action_items == (("Circulate the plan", "Desk",
                                                                          date(2026, 6, 1)),)
    assert {p.organisation for p in pack.participants} == {"Ministère de l'Environnement <Tchad>",
                                                           "Achats Responsables & Cie"}
    # Undo takes the action item back, as one step.
    desk.undo()
    assert desk.read(lambda s: s.get(WorkTask, task)) is None
    assert n["lead"]
