"""The team-server fixtures over the session's throwaway PostgreSQL cluster (``pg_cluster``, tests/conftest.py):
a private cluster for the team-server tests (docs/SERVER.md).

Once per test session: ``initdb`` into a temporary folder and ``pg_ctl start`` on a free port with its
Unix socket in that folder (no TCP listener), as an unprivileged user when the tests run as root
(PostgreSQL refuses to run as root; CI runs as root). Each test gets a fresh, empty database of its
own: ``pg_url`` is its plain libpq URL (no password: the cluster trusts local connections).

The PostgreSQL binaries are required: without them these tests FAIL, saying how to install them
(``apt-get install postgresql``, or PG_BIN naming the folder of initdb and pg_ctl).
"""

from __future__ import annotations

import pytest


@pytest.fixture
def pg_url(pg_cluster):
    """A fresh, empty database on the throwaway cluster, as the libpq URL ``--db`` takes."""
    with pg_cluster.database() as url:
        yield url


@pytest.fixture
def pg_store(pg_cluster, pg_template):
    """The desk opened on a fresh server database (schema created, reference data loaded): a copy of the
    session's new desk (``pg_template``, tests/conftest.py), which takes milliseconds, not a migration."""
    from opn_desk.db.store import open_store

    with pg_cluster.database(pg_template) as url:
        opened = open_store(url, create=False)
        try:
            yield opened
        finally:
            opened.close()
