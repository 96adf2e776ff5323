"""The command-line contract of partner reporting and the portfolio (issue 14), through the installed script:
`reporting rates`, `reporting reminders`, `report reporting`, `export initiatives`, `import activities`."""

from __future__ import annotations

import csv
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def template(new_database) -> Path:
    from opn_desk.db.store import open_store
    from opn_desk.services.demo import generate_demo

    path = new_database("template")  # a file, or a server database (OPN_DESK_TEST_BACKEND, tests/conftest.py)
    store = open_store(path)
    try:
        generate_demo(store, seed=3, organisations=300)
    finally:
        store.close()
    return path


@pytest.fixture
def db(template, copy_desk) -> Path:
    return copy_desk(template)


def scalar(db: Path, sql: str, *args):
    if str(db).startswith("postgresql:"):
        import psycopg

        with psycopg.connect(str(db)) as con:
            return con.execute(sql.replace("?", "%s"), args or None).fetchone()[0]
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchone()[0]
    finally:
        con.close()


def one_sentence(r) -> None:
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("opn-desk: ") and "Traceback" not in r.stderr


def test_rates_json_is_a_list_of_programme_year_objects(cli, template):
    r = cli("reporting", "rates", "--db", template, "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert {"SPP", "CI", "SFS"} <= {row["programme"] for row in rows}
    for row in rows:
        assert {"programme", "year", "partners", "reported", "rate", "target"} <= set(row)
        assert row["target"] == 0.75 and 0 <= row["rate"] <= 1
        assert row["rate"] == pytest.approx(row["reported"] / row["partners"], abs=1e-4)
    only = json.loads(cli("reporting", "rates", "--db", template, "--year", "2025", "--json").stdout)
    assert only and {row["year"] for row in only} == {2025}
    text = cli("reporting", "rates", "--db", template, "--year", "2025")
    assert text.returncode == 0 and "SPP 2025:" in text.stdout and "Network 2025:" in text.stdout


def test_cycle_summary_as_pdf_and_spreadsheet(cli, template, tmp_path):
    pdf = tmp_path / "spp.pdf"
    r = cli("report", "reporting", "--db", template, "--programme", "spp", "--year", "2025", "--out", pdf)
    assert r.returncode == 0, r.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and "page" in r.stdout
    sheet = tmp_path / "spp.xlsx"
    r = cli("report", "reporting", "--db", template, "--programme", "SPP", "--year", "2025", "--out", sheet)
    assert r.returncode == 0, r.stderr
    assert zipfile.is_zipfile(sheet)
    from openpyxl import load_workbook

    table = [tuple(c.value for c in r) for r in load_workbook(sheet)["Figures"].iter_rows()]
    assert table[0][:6] == ("section", "item", "partners", "reported", "rate", "target")
    sections = {values[0] for values in table[1:]}
    assert {"Rate", "By role", "By regional group", "Activities by category", "HLPF figures"} <= sections


@pytest.mark.parametrize(("args", "words"), [
    (("--programme", "XYZ", "--year", "2025"), "no programme with the code 'XYZ'"),
    (("--programme", "SPP", "--year", "2019"), "SPP has no reporting cycle for 2019"),
    (("--year", "2025"), "Name the programme"),
    (("--programme", "SPP"), "Name the reporting cycle's year"),
])
def test_cycle_summary_refusals_are_one_sentence(cli, template, tmp_path, args, words):
    r = cli("report", "reporting", "--db", template, *args, "--out", tmp_path / "x.pdf")
    one_sentence(r)
    assert words in r.stderr and not (tmp_path / "x.pdf").exists()
    bad = cli("report", "reporting", "--db", template, "--programme", "SPP", "--year", "2025", "--out",
              tmp_path / "x.txt")
    one_sentence(bad)


def test_reminders_one_draft_per_non_reporter_each_logged(cli, db, tmp_path):
    out = tmp_path / "drafts"
    out.mkdir()
    before = scalar(db, "SELECT count(*) FROM reminder_log")
    r = cli("reporting", "reminders", "--db", db, "--programme", "SFS", "--year", "2025", "--out", out)
    assert r.returncode == 0, r.stderr
    drafts = sorted(out.glob("*.eml"))
    assert drafts and f"Wrote {len(drafts)} reminder draft" in r.stdout
    assert scalar(db, "SELECT count(*) FROM reminder_log") == before + len(drafts)
    assert all(b"X-Unsent: 1" in d.read_bytes() and b"\nTo: " in b"\n" + d.read_bytes() for d in drafts)
    one_sentence(cli("reporting", "reminders", "--db", db, "--programme", "SFS", "--year", "2025", "--out",
                     tmp_path / "missing"))


def test_export_initiatives_columns_and_public(cli, template, tmp_path):
    out = tmp_path / "initiatives.csv"
    r = cli("export", "initiatives", "--db", template, "--out", out)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert {"id", "title", "kind", "status", "lead", "partners", "other_sdgs", "last_updated"} <= set(rows[0])
    assert {row["kind"] for row in rows} == {"core", "affiliated"}
    assert "inactive" in {row["status"] for row in rows}
    for row in rows:
        assert row["partners"].split("; ")[0] == row["lead"]
        assert len([n for n in row["other_sdgs"].split("; ") if n]) <= 5
    if any(row["kind"] == "core" for row in rows):
        assert all(len(row["partners"].split("; ")) >= 2 for row in rows if row["kind"] == "core")
    public = tmp_path / "public.xlsx"
    assert cli("export", "initiatives", "--db", template, "--out", public, "--public").returncode == 0
    from opn_desk.io.spreadsheet import read_table

    table = read_table(public)
    status = table.header.index("status")
    assert "inactive" not in {values[status] for _n, values in table.rows} and "notes" not in table.header


ACTIVITIES = "organisation,programme,year,title,category,countries,sdgs\n{org},SPP,2025,Radio show,Awareness raising,KEN,12\n"


def test_import_activities_writes_all_or_nothing(cli, db, tmp_path):
    org = scalar(db, "SELECT o.name FROM organisation o JOIN membership m ON m.organisation_id = o.id "
                     "JOIN programme p ON p.id = m.programme_id WHERE p.code = 'SPP' AND o.name NOT LIKE '%,%' "
                     "GROUP BY o.name HAVING count(DISTINCT o.id) = 1 ORDER BY o.name LIMIT 1")
    good = tmp_path / "good.csv"
    good.write_text(ACTIVITIES.format(org=org), encoding="utf-8")
    before = scalar(db, "SELECT count(*) FROM reported_activity")
    dry = cli("import", "activities", good, "--db", db, "--dry-run")
    assert dry.returncode == 0 and "nothing written" in dry.stdout
    assert scalar(db, "SELECT count(*) FROM reported_activity") == before
    r = cli("import", "activities", good, "--db", db)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Imported 1 activity") and scalar(db, "SELECT count(*) FROM reported_activity") == before + 1
    bad = tmp_path / "bad.csv"
    bad.write_text(ACTIVITIES.format(org=org) + "Nobody at all,SPP,2025,Ghost,Communications,,\n", encoding="utf-8")
    r = cli("import", "activities", bad, "--db", db)
    assert r.returncode == 1 and "row 3, column organisation: 'Nobody at all' is not an organisation" in r.stdout
    assert "nothing was written" in r.stderr
    assert scalar(db, "SELECT count(*) FROM reported_activity") == before + 1


@pytest.mark.parametrize("content", ["", "organisation,programme,year,title,category\n", "\n\n"])
def test_import_activities_refuses_an_empty_file_with_one_sentence(cli, db, tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_text(content, encoding="utf-8")
    audit = scalar(db, "SELECT count(*) FROM audit_entry")
    r = cli("import", "activities", path, "--db", db)
    one_sentence(r)
    assert "was not imported" in r.stderr
    assert scalar(db, "SELECT count(*) FROM audit_entry") == audit


def test_import_activities_refuses_a_hostile_workbook(cli, db, tmp_path):
    laughs = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?>{laughs}<worksheet xmlns="http://schemas.openxmlformats.org/'
             'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c>'
             '</row></sheetData></worksheet>')
    path = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main"><sheets><sheet name="Data" sheetId="1" r:id="rId1" xmlns:r="http://'
                   'schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    audit = scalar(db, "SELECT count(*) FROM audit_entry")
    r = cli("import", "activities", path, "--db", db)
    assert r.returncode == 1 and "was not imported" in r.stderr and "Traceback" not in r.stderr
    assert scalar(db, "SELECT count(*) FROM audit_entry") == audit


@pytest.mark.parametrize("command", [("reporting", "--help"), ("reporting", "rates", "--help"),
                                     ("reporting", "reminders", "--help"), ("report", "--help"),
                                     ("export", "--help"), ("import", "--help")])
def test_help_of_the_new_commands(cli, command):
    r = cli(*command)
    assert r.returncode == 0 and "usage:" in r.stdout and not r.stderr
