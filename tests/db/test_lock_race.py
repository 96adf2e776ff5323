"""Several copies of OPN Desk starting at the same moment on a stale lock: exactly one may write.

Four processes wait at a barrier, then all call ``DatabaseLock.acquire`` together on a lock file
left behind (by a dead process of an older version, by a crash, empty, or garbage); each keeps what
it got until every one has tried. Every round must end with exactly one writer, and the writer's
release must remove the lock file. Before the OS lock, 33 rounds in 100 ended with two or more
writers, and an empty or garbled lock file ended every round with none.

The suite runs 30 rounds (about two seconds). For a longer run, set OPN_DESK_LOCK_RACE_ROUNDS, e.g.
``OPN_DESK_LOCK_RACE_ROUNDS=1000 pytest tests/db/test_lock_race.py`` (about 10 s on two cores;
1,000 rounds, 4,000 attempts, one writer each round when last run).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.crash  # the crash-and-fault suite: a small count in CI

PROCESSES = 4
ROUNDS = int(os.environ.get("OPN_DESK_LOCK_RACE_ROUNDS", "30"))
WAIT = 60  # seconds any barrier may wait before the run is called stuck


def _contend(database: str, rounds: int, start, tried, released, results) -> None:
    from opn_desk.db.lock import DatabaseInUse, DatabaseLock

    for number in range(rounds):
        start.wait(WAIT)
        lock = DatabaseLock(Path(database))
        try:
            lock.acquire()
            results.put((number, os.getpid(), "writer"))
        except DatabaseInUse as exc:
            results.put((number, os.getpid(), "held" if getattr(exc, "held", True) else "asked"))
        except Exception as exc:  # reported, so the test fails with the reason
            results.put((number, os.getpid(), f"error {type(exc).__name__}: {exc}"))
        tried.wait(WAIT)  # nobody gives the lock back before everyone has tried
        lock.release()
        released.wait(WAIT)


def _stale_lock(path: Path, number: int, dead_pid: int) -> None:
    here = socket.gethostname()
    record = {"host": here, "pid": dead_pid, "user": "colleague", "since": "2026-01-05T09:15:00"}
    kind = number % 4
    if kind == 0:  # an older version's lock of a process that died
        path.write_text(json.dumps(record))
    elif kind == 1:  # this version's lock after a crash
        path.write_text(json.dumps({**record, "lock": "os", "app": "OPN Desk"}))
    elif kind == 2:  # a crash between creating the file and writing it
        path.write_bytes(b"")
    else:
        path.write_bytes(b"\x00\x00{garbage")


def test_exactly_one_writer_when_several_desks_start_together_on_a_stale_lock(tmp_path):
    database = tmp_path / "desk.sqlite"
    lock_file = Path(str(database) + ".lock")
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    dead_pid = child.pid

    context = multiprocessing.get_context("spawn")
    start, tried, released = (context.Barrier(PROCESSES + 1) for _ in range(3))
    results = context.Queue()
    workers = [context.Process(target=_contend, args=(str(database), ROUNDS, start, tried, released, results))
               for _ in range(PROCESSES)]
    for worker in workers:
        worker.start()
    left_behind = []
    try:
        for number in range(ROUNDS):
            _stale_lock(lock_file, number, dead_pid)
            start.wait(WAIT)
            tried.wait(WAIT)
            released.wait(WAIT)
            if lock_file.exists():
                left_behind.append(number)
        outcomes = [results.get(timeout=WAIT) for _ in range(ROUNDS * PROCESSES)]
    finally:
        for worker in workers:
            worker.join(WAIT)
            if worker.is_alive():
                worker.kill()
    errors = [o for o in outcomes if o[2].startswith("error")]
    assert not errors, errors[:3]
    writers = [sum(1 for n, _, what in outcomes if n == number and what == "writer") for number in range(ROUNDS)]
    wrong = {number: count for number, count in enumerate(writers) if count != 1}
    assert not wrong, f"rounds without exactly one writer (round: writers): {wrong}"
    assert not left_behind, f"rounds whose lock file was not removed: {left_behind}"
    # The others were told a running desk holds it: never offered to take it over.
    assert all(what == "held" for _, _, what in outcomes if what != "writer")
