"""Translations: the French catalogue loads and the window's menus and areas speak French; without a
catalogue for the language, the English text stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale


@pytest.fixture
def translated(qapp):
    from opn_desk.gui.window.app import install_translations

    installed = []

    def install(language: str):
        installed.extend(install_translations(qapp, QLocale(language)))
        return installed

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())  # numbers: as before the test


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_french_menus_and_areas(translated, qtbot, tmp_path):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.window.main_window import MainWindow
    from opn_desk.paths import resource

    assert resource("translations", "opn_desk_fr.qm").is_file()
    assert any(Path(t.filePath()).name == "opn_desk_fr.qm" for t in translated("fr"))
    window = MainWindow(None, Settings(), path=tmp_path / "desk.sqlite")  # the window as it opens a file
    qtbot.addWidget(window)
    assert _menu_titles(window) == ["&Fichier", "É&dition", "&Organisations", "&Aide"]
    assert window.quit_action.text() == "&Quitter"
    assert [window.nav.item(r).text() for r in range(3)] == ["Organisations", "Candidatures", "Sélection"]
    assert window.opening_page.label.text() == "Ouverture de desk.sqlite…"


def test_a_language_without_a_catalogue_stays_english(translated, qtbot, tmp_path):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.window.main_window import MainWindow

    assert not any(Path(t.filePath()).name.startswith("opn_desk_") for t in translated("sw"))
    window = MainWindow(None, Settings(), path=tmp_path / "desk.sqlite")
    qtbot.addWidget(window)
    assert _menu_titles(window) == ["&File", "&Edit", "&Organisations", "&Help"]


def test_service_sentences_go_through_the_windows_translator(translated, qapp, tmp_path):
    """A service's sentence (here Desk's, raised on the database worker's side) is looked up in Qt's
    translator once the window has installed its translations: the French and Spanish catalogues can
    reach it. Without a translation it stays English."""
    from PySide6.QtCore import QTranslator

    from opn_desk import i18n
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk
    from opn_desk.services.errors import NotAllowed

    class French(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if (context, source) == ("Desk", "There is nothing to undo."):
                return "Il n'y a rien à annuler."
            return ""

    french = French(qapp)
    translated("fr")  # what the window does at start-up: Qt's translators, and the services' boundary
    QCoreApplication.installTranslator(french)
    store = open_store(tmp_path / "desk.sqlite", create=True)
    try:
        with pytest.raises(NotAllowed) as undo:
            Desk(store).undo()
        assert str(undo.value) == "Il n'y a rien à annuler."
        with pytest.raises(NotAllowed) as redo:
            Desk(store).redo()
        assert str(redo.value) == "There is nothing to redo."  # no translation: English
    finally:
        QCoreApplication.removeTranslator(french)
        i18n.install(None)
        store.close()
    assert i18n.translate("Desk", "There is nothing to undo.") == "There is nothing to undo."


def test_the_language_chosen_in_preferences_applies_without_a_restart(window, qapp, monkeypatch):
    """Edit › Preferences' language: saved in the preferences the command line reads too, Qt's
    translators swapped at once (a dialog opened afterwards is French), numbers in French; back to
    English the same way."""
    from opn_desk.gui.core import labels
    from opn_desk.gui.widgets.dialogs import PreferencesDialog
    from opn_desk.gui.window.preferences_dialog import apply_language, install_language, language_box
    from opn_desk.preferences import Preferences

    monkeypatch.delenv("OPN_DESK_LANGUAGE", raising=False)
    try:
        box = language_box("")
        assert [box.itemData(i) for i in range(box.count())] == ["", "en", "fr", "es"]
        assert PreferencesDialog(window, "", language_box=box).windowTitle() == "Preferences"

        apply_language(window, "fr")
        assert Preferences.load().language == "fr"
        dialog = PreferencesDialog(window, "", language_box=language_box("fr"))
        assert dialog.windowTitle() == "Préférences"
        assert dialog.language_box.currentData() == "fr"
        assert labels.number(12345) in ("12\u202f345", "12\u00a0345", "12 345")
        assert labels.regional_group("AFRICA") == "Afrique"  # the window's geographic name (vocab.group_name)
        assert labels.percent(0.756) == "76\u202f%"

        apply_language(window, "es")
        assert PreferencesDialog(window, "", language_box=language_box("es")).windowTitle() == "Preferencias"
        assert labels.role("core_partner") == "Socio principal"

        apply_language(window, "en")
        assert Preferences.load().language == "en"
        assert PreferencesDialog(window, "", language_box=language_box("en")).windowTitle() == "Preferences"
        assert labels.number(12345) == "12,345" and labels.percent(0.756) == "76%"
    finally:
        install_language(qapp, QLocale.system())
