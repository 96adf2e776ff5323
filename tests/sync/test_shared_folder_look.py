"""What waits in the shared folder, from the files' headers alone (shared_folder.look: the window's watch),
and the two halves of an exchange through the folder on their own (read_folder: *Read now*; write_own:
*Write my file*); docs/SYNC.md "In the window"."""

from __future__ import annotations

import json
import struct
import uuid

import pytest
import sync_world as world
from sqlalchemy import select

from opn_desk.db.models import Organisation
from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import registry
from opn_desk.services.sync import SyncError, shared_folder


@pytest.fixture
def trio(tmp_path):
    folder = tmp_path / "laptops"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    b = world.clone(a, folder, "Nairobi laptop", "Bob")
    c = world.clone(a, folder, "Dakar laptop", "Cheikh")
    yield a, b, c
    for laptop in (a, b, c):
        laptop.close()


@pytest.fixture
def shared(tmp_path):
    folder = tmp_path / "Dropbox" / "exchange"
    folder.mkdir(parents=True)
    return folder


def _org(laptop, name="Green Buyers Kenya"):
    return laptop.desk.write("New", registry.create_organisation, OrganisationInput(name, country_iso3="KEN")).value


def _acronym(laptop, org):
    return laptop.desk.read(lambda s: s.scalar(select(Organisation.acronym).where(Organisation.id == org)))


def test_look_names_the_laptops_with_something_new_and_reads_nothing(trio, shared):
    a, b, c = trio
    assert shared_folder.look(a.desk, shared).waiting == ()
    org = _org(b)
    shared_folder.write_own(b.desk, shared)
    _org(c, "Dakar Women Traders")
    shared_folder.write_own(c.desk, shared)
    news = shared_folder.look(a.desk, shared)
    assert sorted(news.senders) == ["Dakar laptop", "Nairobi laptop"] and len(news.waiting) == 2
    assert news.key() == shared_folder.look(a.desk, shared).key()  # the same files: the same news
    assert a.desk.read(lambda s: s.get(Organisation, org)) is None  # looking reads nothing into the desk

    done = shared_folder.read_folder(a.desk, shared, make_backup=False)
    assert done.written is None and len(done.read) == 2 and done.imported.changes > 0
    assert "Wrote" not in done.summary()
    assert not any("Ann" in p.name for p in shared.iterdir())  # Read now does not write this laptop's file
    assert shared_folder.look(a.desk, shared).waiting == ()  # nothing new any more

    # Nairobi edits and rewrites its file: the changed file is news again, from Nairobi alone.
    b.desk.write("Edit", registry.update_organisation, org,
                 OrganisationInput("Green Buyers Kenya", acronym="GBK", country_iso3="KEN"))
    shared_folder.write_own(b.desk, shared)
    news = shared_folder.look(a.desk, shared)
    assert news.senders == ("Nairobi laptop",)
    shared_folder.read_folder(a.desk, shared, make_backup=False)
    assert _acronym(a, org) == "GBK"


def test_own_file_counts_the_changes_it_lacks(trio, shared):
    a, _b, _c = trio
    news = shared_folder.look(a.desk, shared)
    assert news.own_file == ""
    written = shared_folder.write_own(a.desk, shared)
    assert written.path.parent == shared.resolve() and written.path.name.endswith(".opnsync")
    news = shared_folder.look(a.desk, shared)
    assert news.own_file == written.path.name and news.own_missing == 0 and news.waiting == ()
    _org(a)
    missing = shared_folder.look(a.desk, shared).own_missing
    assert missing > 0
    shared_folder.write_own(a.desk, shared)
    assert shared_folder.look(a.desk, shared).own_missing == 0
    assert [p.name for p in shared.iterdir()] == [written.path.name]  # rewritten in place, no .partial left


def test_half_written_damaged_and_foreign_files_are_not_announced(trio, shared, tmp_path):
    a, b, _c = trio
    (shared / "half.opnsync").write_bytes(b"OPNSYNC1\x00\x00\x01\x00{\"sen")
    (shared / "notes.opnsync").write_text("not an exchange file")
    (shared / "Nairobi-laptop-1234.opnsync.partial").write_bytes(b"OPNSYNC1")
    # Another desk's file: a good bundle whose header names another desk.
    _org(b)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    data = shared_folder.write_own(b.desk, elsewhere).path.read_bytes()
    length = struct.unpack(">I", data[8:12])[0]
    header = json.loads(data[12:12 + length])
    header["desk"] = str(uuid.uuid4())
    head = json.dumps(header).encode()
    (shared / "foreign.opnsync").write_bytes(data[:8] + struct.pack(">I", len(head)) + head + data[12 + length:])
    assert shared_folder.look(a.desk, shared).waiting == ()
    # Read now still names what is wrong with them, and reads nothing from them.
    done = shared_folder.read_folder(a.desk, shared, make_backup=False)
    assert {n for n, _ in done.problems} == {"half.opnsync", "notes.opnsync", "foreign.opnsync"}
    assert done.imported is None


def test_look_refuses_the_live_database_folder_in_one_sentence(trio):
    a, _b, _c = trio
    with pytest.raises(SyncError, match="live database"):
        shared_folder.look(a.desk, a.path.parent)
