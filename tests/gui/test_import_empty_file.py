"""The import wizard refuses a file with nothing to import, as the command does, and writes nothing."""

from __future__ import annotations

import pytest
from test_applications_helpers import T, build, open_applications


@pytest.fixture
def opened(db_path, open_window, qtbot):
    build(db_path)
    return open_applications(open_window, qtbot)


def test_a_header_only_file_is_refused_on_the_file_page(opened, qtbot, tmp_path):
    window, page = opened
    path = tmp_path / "partners.csv"
    path.write_text("organisation,country,stakeholder_cluster\n\n", encoding="utf-8")
    undo_before = window.runner.undo_text
    page.import_file("organisations")
    wizard = page.wizard
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(wizard.file_page.error_label.isVisible, timeout=T)
    assert wizard.file_page.error_label.text() == (
        "partners.csv cannot be imported. The file has a header row but no rows below it, so there is nothing "
        "to import.")
    assert wizard.currentPage() is wizard.file_page  # never reaches the matching or the import
    wizard.reject()
    assert window.runner.undo_text == undo_before
