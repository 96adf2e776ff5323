"""Several `opn-desk` writers started at the same moment on one database: one writer at a time, ever.

Each round starts four `opn-desk import organisations` of the same partner list at once (through
`opn_desk.cli.main`, what the installed script runs, after a barrier so they reach the writer's lock
within milliseconds of each other), on a database whose lock file a crash left behind: the lock of
a desk killed while it held the database, a lock of a process that has died, an empty lock file, or a
lock naming a process number now used by another program. tests/db/test_lock.py and
test_lock_race.py race the lock class itself; this is the end-to-end race. Every
process either imports (exit 0) or refuses with the "already open" sentence (exit 2) while another
holds the desk; no two ever hold it at the same time; nobody is refused when no one holds it; the
database passes `opn-desk check` and holds each organisation of the list exactly once.

CI runs one round of each leftover lock; `OPN_DESK_CRASH_ROUNDS=N` runs N rounds (see test_crash_kills.py).
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from faults import Lines, health_problems, partner_list, rounds, seeded, writer_command

from opn_desk.db.store import open_store

pytestmark = pytest.mark.crash

WRITERS = 4
ROWS = 200
# A refusal is right only while another process holds the desk; a holder notes its release just before
# releasing, so a refusal that close after it still counts as "while held".
SLACK = 1.0
IN_USE = ("already open", "in use")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _leave_lock(db: Path, kind: str, unrelated: subprocess.Popen) -> None:
    """Leave the lock file a crash would: of a desk killed while it held the database (in whatever form
    this version writes it), of a process that has died, empty, or naming a process number that now
    belongs to another program (a restart later)."""
    lock = Path(str(db) + ".lock")
    if kind == "killed desk":
        holder = subprocess.Popen([sys.executable, "-c", (
            "import sys, time\n"
            "from opn_desk.db.lock import DatabaseLock\n"
            f"DatabaseLock({str(db)!r}).acquire()\n"
            "print('held', flush=True)\n"
            "time.sleep(600)\n")], stdout=subprocess.PIPE, text=True)
        assert holder.stdout.readline().strip() == "held"
        holder.kill()
        holder.wait()
        assert lock.exists()
    elif kind == "empty":
        lock.write_bytes(b"")
    else:
        pid = _dead_pid() if kind == "dead process" else unrelated.pid
        lock.write_text(json.dumps({"host": socket.gethostname(), "pid": pid, "user": "colleague",
                                    "since": "2026-01-05T09:15:00"}), encoding="utf-8")


def _copies(db: Path, names: list[str]) -> dict[str, int]:
    con = sqlite3.connect(f"file:{db.resolve().as_posix()}?mode=ro", uri=True)
    try:
        counts = dict(con.execute("SELECT name, count(*) FROM organisation GROUP BY name").fetchall())
        return {n: counts.get(n, 0) for n in names}
    finally:
        con.close()


def test_writers_started_together_never_share_the_desk(tmp_path, cli, figures):
    count = rounds(4)
    rnd = seeded("race")
    db = tmp_path / "desk.sqlite"
    open_store(db).close()
    kinds = ("killed desk", "dead process", "empty", "process number reused")
    unrelated = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"])
    failures: list[str] = []
    tally = {"rounds": 0, "rounds_with_two_writers": 0, "rounds_nobody_wrote": 0, "refused_with_no_holder": 0,
             "other_outcomes": 0, "damaged": 0, "duplicated_organisations": 0, "widest_start_spread_ms": 0}
    try:
        for n in range(count):
            kind = kinds[n % len(kinds)]
            tag = f"W{n}"
            file = tmp_path / f"list-{tag}.csv"
            names = [name for name, _ in partner_list(file, tag, ROWS, rnd)]
            _leave_lock(db, kind, unrelated)
            held = tmp_path / f"held-{n}.jsonl"
            held.touch()
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            children, readers, logs = [], [], []
            for i in range(WRITERS):
                logs.append(tmp_path / f"race-{n}-{i}.err")
                with logs[-1].open("w") as err:
                    children.append(subprocess.Popen(
                        writer_command("race", db, held, "import", "organisations", file, "--db", db),
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, text=True, env=env))
                readers.append(Lines(children[-1].stdout))
            if not all(reader.wait_for("ready", 120) is not None for reader in readers):
                for child in children:
                    child.kill()
                    child.wait()
                failures.append(f"round {n}: a writer did not start: " + " ".join(log.read_text()[-1500:]
                                                                               for log in logs))
                break
            start_at = f"{time.time() + 0.2!r}\n"
            for child in children:
                child.stdin.write(start_at)
                child.stdin.close()
            for child in children:
                child.wait(timeout=300)
            results = [(c.pid, c.returncode, "\n".join(r.drain()[1:]), log.read_text())
                       for c, r, log in zip(children, readers, logs, strict=True)]
            records = [json.loads(line) for line in held.read_text().splitlines() if line.strip()]
            holds = sorted((r for r in records if "acquired" in r), key=lambda r: r["acquired"])
            refusals = [r for r in records if "refused" in r]
            late = [r["late"] for r in records if "late" in r]
            tally["rounds"] += 1
            spread = max(late) - min(late) if late else 0.0
            tally["widest_start_spread_ms"] = max(tally["widest_start_spread_ms"], round(1000 * spread))
            problems = []

            for pid, code, out, err in results:
                ran = code == 0 and out.startswith(f"Imported {ROWS} organisations")
                refused = (code == 2 and any(s in err.lower() for s in IN_USE) and len(err.strip().splitlines()) == 1
                           and "Traceback" not in err)
                if not (ran or refused):
                    tally["other_outcomes"] += 1
                    problems.append(f"process {pid} neither imported nor said the desk is in use: exit {code}, "
                                    f"stdout {out.strip()[:300]!r}, stderr {err.strip()[-600:]!r}")
            runners = sum(1 for _, code, _, _ in results if code == 0)
            key = f"rounds_where_{runners}_imported"
            tally[key] = tally.get(key, 0) + 1
            if runners != len(holds):
                problems.append(f"{runners} processes imported but {len(holds)} recorded holding the writer's lock "
                                "(does the import still take it through DatabaseLock.acquire/release?)")
            overlapping = [(a["pid"], b["pid"]) for i, a in enumerate(holds) for b in holds[i + 1:]
                           if b["acquired"] < a["released"]]
            if overlapping:
                tally["rounds_with_two_writers"] += 1
                problems.append(f"two writers held the desk at the same time: processes {overlapping}")
            if not holds:
                tally["rounds_nobody_wrote"] += 1
                problems.append("no process could write: the leftover lock shut every one of them out")
            for r in refusals:
                if not any(h["acquired"] - SLACK <= r["refused"] <= h["released"] + SLACK
                           for h in holds if h["pid"] != r["pid"]):
                    tally["refused_with_no_holder"] += 1
                    problems.append(f"process {r['pid']} was refused while no other process held the desk")
            unusable = health_problems(db, cli)
            if unusable:
                tally["damaged"] += 1
                problems += unusable
            copies = _copies(db, names)
            twice = {name: c for name, c in copies.items() if c != (1 if holds or runners else 0)}
            if twice:
                tally["duplicated_organisations"] += sum(max(0, c - 1) for c in twice.values())
                problems.append(f"{len(twice)} organisations of the list are there 0 or several times, e.g. "
                                f"{list(twice.items())[:3]}")
            if problems:
                failures.append(f"round {n} (lock left by: {kind}; {runners} imported, {len(refusals)} refused, "
                                f"start spread {spread:.3f} s): " + " | ".join(problems))
            Path(str(db) + ".lock").unlink(missing_ok=True)
    finally:
        unrelated.kill()
        unrelated.wait()
    figures.record("writers started together", **tally, writers_per_round=WRITERS)
    assert not failures, f"{len(failures)} of {count} rounds failed:\n" + "\n".join(failures)
