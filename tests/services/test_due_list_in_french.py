"""Issue 16 for the due list and the portfolio's due-diligence checklist: the due list's sentences (and the
dates inside them, "21 mars 2026") are written in the officer's language; the checklist's items are shown
in it while the stored keys stay the English item text (existing desks have them; the laptop merge merges
the checklist per key).

The French comes from packaging/translations (fr.py and every fr_*.py) and the vocabulary's labels, as
packaging/update_translations.py merges them into the shipped catalogue."""

from __future__ import annotations

import runpy
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from opn_desk import i18n
from opn_desk.db.models import DueDiligenceReview, utcnow
from opn_desk.domain.applications import ApplicationInput
from opn_desk.domain.registry import MembershipInput, OrganisationInput
from opn_desk.domain.vocab import Role
from opn_desk.services import applications, due, portfolio, portfolio_view, registry
from opn_desk.services.portfolio import InitiativeInput

ROOT = Path(__file__).resolve().parents[2]
_WORDS = runpy.run_path(str(ROOT / "packaging" / "update_translations.py"))
FR = {**{k: v for k, v in _WORDS["vocabulary"]("fr").items() if v}, **_WORDS["words"]("fr")}
TODAY = date(2026, 3, 1)


@pytest.fixture
def french():
    i18n.install(lambda _context, text: FR.get(text, text), "fr")
    yield
    i18n.install(None)


def _org(desk, name: str):
    return desk.write(f"Add {name}", registry.create_organisation, OrganisationInput(name)).value


def _member(desk, name: str, role: Role, end: date):
    return desk.write("Member", registry.add_membership,
                      MembershipInput(_org(desk, name), "SPP", role, date(2024, 3, 1), end)).value


def test_terms_ending_are_written_in_french_with_french_dates(desk, french):
    soon = _member(desk, "Soon Org", Role.CORE_PARTNER, date(2026, 3, 21))
    late = _member(desk, "Late Org", Role.CO_LEAD, date(2026, 2, 1))
    items = {i.record_id: i.sentence for i in desk.read(due.term_items, today=TODAY)}
    assert items[soon] == "Le mandat de Soon Org comme partenaire principal de SPP prend fin le 21 mars 2026, dans 20 jours."
    assert items[late] == ("Le mandat de Late Org comme co-responsable de SPP a pris fin le 1er février 2026, il y a "
                           "28 jours, mais l’adhésion est toujours active ; renouvelez-la ou mettez-y fin.")
    assert not any("2026-" in sentence for sentence in items.values())


def test_the_same_terms_in_english_without_a_translator(desk):
    soon = _member(desk, "Soon Org", Role.CORE_PARTNER, date(2026, 3, 21))
    [item] = desk.read(due.term_items, today=TODAY)
    assert item.record_id == soon
    assert item.sentence == "The term of Soon Org as core partner of SPP ends on 21 March 2026, in 20 days."


def test_a_long_wait_is_written_in_french(desk, french):
    app = desk.write("Record", applications.record_application, ApplicationInput(
        _org(desk, "Slow Org"), "SPP", Role.NETWORK_MEMBER, received_on=date.today() - timedelta(days=3)), []).value
    [item] = desk.read(due.waiting_items, now=utcnow() + timedelta(days=20))  # 20 days after it was recorded
    assert item.record_id == app
    assert item.sentence == ("La candidature de Slow Org pour être membre du réseau de SPP est en attente de "
                             "présélection depuis 20 jours.")


def _in_due_diligence(desk) -> object:
    lead = _org(desk, "Lead Org")
    made = desk.write("create", portfolio.create_initiative,
                      InitiativeInput("Ecolabel guide", "SPP", lead, "affiliated", (), other_sdgs=(12,),
                                      countries=("KEN",), sector="Food"), today=TODAY).value
    desk.write("dd", portfolio.move_initiative, made, "due diligence", today=TODAY)
    return made


def test_the_checklist_is_shown_in_french_while_its_keys_stay_english(desk, french):
    made = _in_due_diligence(desk)  # a review begun in French: its keys are the English items all the same
    stored = desk.read(lambda s: s.scalar(select(DueDiligenceReview.checklist)
                                          .where(DueDiligenceReview.initiative_id == made)))
    assert set(stored) == set(portfolio.DUE_DILIGENCE_CHECKLIST)
    review = desk.read(portfolio_view.initiative_detail, made, today=TODAY).review
    assert [item for item, _done in review.checklist] == list(portfolio.DUE_DILIGENCE_CHECKLIST)
    assert [portfolio.checklist_item_words(item) for item, _done in review.checklist] == [
        "Contribue aux objectifs du programme", "Partenaire en règle (a rendu compte au dernier cycle)",
        "Aucun conflit avec les principes du réseau", "Les cibles sont mesurables et assorties d’échéances"]
    # An item the desk does not know (written by an older version, say) is shown as stored.
    assert portfolio.checklist_item_words("Site visit done") == "Site visit done"


def test_an_existing_english_checklist_still_reads_and_decides_in_french(desk):
    made = _in_due_diligence(desk)
    desk.write("check", portfolio.record_due_diligence, made,
               {portfolio.DUE_DILIGENCE_CHECKLIST[0]: True, portfolio.DUE_DILIGENCE_CHECKLIST[1]: True}, "So far")
    i18n.install(lambda _context, text: FR.get(text, text), "fr")
    try:
        review = desk.read(portfolio_view.initiative_detail, made, today=TODAY).review
        assert [done for _item, done in review.checklist] == [True, True, False, False]
        desk.write("check", portfolio_view.review_due_diligence, made,
                   {item: True for item, _done in review.checklist}, "Tout va bien", "include", letter="Bienvenue",
                   decided_by="Desk", today=TODAY)
    finally:
        i18n.install(None)
    stored = desk.read(lambda s: s.scalar(select(DueDiligenceReview.checklist)
                                          .where(DueDiligenceReview.initiative_id == made)))
    assert stored == {item: True for item in portfolio.DUE_DILIGENCE_CHECKLIST}
    [row] = [r for r in desk.read(portfolio.initiatives, today=TODAY) if r.id == made]
    assert row.status == "affiliated" and row.due_diligence_decision == "include"
