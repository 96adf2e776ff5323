"""The registry editor checks by hand what an import checks: a website that is not a web address is refused
in one sentence (the import's own rule), a name that matches an organisation already in the registry
warns as intake does, and the History tab reads in the desk's words (labels, not field keys and codes) and
says when a record has no history yet."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

T = 10_000


def _open(window, qtbot, name: str):
    """Open the organisation in the registry's editor, as another area asks for it."""
    model = window.registry.model
    org_id = next(model.row_at(r).id for r in range(model.rowCount()) if model.row_at(r).name == name)
    window.show_organisation(org_id)
    editor = window.registry.editor
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.name == name, timeout=T)
    return editor


# -- the website -------------------------------------------------------------------------------------

def test_the_service_refuses_a_website_that_is_not_a_web_address(desk):
    from opn_desk.domain.registry import OrganisationInput, is_web_address
    from opn_desk.services import registry
    from opn_desk.services.errors import InvalidInput
    from opn_desk.services.intake_import import _website_ok

    assert _website_ok is is_web_address  # one rule for the import and the editor
    for bad in ("not a website", "localhost", "www.", "call us"):
        assert not _website_ok(bad)  # the import refuses it too
        with pytest.raises(InvalidInput) as refused:
            desk.write("Add", registry.create_organisation, OrganisationInput("Acme Foundation", website=bad))
        assert refused.value.field == "website"
        assert str(refused.value) == f"“{bad}” is not a web address; write it like www.example.org."
    assert desk.read(registry.organisation_choices, "Acme") == []  # nothing was written
    made = desk.write("Add", registry.create_organisation,
                      OrganisationInput("Acme Foundation", website="https://acme.example.org/about")).value
    assert desk.read(registry.get_organisation, made).website == "https://acme.example.org/about"


def test_the_editor_refuses_a_website_that_is_not_a_web_address(window, qtbot):
    editor = _open(window, qtbot, "Ghana Standards Authority")
    version = editor.version
    editor.ui.websiteEdit.setText("gsa dot gov dot gh")
    editor.save()
    qtbot.waitUntil(lambda: editor.ui.messageLabel.isVisible(), timeout=T)
    text = editor.ui.messageLabel.text()
    assert text == "“gsa dot gov dot gh” is not a web address; write it like www.example.org."
    assert "border" in editor.ui.websiteEdit.styleSheet() and editor.dirty
    # Nothing was written: a web address is then saved.
    assert editor.version == version
    editor.ui.websiteEdit.setText("www.gsa.gov.gh")
    editor.save()
    qtbot.waitUntil(lambda: editor.detail.website == "www.gsa.gov.gh", timeout=T)
    assert not editor.ui.messageLabel.isVisible()


# -- duplicates ---------------------------------------------------------------------------------------

def test_a_new_organisation_named_like_one_in_the_registry_warns(window, qtbot):
    window.new_organisation_action.trigger()
    editor = window.registry.editor
    qtbot.waitUntil(editor.isVisible, timeout=T)
    assert editor.is_new and not editor.duplicate_label.isVisible()
    qtbot.keyClicks(editor.ui.nameEdit, "Ghana Standards Authority")
    qtbot.waitUntil(editor.duplicate_label.isVisible, timeout=T)
    assert [m.name for m in editor.duplicate_matches] == ["Ghana Standards Authority"]
    assert "may already be in the registry" in editor.duplicate_label.text()
    assert "Ghana Standards Authority" in editor.duplicate_label.text()
    # A name that matches nothing: the warning goes.
    editor.ui.nameEdit.clear()
    qtbot.keyClicks(editor.ui.nameEdit, "Quite Unheard Of Cooperative")
    qtbot.waitUntil(lambda: not editor.duplicate_label.isVisible(), timeout=T)


def test_renaming_an_organisation_to_another_ones_name_warns_but_opening_one_does_not(window, qtbot):
    editor = _open(window, qtbot, "Nigeria Consumer Council")
    qtbot.wait(500)
    assert not editor.duplicate_label.isVisible()  # the record itself is not its own duplicate
    editor.ui.nameEdit.selectAll()
    qtbot.keyClicks(editor.ui.nameEdit, "Nordic Swan Ecolabel")
    qtbot.waitUntil(editor.duplicate_label.isVisible, timeout=T)
    assert [m.name for m in editor.duplicate_matches] == ["Nordic Swan Ecolabel"]
    # Opening another record forgets the warning.
    editor.dirty = False
    _open(window, qtbot, "Japan Eco-Label Association")
    assert not editor.duplicate_label.isVisible()


# -- history ------------------------------------------------------------------------------------------

def _history_lines(editor) -> list[str]:
    tree = editor.ui.historyTree
    lines = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        lines.append(top.text(0))
        lines += [top.child(j).text(0) for j in range(top.childCount())]
    return lines


def test_the_history_names_fields_and_values_by_their_labels(window, qtbot):
    editor = _open(window, qtbot, "Zebra Crossing Institute")
    ui = editor.ui
    ui.clusterCombo.setCurrentIndex(ui.clusterCombo.findData("scientific_technical"))
    ui.websiteEdit.setText("www.zci.example.org")
    editor.save()
    qtbot.waitUntil(lambda: editor.detail.website == "www.zci.example.org" and ui.historyTree.topLevelItemCount() >= 2,
                    timeout=T)
    lines = _history_lines(editor)
    text = "\n".join(lines)
    assert "Organisation: Stakeholder cluster: Civil society → Scientific and technical" in text
    assert "Organisation: Website: (empty) → www.zci.example.org" in text
    for key in ("stakeholder_cluster", "civil_society", "scientific_technical", "country_id", "stakeholder cluster:"):
        assert key not in text
    # The record's creation lists its fields by label too.
    created = next(line for line in lines if line.startswith("Organisation added"))
    assert "Name: Zebra Crossing Institute" in created and "Stakeholder cluster: Civil society" in created


def test_a_record_without_history_says_so(qtbot, open_window, db_path):
    with sqlite3.connect(db_path) as db:
        (org_id,) = db.execute("SELECT id FROM organisation WHERE name = 'Zebra Crossing Institute'").fetchone()
        db.execute("DELETE FROM audit_entry WHERE record_id = ?", (org_id,))
    db.close()
    window = open_window()
    editor = _open(window, qtbot, "Zebra Crossing Institute")
    tree = editor.ui.historyTree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=T)
    assert tree.topLevelItem(0).text(0).startswith("No history yet")
    assert tree.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsEnabled == Qt.ItemFlag.NoItemFlags
