"""Several laptops, one desk: undoing a decision reopens its conflict, here and on the other laptops
(docs/SYNC.md, "Undo")."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
import sync_world as world
from sqlalchemy import select

from opn_desk.db.models import Call, Organisation, Programme, SelectionRound, sync_op
from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import registry
from opn_desk.services.sync import conflicts, exchange


@pytest.fixture
def trio(tmp_path):
    folder = tmp_path / "x"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    b = world.clone(a, folder, "Nairobi laptop", "Bob")
    c = world.clone(a, folder, "Bamako laptop", "Chloe")
    yield a, b, c
    for laptop in (a, b, c):
        laptop.close()


def _send(sender, receiver, folder):
    path = folder / f"{uuid.uuid4().hex[:8]}.opnsync"
    exchange.export_bundle(sender.desk, path)
    exchange.import_bundles(receiver.desk, [path], make_backup=False)


def _everyone(laptops, folder):
    """Every laptop's bundle read by every other laptop."""
    paths = []
    for laptop in laptops:
        paths.append(folder / f"{uuid.uuid4().hex[:8]}.opnsync")
        exchange.export_bundle(laptop.desk, paths[-1])
    for laptop in laptops:
        for path in paths:
            exchange.import_bundles(laptop.desk, [path], make_backup=False)


def _name(laptop, org):
    return laptop.desk.read(lambda s: s.scalar(select(Organisation.name).where(Organisation.id == org)))


def _open(laptop):
    return [c.as_json() for c in laptop.desk.read(conflicts.open_conflicts)]


def _conflict_on_name(a, b, c, folder):
    org = a.desk.write("New", registry.create_organisation,
                       OrganisationInput("Green Buyers Kenya", country_iso3="KEN")).value
    _everyone((a, b, c), folder)
    a.desk.write("Edit", registry.update_organisation, org, OrganisationInput("Green Buyers (A)", country_iso3="KEN"))
    b.desk.write("Edit", registry.update_organisation, org, OrganisationInput("Green Buyers (B)", country_iso3="KEN"))
    _everyone((a, b, c), folder)
    before = _open(a)
    assert len(before) == 1 and _open(b) == before == _open(c)
    return org, before


def test_undoing_a_decision_reopens_the_same_conflict_here_and_on_every_laptop(trio, tmp_path):
    a, b, c = trio
    org, before = _conflict_on_name(a, b, c, tmp_path)
    shown = _name(a, org)
    a.desk.write("Decide", lambda s: conflicts.resolve(s, before[0]["id"], value="Green Buyers Kenya Ltd"))
    _everyone((a, b, c), tmp_path)  # the decision travels (and the history everyone has seen is pruned)
    assert all(_open(x) == [] and _name(x, org) == "Green Buyers Kenya Ltd" for x in (a, b, c))

    a.desk.undo()
    assert _open(a) == before  # the same id, the same values, the same order
    assert _name(a, org) == shown  # the provisional value again
    _send(a, b, tmp_path)
    _send(b, c, tmp_path)  # relayed through Nairobi
    for laptop in (b, c):
        assert _open(laptop) == before
        assert _name(laptop, org) == shown

    # Redo decides again, everywhere.
    a.desk.redo()
    assert _open(a) == [] and _name(a, org) == "Green Buyers Kenya Ltd"
    _everyone((a, b, c), tmp_path)
    assert all(_open(x) == [] and _name(x, org) == "Green Buyers Kenya Ltd" for x in (a, b, c))


def test_an_undone_decision_and_a_decision_on_another_laptop_leave_the_other_decision(trio, tmp_path):
    """Ann decides and undoes her decision while Bob decides the same conflict: only Bob's decision is
    left, so it holds on every laptop; two decisions that both stand and differ reopen it (a new id)."""
    a, b, c = trio
    org, before = _conflict_on_name(a, b, c, tmp_path)
    cid = before[0]["id"]
    a.desk.write("Decide", lambda s: conflicts.resolve(s, cid, keep=1))
    b.desk.write("Decide", lambda s: conflicts.resolve(s, cid, keep=2))
    a.desk.undo()
    assert _open(a) == before
    kept = before[0]["values"][1]["value"]
    _everyone((a, b, c), tmp_path)
    for laptop in (a, b, c):
        assert _open(laptop) == []
        assert _name(laptop, org) == kept


def test_decisions_that_both_stand_still_reopen_and_undoing_one_leaves_the_other(trio, tmp_path):
    a, b, c = trio
    org, before = _conflict_on_name(a, b, c, tmp_path)
    cid = before[0]["id"]
    a.desk.write("Decide", lambda s: conflicts.resolve(s, cid, value="Decided by Ann"))
    b.desk.write("Decide", lambda s: conflicts.resolve(s, cid, value="Decided by Bob"))
    _everyone((a, b, c), tmp_path)
    reopened = _open(a)
    assert len(reopened) == 1 and reopened[0]["id"] != cid and _open(b) == reopened == _open(c)
    # Ann decides the reopened conflict, then changes her mind: the conflict between the two decisions
    # is back, with its id.
    a.desk.write("Decide", lambda s: conflicts.resolve(s, reopened[0]["id"], keep=2))
    a.desk.undo()
    _everyone((a, b, c), tmp_path)
    assert _open(a) == reopened == _open(b) == _open(c)


def test_an_edit_made_meanwhile_on_another_laptop_joins_the_reopened_conflict(trio, tmp_path):
    """Bob edits the decided value while Ann undoes her decision: nothing is lost, the values Ann had
    decided between and Bob's edit wait for a decision, the same on every laptop."""
    a, b, c = trio
    org, before = _conflict_on_name(a, b, c, tmp_path)
    a.desk.write("Decide", lambda s: conflicts.resolve(s, before[0]["id"], keep=1))
    _everyone((a, b, c), tmp_path)
    b.desk.write("Edit", registry.update_organisation, org, OrganisationInput("Bob's name", country_iso3="KEN"))
    a.desk.undo()
    _everyone((a, b, c), tmp_path)
    (found,) = _open(a)
    assert _open(b) == [found] == _open(c)
    assert sorted(v["value"] for v in found["values"]) == sorted(
        ["Bob's name"] + [v["value"] for v in before[0]["values"]])


def test_undoing_the_decision_of_a_pin_reopens_that_key(trio, tmp_path):
    a, b, c = trio

    def round_(s):
        programme = s.scalar(select(Programme.id).where(Programme.code == "SPP"))
        call = Call(programme_id=programme, role="core_partner", title="Round", opens_on=date(2026, 1, 1),
                    closes_on=date(2026, 4, 30))
        s.add(call)
        s.flush()
        r = SelectionRound(call_id=call.id, seats=3, rules=[], pins={}, picked=[])
        s.add(r)
        s.flush()
        return r.id

    rid = a.desk.write("Round", round_).value
    _everyone((a, b, c), tmp_path)

    def pin(value):
        def run(s):
            r = s.get(SelectionRound, rid)
            r.pins = {**(r.pins or {}), "org-1": value}
        return run

    a.desk.write("Pin", pin(True))
    b.desk.write("Pin", pin(False))
    _everyone((a, b, c), tmp_path)
    (before,) = _open(a)
    assert before["field"] == "pins[org-1]"
    pins = a.desk.read(lambda s: dict(s.get(SelectionRound, rid).pins))
    b.desk.write("Decide", lambda s: conflicts.resolve(s, before["id"], keep=2))
    _everyone((a, b, c), tmp_path)
    assert _open(a) == []
    b.desk.undo()
    _everyone((a, b, c), tmp_path)
    for laptop in (a, b, c):
        assert _open(laptop) == [before]
        assert laptop.desk.read(lambda s: dict(s.get(SelectionRound, rid).pins)) == pins


def test_undoing_a_plain_edit_is_no_reopen(trio, tmp_path):
    a, b, c = trio
    org = a.desk.write("New", registry.create_organisation,
                       OrganisationInput("Green Buyers Kenya", country_iso3="KEN")).value
    _everyone((a, b, c), tmp_path)
    a.desk.write("Edit", registry.update_organisation, org, OrganisationInput("Renamed", country_iso3="KEN"))
    a.desk.undo()
    assert _name(a, org) == "Green Buyers Kenya" and _open(a) == []
    assert a.desk.read(lambda s: s.scalar(select(sync_op.c.opid).where(sync_op.c.kind == "reopen"))) is None
