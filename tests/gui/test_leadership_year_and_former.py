"""The Leadership area: "In a year" and "A year ago" count from today, not from the date shown; a former
programme (SBC) is named as one name and is not offered a new renewal process."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from opn_desk.domain.terms import add_months

T = 10_000


@pytest.fixture
def page(qtbot, db_path):
    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.leadership.page import LeadershipPage
    from opn_desk.gui.window.opening import open_desk

    opened = open_desk(db_path)
    page = LeadershipPage(opened.runner, Settings())
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitUntil(lambda: page.state is not None, timeout=T)
    yield page
    opened.close()


def test_in_a_year_means_a_year_from_today(page, qtbot):
    terms = page.terms
    terms.set_date(date(2020, 3, 15))
    qtbot.mouseClick(terms.year_ahead_button, Qt.MouseButton.LeftButton)
    assert terms.on == add_months(date.today(), 12)
    qtbot.mouseClick(terms.year_ahead_button, Qt.MouseButton.LeftButton)  # pressed again: the same day
    assert terms.on == add_months(date.today(), 12)
    qtbot.mouseClick(terms.year_back_button, Qt.MouseButton.LeftButton)
    assert terms.on == add_months(date.today(), -12)


def test_a_former_programme_is_not_offered_a_renewal_process(page, qtbot):
    page.show_programme("SPP")
    qtbot.waitUntil(lambda: page.state is not None and page.state.code == "SPP", timeout=T)
    assert page.new_process_button.isEnabled()
    page.show_programme("SBC")
    qtbot.waitUntil(lambda: page.state is not None and page.state.code == "SBC", timeout=T)
    assert not page.new_process_button.isEnabled()
    assert "former programme" in page.new_process_button.toolTip()
    text = page.placeholders[0].text()
    assert text == "SBC – Sustainable Buildings and Construction (former) has no leadership renewal process."
    assert "((" not in text and "))" not in text
    from PySide6.QtWidgets import QApplication

    from opn_desk.gui.leadership.dialogs import NewProcessDialog

    page.new_process()  # asked anyway (a stale click): no dialog opens
    qtbot.wait(300)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, NewProcessDialog) and w.isVisible()]
