"""Several laptops, one desk: collections (a screening checklist, pins, a picked slate, work-streams)
merge element by element (docs/SYNC.md, "The conflict rules")."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
import sync_world as world
from sqlalchemy import select

from opn_desk.db.models import Application, Call, Programme, SelectionRound
from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import registry
from opn_desk.services.sync import conflicts, exchange


@pytest.fixture
def pair(tmp_path):
    folder = tmp_path / "x"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    b = world.clone(a, folder, "Nairobi laptop", "Bob")
    yield a, b
    a.close()
    b.close()


def _swap(a, b, folder):
    pa, pb = folder / f"a{uuid.uuid4().hex[:6]}.opnsync", folder / f"b{uuid.uuid4().hex[:6]}.opnsync"
    exchange.export_bundle(a.desk, pa)
    exchange.export_bundle(b.desk, pb)
    out = exchange.import_bundles(a.desk, [pb], make_backup=False)
    exchange.import_bundles(b.desk, [pa], make_backup=False)
    return out


def _application(laptop, screening, work_streams=""):
    org = laptop.desk.write("New", registry.create_organisation,
                            OrganisationInput("Green Buyers Kenya", country_iso3="KEN")).value

    def add(s):
        programme = s.scalar(select(Programme.id).where(Programme.code == "SPP"))
        app = Application(organisation_id=org, programme_id=programme, role="network_member", received_on=date(2026, 3, 1),
                          screening=dict(screening), work_streams=work_streams)
        s.add(app)
        s.flush()
        return app.id

    return laptop.desk.write("Receive", add).value


def _edit(laptop, model, rec, **values):
    def run(s):
        row = s.get(model, rec)
        for k, v in values.items():
            setattr(row, k, v(getattr(row, k)) if callable(v) else v)

    laptop.desk.write("Edit", run)


def _get(laptop, model, rec, column):
    return laptop.desk.read(lambda s: getattr(s.get(model, rec), column))


def test_two_laptops_ticking_different_checklist_items_both_keep_their_tick(pair, tmp_path):
    a, b = pair
    app = _application(a, {"Eligible": False, "Letter": False, "Budget": False})
    _swap(a, b, tmp_path)
    _edit(a, Application, app, screening=lambda v: {**v, "Eligible": True})
    _edit(b, Application, app, screening=lambda v: {**v, "Letter": True})
    out = _swap(a, b, tmp_path)
    assert out.open_conflicts == 0
    for laptop in (a, b):
        assert _get(laptop, Application, app, "screening") == {"Eligible": True, "Letter": True, "Budget": False}


def test_an_item_removed_on_one_laptop_and_one_added_on_the_other_both_hold(pair, tmp_path):
    a, b = pair
    app = _application(a, {"Eligible": False, "Letter": False}, "Trade; Finance")
    _swap(a, b, tmp_path)
    _edit(a, Application, app, screening=lambda v: {k: x for k, x in v.items() if k != "Letter"},
          work_streams="Trade")
    _edit(b, Application, app, screening=lambda v: {**v, "Site visit": True}, work_streams="Trade; Finance; Tourism")
    assert _swap(a, b, tmp_path).open_conflicts == 0
    for laptop in (a, b):
        assert _get(laptop, Application, app, "screening") == {"Eligible": False, "Site visit": True}
        assert _get(laptop, Application, app, "work_streams") == "Trade; Tourism"


def test_one_item_given_two_values_is_a_conflict_of_that_item_alone(pair, tmp_path, cli):
    a, b = pair
    app = _application(a, {"Eligible": False, "Letter": False})
    _swap(a, b, tmp_path)
    _edit(a, Application, app, screening={"Eligible": True, "Letter": True})
    # b adds an item and takes "Letter" out: only "Letter" was changed on both laptops.
    _edit(b, Application, app, screening={"Eligible": False, "Budget": True})
    out = _swap(a, b, tmp_path)
    assert out.open_conflicts == 1
    found = a.desk.read(conflicts.open_conflicts)
    assert [c.field for c in found] == ["screening[Letter]"]
    assert {v.value for v in found[0].values} == {"yes", "(removed)"}
    assert [c.as_json() for c in found] == [c.as_json() for c in b.desk.read(conflicts.open_conflicts)]
    r = cli("sync", "resolve", "--db", str(b.path), str(found[0].id), "--value", "yes")
    assert r.returncode == 0, r.stderr
    b.close()
    b.store = world.open_store(b.path)
    b.desk = world.Desk(b.store, actor="Bob")
    _swap(a, b, tmp_path)
    for laptop in (a, b):
        assert laptop.desk.read(conflicts.count_open) == 0
        assert _get(laptop, Application, app, "screening") == {"Eligible": True, "Letter": True, "Budget": True}


def test_pins_and_picks_made_on_two_laptops_all_survive(pair, tmp_path):
    a, b = pair
    x, y, z, w = (str(uuid.uuid4()) for _ in range(4))

    def new_round(s):
        programme = s.scalar(select(Programme.id).where(Programme.code == "SPP"))
        call = Call(programme_id=programme, role="core_partner", title="Core partners 2027",
                    opens_on=date(2026, 1, 1), closes_on=date(2026, 4, 30))
        s.add(call)
        s.flush()
        r = SelectionRound(call_id=call.id, seats=5, rules=[], pins={x: True}, picked=[x])
        s.add(r)
        s.flush()
        return r.id

    rnd = a.desk.write("Round", new_round).value
    _swap(a, b, tmp_path)
    _edit(a, SelectionRound, rnd, pins=lambda v: {**v, y: True}, picked=lambda v: [*v, y])
    _edit(b, SelectionRound, rnd, pins=lambda v: {**v, z: False}, picked=lambda v: [k for k in v if k != x] + [z, w])
    assert _swap(a, b, tmp_path).open_conflicts == 0
    picked = _get(a, SelectionRound, rnd, "picked")
    assert sorted(picked) == sorted([y, z, w])
    for laptop in (a, b):
        assert _get(laptop, SelectionRound, rnd, "pins") == {x: True, y: True, z: False}
        assert _get(laptop, SelectionRound, rnd, "picked") == picked  # the same order everywhere


def test_an_element_added_wins_over_a_removal_that_did_not_see_it(pair, tmp_path):
    a, b = pair
    app = _application(a, {}, "Trade")
    _swap(a, b, tmp_path)
    _edit(a, Application, app, work_streams="")  # a removes Trade
    _edit(b, Application, app, work_streams="Finance")  # b removes Trade and adds Finance
    _edit(b, Application, app, work_streams="Finance; Trade")  # then adds Trade back, not having seen a
    assert _swap(a, b, tmp_path).open_conflicts == 0
    for laptop in (a, b):
        assert _get(laptop, Application, app, "work_streams") == "Finance; Trade"
