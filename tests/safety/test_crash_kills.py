"""A writer killed at a random moment never costs the desk a committed edit or a usable file.

Three kinds of writer are killed with SIGKILL (what a crash or a forced quit does to the process; the
operating system's buffers survive, so this is not a power cut): real service-layer edits through
`Desk.write`, a bulk import by the installed `opn-desk import`, and the upgrade of a
15,000-organisation database from schema 0004 (its next step builds the registry's search indexes)
as the window opens it. Kills are aimed at random moments of the whole run, and (for imports and
upgrades) often at random moments of the part that writes: while the import holds the desk, while the
upgrade changes the schema. After every kill the file must open with
`open_store`, pass `opn-desk check` (exit 0) and hold every edit the writer acknowledged (each writer
notes an acknowledgement after each commit: a line fsync'ed to a side file, or the import's own
"Imported ..." line); the edit in flight at the kill is either wholly there or wholly absent.

A last case kills a writer inside a rollback-journal transaction, leaving a hot journal the next start
must roll back. CI runs 4 kills of edits, 3 of imports and 4 of upgrades. For the issue's figures:

    OPN_DESK_CRASH_ROUNDS=60 OPN_DESK_CRASH_REPORT=tests/benchmarks/results/crash.json \\
        .venv/bin/python -m pytest tests/safety -m crash -s -p no:cacheprovider

(`OPN_DESK_CRASH_SEED` repeats a run's random moments; each test prints the seed it used.)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from faults import (
    Lines,
    content_digest,
    database_at,
    health_problems,
    opn_desk_command,
    partner_list,
    revision_of,
    rounds,
    seeded,
    tagged_rows,
    writer_command,
)
from writers import CRASH_ORG, PERSON_DOMAIN, org_name

from opn_desk.db.store import HEAD, open_store

pytestmark = pytest.mark.crash


# --- service-layer edits ------------------------------------------------------------------------

def _read_acks(path: Path) -> list[dict]:
    """Complete lines only: a line the kill cut short was never acknowledged."""
    lines = path.read_bytes().split(b"\n")[:-1]
    return [json.loads(line) for line in lines if line.strip()]


class Expected:
    """What the acknowledgements say the database holds, and the one edit in flight (if any)."""

    def __init__(self, records: list[dict]):
        self.orgs: dict[str, int] = {}
        self.people: dict[str, tuple[str, int]] = {}
        self.memberships: dict[str, tuple[str, str]] = {}
        self.commits = 0
        self.pending: dict | None = None
        for r in records:
            if r.get("intent"):
                self.pending = r
                continue
            self.pending = None
            if r["op"] == "refused":
                continue
            self.commits += 1
            if r["op"] == "org":
                self.orgs[r["id"]] = r["seq"]
            elif r["op"] == "person":
                self.people[r["id"]] = (r["org"], r["seq"])
            elif r["op"] == "membership":
                self.memberships[r["id"]] = (r["org"], r["status"])

    def kinds(self) -> dict[str, dict]:
        return {"orgs": self.orgs, "people": self.people, "memberships": self.memberships}


def _observed(db: Path) -> tuple[dict[str, dict], list[str]]:
    """What the database holds of the edits, and rows whose columns disagree (a half-applied edit)."""
    import sqlite3

    def key(raw) -> str:
        return str(uuid.UUID(hex=raw if isinstance(raw, str) else raw.hex()))

    con = sqlite3.connect(f"file:{db.resolve().as_posix()}?mode=ro", uri=True)
    try:
        odd: list[str] = []
        orgs = {}
        for raw, name, notes in con.execute("SELECT id, name, notes FROM organisation WHERE name LIKE ?",
                                            (f"{CRASH_ORG} %",)):
            seq = int(notes.removeprefix("seq "))
            orgs[key(raw)] = seq
            if name != org_name(seq):
                odd.append(f"organisation {key(raw)} is named {name!r} but its notes say {notes!r}")
        people = {}
        for raw, org, name, email in con.execute("SELECT id, organisation_id, name, email FROM person "
                                                 "WHERE email LIKE ?", (f"%@{PERSON_DOMAIN}",)):
            seq = int(email.split("@")[0].removeprefix("p"))
            people[key(raw)] = (key(org), seq)
            if name != f"Crash person {seq}":
                odd.append(f"person {key(raw)} is called {name!r} but has the address {email}")
        memberships = {key(raw): (key(org), status) for raw, org, status in con.execute(
            "SELECT m.id, m.organisation_id, m.status FROM membership m JOIN organisation o "
            "ON o.id = m.organisation_id WHERE o.name LIKE ?", (f"{CRASH_ORG} %",))}
        return {"orgs": orgs, "people": people, "memberships": memberships}, odd
    finally:
        con.close()


def _differences(expected: Expected, seen: dict[str, dict]) -> list[tuple]:
    out = []
    for kind, want in expected.kinds().items():
        got = seen[kind]
        out += [(kind, k, want.get(k), got.get(k)) for k in sorted(want.keys() | got.keys()) if want.get(k) != got.get(k)]
    return out


def _in_flight(pending: dict | None, differences: list[tuple]) -> dict | None:
    """The acknowledgement of the edit in flight when the database shows exactly it done, else None."""
    if pending is None or len(differences) != 1:
        return None
    kind, key, want, got = differences[0]
    op = pending["op"]
    done = {
        "org_create": kind == "orgs" and want is None and got == pending["seq"],
        "org": kind == "orgs" and key == pending.get("id") and got == pending["seq"],
        "person_create": kind == "people" and want is None and got == (pending.get("org"), pending["seq"]),
        "person": kind == "people" and key == pending.get("id") and got == (pending.get("org"), pending["seq"]),
        "membership_create": kind == "memberships" and want is None and got == (pending.get("org"), "active"),
        "membership": kind == "memberships" and key == pending.get("id") and got == (pending.get("org"), "ended"),
    }.get(op, False)
    if not done:
        return None
    record = {"op": {"orgs": "org", "people": "person", "memberships": "membership"}[kind], "id": key,
              "seq": pending["seq"], "recovered": True}
    if kind == "people":
        record["org"] = got[0]
    if kind == "memberships":
        record.update(org=got[0], status=got[1])
    return record


def test_killing_a_writer_during_edits_keeps_every_committed_edit(tmp_path, cli, figures):
    count = rounds(4)
    rnd = seeded("edits")
    db = tmp_path / "desk.sqlite"
    open_store(db).close()
    acks = tmp_path / "acks.jsonl"
    acks.touch()
    kills = lost = damaged = 0
    failure = None
    for n in range(count):
        log = tmp_path / f"writer-{n}.log"
        with log.open("w") as err:
            child = subprocess.Popen(writer_command("edits", db, acks, rnd.randrange(1 << 30), n * 10_000_000),
                                     stdout=subprocess.PIPE, stderr=err, text=True)
        lines = Lines(child.stdout)
        if lines.wait_for("ready", 120) is None:
            child.kill()
            child.wait()
            failure = f"round {n}: the writer did not start:\n{log.read_text()[-3000:]}"
            break
        time.sleep(rnd.uniform(0.0, 1.0))
        if child.poll() is not None:
            failure = f"round {n}: the writer stopped by itself (exit {child.returncode}):\n{log.read_text()[-3000:]}"
            break
        child.kill()
        child.wait()
        kills += 1
        problems = health_problems(db, cli)
        if problems:
            damaged += 1
            failure = f"kill {kills}: the database is not usable: " + "; ".join(problems)
            break
        expected = Expected(_read_acks(acks))
        seen, odd = _observed(db)
        differences = _differences(expected, seen)
        done = _in_flight(expected.pending, differences)
        if done is not None:
            with acks.open("a") as f:
                f.write(json.dumps(done, sort_keys=True) + "\n")
            differences = []
        if differences or odd:
            missing = [d for d in differences if d[2] is not None]
            lost += len(missing)
            damaged += bool(odd or len(differences) > len(missing))
            failure = (f"kill {kills}: the database does not hold what was acknowledged (kind, id, acknowledged, "
                       f"found): {differences[:10]}; in flight: {expected.pending}; half-applied rows: {odd[:5]}")
            break
    commits = Expected(_read_acks(acks)).commits
    figures.record("service-layer edits", kills=kills, commits=commits, lost=lost, damaged=damaged)
    assert failure is None, failure
    assert commits > kills  # the writers did work between the kills


# --- bulk import --------------------------------------------------------------------------------

def _holding(db: Path, child: subprocess.Popen, timeout: float) -> float | None:
    """The moment the child's pid appears in the database's lock file (it holds the desk), or None."""
    lock = Path(str(db) + ".lock")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and child.poll() is None:
        try:
            if json.loads(lock.read_text(encoding="utf-8")).get("pid") == child.pid:
                return time.monotonic()
        except (OSError, ValueError, AttributeError):
            pass
        time.sleep(0.002)
    return None


def _start_import(file: Path, db: Path) -> subprocess.Popen:
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([opn_desk_command(), "import", "organisations", str(file), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_killing_an_import_leaves_it_all_or_nothing(tmp_path, cli, figures):
    count = rounds(3)
    rnd = seeded("imports")
    size = 300
    db = tmp_path / "desk.sqlite"
    open_store(db).close()

    # One whole import first: it must work, and it times the moments to aim at.
    partner_list(tmp_path / "list-R0.csv", "R0", size, rnd)
    child = _start_import(tmp_path / "list-R0.csv", db)
    started = time.monotonic()
    took_desk = _holding(db, child, 120)
    out, err = child.communicate(timeout=300)
    ended = time.monotonic()
    assert child.returncode == 0 and f"Imported {size} organisations" in out, err
    whole, writing = ended - started, (ended - took_desk if took_desk else None)
    present = {"R0": size}
    kills = acknowledged = lost = damaged = finished_first = 0
    failure = None
    for n in range(1, count + 1):
        tag = f"R{n}"
        file = tmp_path / f"list-{tag}.csv"
        partner_list(file, tag, size, rnd)
        child = _start_import(file, db)
        started = time.monotonic()
        aim = started + rnd.uniform(0, whole)
        if writing and n % 2:  # every other kill while it holds the desk: checking and writing
            took = _holding(db, child, whole * 5)
            if took is not None:
                aim = took + rnd.uniform(0, writing)
        time.sleep(max(0.0, aim - time.monotonic()))
        ran_out = child.poll() is not None
        child.kill()
        out, err = child.communicate()
        kills += not ran_out
        finished_first += ran_out
        reported = f"Imported {size} organisations" in out
        acknowledged += reported
        problems = health_problems(db, cli)
        if problems:
            damaged += 1
            failure = f"round {n}: the database is not usable after the kill: " + "; ".join(problems)
            break
        orgs, people = tagged_rows(db, tag)
        if (orgs, people) not in ((0, 0), (size, size)):
            damaged += 1
            failure = f"round {n}: the killed import left {orgs} of {size} organisations and {people} people"
            break
        if reported and orgs != size:
            lost += size
            failure = f"round {n}: the import said {out.strip()!r} but the database holds {orgs} of its organisations"
            break
        earlier = {t: tagged_rows(db, t)[0] for t in present}
        if earlier != present:
            lost += sum(present.values()) - sum(earlier.values())
            failure = f"round {n}: earlier imports changed: {present} became {earlier}"
            break
        present[tag] = orgs
    figures.record("bulk import", kills=kills, imports_finished_before_the_kill=finished_first,
                   imports_committed=sum(1 for v in present.values() if v), acknowledged=acknowledged + 1,
                   lost=lost, damaged=damaged, rows_per_import=size, seconds_per_import=round(whole, 2))
    assert failure is None, failure


# --- upgrade ------------------------------------------------------------------------------------

OLD = "0004"  # its next step (0005) builds the registry's search indexes: the longest upgrade
UPGRADE_ORGANISATIONS = 15_000


@pytest.fixture(scope="module")
def old_database(tmp_path_factory) -> tuple[Path, tuple[int, str]]:
    """The database to upgrade, a standalone file in rollback-journal mode as a restored backup is (so a
    kill can also land while the first open switches it to WAL)."""
    path = tmp_path_factory.mktemp("template") / f"at-{OLD}.sqlite"
    database_at(path, OLD, UPGRADE_ORGANISATIONS)
    return path, content_digest(path)


def _open_in_child(template: Path, folder: Path) -> tuple[Path, subprocess.Popen, Lines, Path]:
    folder.mkdir()
    db = folder / "desk.sqlite"
    shutil.copyfile(template, db)
    log = folder / "writer.log"
    with log.open("w") as err:
        child = subprocess.Popen(writer_command("open", db), stdout=subprocess.PIPE, stderr=err, text=True)
    return db, child, Lines(child.stdout), log


def test_killing_an_upgrade_never_leaves_the_desk_unopenable(tmp_path, cli, figures, old_database):
    template, digest = old_database
    count = rounds(4)
    rnd = seeded("upgrade")

    # One whole upgrade first: it must work, and it times the moments to aim at.
    db, child, lines, log = _open_in_child(template, tmp_path / "whole")
    began = lines.wait_for("go", 120)
    schema = lines.wait_for("ddl", 120)
    ended = lines.wait_for("opened", 120)
    child.wait(timeout=120)
    assert began and ended and child.returncode == 0, log.read_text()[-3000:]
    assert revision_of(db) == HEAD and content_digest(db) == digest
    whole = ended - began
    schema_window = (ended - schema) if schema else None

    kills = upgrades_done = schema_kills = stuck = lost = damaged = 0
    failures = []
    copies = []
    for n in range(count):
        db, child, lines, log = _open_in_child(template, tmp_path / f"round-{n}")
        began = lines.wait_for("go", 120)
        if began is None:
            child.kill()
            child.wait()
            failures.append(f"round {n}: the opening process did not start: {log.read_text()[-2000:]}")
            continue
        aim = began + rnd.uniform(0, whole)
        if schema_window and n % 4 != 3:  # three kills in four while the schema is being changed
            seen = lines.wait_for("ddl", whole * 5)
            if seen is not None:
                aim = seen + rnd.uniform(0, schema_window)
        time.sleep(max(0.0, aim - time.monotonic()))
        ran_out = child.poll() is not None
        child.kill()
        child.wait()
        kills += not ran_out
        done = any(line.startswith("opened") for line in lines.drain())
        upgrades_done += done
        moments = lines.arrived
        schema_kills += "ddl" in moments and not done
        if done:  # it ran out before the kill: aim earlier from now on (a first run can be slower)
            whole = min(whole, moments["opened"] - moments["go"])
            if schema_window and "ddl" in moments:
                schema_window = min(schema_window, moments["opened"] - moments["ddl"])
        try:
            store = open_store(db, create=False)
        except Exception as exc:  # the finding: a start that cannot open the desk
            stuck += 1
            failures.append(f"round {n} ({'after' if done else 'during'} the upgrade): the next start cannot "
                            f"open the desk: {type(exc).__name__}: {str(exc)[:400]}")
            continue
        rerun = store.migrated_from
        store.close()
        problems = health_problems(db, cli)
        if problems:
            damaged += 1
            failures.append(f"round {n}: " + "; ".join(problems))
        if revision_of(db) != HEAD:
            failures.append(f"round {n}: the desk opened but is at schema {revision_of(db)}, not {HEAD}")
        if content_digest(db) != digest:
            lost += 1
            failures.append(f"round {n}: the organisations, people or memberships differ from before the upgrade")
        if done and rerun is not None:
            failures.append(f"round {n}: the upgrade was reported done, yet the next start upgraded from {rerun} again")
        copies.append(len(list((db.parent / "desk-backups").glob("*.sqlite"))))
    figures.record("upgrade", kills=kills, kills_while_the_schema_changed=schema_kills,
                   upgrades_done_before_the_kill=upgrades_done, stuck=stuck, lost=lost, damaged=damaged,
                   organisations=UPGRADE_ORGANISATIONS, seconds_per_upgrade=round(whole, 2),
                   most_safety_copies=max(copies, default=0))
    assert not failures, f"{len(failures)} of {count} rounds failed:\n" + "\n".join(failures)


def test_a_kill_that_leaves_a_hot_journal_does_not_shut_the_desk(tmp_path, cli, figures, old_database):
    """A desk file still in rollback-journal mode (a restored backup, a 0004 desk as above) is written
    through a rollback journal until its first open switches it to WAL. A kill inside such a transaction
    leaves a "hot" journal beside the file, which only a read-write connection can roll back. The next
    start must do that, not call the desk damaged (the 60-kill upgrade run hit this once)."""
    template, digest = old_database
    db = tmp_path / "desk.sqlite"
    shutil.copyfile(template, db)
    writer = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "con.execute('PRAGMA cache_size=8')\n"  # a small cache: changed pages spill into the file itself
        "con.execute('BEGIN IMMEDIATE')\n"
        "con.execute(\"UPDATE organisation SET notes = notes || ' (half-done)'\")\n"
        "print('in', flush=True)\n"
        "time.sleep(600)\n"), str(db)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "in"
    writer.kill()
    writer.wait()
    journal = Path(str(db) + "-journal")
    assert journal.exists() and journal.stat().st_size > 0, "the kill left no journal to roll back"
    problems = health_problems(db, cli)  # the next start (open_store), then `opn-desk check`
    figures.record("hot journal", kills=1, damaged=int(bool(problems)),
                   lost=int(not problems and content_digest(db) != digest))
    assert not problems, "; ".join(problems)
    assert content_digest(db) == digest, "the half-done transaction was not rolled back"
