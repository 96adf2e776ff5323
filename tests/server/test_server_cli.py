"""The command line against a PostgreSQL server, as a script runs it: --db postgresql://… works as a file
does; a password in the address is refused (exit 2) without ever being printed."""

from __future__ import annotations

import json

import pytest

SECRET = "s3cr3t-Pa55"


@pytest.fixture
def server_demo(pg_url, cli):
    done = cli("demo", "--db", pg_url, "--organisations", "120")
    assert done.returncode == 0, done.stderr
    assert "120 organisations" in done.stdout
    return pg_url


def test_check_export_select_and_roster_work_against_the_server(server_demo, cli, tmp_path):
    done = cli("check", "--db", server_demo)
    assert done.returncode == 0, done.stderr + done.stdout
    assert done.stdout.strip().endswith("healthy.")

    out = tmp_path / "organisations.csv"
    done = cli("export", "organisations", "--db", server_demo, "--out", out)
    assert done.returncode == 0, done.stderr
    import csv

    with out.open(encoding="utf-8-sig") as f:
        assert len(list(csv.DictReader(f))) == 120

    done = cli("select", "--db", server_demo, "--call", "SPP core partners call 2026", "--json")
    assert done.returncode in (0, 3), done.stderr
    assert json.loads(done.stdout)["status"] in ("optimal", "infeasible")

    pdf = tmp_path / "roster.pdf"
    done = cli("report", "roster", "--db", server_demo, "--programme", "SPP", "--out", pdf)
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_check_finds_the_desks_problems_on_the_server(server_demo, cli):
    import psycopg

    with psycopg.connect(server_demo, autocommit=True) as con:
        con.execute("UPDATE person SET email = 'broken-address' WHERE id = (SELECT min(id::text)::uuid FROM person "
                    "WHERE email != '')")
    done = cli("check", "--db", server_demo)
    assert done.returncode == 1, done.stderr
    assert "'broken-address', is not a valid e-mail address" in done.stdout


def test_demo_refuses_a_server_database_that_already_holds_a_desk(server_demo, cli):
    done = cli("demo", "--db", server_demo, "--organisations", "5")
    assert done.returncode == 2
    assert "already holds a desk" in done.stderr


@pytest.mark.parametrize("address", [
    f"postgresql://officer:{SECRET}@db.example.org/desk",
    f"postgresql://officer@db.example.org/desk?password={SECRET}",
    f"postgres://officer:{SECRET}@/desk?host=/tmp",
])
def test_a_password_in_the_address_is_refused_and_never_printed(address, cli):
    for args in (("check", "--db", address), ("server", "upload", "--db", "desk.sqlite", "--to", address)):
        done = cli(*args)
        assert done.returncode == 2
        assert SECRET not in done.stdout + done.stderr
        assert "keyring" in done.stderr and "PGPASSFILE" in done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_an_unreachable_server_is_one_sentence(cli, tmp_path):
    done = cli("check", "--db", f"postgresql://nobody@/desk?host={tmp_path}&port=1")
    assert done.returncode == 2
    assert done.stderr.startswith("opn-desk: OPN Desk could not connect to the server at postgresql://nobody@")
    assert "Traceback" not in done.stderr
