"""A database error never carries a person's details, nor SQL, into what is printed or logged.

The database is made to fail while saving a representative (a trigger refuses new people, or the
file may not grow: SQLite's "disk is full"). What the user sees, what the logs hold and the error
itself must name neither the person (name, e-mail, gender) nor the statement.
"""

from __future__ import annotations

import logging
import sqlite3
import traceback
from pathlib import Path

import pytest
from sqlalchemy import event

from opn_desk.db.engine import database_error_sentence
from opn_desk.domain.registry import OrganisationInput, PersonInput
from opn_desk.services import registry

NAME, EMAIL, GENDER = "Wanjiru Secretname", "wanjiru.secret@example.org", "non_binary"
PRIVATE = (NAME, EMAIL, GENDER, "Secretname", "wanjiru.secret")
SQL_WORDS = ("INSERT", "SELECT", "UPDATE ", "[SQL", "parameters")


def _refuse_new_people(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TRIGGER refuse_people BEFORE INSERT ON person "
                "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
    con.commit()
    con.close()


def _assert_private(*texts: str) -> None:
    for text in texts:
        for value in PRIVATE:
            assert value not in text, f"{value!r} leaked into: {text[:300]}"
        for word in SQL_WORDS:
            assert word not in text, f"SQL ({word!r}) leaked into: {text[:300]}"


def _everything_printed_about(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)) + repr(exc) + str(exc)


def test_a_failed_save_through_the_service_layer_carries_no_values(store, desk, caplog):
    org = desk.write("Add", registry.create_organisation, OrganisationInput(name="Zebra Trust")).value
    _refuse_new_people(store.path)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(Exception) as err:
        desk.write("Add a representative", registry.add_person, PersonInput(org, NAME, EMAIL, gender=GENDER))
    # The whole traceback, as a log handler or a bug report would show it: values hidden.
    for value in PRIVATE:
        assert value not in _everything_printed_about(err.value)
    sentence = database_error_sentence(err.value)
    assert sentence.startswith("The change broke one of the database's rules")
    _assert_private(sentence, caplog.text)


def test_a_full_disk_is_named_and_carries_no_values(store, desk):
    org = desk.write("Add", registry.create_organisation, OrganisationInput(name="Zebra Trust")).value
    store.engine.dispose()

    @event.listens_for(store.engine, "connect")
    def no_room(dbapi_connection, _record):  # the file may not grow: SQLite reports a full disk
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    big = "x" * 200_000  # a page-filling phone number, so the person cannot fit
    with pytest.raises(Exception) as err:
        desk.write("Add a representative", registry.add_person,
                   PersonInput(org, NAME, EMAIL, phone=big, gender=GENDER))
    for value in PRIVATE:
        assert value not in _everything_printed_about(err.value)
    sentence = database_error_sentence(err.value)
    assert "disk is full" in sentence
    _assert_private(sentence)


def test_errors_that_are_not_the_databases_get_no_database_sentence():
    assert database_error_sentence(ValueError("x")) is None


def _import_file(tmp_path: Path) -> Path:
    path = tmp_path / "partners.csv"
    path.write_text("organisation,country,stakeholder_cluster,representative_name,representative_email,"
                    f"representative_gender\nZebra Trust,Kenya,Civil society,{NAME},{EMAIL},Non-binary\n",
                    encoding="utf-8")
    return path


def test_the_command_line_prints_one_sentence_without_values_or_sql(cli, tmp_path):
    db = tmp_path / "desk.sqlite"
    assert cli("demo", "--db", db, "--organisations", "3").returncode == 0
    _refuse_new_people(db)
    done = cli("import", "organisations", _import_file(tmp_path), "--db", db)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("opn-desk: The change broke one of the database's rules")
    assert "Traceback" not in done.stderr
    _assert_private(done.stdout, done.stderr)
    # nothing was written: the organisation of the refused row is not there either
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM organisation WHERE name = 'Zebra Trust'").fetchone()[0] == 0
    finally:
        con.close()


def test_the_command_line_names_a_full_disk_without_values(cli, tmp_path):
    db = tmp_path / "desk.sqlite"
    assert cli("demo", "--db", db, "--organisations", "3").returncode == 0
    # A file that may not grow past its size reports "database or disk is full", as a full disk does.
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    sitecustomize = tmp_path / "full" / "sitecustomize.py"
    sitecustomize.parent.mkdir()
    sitecustomize.write_text(
        "import sqlite3\nimport sqlite3.dbapi2\n_connect = sqlite3.connect\n"
        "def connect(*args, **kwargs):\n"
        "    con = _connect(*args, **kwargs)\n"
        "    pages = con.execute('PRAGMA page_count').fetchone()[0]\n"
        "    con.execute(f'PRAGMA max_page_count={max(pages, 1)}')\n"
        "    return con\n"
        "sqlite3.connect = sqlite3.dbapi2.connect = connect\n", encoding="utf-8")
    path = tmp_path / "partners.csv"
    rows = "".join(f"Zebra Trust {n},Kenya,Civil society,{NAME} {n},{n}{EMAIL},Non-binary\n" for n in range(50))
    path.write_text("organisation,country,stakeholder_cluster,representative_name,representative_email,"
                    f"representative_gender\n{rows}", encoding="utf-8")
    import os

    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(sitecustomize.parent), os.environ.get("PYTHONPATH")]))}
    done = cli("import", "organisations", path, "--db", db, env=env)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "disk is full" in done.stderr and "Traceback" not in done.stderr
    _assert_private(done.stdout, done.stderr)
