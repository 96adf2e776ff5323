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


def test_xlsx_keeps_columns_types_and_marks_formula_looking_text(filled, tmp_path):
    from datetime import datetime

    from opn_desk.io.tables import write_table

    out = tmp_path / "t.xlsx"
    hostile = ["=1+1", "+SUM(A1)", "-3", "@cmd", "\tTabbed", "\rReturn", "=HYPERLINK(\"http://x\")"]
    write_table(out, ["text", "number", "day", "flag"],
                [[h, 3, date(2026, 1, 2), True] for h in hostile] + [["http://example.org", 2.5, None, False]])
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]] == ["text", "number", "day", "flag"] and sheet["A1"].font.b
    for row, value in enumerate(hostile, start=2):
        cell = sheet.cell(row, 1)
        # A carriage return is stored as the XML escape _x000D_ (Excel and LibreOffice read it back as
        # CR; openpyxl leaves inline strings escaped).
        assert cell.value in (value, value.replace("\r", "_x000D_"))
        assert cell.data_type == "s" and cell.quotePrefix
        assert sheet.cell(row, 2).value == 3
        assert sheet.cell(row, 3).value == datetime(2026, 1, 2) and sheet.cell(row, 4).value is True
    last = len(hostile) + 2
    assert sheet.cell(last, 1).value == "http://example.org" and sheet.cell(last, 1).hyperlink is None
    assert sheet.cell(last, 3).value is None and sheet.cell(last, 4).value is False
    # The organisations export has the same columns in CSV and XLSX.
    export_organisations(filled, tmp_path / "o.xlsx")
    export_organisations(filled, tmp_path / "o.csv")
    xlsx_header = [c.value for c in openpyxl.load_workbook(tmp_path / "o.xlsx").active[1]]
    assert xlsx_header == list(_csv(tmp_path / "o.csv")[0].keys())


def test_xlsx_is_a_valid_package_readable_by_calamine_and_pandas(tmp_path):
    import zipfile
    from datetime import datetime

    import pandas as pd
    from python_calamine import CalamineWorkbook

    from opn_desk.io.tables import write_table

    out = tmp_path / "t.xlsx"
    awkward = ["Zoë & <Ångström>", "中国绿色", "مركز", "a\x01b", "_x0041_ stays", "line\nbreak", "x" * 40_000]
    write_table(out, ["text", "when"], [[v, datetime(2026, 3, 4, 12, 30)] for v in awkward])
    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None
        assert {"[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"} <= set(
            z.namelist())
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Data").to_python()
    assert rows[0] == ["text", "when"]
    texts = [r[0] for r in rows[1:]]
    assert texts[:3] == awkward[:3] and texts[4:6] == awkward[4:6]
    assert texts[3] == "a\x01b"  # a control character survives as the _x0001_ escape
    assert len(texts[6]) == 32_767  # Excel's limit for one cell
    frame = pd.read_excel(out, engine="openpyxl")
    assert list(frame.columns) == ["text", "when"] and frame["when"][0] == pd.Timestamp(2026, 3, 4, 12, 30)
