"""`opn-desk import` refuses a file with nothing to import: one sentence, exit 2, nothing written.

A header-only file used to "import" 0 applications with exit 0 and an audit entry.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

HEADER = ("organisation,acronym,country,stakeholder_cluster,website,programme,role,representative_name,"
          "representative_email,representative_gender,statement")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    from opn_desk.db.store import open_store
    from opn_desk.services.demo import generate_demo

    path = tmp_path_factory.mktemp("template") / "desk.sqlite"
    store = open_store(path)
    try:
        generate_demo(store, seed=1, organisations=5)
    finally:
        store.close()
    return path


@pytest.fixture
def db(template, tmp_path) -> Path:
    from opn_desk.db.backup import copy_database

    return copy_database(template, tmp_path / "desk.sqlite")


def _counts(db: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(db)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("audit_entry", "organisation", "application"))
    finally:
        con.close()


def _first_call(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT title FROM call ORDER BY opens_on LIMIT 1").fetchone()[0]
    finally:
        con.close()


def _files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "header only": ("partners.csv", HEADER + "\n"),
        "header without a line end": ("partners.csv", HEADER),
        "header and blank rows": ("partners.csv", HEADER + "\n,,,,\n\n   \n"),
        "blank rows": ("blank.csv", "\n\n,,\n"),
        "no bytes": ("nothing.csv", ""),
    }
    made = {}
    for label, (name, text) in files.items():
        folder = tmp_path / label.replace(" ", "-")
        folder.mkdir()
        made[label] = folder / name
        made[label].write_text(text, encoding="utf-8")
    book = Workbook()
    book.active.append(HEADER.split(","))
    made["xlsx header only"] = tmp_path / "partners.xlsx"
    book.save(made["xlsx header only"])
    return made


CASES = [("applications", label, False) for label in
         ("header only", "header without a line end", "header and blank rows", "blank rows", "no bytes",
          "xlsx header only")] + [("organisations", "header only", False), ("applications", "header only", True)]


def test_a_file_with_nothing_to_import_is_refused(cli, db, tmp_path):
    before = _counts(db)
    files = _files(tmp_path)
    for kind, label, dry_run in CASES:
        path = files[label]
        args = ["import", kind, path, "--db", db]
        if kind == "applications":
            args += ["--call", _first_call(db)]
        done = cli(*args, *(["--dry-run"] if dry_run else []))
        assert done.returncode == 2, (label, done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"opn-desk: {path.name} was not imported: the file "), label
        assert lines[0].endswith("so there is nothing to import."), label
        assert done.stdout == "", label
        assert _counts(db) == before, label  # no application, no organisation, no audit entry
        assert not Path(str(db) + ".lock").exists()
