"""The year's commands against a PostgreSQL server, as a script runs them: reporting rates and the reporting
summary, the sync conflicts, the meetings, the work plan's progress and the initiatives' export answer on the
team server as they do on the same demo desk in a file (docs/SERVER.md)."""

from __future__ import annotations

import csv
import json
import uuid

import pytest

ORGANISATIONS = "200"


@pytest.fixture(scope="module")
def both(pg_cluster, cli, tmp_path_factory):
    """The same demo desk twice: on the throwaway server and in a file, as (server URL, file path)."""
    name = f"desk_{uuid.uuid4().hex[:12]}"
    with pg_cluster.admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    server = pg_cluster.url(name)
    file = tmp_path_factory.mktemp("year") / "desk.sqlite"
    for where in (server, file):
        done = cli("demo", "--db", where, "--organisations", ORGANISATIONS)
        assert done.returncode == 0, done.stderr
    yield server, file
    with pg_cluster.admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _json(cli, *args):
    done = cli(*args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_reporting_rates_on_the_server_equal_the_files(both, cli):
    server, file = both
    on_server = _json(cli, "reporting", "rates", "--db", server, "--json")
    assert on_server == _json(cli, "reporting", "rates", "--db", file, "--json")
    assert {r["programme"] for r in on_server} >= {"SPP"} and all(r["partners"] > 0 for r in on_server)
    year = max(r["year"] for r in on_server)
    one_year = _json(cli, "reporting", "rates", "--db", server, "--json", "--year", str(year))
    assert one_year == [r for r in on_server if r["year"] == year]


def test_reporting_summary_is_written_from_the_server(both, cli, tmp_path):
    server, _file = both
    for out in (tmp_path / "summary.pdf", tmp_path / "summary.xlsx"):
        done = cli("report", "reporting", "--db", server, "--programme", "SPP", "--year", "2025", "--out", out)
        assert done.returncode == 0, done.stderr
        assert "SPP 2025 reporting summary" in done.stdout
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")


def test_sync_conflicts_read_on_the_server_and_the_server_exchanges_as_a_laptop(both, cli, tmp_path):
    server, file = both
    on_server = _json(cli, "sync", "conflicts", "--db", server, "--json")
    assert isinstance(on_server, list)
    assert on_server == _json(cli, "sync", "conflicts", "--db", file, "--json")
    # The server takes part in the laptop merge (tests/server/test_server_hub.py): it writes a bundle, and
    # the desk keeps working afterwards (the log's statements are the server's own).
    done = cli("sync", "export", "--db", server, "--out", tmp_path / "desk.opnsync")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "desk.opnsync").stat().st_size > 0
    (tmp_path / "drafts").mkdir()
    assert cli("reporting", "reminders", "--db", server, "--programme", "SPP", "--year", "2025",
               "--out", tmp_path / "drafts").returncode == 0


def test_meetings_progress_and_initiatives_on_the_server_match_the_file(both, cli, tmp_path):
    server, file = both
    listed = cli("meetings", "list", "--db", server)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == cli("meetings", "list", "--db", file).stdout
    meeting = listed.stdout.split()[-1]  # the last meeting's id ends its line
    assert str(uuid.UUID(meeting)) == meeting

    done = cli("meetings", "travel", "--db", server, "--meeting", meeting, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == _json(cli, "meetings", "travel", "--db", file, "--meeting", meeting, "--json")

    for report, extra in (("meeting-pack", ("--meeting", meeting)), ("progress", ("--programme", "SPP"))):
        pdf = tmp_path / f"{report}.pdf"
        done = cli("report", report, "--db", server, *extra, "--out", pdf)
        assert done.returncode == 0, done.stderr
        assert pdf.read_bytes().startswith(b"%PDF")

    def exported(where, out):
        done = cli("export", "initiatives", "--db", where, "--out", out)
        assert done.returncode == 0, done.stderr
        with out.open(encoding="utf-8-sig") as f:
            return sorted((r["id"], r["title"], r["status"]) for r in csv.DictReader(f))

    on_server = exported(server, tmp_path / "server.csv")
    assert on_server and on_server == exported(file, tmp_path / "file.csv")
