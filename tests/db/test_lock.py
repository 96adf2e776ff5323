"""One writer per database: the operating system's lock decides, the lock file says who holds it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from opn_desk.db import lock as lock_module
from opn_desk.db.lock import DatabaseInUse, DatabaseLock


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "desk.sqlite"


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _write_lock(db: Path, host: str, pid: int, user: str = "colleague", since: str | None = None,
                **extra) -> Path:
    """A lock file as OPN Desk writes it; without ``lock="os"`` as versions before OS locking wrote it."""
    path = Path(str(db) + ".lock")
    path.write_text(json.dumps({"host": host, "pid": pid, "user": user, "since": since or _now(), **extra}),
                    encoding="utf-8")
    return path


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


class _OtherDesk:
    """Another process holding the database's lock through DatabaseLock, until stopped or killed."""

    SCRIPT = ("import sys\nfrom opn_desk.db.lock import DatabaseLock\nlock = DatabaseLock(sys.argv[1])\n"
              "lock.acquire()\nprint('held', flush=True)\nsys.stdin.readline()\nlock.release()\n")

    def __init__(self, db: Path):
        self.process = subprocess.Popen([sys.executable, "-c", self.SCRIPT, str(db)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "held"

    def stop(self) -> None:
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        self.process.wait(30)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(30)


def test_acquire_and_release(db):
    lock = DatabaseLock(db)
    assert lock.path == Path(str(db) + ".lock")
    assert lock.holder() is None
    lock.acquire()
    assert lock.held and lock.path.exists()
    holder = lock.holder()
    assert holder.pid == os.getpid() and holder.host == socket.gethostname()
    assert holder.app.startswith("OPN Desk")
    assert json.loads(lock.path.read_text())["lock"] == "os"  # tells later versions an OS lock was held
    lock.release()
    assert not lock.held and not lock.path.exists()
    lock.release()  # harmless twice


def test_hold_releases_even_on_error(db):
    lock = DatabaseLock(db)
    with pytest.raises(RuntimeError), lock.hold():
        assert lock.path.exists()
        raise RuntimeError("the work failed")
    assert not lock.path.exists()


def test_a_lock_held_by_another_running_desk_is_refused_and_never_taken_over(db):
    other = _OtherDesk(db)
    try:
        recorded = Path(str(db) + ".lock").read_bytes()
        lock = DatabaseLock(db)
        with pytest.raises(DatabaseInUse) as err:
            lock.acquire()
        exc = err.value
        assert exc.held and not exc.can_take_over and exc.warning is None
        assert exc.holder.pid == other.process.pid and exc.holder.host == socket.gethostname()
        assert f"process {other.process.pid}" in str(exc) and "already open" in str(exc)
        with pytest.raises(DatabaseInUse) as again:
            lock.take_over(exc.holder)
        assert again.value.held and not lock.held
        assert Path(str(db) + ".lock").read_bytes() == recorded  # left alone
    finally:
        other.stop()
    assert not Path(str(db) + ".lock").exists()  # its holder gave it back
    with DatabaseLock(db).hold():
        pass


def test_a_running_desk_is_refused_even_when_its_file_names_nobody(db):
    other = _OtherDesk(db)
    try:
        path = Path(str(db) + ".lock")
        path.write_bytes(b"")  # whatever the file says, the OS lock decides
        with pytest.raises(DatabaseInUse) as err:
            DatabaseLock(db).take_over()
        assert err.value.held and "unknown" in str(err.value)
    finally:
        other.stop()


def test_the_lock_of_a_killed_desk_is_free_at_once(db):
    other = _OtherDesk(db)
    other.kill()
    path = Path(str(db) + ".lock")
    assert json.loads(path.read_text())["pid"] == other.process.pid  # left behind by the crash
    lock = DatabaseLock(db)
    lock.acquire()
    try:
        assert lock.holder().pid == os.getpid()
    finally:
        lock.release()


def test_release_by_someone_who_does_not_hold_it_leaves_the_lock(db):
    other = _OtherDesk(db)
    try:
        lock = DatabaseLock(db)
        with pytest.raises(DatabaseInUse):
            lock.acquire()
        lock.release()
        assert json.loads(Path(str(db) + ".lock").read_text())["pid"] == other.process.pid
    finally:
        other.stop()


def test_a_second_lock_in_the_same_process_is_refused(db):
    with DatabaseLock(db).hold():
        with pytest.raises(DatabaseInUse) as err:
            DatabaseLock(db).acquire()
        assert err.value.held and err.value.holder.pid == os.getpid()
    with DatabaseLock(db).hold():  # and free again afterwards
        pass


# -- lock files that no running process holds ---------------------------------------------------------

@pytest.mark.parametrize("content", [b"", b"{not json", b'{"host": "x"}', b"\xff\xfe\x00garbage", b"[1, 2]"])
def test_an_unreadable_lock_nobody_holds_is_taken(db, content):
    path = Path(str(db) + ".lock")
    path.write_bytes(content)  # e.g. an empty file left by a crash
    lock = DatabaseLock(db)
    lock.acquire()
    try:
        assert lock.holder().pid == os.getpid()
    finally:
        lock.release()
    assert not path.exists()


def test_a_lock_of_this_version_whose_process_number_is_now_another_program_is_taken(db):
    # After a restart the recorded number may belong to any running program: the OS lock is free.
    _write_lock(db, socket.gethostname(), os.getppid(), lock="os", app="OPN Desk 0.9")
    with DatabaseLock(db).hold() as lock:
        assert lock.holder().pid == os.getpid()


def test_a_lock_of_this_version_from_another_host_on_a_local_disk_is_taken(db, monkeypatch):
    # The computer was renamed, or the disk moved: on a local disk no other computer can hold it.
    monkeypatch.setattr(lock_module, "_on_network_share", lambda path: False)
    _write_lock(db, "old-name-of-this-laptop", 4242, lock="os")
    with DatabaseLock(db).hold() as lock:
        assert lock.holder().host == socket.gethostname()


def test_a_lock_of_this_version_from_another_host_on_a_network_share_may_be_taken_over(db, monkeypatch):
    monkeypatch.setattr(lock_module, "_on_network_share", lambda path: True)
    path = _write_lock(db, "laptop-of-a-colleague", 4242, lock="os")
    lock = DatabaseLock(db)
    with pytest.raises(DatabaseInUse) as err:
        lock.acquire()
    exc = err.value
    assert not exc.held and exc.can_take_over and exc.other_host and not exc.older_version
    assert "laptop-of-a-colleague" in exc.warning and "changes could be lost" in exc.warning
    assert json.loads(path.read_text())["host"] == "laptop-of-a-colleague"  # untouched until the user says so
    lock.take_over(exc.holder)
    try:
        assert lock.held and lock.holder().pid == os.getpid()
    finally:
        lock.release()


def test_a_lock_of_a_dead_process_on_this_host_is_taken_over(db):
    _write_lock(db, socket.gethostname(), _dead_pid())
    lock = DatabaseLock(db)
    lock.acquire()
    try:
        assert lock.held and lock.holder().pid == os.getpid()
    finally:
        lock.release()
    assert not lock.path.exists()


def test_an_older_versions_lock_of_a_live_process_asks_before_taking_over(db):
    live = os.getppid()  # alive, started before the lock was written: maybe an older OPN Desk
    path = _write_lock(db, socket.gethostname(), live)
    lock = DatabaseLock(db)
    with pytest.raises(DatabaseInUse) as err:
        lock.acquire()
    exc = err.value
    message = str(exc)
    assert socket.gethostname() in message and str(live) in message and "colleague" in message
    assert exc.holder.pid == live and not exc.held and exc.can_take_over
    assert exc.older_version and not exc.other_host and "older version" in exc.warning
    assert json.loads(path.read_text())["pid"] == live  # left alone
    lock.take_over(exc.holder)
    try:
        assert lock.holder().pid == os.getpid()
    finally:
        lock.release()
    assert not path.exists()


def test_a_lock_from_another_host_of_an_older_version_is_never_taken_silently(db):
    dead_here = _dead_pid()  # whatever the pid means there, this host cannot tell
    path = _write_lock(db, "laptop-of-a-colleague", dead_here)
    with pytest.raises(DatabaseInUse) as err:
        DatabaseLock(db).acquire()
    assert "laptop-of-a-colleague" in str(err.value) and str(dead_here) in str(err.value)
    assert err.value.other_host and err.value.can_take_over
    assert json.loads(path.read_text())["host"] == "laptop-of-a-colleague"


def test_take_over_refuses_when_the_file_names_someone_else_than_the_user_saw(db):
    _write_lock(db, "laptop-a", 1, user="amina")
    lock = DatabaseLock(db)
    with pytest.raises(DatabaseInUse) as seen:
        lock.acquire()
    _write_lock(db, "laptop-b", 2, user="jo")  # meanwhile someone else's desk wrote its name
    with pytest.raises(DatabaseInUse) as err:
        lock.take_over(seen.value.holder)
    assert err.value.holder.user == "jo" and err.value.can_take_over and not lock.held


@pytest.mark.skipif(lock_module._boot_time() is None, reason="this system does not say when it started")
def test_an_older_versions_lock_written_before_this_computer_started_is_taken(db):
    before_boot = datetime.fromtimestamp(lock_module._boot_time()) - timedelta(hours=1)
    _write_lock(db, socket.gethostname(), os.getppid(), since=before_boot.isoformat(timespec="seconds"))
    with DatabaseLock(db).hold() as lock:
        assert lock.holder().pid == os.getpid()


def test_an_older_versions_lock_whose_number_belongs_to_a_newer_process_is_taken(db):
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        started = lock_module._process_started(child.pid)
        boot = lock_module._boot_time()
        if started is None or boot is None or started - 5 < boot:
            pytest.skip("this system does not say when a process started")
        written = datetime.fromtimestamp(started - 5).isoformat(timespec="seconds")
        _write_lock(db, socket.gethostname(), child.pid, since=written)
        with DatabaseLock(db).hold() as lock:
            assert lock.holder().pid == os.getpid()
    finally:
        child.stdin.close()
        child.wait(30)


def test_a_lock_file_that_cannot_be_made_is_an_os_error(tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where a folder should be")
    with pytest.raises(OSError):
        DatabaseLock(not_a_folder / "desk.sqlite").acquire()
