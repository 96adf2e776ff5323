"""A private, throwaway PostgreSQL cluster for the team-server tests (docs/SERVER.md).

Once per test session: ``initdb`` into a temporary folder and ``pg_ctl start`` on a free port with its
Unix socket in that folder (no TCP listener), as an unprivileged user when the tests run as root
(PostgreSQL refuses to run as root; CI runs as root). Each test gets a fresh, empty database of its
own: ``pg_url`` is its plain libpq URL (no password: the cluster trusts local connections).

The PostgreSQL binaries are required: without them these tests FAIL, saying how to install them
(``apt-get install postgresql``, or PG_BIN naming the folder of initdb and pg_ctl).
"""

from __future__ import annotations

import uuid

import pytest

from tests.server.cluster import ClusterError, start_cluster


@pytest.fixture(scope="session")
def pg_cluster():
    try:
        cluster = start_cluster()  # tests/server/cluster.py, shared with tests/benchmarks/server_bench.py
    except ClusterError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster):
    """A fresh, empty database on the throwaway cluster, as the libpq URL ``--db`` takes."""
    name = f"desk_{uuid.uuid4().hex[:12]}"
    with pg_cluster.admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield pg_cluster.url(name)
    with pg_cluster.admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_store(pg_url):
    """The desk opened on a fresh server database (schema created, reference data loaded)."""
    from opn_desk.db.store import open_store

    opened = open_store(pg_url, create=True)
    yield opened
    opened.close()
