"""Exports: formula-looking values stay text; sensitive data only when asked; files appear whole."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest

from opn_desk.cli import main
from opn_desk.domain.registry import MembershipInput, OrganisationInput, PersonInput
from opn_desk.services import registry
from opn_desk.services.errors import DeskError
from opn_desk.services.export import export_organisations

HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)"]


@pytest.fixture
def filled(desk):
    ids = []
    for i, name in enumerate(HOSTILE):
        ids.append(desk.write("add", registry.create_organisation,
                              OrganisationInput(name=name, acronym=f"H{i}", country_iso3="NAM")).value)
    org = desk.write("add", registry.create_organisation, OrganisationInput(
        name="Instituto Brasileiro", acronym="IBx", country_iso3="BRA", stakeholder_cluster="scientific_technical",
        other_names=(("Brazilian Institute", "en"),))).value
    rep = desk.write("add", registry.add_person, PersonInput(org, "Zoë Ångström", "zoe@example.org",
                                                             gender="female")).value
    desk.write("add", registry.add_membership, MembershipInput(org, "SPP", "core_partner", date(2025, 1, 1),
                                                               date(2027, 1, 1), representative_id=rep))
    return desk


def _csv(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_neutralises_formulas_and_keeps_the_rest(filled, tmp_path):
    out = tmp_path / "orgs.csv"
    assert export_organisations(filled, out) == len(HOSTILE) + 1
    rows = {r["acronym"]: r for r in _csv(out)}
    for i, name in enumerate(HOSTILE):
        assert rows[f"H{i}"]["name"] == "'" + name
        assert rows[f"H{i}"]["country_iso3"] == "NAM"  # Namibia's "NA" must not become empty
    ibx = rows["IBx"]
    assert ibx["programmes"] == "SPP"
    assert ibx["roles"] == "SPP:core_partner"
    assert ibx["regional_group"] == "GRULAC"
    assert ibx["stakeholder_cluster"] == "scientific_technical"
    assert ibx["other_names"] == "Brazilian Institute"
    assert ibx["representatives"] == "Zoë Ångström"
    assert "representative_genders" not in ibx
    assert "female" not in out.read_text(encoding="utf-8-sig")


def test_xlsx_writes_formula_looking_values_as_text(filled, tmp_path):
    out = tmp_path / "orgs.xlsx"
    export_organisations(filled, out)
    sheet = openpyxl.load_workbook(out).active
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    for name in HOSTILE:
        assert name in names
    for row in sheet.iter_rows(min_row=2):
        assert row[0].data_type != "f"


def test_sensitive_fields_only_when_asked(filled, tmp_path):
    out = tmp_path / "orgs.csv"
    export_organisations(filled, out, include_sensitive=True)
    ibx = {r["acronym"]: r for r in _csv(out)}["IBx"]
    assert ibx["representative_genders"] == "Zoë Ångström: female"


def test_cancelled_export_leaves_no_file(filled, tmp_path):
    out = tmp_path / "orgs.csv"
    with pytest.raises(DeskError, match="cancelled"):
        export_organisations(filled, out, abort=lambda: True, progress=lambda f, m: None)
    assert not out.exists()
    assert list(tmp_path.glob("*.partial")) == []


def test_cli_export(filled, tmp_path, capsys):
    out = tmp_path / "orgs.csv"
    assert main(["export", "organisations", "--db", str(filled.store.path), "--out", str(out)]) == 0
    assert "Exported 5 organisations" in capsys.readouterr().out
    assert main(["export", "organisations", "--db", str(filled.store.path), "--out", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "must end in .csv or .xlsx" in err and "Traceback" not in err


def test_write_table_neutralises_tab_and_carriage_return(tmp_path):
    from opn_desk.io.tables import write_table

    out = tmp_path / "t.csv"
    write_table(out, ["a", "b"], [["\tTabbed", "\rReturn"], ["plain", 5]])
    rows = _csv_plain(out)
    assert rows[0] == {"a": "'\tTabbed", "b": "'\rReturn"}
    assert rows[1] == {"a": "plain", "b": "5"}


def _csv_plain(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_write_table_cancelled_midway_keeps_nothing(tmp_path, suffix):
    from opn_desk.io.tables import Cancelled, write_table

    out = tmp_path / f"t{suffix}"
    seen = []

    def tick(n):
        seen.append(n)
        if n >= 2000:
            raise Cancelled

    with pytest.raises(Cancelled):
        write_table(out, ["a"], ([i] for i in range(10_000)), tick=tick)
    assert seen == [1000, 2000]
    assert list(tmp_path.iterdir()) == []
