"""The core's sentences reach the officer in French: an import's row problems and summary, a refused
spreadsheet, a refused database file or backup, the writer's lock (issue 16).

`opn_desk.i18n.translate` is backed here by the French words of packaging/translations/fr.py and
fr_core-db-io.py themselves, so the test does not depend on the shipped catalogue being refreshed; English
comes back after.
"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from opn_desk import i18n
from opn_desk.db import backup
from opn_desk.db.lock import UNKNOWN_HOLDER, DatabaseInUse, LockHolder
from opn_desk.db.store import StoreError, open_store
from opn_desk.io.spreadsheet import EmptyFile, RefusedFile, read_table
from opn_desk.services.intake_import import (
    APPLICATIONS,
    ImportOptions,
    ImportRejected,
    ImportResult,
    check_import,
    parse_rows,
)

ROOT = Path(__file__).resolve().parents[2]
FR: dict[str, str] = {
    **runpy.run_path(str(ROOT / "packaging" / "translations" / "fr.py"))["TRANSLATIONS"],
    **runpy.run_path(str(ROOT / "packaging" / "translations" / "fr_core-db-io.py"))["TRANSLATIONS"],
}


@pytest.fixture
def french():
    i18n.install(lambda _context, text: FR.get(text, text), "fr")
    try:
        yield
    finally:
        i18n.install(None)


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_row_problem_of_an_import_is_said_in_french(desk, tmp_path, french):
    path = _csv(tmp_path / "apps.csv",
                "organisation,country,programme,role,representative_name,representative_email\r\n"
                "Green Planet Network,Kenya,SPP,Network member,Jane Doe,not-an-address\r\n")
    preview = desk.read(check_import, read_table(path), ImportOptions(kind=APPLICATIONS, file_name="apps.csv"))

    assert [p.line() for p in preview.problems] == [
        "ligne 2, colonne representative_email : 'not-an-address' n’est pas une adresse électronique"]
    assert str(ImportRejected(preview)) == "Le fichier a 1 problème ; rien n’a été écrit."


def test_an_unknown_country_and_a_bad_range_are_said_in_french(desk, tmp_path, french):
    path = _csv(tmp_path / "apps.csv", "organisation,country,programme,role\r\nGreen Planet Network,,SPP,"
                                       "Network member\r\n")
    preview = desk.read(check_import, read_table(path), ImportOptions(kind=APPLICATIONS, file_name="apps.csv"))

    assert [p.line() for p in preview.problems] == ["ligne 2, colonne country : le pays manque"]
    with pytest.raises(ValueError, match="^La plage 9-7 est à l’envers.$"):
        parse_rows("9-7")


def test_an_import_summary_is_said_in_french_with_french_plurals(french):
    result = ImportResult(kind=APPLICATIONS, file_name="apps.csv", rows=2, new_organisations=0,
                          linked_organisations=2, people=0, applications=2, excluded=(5, 6))

    # French takes the singular for 0 ("0 nouvelle organisation"), English the plural.
    assert result.summary() == ("Importation : 2 candidatures (0 nouvelle organisation, liées à des organisations "
                                "existantes : 2) ; laissées de côté comme demandé : lignes 5-6.")


def test_a_damaged_or_empty_spreadsheet_is_refused_in_french(tmp_path, french):
    damaged = tmp_path / "partners.xlsx"
    damaged.write_bytes(b"this was never a workbook")
    with pytest.raises(RefusedFile) as refused:
        read_table(damaged)
    assert str(refused.value) == "Le fichier est nommé .xlsx mais n’est pas un classeur Excel (il est peut-être endommagé)."

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFile) as nothing:
        read_table(empty)
    assert str(nothing.value) == "Le fichier est vide, il n’y a donc rien à importer."


def test_a_file_that_is_no_database_is_refused_in_french(tmp_path, french):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("a shopping list, not a desk", encoding="utf-8")

    with pytest.raises(StoreError) as refused:
        open_store(notes)

    assert str(refused.value) == (f"{notes} n’est pas une base de données OPN Desk (ce n’est pas un fichier "
                                  "SQLite).")
    assert notes.read_text(encoding="utf-8") == "a shopping list, not a desk"  # nothing written


def test_a_backup_refusal_is_said_in_french(tmp_path, french):
    database = tmp_path / "desk.sqlite"
    open_store(database).close()  # a desk file (the backups are of files, whatever the test back end)
    taken = tmp_path / "copy.sqlite"
    taken.write_bytes(b"")

    assert backup.output_problem(database, database) == (
        f"{database} est la base de données elle-même ; choisissez un autre fichier pour la sauvegarde.")
    assert backup.output_problem(database, taken) == f"{taken} existe déjà ; ajoutez --force pour le remplacer."


def test_the_writers_lock_is_said_in_french(tmp_path, french):
    database = tmp_path / "desk.sqlite"
    holder = LockHolder("LAPTOP-7", 4242, "amina", "2026-01-05T09:15:00")

    assert str(DatabaseInUse(database, holder)) == (
        f"{database} est déjà ouvert dans OPN Desk par amina sur LAPTOP-7 (processus 4242, depuis "
        "2026-01-05T09:15:00).")
    unknown = DatabaseInUse(database, UNKNOWN_HOLDER, held=False, other_host=True)
    assert unknown.warning.startswith("La base de données est peut-être encore ouverte dans OPN Desk sur un "
                                      "ordinateur inconnu (quelqu’un, depuis un moment inconnu) :")


def test_english_is_back_once_the_translator_is_removed(tmp_path):
    i18n.install(lambda _context, text: FR.get(text, text), "fr")
    i18n.install(None)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFile, match="^The file is empty, so there is nothing to import.$"):
        read_table(empty)
