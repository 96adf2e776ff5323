"""Small desk files for the database-layer tests: made, filled and damaged with plain sqlite3."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

NOW = "2026-01-01 00:00:00.000000"
INSERT_ORG = ("INSERT INTO organisation (id, created_at, updated_at, version, name, acronym, website, notes, "
              "sort_name, search_text) VALUES (:id, :now, :now, 1, :name, '', '', '', :name, :name)")


def add_organisations(path: Path, *names: str) -> None:
    con = sqlite3.connect(path)
    with con:
        con.executemany(INSERT_ORG, [{"id": uuid.uuid4().hex, "now": NOW, "name": n} for n in names])
    con.close()


def organisation_names(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT name FROM organisation ORDER BY name")]
    finally:
        con.close()


def damage(path: Path) -> None:
    """Overwrite three pages three quarters into the file, leaving the header intact."""
    pages = path.stat().st_size // 4096
    with path.open("r+b") as f:
        f.seek(pages * 3 // 4 * 4096)
        f.write(b"\xff" * 4096 * 3)
