"""Shared fixtures: a fresh database file per test, and a Desk over it."""

from __future__ import annotations

import os

import pytest

# Never touch the user's real preferences from a test.
os.environ.setdefault("OPN_DESK_CONFIG", os.path.join(os.path.dirname(__file__), ".no-such-dir", "prefs.json"))


@pytest.fixture
def store(tmp_path):
    from opn_desk.db.store import open_store

    opened = open_store(tmp_path / "desk.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def desk(store):
    from opn_desk.services.desk import Desk

    return Desk(store, actor="Test Officer")


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
