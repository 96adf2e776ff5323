"""Examples for the pure core: rounding, no group, pins, ties, re-check sentences, why-not, alternates,
comparison and the ToR's default rules."""

from __future__ import annotations

import pytest

from opn_desk.selection import (
    BalanceRule,
    Candidate,
    SelectionProblem,
    alternates,
    best_slate,
    compare,
    default_rules,
    explain,
    recheck,
    why_not,
)
from opn_desk.selection.balance import BROKEN, EDGE, MET
from opn_desk.selection.model import id_order


def cand(cid: str, score: float = 1.0, **attributes: str) -> Candidate:
    return Candidate(cid, score, attributes)


def test_shares_round_up_for_minima_and_down_for_maxima():
    assert BalanceRule("g", "f", min_share=0.5).bounds(41) == (21, None)
    assert BalanceRule("g", "f", max_share=0.4).bounds(41) == (0, 16)
    assert BalanceRule("g", "f", min_share=0.5, max_share=0.5).bounds(40) == (20, 20)  # exact, no float noise
    assert BalanceRule("g", "f", min_share=0.1).bounds(30) == (3, None)


def test_rule_validation_speaks_plainly():
    with pytest.raises(ValueError, match="min 3 is above max 1"):
        BalanceRule("g", "x", min=3, max=1)
    with pytest.raises(ValueError, match="not a share between 0 and 1"):
        BalanceRule("g", "x", max_share=1.2)
    with pytest.raises(ValueError, match="leave out value"):
        BalanceRule("parent", "x", per_value=True, max=1)


def test_an_empty_attribute_counts_as_no_group():
    pool = (cand("A", 5, region="AFRICA"), cand("B", 4, region=""), cand("C", 3), cand("D", 9, region="WEOG"))
    rule = BalanceRule("region", "", min=2, name="No group")
    problem = SelectionProblem(pool, (rule,), 2)
    assert best_slate(problem).ids == ("B", "C")
    check = recheck(problem, ["A", "B"])
    assert check.rules[0].count == 1 and check.rules[0].state == BROKEN
    assert check.rules[0].message == "No group: 1, needs at least 2: only B."
    # A rule without a name is titled in words, never codes.
    assert BalanceRule("region", "", min=1).title == "Region: no region"
    assert BalanceRule("regional_group", "EEG", min=1).title == "UN regional group: Eastern Europe"
    assert BalanceRule("stakeholder_cluster", None, min=1, per_value=True).title == "Stakeholder cluster (each value)"


def test_values_match_ignoring_case_and_spaces():
    pool = (cand("A", 1, g=" Female "), cand("B", 5, g="male"))
    problem = SelectionProblem(pool, (BalanceRule("g", "female", min=1),), 1)
    assert best_slate(problem).ids == ("A",)


def test_pins_force_in_and_out():
    pool = tuple(cand(f"C{i}", float(i)) for i in range(1, 6))
    problem = SelectionProblem(pool, (), 2, {"C5": False, "C1": True})
    assert best_slate(problem).ids == ("C1", "C4")


def test_ties_prefer_earlier_ids_in_natural_order():
    pool = tuple(cand(f"ORG-{i}", 1.0) for i in (10, 9, 2, 1, 11))
    problem = SelectionProblem(pool, (), 3)
    assert best_slate(problem).ids == ("ORG-1", "ORG-2", "ORG-9")
    assert sorted(["ORG-10", "ORG-9", "org-1"], key=id_order) == ["org-1", "ORG-9", "ORG-10"]


def test_recheck_states_and_sentences():
    pool = (cand("A", region="EEG"), cand("B", region="AFRICA"), cand("C", region="AFRICA"),
            cand("D", region="AFRICA", name="Kenya Ministry"))
    rules = (BalanceRule("region", "EEG", min=2, name="Eastern Europe"),
             BalanceRule("region", "AFRICA", max=2, name="Africa"),
             BalanceRule("region", "AFRICA", min=1, name="Africa at least one"))
    problem = SelectionProblem(pool, rules, 4)
    check = recheck(problem, ["A", "B", "C", "D"])
    eeg, africa, one = check.rules
    assert (eeg.count, eeg.min, eeg.max, eeg.state) == (1, 2, None, BROKEN)
    assert eeg.message == "Eastern Europe: 1, needs at least 2: only A."
    assert africa.state == BROKEN and africa.message == "Africa: 3, at most 2 allowed: B, C, Kenya Ministry (D)."
    assert one.state == MET and one.message == "Africa at least one: 3 (at least 1)."
    assert not check.ok and check.seats_message == "Seats: 4 of 4 filled."
    edge = recheck(problem, ["A", "B", "C"]).rules[1]
    assert edge.state == EDGE
    assert recheck(problem, []).rules[0].message == "Eastern Europe: 0, needs at least 2: none picked."


def test_recheck_per_value_rule_names_the_value():
    pool = (cand("A", parent="UNEP"), cand("B", parent="UNEP"), cand("C", parent=""), cand("D", parent=""))
    problem = SelectionProblem(pool, (BalanceRule("parent", per_value=True, max=1, name="One per parent"),), 4)
    check = recheck(problem, ["A", "B", "C", "D"])
    assert check.rules[0].state == BROKEN and check.rules[0].count == 2
    assert check.rules[0].message == "One per parent: UNEP: 2, at most 1 allowed: A, B."
    # candidates without a parent are not capped together
    assert recheck(problem, ["A", "C", "D"]).rules[0].state == EDGE


def test_recheck_of_40_seats_and_many_rules_answers_the_same_warm_as_cold():
    """The window rechecks the slate on every pick from per-attribute caches warmed on opening; the answer
    must be the one a fresh problem gives, after the picks change too. (Its speed, 10 ms for 40 seats and
    30 rules, is measured by tests/benchmarks/selection.py, ``recheck_p95_ms``.)"""
    groups, clusters = ["AFRICA", "APG", "EEG", "GRULAC", "WEOG"], ["gov", "igo", "cso", "sci", "pri"]
    pool = tuple(cand(f"C{i}", regional_group=groups[i % 5], stakeholder_cluster=clusters[i // 5 % 5],
                      representative_gender="female" if i % 2 else "male", parent_organisation=f"P{i % 300}",
                      country_iso3=f"K{i % 90}") for i in range(2000))
    rules = default_rules(40, incumbents=(5, 20), country_max=2, ldc_min=3)
    rules += [BalanceRule("stakeholder_cluster", c, max_share=0.35) for c in clusters]
    rules += [BalanceRule("regional_group", g, min_share=0.1, name=f"{g} 10%") for g in groups]
    rules += [BalanceRule("representative_gender", "male", max_share=0.5)]
    problem = SelectionProblem(pool, tuple(rules), 40)
    picks = [c.id for c in pool[:40]]
    recheck(problem, picks)  # warm the per-attribute caches, as the window would on opening
    for changed in (picks, picks[1:] + [pool[45].id], picks[:39] + [pool[101].id], picks[:20]):
        warm = recheck(problem, changed)
        cold = recheck(SelectionProblem(pool, tuple(rules), 40), changed)
        assert warm == cold
        assert [(r.state, r.count) for r in warm.rules] == [(r.state, r.count) for r in cold.rules]
    assert len(warm.rules) == len(rules) and not warm.ok  # 20 picks leave the slate short of 40 seats


def test_why_not_reports_the_score_lost():
    pool = (cand("A", 10, g="f"), cand("B", 9, g="m"), cand("C", 3, g="m"), cand("D", 1, g="f"))
    problem = SelectionProblem(pool, (BalanceRule("g", "f", min=1),), 2)
    assert best_slate(problem).ids == ("A", "B")
    answer = why_not(problem, "C")
    assert answer.score_lost == pytest.approx(6)
    assert answer.leaves == ("B",) and answer.joins == ("C",)
    assert "6.00 less than the optimum 19.00" in answer.message
    assert why_not(problem, "A").message == "A is already in the best slate."


def test_why_not_names_the_rules_that_would_break():
    pool = (cand("A", 10, g="f"), cand("B", 9, g="m"), cand("C", 3, g="m"))
    problem = SelectionProblem(pool, (BalanceRule("g", "m", max=1, name="At most one man"),), 2, {"B": True})
    answer = why_not(problem, "C")
    assert answer.with_candidate is None and answer.conflict == ("At most one man",)
    assert "cannot join without breaking" in answer.message and "At most one man (at most 1)" in answer.message


def test_alternates_are_swaps_that_keep_balance():
    pool = (cand("A", 10, g="f"), cand("B", 9, g="m"), cand("C", 8, g="m"), cand("D", 7, g="f"), cand("E", 1, g="f"))
    problem = SelectionProblem(pool, (BalanceRule("g", "f", min=1),), 2)
    slate = best_slate(problem)
    assert slate.ids == ("A", "B")
    found = alternates(problem, slate, 3)
    assert [(a.candidate, a.replaces) for a in found] == [("C", "B"), ("D", "B"), ("E", "B")]
    assert found[0].score_change == pytest.approx(-1)


def test_compare_two_scenarios():
    pool = (cand("A", 3, g="f"), cand("B", 2, g="m"), cand("C", 1, g="f"))
    problem = SelectionProblem(pool, (BalanceRule("g", "f", min=2, name="Women"),), 2)
    result = compare(problem, {"optimum": ["A", "C"], "by hand": ["A", "B"]})
    assert [s.score for s in result.slates] == [4, 5]
    assert result.rules[0].counts == (2, 1)
    assert result.common == ("A",) and result.only == {"optimum": ("C",), "by hand": ("B",)}
    assert result.broken("by hand") == ("Women",)


def test_default_rules_follow_the_terms_of_reference():
    rules = default_rules(40, incumbents=(10, 20), country_max=3, ldc_min=2)
    names = [r.title for r in rules]
    assert names[:5] == ["Africa", "Asia and the Pacific", "Eastern Europe", "Latin America and the Caribbean",
                         "Western Europe and Others"]
    assert all(r.bounds(40) == (1, 16) for r in rules[:5])
    assert all(r.bounds(40) == (1, None) for r in rules[5:10])
    assert rules[10].bounds(40) == (20, None) and rules[10].value == "female"
    assert "Continuity (incumbents)" in names and "One per parent organisation" in names
    assert next(r for r in rules if r.title == "One per parent organisation").per_value
    assert len(default_rules(40)) == 12


def test_explanation_words_and_closest_slate():
    pool = (cand("A", 5, region="EEG"), cand("B", 4, region="WEOG"), cand("C", 3, region="WEOG"))
    problem = SelectionProblem(pool, (BalanceRule("region", "EEG", min=2, name="Eastern Europe"),), 2)
    assert best_slate(problem) is None
    e = explain(problem)
    assert e.conflict == ("Eastern Europe",)
    assert e.reasons == ("Eastern Europe: needs at least 2, but only 1 candidate has region EEG: A.",)
    assert e.closest.ids == ("A", "B") and e.relaxed[0].by == 1
    assert any("relaxes Eastern Europe by 1 below its minimum" in s for s in e.sentences())


def test_minima_of_one_attribute_adding_up_beyond_the_seats():
    pool = tuple(cand(f"C{i}", region="AB"[i % 2]) for i in range(10))
    rules = (BalanceRule("region", "A", min=3, name="Group A"), BalanceRule("region", "B", min=3))
    e = explain(SelectionProblem(pool, rules, 5))
    assert "The minima for region add up to 6 (Group A needs 3, Region: B needs 3), more than the 5 seats." in e.reasons
    assert len(e.conflict) == 2


REGIONS = ("AFRICA", "APG", "EEG", "GRULAC", "WEOG")
CLUSTERS = ("government", "intergovernmental", "civil_society", "private_sector", "scientific_technical")


def test_with_four_seats_the_regional_and_the_cluster_minima_are_two_separate_conflicts():
    # Every region meets every cluster in the pool: the two families of minima conflict separately.
    pool = tuple(cand(f"C{n}", float(n % 7), regional_group=r, stakeholder_cluster=c,
                      representative_gender="female" if n % 2 else "male")
                 for n, (r, c) in enumerate(((r, c) for r in REGIONS for c in CLUSTERS), start=1))
    problem = SelectionProblem(pool, tuple(default_rules(4)), 4)
    e = explain(problem)
    regions = {"Africa", "Asia and the Pacific", "Eastern Europe", "Latin America and the Caribbean",
               "Western Europe and Others"}
    clusters = {"Government", "UN and other inter-governmental", "Civil society", "Private sector",
                "Scientific and technical"}
    assert len(e.conflicts) == 2
    assert set(map(frozenset, e.conflicts)) == {frozenset(clusters), frozenset(regions)}
    assert e.conflict == e.conflicts[0]
    words = e.sentences()
    assert "The rules conflict in 2 separate ways, so dropping a single rule cannot settle it: each conflict " \
           "needs a change of its own." in words
    assert any(s.startswith("Conflict 1: these rules cannot all be met together: ") for s in words)
    assert any(s.startswith("Conflict 2: these rules cannot all be met together: ") for s in words)
    assert not any("any one of them" in s for s in words)  # the claim that was false
    # What settles it was solved for: one region and one cluster dropped leave rules that can all be met.
    settled = next(s for s in words if s.startswith("Dropping these rules, one from each conflict, settles it"))
    dropped = e.settlement.drops
    assert len(dropped) == 2 and len(set(dropped) & regions) == 1 and len(set(dropped) & clusters) == 1
    assert all(name in settled for name in dropped)
    kept = [r for r, name in zip(problem.rules, problem.rule_names, strict=True) if name not in dropped]
    assert best_slate(problem.with_changes(rules=kept)) is not None


def test_a_rule_whose_dropping_alone_leaves_a_conflict_is_not_said_to_settle_it():
    pool = (cand("A", g="x"), cand("B", g="x"), cand("C", g="y"), cand("D", g="y"))
    rules = (BalanceRule("g", "x", min=2, name="Two x"), BalanceRule("g", "x", max=1, name="At most one x"),
             BalanceRule("g", "x", max=0, name="No x"))
    e = explain(SelectionProblem(pool, rules, 2))
    assert len(e.conflicts) == 1 and "Two x" in e.conflict and len(e.conflict) == 2
    other = next(name for name in e.conflict if name != "Two x")
    words = e.sentences()
    assert "Dropping one of these alone settles it (the other rules can then all be met): Two x." in words
    assert f"Dropping one of these alone does not, as other rules conflict too: {other}." in words
    assert not any("any one of them settles it" in s for s in words)

    # Three minima for one seat: each pair conflicts; no single rule of the first pair settles it.
    pool = (cand("A", g="x"), cand("B", g="y"), cand("C", g="z"))
    rules = tuple(BalanceRule("g", v, min=1, name=f"One {v}") for v in "xyz")
    e = explain(SelectionProblem(pool, rules, 1))
    assert len(e.conflicts) == 1 and len(e.conflict) == 2
    assert ("Dropping any one of them alone does not settle it, as other rules conflict too; dropping all of "
            "them does: the other rules can then all be met.") in e.sentences()


def test_why_not_lifts_a_pin_out_and_says_so():
    pool = (cand("A", 10), cand("B", 9), cand("C", 8))
    problem = SelectionProblem(pool, (), 2, {"A": False})
    answer = why_not(problem, "A")
    assert answer.message == ("A is pinned out (the pin is lifted for this answer). With A in, the best slate "
                              "scores 19.00, 2.00 more than the optimum 17.00: A in for C.")
    assert answer.joins == ("A",) and answer.leaves == ("C",) and answer.score_lost == pytest.approx(-2)


def test_one_rule_alone_is_named_as_such():
    pool = (cand("A", g="x"), cand("B", g="y"))
    e = explain(SelectionProblem(pool, (BalanceRule("g", "x", min=2, name="Two x"),), 2))
    assert "This rule cannot be met, whatever the other rules say: Two x (at least 2)." in e.sentences()


def test_the_selection_core_needs_no_database_and_no_qt():
    import ast
    from pathlib import Path

    import opn_desk.selection

    for path in Path(opn_desk.selection.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        bad = {m for m in names if m.startswith(("sqlalchemy", "PySide6", "opn_desk.db", "opn_desk.services",
                                                 "opn_desk.gui", "opn_desk.cli"))}
        assert not bad, f"{path.name} imports {bad}"
