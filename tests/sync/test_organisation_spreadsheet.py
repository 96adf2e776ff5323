"""Editing the registry through a spreadsheet: export, edit, `opn-desk import organisations` back."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date

import pytest

from opn_desk.db.store import open_store
from opn_desk.domain.registry import MembershipInput, OrganisationInput
from opn_desk.io.spreadsheet import read_table
from opn_desk.services import registry
from opn_desk.services.desk import Desk
from opn_desk.services.intake_import import ORGANISATIONS, ImportOptions
from opn_desk.services.organisation_update import apply_updates


@pytest.fixture
def registry_db(tmp_path):
    db = tmp_path / "desk.sqlite"
    store = open_store(db)
    try:
        desk = Desk(store, actor="Ann")
        a = desk.write("New", registry.create_organisation, OrganisationInput(
            "Green Buyers Kenya", acronym="GBK", country_iso3="KEN", stakeholder_cluster="civil_society",
            other_names=(("Wanunuzi wa Kijani", "sw"),))).value
        b = desk.write("New", registry.create_organisation, OrganisationInput(
            "Instituto Brasileiro", acronym="IB", country_iso3="BRA")).value
        desk.write("Member", registry.add_membership, MembershipInput(b, "SPP", "core_partner", date(2025, 1, 1),
                                                                     date(2027, 1, 1)))
    finally:
        store.close()
    return db, a, b


def _export(cli, db, out):
    r = cli("export", "organisations", "--db", db, "--out", out)
    assert r.returncode == 0, r.stderr
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    return rows


def _write(path, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _db(db, sql, *args):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _audit(db):
    return _db(db, "SELECT count(*) FROM audit_entry")[0][0]


def test_the_export_has_the_ids(registry_db, tmp_path, cli):
    db, a, b = registry_db
    rows = _export(cli, db, tmp_path / "orgs.csv")
    assert {r["id"] for r in rows} == {str(a), str(b)}  # lowercase with hyphens


def test_an_edited_export_updates_those_records_field_by_field(registry_db, tmp_path, cli):
    db, a, b = registry_db
    rows = _export(cli, db, tmp_path / "orgs.csv")
    by_id = {r["id"]: r for r in rows}
    by_id[str(a)]["acronym"] = "GB-K"
    by_id[str(a)]["country_iso3"] = "TZA"  # wins over the country column, left saying Kenya
    by_id[str(a)]["programmes"] = "edited, but derived"
    rows.append({**{k: "" for k in rows[0]}, "name": "Zero Waste Alliance", "country": "France"})
    edited = tmp_path / "edited.csv"
    _write(edited, rows)
    before = _audit(db)
    untouched = _db(db, "SELECT count(*) FROM audit_entry WHERE record_id = ?", b.hex)

    r = cli("import", "organisations", edited, "--db", db, "--dry-run")
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.strip().splitlines()
    assert any(line.endswith("Green Buyers Kenya: acronym 'GBK' -> 'GB-K'") for line in lines)
    assert any("country_iso3 'KEN' -> 'TZA'" in line for line in lines)
    assert lines[-1] == "Checked 3 rows: 2 changes to 1 organisation, 1 new organisation; nothing written (dry run)."
    assert "programmes" in r.stderr and "ignored" in r.stderr
    assert _audit(db) == before  # a dry run writes nothing

    r = cli("import", "organisations", edited, "--db", db)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.strip() == "Updated from edited.csv: 2 changes to 1 organisation, 1 new organisation."
    assert _db(db, "SELECT acronym FROM organisation WHERE name = 'Green Buyers Kenya'") == [("GB-K",)]
    assert _db(db, "SELECT c.iso3 FROM organisation o JOIN country c ON c.id = o.country_id "
                   "WHERE o.name = 'Green Buyers Kenya'") == [("TZA",)]
    assert _db(db, "SELECT count(*) FROM organisation WHERE name = 'Zero Waste Alliance'") == [(1,)]
    # The row left as it was: no change, no audit entry.
    assert _db(db, "SELECT count(*) FROM audit_entry WHERE record_id = ?", b.hex) == untouched


def test_an_unedited_export_changes_nothing(registry_db, tmp_path, cli):
    db, _a, _b = registry_db
    out = tmp_path / "orgs.csv"
    _export(cli, db, out)
    before = _audit(db)
    r = cli("import", "organisations", out, "--db", db)
    assert r.returncode == 0, r.stderr
    assert "no changes to existing organisations" in r.stdout
    assert _audit(db) == before


def test_an_unknown_id_is_a_row_problem_and_nothing_is_written(registry_db, tmp_path, cli):
    db, a, _b = registry_db
    rows = _export(cli, db, tmp_path / "orgs.csv")
    rows[0]["acronym"] = "CHANGED"
    rows[1]["id"] = "0b5e0000-0000-4000-8000-000000000000"
    edited = tmp_path / "edited.csv"
    _write(edited, rows)
    before = _audit(db)
    r = cli("import", "organisations", edited, "--db", db)
    assert r.returncode == 1
    assert "row 3, column id: no organisation has the id 0b5e0000-0000-4000-8000-000000000000" in r.stdout
    assert _audit(db) == before
    assert _db(db, "SELECT count(*) FROM organisation WHERE acronym = 'CHANGED'") == [(0,)]


def test_an_update_undoes_as_one_step(registry_db, tmp_path, cli):
    db, a, _b = registry_db
    rows = _export(cli, db, tmp_path / "orgs.csv")
    for row in rows:
        row["acronym"] = row["acronym"] + "!"
    rows.append({**{k: "" for k in rows[0]}, "name": "New One", "country_iso3": "FRA", "country": "France"})
    edited = tmp_path / "edited.csv"
    _write(edited, rows)
    store = open_store(db)
    try:
        desk = Desk(store, actor="Ann")
        desk.write("Update", apply_updates, read_table(edited), ImportOptions(ORGANISATIONS, "edited.csv"))
        assert sorted(x[0] for x in _db(db, "SELECT acronym FROM organisation")) == ["", "GBK!", "IB!"]
        desk.undo()
        assert sorted(x[0] for x in _db(db, "SELECT acronym FROM organisation")) == ["GBK", "IB"]
    finally:
        store.close()
