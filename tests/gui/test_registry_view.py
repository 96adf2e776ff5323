"""The organisations registry: counts, search, sort and filters, all answered in SQL."""

from __future__ import annotations

from gui_registry_data import ORGANISATIONS
from PySide6.QtCore import QPoint, Qt

T = 10_000


def names(window) -> list[str]:
    model = window.registry.model
    return [model.row_at(r).name for r in range(model.rowCount())]


def test_window_shows_the_registry_with_its_count(window):
    assert window.windowTitle().startswith("desk.sqlite")
    assert "read-only" not in window.windowTitle()
    assert window.registry.model.rowCount() == len(ORGANISATIONS)
    assert window.registry.count_label.text() == f"{len(ORGANISATIONS)} organisations"
    assert f"{len(ORGANISATIONS)} organisations" in window.total_label.text()
    first = window.registry.model.index(0, 0)
    assert first.data() == sorted(n for n, *_ in ORGANISATIONS)[0]
    # The header is labelled in words, and group/cluster codes are shown as labels.
    model = window.registry.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Name", "Acronym", "Country", "Regional group", "Stakeholder cluster", "Programmes", "Roles"]
    row = names(window).index("German Environment Agency")
    assert [model.index(row, c).data() for c in range(7)] == [
        "German Environment Agency", "UBA", "Germany", "Western Europe and Others", "Government", "SPP", "Co-lead"]


def test_search_as_you_type_filters_the_table(window, qtbot):
    search = window.registry.search
    qtbot.keyClicks(search, "zebra")
    qtbot.waitUntil(lambda: sorted(names(window)) == ["Zebra Crossing Institute", "Zebra Green Procurement Network"],
                    timeout=T)
    assert window.registry.count_label.text() == f"2 of {len(ORGANISATIONS)} organisations"
    # Acronyms and countries are searched too.
    search.setText("FOEN")
    qtbot.waitUntil(lambda: names(window) == ["Swiss Federal Office for the Environment"], timeout=T)
    search.setText("kenya")
    qtbot.waitUntil(lambda: set(names(window)) == {"Zebra Crossing Institute", "Ministry of Environment of Kenya",
                                                   "United Nations Environment Programme"}, timeout=T)
    search.clear()
    qtbot.waitUntil(lambda: window.registry.model.rowCount() == len(ORGANISATIONS), timeout=T)


def test_only_the_latest_search_is_shown(window, qtbot):
    """Typing on quickly: answers to earlier texts are discarded, whatever order they arrive in."""
    model = window.registry.model
    for text in ("o", "om", "ome", "omeg", "omega"):
        model.set_filters(text=text)
    model.sort(1, Qt.SortOrder.DescendingOrder)  # and sorts before any answer came back
    qtbot.waitUntil(lambda: not model.loading, timeout=T)
    assert names(window) == ["Omega Procurement Partners"]
    assert model.total == 1 and window.registry.count_label.text() == f"1 of {len(ORGANISATIONS)} organisations"


def test_clicking_a_header_sorts_in_sql(window, qtbot):
    header = window.registry.table.horizontalHeader()
    acronym = 1
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(acronym) + 10, header.height() // 2))
    model = window.registry.model
    acronyms = sorted(a for _, a, *_ in ORGANISATIONS)
    qtbot.waitUntil(lambda: [model.row_at(r).acronym for r in range(model.rowCount())] in (acronyms,
                                                                                            acronyms[::-1]), timeout=T)
    assert model.query.sort == "acronym"
    first_order = model.query.descending
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(acronym) + 10, header.height() // 2))
    qtbot.waitUntil(lambda: model.query.descending != first_order and not model.loading, timeout=T)
    shown = [model.row_at(r).acronym for r in range(model.rowCount())]
    assert shown == (acronyms[::-1] if model.query.descending else acronyms)


def test_unsortable_column_keeps_the_current_sort(window, qtbot):
    model = window.registry.model
    header = window.registry.table.horizontalHeader()
    before = model.query
    header.setSortIndicator(5, Qt.SortOrder.AscendingOrder)  # Programmes: not sortable in SQL
    assert model.query == before
    assert header.sortIndicatorSection() == 0


def test_filter_by_regional_group(window, qtbot):
    combo = window.registry.group_filter
    combo.setCurrentIndex(combo.findData("AFRICA"))
    model = window.registry.model
    qtbot.waitUntil(lambda: model.total == 8 and model.rowCount() == 8, timeout=T)
    assert {model.row_at(r).regional_group for r in range(model.rowCount())} == {"AFRICA"}
    combo.setCurrentIndex(combo.findData("none"))
    qtbot.waitUntil(lambda: set(names(window)) == {"Aruba Tourism Authority", "Greenland Food Council",
                                                   "Organisation Without Country"}, timeout=T)
    assert model.index(0, 3).data() in ("No group", "")
    window.registry.clear_filters.click()
    qtbot.waitUntil(lambda: model.rowCount() == len(ORGANISATIONS), timeout=T)


def test_filter_by_programme_role_and_cluster(window, qtbot):
    page = window.registry
    page.programme_filter.setCurrentIndex(page.programme_filter.findData("SPP"))
    qtbot.waitUntil(lambda: set(names(window)) == {"German Environment Agency", "Ghana Standards Authority"},
                    timeout=T)
    page.role_filter.setCurrentIndex(page.role_filter.findData("co_lead"))
    qtbot.waitUntil(lambda: names(window) == ["German Environment Agency"], timeout=T)
    page.reset_filters()
    page.cluster_filter.setCurrentIndex(page.cluster_filter.findData("intergovernmental"))
    qtbot.waitUntil(lambda: names(window) == ["United Nations Environment Programme"], timeout=T)


def test_rows_are_fetched_in_pages_as_the_view_scrolls(open_window, db_path, qtbot):
    from opn_desk.domain.registry import OrganisationInput
    from opn_desk.gui.registry.model import PAGE
    from opn_desk.services import registry

    window = open_window()
    desk = window.runner.desk

    def many(session):
        for i in range(2 * PAGE + 20):
            registry.create_organisation(session, OrganisationInput(name=f"Bulk organisation {i:04d}"))

    window.runner.run_op(lambda d: d.write("Add many", many))
    model = window.registry.model
    qtbot.waitUntil(lambda: model.total == len(ORGANISATIONS) + 2 * PAGE + 20, timeout=T)
    assert desk.undo_text() == "Add many"
    window.registry.search.setText("bulk")
    qtbot.waitUntil(lambda: model.total == 2 * PAGE + 20 and not model.loading, timeout=T)
    assert model.rowCount() == PAGE  # one page at a time, not the whole table
    table = window.registry.table
    for expected in (2 * PAGE, 2 * PAGE + 20):
        table.scrollToBottom()
        qtbot.waitUntil(lambda e=expected: model.rowCount() == e, timeout=T)
    assert model.row_at(model.rowCount() - 1).name == f"Bulk organisation {2 * PAGE + 19:04d}"
    assert not model.canFetchMore()


def test_rows_show_before_their_count_and_only_the_latest_count_is_shown(open_window, qtbot):
    from opn_desk.domain.registry import OrganisationInput
    from opn_desk.gui.registry.model import PAGE
    from opn_desk.services import registry

    window = open_window()

    def many(session):
        for i in range(PAGE + 30):
            registry.create_organisation(session, OrganisationInput(name=f"Bulk organisation {i:04d}"))
        for i in range(PAGE + 5):
            registry.create_organisation(session, OrganisationInput(name=f"Bulky crate {i:04d}"))

    window.runner.run_op(lambda d: d.write("Add many", many))
    model = window.registry.model
    qtbot.waitUntil(lambda: model.total == len(ORGANISATIONS) + 2 * PAGE + 35 and not model.loading, timeout=T)
    events = []
    model.loaded.connect(lambda: events.append(("rows", model.rowCount())))
    model.counts_changed.connect(lambda shown, _all: events.append(("count", shown)))
    for text in ("b", "bu", "bul", "bulk", "bulky"):  # typed on before any answer: full pages each time
        model.set_filters(text=text)
    qtbot.waitUntil(lambda: not model.loading, timeout=T)
    assert model.total == PAGE + 5 and names(window)[0] == "Bulky crate 0000"
    assert window.registry.count_label.text() == f"{PAGE + 5} of {len(ORGANISATIONS) + 2 * PAGE + 35} organisations"
    # The full page came first, then its count; no count of an earlier text arrived after it.
    assert events[-2:] == [("rows", PAGE), ("count", PAGE + 5)]
    assert [e for e in events if e[0] == "count"] == [("count", PAGE + 5)]
