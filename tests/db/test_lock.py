"""One writer per database: the lock file beside it says who holds it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from opn_desk.db.lock import DatabaseInUse, DatabaseLock


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "desk.sqlite"


def _write_lock(db: Path, host: str, pid: int, user: str = "colleague") -> Path:
    path = Path(str(db) + ".lock")
    path.write_text(json.dumps({"host": host, "pid": pid, "user": user, "since": "2026-01-05T09:15:00"}),
                    encoding="utf-8")
    return path


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_acquire_and_release(db):
    lock = DatabaseLock(db)
    assert lock.path == Path(str(db) + ".lock")
    assert lock.holder() is None
    lock.acquire()
    assert lock.held and lock.path.exists()
    holder = lock.holder()
    assert holder.pid == os.getpid() and holder.host == socket.gethostname()
    lock.release()
    assert not lock.held and not lock.path.exists()
    lock.release()  # harmless twice


def test_hold_releases_even_on_error(db):
    lock = DatabaseLock(db)
    with pytest.raises(RuntimeError), lock.hold():
        assert lock.path.exists()
        raise RuntimeError("the work failed")
    assert not lock.path.exists()


def test_a_lock_held_by_another_live_process_names_its_holder(db):
    live = os.getppid()  # the process that started pytest: alive, and not us
    path = _write_lock(db, socket.gethostname(), live)
    with pytest.raises(DatabaseInUse) as err:
        DatabaseLock(db).acquire()
    message = str(err.value)
    assert socket.gethostname() in message and str(live) in message and "colleague" in message
    assert err.value.holder.pid == live
    assert path.exists() and json.loads(path.read_text())["pid"] == live  # left alone


def test_release_by_someone_who_does_not_hold_it_leaves_the_lock(db):
    path = _write_lock(db, socket.gethostname(), os.getppid())
    lock = DatabaseLock(db)
    with pytest.raises(DatabaseInUse):
        lock.acquire()
    lock.release()
    assert path.exists()


def test_a_lock_of_a_dead_process_on_this_host_is_taken_over(db):
    _write_lock(db, socket.gethostname(), _dead_pid())
    lock = DatabaseLock(db)
    lock.acquire()
    try:
        assert lock.held and lock.holder().pid == os.getpid()
    finally:
        lock.release()
    assert not lock.path.exists()


def test_a_lock_from_another_host_is_never_taken_over(db):
    dead_here = _dead_pid()  # whatever the pid means there, this host cannot tell
    path = _write_lock(db, "laptop-of-a-colleague", dead_here)
    with pytest.raises(DatabaseInUse) as err:
        DatabaseLock(db).acquire()
    assert "laptop-of-a-colleague" in str(err.value) and str(dead_here) in str(err.value)
    assert json.loads(path.read_text())["host"] == "laptop-of-a-colleague"


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"host": "x"}', b"\xff\xfe\x00garbage", b"[1, 2]"])
def test_an_unreadable_lock_counts_as_held(db, content):
    path = Path(str(db) + ".lock")
    path.write_bytes(content)
    with pytest.raises(DatabaseInUse) as err:
        DatabaseLock(db).acquire()
    assert "unknown" in str(err.value)
    assert path.read_bytes() == content
