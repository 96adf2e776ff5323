"""What the crash-and-fault suite shares: how many rounds, the figures it reports, the checks after a fault.

`OPN_DESK_CRASH_ROUNDS=N` runs N rounds of every kill and race test instead of the small CI count;
`OPN_DESK_CRASH_SEED=S` repeats a run's random moments; `OPN_DESK_CRASH_REPORT=FILE.json` writes the
figures (kills, commits, lost, damaged...) there as well as printing them (`pytest -s` shows them).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import sys
import time
from pathlib import Path

WRITERS = Path(__file__).with_name("writers.py")


def rounds(ci_count: int) -> int:
    """The CI count, or OPN_DESK_CRASH_ROUNDS when set."""
    text = os.environ.get("OPN_DESK_CRASH_ROUNDS", "").strip()
    return max(1, int(text)) if text else ci_count


def seeded(name: str) -> random.Random:
    """A random source for one test, its seed printed (OPN_DESK_CRASH_SEED repeats it)."""
    seed = os.environ.get("OPN_DESK_CRASH_SEED", "").strip() or str(time.time_ns())
    print(f"\n{name}: OPN_DESK_CRASH_SEED={seed}")
    return random.Random(f"{seed}:{name}")


def writer_command(*args) -> list[str]:
    return [sys.executable, str(WRITERS), *map(str, args)]


def opn_desk_command() -> str:
    """The installed `opn-desk` script beside this interpreter (what tests/conftest.py's `cli` runs)."""
    import shutil

    for name in ("opn-desk", "opn-desk.exe"):
        if (Path(sys.executable).parent / name).exists():
            return str(Path(sys.executable).parent / name)
    found = shutil.which("opn-desk")
    assert found, "the opn-desk console script is not installed (pip install -e .)"
    return found


class Figures:
    def __init__(self):
        self.tests: dict[str, dict] = {}

    def record(self, test: str, **values) -> None:
        self.tests[test] = values
        print(f"\n{test}: " + json.dumps(values, sort_keys=True))


def content_digest(db: Path) -> tuple[int, str]:
    """(organisations, digest of every organisation, person and membership), read without writing."""
    con = sqlite3.connect(f"file:{Path(db).resolve().as_posix()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        count = 0
        for sql in ("SELECT id, name, notes, country_id FROM organisation ORDER BY id",
                    "SELECT id, organisation_id, name, email FROM person ORDER BY id",
                    "SELECT id, organisation_id, programme_id, status FROM membership ORDER BY id"):
            for row in con.execute(sql):
                digest.update(repr(tuple(row)).encode())
                count += sql.startswith("SELECT id, name")
        return count, digest.hexdigest()
    finally:
        con.close()


def health_problems(db: Path, cli) -> list[str]:
    """Why the database at ``db`` is not fit to use: it must open with open_store and pass `opn-desk check`."""
    from opn_desk.db.store import open_store

    problems = []
    try:
        open_store(db, create=False).close()
    except Exception as exc:  # any failure to open is the finding
        problems.append(f"open_store failed: {type(exc).__name__}: {exc}")
    checked = cli("check", "--db", db)
    if checked.returncode != 0:
        problems.append(f"`opn-desk check` exited {checked.returncode}: {checked.stdout.strip()} "
                        f"{checked.stderr.strip()[-2000:]}")
    return problems


class Lines:
    """A child's standard output read on a thread: each line with the moment it arrived."""

    def __init__(self, stream):
        import queue
        import threading

        self._queue: queue.Queue = queue.Queue()
        self.seen: list[str] = []
        self.arrived: dict[str, float] = {}  # the first word of each line -> when it first came
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self._queue.put((time.monotonic(), line.rstrip("\n")))
        self._queue.put((time.monotonic(), None))

    def wait_for(self, start: str, timeout: float) -> float | None:
        """The moment a line starting with ``start`` arrived; None at the end of the output or timeout."""
        import queue

        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                when, line = self._queue.get(timeout=left)
            except queue.Empty:
                return None
            if line is None:
                self._queue.put((when, None))
                return None
            self.seen.append(line)
            self.arrived.setdefault(line.split(" ")[0], when)
            if line.startswith(start):
                return when
        return None

    def drain(self, timeout: float = 5.0) -> list[str]:
        """Every line until the end of the output (the child has ended)."""
        self.wait_for("\0never", timeout)
        return self.seen


def database_at(path: Path, revision: str, organisations: int, *, seed: int = 7) -> None:
    """A desk database at an older schema ``revision`` (as tests/db/test_migrations.py makes them), holding
    ``organisations`` organisations, one person each and a membership for every tenth."""
    import uuid
    from datetime import datetime

    from opn_desk.db.engine import open_engine, session_factory
    from opn_desk.db.reference import load_reference_data
    from opn_desk.db.store import _alembic_upgrade

    engine = open_engine(path)
    _alembic_upgrade(engine, revision)
    with session_factory(engine).begin() as session:
        load_reference_data(session)
    engine.dispose()
    rnd = random.Random(seed)
    now = datetime(2026, 1, 5, 9, 15).isoformat(" ")
    con = sqlite3.connect(path)
    try:
        countries = [r[0] for r in con.execute("SELECT id FROM country ORDER BY iso3")]
        programme = con.execute("SELECT id FROM programme WHERE code='SPP'").fetchone()[0]
        words = ("Green", "Sahel", "Andes", "Mekong", "Coral", "Cedar", "Delta", "Harbour", "Summit", "Baobab")
        orgs, people, memberships = [], [], []
        for i in range(organisations):
            org = uuid.uuid4().hex
            name = f"{rnd.choice(words)} {rnd.choice(words)} network {i}"
            orgs.append((org, name, "", rnd.choice(countries), "", f"note {i}", name.lower(), name.lower(), now, now))
            people.append((uuid.uuid4().hex, f"Person {i}", f"person{i}@example.org", "", org, "unknown", now, now))
            if i % 10 == 0:
                memberships.append((uuid.uuid4().hex, org, programme, now, now))
        con.executemany("INSERT INTO organisation (id, name, acronym, country_id, website, notes, sort_name, search_text,"
                        " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", orgs)
        con.executemany("INSERT INTO person (id, name, email, phone, organisation_id, gender, created_at, updated_at,"
                        " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)", people)
        con.executemany("INSERT INTO membership (id, organisation_id, programme_id, role, term_start, status, notes,"
                        " created_at, updated_at, version) VALUES (?, ?, ?, 'network_member', '2025-01-01', 'active',"
                        " '', ?, ?, 1)", memberships)
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()


def revision_of(db: Path) -> str | None:
    con = sqlite3.connect(f"file:{Path(db).resolve().as_posix()}?mode=ro", uri=True)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def partner_list(path: Path, tag: str, rows: int, rnd: random.Random) -> list[tuple[str, str]]:
    """Write an organisations import file whose names all carry ``tag``; returns (name, e-mail) pairs."""
    import csv

    words = ("Kestrel", "Meridian", "Monsoon", "Savanna", "Lagoon", "Tundra", "Orchard", "Estuary")
    kinds = ("Trust", "Foundation", "Council", "Institute", "Cooperative", "Alliance", "Forum")
    countries = ("KEN", "FRA", "BRA", "IND", "NAM", "DEU", "MEX", "EGY", "VNM", "CHN")
    written = []
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["organisation", "country", "stakeholder_cluster", "representative_name",
                      "representative_email", "representative_gender"])
        for i in range(rows):
            # "R1n126", not "R1 126": the duplicate check joins a name's words, and "R11 26" would be the same.
            name = f"{rnd.choice(words)} {tag}n{i} {rnd.choice(kinds)}"
            email = f"rep{i}.{tag}@example.org".lower()
            out.writerow([name, rnd.choice(countries), "Civil society", f"Rosalind {tag} Okafor {i}", email,
                          rnd.choice(("female", "male", "non-binary"))])
            written.append((name, email))
    return written


def tagged_rows(db: Path, tag: str) -> tuple[int, int]:
    """(organisations, people) of the import file tagged ``tag`` that the database holds."""
    con = sqlite3.connect(f"file:{Path(db).resolve().as_posix()}?mode=ro", uri=True)
    try:
        orgs = con.execute("SELECT count(*) FROM organisation WHERE name LIKE ?", (f"% {tag}n%",)).fetchone()[0]
        people = con.execute("SELECT count(*) FROM person WHERE email LIKE ?",
                             (f"%.{tag.lower()}@example.org",)).fetchone()[0]
        return orgs, people
    finally:
        con.close()
