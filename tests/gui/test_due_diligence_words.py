"""Issue 16: the due-diligence dialog shows the checklist's items in the officer's language, and gives back
the stored keys (the English item text) whatever the language, so a desk's checklist reads and saves the
same in French (services/portfolio.checklist_item_words)."""

from __future__ import annotations

from opn_desk.services.portfolio import DUE_DILIGENCE_CHECKLIST
from opn_desk.services.portfolio_view import Review

# As an existing desk has it: the four items under their English keys, and one the desk no longer offers.
STORED = Review(tuple((item, k % 2 == 0) for k, item in enumerate(DUE_DILIGENCE_CHECKLIST)) + (("Site visit", True),),
                "", None, None, "", "")


def test_the_checklist_is_shown_in_french_and_saved_under_its_english_keys(qtbot, french):
    from opn_desk.gui.portfolio.due_diligence import DueDiligenceDialog

    dialog = DueDiligenceDialog(None, "Ecolabel guide", STORED, True)
    qtbot.addWidget(dialog)
    assert [box.text() for box in dialog.items] == [
        "Contribue aux objectifs du programme", "Partenaire en règle (a rendu compte au dernier cycle)",
        "Aucun conflit avec les principes du réseau", "Les cibles sont mesurables et assorties d’échéances",
        "Site visit"]
    assert [box.isChecked() for box in dialog.items] == [True, False, True, False, True]
    dialog.items[1].setChecked(True)
    assert dialog.checklist() == {**{item: True for item in DUE_DILIGENCE_CHECKLIST},
                                  DUE_DILIGENCE_CHECKLIST[3]: False, "Site visit": True}


def test_the_checklist_in_english_is_its_keys(qtbot):
    from opn_desk.gui.portfolio.due_diligence import DueDiligenceDialog

    dialog = DueDiligenceDialog(None, "Ecolabel guide", STORED, True)
    qtbot.addWidget(dialog)
    assert [box.text() for box in dialog.items] == [*DUE_DILIGENCE_CHECKLIST, "Site visit"]
    assert dialog.checklist() == dict(STORED.checklist)
