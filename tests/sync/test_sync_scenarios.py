"""Several laptops, one desk: the situations a desk meets (docs/SYNC.md)."""

from __future__ import annotations

import shutil
import uuid

import pytest
import sync_world as world
from sqlalchemy import select

from opn_desk.db import backup
from opn_desk.db.models import AuditEntry, Country, DeskSetting, Organisation, Programme, sync_replica
from opn_desk.db.store import restore_database
from opn_desk.domain.registry import OrganisationInput
from opn_desk.domain.sync_merge import derived_id
from opn_desk.services import registry
from opn_desk.services.errors import NotAllowed
from opn_desk.services.sync import conflicts, exchange, identity


@pytest.fixture
def desk_pair(tmp_path):
    folder = tmp_path / "x"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    b = world.clone(a, folder, "Nairobi laptop", "Bob")
    yield a, b
    a.close()
    b.close()


def _org(laptop, name="Green Buyers Kenya"):
    return laptop.desk.write("New", registry.create_organisation, OrganisationInput(name, country_iso3="KEN")).value


def _rename(laptop, org, name):
    laptop.desk.write("Edit", registry.update_organisation, org, OrganisationInput(name, country_iso3="KEN"))


def _swap(a, b, folder, both=True):
    pa, pb = folder / f"a{uuid.uuid4().hex[:6]}.opnsync", folder / f"b{uuid.uuid4().hex[:6]}.opnsync"
    exchange.export_bundle(a.desk, pa)
    exchange.export_bundle(b.desk, pb)
    out = exchange.import_bundles(a.desk, [pb], make_backup=False)
    if both:
        exchange.import_bundles(b.desk, [pa], make_backup=False)
    return out


def _name(laptop, org):
    return laptop.desk.read(lambda s: s.scalar(select(Organisation.name).where(Organisation.id == org)))


def test_reference_rows_have_ids_derived_from_their_codes(desk_pair):
    a, _b = desk_pair
    ken = a.desk.read(lambda s: s.scalar(select(Country.id).where(Country.iso3 == "KEN")))
    spp = a.desk.read(lambda s: s.scalar(select(Programme.id).where(Programme.code == "SPP")))
    assert ken == derived_id("country", "KEN")
    assert spp == derived_id("programme", "SPP")


def test_a_record_with_a_natural_key_made_on_two_laptops_is_one_record(desk_pair, tmp_path):
    a, b = desk_pair
    a.desk.write("Set", lambda s: s.add(DeskSetting(key="waiting_days", value=10)))
    b.desk.write("Set", lambda s: s.add(DeskSetting(key="waiting_days", value=10)))
    out = _swap(a, b, tmp_path)
    assert out.open_conflicts == 0  # the same value twice is not a conflict
    for laptop in (a, b):
        rows = laptop.desk.read(lambda s: s.execute(select(DeskSetting.id, DeskSetting.value)).all())
        assert rows == [(derived_id("desk_setting", "waiting_days"), 10)]


def test_a_clock_ten_years_off_cannot_overwrite_later_work(desk_pair, tmp_path, monkeypatch):
    a, b = desk_pair
    org = _org(a)
    _swap(a, b, tmp_path)
    real = identity.time.time
    monkeypatch.setattr(identity.time, "time", lambda: real() + 10 * 365 * 86400)
    _rename(b, org, "From the future")  # b's clock is ten years ahead
    monkeypatch.setattr(identity.time, "time", real)
    _swap(a, b, tmp_path)
    _rename(a, org, "Later, after seeing it")  # a saw b's edit: causality, not the clock, decides
    _swap(a, b, tmp_path)
    assert _name(a, org) == _name(b, org) == "Later, after seeing it"
    assert a.desk.read(conflicts.open_conflicts) == []
    # Concurrent edits with a wrong clock are a conflict, never a silent overwrite.
    monkeypatch.setattr(identity.time, "time", lambda: real() + 10 * 365 * 86400)
    _rename(b, org, "Future again")
    monkeypatch.setattr(identity.time, "time", real)
    _rename(a, org, "Present")
    _swap(a, b, tmp_path)
    (c,) = a.desk.read(conflicts.open_conflicts)
    assert {v.value for v in c.values} == {"Future again", "Present"}


def test_a_delete_never_swallows_an_edit_it_did_not_see(desk_pair, tmp_path):
    a, b = desk_pair
    org = _org(a)
    _swap(a, b, tmp_path)
    a.desk.write("Delete", registry.delete_organisation, org)
    _rename(b, org, "Still needed")
    _swap(a, b, tmp_path)
    for laptop in (a, b):
        assert _name(laptop, org) == "Still needed"
        (c,) = laptop.desk.read(conflicts.open_conflicts)
        assert c.field == "deleted" and [v.value for v in c.values] == ["kept", "deleted"]
    a.desk.write("Decide", lambda s: conflicts.resolve(s, str(c.id), keep=2))
    _swap(a, b, tmp_path)
    for laptop in (a, b):
        assert _name(laptop, org) is None
        assert laptop.desk.read(conflicts.open_conflicts) == []


def test_two_laptops_deciding_differently_reopen_the_conflict(desk_pair, tmp_path):
    a, b = desk_pair
    org = _org(a)
    _swap(a, b, tmp_path)
    _rename(a, org, "A")
    _rename(b, org, "B")
    _swap(a, b, tmp_path)
    (c,) = a.desk.read(conflicts.open_conflicts)
    a.desk.write("Decide", lambda s: conflicts.resolve(s, str(c.id), keep=1))
    b.desk.write("Decide", lambda s: conflicts.resolve(s, str(c.id), keep=2))
    _swap(a, b, tmp_path)
    reopened = [laptop.desk.read(conflicts.open_conflicts) for laptop in (a, b)]
    assert len(reopened[0]) == 1 and reopened[0][0].id != c.id
    assert [x.id for x in reopened[0]] == [x.id for x in reopened[1]]


def test_undo_is_refused_when_a_merged_edit_touched_the_field(desk_pair, tmp_path):
    a, b = desk_pair
    org = _org(a)
    _swap(a, b, tmp_path)
    _rename(a, org, "Mine")
    _swap(a, b, tmp_path)
    _rename(b, org, "Theirs, after seeing mine")
    _swap(a, b, tmp_path)
    with pytest.raises(NotAllowed, match="Nairobi laptop"):
        a.desk.undo()
    assert _name(a, org) == "Theirs, after seeing mine"
    # Undo of a laptop's own, untouched work still works.
    other = _org(a, "Another one")
    a.desk.undo()
    assert _name(a, other) is None


def test_the_audit_trail_names_the_laptop_each_change_came_from(desk_pair, tmp_path):
    a, b = desk_pair
    org = _org(a)
    _swap(a, b, tmp_path)
    _rename(b, org, "Renamed on b")
    _swap(a, b, tmp_path)
    b_id = b.desk.read(lambda s: identity.current(s, claim=False).replica_id)
    entries = a.desk.read(lambda s: s.execute(select(AuditEntry.actor, AuditEntry.origin, AuditEntry.action)
                                              .where(AuditEntry.record_id == org)).all())
    assert ("Bob", b_id, "update") in entries
    summary = a.desk.read(lambda s: s.scalars(select(AuditEntry.description).where(
        AuditEntry.table_name == "sync")).all())
    assert any("from Nairobi laptop" in d for d in summary)
    # Received entries arrive by id: a second delivery adds none.
    count = a.desk.read(lambda s: len(s.scalars(select(AuditEntry.id)).all()))
    _swap(a, b, tmp_path, both=False)
    assert a.desk.read(lambda s: len(s.scalars(select(AuditEntry.id)).all())) == count


def test_a_copied_database_file_forks_a_new_identity(desk_pair, tmp_path):
    a, b = desk_pair
    org = _org(a)
    copy_path = tmp_path / "x" / "copied-by-hand.sqlite"
    a.store.close()
    shutil.copyfile(a.path, copy_path)
    a = world.Laptop(a.path, "Ann")
    copy = world.Laptop(copy_path, "Carl")
    try:
        _rename(copy, org, "Edited in the copy")
        _rename(a, org, "Edited in the original")
        ids = [laptop.desk.read(lambda s: identity.current(s, claim=False).replica_id) for laptop in (a, copy)]
        assert ids[0] != ids[1]
        _swap(a, copy, tmp_path)
        # Both edits survive (no sequence number was written twice under one identity).
        (c,) = a.desk.read(conflicts.open_conflicts)
        assert {v.value for v in c.values} == {"Edited in the copy", "Edited in the original"}
    finally:
        a.close()
        copy.close()
        b.close()


def test_restoring_a_backup_forks_so_sequence_numbers_are_never_reused(desk_pair, tmp_path):
    a, b = desk_pair
    org = _org(a)
    kept = backup.backup_now(a.path)
    _rename(a, org, "Sent before the restore")
    exchange.export_bundle(a.desk, tmp_path / "before.opnsync")
    exchange.import_bundles(b.desk, [tmp_path / "before.opnsync"], make_backup=False)
    old = a.desk.read(lambda s: identity.current(s, claim=False).replica_id)
    a.close()
    restore_database(a.path, kept)
    a = world.Laptop(a.path, "Ann")
    try:
        _rename(a, org, "Written after the restore")
        new = a.desk.read(lambda s: identity.current(s, claim=False))
        assert new.replica_id != old and new.name.endswith("(restored)")
        _swap(a, b, tmp_path)
        (c,) = b.desk.read(conflicts.open_conflicts)
        assert {v.value for v in c.values} == {"Sent before the restore", "Written after the restore"}
        names = b.desk.read(lambda s: s.scalars(select(sync_replica.c.name)).all())
        assert any(n.endswith("(restored)") for n in names)
    finally:
        a.close()


def test_a_duplicate_made_on_two_laptops_is_listed_beside_the_conflicts(desk_pair, tmp_path):
    a, b = desk_pair
    _org(a, "Zero Waste Alliance")
    _org(b, "Zero Waste Alliance")
    out = _swap(a, b, tmp_path)
    assert out.findings and "Zero Waste Alliance" in out.findings[0]
    assert "rule" in out.summary()
    status = a.desk.read(exchange.status)
    assert any("Zero Waste Alliance" in f for f in status.findings)


def test_relayed_and_out_of_order_bundles_arrive_whole(tmp_path):
    (tmp_path / "x").mkdir()
    a = world.first_laptop(tmp_path / "x", "Ann")
    b = world.clone(a, tmp_path / "x", "b", "Bob")
    c = world.clone(a, tmp_path / "x", "c", "Cy")
    try:
        org = _org(a)
        exchange.export_bundle(a.desk, tmp_path / "a1.opnsync")
        _rename(a, org, "Second name")
        exchange.export_bundle(a.desk, tmp_path / "a2.opnsync")
        # b gets the later bundle first, then the earlier one; c gets a's work only through b.
        exchange.import_bundles(b.desk, [tmp_path / "a2.opnsync"], make_backup=False)
        exchange.import_bundles(b.desk, [tmp_path / "a1.opnsync"], make_backup=False)
        exchange.export_bundle(b.desk, tmp_path / "b.opnsync", for_laptop="C")
        exchange.import_bundles(c.desk, [tmp_path / "b.opnsync"], make_backup=False)
        assert _name(b, org) == _name(c, org) == "Second name"
    finally:
        for laptop in (a, b, c):
            laptop.close()


def test_a_bundle_for_another_laptop_never_skips_changes_a_reader_lacks(tmp_path):
    (tmp_path / "x").mkdir()
    a = world.first_laptop(tmp_path / "x", "Ann")
    b = world.clone(a, tmp_path / "x", "b", "Bob")
    c = world.clone(a, tmp_path / "x", "c", "Cy")
    try:
        org = _org(a)
        exchange.export_bundle(a.desk, tmp_path / "all.opnsync")
        exchange.import_bundles(b.desk, [tmp_path / "all.opnsync"], make_backup=False)
        exchange.export_bundle(b.desk, tmp_path / "b.opnsync")
        exchange.import_bundles(a.desk, [tmp_path / "b.opnsync"], make_backup=False)  # a learns what b saw
        _rename(a, org, "Renamed")
        exchange.export_bundle(a.desk, tmp_path / "for-b.opnsync", for_laptop="b")
        # c has seen nothing of a's: the bundle made for b lacks the creation, so nothing of it applies yet.
        out = exchange.import_bundles(c.desk, [tmp_path / "for-b.opnsync"], make_backup=False)
        assert out.changes == 0 and out.waiting > 0 and "wait for earlier changes" in out.summary()
        assert _name(c, org) is None
        out = exchange.import_bundles(c.desk, [tmp_path / "all.opnsync", tmp_path / "for-b.opnsync"],
                                      make_backup=False)
        assert _name(c, org) == "Renamed" and out.waiting == 0
    finally:
        for laptop in (a, b, c):
            laptop.close()
