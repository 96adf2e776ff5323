"""Reviews through `Desk`: criteria per call, scores, conflicts of interest (same organisation, parent,
child, sibling, declared), weighted totals, ranking and disagreement against hand-computed values."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from opn_desk.db.models import Organisation
from opn_desk.domain.applications import ApplicationInput, CallInput, default_criteria
from opn_desk.domain.registry import OrganisationInput, PersonInput
from opn_desk.domain.vocab import ApplicationStatus as S
from opn_desk.domain.vocab import Role
from opn_desk.services import applications as apps
from opn_desk.services import registry, reviews
from opn_desk.services.errors import InvalidInput, NotAllowed, NotFound

TODAY = date.today()


def _org(desk, name: str, parent=None) -> uuid.UUID:
    return desk.write(f"Add {name}", registry.create_organisation, OrganisationInput(name, parent_id=parent)).value


def _person(desk, org_id, name: str) -> uuid.UUID:
    return desk.write(f"Add {name}", registry.add_person, PersonInput(org_id, name)).value


def _call(desk, role=Role.CORE_PARTNER, default=True, title="Core partners 2025") -> uuid.UUID:
    data = CallInput("SPP", role, title, TODAY - timedelta(days=90), TODAY - timedelta(days=30))
    return desk.write("Add call", apps.create_call, data, default_criteria=default).value


def _under_review(desk, org_id, call_id, received_on=None, role=Role.CORE_PARTNER) -> uuid.UUID:
    app = desk.write("Record", apps.record_application, ApplicationInput(
        org_id, "SPP", role, call_id=call_id, received_on=received_on or TODAY - timedelta(days=20)),
        []).value  # empty checklist: straight through screening
    desk.write("Screen", apps.move_application, app, "screening")
    desk.write("Review", apps.move_application, app, "under_review")
    return app


def _score(desk, app, criterion, reviewer, score, comment=""):
    return desk.write("Score", reviews.record_score, app, criterion, reviewer, score, comment).value


def _criteria(desk, call):
    return {c.name: c.id for c in desk.read(reviews.list_criteria, call)}


# --- criteria --------------------------------------------------------------------------------------

@pytest.mark.parametrize("role", [Role.CORE_PARTNER, Role.CO_LEAD])
def test_calls_get_the_default_criteria(desk, role):
    call = _call(desk, role)
    got = desk.read(reviews.list_criteria, call)
    assert [(c.name, c.weight) for c in got] == [(d.name, d.weight) for d in default_criteria(role)]
    assert [c.position for c in got] == list(range(5))
    assert desk.write("Again", reviews.ensure_default_criteria, call).value == 0


def test_a_network_member_call_has_no_default_criteria(desk):
    call = _call(desk, Role.NETWORK_MEMBER)
    assert desk.read(reviews.list_criteria, call) == []


def test_ensure_default_criteria_fills_an_empty_call(desk):
    call = _call(desk, default=False)
    assert desk.read(reviews.list_criteria, call) == []
    assert desk.write("Defaults", reviews.ensure_default_criteria, call).value == 5


def test_add_edit_and_remove_criteria(desk):
    call = _call(desk, default=False)
    a = desk.write("Add", reviews.add_criterion, call, "Expertise", 2.5, "What they know.").value
    b = desk.write("Add", reviews.add_criterion, call, "Reach").value
    assert [(c.name, c.weight, c.position) for c in desk.read(reviews.list_criteria, call)] == [
        ("Expertise", 2.5, 0), ("Reach", 1.0, 1)]
    with pytest.raises(InvalidInput, match="already has a criterion named 'Expertise'"):
        desk.write("Add", reviews.add_criterion, call, " expertise ")
    for bad in (0, -1, float("nan"), 1000, "heavy"):
        with pytest.raises(InvalidInput) as err:
            desk.write("Weight", reviews.update_criterion, a, weight=bad)
        assert err.value.field == "weight"
    with pytest.raises(InvalidInput, match="needs a name"):
        desk.write("Add", reviews.add_criterion, call, "  ")
    desk.write("Weight", reviews.update_criterion, a, weight=4, name="Deep expertise")
    assert desk.read(reviews.list_criteria, call)[0].weight == 4.0
    desk.write("Remove", reviews.remove_criterion, b)
    assert [c.name for c in desk.read(reviews.list_criteria, call)] == ["Deep expertise"]


def test_a_scored_criterion_cannot_be_removed(desk):
    call = _call(desk)
    app = _under_review(desk, _org(desk, "Applicant"), call)
    reviewer = _person(desk, _org(desk, "Secretariat"), "Rita Reviewer")
    crit = desk.read(reviews.list_criteria, call)[0]
    _score(desk, app, crit.id, reviewer, 4)
    assert desk.read(reviews.list_criteria, call)[0].scored == 1
    with pytest.raises(NotAllowed, match="already has 1 score; remove those scores first"):
        desk.write("Remove", reviews.remove_criterion, crit.id)
    desk.write("Unscore", reviews.remove_score, app, crit.id, reviewer)
    desk.write("Remove", reviews.remove_criterion, crit.id)


# --- scores ----------------------------------------------------------------------------------------

@pytest.fixture
def scoring(desk):
    call = _call(desk)
    app = _under_review(desk, _org(desk, "Applicant"), call)
    reviewer = _person(desk, _org(desk, "Secretariat"), "Rita Reviewer")
    return call, app, reviewer, _criteria(desk, call)


def test_record_and_replace_a_score(desk, scoring):
    call, app, reviewer, crit = scoring
    first = _score(desk, app, crit["Track record"], reviewer, 3, "ok")
    again = _score(desk, app, crit["Track record"], reviewer, 4.5, " better ")
    assert first == again
    summary = desk.read(reviews.review_summary, app)
    [row] = [c for c in summary.criteria if c.name == "Track record"]
    assert [(s.reviewer, s.score, s.comment) for s in row.scores] == [("Rita Reviewer", 4.5, "better")]


@pytest.mark.parametrize("bad", [-0.5, 5.5, float("inf"), float("nan"), "five", None])
def test_scores_are_0_to_5(desk, scoring, bad):
    _, app, reviewer, crit = scoring
    with pytest.raises(InvalidInput, match="A score is a number from 0 to 5.") as err:
        _score(desk, app, crit["Track record"], reviewer, bad)
    assert err.value.field == "score"


def test_scores_only_on_the_calls_criteria_and_while_under_review(desk, scoring):
    call, app, reviewer, crit = scoring
    other = _call(desk, Role.CO_LEAD, title="Leads")
    foreign = desk.read(reviews.list_criteria, other)[0].id
    with pytest.raises(InvalidInput, match="criterion of another call"):
        _score(desk, app, foreign, reviewer, 3)
    waiting = desk.write("Record", apps.record_application,
                         ApplicationInput(_org(desk, "Early Bird"), "SPP", "core_partner", call_id=call)).value
    with pytest.raises(NotAllowed, match="this one is Received"):
        _score(desk, waiting, crit["Track record"], reviewer, 3)
    desk.write("MAC", apps.move_application, app, "mac_opinion")
    _score(desk, app, crit["Track record"], reviewer, 3)  # MAC opinion is still a review state
    with pytest.raises(NotFound):
        _score(desk, app, uuid.uuid4(), reviewer, 3)


# --- conflicts of interest -------------------------------------------------------------------------

@pytest.fixture
def family(desk):
    """United Nations > UNEP > {Economy Division > SPP Unit, Ecosystems Division}; United Nations > UNDP."""
    un = _org(desk, "United Nations")
    unep = _org(desk, "UNEP", un)
    economy = _org(desk, "UNEP Economy Division", unep)
    unit = _org(desk, "SPP Unit", economy)
    ecosystems = _org(desk, "UNEP Ecosystems Division", unep)
    undp = _org(desk, "UNDP", un)
    outside = _org(desk, "Independent University")
    call = _call(desk)
    app = _under_review(desk, economy, call)
    people = {key: _person(desk, org, f"Reviewer at {key}") for key, org in {
        "same": economy, "parent": unep, "grandparent": un, "child": unit, "sibling": ecosystems,
        "uncle": undp, "outside": outside}.items()}
    return {"app": app, "call": call, "people": people, "orgs": {"economy": economy, "outside": outside}}


@pytest.mark.parametrize(("who", "why"), [
    ("same", "Reviewer at same cannot score this application: they work for the applicant, UNEP Economy Division."),
    ("parent", "Reviewer at parent cannot score this application: their organisation, UNEP, is a parent "
               "organisation of the applicant, UNEP Economy Division."),
    ("grandparent", "Reviewer at grandparent cannot score this application: their organisation, United Nations, "
                    "is a parent organisation of the applicant, UNEP Economy Division."),
    ("child", "Reviewer at child cannot score this application: their organisation, SPP Unit, is part of the "
              "applicant, UNEP Economy Division."),
    ("sibling", "Reviewer at sibling cannot score this application: their organisation, UNEP Ecosystems "
                "Division, and the applicant, UNEP Economy Division, belong to the same parent organisation, UNEP."),
])
def test_affiliated_reviewers_cannot_score(desk, family, who, why):
    crit = desk.read(reviews.list_criteria, family["call"])[0].id
    reviewer = family["people"][who]
    assert desk.read(reviews.conflict_reason, family["app"], reviewer) == why
    with pytest.raises(NotAllowed) as err:
        _score(desk, family["app"], crit, reviewer, 4)
    assert str(err.value) == why
    assert desk.read(reviews.review_summary, family["app"]).reviewers == ()


@pytest.mark.parametrize("who", ["outside", "uncle"])
def test_unrelated_reviewers_may_score(desk, family, who):
    crit = desk.read(reviews.list_criteria, family["call"])[0].id
    assert desk.read(reviews.conflict_reason, family["app"], family["people"][who]) is None
    _score(desk, family["app"], crit, family["people"][who], 4)


def test_a_merged_duplicate_of_the_applicant_is_the_applicant(desk, family):
    dup = _org(desk, "UNEP Economy Div.")
    person = _person(desk, dup, "Dora Duplicate")

    def merge(session):
        session.get(Organisation, dup).merged_into_id = family["orgs"]["economy"]
    desk.write("Merge", merge)
    assert "they work for the applicant" in desk.read(reviews.conflict_reason, family["app"], person)


def test_declared_conflicts_are_recorded_and_block_scoring(desk, family):
    crit = desk.read(reviews.list_criteria, family["call"])[0].id
    reviewer = family["people"]["outside"]
    cid = desk.write("Declare", reviews.declare_conflict, family["app"], reviewer,
                     "Co-authored their proposal.", date(2025, 5, 1)).value
    [declared] = desk.read(reviews.list_conflicts, family["app"])
    assert (declared.id, declared.reviewer, declared.declared_on, declared.reason) == (
        cid, "Reviewer at outside", date(2025, 5, 1), "Co-authored their proposal.")
    with pytest.raises(NotAllowed, match="^Reviewer at outside declared a conflict of interest with this application "
                                         "on 1 May 2025: Co-authored their proposal.$"):
        _score(desk, family["app"], crit, reviewer, 4)
    with pytest.raises(NotAllowed, match="already declared"):
        desk.write("Declare", reviews.declare_conflict, family["app"], reviewer)
    desk.write("Withdraw conflict", reviews.remove_conflict, cid)
    _score(desk, family["app"], crit, reviewer, 4)


def test_scores_given_before_a_declared_conflict_stop_counting(desk, family):
    call, app = family["call"], family["app"]
    crit = _criteria(desk, call)
    outside = family["people"]["outside"]
    uncle = family["people"]["uncle"]
    for cid in crit.values():
        _score(desk, app, cid, outside, 5)
        _score(desk, app, cid, uncle, 1)
    assert desk.read(reviews.review_summary, app).weighted_total == pytest.approx(3.0)
    desk.write("Declare", reviews.declare_conflict, app, outside, "Former employee.")
    summary = desk.read(reviews.review_summary, app)
    assert summary.weighted_total == pytest.approx(1.0)
    assert [e.reviewer for e in summary.excluded] == ["Reviewer at outside"]
    assert "Former employee" in summary.excluded[0].reason
    assert summary.complete_reviewers == 1 and summary.reviews_missing


# --- totals, ranking, disagreement -----------------------------------------------------------------

@pytest.fixture
def ranked(desk):
    call = _call(desk, default=False)
    a = desk.write("A", reviews.add_criterion, call, "Expertise", 3).value
    b = desk.write("B", reviews.add_criterion, call, "Reach", 1).value
    sec = _org(desk, "Secretariat")
    r1, r2 = _person(desk, sec, "Ana"), _person(desk, sec, "Ben")
    early, late = TODAY - timedelta(days=40), TODAY - timedelta(days=20)
    apps_ = {
        "Yellow Org": (early, {r1: (4, 4), r2: (4, 4)}),      # 4.0
        "Violet Org": (early, {r1: (5, 1), r2: (3, 5)}),      # A 4, B 3 -> (12 + 3) / 4 = 3.75
        "Xenon Org": (late, {r1: (5, 3), r2: (3, 5)}),        # A 4, B 4 -> 4.0, spread 2 on both
        "Zinc Org": (early, {r1: (2, 5), r2: (3, 4)}),        # A 2.5, B 4.5 -> (7.5 + 4.5) / 4 = 3.0
        "Amber Org": (late, {r1: (4, 4), r2: (4, 4)}),        # 4.0, same received as Xenon, A before X
        "Waiting Org": (early, {}),                            # nothing scored
        "Gone Org": (early, {r1: (5, 5), r2: (5, 5)}),        # withdrawn: last, unranked
    }
    ids = {}
    for name, (received, scores) in apps_.items():
        app = _under_review(desk, _org(desk, name), call, received)
        for reviewer, (sa, sb) in scores.items():
            _score(desk, app, a, reviewer, sa)
            _score(desk, app, b, reviewer, sb)
        ids[name] = app
    desk.write("Withdraw", apps.withdraw_application, ids["Gone Org"], "Withdrew after review.")
    return {"call": call, "ids": ids}


def test_weighted_totals_by_hand(desk, ranked):
    totals = {name: desk.read(reviews.review_summary, app).weighted_total for name, app in ranked["ids"].items()}
    assert totals == {"Yellow Org": pytest.approx(4.0), "Violet Org": pytest.approx(3.75),
                      "Xenon Org": pytest.approx(4.0), "Zinc Org": pytest.approx(3.0),
                      "Amber Org": pytest.approx(4.0), "Waiting Org": None, "Gone Org": pytest.approx(5.0)}


def test_ranking_within_a_call(desk, ranked):
    ranking = desk.read(reviews.rank_call, ranked["call"])
    # 4.0 ties: Yellow received first; Amber and Xenon on the same day, by name.
    assert [(r.rank, r.organisation) for r in ranking] == [
        (1, "Yellow Org"), (2, "Amber Org"), (3, "Xenon Org"), (4, "Violet Org"), (5, "Zinc Org"),
        (None, "Waiting Org"), (None, "Gone Org")]
    assert ranking[0].summary.rank == 1 and ranking[-1].status == "withdrawn"


def test_disagreement_is_flagged(desk, ranked):
    xenon = desk.read(reviews.review_summary, ranked["ids"]["Xenon Org"])
    assert xenon.disagreement and xenon.disagreements == ("Expertise", "Reach")
    assert [c.spread for c in xenon.criteria] == [2, 2]
    violet = desk.read(reviews.review_summary, ranked["ids"]["Violet Org"])
    assert violet.disagreements == ("Expertise", "Reach")  # spreads 2 and 4
    assert not desk.read(reviews.review_summary, ranked["ids"]["Zinc Org"]).disagreement  # spreads 1 and 1
    assert desk.read(reviews.review_summary, ranked["ids"]["Violet Org"], spread=3).disagreements == ("Reach",)
    assert not desk.read(reviews.review_summary, ranked["ids"]["Xenon Org"], spread=2.5).disagreement


def test_per_reviewer_totals(desk, ranked):
    violet = desk.read(reviews.review_summary, ranked["ids"]["Violet Org"])
    # Ana (3*5 + 1) / 4 = 4; Ben (3*3 + 5) / 4 = 3.5
    names = dict(violet.reviewers)
    totals = {names[rid]: total for rid, total in violet.reviewer_totals}
    assert totals == {"Ana": pytest.approx(4.0), "Ben": pytest.approx(3.5)}


def test_missing_reviews(desk, ranked):
    yellow = desk.read(reviews.review_summary, ranked["ids"]["Yellow Org"])
    assert yellow.complete_reviewers == 2 and not yellow.reviews_missing
    assert desk.read(reviews.review_summary, ranked["ids"]["Yellow Org"], min_reviewers=3).reviews_missing
    waiting = desk.read(reviews.review_summary, ranked["ids"]["Waiting Org"])
    assert waiting.reviews_missing and waiting.missing_criteria == ("Expertise", "Reach")
    with pytest.raises(InvalidInput):
        desk.read(reviews.review_summary, ranked["ids"]["Yellow Org"], min_reviewers=0)


def test_a_half_scored_application(desk, ranked):
    call = ranked["call"]
    crit = _criteria(desk, call)
    app = _under_review(desk, _org(desk, "Half Org"), call)
    ana = desk.read(reviews.review_summary, ranked["ids"]["Yellow Org"]).reviewers[0][0]
    _score(desk, app, crit["Expertise"], ana, 2)
    summary = desk.read(reviews.review_summary, app)
    assert summary.weighted_total == 2.0 and summary.missing_criteria == ("Reach",)
    assert summary.complete_reviewers == 0 and summary.reviews_missing


def test_the_detail_carries_the_review_summary(desk, ranked):
    d = desk.read(apps.get_application, ranked["ids"]["Violet Org"])
    assert d.reviews is not None and d.reviews.weighted_total == pytest.approx(3.75)


def test_applications_without_a_call_have_no_summary(desk):
    app = desk.write("Record", apps.record_application,
                     ApplicationInput(_org(desk, "Member"), "SPP", "network_member")).value
    assert desk.read(reviews.review_summary, app) is None


def test_changing_the_call_of_a_scored_application_is_refused(desk, ranked):
    app = ranked["ids"]["Yellow Org"]
    data = desk.read(apps.get_application, app).as_input()
    other = _call(desk, title="Another call")
    fields = {f: getattr(data, f) for f in data.__dataclass_fields__}
    with pytest.raises(NotAllowed, match="already has scores"):
        desk.write("Edit", apps.update_application, app, ApplicationInput(**{**fields, "call_id": other}))
    assert S.UNDER_REVIEW == desk.read(apps.get_application, app).status
