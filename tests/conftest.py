"""Shared fixtures: a fresh database per test, and a Desk over it.

The database is a new SQLite file, unless ``OPN_DESK_TEST_BACKEND=postgresql``: then it is a new database
on a throwaway PostgreSQL cluster (tests/server/cluster.py), copied from a template migrated once per
session, and tests marked ``file_only`` (a behaviour of the desk file itself) are skipped (docs/SERVER.md).
"""

from __future__ import annotations

import functools
import os
import uuid
from contextlib import ExitStack

import pytest

# Never touch the user's real preferences from a test.
os.environ.setdefault("OPN_DESK_CONFIG", os.path.join(os.path.dirname(__file__), ".no-such-dir", "prefs.json"))

BACKEND = os.environ.get("OPN_DESK_TEST_BACKEND", "sqlite").strip().lower() or "sqlite"
if BACKEND not in ("sqlite", "postgresql"):
    raise pytest.UsageError(f"OPN_DESK_TEST_BACKEND is {BACKEND!r}; it must be sqlite or postgresql.")
ON_SERVER = BACKEND == "postgresql"


# The fixtures through which a test's desk is on the back end OPN_DESK_TEST_BACKEND chooses.
ON_THE_BACK_END = {"store", "new_database", "copy_desk", "pg_cluster"}


def pytest_collection_modifyitems(config, items):
    """With OPN_DESK_TEST_BACKEND=postgresql: the tests whose desk is not on the back end the switch chooses
    (they open files of their own) are left to the ordinary run, and ``file_only`` tests are skipped."""
    if not ON_SERVER:
        return
    elsewhere = [item for item in items if not ON_THE_BACK_END & set(getattr(item, "fixturenames", ()))]
    if elsewhere:
        config.hook.pytest_deselected(items=elsewhere)
        left_out = set(elsewhere)
        items[:] = [item for item in items if item not in left_out]
    for item in items:
        marker = item.get_closest_marker("file_only")
        if marker:
            why = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "the SQLite desk file's own")
            item.add_marker(pytest.mark.skip(reason=f"file only, not on PostgreSQL: {why}"))


@pytest.fixture(scope="session")
def pg_cluster():
    """The throwaway PostgreSQL cluster of this session (tests/server/cluster.py), stopped at the end, also
    when the run is ended by SIGTERM (.ci/run ends its background run so)."""
    import signal

    from tests.server.cluster import ClusterError, start_cluster

    def interrupted(_signum, _frame):
        raise KeyboardInterrupt  # pytest then tears the session's fixtures down

    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, interrupted)

    try:
        cluster = start_cluster()
    except ClusterError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield cluster
    finally:
        if signal.getsignal(signal.SIGTERM) is interrupted:
            signal.signal(signal.SIGTERM, signal.SIG_IGN)  # ending already: the cluster is stopped first
        cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster):
    """The name of a server database holding a new desk (migrated, reference data loaded), to copy:
    ``CREATE DATABASE ... TEMPLATE`` takes milliseconds where migrating takes seconds."""
    from opn_desk.db.store import open_store

    name = f"desk_template_{uuid.uuid4().hex[:8]}"
    with pg_cluster.admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    open_store(pg_cluster.url(name), create=True).close()  # no connection may stay open on a template
    yield name
    with pg_cluster.admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def new_database(request, tmp_path_factory):
    """``new_database("demo")``: where a new, empty desk goes, for ``--db``: a path to a new SQLite file, or
    (OPN_DESK_TEST_BACKEND=postgresql) the URL of a new empty server database, dropped after the session."""
    if not ON_SERVER:
        yield lambda name: tmp_path_factory.mktemp(name) / f"{name}.sqlite"
        return
    cluster = request.getfixturevalue("pg_cluster")
    with ExitStack() as made:
        yield lambda _name: made.enter_context(cluster.database())


@pytest.fixture
def copy_desk(request, tmp_path):
    """``copy_desk(location)``: a copy, to change freely, of the desk at ``location`` (from ``new_database``,
    closed): a copied file, or a server database made with the original as its template."""
    if not ON_SERVER:
        from opn_desk.db.backup import copy_database

        yield lambda source: copy_database(source, tmp_path / "desk.sqlite")
        return
    from urllib.parse import urlsplit

    cluster = request.getfixturevalue("pg_cluster")
    with ExitStack() as made:
        yield lambda source: made.enter_context(cluster.database(urlsplit(str(source)).path.strip("/")))


@pytest.fixture
def store(request, tmp_path):
    from opn_desk.db.store import open_store

    if not ON_SERVER:
        opened = open_store(tmp_path / "desk.sqlite")
        yield opened
        opened.close()
        return
    cluster, template = request.getfixturevalue("pg_cluster"), request.getfixturevalue("pg_template")
    with cluster.database(template) as url:
        opened = open_store(url, create=False)
        try:
            yield opened
        finally:
            opened.close()


@pytest.fixture
def desk(store):
    from opn_desk.services.desk import Desk

    return Desk(store, actor="Test Officer")


@functools.cache
def desk_words(language: str) -> dict[str, str]:
    """The desk's words in ``language`` (English source -> translation) as packaging/update_translations.py
    merges them: <language>.py and every <language>_<area>.py of packaging/translations."""
    import runpy

    script = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "packaging",
                          "update_translations.py")
    return runpy.run_path(script)["words"](language)


@pytest.fixture
def french():
    """translate() speaks the desk's French for this test (built from packaging/translations, so a test
    does not wait for the shipped catalogue's refresh); English again after. Gives the words."""
    from opn_desk import i18n

    words = desk_words("fr")
    i18n.install(lambda _context, text: words.get(text, text), "fr")
    yield words
    i18n.install(None)


def installed_command() -> str:
    """The installed ``opn-desk`` console script beside this interpreter (as a user or script runs it)."""
    import shutil
    import sys
    from pathlib import Path

    scripts = Path(sys.executable).parent
    for name in ("opn-desk", "opn-desk.exe"):
        if (scripts / name).exists():
            return str(scripts / name)
    found = shutil.which("opn-desk")
    if found is None:
        raise AssertionError("the opn-desk console script is not installed (pip install -e .)")
    return found


def run_cli(*args, env: dict | None = None, timeout: float = 300, input: str | None = None):
    """Run the installed ``opn-desk`` in a subprocess; returns the CompletedProcess (text, both streams).

    In-process calls cannot see what C libraries write to the standard output; a script can.
    """
    import subprocess

    environment = dict(os.environ)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    environment.update(env or {})
    return subprocess.run([installed_command(), *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env=environment, timeout=timeout, input=input)


@pytest.fixture(scope="session")
def cli():
    """``cli("check", "--db", path)`` runs the installed command as a script would."""
    return run_cli


@pytest.fixture(scope="session")
def opn_desk_command() -> str:
    """The path of the installed ``opn-desk`` console script, for tests that start it themselves."""
    return installed_command()
