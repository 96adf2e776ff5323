"""Fixtures of the database-layer tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def db(tmp_path) -> Path:
    """A new, empty desk file."""
    from opn_desk.db.store import open_store

    path = tmp_path / "desk.sqlite"
    open_store(path).close()
    return path
