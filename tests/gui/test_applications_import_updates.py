"""The import wizard on a registry exported with its ``id`` column and edited in a spreadsheet: the rows
with an id update those organisations, as `opn-desk import organisations FILE` does (the same service,
services/organisation_update.py): the check shows field by field what changes (now -> after), an
unknown id is a row problem, the export's derived columns are ignored with a warning, and the import
is one undoable step."""

from __future__ import annotations

import csv
import uuid

import pytest
from sqlalchemy import select
from test_applications_helpers import T, build, open_applications


@pytest.fixture
def opened(db_path, open_window, qtbot):
    build(db_path)
    return open_applications(open_window, qtbot)


def _exported(window, tmp_path):
    from opn_desk.services.export import export_organisations

    out = tmp_path / "registry.csv"
    export_organisations(window.opened.desk, out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _write(path, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _org(desk, org_id):
    from opn_desk.db.models import Organisation

    return desk.read(lambda s: s.scalar(select(Organisation).where(Organisation.id == org_id)))


def _to_check(page, qtbot, path):
    page.import_file("organisations")
    wizard = page.wizard
    assert wizard.file_page.organisations_radio.isChecked()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    preview = wizard.preview_page
    # An exported registry skips the matching page: its columns are the export's own.
    qtbot.waitUntil(lambda: wizard.currentPage() is preview and preview.preview is not None
                    and not preview.checking, timeout=T)
    return wizard, preview


def test_an_exported_registry_edited_and_imported_back_updates_those_organisations(opened, qtbot, tmp_path):
    window, page = opened
    rows = _exported(window, tmp_path)
    assert "id" in rows[0] and "programmes" in rows[0]
    first, second = rows[0], rows[1]
    first_id, second_id = uuid.UUID(first["id"]), uuid.UUID(second["id"])
    old_acronym, old_name = first["acronym"], second["name"]
    count_before = len(rows)
    first["acronym"] = "NEW-ACR"
    second["name"] = old_name + " (renamed)"
    first["programmes"] = "SOMETHING ELSE"  # derived by the export: ignored with a warning
    path = _write(tmp_path / "registry edited.csv", rows)

    wizard, preview = _to_check(page, qtbot, path)
    assert preview.isComplete(), preview.problem_lines()
    lines = preview.change_lines()
    assert len(lines) == 2
    assert f"{first['name']} | acronym | {old_acronym} | NEW-ACR" in "\n".join(lines)
    assert any(line.endswith(f"name | {old_name} | {old_name} (renamed)") for line in lines)
    assert preview.changes.isVisible() and not preview.duplicates.isVisible()
    assert "2 changes to 2 organisations" in preview.summary_label.text()
    warnings = [line for line in preview.problem_lines() if "Warning:" in line]
    assert any(line.startswith("1 | programmes | Warning: Ignored: the export derives") for line in warnings)
    assert _org(window.opened.desk, first_id).acronym == old_acronym  # nothing written by the check

    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=T)
    assert wizard.summary_page.summary_label.text() == \
        "Updated from registry edited.csv: 2 changes to 2 organisations."
    wizard.accept()
    assert _org(window.opened.desk, first_id).acronym == "NEW-ACR"
    assert _org(window.opened.desk, second_id).name == old_name + " (renamed)"
    assert len(_exported(window, tmp_path)) == count_before  # updated, not created
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=T)
    assert window.undo_action.text() == "&Undo Update organisations from registry edited.csv"

    window.undo()  # one step puts every value back
    qtbot.waitUntil(lambda: _org(window.opened.desk, first_id).acronym == old_acronym, timeout=T)
    assert _org(window.opened.desk, second_id).name == old_name


def test_an_unknown_id_is_a_row_problem_and_nothing_is_written(opened, qtbot, tmp_path):
    window, page = opened
    rows = _exported(window, tmp_path)
    known = uuid.UUID(rows[0]["id"])
    old = rows[0]["acronym"]
    rows[0]["acronym"] = "CHANGED"
    rows[1]["id"] = str(uuid.uuid4())
    path = _write(tmp_path / "registry.csv", rows)
    wizard, preview = _to_check(page, qtbot, path)
    assert not preview.isComplete()
    problems = [line for line in preview.problem_lines() if "Warning:" not in line]
    assert len(problems) == 1 and problems[0].startswith("3 | id | ")
    assert "No organisation has the id" in problems[0]
    assert "1 problem must be corrected" in preview.summary_label.text()
    # Leaving the row out makes the rest importable, as --exclude-rows does.
    assert preview.exclude_box.isVisible()
    preview.exclude_box.setChecked(True)
    qtbot.waitUntil(lambda: not preview.checking and preview.isComplete(), timeout=T)
    assert len(preview.change_lines()) == 1
    wizard.reject()
    assert _org(window.opened.desk, known).acronym == old


def test_a_file_as_exported_changes_nothing(opened, qtbot, tmp_path):
    window, page = opened
    path = _write(tmp_path / "as exported.csv", _exported(window, tmp_path))
    wizard, preview = _to_check(page, qtbot, path)
    assert preview.change_lines() == [] and not preview.changes.isVisible()
    assert "nothing would change" in preview.summary_label.text()
    assert not preview.isComplete()  # nothing to import
    wizard.reject()
