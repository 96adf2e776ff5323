"""Selection rounds on the real store: the pool, incumbents, defaults, rules, pins, picks, scenarios, undo."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from selection_world import CALL_TITLE, CLOSES, TODAY, build_selection
from sqlalchemy import func, select

from opn_desk.db.models import AuditEntry, SelectionCandidate, SelectionRound, SelectionScenario
from opn_desk.domain.applications import CallInput
from opn_desk.selection import best_slate, recheck
from opn_desk.services import applications, reviews
from opn_desk.services import selection_round as sr
from opn_desk.services.errors import InvalidInput, NotAllowed, NotFound


@pytest.fixture
def world(desk):
    return desk.write("Build the selection world", build_selection).value


def _round(desk, world):
    return desk.read(sr.get_round, world.call_id)


def _count(desk, model) -> int:
    return desk.read(lambda s: s.scalar(select(func.count()).select_from(model)))


def _six_seats(desk, world):
    """A feasible round: six seats under the ToR's defaults, UNEP and the Polish institute seeking renewal."""
    desk.write("UNEP seeks renewal", sr.set_seeking_renewal, world.call_id, world.orgs["unep"], True)
    desk.write("Poland seeks renewal", sr.set_seeking_renewal, world.call_id, world.orgs["pl"], True)
    desk.write("Save the round", sr.save_round, world.call_id, seats=6, rules=sr.default_rule_dicts(6), pins={})
    return _round(desk, world)


# --- the pool ----------------------------------------------------------------------------------------

def test_pool_is_the_screened_applications_with_their_review_totals(desk, world):
    r = _round(desk, world)
    keys = {m.key for m in r.pool}
    expected = {"ke", "cl", "att", "ru", "cn", "ps", "bd", "agency1", "agency2", "nl"}
    assert keys == {world.key(k) for k in expected}
    for left_out in ("screen", "gone", "no", "ministry", "old"):  # not screened, withdrawn, declined, not applied
        assert world.key(left_out) not in keys
    by = {m.key: m for m in r.pool}
    for key in ("ke", "cl", "att", "ru", "nl"):
        summary = desk.read(reviews.review_summary, world.apps[key])
        assert by[world.key(key)].score == pytest.approx(summary.weighted_total)
        assert by[world.key(key)].application_id == world.apps[key]
    assert by[world.key("bd")].score == 0.0  # under review, nothing scored yet
    assert by[world.key("att")].status == "accepted" and by[world.key("cl")].status == "mac_opinion"
    scores = [m.score for m in r.pool]
    assert scores == sorted(scores, reverse=True)
    assert r.as_of == CLOSES and r.call_title == CALL_TITLE and r.programme_code == "SPP"


def test_attributes_no_group_family_sectors_and_names(desk, world):
    r = _round(desk, world)
    by = {m.key: m for m in r.pool}
    palestine = by[world.key("ps")]
    assert palestine.regional_group == "" and palestine.country == "State of Palestine"
    problem = r.problem()
    candidate = problem.candidates[problem.index[palestine.key]]
    assert candidate.value("regional_group") == ""  # counted as "no group", not dropped
    assert candidate.attributes["name"] == "سلطة جودة البيئة"
    assert by[world.key("agency1")].parent == by[world.key("agency2")].parent == "Ministry of Environment of Brazil"
    assert by[world.key("ke")].parent == ""
    assert by[world.key("ke")].sectors == ("Construction", "Food")
    ke = problem.candidates[problem.index[world.key("ke")]]
    assert ke.attributes["sector"] == "Construction" and ke.attributes["sector: Food"] == "yes"
    assert by[world.key("bd")].ldc is True and by[world.key("ke")].ldc is False
    assert by[world.key("ke")].representative == "Wanjiru Kamau"
    assert by[world.key("ke")].representative_gender == "female"
    assert by[world.key("cl")].cluster == "scientific_technical" and by[world.key("cl")].regional_group == "GRULAC"


def test_incumbents_on_the_closing_date(desk, world):
    r = _round(desk, world)
    by = {m.key: m for m in r.pool}
    nl = by[world.key("nl")]  # applied and in office: once, through its application
    assert nl.incumbent and nl.seeking_renewal and nl.status == "under_review" and nl.score == pytest.approx(3.2)
    assert [m.key for m in r.pool].count(nl.key) == 1
    # Accepted today, after the call closed: its new membership does not make it an incumbent.
    assert not by[world.key("att")].incumbent
    # In office, did not apply: not seeking renewal until the officer says so; shown, not in the pool.
    assert {m.key for m in r.excluded} == {world.key("unep"), world.key("pl")}
    assert all(m.incumbent and not m.seeking_renewal and m.status == "incumbent" for m in r.excluded)
    assert world.key("old") not in {m.key for m in (*r.pool, *r.excluded)}  # term ended before the closing date


def test_an_open_call_counts_incumbents_today(desk, world):
    open_call = desk.write("Open call", applications.create_call, CallInput(
        "SPP", "core_partner", "SPP open call", TODAY - timedelta(days=5), TODAY + timedelta(days=40))).value
    r = desk.read(sr.get_round, open_call)
    assert r.as_of == TODAY and r.pool == ()
    # The accepted applicant's membership runs from today: an incumbent of the next call.
    assert world.key("att") in {m.key for m in r.excluded}


def test_seeking_renewal_and_incumbent_scores(desk, world):
    unep = world.orgs["unep"]
    desk.write("UNEP seeks renewal", sr.set_seeking_renewal, world.call_id, unep, True)
    r = _round(desk, world)
    member = r.member(str(unep))
    assert member is not None and member.incumbent and member.score == 0.0 and member.application_id is None
    desk.write("Score UNEP", sr.set_incumbent_score, world.call_id, unep, 4.2)
    assert _round(desk, world).member(str(unep)).score == pytest.approx(4.2)
    with pytest.raises(InvalidInput, match="from 0 to 5"):
        desk.write("Score UNEP", sr.set_incumbent_score, world.call_id, unep, 7)
    desk.write("Clear UNEP's score", sr.set_incumbent_score, world.call_id, unep, None)
    assert _round(desk, world).member(str(unep)).score == 0.0
    with pytest.raises(NotAllowed, match="applied to this call"):
        desk.write("NL", sr.set_seeking_renewal, world.call_id, world.orgs["nl"], False)
    with pytest.raises(InvalidInput, match="not a core partner"):
        desk.write("Old", sr.set_seeking_renewal, world.call_id, world.orgs["old"], True)
    # Leaving the pool takes the incumbent out of the pins and the picked slate too.
    desk.write("Pin", sr.save_round, world.call_id, seats=12, rules=sr.default_rule_dicts(12), pins={str(unep): True})
    desk.write("Pick", sr.set_picked, world.call_id, [str(unep), world.key("ke")])
    desk.write("UNEP does not seek renewal", sr.set_seeking_renewal, world.call_id, unep, False)
    r = _round(desk, world)
    assert str(unep) not in {m.key for m in r.pool} and r.pins == {} and r.picked == (world.key("ke"),)


# --- defaults and saving -----------------------------------------------------------------------------

def test_an_unsaved_round_shows_the_tor_defaults_and_writes_nothing(desk, world):
    audit = _count(desk, AuditEntry)
    r = _round(desk, world)
    assert r.round_id is None and r.seats == sr.DEFAULT_SEATS == 12
    assert list(r.rules) == sr.default_rule_dicts(12)
    names = [rule["name"] for rule in r.rules]
    assert "Female representative" in names and sr.CONTINUITY in names and "Africa" in names
    assert r.pins == {} and r.picked == () and r.scenarios == ()
    assert _count(desk, SelectionRound) == 0 and _count(desk, AuditEntry) == audit
    assert [c.has_round for c in desk.read(sr.list_selection_calls) if c.call_id == world.call_id] == [False]


@pytest.mark.parametrize("rule, words", [
    ({"name": "Africa", "attribute": "regional_group", "value": "AFRICA", "min": 3, "max": 2},
     "Rule 2 (Africa): min 3 is above max 2."),
    ({"attribute": "colour", "value": "green", "min": 1}, "Rule 2: 'colour' is not an attribute"),
    ({"attribute": "regional_group", "value": "EEG", "min_share": 1.5}, "Rule 2: min_share 1.5 is not a share"),
    ({"attribute": "regional_group", "value": "EEG", "minimum": 1}, "Rule 2: unknown key 'minimum'"),
    ({"attribute": "regional_group", "value": "EEG"}, "Rule 2: a rule needs min, max"),
    ({"attribute": "regional_group", "value": "EEG", "min": 1.5}, "Rule 2: min must be a whole number"),
])
def test_a_bad_rule_is_refused_in_one_sentence_and_nothing_is_written(desk, world, rule, words):
    audit = _count(desk, AuditEntry)
    good = {"name": "Female", "attribute": "representative_gender", "value": "female", "min_share": 0.5}
    with pytest.raises(InvalidInput) as exc:
        desk.write("Save", sr.save_round, world.call_id, seats=6, rules=[good, rule], pins={})
    message = str(exc.value)
    assert message.startswith(words) and message.endswith(".") and "\n" not in message
    assert _count(desk, SelectionRound) == 0 and _count(desk, AuditEntry) == audit
    assert desk.undo_text() == "Build the selection world"


def test_bad_seats_and_pins_are_refused(desk, world):
    with pytest.raises(InvalidInput, match="whole number from 1"):
        desk.write("Save", sr.save_round, world.call_id, seats=0, rules=[], pins={})
    with pytest.raises(InvalidInput, match="not a candidate in this round's pool"):
        desk.write("Save", sr.save_round, world.call_id, seats=6, rules=[], pins={world.key("screen"): True})
    with pytest.raises(InvalidInput, match="in .true. or out"):
        desk.write("Save", sr.save_round, world.call_id, seats=6, rules=[], pins={world.key("ke"): "yes"})
    assert _count(desk, SelectionRound) == 0


def test_save_round_stores_rules_pins_and_notes_and_undo_takes_it_back(desk, world):
    rules = sr.default_rule_dicts(6) + [{"name": "From LDCs", "attribute": "ldc", "value": "yes", "min": 1,
                                         "priority": 2}]
    outcome = desk.write("Save the round", sr.save_round, world.call_id, seats=6, rules=rules,
                         pins={world.key("bd"): True, world.key("cl"): False}, notes="Board wants <balance> & more")
    r = _round(desk, world)
    assert r.round_id == outcome.value and r.seats == 6 and list(r.rules) == rules
    assert r.pins == {world.key("bd"): True, world.key("cl"): False} and r.notes == "Board wants <balance> & more"
    assert "selection_round" in outcome.changed
    desk.write("Seven seats", sr.save_round, world.call_id, seats=7, rules=rules, pins={}, notes="")
    assert _round(desk, world).seats == 7
    desk.undo()
    r = _round(desk, world)
    assert r.seats == 6 and r.pins == {world.key("bd"): True, world.key("cl"): False}
    desk.undo()
    r = _round(desk, world)
    assert r.round_id is None and r.seats == 12 and _count(desk, SelectionRound) == 0
    desk.redo()
    assert _round(desk, world).round_id == outcome.value


def test_a_write_creates_the_round_with_the_defaults_first(desk, world):
    desk.write("Pick", sr.set_picked, world.call_id, [world.key("ke")])
    r = _round(desk, world)
    assert r.round_id is not None and r.seats == 12 and list(r.rules) == sr.default_rule_dicts(12)
    desk.undo()  # one undo step takes back the pick and the round it needed
    assert _count(desk, SelectionRound) == 0


def test_rules_from_dicts_keeps_shares_per_value_and_priority(world):
    rules = sr.rules_from_dicts([
        {"name": "One per parent", "attribute": "parent_organisation", "per_value": True, "max": 1},
        {"attribute": "regional_group", "value": "", "max": 1, "priority": 3},
        {"attribute": "sector: Food", "value": "yes", "min": 1},
    ], 10)
    assert rules[0].per_value and rules[0].max == 1
    assert rules[1].value == "" and rules[1].priority == 3
    assert [sr.rule_to_dict(r, titled=False) for r in rules][1] == {
        "attribute": "regional_group", "value": "", "max": 1, "priority": 3}


# --- pins, picks, the optimum ------------------------------------------------------------------------

def test_problem_gives_an_optimal_slate_that_meets_every_rule(desk, world):
    r = _six_seats(desk, world)
    problem = r.problem()
    slate = best_slate(problem)
    assert slate is not None
    check = recheck(problem, slate.ids)
    assert check.ok, [rule.message for rule in check.broken]
    # Brute force over the pool: no six that meet every rule score more.
    best = max(sum(problem.candidates[problem.index[k]].score for k in combo)
               for combo in itertools.combinations([c.id for c in problem.candidates], 6)
               if recheck(problem, combo).ok)
    assert slate.score == pytest.approx(best)
    family = {world.key("agency1"), world.key("agency2")}
    assert len(family & set(slate.ids)) <= 1  # one per parent organisation


def test_pins_steer_the_optimum(desk, world):
    r = _six_seats(desk, world)
    slate = best_slate(r.problem())
    assert world.key("bd") not in slate.ids and world.key("cl") in slate.ids  # bd has no score
    pinned = best_slate(r.problem(pins={world.key("bd"): True, world.key("cl"): False}))
    assert world.key("bd") in pinned.ids and world.key("cl") not in pinned.ids
    desk.write("Pin", sr.save_round, world.call_id, seats=6, rules=list(r.rules), pins={world.key("bd"): True})
    assert world.key("bd") in best_slate(_round(desk, world).problem()).ids
    # Other seats and rules for a what-if, without saving.
    assert _round(desk, world).problem(seats=4, rules=[]).seats == 4


def test_picked_slate(desk, world):
    keys = [world.key("ke"), world.key("cl"), world.key("ke"), world.key("ru")]
    desk.write("Pick", sr.set_picked, world.call_id, keys)
    r = _round(desk, world)
    assert r.picked == (world.key("ke"), world.key("cl"), world.key("ru"))
    check = recheck(r.problem(), r.picked)
    assert check.picked == 3 and not check.ok
    with pytest.raises(InvalidInput, match="not a candidate"):
        desk.write("Pick", sr.set_picked, world.call_id, [world.key("gone")])
    desk.write("Clear", sr.set_picked, world.call_id, [])
    assert _round(desk, world).picked == ()


# --- scenarios ---------------------------------------------------------------------------------------

def test_scenarios_snapshot_the_rules_and_refuse_a_duplicate_name(desk, world):
    r = _six_seats(desk, world)
    slate = best_slate(r.problem())
    first = desk.write("Save scenario", sr.save_scenario, world.call_id, "Best by score", slate.ids,
                       notes="As proposed").value
    desk.write("Seven seats", sr.save_round, world.call_id, seats=7, rules=list(r.rules), pins={})
    with pytest.raises(NotAllowed, match="already has a scenario called 'best BY score'"):
        desk.write("Save scenario", sr.save_scenario, world.call_id, "best BY score", slate.ids[:3])
    with pytest.raises(InvalidInput, match="needs a name"):
        desk.write("Save scenario", sr.save_scenario, world.call_id, "  ", slate.ids)
    with pytest.raises(InvalidInput, match="not a candidate"):
        desk.write("Save scenario", sr.save_scenario, world.call_id, "Other", [world.key("screen")])
    second = desk.write("Save scenario", sr.save_scenario, world.call_id, "Regions first",
                        [world.key("ke"), world.key("bd")]).value
    scenarios = _round(desk, world).scenarios
    assert [s.id for s in scenarios] == [first, second]
    s = scenarios[0]
    assert s.name == "Best by score" and s.seats == 6 and list(s.rules) == list(r.rules) and s.notes == "As proposed"
    assert s.selected == slate.ids and s.score == pytest.approx(slate.score)
    assert scenarios[1].seats == 7 and scenarios[1].score == pytest.approx(r.member(world.key("ke")).score)
    desk.write("Delete scenario", sr.delete_scenario, second)
    assert [s.id for s in _round(desk, world).scenarios] == [first]
    desk.undo()
    assert len(_round(desk, world).scenarios) == 2
    with pytest.raises(NotFound):
        desk.write("Delete", sr.delete_scenario, world.orgs["ke"])
    assert _count(desk, SelectionScenario) == 2 and _count(desk, SelectionCandidate) == 2


# --- calls -------------------------------------------------------------------------------------------

def test_find_call_by_id_title_or_unique_part(desk, world):
    assert desk.read(sr.find_call, str(world.call_id)) == world.call_id
    assert desk.read(sr.find_call, "spp core partners call <2026>") == world.call_id
    assert desk.read(sr.find_call, "<2026>") == world.call_id
    with pytest.raises(InvalidInput) as exc:
        desk.read(sr.find_call, "core partners call")
    assert "2 core-partner calls match" in str(exc.value) and "SPP core partners call 2024" in str(exc.value)
    with pytest.raises(InvalidInput, match="There is no core-partner call 'nothing like it'; the calls are"):
        desk.read(sr.find_call, "nothing like it")
    lead_call = desk.write("Co-lead call", applications.create_call, CallInput(
        "SPP", "co_lead", "SPP co-leads", TODAY - timedelta(days=9), TODAY)).value
    with pytest.raises(InvalidInput, match="call for co-leads"):
        desk.read(sr.find_call, str(lead_call))
    with pytest.raises(NotAllowed, match="selection rounds are for core-partner calls"):
        desk.read(sr.get_round, lead_call)


def test_list_selection_calls_newest_first_with_rounds(desk, world):
    desk.write("Pick", sr.set_picked, world.call_id, [])
    calls = desk.read(sr.list_selection_calls)
    assert [c.title for c in calls] == [CALL_TITLE, "SPP core partners call 2024"]
    assert [c.has_round for c in calls] == [True, False]
    assert calls[0].programme_code == "SPP" and calls[0].closes_on == CLOSES


def test_readable_sentences_name_the_candidates(desk, world):
    r = _round(desk, world)
    problem = r.problem(seats=3, rules=[{"name": "Eastern Europe", "attribute": "regional_group", "value": "EEG",
                                         "min": 2}])
    check = recheck(problem, [world.key("ru"), world.key("ke")])
    sentence = check.rules[0].message
    assert world.key("ru") in sentence
    assert r.readable(sentence) == "Eastern Europe: 1, needs at least 2: only Министерство природных ресурсов."


# --- the demo network's round ------------------------------------------------------------------------

def _demo_round(path):
    from opn_desk.db.store import open_store
    from opn_desk.services.demo import TODAY as DEMO_TODAY
    from opn_desk.services.demo import generate_demo
    from opn_desk.services.desk import Desk

    opened = open_store(path)
    try:
        generate_demo(opened, seed=3, organisations=300)
        desk = Desk(opened, actor="t")
        call = desk.read(sr.find_call, "SPP core partners call 2026")
        return desk.read(sr.get_round, call, today=DEMO_TODAY)
    finally:
        opened.close()


def test_the_demo_has_a_saved_feasible_round_for_spp(tmp_path):
    r = _demo_round(tmp_path / "demo.sqlite")
    assert r.round_id is not None and r.seats == 12 and list(r.rules) == sr.default_rule_dicts(12)
    applicants = [m for m in r.pool if m.application_id is not None]
    assert len(applicants) >= 24 and all(m.status in sr.POOL_STATUSES for m in applicants)
    assert sum(1 for m in applicants if m.score > 0) >= 20  # reviewed
    assert {m.regional_group for m in applicants} >= {"AFRICA", "APG", "EEG", "GRULAC", "WEOG"}
    assert {m.cluster for m in applicants} >= {"government", "intergovernmental", "civil_society",
                                               "scientific_technical", "private_sector"}
    genders = [m.representative_gender for m in r.pool]
    assert genders.count("female") >= 12 and "male" in genders
    assert sum(1 for m in r.pool if m.incumbent and m.application_id is None) == 5
    assert sum(1 for m in applicants if m.incumbent) >= 2 and r.excluded
    slate = best_slate(r.problem())
    assert slate is not None and recheck(r.problem(), slate.ids).ok
    assert len(r.picked) == 10 and len(r.scenarios) == 1
    scenario = r.scenarios[0]
    assert len(scenario.selected) == 12 and recheck(r.problem(rules=scenario.rules), scenario.selected).ok
    # Deterministic: the same seed gives the same round.
    again = _demo_round(tmp_path / "again.sqlite")
    assert [m.key for m in again.pool] == [m.key for m in r.pool]
    assert again.scenarios[0].selected == scenario.selected and again.picked == r.picked


def test_pin_rules_and_notes_are_saved_one_at_a_time(desk, world):
    """Each write changes only its own field, so two saves made from the same stale copy both stick."""
    ke, cl = world.key("ke"), world.key("cl")
    desk.write("Notes", sr.set_notes, world.call_id, "  Kept the Kenyan buyers.  ")
    desk.write("Pin in", sr.set_pin, world.call_id, ke, True)
    desk.write("Pin out", sr.set_pin, world.call_id, cl, False)
    desk.write("Rules", sr.set_rules, world.call_id, seats=7, rules=sr.default_rule_dicts(7))
    r = _round(desk, world)
    assert (r.notes, r.pins, r.seats) == ("Kept the Kenyan buyers.", {ke: True, cl: False}, 7)
    desk.write("Unpin", sr.set_pin, world.call_id, ke, None)
    assert _round(desk, world).pins == {cl: False}
    desk.undo()
    assert _round(desk, world).pins == {ke: True, cl: False}
    with pytest.raises(InvalidInput):
        desk.write("Pin", sr.set_pin, world.call_id, world.key("screen"), True)  # not in the pool
    with pytest.raises(InvalidInput):
        desk.write("Rules", sr.set_rules, world.call_id, seats=0, rules=[])
    assert _round(desk, world).seats == 7


def test_an_incumbent_whose_application_was_declined_renews_through_it_not_by_a_tick(desk, world):
    """The Refused Institute is a core partner in office whose renewal application was not accepted."""
    from datetime import date

    from opn_desk.db.models import Membership, Programme

    def in_office(session):
        spp = session.scalar(select(Programme).where(Programme.code == "SPP"))
        session.add(Membership(organisation_id=world.orgs["no"], programme_id=spp.id, role="core_partner",
                               term_start=date(2024, 1, 1), term_end=CLOSES + timedelta(days=30), status="active"))

    desk.write("In office", in_office)
    r = _round(desk, world)
    [refused] = [m for m in r.excluded if m.organisation_id == world.orgs["no"]]
    assert refused.incumbent and not refused.seeking_renewal
    assert (refused.application_id, refused.status) == (world.apps["no"], "not_accepted")
    assert refused.key not in {m.key for m in r.pool}
    with pytest.raises(NotAllowed, match="its application is not accepted"):
        desk.write("Seeks renewal", sr.set_seeking_renewal, world.call_id, world.orgs["no"], True)
    assert refused.key not in {m.key for m in _round(desk, world).pool}


def test_merging_two_candidates_keeps_the_round_whole_and_undoes(desk, world):
    from opn_desk.services.duplicates import merge_organisations

    unep, pl = world.orgs["unep"], world.orgs["pl"]
    r = _six_seats(desk, world)  # both incumbents seek renewal: a candidate row each in the round
    desk.write("Score", sr.set_incumbent_score, world.call_id, pl, 4.5)
    desk.write("Pin", sr.set_pin, world.call_id, str(pl), True)
    desk.write("Pick", sr.set_picked, world.call_id, [str(pl), world.key("ke"), str(unep)])
    desk.write("Scenario", sr.save_scenario, world.call_id, "With Poland", [str(pl), world.key("ke")])
    before = _round(desk, world)
    desk.write("Merge", merge_organisations, unep, pl)
    after = _round(desk, world)
    assert after.pins == {str(unep): True}
    assert after.picked == (str(unep), world.key("ke"))
    assert after.scenarios[0].selected == (str(unep), world.key("ke"))
    [row] = desk.read(lambda s: s.scalars(select(SelectionCandidate).where(
        SelectionCandidate.organisation_id == unep)).all())
    assert row.seeking_renewal and row.score == 4.5  # the merged record's score, the kept one had none
    assert str(pl) not in {m.key for m in (*after.pool, *after.excluded)}
    desk.undo()
    again = _round(desk, world)
    assert (again.pins, again.picked, again.scenarios[0].selected) == (before.pins, before.picked,
                                                                     before.scenarios[0].selected)
    assert r.round_id == again.round_id
