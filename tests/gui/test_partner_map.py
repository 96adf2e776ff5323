"""The map of partners and initiatives: organisations placed at their country, a line for each pair
sharing initiatives that are not closed, the programme filter kept; hovering names the organisation and
its initiatives, clicking chooses it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from year_world import organisation

from opn_desk.services import partner_map, portfolio
from opn_desk.services.portfolio import InitiativeInput

T = 20_000


@pytest.fixture
def world(tmp_path):
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk

    path = tmp_path / "desk.sqlite"
    store = open_store(path)
    try:
        desk = Desk(store, actor="Test fixture")
        orgs = {iso3: organisation(desk, f"Org of {iso3}", iso3, people=0)[0] for iso3 in ("KEN", "FRA", "MEX", "ABW")}
        desk.write("i", portfolio.create_initiative, InitiativeInput(
            "Green schools", "SPP", orgs["KEN"], "core", (orgs["FRA"], orgs["MEX"])))
        desk.write("i", portfolio.create_initiative, InitiativeInput(
            "Island tourism", "STP", orgs["FRA"], "core", (orgs["ABW"],)))
        closed = desk.write("i", portfolio.create_initiative, InitiativeInput(
            "Old pilot", "SPP", orgs["KEN"], "core", (orgs["MEX"],))).value
        desk.write("close", portfolio.move_initiative, closed, "closed")
        value = desk.read(partner_map.partner_map)
    finally:
        store.close()
    return path, orgs, value


def test_organisations_are_placed_at_their_country_and_linked_by_shared_initiatives(world):
    _path, orgs, value = world
    places = {o.iso3: o.place for o in value.organisations}
    assert places["KEN"] == pytest.approx((0.56, 37.84)) and places["MEX"] == pytest.approx((23.93, -102.52))
    assert places["ABW"] is None and [o.name for o in value.not_placed] == ["Org of ABW"]
    links = {frozenset((a, b)): n for a, b, n in value.links}
    assert links == {frozenset((orgs["KEN"], orgs["FRA"])): 1, frozenset((orgs["KEN"], orgs["MEX"])): 1,
                     frozenset((orgs["FRA"], orgs["MEX"])): 1, frozenset((orgs["FRA"], orgs["ABW"])): 1}
    by_name = {o.name: o.initiatives for o in value.organisations}
    assert by_name["Org of KEN"] == ("Green schools",)  # the closed pilot is not drawn
    assert by_name["Org of FRA"] == ("Green schools", "Island tourism")


@pytest.fixture
def tab(qtbot, world):
    from opn_desk.gui.portfolio.collaborations import CollaborationsTab
    from opn_desk.gui.window.opening import open_desk

    opened = open_desk(world[0])
    made = CollaborationsTab(opened.runner, [("SPP", "SPP"), ("STP", "STP")])
    qtbot.addWidget(made)
    made.resize(1200, 700)
    made.show()
    made.refresh()
    qtbot.waitUntil(lambda: made.loaded, timeout=T)
    yield made
    opened.close()


def test_the_map_places_hovers_and_chooses(qtbot, tab, world):
    _path, orgs, _value = world
    view = tab.map
    at = view.positions()
    assert set(at) == {orgs["KEN"], orgs["FRA"], orgs["MEX"]}  # Aruba has no known place
    ken, fra, mex = at[orgs["KEN"]], at[orgs["FRA"]], at[orgs["MEX"]]
    assert mex.x() < fra.x() < ken.x() and fra.y() < mex.y() < ken.y()  # west to east, north to south
    assert tab.model.rowCount() == 4 and "Not on the map" in tab.count.text() and "Org of ABW" in tab.count.text()
    qtbot.mouseMove(view, QPoint(round(ken.x()) + 2, round(ken.y())))
    qtbot.waitUntil(lambda: view.hovered == orgs["KEN"], timeout=T)
    tip = view.tooltip(orgs["KEN"])
    assert "Org of KEN" in tip and "Green schools" in tip and "Org of FRA" in tip and "Org of MEX" in tip
    with qtbot.waitSignal(view.organisation_chosen, timeout=T) as chosen:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(fra.x()), round(fra.y())))
    assert chosen.args == [orgs["FRA"]] and view.chosen == orgs["FRA"]
    assert "Island tourism" in tab.detail.text() and "Org of ABW (1)" in tab.detail.text()
    assert tab.open_button.isEnabled()
    with qtbot.waitSignal(tab.open_organisation_requested, timeout=T) as opened:
        tab.open_button.click()
    assert opened.args == [orgs["FRA"]]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # the sea: nothing chosen
    assert view.chosen is None and not tab.open_button.isEnabled()


def test_the_programme_filter_narrows_the_map(qtbot, tab, world):
    _path, orgs, _value = world
    tab.loaded = False
    tab.programme.setCurrentIndex(tab.programme.findData("STP"))
    qtbot.waitUntil(lambda: tab.loaded, timeout=T)
    assert set(tab.map.positions()) == {orgs["FRA"]} and tab.model.rows == [("Org of ABW", "Org of FRA", "1")]
