"""Several laptops, one desk: a record kept only because another row referred to it goes on every laptop
once nothing refers to it any more, however the reference went (docs/SYNC.md, "The conflict rules").

Found by the long random run of test_sync_property: a laptop that received a link moved away (or a merge
undone) kept the deleted organisation the link had kept alive, while the laptop that moved it dropped it.
"""

from __future__ import annotations

import uuid

import pytest
import sync_world as world
from sqlalchemy import select

from opn_desk.db.models import Organisation, OrganisationName
from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import duplicates, registry
from opn_desk.services.sync import exchange


@pytest.fixture
def desk_pair(tmp_path):
    folder = tmp_path / "x"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    b = world.clone(a, folder, "Nairobi laptop", "Bob")
    yield a, b
    a.close()
    b.close()


def _org(laptop, name):
    return laptop.desk.write("New", registry.create_organisation, OrganisationInput(name, country_iso3="KEN")).value


def _swap(a, b, folder):
    pa, pb = folder / f"a{uuid.uuid4().hex[:6]}.opnsync", folder / f"b{uuid.uuid4().hex[:6]}.opnsync"
    exchange.export_bundle(a.desk, pa)
    exchange.export_bundle(b.desk, pb)
    exchange.import_bundles(a.desk, [pb], make_backup=False)
    exchange.import_bundles(b.desk, [pa], make_backup=False)


def _delete(laptop, org):
    laptop.desk.write("Delete", lambda s: s.delete(s.get(Organisation, org)))


def _exists(laptop, org) -> bool:
    return laptop.desk.read(lambda s: s.scalar(select(Organisation.id).where(Organisation.id == org))) is not None


def test_a_deleted_organisation_kept_by_a_link_goes_everywhere_when_the_link_moves(desk_pair, tmp_path):
    a, b = desk_pair
    gone, other = _org(a, "Green Buyers Kenya"), _org(a, "Blue Sellers Kenya")
    _swap(a, b, tmp_path)
    # a deletes the organisation while b, not knowing, gives it another name: the link keeps it alive
    _delete(a, gone)
    name = uuid.uuid4()
    b.desk.write("Link", lambda s: s.add(OrganisationName(id=name, organisation_id=gone, name="GBK", language="")))
    _swap(a, b, tmp_path)
    assert _exists(a, gone) and _exists(b, gone)
    # b moves the other name to another organisation: nothing keeps the deleted one any more
    b.desk.write("Move", lambda s: setattr(s.get(OrganisationName, name), "organisation_id", other))
    assert not _exists(b, gone)
    _swap(a, b, tmp_path)
    assert not _exists(a, gone), "the laptop that received the move still holds the deleted organisation"
    assert a.desk.read(world.state) == b.desk.read(world.state)


def test_a_deleted_organisation_kept_by_a_merge_goes_everywhere_when_the_merge_is_undone(desk_pair, tmp_path):
    a, b = desk_pair
    keep, twin = _org(a, "Green Buyers Kenya"), _org(a, "Green Buyers of Kenya")
    _swap(a, b, tmp_path)
    # a deletes the organisation b, not knowing, merges the twin into: the merged twin keeps it alive
    _delete(a, keep)
    b.desk.write("Merge", duplicates.merge_organisations, keep, twin)
    _swap(a, b, tmp_path)
    assert _exists(a, keep) and _exists(b, keep)
    # b undoes the merge: the twin is its own again and nothing keeps the deleted organisation; a,
    # meanwhile, removes the other name the merge gave it, so only the twin's merge keeps it there
    b.desk.undo()
    assert not _exists(b, keep)
    a.desk.write("Unlink", lambda s: [s.delete(n) for n in s.scalars(
        select(OrganisationName).where(OrganisationName.organisation_id == keep))])
    assert _exists(a, keep)
    _swap(a, b, tmp_path)
    assert not _exists(a, keep), "the laptop that received the undone merge still holds the deleted organisation"
    assert _exists(a, twin) and _exists(b, twin)
    assert a.desk.read(world.state) == b.desk.read(world.state)
