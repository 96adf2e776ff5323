"""The window in French, as a French desk officer reads it (issue 16): the organisation editor's form
(compiled from ui/organisation_editor.ui) and its History tab's field names reach the catalogues and
read in French; the registry's roles, the reporting rates and the selection's scores are written in
French ("Partenaire principal", "33 %", "4,31").

pyside6-lupdate skips the u"..." literals pyside6-uic writes, and a label kept in a table and translated
through a variable; either way the text stayed English in a French window ("History", "When", "Name").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
T = 10_000


def _extracted(tmp_path, *files: str) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ts = tmp_path / "check.ts"
    subprocess.run([str(lupdate), *files, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}


def test_the_editor_forms_text_and_the_historys_field_names_reach_the_catalogue(tmp_path):
    found = _extracted(tmp_path, "opn_desk/gui/forms/ui_organisation_editor.py",
                       "opn_desk/gui/registry/editor_history.py")
    for text in ("History", "When", "Who", "What", "Details", "&Name", "Save", "Revert",
                 "Name", "Website", "Stakeholder cluster", "Term end", "Other name", "Membership"):
        assert ("OrganisationEditor", text) in found, text


def test_the_compiled_form_has_no_literal_lupdate_would_skip():
    text = (ROOT / "opn_desk/gui/forms/ui_organisation_editor.py").read_text(encoding="utf-8")
    assert 'translate("OrganisationEditor", u"' not in text


@pytest.fixture
def french():
    from opn_desk.gui.window.preferences_dialog import install_language

    app = QApplication.instance()
    assert install_language(app, QLocale("fr")), "no French catalogue"
    yield
    install_language(app, QLocale("en"))


def test_the_history_tab_its_headers_and_its_field_names_read_in_french(french, window, qtbot):
    """Needs the shipped catalogue refreshed (packaging/update_translations.py) after this change."""
    model = window.registry.model
    row = next(model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).name == "Zebra Crossing Institute")
    window.show_organisation(row.id)
    editor = window.registry.editor
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.name == row.name, timeout=T)
    ui = editor.ui
    ui.websiteEdit.setText("www.zci.example.org")
    editor.save()
    qtbot.waitUntil(lambda: editor.detail.website == "www.zci.example.org" and ui.historyTree.topLevelItemCount() >= 2,
                    timeout=T)
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.historyTab)) == "Historique"
    header = ui.historyTree.headerItem()
    assert [header.text(i) for i in range(3)] == ["Quand", "Qui", "Quoi"]
    tree = ui.historyTree
    lines = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        lines += [top.child(j).text(0) for j in range(top.childCount())]
    text = "\n".join(lines)
    assert "Site web" in text and "Nom" in text, text
    for english in ("Website", "Name:", "Organisation added", "(empty)"):
        assert english not in text, text


def test_the_registry_names_roles_rates_and_scores_in_french(french, open_window, demo_path, qtbot):
    window = open_window(demo_path)
    model = window.registry.model
    column = [c.key for c in model._columns].index("roles")
    roles = {model.index(r, column).data() for r in range(model.rowCount())} - {""}
    assert roles, "no organisation with a role on the first page"
    words = {w for text in roles for w in text.split(", ")}
    assert not words & {"Co-lead", "Core partner", "Network member"}, words
    assert "Partenaire principal" in words, words

    window.show_area("reporting")
    page = window.page("reporting")
    qtbot.waitUntil(lambda: page.view is not None and bool(page.role_chart.bars), timeout=T)
    rate = page.view.summary.rate
    assert f"({round(rate.rate * 100)}\u202f%)" in page.headline.text(), page.headline.text()
    assert "%)" not in page.headline.text().replace("\u202f%)", "")
    assert all(bar.words.split(" (")[0].endswith("\u202f%") for bar in page.role_chart.bars)


def test_the_selection_pool_writes_scores_with_a_decimal_comma_in_french(french):
    from opn_desk.gui.core import labels

    assert labels.decimal(4.31) == "4,31"
    assert labels.percent(0.33) == "33\u202f%"
