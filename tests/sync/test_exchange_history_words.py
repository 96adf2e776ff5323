"""Issue 16: the laptop exchange's operations are described (`Desk.write`'s description: the audit entries'
description and the undo menu's words) in the officer's language at the moment they are written
("Importer les modifications d’autres ordinateurs (b.opnsync)"); without a translator they stay English."""

from __future__ import annotations

import pytest
import sync_world as world

from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import registry
from opn_desk.services.sync import exchange


def _described(desk) -> list[str]:
    """The descriptions the desk's operations are written with, from now on."""
    descriptions: list[str] = []
    write = desk.write

    def spy(description, fn, *args, **kwargs):
        descriptions.append(description)
        return write(description, fn, *args, **kwargs)

    desk.write = spy
    return descriptions


@pytest.fixture
def laptops(tmp_path):
    folder = tmp_path / "x"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    b = world.clone(a, folder, "Nairobi laptop", "Bob")
    b.desk.write("New", registry.create_organisation, OrganisationInput("Zero Waste Alliance"))
    exchange.export_bundle(b.desk, tmp_path / "b.opnsync")
    yield a, tmp_path / "b.opnsync", folder
    a.close()
    b.close()


def test_the_exchange_operations_are_described_in_french(laptops, french):
    a, bundle_file, folder = laptops
    descriptions = _described(a.desk)
    exchange.import_bundles(a.desk, [bundle_file], make_backup=False)
    exchange.clone_desk(a.desk, folder / "kigali.sqlite", "Kigali laptop")
    assert exchange.forget(a.desk, "Kigali laptop") == "Kigali laptop"
    assert descriptions == ["Importer les modifications d’autres ordinateurs (b.opnsync)",
                            "Préparer une copie pour Kigali laptop", "Oublier l’ordinateur Kigali laptop"]


def test_the_same_operations_in_english_without_a_translator(laptops):
    a, bundle_file, folder = laptops
    descriptions = _described(a.desk)
    exchange.import_bundles(a.desk, [bundle_file], make_backup=False)
    exchange.clone_desk(a.desk, folder / "kigali.sqlite", "Kigali laptop")
    exchange.forget(a.desk, "Kigali laptop")
    assert descriptions == ["Import changes from other laptops (b.opnsync)", "Prepare a copy for Kigali laptop",
                            "Forget the laptop Kigali laptop"]
