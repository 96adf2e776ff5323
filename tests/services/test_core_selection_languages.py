"""Issue 16 for the core-partner selection: what the Selection page and `opn-desk select` explain (the
balance of a slate, refusals of a rule or a pool) and the calls' default evaluation criteria come out in
the officer's language, through opn_desk/i18n.py, with the translations shipped in packaging/translations."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from opn_desk import i18n
from opn_desk.domain.applications import CallInput
from opn_desk.selection import Candidate, SelectionProblem, default_rules, recheck
from opn_desk.selection.files import SelectionInputError, read_pool
from opn_desk.services import applications, reviews
from opn_desk.services import selection_round as sr
from opn_desk.services.errors import InvalidInput


def _problem() -> SelectionProblem:
    """Four candidates for four seats under the ToR's rules; only one female representative."""
    pool = [Candidate(f"ORG-{k}", 4.0 - k, {"name": f"Org {k}", "regional_group": group, "stakeholder_cluster": "gov",
                                            "representative_gender": gender})
            for k, (group, gender) in enumerate([("AFRICA", "female"), ("AFRICA", "male"), ("EEG", "male"),
                                                 ("GRULAC", "male")])]
    return SelectionProblem(tuple(pool), tuple(default_rules(4, one_per_parent=False)), 4)


def test_a_slates_balance_is_explained_in_french(french):
    check = recheck(_problem(), ["ORG-0", "ORG-1", "ORG-2"])
    assert check.seats_message == "Sièges : 3 sur 4 pourvus, 1 restants."
    women = next(r for r in check.rules if r.name == "Représentante désignée")  # the default rule's name
    assert women.state == "broken"  # the state stays a code (opn-desk select --json reads it)
    assert women.message == "Représentante désignée : 1, il en faut au moins 2 : seulement Org 0 (ORG-0)."
    assert not any("needs at least" in r.message or "at most" in r.message for r in check.rules)


def test_the_same_balance_in_english_without_a_translator():
    check = recheck(_problem(), ["ORG-0", "ORG-1", "ORG-2"])
    assert check.seats_message == "Seats: 3 of 4 filled, 1 to go."
    women = next(r for r in check.rules if r.name == "Female representative")
    assert women.message == "Female representative: 1, needs at least 2: only Org 0 (ORG-0)."


def test_a_refused_rule_and_a_refused_pool_say_why_in_french(french, tmp_path):
    with pytest.raises(InvalidInput) as refused:
        sr.rules_from_dicts([{"name": "Afrique", "attribute": "regional_group", "value": "AFRICA", "min": 3,
                              "max": 2}], 5)
    assert str(refused.value) == "Règle 1 (Afrique) : min 3 est supérieur à max 2."
    with pytest.raises(InvalidInput, match="Le nombre de sièges est un nombre entier de 1 à 500."):
        sr.rules_from_dicts([], 0)
    (tmp_path / "pool.csv").write_text("id,score\nORG-1,abc\n", encoding="utf-8")
    with pytest.raises(SelectionInputError) as bad_pool:
        read_pool(tmp_path / "pool.csv")
    assert str(bad_pool.value) == f"{tmp_path / 'pool.csv'}, ligne 2 : la note « abc » n’est pas un nombre."


def test_a_default_criterion_shows_translated_and_an_edited_one_as_edited(desk, french):
    today = date.today()
    call = desk.write("Call", applications.create_call, CallInput(
        "SPP", "core_partner", "SPP core partners", today - timedelta(days=30), today)).value
    criteria = desk.read(reviews.list_criteria, call)
    names = [c.name for c in criteria]
    assert "Pertinence de l’expertise" in names and "Relevance of expertise" not in names
    assert criteria[0].description == "Expertise pertinente pour les objectifs du programme."
    # Saving the criterion as shown (the French name, a new weight) keeps the stored default: still
    # translated, in whatever language the desk is read next.
    first = criteria[0]
    desk.write("Reweight", applications.edit_criterion, first.id, first.name, 3.0, first.description)
    i18n.install(None)
    assert desk.read(reviews.list_criteria, call)[0].name == "Relevance of expertise"
    i18n.install(lambda _context, text: french.get(text, text), "fr")
    # A name the desk wrote itself shows as written.
    desk.write("Rename", applications.edit_criterion, first.id, "Expertise in circular procurement", 3.0, "")
    edited = desk.read(reviews.list_criteria, call)[0]
    assert (edited.name, edited.weight, edited.description) == ("Expertise in circular procurement", 3.0, "")
