"""Every list exports to Excel "as shown": its columns in the order shown under their headers (not code
names), its rows after the filters and in the sort shown, each value as displayed; a list read a page at
a time (the registry) exports every row of its query, not only the rows loaded; text that a spreadsheet
would run stays text."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from opn_desk.gui.widgets.table_export import shown_table

T = 20_000


@pytest.fixture
def demo_window(open_window, tmp_path, demo_template):
    from opn_desk.db.backup import copy_database

    return open_window(copy_database(demo_template, tmp_path / "demo.sqlite"))


def read_sheet(path: Path) -> tuple[list[str], list[list[str]]]:
    sheet = openpyxl.load_workbook(path).active
    values = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    return values[0], values[1:]


def export_and_read(export, qtbot, path: Path) -> tuple[list[str], list[list[str]]]:
    done = []
    export.export(path, success=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=T)
    return read_sheet(path)


def test_the_registry_exports_every_row_of_its_query_in_the_order_and_columns_shown(demo_window, qtbot, tmp_path):
    registry = demo_window.registry
    model, table = registry.model, registry.table
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # Z to A, sorted in SQL
    qtbot.waitUntil(lambda: model.query.descending and not model.loading and model.total == 300, timeout=T)
    header = table.horizontalHeader()
    header.moveSection(header.visualIndex(2), 0)  # Country shown first
    assert model.rowCount() < 300  # only the first page is loaded

    headers, rows = export_and_read(registry.export, qtbot, tmp_path / "organisations.xlsx")

    shown = shown_table(table)
    assert headers == shown.headers == ["Country", "Name", "Acronym", "Regional group", "Stakeholder cluster",
                                        "Programmes", "Roles"]
    assert len(rows) == 300  # every organisation of the query, not the 200 loaded
    assert rows[:len(shown.rows)] == shown.rows  # the values as displayed, in the order shown
    names = [r[1] for r in rows]
    assert names[0] == model.data(model.index(0, 0)) and names[-1] != names[0]


def test_a_filtered_registry_exports_only_what_matches(demo_window, qtbot, tmp_path):
    registry = demo_window.registry
    registry.search.setText("ministry")
    registry._apply_search()
    qtbot.waitUntil(lambda: registry.model.query.text == "ministry" and not registry.model.loading, timeout=T)
    total = registry.model.total
    assert 0 < total < 300

    _headers, rows = export_and_read(registry.export, qtbot, tmp_path / "ministries.xlsx")

    assert len(rows) == total
    assert rows == shown_table(registry.table).rows  # all loaded: exactly the rows shown


def test_the_slate_and_the_pool_export_as_filtered_and_sorted(demo_window, qtbot, tmp_path):
    demo_window.show_area("selection")
    page = demo_window.selection
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=T)
    organisation = page.model.COLUMNS.index("organisation")
    page.table.sortByColumn(organisation, Qt.SortOrder.DescendingOrder)
    page.picked_only.setChecked(True)  # the slate alone
    picked = len(page.model.picked)
    assert 0 < picked < page.model.rowCount()

    headers, rows = export_and_read(page.export, qtbot, tmp_path / "slate.xlsx")

    assert headers[0] == "Picked" and "Organisation" in headers and "" not in headers
    assert len(rows) == picked
    assert {r[0] for r in rows} == {"Picked"}
    names = [r[headers.index("Organisation")] for r in rows]
    assert names == [page.proxy.index(i, organisation).data() for i in range(page.proxy.rowCount())]


def test_terms_candidates_and_the_due_list_export_what_they_show(demo_window, qtbot, tmp_path):
    applications = demo_window.applications
    due = applications.due
    qtbot.waitUntil(lambda: due.has_loaded, timeout=T)
    headers, rows = export_and_read(due.export, qtbot, tmp_path / "due.xlsx")
    assert headers == ["Group", "What", "When"]
    assert [r[1] for r in rows] == [sentence for _kind, sentence, _id in due.item_rows()]
    assert all(r[0] for r in rows)  # each item under its group

    demo_window.show_area("leadership")
    page = demo_window.leadership
    qtbot.waitUntil(lambda: page.terms.composition is not None, timeout=T)
    terms = page.terms
    terms.search.setText("core partner africa")  # a filter: the other rows are hidden
    shown = [r for r in range(terms.table.rowCount()) if not terms.table.isRowHidden(r)]
    assert 0 < len(shown) < terms.table.rowCount()
    headers, rows = export_and_read(terms.export, qtbot, tmp_path / "terms.xlsx")
    assert headers[:4] == ["Role", "Organisation", "Notice", "Country (regional group)"]  # as moved
    assert [r[1] for r in rows] == [terms.table.item(r, 1).text() for r in shown]

    for view, export in ((demo_window.registry.table, demo_window.registry.export),
                         (applications.table, applications.export), (due.tree, due.export),
                         (terms.table, terms.export), (page.candidates.table, page.candidates.export),
                         (applications.detail.history_table, applications.detail.history_export)):
        assert export.action in view.actions()  # right-click: Export to Excel…


def test_an_organisations_history_offers_the_export(demo_window, qtbot):
    registry = demo_window.registry
    qtbot.waitUntil(lambda: registry.model.has_loaded, timeout=T)
    registry.open_organisation(registry.model.row_at(0).id)
    editor = registry.editor
    qtbot.waitUntil(lambda: editor.ui.historyTree.topLevelItemCount() > 0, timeout=T)
    assert editor.history_export.action in editor.ui.historyTree.actions()  # right-click: Export to Excel…


def test_text_a_spreadsheet_would_run_stays_text(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from opn_desk.gui.widgets.table_export import offer_export

    table = QTableWidget(2, 2)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Name", "Note"])
    for row, (name, note) in enumerate((("=HYPERLINK(\"http://x\")", "+1"), ("Plain", "@SUM(A1)"))):
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(note))
    export = offer_export(table, window.runner, "Notes")
    path = tmp_path / "notes.xlsx"
    done = []
    export.export(path, success=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=T)
    sheet = openpyxl.load_workbook(path).active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert [c.value for c in cells] == ["=HYPERLINK(\"http://x\")", "+1", "Plain", "@SUM(A1)"]
    assert all(c.data_type == "s" for c in cells)  # text, never a formula


def test_cancelling_a_long_export_writes_no_file(demo_window, qtbot, tmp_path, monkeypatch):
    registry = demo_window.registry
    runner = demo_window.runner
    qtbot.waitUntil(lambda: not registry.model.loading, timeout=T)
    read = registry.model.read_rows

    def read_then_cancel(session, query, offset, limit):
        for abort in list(runner._aborts):  # the officer presses Cancel while the rows are read
            abort.set()
        return read(session, query, offset, limit)

    monkeypatch.setattr(registry.model, "read_rows", read_then_cancel)
    monkeypatch.setattr("opn_desk.gui.widgets.table_export.PIECE", 50)
    out = tmp_path / "cancelled.xlsx"
    done = []
    with qtbot.waitSignal(runner.message, timeout=T, check_params_cb=lambda text: text.startswith("Cancelled")):
        registry.export.export(out, success=done.append)
    assert done == [] and not out.exists()
    assert list(tmp_path.glob("*.partial")) == []  # nothing half-written left behind
