"""Several laptops, one desk: the collections of the portfolio and the reporting year (an initiative's
other SDGs and countries, the due-diligence checklist, a cycle's reminder days) merge element by element
(docs/SYNC.md, "Collections")."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
import sync_world as world
from sqlalchemy import select

from opn_desk.db.models import DueDiligenceReview, Initiative, ReportingCycle
from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import portfolio, registry, reporting
from opn_desk.services.sync import conflicts, exchange

TODAY = date(2026, 5, 4)


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
    exchange.import_bundles(a.desk, [pb], make_backup=False)
    exchange.import_bundles(b.desk, [pa], make_backup=False)


def _initiative(laptop, **values) -> tuple[uuid.UUID, portfolio.InitiativeInput]:
    lead = laptop.desk.write("New", registry.create_organisation,
                             OrganisationInput("Green Buyers Kenya", country_iso3="KEN")).value
    data = portfolio.InitiativeInput("Green public procurement in East Africa", "SPP", lead, **values)
    return laptop.desk.write("New initiative", portfolio.create_initiative, data, today=TODAY).value, data


def _edit(laptop, initiative, data, **changes):
    from dataclasses import replace

    laptop.desk.write("Edit initiative", portfolio.update_initiative, initiative, replace(data, **changes),
                      today=TODAY)


def _held(laptop, model, rec, column):
    return laptop.desk.read(lambda s: getattr(s.get(model, rec), column))


def test_two_laptops_adding_a_different_sdg_offline_both_keep_both(pair, tmp_path):
    a, b = pair
    initiative, data = _initiative(a, other_sdgs=(8,), countries=("KEN",))
    _swap(a, b, tmp_path)
    _edit(a, initiative, data, other_sdgs=(8, 13))
    _edit(b, initiative, data, other_sdgs=(8, 4))
    _swap(a, b, tmp_path)
    for laptop in (a, b):
        assert _held(laptop, Initiative, initiative, "other_sdgs") == [4, 8, 13]  # numbers, in order
        assert laptop.desk.read(conflicts.open_conflicts) == []


def test_countries_added_and_removed_on_two_laptops_merge_per_country(pair, tmp_path):
    a, b = pair
    initiative, data = _initiative(a, countries=("KEN", "UGA"))
    _swap(a, b, tmp_path)
    _edit(a, initiative, data, countries=("KEN", "UGA", "TZA"))
    _edit(b, initiative, data, countries=("KEN",))  # Uganda taken out on the other laptop
    _swap(a, b, tmp_path)
    for laptop in (a, b):
        assert _held(laptop, Initiative, initiative, "countries") == ["KEN", "TZA"]
        assert laptop.desk.read(conflicts.open_conflicts) == []


def test_a_due_diligence_item_ticked_on_each_laptop_merges_per_item(pair, tmp_path):
    a, b = pair
    initiative, _data = _initiative(a)
    a.desk.write("Due diligence", portfolio.move_initiative, initiative, "due_diligence", today=TODAY)
    _swap(a, b, tmp_path)
    review = a.desk.read(lambda s: s.scalar(select(DueDiligenceReview.id)))
    start = _held(a, DueDiligenceReview, review, "checklist")
    first, second = list(start)[:2]
    a.desk.write("Tick", portfolio.record_due_diligence, initiative, {**start, first: True}, "")
    b.desk.write("Tick", portfolio.record_due_diligence, initiative, {**start, second: True}, "")
    _swap(a, b, tmp_path)
    for laptop in (a, b):
        held = _held(laptop, DueDiligenceReview, review, "checklist")
        assert held == {**start, first: True, second: True}
        assert list(held) == list(start)  # the items keep their order
        assert laptop.desk.read(conflicts.open_conflicts) == []


def test_a_reminder_day_added_on_each_laptop_keeps_both_in_the_order_of_the_calendar(pair, tmp_path):
    a, b = pair
    cycle = a.desk.write("Cycle", reporting.create_cycle, "SPP", 2026, date(2026, 3, 31),
                         reminder_days=(-14, 7)).value
    _swap(a, b, tmp_path)
    a.desk.write("Remind", reporting.edit_cycle, cycle, reminder_days=(-14, 7, 21))
    b.desk.write("Remind", reporting.edit_cycle, cycle, reminder_days=(-14, -3, 7))
    _swap(a, b, tmp_path)
    for laptop in (a, b):
        assert _held(laptop, ReportingCycle, cycle, "reminder_days") == [-14, -3, 7, 21]
        assert laptop.desk.read(conflicts.open_conflicts) == []
