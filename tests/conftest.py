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
