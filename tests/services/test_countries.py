"""The desk corrects the regional group a country counts in: audited, undoable, and used at once by the
registry's group filter and the selection pool."""

from __future__ import annotations

import pytest

from opn_desk.domain.registry import OrganisationInput, OrganisationQuery
from opn_desk.services import countries, registry
from opn_desk.services.errors import InvalidInput, NotFound


def _country(desk, iso3):
    return next(c for c in desk.read(countries.list_countries) if c.iso3 == iso3)


def test_shipped_groups_as_counted_for_elections(desk):
    assert _country(desk, "TUR").regional_group == "WEOG"
    assert _country(desk, "USA").regional_group == "WEOG"
    assert _country(desk, "PSE").regional_group is None
    assert not any(c.changed for c in desk.read(countries.list_countries))


def test_a_corrected_group_is_used_by_the_registry_and_undoes(desk):
    org = desk.write("Add", registry.create_organisation,
                     OrganisationInput("Ankara Green Procurement", country_iso3="TUR")).value

    def in_group(code):
        rows = desk.read(registry.search_organisations, OrganisationQuery(regional_group=code))
        return org in {r.id for r in rows}

    assert in_group("WEOG") and not in_group("APG")
    desk.write("Count Türkiye in APG", countries.set_regional_group, "tur", "APG")
    turkey = _country(desk, "TUR")
    assert (turkey.regional_group, turkey.shipped_group, turkey.changed, turkey.organisations) == \
        ("APG", "WEOG", True, 1)
    assert in_group("APG") and not in_group("WEOG")
    desk.write("No group", countries.set_regional_group, "TUR", None)
    assert in_group("none")
    desk.undo()
    desk.undo()
    assert _country(desk, "TUR").regional_group == "WEOG" and in_group("WEOG")


def test_unknown_country_or_group_is_refused(desk):
    with pytest.raises(NotFound, match="no country with the code 'XXX'"):
        desk.write("x", countries.set_regional_group, "XXX", "APG")
    with pytest.raises(InvalidInput, match="'ASIA' is not a UN regional group"):
        desk.write("x", countries.set_regional_group, "TUR", "ASIA")
    assert _country(desk, "TUR").regional_group == "WEOG"


def test_the_reference_command_writes_the_groups_as_the_database_counts_them(desk, tmp_path, capsys):
    import csv

    from opn_desk.cli import main

    desk.write("Count Türkiye in APG", countries.set_regional_group, "TUR", "APG")
    shipped, counted = tmp_path / "shipped.csv", tmp_path / "counted.csv"
    assert main(["reference", "countries", "--out", str(shipped)]) == 0
    assert main(["reference", "countries", "--out", str(counted), "--db", str(desk.store.path)]) == 0
    capsys.readouterr()

    def group(path):
        with path.open(encoding="utf-8-sig", newline="") as f:
            return {r["iso3"]: r["regional_group"] for r in csv.DictReader(f)}

    assert group(shipped)["TUR"] == "WEOG" and group(counted)["TUR"] == "APG"
    assert group(counted)["NAM"] == "AFRICA" and len(group(counted)) == len(group(shipped))
