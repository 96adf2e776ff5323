"""Applications through `Desk`: intake by hand, listing, the enforced lifecycle with who/when/why,
the screening gate, decisions (membership creation and undo), reopening, attachments, mail merge."""

from __future__ import annotations

import csv
import hashlib
import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from opn_desk.db.models import Application, ApplicationTransition, AuditEntry, Membership, Organisation
from opn_desk.domain.applications import (
    ApplicationInput,
    ApplicationQuery,
    CallInput,
    allowed_transitions,
    default_checklist,
    reason_required,
    refusal,
)
from opn_desk.domain.registry import MembershipInput, OrganisationInput, PersonInput
from opn_desk.domain.vocab import ApplicationStatus as S
from opn_desk.domain.vocab import Role
from opn_desk.io.tables import write_table
from opn_desk.services import applications as apps
from opn_desk.services import registry
from opn_desk.services.errors import InvalidInput, NotAllowed, NotFound, StaleEdit

ACTOR = "Test Officer"
TODAY = date.today()


# --- helpers ---------------------------------------------------------------------------------------

def _org(desk, name: str, **fields) -> uuid.UUID:
    return desk.write(f"Add {name}", registry.create_organisation, OrganisationInput(name, **fields)).value


def _person(desk, org_id, name: str, email: str = "", gender: str = "unknown") -> uuid.UUID:
    return desk.write(f"Add {name}", registry.add_person, PersonInput(org_id, name, email, gender=gender)).value


def _call(desk, role: str = Role.CORE_PARTNER, programme: str = "SPP", title: str | None = None) -> uuid.UUID:
    data = CallInput(programme, role, title or f"{programme} {role} call", TODAY - timedelta(days=60),
                     TODAY - timedelta(days=10))
    return desk.write("Add call", apps.create_call, data).value


def _apply(desk, org_id, role: str = Role.NETWORK_MEMBER, call_id=None, programme: str = "SPP",
           **fields) -> uuid.UUID:
    data = ApplicationInput(org_id, programme, role, call_id=call_id, received_on=fields.pop("received_on",
                                                                                             TODAY - timedelta(days=30)),
                            **fields)
    return desk.write("Record application", apps.record_application, data).value


def _detail(desk, app_id):
    return desk.read(apps.get_application, app_id)


def _tick_all(desk, app_id):
    items = [item for item, _ in _detail(desk, app_id).screening]
    desk.write("Screen", apps.update_screening, app_id, {item: True for item in items})


def _move(desk, app_id, to, reason: str = "", **kw):
    return desk.write(f"Move to {to}", apps.move_application, app_id, str(to), reason, **kw)


def _transitions(desk, app_id) -> list[ApplicationTransition]:
    return desk.read(lambda s: list(s.scalars(select(ApplicationTransition).where(
        ApplicationTransition.application_id == app_id).order_by(ApplicationTransition.at))))


def _memberships(desk, org_id) -> list[Membership]:
    return desk.read(lambda s: list(s.scalars(select(Membership).where(Membership.organisation_id == org_id))))


# Paths that bring a fresh application (checklist ticked) into each state.
PATHS = {
    S.RECEIVED: [],
    S.SCREENING: [(S.SCREENING, "")],
    S.UNDER_REVIEW: [(S.SCREENING, ""), (S.UNDER_REVIEW, "")],
    S.MAC_OPINION: [(S.SCREENING, ""), (S.UNDER_REVIEW, ""), (S.MAC_OPINION, "")],
    S.ACCEPTED: [(S.SCREENING, ""), (S.UNDER_REVIEW, ""), (S.ACCEPTED, "")],
    S.NOT_ACCEPTED: [(S.SCREENING, ""), (S.UNDER_REVIEW, ""), (S.NOT_ACCEPTED, "Too little capacity.")],
    S.WITHDRAWN: [(S.WITHDRAWN, "The organisation changed its mind.")],
}


@pytest.fixture
def world(desk):
    """An applicant with two people and a core-partner call of SPP."""
    org = _org(desk, "Green Procurement Institute", acronym="GPI", country_iso3="KEN")
    rep = _person(desk, org, "Amina Otieno", "amina@gpi.example", gender="female")
    alt = _person(desk, org, "Brian Kamau", "brian@gpi.example")
    call = _call(desk)
    return {"org": org, "rep": rep, "alt": alt, "call": call}


def _in_state(desk, world, state: S) -> uuid.UUID:
    app = _apply(desk, world["org"], Role.CORE_PARTNER, world["call"], representative_id=world["rep"],
                 received_on=date(2024, 1, 2))
    _tick_all(desk, app)
    for to, reason in PATHS[state]:
        _move(desk, app, to, reason)
    assert _detail(desk, app).status == state
    return app


# --- recording -------------------------------------------------------------------------------------

def test_record_a_network_member_application_by_hand(desk, world):
    app = _apply(desk, world["org"], representative_id=world["rep"], alternate_id=world["alt"],
                 statement="We buy green.", contribution_kinds=("staff_time", "financial"),
                 contribution_details="Half a post", work_streams=("Advocacy", " advocacy ", "Monitoring"),
                 priority_sectors=("ICT",))
    d = _detail(desk, app)
    assert (d.organisation, d.programme_code, d.role, d.status) == ("Green Procurement Institute", "SPP",
                                                                    "network_member", "received")
    assert d.call_id is None and d.call_title == ""
    assert (d.representative, d.alternate) == ("Amina Otieno", "Brian Kamau")
    assert d.contribution_kinds == ("financial", "staff_time")
    assert d.work_streams == ("Advocacy", "Monitoring") and d.priority_sectors == ("ICT",)
    assert d.screening == tuple((i, False) for i in default_checklist(Role.NETWORK_MEMBER))
    assert d.next_statuses == ("screening", "withdrawn")
    assert d.reviews is None and d.attachments == () and d.membership_id is None
    [first] = d.transitions
    assert (first.from_status, first.to_status, first.actor) == (None, "received", ACTOR)
    assert d.as_input().statement == "We buy green."


def test_a_custom_checklist_replaces_the_default(desk, world):
    data = ApplicationInput(world["org"], "SPP", Role.NETWORK_MEMBER)
    app = desk.write("Record", apps.record_application, data, ["Website checked", "Website checked", ""]).value
    assert _detail(desk, app).screening == (("Website checked", False),)


@pytest.mark.parametrize("role", [Role.CORE_PARTNER, Role.CO_LEAD])
def test_core_partner_and_co_lead_applications_need_a_call(desk, world, role):
    with pytest.raises(InvalidInput) as err:
        _apply(desk, world["org"], role)
    assert err.value.field == "call"
    assert "answers a call" in str(err.value)


def test_the_call_must_match_programme_and_role(desk, world):
    lead_call = _call(desk, Role.CO_LEAD)
    with pytest.raises(InvalidInput, match="is not for core partners of SPP"):
        _apply(desk, world["org"], Role.CORE_PARTNER, lead_call)
    with pytest.raises(InvalidInput, match="is not for core partners of CI"):
        _apply(desk, world["org"], Role.CORE_PARTNER, world["call"], programme="CI")


def test_people_must_belong_to_the_organisation(desk, world):
    other = _org(desk, "Elsewhere Ltd")
    stranger = _person(desk, other, "Carl Stranger")
    with pytest.raises(InvalidInput, match="does not belong to Green Procurement Institute") as err:
        _apply(desk, world["org"], representative_id=stranger)
    assert err.value.field == "representative"
    with pytest.raises(InvalidInput, match="someone other than the representative"):
        _apply(desk, world["org"], representative_id=world["rep"], alternate_id=world["rep"])


def test_unknown_organisation_programme_role_and_kinds_are_refused(desk, world):
    with pytest.raises(InvalidInput, match="Choose the organisation"):
        _apply(desk, uuid.uuid4())
    with pytest.raises(InvalidInput, match="no programme with the code"):
        _apply(desk, world["org"], programme="XYZ")
    with pytest.raises(InvalidInput, match="is not a role"):
        _apply(desk, world["org"], role="observer")
    with pytest.raises(InvalidInput, match="not a kind of contribution"):
        _apply(desk, world["org"], contribution_kinds=("cash",))
    with pytest.raises(InvalidInput, match="semicolon"):
        _apply(desk, world["org"], work_streams=("Advocacy; Monitoring",))
    with pytest.raises(InvalidInput, match="future"):
        _apply(desk, world["org"], received_on=TODAY + timedelta(days=1))
    with pytest.raises(NotAllowed, match="no longer takes applications"):
        _apply(desk, world["org"], programme="SBC")


def test_a_merged_organisation_cannot_apply(desk, world):
    old = _org(desk, "Green Procurement Inst.")

    def merge(session):
        session.get(Organisation, old).merged_into_id = world["org"]
    desk.write("Merge", merge)
    with pytest.raises(InvalidInput, match="was merged into Green Procurement Institute"):
        _apply(desk, old)


def test_refused_when_already_an_active_member_in_that_role(desk, world):
    desk.write("Member", registry.add_membership,
               MembershipInput(world["org"], "SPP", Role.NETWORK_MEMBER, date(2020, 1, 1)))
    with pytest.raises(NotAllowed, match="already an active network member of SPP"):
        _apply(desk, world["org"])
    _apply(desk, world["org"], Role.CORE_PARTNER, world["call"])  # another role is fine
    _apply(desk, world["org"], programme="CI")  # and another programme


def test_refused_when_an_open_application_exists_until_it_closes(desk, world):
    first = _apply(desk, world["org"])
    with pytest.raises(NotAllowed, match="already has an open application to be a network member of SPP"):
        _apply(desk, world["org"])
    _move(desk, first, S.WITHDRAWN, "Sent twice.")
    _apply(desk, world["org"])


def test_nothing_is_written_when_refused(desk, world):
    before = desk.read(lambda s: len(s.scalars(select(AuditEntry)).all()))
    with pytest.raises(InvalidInput):
        _apply(desk, world["org"], Role.CORE_PARTNER)
    assert desk.read(lambda s: len(s.scalars(select(AuditEntry)).all())) == before
    assert desk.read(lambda s: s.scalars(select(Application)).all()) == []


# --- editing ---------------------------------------------------------------------------------------

def test_edit_an_open_application(desk, world):
    app = _apply(desk, world["org"])
    d = _detail(desk, app)
    data = d.as_input()
    desk.write("Edit", apps.update_application, app, ApplicationInput(
        **{**{f: getattr(data, f) for f in data.__dataclass_fields__}, "statement": "Updated."}), d.version)
    assert _detail(desk, app).statement == "Updated."
    with pytest.raises(StaleEdit):
        desk.write("Edit", apps.update_application, app, data, d.version)


def test_changing_role_adds_the_new_roles_checklist_items_and_keeps_ticks(desk, world):
    app = _apply(desk, world["org"])
    desk.write("Tick", apps.set_screening_item, app, "Contact details verified", True)
    data = _detail(desk, app).as_input()
    fields = {f: getattr(data, f) for f in data.__dataclass_fields__}
    desk.write("Edit", apps.update_application, app,
               ApplicationInput(**{**fields, "role": Role.CORE_PARTNER, "call_id": world["call"]}))
    screening = dict(_detail(desk, app).screening)
    assert list(screening) == list(default_checklist(Role.CORE_PARTNER))
    assert screening["Contact details verified"] is True


def test_closed_applications_cannot_be_edited(desk, world):
    app = _apply(desk, world["org"])
    _move(desk, app, S.WITHDRAWN, "No longer interested.")
    with pytest.raises(NotAllowed, match="A withdrawn application cannot be edited; reopen it first."):
        desk.write("Edit", apps.update_application, app, _detail(desk, app).as_input())


# --- the lifecycle through the service -------------------------------------------------------------

LEGAL = [(f, t) for f in S for t in allowed_transitions(f)]
ILLEGAL = [(f, t) for f in S for t in S if t not in allowed_transitions(f)]


def _reason(frm, to) -> str:
    return "Because the desk decided so." if reason_required(frm, to) else ""


@pytest.mark.parametrize(("frm", "to"), LEGAL, ids=lambda s: s.value)
def test_every_allowed_transition_is_recorded_with_actor_and_reason(desk, world, frm, to):
    app = _in_state(desk, world, frm)
    reason = _reason(frm, to)
    _move(desk, app, to, reason, end_membership=True)
    d = _detail(desk, app)
    assert d.status == to
    last = d.transitions[-1]
    assert (last.from_status, last.to_status, last.actor) == (frm.value, to.value, ACTOR)
    assert last.reason.startswith(reason)
    assert len(d.transitions) == 1 + len(PATHS[frm]) + 1  # received, the path, this move


@pytest.mark.parametrize(("frm", "to"), ILLEGAL, ids=lambda s: s.value)
def test_every_illegal_transition_is_refused_with_the_reason(desk, world, frm, to):
    app = _in_state(desk, world, frm)
    count = len(_transitions(desk, app))
    with pytest.raises(NotAllowed) as err:
        _move(desk, app, to, "A reason, in case one is needed.", end_membership=True)
    assert str(err.value) == refusal(frm, to)
    assert _detail(desk, app).status == frm
    assert len(_transitions(desk, app)) == count


@pytest.mark.parametrize(("frm", "to"), [p for p in LEGAL if reason_required(*p)], ids=lambda s: s.value)
def test_a_reason_is_required_where_it_must_be(desk, world, frm, to):
    app = _in_state(desk, world, frm)
    with pytest.raises(InvalidInput) as err:
        _move(desk, app, to, "  ", end_membership=True)
    assert err.value.field == "reason"
    assert _detail(desk, app).status == frm


def test_the_message_for_going_back(desk, world):
    app = _in_state(desk, world, S.UNDER_REVIEW)
    with pytest.raises(NotAllowed, match="^An application under review cannot go back to Received.$"):
        _move(desk, app, S.RECEIVED)


def test_unknown_status(desk, world):
    app = _apply(desk, world["org"])
    with pytest.raises(InvalidInput, match="is not an application status"):
        _move(desk, app, "approved")


def test_transitions_have_a_time_and_undo_removes_them(desk, world):
    app = _apply(desk, world["org"])
    _move(desk, app, S.SCREENING)
    [_, moved] = _transitions(desk, app)
    assert moved.at is not None and moved.actor == ACTOR
    desk.undo()
    assert _detail(desk, app).status == "received"
    assert len(_transitions(desk, app)) == 1


# --- screening -------------------------------------------------------------------------------------

def test_the_checklist_gates_under_review_unless_overridden(desk, world):
    app = _apply(desk, world["org"], Role.CORE_PARTNER, world["call"])
    _move(desk, app, S.SCREENING)
    with pytest.raises(NotAllowed, match="screening checklist is not complete .*Eligible organisation type"):
        _move(desk, app, S.UNDER_REVIEW)
    for item in default_checklist(Role.CORE_PARTNER)[:-1]:
        desk.write("Tick", apps.set_screening_item, app, item, True)
    with pytest.raises(NotAllowed, match=r"not complete \(Work-stream fit\)"):
        _move(desk, app, S.UNDER_REVIEW)
    _move(desk, app, S.UNDER_REVIEW, override="The MAC asked for it to be reviewed now")
    last = _detail(desk, app).transitions[-1]
    assert last.to_status == "under_review"
    assert last.reason == ("Screening checklist overridden: The MAC asked for it to be reviewed now "
                           "(not done: Work-stream fit).")


def test_a_complete_checklist_opens_the_gate(desk, world):
    app = _apply(desk, world["org"])
    _move(desk, app, S.SCREENING)
    _tick_all(desk, app)
    _move(desk, app, S.UNDER_REVIEW)
    assert _detail(desk, app).screening_complete
    assert _detail(desk, app).transitions[-1].reason == ""


def test_the_checklist_is_editable_per_application(desk, world):
    app = _apply(desk, world["org"])
    desk.write("Checklist", apps.update_screening, app, [("Eligible organisation type", True),
                                                         ("Letter of support", False)])
    assert _detail(desk, app).screening == (("Eligible organisation type", True), ("Letter of support", False))
    with pytest.raises(InvalidInput, match="needs a name"):
        desk.write("Checklist", apps.update_screening, app, {" ": True})
    desk.write("Tick", apps.set_screening_item, app, "Board approval", True)
    assert dict(_detail(desk, app).screening)["Board approval"] is True


def test_reopening_to_under_review_is_gated_too(desk, world):
    app = _apply(desk, world["org"])
    _move(desk, app, S.WITHDRAWN, "Withdrawn by mistake.")
    with pytest.raises(NotAllowed, match="checklist is not complete"):
        _move(desk, app, S.UNDER_REVIEW, "The withdrawal was a mistake.")
    _move(desk, app, S.UNDER_REVIEW, "The withdrawal was a mistake.", override="Screened by e-mail")
    assert "overridden: Screened by e-mail" in _detail(desk, app).transitions[-1].reason


def test_mac_opinion_text(desk, world):
    app = _apply(desk, world["org"])
    with pytest.raises(NotAllowed, match="MAC's opinion is recorded while"):
        desk.write("Opinion", apps.set_mac_opinion, app, "Supportive.")
    app2 = _in_state(desk, world, S.MAC_OPINION)
    desk.write("Opinion", apps.set_mac_opinion, app2, "  The MAC supports it.  ")
    assert _detail(desk, app2).mac_opinion == "The MAC supports it."


# --- decisions -------------------------------------------------------------------------------------

def test_accepting_a_core_partner_creates_a_two_year_membership(desk, world):
    app = _in_state(desk, world, S.UNDER_REVIEW)
    decided = date(2024, 3, 15)
    desk.write("Accept", apps.accept_application, app, on=decided, rationale="Strong application.")
    d = _detail(desk, app)
    assert (d.status, d.decision, d.decided_on, d.decision_rationale) == ("accepted", "accepted", decided,
                                                                          "Strong application.")
    [m] = _memberships(desk, world["org"])
    assert (m.role, m.status, m.term_start, m.term_end) == ("core_partner", "active", decided, date(2026, 3, 15))
    assert m.representative_id == world["rep"]
    assert d.membership_id == m.id
    assert d.transitions[-1].reason == "Strong application."


def test_accepting_on_29_february(desk, world):
    app = _in_state(desk, world, S.UNDER_REVIEW)
    desk.write("Accept", apps.accept_application, app, on=date(2024, 2, 29))
    [m] = _memberships(desk, world["org"])
    assert m.term_end == date(2026, 2, 28)


def test_the_term_end_is_editable(desk, world):
    lead_call = _call(desk, Role.CO_LEAD)
    app = _apply(desk, world["org"], Role.CO_LEAD, lead_call, received_on=date(2023, 12, 1))
    _tick_all(desk, app)
    _move(desk, app, S.SCREENING)
    _move(desk, app, S.UNDER_REVIEW)
    membership = desk.write("Accept", apps.accept_application, app, on=date(2024, 1, 10),
                            term_end=date(2025, 12, 31)).value
    [m] = _memberships(desk, world["org"])
    assert m.id == membership and (m.role, m.term_end) == ("co_lead", date(2025, 12, 31))
    other = _org(desk, "Other Org")
    app2 = _apply(desk, other, Role.CO_LEAD, lead_call, received_on=date(2023, 12, 1))
    _tick_all(desk, app2)
    _move(desk, app2, S.SCREENING)
    _move(desk, app2, S.UNDER_REVIEW)
    with pytest.raises(InvalidInput, match="must end after it starts"):
        desk.write("Accept", apps.accept_application, app2, on=date(2024, 1, 10), term_end=date(2024, 1, 1))
    assert _detail(desk, app2).status == "under_review"


def test_accepting_a_network_member_is_open_ended(desk, world):
    app = _apply(desk, world["org"])
    _tick_all(desk, app)
    for to in (S.SCREENING, S.UNDER_REVIEW, S.ACCEPTED):
        _move(desk, app, to)
    [m] = _memberships(desk, world["org"])
    assert (m.role, m.term_start, m.term_end) == ("network_member", TODAY, None)


def test_undo_of_an_acceptance_removes_the_membership_and_redo_brings_it_back(desk, world):
    app = _in_state(desk, world, S.MAC_OPINION)
    desk.write("Accept", apps.accept_application, app, on=TODAY)
    assert len(_memberships(desk, world["org"])) == 1
    desk.undo()
    assert _memberships(desk, world["org"]) == []
    d = _detail(desk, app)
    assert (d.status, d.decision, d.decided_on) == ("mac_opinion", None, None)
    assert d.transitions[-1].to_status == "mac_opinion"
    desk.redo()
    assert len(_memberships(desk, world["org"])) == 1
    assert _detail(desk, app).status == "accepted"


def test_decision_dates_are_checked(desk, world):
    app = _in_state(desk, world, S.UNDER_REVIEW)
    with pytest.raises(InvalidInput, match="future"):
        desk.write("Accept", apps.accept_application, app, on=TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput, match="before the application was received"):
        desk.write("Accept", apps.accept_application, app, on=date(2024, 1, 1))
    assert _memberships(desk, world["org"]) == []


def test_accepting_is_refused_when_the_membership_already_exists(desk, world):
    app = _in_state(desk, world, S.UNDER_REVIEW)
    desk.write("Member", registry.add_membership,
               MembershipInput(world["org"], "SPP", Role.CORE_PARTNER, date(2020, 1, 1)))
    with pytest.raises(NotAllowed, match="already an active core partner of SPP"):
        desk.write("Accept", apps.accept_application, app)
    assert _detail(desk, app).status == "under_review"


def test_not_accepting_needs_a_rationale(desk, world):
    app = _in_state(desk, world, S.UNDER_REVIEW)
    with pytest.raises(InvalidInput, match="needs a rationale") as err:
        desk.write("Decline", apps.decline_application, app, "")
    assert err.value.field == "reason"
    desk.write("Decline", apps.decline_application, app, "No work-stream fit.", on=TODAY)
    d = _detail(desk, app)
    assert (d.status, d.decision, d.decided_on, d.decision_rationale) == ("not_accepted", "not_accepted", TODAY,
                                                                          "No work-stream fit.")
    assert d.transitions[-1].reason == "No work-stream fit."
    assert _memberships(desk, world["org"]) == []


def test_screening_can_end_in_not_accepted(desk, world):
    app = _in_state(desk, world, S.SCREENING)
    _move(desk, app, S.NOT_ACCEPTED, "Not an eligible organisation type.")
    assert _detail(desk, app).decision == "not_accepted"


def test_withdrawal_records_its_reason(desk, world):
    app = _in_state(desk, world, S.UNDER_REVIEW)
    desk.write("Withdraw", apps.withdraw_application, app, "Merged with another applicant.")
    d = _detail(desk, app)
    assert d.status == "withdrawn" and d.decision is None
    assert (d.transitions[-1].reason, d.transitions[-1].actor) == ("Merged with another applicant.", ACTOR)


# --- reopening -------------------------------------------------------------------------------------

def test_reopening_an_acceptance_with_an_active_membership_is_refused(desk, world):
    app = _in_state(desk, world, S.ACCEPTED)
    with pytest.raises(NotAllowed, match="end that membership first"):
        desk.write("Reopen", apps.reopen_application, app, "under_review", "The Board asked again.")
    assert _detail(desk, app).status == "accepted"
    [m] = _memberships(desk, world["org"])
    assert m.status == "active"


def test_reopening_an_acceptance_can_end_the_membership_explicitly(desk, world):
    app = _in_state(desk, world, S.ACCEPTED)
    desk.write("Reopen", apps.reopen_application, app, "under_review", "The Board asked again.",
               end_membership=True)
    d = _detail(desk, app)
    assert (d.status, d.decision, d.decided_on, d.decision_rationale) == ("under_review", None, None, "")
    assert d.transitions[-1].reason == "The Board asked again."
    [m] = _memberships(desk, world["org"])
    assert m.status == "ended" and "application reopened: The Board asked again." in m.notes


def test_reopening_after_the_membership_was_ended_by_hand(desk, world):
    app = _in_state(desk, world, S.ACCEPTED)
    m = _detail(desk, app).membership_id
    desk.write("End", registry.end_membership, m, TODAY, "Left the programme.")
    desk.write("Reopen", apps.reopen_application, app, "screening", "New evidence.")
    assert _detail(desk, app).status == "screening"


def test_reopening_a_not_accepted_application_clears_the_decision(desk, world):
    app = _in_state(desk, world, S.NOT_ACCEPTED)
    _move(desk, app, S.SCREENING, "Appeal received.")
    d = _detail(desk, app)
    assert (d.status, d.decision, d.decision_rationale) == ("screening", None, "")
    assert [t.reason for t in d.transitions if t.to_status == "not_accepted"] == ["Too little capacity."]


def test_reopening_is_refused_beside_another_open_application(desk, world):
    app = _apply(desk, world["org"])
    _move(desk, app, S.WITHDRAWN, "Sent twice.")
    _apply(desk, world["org"])
    with pytest.raises(NotAllowed, match="another open application"):
        _move(desk, app, S.SCREENING, "Wrong one withdrawn.")


def test_only_closed_applications_can_be_reopened(desk, world):
    app = _apply(desk, world["org"])
    with pytest.raises(NotAllowed, match="Only a decided or withdrawn application can be reopened."):
        desk.write("Reopen", apps.reopen_application, app, "screening", "Why not.")


# --- listing ---------------------------------------------------------------------------------------

def test_list_filter_count_and_page(desk, world):
    names = ["Alpha Agency", "Beta Bureau", "Gamma Group", "Delta Department"]
    ids = {}
    for i, name in enumerate(names):
        org = _org(desk, name, acronym=name[:2].upper())
        ids[name] = _apply(desk, org, received_on=TODAY - timedelta(days=10 + i))
    core = _apply(desk, world["org"], Role.CORE_PARTNER, world["call"], received_on=TODAY - timedelta(days=1))
    ci = _apply(desk, _org(desk, "Epsilon Ecolabel"), programme="CI")
    _move(desk, ids["Beta Bureau"], S.SCREENING)

    def rows(**q):
        return [r.organisation for r in desk.read(apps.list_applications, ApplicationQuery(**q), 0, 100)]

    def count(**q):
        return desk.read(apps.count_applications, ApplicationQuery(**q))

    assert count() == 6
    assert count(programme="SPP") == 5 and rows(programme="CI") == ["Epsilon Ecolabel"]
    assert rows(role="core_partner") == ["Green Procurement Institute"]
    assert rows(call_id=world["call"]) == ["Green Procurement Institute"]
    assert rows(status="screening") == ["Beta Bureau"]
    assert rows(text="gamma") == ["Gamma Group"] and rows(text="GPI") == ["Green Procurement Institute"]
    assert count(text="zzz") == 0
    # newest first by default
    assert rows(programme="SPP") == ["Green Procurement Institute", "Alpha Agency", "Beta Bureau",
                                     "Gamma Group", "Delta Department"]
    assert rows(programme="SPP", sort="organisation")[:2] == ["Alpha Agency", "Beta Bureau"]
    assert rows(sort="status")[-1] == "Beta Bureau"
    page = desk.read(apps.list_applications, ApplicationQuery(programme="SPP"), 1, 2)
    assert [r.organisation for r in page] == ["Alpha Agency", "Beta Bureau"]
    row = desk.read(apps.list_applications, ApplicationQuery(call_id=world["call"]))[0]
    assert (row.id, row.acronym, row.country, row.call, row.status) == (core, "GPI", "Kenya", "SPP core_partner call",
                                                                      "received")
    assert row.since is not None
    _move(desk, ids["Alpha Agency"], S.WITHDRAWN, "No.")
    assert count(open_only=True) == 5
    assert ci in [r.id for r in desk.read(apps.list_applications, ApplicationQuery(open_only=True))]
    with pytest.raises(InvalidInput):
        desk.read(apps.list_applications, ApplicationQuery(sort="colour"))


def test_calls_are_listed_with_their_counts(desk, world):
    _apply(desk, world["org"], Role.CORE_PARTNER, world["call"])
    lead = _call(desk, Role.CO_LEAD, title="Leads 2025")
    calls = {c.title: c for c in desk.read(apps.list_calls, "SPP")}
    assert calls["SPP core_partner call"].applications == 1 and calls["Leads 2025"].applications == 0
    assert [c.id for c in desk.read(apps.list_calls, None, "co_lead")] == [lead]
    with pytest.raises(InvalidInput, match="close before it opens"):
        desk.write("Call", apps.create_call, CallInput("SPP", "core_partner", "Bad", TODAY, TODAY - timedelta(1)))
    with pytest.raises(NotAllowed, match="cannot change"):
        desk.write("Call", apps.update_call, world["call"],
                   CallInput("SPP", "co_lead", "Renamed", TODAY, TODAY))
    desk.write("Call", apps.update_call, world["call"], CallInput("SPP", "core_partner", "Renamed", TODAY, TODAY))
    assert "Renamed" in [c.title for c in desk.read(apps.list_calls)]


# --- attachments -----------------------------------------------------------------------------------

def test_attachment_round_trip(desk, world):
    app = _apply(desk, world["org"])
    content = b"%PDF-1.4 statement of interest\x00\xff"
    att = desk.write("Attach", apps.add_attachment, app, "C:\\Users\\desk\\..\\Statement.pdf", content).value
    [listed] = desk.read(apps.list_attachments, app)
    assert (listed.id, listed.filename, listed.media_type, listed.size) == (att, "Statement.pdf", "application/pdf",
                                                                            len(content))
    assert listed.sha256 == hashlib.sha256(content).hexdigest()
    opened = desk.read(apps.read_attachment, att)
    assert (opened.filename, opened.content) == ("Statement.pdf", content)
    assert _detail(desk, app).attachments == (listed,)
    desk.write("Remove", apps.remove_attachment, att)
    assert desk.read(apps.list_attachments, app) == []
    with pytest.raises(NotFound):
        desk.read(apps.read_attachment, att)
    desk.undo()
    assert desk.read(apps.read_attachment, att).content == content


def test_attachment_names_and_types(desk, world):
    app = _apply(desk, world["org"])
    a = desk.write("Attach", apps.add_attachment, app, "../../etc/passwd", b"x").value
    b = desk.write("Attach", apps.add_attachment, app, "budget.xlsx", b"x").value
    c = desk.write("Attach", apps.add_attachment, app, "odd.name-without-known-type", b"x").value
    got = {v.id: (v.filename, v.media_type) for v in desk.read(apps.list_attachments, app)}
    assert got[a] == ("passwd", "application/octet-stream")
    assert got[b][1] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert got[c][1] == "application/octet-stream"
    with pytest.raises(InvalidInput, match="needs a file name"):
        desk.write("Attach", apps.add_attachment, app, "folder/", b"x")


def test_attachments_may_not_be_empty_or_too_big(desk, world):
    app = _apply(desk, world["org"])
    with pytest.raises(InvalidInput, match="empty"):
        desk.write("Attach", apps.add_attachment, app, "empty.pdf", b"")
    with pytest.raises(InvalidInput, match="at most 20 MB"):
        desk.write("Attach", apps.add_attachment, app, "huge.pdf", b"\0" * (20 * 1024 * 1024 + 1))
    assert desk.read(apps.list_attachments, app) == []


def test_attachment_size_limit_boundary(desk, world, monkeypatch):
    monkeypatch.setattr(apps, "MAX_ATTACHMENT_BYTES", 10)
    app = _apply(desk, world["org"])
    desk.write("Attach", apps.add_attachment, app, "ten.txt", b"0123456789")
    with pytest.raises(InvalidInput):
        desk.write("Attach", apps.add_attachment, app, "eleven.txt", b"0123456789A")
    assert [a.size for a in desk.read(apps.list_attachments, app)] == [10]


def test_attachments_can_be_added_after_the_decision(desk, world):
    app = _in_state(desk, world, S.NOT_ACCEPTED)
    desk.write("Attach", apps.add_attachment, app, "decision-letter.pdf", b"letter")
    assert len(desk.read(apps.list_attachments, app)) == 1


# --- mail merge ------------------------------------------------------------------------------------

def test_mail_merge_rows(desk, world, tmp_path):
    app = _in_state(desk, world, S.UNDER_REVIEW)
    desk.write("Accept", apps.accept_application, app, on=TODAY)
    _apply(desk, _org(desk, "=cmd|' /C calc'!A0"))
    rows = desk.read(apps.mail_merge_rows, ApplicationQuery(programme="SPP"))
    assert rows[1] == ("Green Procurement Institute", "Amina Otieno", "amina@gpi.example", "SPP", "Core partner",
                       "Accepted", TODAY.isoformat())
    assert rows[0][1:] == ("", "", "SPP", "Network member", "Received", "")
    assert all("female" not in row for row in rows)  # no sensitive data
    path = tmp_path / "merge.csv"
    write_table(path, apps.MAIL_MERGE_COLUMNS, rows)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        read = list(csv.reader(fh))
    assert read[0] == list(apps.MAIL_MERGE_COLUMNS)
    assert read[1][0].startswith("'=")  # formula neutralised by write_table
    assert desk.read(apps.mail_merge_rows) == rows


def test_undo_and_redo_of_adding_an_attachment(desk, world):
    app = _apply(desk, world["org"])
    att = desk.write("Attach", apps.add_attachment, app, "note.txt", b"hello").value
    desk.undo()
    assert desk.read(apps.list_attachments, app) == []
    desk.redo()
    assert desk.read(apps.read_attachment, att).content == b"hello"
