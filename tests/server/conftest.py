"""A private, throwaway PostgreSQL cluster for the team-server tests (docs/SERVER.md).

Once per test session: ``initdb`` into a temporary folder and ``pg_ctl start`` on a free port with its
Unix socket in that folder (no TCP listener), as an unprivileged user when the tests run as root
(PostgreSQL refuses to run as root; CI runs as root). Each test gets a fresh, empty database of its
own: ``pg_url`` is its plain libpq URL (no password: the cluster trusts local connections).

The PostgreSQL binaries are required: without them these tests FAIL, saying how to install them
(``apt-get install postgresql``, or PG_BIN naming the folder of initdb and pg_ctl).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

_UNPRIVILEGED = "postgres"


def _binaries() -> Path:
    candidates = [os.environ.get("PG_BIN", "")]
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(str(Path(found).parent))
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in filter(None, candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    pytest.fail("The PostgreSQL server binaries (initdb, pg_ctl) are not installed, so the team-server tests "
                "cannot run: install them (apt-get install postgresql) or set PG_BIN to their folder.",
                pytrace=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_user(command: list[str]) -> list[str]:
    """``command`` run as an unprivileged user when this process is root (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", _UNPRIVILEGED, "--", *command]
    return ["su", _UNPRIVILEGED, "-s", "/bin/sh", "-c", " ".join(map(repr, command))]


class Cluster:
    def __init__(self, folder: Path, port: int):
        self.folder = folder
        self.socket_dir = folder
        self.port = port
        self.user = _UNPRIVILEGED if os.geteuid() == 0 else os.environ.get("USER") or "postgres"

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@/{database}?host={self.socket_dir}&port={self.port}"

    def admin(self):
        import psycopg

        return psycopg.connect(self.url("postgres"), autocommit=True)


@pytest.fixture(scope="session")
def pg_cluster():
    binaries = _binaries()
    folder = Path(tempfile.mkdtemp(prefix="opn-desk-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, _UNPRIVILEGED)
    data = folder / "data"
    port = _free_port()
    cluster = Cluster(folder, port)
    init = subprocess.run(_as_user([str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", cluster.user,
                                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
                          capture_output=True, text=True)
    if init.returncode != 0:
        pytest.fail(f"initdb failed: {init.stderr.strip()[-500:]}", pytrace=False)
    options = f"-p {port} -k {folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    start = subprocess.run(_as_user([str(binaries / "pg_ctl"), "-D", str(data), "-o", options,
                                     "-l", str(folder / "server.log"), "-w", "-t", "60", "start"]),
                           capture_output=True, text=True)
    if start.returncode != 0:
        log = (folder / "server.log").read_text(errors="replace")[-500:] if (folder / "server.log").exists() else ""
        pytest.fail(f"PostgreSQL did not start: {start.stderr.strip()[-300:]} {log}", pytrace=False)
    try:
        yield cluster
    finally:
        subprocess.run(_as_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


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
