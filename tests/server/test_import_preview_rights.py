"""A programme-restricted officer's import on the team server (docs/SERVER.md, "Roles and rights"): the
dry run already lists the rows of other programmes as row problems, with the sentence a write outside the
officer's rights gets, instead of a clean preview the import then refuses. On a real PostgreSQL."""

from __future__ import annotations

import csv
import uuid

import pytest

from opn_desk.db.engine import open_server_engine, server_address
from opn_desk.services.server_roles import grant


def _as(url: str, role: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{role}@{rest.split('@', 1)[1]}"


@pytest.fixture(scope="module")
def officer_url(pg_cluster, cli):
    """A demo desk on the server with its roles set up, and an officer granted SPP only."""
    name = f"desk_preview_{uuid.uuid4().hex[:8]}"
    with pg_cluster.admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = pg_cluster.url(name)
    for args in (("demo", "--db", url, "--organisations", "20"), ("server", "roles", "--db", url)):
        done = cli(*args)
        assert done.returncode == 0, done.stderr
    officer = f"amina_{uuid.uuid4().hex[:8]}"
    with pg_cluster.admin() as admin:
        admin.execute(f'CREATE ROLE "{officer}" LOGIN')
    engine = open_server_engine(server_address(url))
    try:
        grant(engine, officer, "officer", ["SPP"])
    finally:
        engine.dispose()
    yield _as(url, officer)
    with pg_cluster.admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _applications_file(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["organisation", "country", "stakeholder_cluster", "programme", "role", "representative_name"])
        out.writerows([name, "Kenya", "Civil society", code, "Network member", f"Rep of {name}"] for name, code in rows)
    return path


def test_the_dry_run_lists_the_rows_of_other_programmes_as_row_problems(officer_url, cli, tmp_path):
    suffix = uuid.uuid4().hex[:6]
    mixed = _applications_file(tmp_path / "mixed.csv", [(f"Alpha {suffix}", "SPP"), (f"Beta {suffix}", "SFS"),
                                                        (f"Gamma {suffix}", "SFS")])
    checked = cli("import", "applications", mixed, "--db", officer_url, "--dry-run")
    assert checked.returncode == 1, checked.stdout + checked.stderr
    sentence = "the row belongs to SFS. You may edit SPP's records only; ask the desk's administrator for more."
    assert checked.stdout.splitlines() == [f"row {n}, column programme: {sentence}" for n in (3, 4)]  # header = 1
    # Without the other programme's rows the dry run is clean.
    clean = cli("import", "applications", mixed, "--db", officer_url, "--dry-run", "--exclude-rows", "3-4")
    assert clean.returncode == 0, clean.stdout + clean.stderr
