"""Issue 16: the service layer's refusals and sentences reach the officer in the officer's language.

A French backend is installed the way the window and the command line install theirs
(`opn_desk.i18n.install`), from this task's French catalogue (packaging/translations/fr_core-services-a.py)
and the desk's words for the codes (vocab.py's first French spelling, as packaging/update_translations.py
files them under "Vocabulary"). Without a backend everything stays English (the other service tests).
"""

from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from opn_desk import i18n
from opn_desk.db.models import Membership, Programme
from opn_desk.domain import vocab
from opn_desk.domain.applications import ApplicationInput
from opn_desk.domain.registry import OrganisationInput, PersonInput
from opn_desk.domain.renewal import ProcessInput
from opn_desk.domain.terms import HOLDING_OVER, THREE_MONTHS
from opn_desk.domain.vocab import ApplicationStatus as S
from opn_desk.services import applications, registry, renewal, reviews, terms
from opn_desk.services.duplicates import DuplicateCandidate, find_duplicates, merge_organisations
from opn_desk.services.errors import InvalidInput, NotAllowed

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()


def _catalogue(language: str) -> dict[str, str]:
    spec = importlib.util.spec_from_file_location(
        f"{language}_core_services_a", ROOT / "packaging" / "translations" / f"{language}_core-services-a.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TRANSLATIONS


def _vocabulary(language: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for name in dir(vocab):
        words = getattr(vocab, name)
        if isinstance(words, vocab.Vocabulary):
            for term in words:
                forms = getattr(term, language, ())
                if forms:
                    found.setdefault(term.label, forms[0])
    return found


FR = _catalogue("fr")
ES = _catalogue("es")


def _backend(table: dict[str, str], words: dict[str, str]):
    return lambda context, text: (words if context == "Vocabulary" else table).get(text, text)


@pytest.fixture
def french():
    i18n.install(_backend(FR, _vocabulary("fr")), "fr")
    yield
    i18n.install(None)


@pytest.fixture
def spanish():
    i18n.install(_backend(ES, _vocabulary("es")), "es")
    yield
    i18n.install(None)


def _org(desk, name: str) -> object:
    return desk.write(f"Add {name}", registry.create_organisation, OrganisationInput(name)).value


def _network_application(desk, name: str):
    data = ApplicationInput(_org(desk, name), "SPP", "network_member", received_on=TODAY - timedelta(days=30))
    return desk.write("Record application", applications.record_application, data).value


# --- merging -----------------------------------------------------------------------------------------

def test_a_refused_merge_is_in_french(desk, french):
    keep, dup, other = _org(desk, "Centre A"), _org(desk, "Centre A bis"), _org(desk, "Centre C")
    desk.write("Merge", merge_organisations, keep, dup)
    with pytest.raises(NotAllowed) as refused:
        desk.write("Merge again", merge_organisations, other, dup)
    assert str(refused.value) == "Centre A bis a déjà été fusionnée dans une autre organisation."
    with pytest.raises(NotAllowed) as into_merged:
        desk.write("Merge into the merged one", merge_organisations, dup, other)
    assert str(into_merged.value).startswith("Centre A bis a elle-même été fusionnée")


def test_the_reasons_a_record_may_be_a_duplicate_are_in_french(desk, french):
    desk.write("Add", registry.create_organisation, OrganisationInput("Food Office", website="https://food.example.org"))
    found = desk.read(find_duplicates, DuplicateCandidate(name="Food Office", website="www.food.example.org"))
    assert found and "le même nom" in found[0].reasons
    assert "le même domaine de site web example.org" in found[0].reasons


# --- the application's lifecycle -----------------------------------------------------------------------

def test_a_refused_application_transition_is_in_french(desk, french):
    app = _network_application(desk, "Réseau Vert")
    with pytest.raises(NotAllowed) as refused:
        desk.write("Accept", applications.move_application, app, S.ACCEPTED.value)
    assert str(refused.value) == ("Une candidature qui vient d’être reçue ne peut pas passer à « Acceptée » ; elle "
                                  "peut passer à Présélection ou Retirée.")
    with pytest.raises(InvalidInput) as no_reason:
        desk.write("Withdraw", applications.move_application, app, S.WITHDRAWN.value, "  ")
    assert no_reason.value.field == "reason"
    assert str(no_reason.value) == "Retirer une candidature demande une raison."
    desk.write("Screen", applications.move_application, app, S.SCREENING.value)
    with pytest.raises(NotAllowed) as back:
        desk.write("Back", applications.move_application, app, S.RECEIVED.value)
    assert str(back.value) == "Une candidature en présélection ne peut pas revenir à « Reçue »."


def test_the_english_refusal_is_unchanged_without_a_translator(desk):
    app = _network_application(desk, "Green Network")
    with pytest.raises(NotAllowed, match="^An application that was just received cannot move to Accepted; it can "
                                         "move to Screening or Withdrawn.$"):
        desk.write("Accept", applications.move_application, app, S.ACCEPTED.value)


def test_a_duplicate_application_and_a_reviewer_conflict_are_in_french(desk, french):
    org = _org(desk, "Bureau Solaire")
    data = ApplicationInput(org, "SPP", "network_member", received_on=TODAY - timedelta(days=3))
    desk.write("Record", applications.record_application, data)
    with pytest.raises(NotAllowed) as twice:
        desk.write("Record again", applications.record_application, data)
    assert str(twice.value) == "Bureau Solaire a déjà une candidature en cours pour être membre du réseau de SPP."
    app = desk.read(applications.list_applications, applications.ApplicationQuery())[0].id
    reviewer = desk.write("Add", registry.add_person, PersonInput(org, "Inès")).value
    assert desk.read(reviews.conflict_reason, app, reviewer) == (
        "Inès ne peut pas noter cette candidature : cette personne travaille pour le candidat, Bureau Solaire.")


# --- the renewal process ---------------------------------------------------------------------------------

def test_a_renewal_step_refusal_is_in_french_with_a_french_date(desk, french):
    pid = desk.write("Open", renewal.create_process, ProcessInput("SPP", "Renouvellement")).value
    started = TODAY - timedelta(days=5)
    desk.write("Start", renewal.start_step, pid, 1, on=started)
    with pytest.raises(NotAllowed) as again:
        desk.write("Start again", renewal.start_step, pid, 1)
    assert str(again.value) == "L’étape 1 est déjà en cours."
    with pytest.raises(InvalidInput) as early:
        desk.write("Close", renewal.close_step, pid, 1, on=started - timedelta(days=3))
    assert str(early.value) == (f"L’étape 1 a commencé le {i18n.long_date(started, 'fr')} ; elle ne peut pas être "
                                "clôturée avant.")
    assert any(month in str(early.value) for month in i18n._MONTHS["fr"])
    with pytest.raises(NotAllowed) as second:
        desk.write("Another", renewal.create_process, ProcessInput("SPP", "Encore"))
    assert str(second.value).startswith("SPP a déjà un processus de renouvellement en cours (Renouvellement)")


# --- terms of office -------------------------------------------------------------------------------------

@pytest.fixture
def terms_ending(desk):
    """An active co-lead of SPP whose term ended on 31 December 2025, and a core partner whose term ends on
    1 March 2026."""

    def build(session):
        spp = session.scalar(select(Programme).where(Programme.code == "SPP"))
        lead = registry.create_organisation(session, OrganisationInput("Ministère de l’Environnement"))
        partner = registry.create_organisation(session, OrganisationInput("Agence Verte"))
        session.add_all([
            Membership(organisation_id=lead, programme_id=spp.id, role="co_lead", term_start=date(2024, 1, 1),
                       term_end=date(2025, 12, 31), status="active"),
            Membership(organisation_id=partner, programme_id=spp.id, role="core_partner",
                       term_start=date(2024, 3, 2), term_end=date(2026, 3, 1), status="active"),
        ])
        session.flush()

    desk.write("Build", build)


def test_a_term_alert_is_in_french_with_a_french_long_date(desk, terms_ending, french):
    alerts = desk.read(terms.term_alerts, today=date(2026, 1, 3))
    by_kind = {a.kind: a.sentence for a in alerts}
    assert by_kind[HOLDING_OVER] == (
        "Ministère de l’Environnement, co-responsable de SPP, est en prolongation : son mandat s’est terminé le "
        "31 décembre 2025 (il y a 3 jours) et aucun successeur n’a été nommé.")
    assert by_kind[THREE_MONTHS] == (
        "Agence Verte, partenaire principal de SPP, termine son mandat le 1er mars 2026, dans 57 jours (moins de "
        "3 mois).")
    one_day = desk.read(terms.term_alerts, today=date(2026, 1, 1))
    assert "(il y a 1 jour)" in next(a.sentence for a in one_day if a.kind == HOLDING_OVER)


def test_a_term_alert_is_in_spanish(desk, terms_ending, spanish):
    alerts = desk.read(terms.term_alerts, today=date(2026, 1, 3))
    holding = next(a.sentence for a in alerts if a.kind == HOLDING_OVER)
    assert holding == ("Ministère de l’Environnement, co-líder de SPP, está en prórroga: su mandato terminó el "
                       "31 de diciembre de 2025 (hace 3 días) y no se ha nombrado sucesor.")


def test_a_term_alert_in_english_by_default(desk, terms_ending):
    alerts = desk.read(terms.term_alerts, today=date(2026, 1, 2))
    holding = next(a.sentence for a in alerts if a.kind == HOLDING_OVER)
    assert holding == ("Ministère de l’Environnement, co-lead of SPP, is holding over: its term ended on "
                       "31 December 2025 (2 days ago) and no successor has been appointed.")
