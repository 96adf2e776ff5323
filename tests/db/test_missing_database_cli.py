"""A mistyped --db never creates an empty desk: every command that reads refuses a missing file.

One sentence on stderr, exit 2, and nothing created: no database, no -wal/-shm, no lock file, no
backups folder, no output file. (`demo` is the command that creates a database.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

COMMANDS = {
    "check": ["check", "--db", "{db}"],
    "check-rebuild": ["check", "--rebuild-search-index", "--db", "{db}"],
    "export": ["export", "organisations", "--db", "{db}", "--out", "{out}/organisations.csv"],
    "report": ["report", "roster", "--programme", "SPP", "--db", "{db}", "--out", "{out}/roster.pdf"],
    "report-review-pack": ["report", "review-pack", "--call", "Any call", "--db", "{db}", "--out", "{out}/pack.pdf"],
    "select": ["select", "--db", "{db}", "--call", "SPP core partners"],
    "select-json": ["select", "--db", "{db}", "--call", "SPP core partners", "--json"],
    "backup": ["backup", "--db", "{db}"],
    "backup-out": ["backup", "--db", "{db}", "--out", "{out}/copy.sqlite"],
    "restore": ["restore", "--db", "{db}"],
    "import": ["import", "organisations", "{out}/partners.csv", "--db", "{db}"],
    "import-dry-run": ["import", "applications", "{out}/partners.csv", "--db", "{db}", "--dry-run"],
    "reference": ["reference", "countries", "--db", "{db}", "--out", "{out}/countries.csv"],
}


def _snapshot(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_missing_database_is_refused_and_nothing_is_created(cli, tmp_path, name):
    work = tmp_path / "work"
    work.mkdir()
    (work / "partners.csv").write_text("organisation,country\nZebra Trust,Kenya\n", encoding="utf-8")
    db = work / "typo.sqlite"
    before = _snapshot(work)
    args = [a.format(db=db, out=work) for a in COMMANDS[name]]
    done = cli(*args)
    assert done.returncode == 2, (done.stdout, done.stderr)
    if name == "select-json":
        assert "typo.sqlite" in done.stdout  # the refusal as JSON, for scripts
    else:
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "typo.sqlite" in lines[0], done.stderr
        assert "Traceback" not in done.stderr
    assert _snapshot(work) == before  # nothing created: no database, -wal, lock, backups or output


@pytest.mark.parametrize("name", ["check", "export", "report", "select", "backup", "import", "reference"])
def test_an_empty_file_is_not_turned_into_a_desk(cli, tmp_path, name):
    work = tmp_path / "work"
    work.mkdir()
    (work / "partners.csv").write_text("organisation,country\nZebra Trust,Kenya\n", encoding="utf-8")
    db = work / "typo.sqlite"
    db.write_bytes(b"")  # e.g. made by `touch`, or by a program that failed
    before = _snapshot(work)
    done = cli(*[a.format(db=db, out=work) for a in COMMANDS[name]])
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert _snapshot(work) == before and db.stat().st_size == 0
