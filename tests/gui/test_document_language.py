"""The window's "Language of the document" (issue 16): the print preview offers it, a choice builds the
document again in that language, and the documents built on the window's workers follow it while the
window keeps its own language."""

from __future__ import annotations

import pytest


@pytest.fixture
def a_pdf(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "one.pdf"
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "One page")
    page.save()
    return path


@pytest.fixture(autouse=True)
def _window_language():
    from opn_desk.gui.widgets import document_language

    document_language.choose("")
    yield
    document_language.choose("")


def test_the_preview_offers_the_document_s_language_and_builds_it_again(qtbot, a_pdf):
    from opn_desk.gui.widgets import document_language
    from opn_desk.gui.widgets.print_preview import PdfPreviewDialog

    rebuilt: list[str] = []
    dialog = PdfPreviewDialog(a_pdf, "One", rebuild=lambda: rebuilt.append(document_language.chosen()))
    qtbot.addWidget(dialog)
    box = dialog.language_combo
    assert [box.itemData(i) for i in range(box.count())] == ["", "en", "fr", "es"]
    assert box.currentData() == ""  # by default, the window's language
    box.setCurrentIndex(box.findData("fr"))
    assert rebuilt == ["fr"] and document_language.chosen() == "fr"
    again = PdfPreviewDialog(a_pdf, "One", rebuild=lambda: None)
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "fr"  # the choice holds for the next documents
    plain = PdfPreviewDialog(a_pdf, "One")  # nothing to build again: no choice offered
    qtbot.addWidget(plain)
    assert not hasattr(plain, "language_combo")


def test_a_document_s_work_runs_in_the_language_chosen_when_it_was_asked_for():
    import threading

    from opn_desk import i18n
    from opn_desk.gui.widgets import document_language

    def work(_desk, _progress, _abort):
        return i18n.current_language(), i18n.translate("Reports", "Leadership renewal dossier")

    def on_a_worker(job):
        done = []
        worker = threading.Thread(target=lambda: done.append(job(None, None, None)))
        worker.start()
        worker.join()
        return done[0]

    i18n.install(lambda _context, text: text, "en")  # the window, in English
    try:
        document_language.choose("fr")
        job = document_language.in_document_language(work)
        document_language.choose("es")  # a later choice does not change a document already asked for
        assert on_a_worker(job) == ("fr", "Dossier de renouvellement de la direction")
        assert i18n.current_language() == "en"
        document_language.choose("")
        assert on_a_worker(document_language.in_document_language(work)) == ("en", "Leadership renewal dossier")
    finally:
        i18n.install(None)


@pytest.fixture
def french_window(qapp, open_window):
    from PySide6.QtCore import QLocale

    from opn_desk.gui.window.preferences_dialog import install_language

    assert install_language(qapp, QLocale("fr")), "no French catalogue"
    try:
        yield open_window()
    finally:
        install_language(qapp, QLocale("en"))


def test_a_french_window_exports_french_headers_as_shown_and_prints_french_documents(french_window, qtbot, tmp_path):
    """Translated column headers are for the window's "as shown" exports (the CLI's columns never change,
    tests/test_languages.py); the window's language is also the documents' by default."""
    import openpyxl

    from opn_desk import i18n

    assert i18n.current_language() == "fr"
    assert i18n.translate("Reports", "Leadership renewal dossier") == "Dossier de renouvellement de la direction"
    registry = french_window.registry
    qtbot.waitUntil(lambda: not registry.model.loading and registry.model.total > 0, timeout=20_000)
    done = []
    registry.export.export(tmp_path / "organisations.xlsx", success=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    headers = [cell.value for cell in next(openpyxl.load_workbook(tmp_path / "organisations.xlsx").active.iter_rows())]
    assert "Pays" in headers and "Groupe régional" in headers and "Country" not in headers
    with i18n.report_language("en"):
        assert i18n.translate("Reports", "Leadership renewal dossier") == "Leadership renewal dossier"
    assert i18n.translate("Reports", "Leadership renewal dossier") == "Dossier de renouvellement de la direction"


@pytest.fixture
def leadership_page(qtbot, tmp_path):
    from opn_desk.db.store import open_store
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.leadership.page import LeadershipPage
    from opn_desk.gui.window.opening import open_desk
    from opn_desk.services.demo import generate_demo

    path = tmp_path / "demo.sqlite"
    store = open_store(path)
    try:
        generate_demo(store, organisations=80)
    finally:
        store.close()
    opened = open_desk(path)
    page = LeadershipPage(opened.runner, Settings())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=20_000)
    yield page
    if page.preview is not None:
        page.preview.close()
    opened.close()


def test_the_dossier_s_preview_prints_it_again_in_french_while_the_window_stays_english(leadership_page, qtbot):
    import subprocess

    from opn_desk import i18n

    def text(path) -> str:
        return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())

    page = leadership_page
    page.build_dossier(edition="summary")
    qtbot.waitUntil(lambda: page.preview is not None, timeout=30_000)
    english = page.preview
    assert "Leadership renewal: summary for the Board" in text(english.path)
    box = english.language_combo
    box.setCurrentIndex(box.findData("fr"))  # "Language of the document": Français
    qtbot.waitUntil(lambda: page.preview is not None and page.preview is not english, timeout=30_000)
    french = text(page.preview.path)
    assert "Renouvellement de la direction : résumé pour le Conseil" in french and "PROJET" in french
    assert page.preview.language_combo.currentData() == "fr"
    assert i18n.current_language() != "fr"  # the window's own language is untouched
