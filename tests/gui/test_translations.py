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
