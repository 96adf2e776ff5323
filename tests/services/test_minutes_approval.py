"""The minutes approved (issue 15): draft -> approved at a later meeting or by written procedure, by whom and
when; approved minutes are read-only (one sentence); the approval is audited, undoable, and reaches the
other laptops; the meeting pack says "Approved on …". A guest organisation's participation counts in its
partnership health like an invitee's."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from opn_desk.db.models import AuditEntry, Membership, Programme
from opn_desk.db.models_meetings import Meeting
from opn_desk.domain.registry import MembershipInput, OrganisationInput
from opn_desk.services import health, meetings, meetings_view, registry
from opn_desk.services.errors import InvalidInput, NotAllowed
from opn_desk.services.sync import exchange
from tests.sync import sync_world as world

TODAY = date(2026, 11, 22)
APRIL, OCTOBER = date(2026, 4, 22), date(2026, 10, 21)


def _meetings(desk):
    """A partner in office, the April meeting with its minutes started and recorded, the October meeting."""
    def build(session):
        spp = session.scalar(select(Programme).where(Programme.code == "SPP"))
        org = registry.create_organisation(session, OrganisationInput(name="Chad Buyers", country_iso3="TCD"))
        session.add(Membership(organisation_id=org, programme_id=spp.id, role="core_partner",
                               term_start=date(2025, 1, 1), term_end=date(2027, 12, 31), status="active"))
        session.flush()
        return org

    org = desk.write("Network", build).value
    april = desk.write("M", meetings.create_meeting, "SPP", "virtual", "MAC virtual meeting, April 2026", APRIL,
                       today=TODAY).value
    october = desk.write("M", meetings.create_meeting, "SPP", "face-to-face", "MAC meeting, October 2026", OCTOBER,
                         today=TODAY).value
    item = desk.write("Item", meetings.add_agenda_item, april, "Work plan", presenter="Desk").value
    desk.write("Start", meetings.start_minutes, april, on=APRIL)
    desk.write("Record", meetings.record_item, item, minutes="Discussed.", decision="Agreed.")
    return org, april, october, item


def test_minutes_approved_at_a_later_meeting_are_read_only_and_the_approval_undoes(desk, tmp_path):
    org, april, october, item = _meetings(desk)
    detail = desk.read(meetings_view.meeting_detail, april, today=TODAY)
    assert not detail.minutes_approved and detail.approval == ""
    assert [label for _mid, label in detail.later_meetings] == ["MAC meeting, October 2026 (21 October 2026)"]

    done = desk.write("Approve the minutes", meetings.approve_minutes, april, by="the advisory committee",
                      at_meeting_id=october, today=TODAY)
    assert done.value == OCTOBER  # the day of the meeting that approved them
    assert done.changes.touches("meeting")
    detail = desk.read(meetings_view.meeting_detail, april, today=TODAY)
    assert detail.minutes_approved_on == OCTOBER
    assert detail.approval == ("Approved on 21 October 2026 by the advisory committee at MAC meeting, October 2026 "
                               "(21 October 2026).")
    assert desk.read(meetings.pack_values, april, final=True).minutes_approved == detail.approval
    if shutil.which("pdftotext"):  # the FINAL pack prints it on its cover
        from opn_desk.services.meeting_documents import meeting_pack

        pdf = tmp_path / "pack.pdf"
        meeting_pack(desk, april, pdf, final=True)
        cover = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Approved on 21 October 2026 by the advisory committee" in " ".join(cover.split())
    [entry] = desk.read(lambda s: s.scalars(select(AuditEntry).where(
        AuditEntry.description == "Approve the minutes")).all())  # audited: the record and its fields
    assert (entry.table_name, entry.record_id, entry.action) == ("meeting", april, "update")
    assert {"minutes_approved_on", "minutes_approved_by", "minutes_approved_at_id"} <= set(entry.changes)

    # Approved minutes cannot be changed: one sentence, nothing written.
    for call in (lambda: desk.write("Edit", meetings.record_item, item, minutes="Changed."),
                 lambda: desk.write("Action", meetings.add_action_item, april, "Send", owner="Desk",
                                    due_on=date(2026, 12, 1)),
                 lambda: desk.write("Attendance", meetings_view.tick_attendance, april, [org]),
                 lambda: desk.write("Item", meetings.add_agenda_item, april, "Another item")):
        with pytest.raises(NotAllowed) as refused:
            call()
        assert str(refused.value) == ("The minutes of MAC virtual meeting, April 2026 were approved on 21 October 2026; "
                                      "approved minutes cannot be changed.")
    assert desk.read(meetings_view.meeting_detail, april).items[0].minutes == "Discussed."
    with pytest.raises(NotAllowed, match="already approved on 21 October 2026"):
        desk.write("Again", meetings.approve_minutes, april, by="x", on=date(2026, 11, 1), today=TODAY)

    # The approval is one undo step: undone, the minutes are a draft and editable again.
    assert desk.undo().description.endswith("Approve the minutes")
    assert desk.read(meetings_view.meeting_detail, april).approval == ""
    desk.write("Edit", meetings.record_item, item, minutes="Changed.")
    assert desk.read(lambda s: s.scalars(select(Meeting.minutes_approved_by)).all()) == ["", ""]


def test_minutes_approved_by_written_procedure_and_the_refusals(desk):
    _org, april, october, _item = _meetings(desk)
    cases = [
        (dict(by="  "), InvalidInput, "Say who approved the minutes"),
        (dict(by="the co-leads"), InvalidInput, "Give the day the written procedure approved the minutes."),
        (dict(by="the co-leads", on=date(2026, 4, 1)), InvalidInput,
         "Minutes cannot be approved before their meeting (22 April 2026)."),
        (dict(by="the co-leads", on=date(2026, 12, 1)), InvalidInput,
         "Minutes cannot be approved on a day still to come (1 December 2026)."),
        (dict(by="the co-leads", at_meeting_id=april), InvalidInput,
         "Minutes are approved at a later meeting of the same programme; MAC virtual meeting, April 2026 "
         "(22 April 2026) is not one."),
    ]
    for kwargs, error, sentence in cases:
        with pytest.raises(error) as refused:
            desk.write("Approve", meetings.approve_minutes, april, today=TODAY, **kwargs)
        assert str(refused.value).startswith(sentence)
    with pytest.raises(NotAllowed, match="are not started; start them from the agenda"):
        desk.write("Approve", meetings.approve_minutes, october, by="x", on=TODAY, today=TODAY)

    desk.write("Approve", meetings.approve_minutes, april, by="the co-leads", on=date(2026, 5, 20), today=TODAY)
    assert desk.read(meetings_view.meeting_detail, april).approval == (
        "Approved on 20 May 2026 by the co-leads, by written procedure.")


def test_a_guest_organisations_participation_counts_in_its_health(desk):
    _org, april, october, item = _meetings(desk)
    guest = desk.write("Guest", registry.create_organisation, OrganisationInput(name="Observers Org",
                                                                                country_iso3="FRA")).value
    desk.write("Invite", meetings.invite_organisation, october, guest)
    before = desk.read(health.health_of, guest, today=TODAY)
    [mac] = [s.detail for s in before.signals if s.name == "mac"]
    assert mac.startswith("took part in 0 of 1 meeting(s)")
    desk.write("Attended", meetings.set_participation, october, guest, "attended")
    after = desk.read(health.health_of, guest, today=TODAY)
    [mac] = [s.detail for s in after.signals if s.name == "mac"]
    assert mac.startswith("took part in 1 of 1 meeting(s)")


def test_an_approval_on_one_laptop_reaches_the_other(tmp_path):
    folder = tmp_path / "x"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    try:
        org = a.desk.write("New", registry.create_organisation, OrganisationInput("Chad Buyers", country_iso3="TCD")).value
        a.desk.write("M", registry.add_membership, MembershipInput(org, "SPP", "core_partner", date(2025, 1, 1),
                                                                   date(2026, 12, 31)))
        april = a.desk.write("M", meetings.create_meeting, "SPP", "virtual", "April", APRIL, today=TODAY).value
        october = a.desk.write("M", meetings.create_meeting, "SPP", "face-to-face", "October", OCTOBER,
                               today=TODAY).value
        a.desk.write("Item", meetings.add_agenda_item, april, "Work plan")
        a.desk.write("Start", meetings.start_minutes, april, on=APRIL)
        b = world.clone(a, folder, "Nairobi laptop", "Bob")
        try:
            b.desk.write("Approve", meetings.approve_minutes, april, by="the committee", at_meeting_id=october,
                         today=TODAY)
            pa, pb = folder / f"a{uuid.uuid4().hex[:6]}.opnsync", folder / f"b{uuid.uuid4().hex[:6]}.opnsync"
            exchange.export_bundle(a.desk, pa)
            exchange.export_bundle(b.desk, pb)
            assert exchange.import_bundles(a.desk, [pb], make_backup=False).open_conflicts == 0
            detail = a.desk.read(meetings_view.meeting_detail, april, today=TODAY)
            assert detail.approval == "Approved on 21 October 2026 by the committee at October (21 October 2026)."
        finally:
            b.close()
    finally:
        a.close()
