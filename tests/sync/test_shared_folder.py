"""Shared-folder mode and the "Needs decision" read model (services/sync/shared_folder.py,
decisions_view.py; docs/SYNC.md)."""

from __future__ import annotations

import uuid

import pytest
import sync_world as world
from sqlalchemy import select

from opn_desk.db.models import Organisation
from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import registry
from opn_desk.services.sync import SyncError, conflicts, decisions_view, exchange, shared_folder


@pytest.fixture
def desk_pair(tmp_path):
    folder = tmp_path / "laptops"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    b = world.clone(a, folder, "Nairobi laptop", "Bob")
    yield a, b
    a.close()
    b.close()


@pytest.fixture
def shared(tmp_path):
    folder = tmp_path / "OneDrive - Desk" / "exchange"
    folder.mkdir(parents=True)
    return folder


def _org(laptop, name="Green Buyers Kenya", notes=""):
    return laptop.desk.write("New", registry.create_organisation,
                             OrganisationInput(name, country_iso3="KEN", notes=notes)).value


def _edit(laptop, org, name="Green Buyers Kenya", acronym="", notes=""):
    laptop.desk.write("Edit", registry.update_organisation, org,
                      OrganisationInput(name, acronym=acronym, country_iso3="KEN", notes=notes))


def _field(laptop, org, column):
    return laptop.desk.read(lambda s: s.scalar(select(getattr(Organisation, column)).where(Organisation.id == org)))


def test_round_trip_through_a_shared_folder(desk_pair, shared):
    a, b = desk_pair
    org = _org(a)
    first = shared_folder.exchange_in_folder(a.desk, shared, make_backup=False)
    assert first.imported is None and first.written.parent == shared.resolve()
    assert first.written.name.endswith(".opnsync") and first.written_changes > 0
    assert [p.name for p in shared.iterdir()] == [first.written.name]  # only its own file, no .partial left

    got = shared_folder.exchange_in_folder(b.desk, shared, make_backup=False)
    assert got.read == (first.written.name,) and got.imported.changes > 0
    assert "from " in got.summary() and "need" in got.summary()
    assert _field(b, org, "name") == "Green Buyers Kenya"
    assert len(list(shared.glob("*.opnsync"))) == 2  # each laptop wrote only its own file

    _edit(b, org, acronym="GBK")
    shared_folder.exchange_in_folder(b.desk, shared, make_backup=False)
    back = shared_folder.exchange_in_folder(a.desk, shared, make_backup=False)
    assert back.imported is not None and _field(a, org, "acronym") == "GBK"

    # Nothing new since: the other laptop's file is skipped without being read, and a's own always is.
    again = shared_folder.exchange_in_folder(a.desk, shared, make_backup=False)
    assert again.imported is None and again.read == ()
    assert sorted(again.skipped) == sorted(p.name for p in shared.glob("*.opnsync"))
    assert "Nothing new" in again.summary()


def test_a_folder_holding_the_live_database_is_refused(desk_pair):
    a, _b = desk_pair
    before = sorted(p.name for p in a.path.parent.iterdir())
    with pytest.raises(SyncError) as refused:
        shared_folder.exchange_in_folder(a.desk, a.path.parent, make_backup=False)
    assert "live database" in str(refused.value) and "\n" not in str(refused.value)
    with pytest.raises(SyncError):  # its parent holds the database too
        shared_folder.check_folder(a.path, a.path.parent.parent)
    assert sorted(p.name for p in a.path.parent.iterdir()) == before  # nothing written there


def test_a_missing_folder_is_refused_in_one_sentence(desk_pair, tmp_path):
    a, _b = desk_pair
    with pytest.raises(SyncError, match="does not exist"):
        shared_folder.exchange_in_folder(a.desk, tmp_path / "nowhere", make_backup=False)


def test_a_damaged_file_is_named_and_the_others_are_still_read(desk_pair, shared):
    a, b = desk_pair
    org = _org(a)
    shared_folder.exchange_in_folder(a.desk, shared, make_backup=False)
    (shared / "broken.opnsync").write_bytes(b"OPNSYNC1\x00\x00\x00\x05{}")
    (shared / "notes.opnsync").write_text("not an exchange file")
    got = shared_folder.exchange_in_folder(b.desk, shared, make_backup=False)
    assert {name for name, _ in got.problems} == {"broken.opnsync", "notes.opnsync"}
    assert all(sentence.startswith(name) for name, sentence in got.problems)
    assert got.imported is not None and _field(b, org, "name") == "Green Buyers Kenya"
    assert "Not read: broken.opnsync" in got.summary()


def test_own_file_name_is_safe_and_unique():
    rid = uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert shared_folder.own_file_name("Nairobi laptop / Amina's", rid) == "Nairobi-laptop-Amina-s-12345678.opnsync"
    assert shared_folder.own_file_name("***", rid) == "laptop-12345678.opnsync"


def _conflicted(a, b, tmp_path):
    org = _org(a, notes="Met in May.")
    pa = tmp_path / "a.opnsync"
    exchange.export_bundle(a.desk, pa)
    exchange.import_bundles(b.desk, [pa], make_backup=False)
    _edit(a, org, acronym="GBK", notes="Met in May. Sent the letter.")
    _edit(b, org, acronym="GB-K", notes="Met in May. Called them.")
    pa2, pb = tmp_path / "a2.opnsync", tmp_path / "b.opnsync"
    exchange.export_bundle(a.desk, pa2)
    exchange.export_bundle(b.desk, pb)
    exchange.import_bundles(a.desk, [pb], make_backup=False)
    exchange.import_bundles(b.desk, [pa2], make_backup=False)
    return org


def test_decisions_read_as_a_person_reads_them(desk_pair, tmp_path):
    a, b = desk_pair
    org = _conflicted(a, b, tmp_path)
    found = a.desk.read(decisions_view.waiting)
    assert [d.field for d in found] == ["acronym", "notes"]
    acronym, notes = found
    assert acronym.record_label == "Green Buyers Kenya" and acronym.organisation == org
    assert acronym.field_label == "Acronym" and not acronym.free_text
    assert {v.value for v in acronym.values} == {"GBK", "GB-K"}
    assert {v.laptop for v in acronym.values} == {"Nairobi laptop", a.desk.read(
        lambda s: exchange.status(s).laptop["name"])}
    assert {v.author for v in acronym.values} == {"Ann", "Bob"}
    assert notes.free_text and notes.field_label == "Notes"
    assert a.desk.read(decisions_view.count_waiting) == 2
    # The same ids on both laptops, as `sync conflicts` lists them.
    assert [d.id for d in b.desk.read(decisions_view.waiting)] == [d.id for d in found]


def test_keep_both_joins_free_text_and_travels(desk_pair, tmp_path):
    a, b = desk_pair
    org = _conflicted(a, b, tmp_path)
    notes = next(d for d in a.desk.read(decisions_view.waiting) if d.field == "notes")
    a.desk.write("Decide", decisions_view.keep_both, notes.id)
    kept = _field(a, org, "notes")
    assert "Sent the letter." in kept and "Called them." in kept
    acronym = next(d for d in a.desk.read(decisions_view.waiting) if d.field == "acronym")
    with pytest.raises(Exception, match="Only free text"):
        a.desk.write("Decide", decisions_view.keep_both, acronym.id)
    a.desk.write("Decide", decisions_view.decide, acronym.id, keep=2)
    assert a.desk.read(conflicts.open_conflicts) == []
    pa = tmp_path / "decided.opnsync"
    exchange.export_bundle(a.desk, pa)
    exchange.import_bundles(b.desk, [pa], make_backup=False)
    assert b.desk.read(conflicts.open_conflicts) == []  # the decisions travelled
    assert _field(b, org, "notes") == kept and _field(b, org, "acronym") == _field(a, org, "acronym")


def test_cli_sync_folder(desk_pair, shared, cli):
    a, b = desk_pair
    org = _org(a)
    r = cli("sync", "folder", "--db", a.path, shared)
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("\n") == 1 and "Wrote this laptop's" in r.stdout
    r = cli("sync", "folder", "--db", b.path, shared)
    assert r.returncode == 0, r.stderr
    assert "from " in r.stdout and "need" in r.stdout
    assert _field(b, org, "name") == "Green Buyers Kenya"
    for folder, words in ((a.path.parent, "live database"), (shared / "missing", "does not exist")):
        r = cli("sync", "folder", "--db", a.path, folder)
        assert r.returncode == 2, (r.stdout, r.stderr)
        line = r.stderr.strip()
        assert line.startswith("opn-desk: ") and "\n" not in line and words in line and "Traceback" not in line
