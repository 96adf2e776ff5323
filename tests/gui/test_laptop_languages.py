"""The window at laptop size in French and Spanish: translated labels are longer than English ones
(about 20 to 30%), and the window must still fit a 1280 x 720 laptop with nothing cut, in every area.

It reuses the English walk of test_laptop_size.py (the same checks: buttons, labels, column titles)
under the shipped French and Spanish catalogues.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from test_laptop_size import (
    LAPTOP,
    T,
    fits,
    look,
    settle,
    walk_applications,
    walk_leadership,
    walk_selection,
)


@pytest.fixture(params=["fr", "es"])
def language(request):
    from opn_desk.gui.window.preferences_dialog import install_language

    app = QApplication.instance()
    installed = install_language(app, QLocale(request.param))
    assert installed, f"no {request.param} catalogue"
    yield request.param
    install_language(app, QLocale("en"))


def test_every_area_fits_a_laptop_in_french_and_spanish(language, open_window, demo_path, qtbot):
    from opn_desk.gui.window.pages import areas

    window = open_window(demo_path)
    window.resize(LAPTOP)
    qtbot.waitUntil(lambda: window.applications.due.has_loaded, timeout=T)
    found = look(window, qtbot, "Organisations")
    found += walk_applications(window, qtbot)
    found += walk_selection(window, qtbot)
    found += walk_leadership(window, qtbot)
    for area in areas():
        window.show_area(area.key)
        found += look(window, qtbot, area.title)
    assert found == [], "\n".join(found)
    window.applications.dock.set_collapsed(False)
    settle(qtbot)
    assert fits(window.minimumSizeHint(), LAPTOP), window.minimumSizeHint()


def test_the_reporting_charts_name_roles_and_groups_in_the_windows_language(language, open_window, demo_path,
                                                                             qtbot):
    window = open_window(demo_path)
    window.show_area("reporting")
    page = window.page("reporting")
    qtbot.waitUntil(lambda: page.view is not None and bool(page.role_chart.bars), timeout=T)
    roles = [bar.label for bar in page.role_chart.bars]
    groups = [bar.label for bar in page.group_chart.bars]
    english = {"Co-lead", "Core partner", "Network member", "Africa", "Asia-Pacific",
               "Latin America and the Caribbean", "Eastern Europe", "Western Europe and others", "No group"}
    assert not english & set(roles + groups), roles + groups
    core = {"fr": "Partenaire principal", "es": "Socio principal"}[language]
    assert core in roles, roles


def test_a_long_area_title_stops_before_its_count_badge(language, open_window, demo_path, qtbot):
    """"Candidatures" beside "99+" in a narrow navigation list: the title is shortened, never under the badge."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from opn_desk.gui.applications.due_list import NavBadgeDelegate

    window = open_window(demo_path)
    qtbot.waitUntil(lambda: window.applications.due.has_loaded, timeout=T)
    row = next(r for r in range(window.nav.count()) if window.nav.item(r).data(NavBadgeDelegate.BADGE_ROLE))
    window.nav.item(row).setData(NavBadgeDelegate.BADGE_ROLE, 150)
    delegate = window.nav.itemDelegateForIndex(window.nav.model().index(row, 0))
    assert isinstance(delegate, NavBadgeDelegate)
    for width in (140, 200, 280):
        window.body.setSizes([width, LAPTOP.width() - width])
        settle(qtbot)
        option = QStyleOptionViewItem()
        option.initFrom(window.nav)
        option.rect = window.nav.visualItemRect(window.nav.item(row))
        text, _font, badge, _item, room, shown = delegate.layout(option, window.nav.model().index(row, 0))
        assert text == "99+"
        title = window.nav.item(row).text()
        assert room.right() < badge.left(), (width, room, badge)
        assert window.nav.fontMetrics().horizontalAdvance(shown) <= room.width() + 1
        assert shown == title or shown.endswith("…"), (shown, title)


def test_under_an_arabic_locale_the_window_is_mirrored_and_cuts_nothing(open_window, demo_path, qtbot):
    """Ready for Arabic: right to left, the navigation on the right, every area laid out with nothing cut."""
    from PySide6.QtCore import Qt

    from opn_desk.gui.window.pages import areas
    from opn_desk.gui.window.preferences_dialog import install_language

    app = QApplication.instance()
    install_language(app, QLocale("ar"))
    try:
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window = open_window(demo_path)
        window.resize(LAPTOP)
        qtbot.waitUntil(lambda: window.applications.due.has_loaded, timeout=T)
        settle(qtbot)
        assert window.nav.mapTo(window, window.nav.rect().topLeft()).x() > window.width() // 2  # on the right
        from PySide6.QtWidgets import QStyleOptionViewItem

        from opn_desk.gui.applications.due_list import NavBadgeDelegate

        row = next(r for r in range(window.nav.count()) if window.nav.item(r).data(NavBadgeDelegate.BADGE_ROLE))
        index = window.nav.model().index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(window.nav)
        option.rect = window.nav.visualItemRect(window.nav.item(row))
        _text, _font, badge, _item, room, _shown = window.nav.itemDelegateForIndex(index).layout(option, index)
        assert badge.right() < room.left()  # the count on the left, the title after it
        found = look(window, qtbot, "Organisations")
        for area in areas():
            window.show_area(area.key)
            found += look(window, qtbot, area.title)
        assert found == [], "\n".join(found)
    finally:
        install_language(app, QLocale("en"))
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
