"""Several laptops, one desk: a link added on one laptop to an organisation merged away on another
follows the merge (docs/SYNC.md, "The conflict rules")."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
import sync_world as world
from sqlalchemy import select

from opn_desk.db.models import Membership, Organisation
from opn_desk.domain.registry import MembershipInput, OrganisationInput
from opn_desk.services import duplicates, registry
from opn_desk.services.sync import conflicts, exchange


@pytest.fixture
def trio(tmp_path):
    folder = tmp_path / "x"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    b = world.clone(a, folder, "Nairobi laptop", "Bob")
    c = world.clone(a, folder, "Bamako laptop", "Cy")
    yield a, b, c
    for laptop in (a, b, c):
        laptop.close()


def _bundle(laptop, folder):
    path = folder / f"{uuid.uuid4().hex[:8]}.opnsync"
    exchange.export_bundle(laptop.desk, path)
    return path


def _org(laptop, name):
    return laptop.desk.write("New", registry.create_organisation, OrganisationInput(name, country_iso3="KEN")).value


def _links(laptop):
    return laptop.desk.read(lambda s: dict(s.execute(select(Membership.id, Membership.organisation_id)).all()))


@pytest.mark.parametrize("order", ["merge_first", "link_first"])
def test_a_link_added_to_an_organisation_merged_elsewhere_follows_the_merge(trio, tmp_path, order):
    a, b, c = trio
    keep, twin = _org(a, "Green Buyers Kenya"), _org(a, "Green Buyers of Kenya")
    setup = _bundle(a, tmp_path)
    for laptop in (b, c):
        exchange.import_bundles(laptop.desk, [setup], make_backup=False)
    # a merges the twin into the one kept while b, not knowing, makes the twin a member
    a.desk.write("Merge", duplicates.merge_organisations, keep, twin)
    link = b.desk.write("Join", registry.add_membership,
                        MembershipInput(twin, "SPP", "network_member", date(2026, 1, 1))).value
    from_a, from_b = _bundle(a, tmp_path), _bundle(b, tmp_path)
    exchange.import_bundles(a.desk, [from_b], make_backup=False)
    exchange.import_bundles(b.desk, [from_a], make_backup=False)
    # c hears of both through a relay, in either order
    relay = [_bundle(a, tmp_path), _bundle(b, tmp_path)]
    exchange.import_bundles(c.desk, relay if order == "merge_first" else relay[::-1], make_backup=False)
    for laptop in (a, b, c):
        assert _links(laptop) == {link: keep}, laptop.path.name
        merged = laptop.desk.read(lambda s: s.scalar(select(Organisation.merged_into_id)
                                                     .where(Organisation.id == twin)))
        assert merged == keep
    # and the laptops agree once everything has gone round
    everything = [_bundle(x, tmp_path) for x in (a, b, c)]
    for laptop in (a, b, c):
        exchange.import_bundles(laptop.desk, everything, make_backup=False)
    states = [laptop.desk.read(world.state) for laptop in (a, b, c)]
    assert states[0] == states[1] == states[2]
    assert all(_links(laptop) == {link: keep} for laptop in (a, b, c))


def test_a_link_that_existed_before_the_merge_is_not_moved_again(trio, tmp_path):
    a, b, _c = trio
    keep, twin = _org(a, "Green Buyers Kenya"), _org(a, "Green Buyers of Kenya")
    old = a.desk.write("Join", registry.add_membership, MembershipInput(twin, "SPP", "network_member", date(2025, 1, 1))).value
    exchange.import_bundles(b.desk, [_bundle(a, tmp_path)], make_backup=False)
    a.desk.write("Merge", duplicates.merge_organisations, keep, twin)
    out = exchange.import_bundles(b.desk, [_bundle(a, tmp_path)], make_backup=False)
    assert out.open_conflicts == 0
    assert _links(b) == {old: keep}


def _round(laptop):
    from opn_desk.db.models import Call, Programme, SelectionRound

    def run(s):
        programme = s.scalar(select(Programme.id).where(Programme.code == "SPP"))
        call = Call(programme_id=programme, role="core_partner", title="Round", opens_on=date(2026, 1, 1),
                    closes_on=date(2026, 4, 30))
        s.add(call)
        s.flush()
        r = SelectionRound(call_id=call.id, seats=3, rules=[], pins={}, picked=[])
        s.add(r)
        s.flush()
        return r.id

    return laptop.desk.write("Round", run).value


@pytest.mark.parametrize("order", ["merge_first", "pin_first"])
def test_pins_picks_and_a_saved_slate_naming_an_organisation_merged_elsewhere_follow_the_merge(trio, tmp_path, order):
    from opn_desk.db.models import SelectionRound, SelectionScenario

    a, b, c = trio
    keep, twin, other = _org(a, "Green Buyers Kenya"), _org(a, "Green Buyers of Kenya"), _org(a, "Eco Uganda")
    rid = _round(a)
    setup = _bundle(a, tmp_path)
    for laptop in (b, c):
        exchange.import_bundles(laptop.desk, [setup], make_backup=False)
    # a merges the twin into the one kept while b, not knowing, pins and picks the twin and saves a slate
    a.desk.write("Merge", duplicates.merge_organisations, keep, twin)

    def choose(s):
        r = s.get(SelectionRound, rid)
        r.pins = {str(twin): True, str(other): False}
        r.picked = [str(other), str(twin)]
        s.add(SelectionScenario(round_id=rid, name="Plan B", seats=3, rules=[], pins={str(twin): True},
                                selected=[str(twin), str(other)], score=0.0, notes=""))
    b.desk.write("Choose", choose)
    from_a, from_b = _bundle(a, tmp_path), _bundle(b, tmp_path)
    exchange.import_bundles(a.desk, [from_b], make_backup=False)
    exchange.import_bundles(b.desk, [from_a], make_backup=False)
    relay = [_bundle(a, tmp_path), _bundle(b, tmp_path)]
    exchange.import_bundles(c.desk, relay if order == "merge_first" else relay[::-1], make_backup=False)
    everything = [_bundle(x, tmp_path) for x in (a, b, c)]
    for laptop in (a, b, c):
        exchange.import_bundles(laptop.desk, everything, make_backup=False)

    def held(s):
        r = s.get(SelectionRound, rid)
        scenario = s.scalar(select(SelectionScenario))
        return dict(r.pins), list(r.picked), dict(scenario.pins), list(scenario.selected)

    for laptop in (a, b, c):
        pins, picked, saved_pins, saved = laptop.desk.read(held)
        assert pins == {str(keep): True, str(other): False}, laptop.path.name
        assert sorted(picked) == sorted([str(other), str(keep)])
        assert saved_pins == {str(keep): True} and saved == [str(keep), str(other)]
        assert laptop.desk.read(conflicts.open_conflicts) == []
    states = [laptop.desk.read(world.state) for laptop in (a, b, c)]
    assert states[0] == states[1] == states[2]


def _live(laptop):
    return laptop.desk.read(lambda s: sorted(s.execute(select(Organisation.id).where(
        Organisation.merged_into_id.is_(None), Organisation.name.like("Ring %"))).scalars(), key=str))


def test_two_laptops_merging_two_organisations_into_each_other_keep_the_one_merged_last(trio, tmp_path):
    a, b, _c = trio
    first, second = _org(a, "Ring Kenya"), _org(a, "Ring of Kenya")
    joined = {o: a.desk.write("Join", registry.add_membership,
                              MembershipInput(o, "SPP", "network_member", date(2026, 1, 1))).value for o in (first, second)}
    exchange.import_bundles(b.desk, [_bundle(a, tmp_path)], make_backup=False)
    # a keeps the first, then b, not knowing, keeps the second: each merge alone would hide the other
    a.desk.write("Merge", duplicates.merge_organisations, first, second)
    b.desk.write("Merge", duplicates.merge_organisations, second, first)
    from_a, from_b = _bundle(a, tmp_path), _bundle(b, tmp_path)
    told = exchange.import_bundles(a.desk, [from_b], make_backup=False)
    exchange.import_bundles(b.desk, [from_a], make_backup=False)
    assert "merged into each other" in " ".join(told.findings)
    for laptop in (a, b):
        exchange.import_bundles(laptop.desk, [_bundle(x, tmp_path) for x in (a, b)], make_backup=False)
    # b's merge (the second kept, the first merged away) was made last: the ring is broken there, so the
    # first stays in the registry, the second stays merged into it, and every membership is on the first
    for laptop in (a, b):
        assert _live(laptop) == [first], laptop.path.name
        assert _links(laptop) == {joined[first]: first, joined[second]: first}
    assert a.desk.read(world.state) == b.desk.read(world.state)
    # nothing is left to move: another exchange brings nothing new
    again = exchange.import_bundles(a.desk, [_bundle(b, tmp_path)], make_backup=False)
    assert again.changes == 0


def test_a_ring_of_merges_over_three_laptops_ends_with_one_organisation_everywhere(trio, tmp_path):
    a, b, c = trio
    orgs = [_org(a, f"Ring {n}") for n in range(3)]
    for o in orgs:
        a.desk.write("Join", registry.add_membership, MembershipInput(o, "SPP", "network_member", date(2026, 1, 1)))
    setup = _bundle(a, tmp_path)
    for laptop in (b, c):
        exchange.import_bundles(laptop.desk, [setup], make_backup=False)
    for laptop, (keep, merge) in zip((a, b, c), ((orgs[1], orgs[0]), (orgs[2], orgs[1]), (orgs[0], orgs[2])),
                                     strict=True):
        laptop.desk.write("Merge", duplicates.merge_organisations, keep, merge)
    for _round in range(2):
        everything = [_bundle(x, tmp_path) for x in (a, b, c)]
        for laptop in (a, b, c):
            exchange.import_bundles(laptop.desk, everything, make_backup=False)
    states = [laptop.desk.read(world.state) for laptop in (a, b, c)]
    assert states[0] == states[1] == states[2]
    for laptop in (a, b, c):
        live = _live(laptop)
        assert len(live) == 1, laptop.path.name
        assert set(_links(laptop).values()) == set(live)
