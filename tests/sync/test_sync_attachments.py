"""Several laptops, one desk: an attached file travels once, keyed by its SHA-256 (docs/SYNC.md)."""

from __future__ import annotations

import os
import uuid
from datetime import date

import pytest
import sync_world as world
from sqlalchemy import select

from opn_desk.db.models import Application, Attachment, Programme
from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import applications, registry
from opn_desk.services.sync import SyncError, exchange

FILE = os.urandom(300_000)  # does not compress: its size in a bundle is its size


@pytest.fixture
def pair(tmp_path):
    folder = tmp_path / "x"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    b = world.clone(a, folder, "Nairobi laptop", "Bob")
    yield a, b
    a.close()
    b.close()


def _application(laptop):
    org = laptop.desk.write("New", registry.create_organisation,
                            OrganisationInput(f"Org {uuid.uuid4().hex[:6]}", country_iso3="KEN")).value

    def add(s):
        app = Application(organisation_id=org, programme_id=s.scalar(select(Programme.id).where(Programme.code == "SPP")),
                          role="network_member", received_on=date(2026, 3, 1))
        s.add(app)
        s.flush()
        return app.id

    return laptop.desk.write("Receive", add).value


def _attach(laptop, app, name="letter.pdf"):
    return laptop.desk.write("Attach", applications.add_attachment, app, name, FILE).value


def _contents(laptop):
    return laptop.desk.read(lambda s: {r.id: bytes(r.content) for r in s.execute(
        select(Attachment.id, Attachment.content))})


def _export(laptop, folder, for_laptop=None):
    path = folder / f"{uuid.uuid4().hex[:8]}.opnsync"
    exchange.export_bundle(laptop.desk, path, for_laptop=for_laptop)
    return path


def test_a_file_attached_twice_travels_once(pair, tmp_path):
    a, b = pair
    first, second = _attach(a, _application(a)), _attach(a, _application(a), "same letter.pdf")
    path = _export(a, tmp_path)
    assert path.stat().st_size < 1.5 * len(FILE)  # twice would be more than 2 × the file
    exchange.import_bundles(b.desk, [path], make_backup=False)
    assert _contents(b) == {first: FILE, second: FILE}


def test_a_file_the_other_laptop_has_is_not_sent_again(pair, tmp_path):
    a, b = pair
    first = _attach(a, _application(a))
    exchange.import_bundles(b.desk, [_export(a, tmp_path, "Nairobi laptop")], make_backup=False)
    exchange.import_bundles(a.desk, [_export(b, tmp_path)], make_backup=False)  # a learns what b has
    again = _attach(a, _application(a), "again.pdf")  # the same file, on another application
    path = _export(a, tmp_path, "Nairobi laptop")
    assert path.stat().st_size < 50_000
    exchange.import_bundles(b.desk, [path], make_backup=False)
    assert _contents(b) == {first: FILE, again: FILE}
    assert _contents(a) == _contents(b)


def test_a_bundle_without_contents_the_reader_lacks_is_refused_whole(pair, tmp_path):
    a, b = pair
    folder = tmp_path / "c"
    folder.mkdir()
    c = world.clone(a, folder, "Bamako laptop", "Cy")
    try:
        exchange.import_bundles(b.desk, [_export(a, tmp_path)], make_backup=False)
        _attach(a, _application(a))
        exchange.import_bundles(b.desk, [_export(a, tmp_path, "Nairobi laptop")], make_backup=False)
        exchange.import_bundles(a.desk, [_export(b, tmp_path)], make_backup=False)
        _attach(a, _application(a), "again.pdf")
        lean = _export(a, tmp_path, "Nairobi laptop")  # made for b, which has the file
        with pytest.raises(SyncError, match="attached files"):
            exchange.import_bundles(c.desk, [lean], make_backup=False)
        assert _contents(c) == {}
        # with a full bundle beside it, the same import goes through
        exchange.import_bundles(c.desk, [lean, _export(a, tmp_path)], make_backup=False)
        assert sorted(_contents(c).values()) == [FILE, FILE]
    finally:
        c.close()
