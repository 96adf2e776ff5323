"""The desk's fixed wording that lives as data in the domain (the renewal steps, the default balance rules'
names, the shipped screening checks, the intake form's work-streams and sectors) reaches the officer's
language, in the window and in the documents, from the catalogue's generated contexts
(packaging/update_translations.py: `domain_words`), while what is stored stays the domain's English.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

T = 30_000
FRENCH_STEPS = ("Convenir de la nécessité, des étapes et du calendrier", "Appel ouvert à manifestations d’intérêt",
                "Examen des candidatures", "Soumission au Conseil")
ENGLISH_STEPS = ("Agree on the need, the steps and the timeline", "Open call for expressions of interest",
                 "Review of applications", "Submission to the Board")


@pytest.fixture
def french():
    from opn_desk.gui.window.preferences_dialog import install_language

    app = QApplication.instance()
    assert install_language(app, QLocale("fr")), "no fr catalogue"
    yield
    install_language(app, QLocale("en"))


def pdf_text(path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
                    .stdout.split())


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext)")
def test_a_french_renewal_dossier_names_the_steps_and_checklist_in_french(cli, demo_path, tmp_path):
    out = tmp_path / "dossier.pdf"
    made = cli("report", "dossier", "--db", demo_path, "--programme", "SPP", "--out", out, "--lang", "fr")
    assert made.returncode == 0, made.stderr
    text = pdf_text(out)
    for title in FRENCH_STEPS:
        assert title in text, title
    assert "Examen des candidatures" in text and "En cours" in text and "Terminée" in text
    assert "La planification de la relève jusqu’en 2030 a été examinée" in text
    for title in ENGLISH_STEPS[:1] + ENGLISH_STEPS[2:]:  # step 2's words are also in the demo's evidence note
        assert title not in text, title
    assert "In progress" not in text and "Succession planning up to 2030" not in text
    # the proposed leadership's balance: the vocabulary's and the default rules' words, and the rules' states
    assert "Secteur privé" in text and "Groupe des États d'Europe orientale" in text and "À la limite" in text
    assert "Private sector" not in text and "Civil society" not in text and "At the edge" not in text


def test_the_french_window_shows_the_renewal_steps_in_french(french, open_window, demo_path, qtbot):
    window = open_window(demo_path)
    window.show_area("leadership")
    page = window.page("leadership")
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=T)
    steps = page.steps
    assert [steps.table.item(row, 1).text() for row in range(steps.table.rowCount())] == list(FRENCH_STEPS)
    assert steps.step_title.text() == "Examen des candidatures"  # the step the demo process is at
    assert steps.description_label.text().startswith("Le Secrétariat examine les candidatures")
    assert steps.state_label.text() == "En cours"
    assert steps.table.item(0, 2).text().startswith("Terminée")


def test_the_french_window_names_the_default_balance_rules_in_french_and_stores_them_in_english(
        french, open_window, demo_path, qtbot):
    window = open_window(demo_path)
    window.show_area("selection")
    page = window.page("selection")
    qtbot.waitUntil(lambda: page.balance.check is not None, timeout=T)
    shown = {row.name.text() for row in page.balance._rows}
    assert {"Groupe des États d'Afrique", "Société civile", "Représentante désignée"} <= shown
    assert not shown & {"Africa", "Civil society", "Female representative"}
    # the round's rules keep their stored names: shown in French, saved in the shipped English words
    assert "Représentante désignée" in page.balance.rule_states()
    assert "Female representative" in {rule.get("name") for rule in page.round.rules}


def test_a_rule_the_desk_named_itself_is_shown_as_written():
    from opn_desk import i18n
    from opn_desk.services.selection_report_data import rule_name_words

    with i18n.report_language("fr"):
        assert rule_name_words("Africa") == "Groupe des États d'Afrique"
        assert rule_name_words("Africa #2") == "Groupe des États d'Afrique #2"
        assert rule_name_words("Three from Eastern Europe") == "Three from Eastern Europe"
        assert rule_name_words("Done") == "Done"  # a word of another context is not a default rule's name
    with i18n.report_language("es"):
        assert rule_name_words("One per parent organisation") == "Una por organización matriz"


def test_the_screening_checklist_editor_shows_french_and_saves_the_shipped_words(french, opened_demo_runner,
                                                                                  qtbot):
    from opn_desk.domain.applications import default_checklist
    from opn_desk.gui.applications.checklist_dialog import ChecklistDialog

    dialog = ChecklistDialog(opened_demo_runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.items.count() > 0, timeout=T)
    role = dialog.role
    shown = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert "Coordonnées vérifiées" in shown and "Contact details verified" not in shown
    assert dialog.current_items() == list(default_checklist(role))  # unchanged: saved in the shipped words
    dialog.items.item(0).setText("Statut juridique vérifié")
    assert dialog.current_items()[0] == "Statut juridique vérifié"  # the officer's own words, as written


@pytest.fixture
def opened_demo_runner(demo_path):
    from opn_desk.gui.window.opening import open_desk

    opened = open_desk(demo_path)
    yield opened.runner
    opened.close()


def test_the_intake_form_offers_the_work_streams_and_sectors_in_french(french):
    from opn_desk.domain.applications import PRIORITY_SECTORS, WORK_STREAMS
    from opn_desk.gui.applications.intake_parts import _vocab

    assert [_vocab(s) for s in WORK_STREAMS][:2] == ["Appui à la mise en œuvre", "Marchés sectoriels"]
    assert [_vocab(s) for s in PRIORITY_SECTORS] == ["Construction", "Alimentation", "TIC", "Santé"]
