"""The leadership renewal process: steps and their order, the checklist, succession, candidates, balance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from opn_desk.db.models import (
    Application,
    ApplicationTransition,
    AuditEntry,
    Call,
    Membership,
    Programme,
    RenewalCandidate,
)
from opn_desk.domain.applications import DEFAULT_CRITERIA, ApplicationInput, CallInput
from opn_desk.domain.registry import OrganisationInput, PersonInput
from opn_desk.domain.renewal import (
    DEFAULT_CHECKLIST,
    ProcessInput,
    StepInput,
    StepRefused,
    check_close,
    closing_refusal,
    current_step,
)
from opn_desk.selection import BalanceRule
from opn_desk.services import applications, renewal, reviews
from opn_desk.services.errors import InvalidInput, NotAllowed

TODAY = date.today()


@dataclass
class World:
    call_id: object = None
    process_id: object = None
    apps: dict = field(default_factory=dict)  # key -> application id
    leads: dict = field(default_factory=dict)  # key -> membership id
    orgs: dict = field(default_factory=dict)
    reviewers: list = field(default_factory=list)


APPLICANTS = [  # key, name, country, cluster, representative, gender
    ("att", "AT&T <b>", "USA", "private_sector", "<font size=40>Big</font>", "male"),
    ("ru", "Министерство природных ресурсов", "RUS", "government", "Анна Смирнова", "female"),
    ("gr", "Υπουργείο Περιβάλλοντος", "GRC", "government", "Γιώργος Παπαδόπουλος", "male"),
    ("cn", "中华人民共和国生态环境部", "CHN", "government", "王小明", "female"),
    ("ke", "Kenya Green Buyers", "KEN", "civil_society", "Wanjiru Kamau", "female"),
    ("cl", "Instituto de Compras Verdes", "CHL", "scientific_technical", "Camila Peña", "female"),
    ("gone", "Withdrawn Ltd", "FRA", "private_sector", "Jean Dupont", "male"),
]
LEADS = [  # key, name, country, cluster, representative, gender, term end
    ("unep", "United Nations Environment Programme", "KEN", "intergovernmental", "Ana Silva", "female", 40),
    ("sa", "وزارة البيئة والمياه والزراعة", "SAU", "government", "فاطمة الزهراء", "female", 200),
    ("nl", "Netherlands Enterprise Agency", "NLD", "government", "Jan de Vries", "male", -30),
]


def _build(session) -> World:
    w = World()
    spp = session.scalar(select(Programme).where(Programme.code == "SPP"))
    w.call_id = applications.create_call(session, CallInput("SPP", "co_lead", "SPP co-leads <2026>",
                                                            TODAY - timedelta(days=120), TODAY - timedelta(days=30)))
    reviewer_org = applications.registry.create_organisation(session, OrganisationInput(name="Secretariat"))
    w.reviewers = [applications.registry.add_person(session, PersonInput(reviewer_org, n)) for n in ("Rev One", "Rev Two")]
    for key, name, iso3, cluster, rep, gender in APPLICANTS:
        org = applications.registry.create_organisation(session, OrganisationInput(
            name=name, country_iso3=iso3, stakeholder_cluster=cluster))
        w.orgs[key] = org
        person = applications.registry.add_person(session, PersonInput(org, rep, gender=gender))
        app = applications.record_application(session, ApplicationInput(
            organisation_id=org, programme_code="SPP", role="co_lead", call_id=w.call_id, representative_id=person,
            received_on=TODAY - timedelta(days=60), contribution_kinds=("staff_time", "financial"),
            contribution_details="One full-time officer & USD <50,000>"))
        w.apps[key] = app
        applications.move_application(session, app, "screening")
        if key == "gone":
            applications.move_application(session, app, "withdrawn", "Changed its mind")
        else:
            applications.move_application(session, app, "under_review", override="Checked by phone")
    criteria = reviews.list_criteria(session, w.call_id)
    for n, key in enumerate(["att", "ru", "gr", "cn", "ke"]):  # "cl" stays unscored
        for crit in criteria:
            for reviewer in w.reviewers:
                reviews.record_score(session, w.apps[key], crit.id, reviewer, 5 - n * 0.5)
    for key, name, iso3, cluster, rep, gender, days in LEADS:
        org = applications.registry.create_organisation(session, OrganisationInput(
            name=name, country_iso3=iso3, stakeholder_cluster=cluster))
        w.orgs[key] = org
        person = applications.registry.add_person(session, PersonInput(org, rep, gender=gender))
        m = Membership(organisation_id=org, programme_id=spp.id, role="co_lead", term_start=TODAY - timedelta(days=500),
                       term_end=TODAY + timedelta(days=days), status="active", representative_id=person)
        session.add(m)
        session.flush()
        w.leads[key] = m.id
    w.process_id = renewal.create_process(session, ProcessInput("spp", "SPP leadership renewal <2026>",
                                                                TODAY - timedelta(days=200), w.call_id))
    return w


@pytest.fixture
def world(desk) -> World:
    return desk.write("Build the renewal world", _build).value


# --- the step-ordering rule (pure) -----------------------------------------------------------------

def test_closing_rule_in_the_domain():
    states = {1: "in_progress", 2: "not_started", 3: "not_started", 4: "not_started"}
    assert closing_refusal(1, states) is None
    assert "cannot be closed before step 1" in closing_refusal(2, states)
    with pytest.raises(StepRefused) as exc:
        check_close(2, states)
    assert exc.value.field == "override"
    assert check_close(2, states, "The Board asked for an early call") is True
    assert check_close(1, states) is False
    with pytest.raises(StepRefused, match="already done"):
        check_close(1, {**states, 1: "done"}, "whatever")
    assert current_step(states) == 1 and current_step(dict.fromkeys(range(1, 5), "done")) is None


# --- processes and steps ---------------------------------------------------------------------------

def test_a_new_process_has_four_steps_and_the_default_checklist(desk, world):
    p = desk.read(renewal.get_process, world.process_id)
    assert [s.number for s in p.steps] == [1, 2, 3, 4] and {s.state for s in p.steps} == {"not_started"}
    assert p.steps[3].title == "Submission to the Board" and "MAC" in p.steps[2].description
    assert [i.text for i in p.checklist] == list(DEFAULT_CHECKLIST)
    assert p.call_title == "SPP co-leads <2026>" and p.current_step == 1
    assert [c.name for c in desk.read(renewal.list_process_criteria, world.process_id)] == \
        [c.name for c in DEFAULT_CRITERIA["co_lead"]]
    assert desk.read(renewal.latest_process, "SPP") == world.process_id
    assert [s.title for s in desk.read(renewal.list_processes, "SPP")] == ["SPP leadership renewal <2026>"]
    with pytest.raises(NotAllowed, match="already has a renewal process under way"):
        desk.write("Second", renewal.create_process, ProcessInput("SPP", "Another"))
    with pytest.raises(InvalidInput, match="title"):
        desk.write("No title", renewal.create_process, ProcessInput("CI", "  "))


def test_the_call_must_be_a_co_lead_call_of_the_programme(desk, world):
    cp = desk.write("CP call", applications.create_call, CallInput("SPP", "core_partner", "Core", TODAY, TODAY)).value
    ci = desk.write("CI call", applications.create_call, CallInput("CI", "co_lead", "CI leads", TODAY, TODAY)).value
    with pytest.raises(InvalidInput, match="not a call for co-leads"):
        desk.write("Link", renewal.link_call, world.process_id, cp)
    with pytest.raises(InvalidInput, match="another programme"):
        desk.write("Link", renewal.link_call, world.process_id, ci)


def test_linking_a_call_without_criteria_gives_the_co_lead_defaults(desk):
    def bare_call(session):
        spp = session.scalar(select(Programme).where(Programme.code == "SPP"))
        call = Call(programme_id=spp.id, role="co_lead", title="Bare", opens_on=TODAY, closes_on=TODAY)
        session.add(call)
        session.flush()
        return call.id

    call_id = desk.write("Bare call", bare_call).value
    pid = desk.write("Open", renewal.create_process, ProcessInput("SPP", "Renewal")).value
    assert desk.read(renewal.list_process_criteria, pid) == []
    with pytest.raises(NotAllowed, match="Link the renewal process"):
        desk.write("Add", renewal.add_criterion, pid, "Something")
    desk.write("Link", renewal.link_call, pid, call_id)
    criteria = desk.read(renewal.list_process_criteria, pid)
    assert [(c.name, c.weight) for c in criteria] == [(c.name, c.weight) for c in DEFAULT_CRITERIA["co_lead"]]
    # Editable defaults: reweight, add, remove.
    desk.write("Reweight", renewal.update_criterion, pid, criteria[0].id, weight=4)
    extra = desk.write("Add", renewal.add_criterion, pid, "Gender balance of the desk's staff", 1.0).value
    desk.write("Remove", renewal.remove_criterion, pid, extra)
    assert desk.read(renewal.list_process_criteria, pid)[0].weight == 4


def test_steps_close_in_order_unless_overridden_and_the_override_is_recorded(desk, world):
    pid = world.process_id
    with pytest.raises(InvalidInput, match="cannot be closed before step 1") as exc:
        desk.write("Close 2", renewal.close_step, pid, 2)
    assert exc.value.field == "override"
    desk.write("Start 1", renewal.start_step, pid, 1, on=TODAY - timedelta(days=10))
    desk.write("Start 2", renewal.start_step, pid, 2, on=TODAY - timedelta(days=5))  # work overlaps
    outcome = desk.write("Close 2", renewal.close_step, pid, 2, override="The call had to open before the Board met")
    assert outcome.value is True and outcome.changed == {"renewal_step"}
    step2 = desk.read(renewal.get_process, pid).steps[1]
    assert step2.state == "done" and step2.overridden and step2.closed_by == "Test Officer"
    assert step2.override_reason == "The call had to open before the Board met" and step2.closed_at is not None
    assert (step2.actual_start, step2.actual_end) == (TODAY - timedelta(days=5), TODAY)
    # The override is in the audit trail too.
    with desk.store.sessions()() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.description == "Close 2"))
        assert entry.changes["override_reason"][1] == "The call had to open before the Board met"
    # In order, no override needed (and none recorded even if given).
    assert desk.write("Close 1", renewal.close_step, pid, 1, override="not needed").value is False
    assert desk.read(renewal.get_process, pid).steps[0].override_reason == ""
    with pytest.raises(NotAllowed, match="already done"):
        desk.write("Close 1 again", renewal.close_step, pid, 1)
    with pytest.raises(InvalidInput, match="future"):
        desk.write("Close 3", renewal.close_step, pid, 3, on=TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput, match="no step 5"):
        desk.write("Close 5", renewal.close_step, pid, 5)
    assert desk.read(renewal.get_process, pid).current_step == 3


def test_undo_of_a_close_and_reopening_with_a_reason(desk, world):
    pid = world.process_id
    desk.write("Close 1", renewal.close_step, pid, 1)
    desk.undo()
    assert desk.read(renewal.get_process, pid).steps[0].state == "not_started"
    desk.redo()
    with pytest.raises(InvalidInput, match="needs a reason"):
        desk.write("Reopen", renewal.reopen_step, pid, 1, " ")
    desk.write("Reopen", renewal.reopen_step, pid, 1, "The timeline changed")
    step = desk.read(renewal.get_process, pid).steps[0]
    assert step.state == "in_progress" and step.actual_end is None and step.closed_by == ""
    assert "Reopened on" in step.evidence and "The timeline changed" in step.evidence
    with pytest.raises(NotAllowed, match="already in progress"):
        desk.write("Start", renewal.start_step, pid, 1)


def test_step_details_and_evidence_files(desk, world):
    pid = world.process_id
    data = StepInput(planned_start=date(2026, 1, 1), planned_end=date(2026, 3, 31), responsible="Leads & <Secretariat>",
                     evidence="Minutes of 18 March")
    desk.write("Plan 1", renewal.update_step, pid, 1, data)
    step = desk.read(renewal.get_process, pid).steps[0]
    assert step.as_input() == data
    with pytest.raises(InvalidInput, match="end cannot come before its start"):
        desk.write("Bad", renewal.update_step, pid, 1, StepInput(planned_start=date(2026, 3, 1),
                                                                  planned_end=date(2026, 1, 1)))
    with pytest.raises(InvalidInput, match="not done"):
        desk.write("Bad", renewal.update_step, pid, 1, StepInput(actual_start=TODAY, actual_end=TODAY))
    file_id = desk.write("Attach", renewal.add_step_attachment, pid, 1, "C:\\minutes\\minutes.pdf", b"%PDF-1.4 x").value
    files = desk.read(renewal.list_step_attachments, pid, 1)
    assert [(f.filename, f.size, f.media_type) for f in files] == [("minutes.pdf", 10, "application/pdf")]
    assert desk.read(renewal.get_process, pid).steps[0].attachments == tuple(files)
    assert desk.read(renewal.read_step_attachment, file_id).content == b"%PDF-1.4 x"
    with pytest.raises(InvalidInput, match="empty"):
        desk.write("Attach", renewal.add_step_attachment, pid, 1, "x.txt", b"")
    desk.write("Remove", renewal.remove_step_attachment, file_id)
    assert desk.read(renewal.list_step_attachments, pid, 1) == []
    desk.undo()
    assert desk.read(renewal.read_step_attachment, file_id).content == b"%PDF-1.4 x"


# --- checklist and succession ----------------------------------------------------------------------

def test_checklist_items_are_editable_and_ticked_with_who_and_when(desk, world):
    pid = world.process_id
    items = desk.read(renewal.list_checklist, pid)
    desk.write("Tick", renewal.tick_checklist_item, items[0].id, True, note="Seen <with> the leads")
    ticked = desk.read(renewal.list_checklist, pid)[0]
    assert ticked.done and ticked.done_by == "Test Officer" and ticked.done_at is not None
    assert ticked.note == "Seen <with> the leads"
    desk.write("Untick", renewal.tick_checklist_item, items[0].id, False)
    assert desk.read(renewal.list_checklist, pid)[0].done_by == ""
    new = desk.write("Add", renewal.add_checklist_item, pid, "Recommendation 7 on reporting").value
    desk.write("Edit", renewal.edit_checklist_item, new, text="Recommendation 7 on reporting rates")
    assert desk.read(renewal.list_checklist, pid)[-1].text == "Recommendation 7 on reporting rates"
    with pytest.raises(InvalidInput, match="already has that item"):
        desk.write("Add", renewal.add_checklist_item, pid, "recommendation 7 on REPORTING rates")
    desk.write("Remove", renewal.remove_checklist_item, new)
    assert len(desk.read(renewal.list_checklist, pid)) == len(DEFAULT_CHECKLIST)


def test_succession_plan_up_to_2030(desk, world):
    pid = world.process_id
    desk.write("Plan", renewal.add_succession, pid, 2030, name="Open seat: Africa", note="From the 2029 call")
    desk.write("Plan", renewal.add_succession, pid, 2027, organisation_id=world.orgs["ke"])
    plan = desk.read(renewal.list_succession, pid)
    assert [(e.year, e.organisation) for e in plan] == [(2027, "Kenya Green Buyers"), (2030, "Open seat: Africa")]
    with pytest.raises(InvalidInput, match="to 2030"):
        desk.write("Plan", renewal.add_succession, pid, 2031, name="Later")
    with pytest.raises(InvalidInput, match="Choose the organisation"):
        desk.write("Plan", renewal.add_succession, pid, 2028)
    with pytest.raises(InvalidInput, match="already planned"):
        desk.write("Plan", renewal.add_succession, pid, 2027, organisation_id=world.orgs["ke"])
    desk.write("Move", renewal.update_succession, plan[0].id, 2028, organisation_id=world.orgs["ke"])
    desk.write("Drop", renewal.remove_succession, plan[1].id)
    assert [(e.year, e.organisation) for e in desk.read(renewal.list_succession, pid)] == [(2028, "Kenya Green Buyers")]


# --- candidates ------------------------------------------------------------------------------------

def _by_org(candidates):
    return {c.organisation: c for c in candidates}


def test_candidates_are_the_call_applicants_and_incumbents_seeking_renewal(desk, world):
    pid = world.process_id
    incumbents = desk.read(renewal.list_incumbents, pid)
    assert {m.organisation: (flag, applied) for m, flag, applied in incumbents} == {
        "United Nations Environment Programme": (None, False), "وزارة البيئة والمياه والزراعة": (None, False),
        "Netherlands Enterprise Agency": (None, False)}
    assert [m.holding_over for m, _, _ in incumbents if m.organisation == "Netherlands Enterprise Agency"] == [True]
    first = desk.read(renewal.list_candidates, pid)
    assert len(first) == 6 and "Withdrawn Ltd" not in _by_org(first)  # withdrawn left out; no incumbent yet
    desk.write("Seeks", renewal.set_seeking_renewal, pid, world.leads["unep"], True, commitment="Two staff & <money>")
    desk.write("Seeks", renewal.set_seeking_renewal, pid, world.leads["sa"], True)
    desk.write("Does not", renewal.set_seeking_renewal, pid, world.leads["nl"], False)
    candidates = desk.read(renewal.list_candidates, pid)
    found = _by_org(candidates)
    assert len(candidates) == 8 and "Netherlands Enterprise Agency" not in found
    unep = found["United Nations Environment Programme"]
    assert (unep.kind, unep.incumbent, unep.seeking_renewal, unep.status) == ("incumbent", True, True, "Seeking renewal")
    assert unep.commitment == "Two staff & <money>" and unep.representative == "Ana Silva"
    att = found["AT&T <b>"]
    assert att.representative == "<font size=40>Big</font>" and att.kind == "applicant" and not att.incumbent
    assert att.commitment == "Financial, Staff time: One full-time officer & USD <50,000>"
    assert att.regional_group == "Western Europe and Others" and att.cluster == "Private sector"
    # Ranking: best total first, unscored last without a rank.
    assert [c.organisation for c in candidates[:5]] == ["AT&T <b>", "Министерство природных ресурсов",
                                                         "Υπουργείο Περιβάλλοντος", "中华人民共和国生态环境部",
                                                         "Kenya Green Buyers"]
    assert [c.rank for c in candidates[:5]] == [1, 2, 3, 4, 5] and candidates[-1].rank is None


def test_incumbent_scores_and_mac_opinions(desk, world):
    pid = world.process_id
    desk.write("Seeks", renewal.set_seeking_renewal, pid, world.leads["sa"], True)
    criteria = desk.read(renewal.list_process_criteria, pid)
    for crit in criteria:
        desk.write("Score", renewal.record_incumbent_score, pid, world.leads["sa"], crit.id, world.reviewers[0], 4)
    sa = _by_org(desk.read(renewal.list_candidates, pid))["وزارة البيئة والمياه والزراعة"]
    assert sa.total == pytest.approx(4.0) and sa.scores.complete_reviewers == 1
    with pytest.raises(InvalidInput, match="from 0 to 5"):
        desk.write("Score", renewal.record_incumbent_score, pid, world.leads["sa"], criteria[0].id, world.reviewers[0], 6)
    # Someone from the incumbent itself cannot score it.
    insider = desk.write("Person", applications.registry.add_person, PersonInput(world.orgs["sa"], "Insider")).value
    with pytest.raises(NotAllowed, match="work for the incumbent"):
        desk.write("Score", renewal.record_incumbent_score, pid, world.leads["sa"], criteria[0].id, insider, 3)
    # An incumbent not seeking renewal is not scored.
    with pytest.raises(NotAllowed, match="seeking renewal"):
        desk.write("Score", renewal.record_incumbent_score, pid, world.leads["unep"], criteria[0].id,
                   world.reviewers[0], 3)
    # MAC opinions: on the incumbent's record, and on the application for an applicant.
    desk.write("MAC", renewal.set_mac_opinion, pid, world.leads["sa"], "Supports <renewal> & thanks")
    desk.write("MAC", renewal.set_mac_opinion, pid, world.apps["ke"], "Supports the application")
    found = _by_org(desk.read(renewal.list_candidates, pid))
    assert found["وزارة البيئة والمياه والزراعة"].mac_opinion == "Supports <renewal> & thanks"
    assert found["Kenya Green Buyers"].mac_opinion == "Supports the application"
    assert desk.read(applications.get_application, world.apps["ke"]).mac_opinion == "Supports the application"
    desk.write("Remove score", renewal.remove_incumbent_score, pid, world.leads["sa"], criteria[0].id,
               world.reviewers[0])


def test_an_incumbent_who_also_applied_is_one_candidate(desk, world):
    def apply_as_incumbent(session):
        lead = session.get(Membership, world.leads["unep"])
        app = Application(organisation_id=lead.organisation_id, programme_id=lead.programme_id, role="co_lead",
                          call_id=world.call_id, received_on=TODAY - timedelta(days=40), status="under_review")
        session.add(app)
        session.flush()
        session.add(ApplicationTransition(application_id=app.id, to_status="under_review", actor="x"))
        return app.id

    app_id = desk.write("Apply", apply_as_incumbent).value
    desk.write("Seeks", renewal.set_seeking_renewal, world.process_id, world.leads["unep"], True)
    unep = [c for c in desk.read(renewal.list_candidates, world.process_id)
            if c.organisation == "United Nations Environment Programme"]
    assert len(unep) == 1 and unep[0].key == app_id and unep[0].incumbent and unep[0].seeking_renewal
    assert [applied for m, _f, applied in desk.read(renewal.list_incumbents, world.process_id)
            if m.organisation == "United Nations Environment Programme"] == [True]
    with pytest.raises(NotAllowed, match="propose its application instead"):
        desk.write("Propose", renewal.propose, world.process_id, world.leads["unep"])


def test_the_proposed_leadership_may_have_more_than_three_leads_and_is_balanced_by_the_selection_rules(desk, world):
    pid = world.process_id
    desk.write("Seeks", renewal.set_seeking_renewal, pid, world.leads["unep"], True)
    with pytest.raises(NotAllowed, match="has not said it seeks renewal"):
        desk.write("Propose", renewal.propose, pid, world.leads["nl"])
    with pytest.raises(NotAllowed, match="withdrawn"):
        desk.write("Propose", renewal.propose, pid, world.apps["gone"])
    for key in ("att", "ru", "cn", "ke"):
        desk.write("Propose", renewal.propose, pid, world.apps[key], note="Strong <scores>")
    desk.write("Propose", renewal.propose, pid, world.leads["unep"])
    chosen, balance = desk.read(renewal.proposed_leadership, pid)
    assert len(chosen) == 5 and balance.seats == 5  # more than three leads
    assert {c.organisation for c in chosen} == {"AT&T <b>", "Министерство природных ресурсов",
                                                "中华人民共和国生态环境部", "Kenya Green Buyers",
                                                "United Nations Environment Programme"}
    regions = {r.label: r.count for r in balance.by_region}
    assert regions == {"Africa": 2, "Asia and the Pacific": 1, "Eastern Europe": 1,
                       "Latin America and the Caribbean": 0, "Western Europe and Others": 1}
    assert {r.label: r.count for r in balance.by_cluster}["Government"] == 2
    assert {r.label: r.count for r in balance.by_gender} == {"Female": 4, "Male": 1}
    rules = {r.name: r for r in balance.rules}
    assert rules["Latin America and the Caribbean"].state == "broken"
    assert rules["Female representative"].state == "met" and rules["Female representative"].min == 3
    assert rules["Africa"].state == "at the edge" and rules["Africa"].max == 2
    # Taking a lead out, and other rules.
    desk.write("Unpropose", renewal.propose, pid, world.apps["ke"], False)
    candidates = desk.read(renewal.list_candidates, pid)
    chosen = [c for c in candidates if c.proposed]
    assert len(chosen) == 4
    custom = renewal.balance_of(candidates, chosen, [BalanceRule("regional_group", "AFRICA", min=2, name="Two from Africa")])
    assert [(r.name, r.count, r.state) for r in custom.rules] == [("Two from Africa", 1, "broken")]
    with desk.store.sessions()() as session:
        assert session.scalar(select(func.count()).select_from(RenewalCandidate).where(RenewalCandidate.proposed)) == 4


def test_demo_has_spp_renewal_in_step_3(tmp_path):
    from opn_desk.db.store import open_store
    from opn_desk.services.demo import generate_demo
    from opn_desk.services.desk import Desk

    store = open_store(tmp_path / "demo.sqlite")
    try:
        generate_demo(store, organisations=300)
        desk = Desk(store, actor="t")
        pid = desk.read(renewal.latest_process, "SPP")
        p = desk.read(renewal.get_process, pid)
        assert [s.state for s in p.steps] == ["done", "done", "in_progress", "not_started"]
        assert all(s.planned_start and s.planned_end for s in p.steps)
        assert all(s.actual_start and s.actual_end for s in p.steps[:2]) and p.steps[2].actual_start
        assert p.current_step == 3 and p.call_title == "SPP co-leads call 2026"
        candidates = desk.read(renewal.list_candidates, pid)
        assert len(candidates) >= 6
        assert sum(1 for c in candidates if c.mac_opinion) >= 2
        assert any(c.kind == "incumbent" for c in candidates)
        assert len([c for c in candidates if c.proposed]) > 3
        assert max(e.year for e in p.succession) == 2030
        ticked = [i.done for i in p.checklist]
        assert any(ticked) and not all(ticked)
    finally:
        store.close()
