"""A private, throwaway PostgreSQL cluster (docs/SERVER.md), for the team-server tests (conftest.py's
``pg_cluster``) and the server benchmark (tests/benchmarks/server_bench.py).

``start_cluster()``: ``initdb`` into a temporary folder and ``pg_ctl start`` on a free port with its Unix
socket in that folder (no TCP listener), as an unprivileged user when this process is root (PostgreSQL
refuses to run as root; CI runs as root). The cluster trusts local connections: ``url(database)`` is a plain
libpq URL without a password; ``database()`` gives a new database for a while. ``stop()`` stops it and removes the folder. A missing binary or a cluster
that does not start raises ``ClusterError`` with one sentence saying why.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

UNPRIVILEGED = "postgres"


class ClusterError(RuntimeError):
    """The throwaway cluster could not be started (the message says why)."""


def binaries() -> Path:
    """The folder of initdb and pg_ctl: PG_BIN, the PATH's, or the newest /usr/lib/postgresql/*/bin."""
    candidates = [os.environ.get("PG_BIN", "")]
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(str(Path(found).parent))
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in filter(None, candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    raise ClusterError("The PostgreSQL server binaries (initdb, pg_ctl) are not installed, so the team-server "
                       "tests cannot run: install them (apt-get install postgresql) or set PG_BIN to their folder.")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def as_user(command: list[str]) -> list[str]:
    """``command`` run as an unprivileged user when this process is root (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", UNPRIVILEGED, "--", *command]
    return ["su", UNPRIVILEGED, "-s", "/bin/sh", "-c", " ".join(map(repr, command))]


class Cluster:
    def __init__(self, folder: Path, port: int, bin_folder: Path | None = None):
        self.folder = folder
        self.socket_dir = folder
        self.port = port
        self.user = UNPRIVILEGED if os.geteuid() == 0 else os.environ.get("USER") or "postgres"
        self.bin_folder = bin_folder

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@/{database}?host={self.socket_dir}&port={self.port}"

    def admin(self):
        import psycopg

        return psycopg.connect(self.url("postgres"), autocommit=True)

    @contextmanager
    def database(self, template: str | None = None):
        """A new database (a copy of ``template`` when given), dropped afterwards; yields its URL."""
        name = f"desk_{uuid.uuid4().hex[:12]}"
        with self.admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        try:
            yield self.url(name)
        finally:
            with self.admin() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Stop the cluster (immediately: it is thrown away) and remove its folder."""
        if self.bin_folder is not None:
            subprocess.run(as_user([str(self.bin_folder / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                                    "stop"]), capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster(*settings: str) -> Cluster:
    """A new cluster, started; ``settings`` are extra ``-c name=value`` server settings."""
    bin_folder = binaries()
    folder = Path(tempfile.mkdtemp(prefix="opn-desk-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, UNPRIVILEGED)
    cluster = Cluster(folder, free_port(), bin_folder)
    init = subprocess.run(as_user([str(bin_folder / "initdb"), "-D", str(cluster.data), "-A", "trust", "-U",
                                   cluster.user, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
                          capture_output=True, text=True)
    if init.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise ClusterError(f"initdb failed: {init.stderr.strip()[-500:]}")
    options = " ".join([f"-p {cluster.port} -k {folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off",
                        *(f"-c {s}" for s in settings)])
    log = folder / "server.log"
    start = subprocess.run(as_user([str(bin_folder / "pg_ctl"), "-D", str(cluster.data), "-o", options,
                                    "-l", str(log), "-w", "-t", "60", "start"]),
                           capture_output=True, text=True)
    if start.returncode != 0:
        tail = log.read_text(errors="replace")[-500:] if log.exists() else ""
        cluster.stop()
        raise ClusterError(f"PostgreSQL did not start: {start.stderr.strip()[-300:]} {tail}")
    return cluster
