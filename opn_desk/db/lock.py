"""One writer per database: an operating-system lock on ``<db>.lock``, held for the whole session.

Who writes is decided by the operating system, never by reading a file: the writer holds an
exclusive lock on the open lock file (``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on
Windows) until it closes the database or its process ends, however it ends (a crash, a kill, a power
cut: the system gives the lock back). Two copies of OPN Desk starting at the same moment cannot both
get it. The file's contents (JSON: host, pid, user, app, since, and ``"lock": "os"``) only tell a
second copy *who* has the database open.

What a copy that wants to write finds, and what it does:

- the OS lock is held by a running process (on this computer, or on another one through a network
  share that passes locks on): `DatabaseInUse` with ``held=True``. It is never taken over; the user
  may open the database read-only or not at all.
- the OS lock is free: nobody holds the database. Whatever the file says is a left-over (an empty
  file after a crash, a process number that now belongs to another program after a restart, a
  computer that has since been renamed) and the lock is simply taken, with one exception each way
  where the OS lock cannot be trusted to tell:

  * the file names **another computer** and the database is on a **network share**: that computer's
    lock may not reach this one. `DatabaseInUse` with ``held=False, other_host=True``;
  * the file was written by an **older OPN Desk** (no ``"lock": "os"``; those held no OS lock) whose
    process may still be running: on this computer when its process number is alive, the computer
    has not restarted since and (where the system says) the process started before the lock was
    written; on another computer always.
    `DatabaseInUse` with ``held=False, older_version=True``.

  In both cases the window asks the user, with `DatabaseInUse.warning`, and may call
  `DatabaseLock.take_over()`.

API for the window (``gui``)::

    lock = DatabaseLock(path)
    try:
        lock.acquire()                      # the writer's lock, or DatabaseInUse
    except DatabaseInUse as exc:
        exc.holder.describe()               # "amina on LAPTOP-7 (process 4242, since 2026-01-05T09:15:00)"
        if exc.can_take_over and user_confirms(exc.warning):
            lock.take_over(exc.holder)      # DatabaseInUse again if someone really holds it now
        else:
            ...                             # open read-only, or quit
    ...
    lock.release()                          # or ``with lock.hold(): ...``

A lock that cannot be used at all (a read-only folder, a file system without locks) raises
`OSError` from `acquire`/`take_over`; callers say the file cannot be opened for writing.
Within one process a database is held once: a second `DatabaseLock` on the same file raises
`DatabaseInUse` naming this process.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from opn_desk.i18n import translate

_FORMAT = "os"  # the "lock" value written by versions that hold the operating-system lock
_WINDOWS_LOCK_OFFSET = 1 << 30  # msvcrt locks are mandatory: lock a byte far past the holder's text
_MAX_TEXT = 4096


@dataclass(frozen=True)
class LockHolder:
    """Who the lock file says has the database open. ``app`` is "" in files of older versions."""

    host: str
    pid: int
    user: str
    since: str
    app: str = ""

    def describe(self) -> str:
        user, host, since = self.shown()
        return translate("Lock", "{user} on {host} (process {pid}, since {since})").format(
            user=user, host=host, pid=self.pid, since=since)

    def shown(self) -> tuple[str, str, str]:
        """(user, host, since) as the user reads them: `UNKNOWN_HOLDER`'s words in the officer's language."""
        if self == UNKNOWN_HOLDER:
            return (translate("Lock", "someone"), translate("Lock", "an unknown computer"),
                    translate("Lock", "an unknown time"))
        return self.user, self.host, self.since


UNKNOWN_HOLDER = LockHolder("an unknown computer", 0, "someone", "an unknown time")


class DatabaseInUse(Exception):
    """Another OPN Desk has, or may have, the database open; ``str(exc)`` is one sentence.

    Attributes:

    - ``path``: the database; ``holder``: the `LockHolder` the lock file names (`UNKNOWN_HOLDER`
      when it names nobody readable);
    - ``held``: True when a running process holds the operating-system lock now: never taken over;
    - ``other_host``: the lock file names another computer (whose processes this one cannot see);
    - ``older_version``: the lock file was written by an OPN Desk from before OS locking;
    - ``can_take_over``: ``not held``: the window may offer "Take over" after showing ``warning``;
    - ``warning``: the sentence to show before taking over (None when it cannot be taken over).
    """

    def __init__(self, path: Path, holder: LockHolder, *, held: bool = True, other_host: bool = False,
                 older_version: bool = False):
        self.path = Path(path)
        self.holder = holder
        self.held = held
        self.other_host = other_host
        self.older_version = older_version
        if held:
            message = translate("Lock", "{path} is already open in OPN Desk by {who}.")
        else:
            message = translate("Lock", "{path} is marked as open in OPN Desk by {who}, and OPN Desk cannot tell "
                                        "from here whether it still is.")
        super().__init__(message.format(path=self.path, who=holder.describe()))

    @property
    def can_take_over(self) -> bool:
        return not self.held

    @property
    def warning(self) -> str | None:
        if self.held:
            return None
        user, host, since = self.holder.shown()
        if self.other_host:
            said = translate("Lock", "The database may still be open in OPN Desk on {host} ({user}, since {since}): "
                                     "that computer's lock cannot be seen from here. Take it over only if you are "
                                     "sure it is closed there; if it is not, both desks would write to it and "
                                     "changes could be lost.")
        else:
            said = translate("Lock", "The database may still be open in OPN Desk on this computer ({user}, since "
                                     "{since}): it was opened by an older version of OPN Desk, which this one cannot "
                                     "check. Take it over only if you are sure it is closed there; if it is not, both "
                                     "desks would write to it and changes could be lost.")
        return said.format(host=host, user=user, since=since)


# ------------------------------------------------------------------------------ the operating system

def _try_lock(fd: int) -> bool:
    """Take the exclusive OS lock on ``fd`` without waiting: False when another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
            return False
        raise
    return True


def _unlock_and_close(fd: int) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            with contextlib.suppress(OSError):
                os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        # POSIX: closing the only descriptor of the open file gives the flock back.
    finally:
        os.close(fd)


def _read_text(fd: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, _MAX_TEXT, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, _MAX_TEXT)


def _write_text(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, data)
    os.fsync(fd)


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``path`` still names the file open on ``fd`` (its holder may have removed it meanwhile)."""
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _windows_kernel32():
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.GetProcessTimes.argtypes = (wintypes.HANDLE,) + (ctypes.POINTER(wintypes.FILETIME),) * 4
    return kernel32


def _windows_pid_alive(pid: int) -> bool:
    # os.kill(pid, 0) on Windows would end the process: ask for its exit code instead.
    import ctypes
    from ctypes import wintypes

    kernel32 = _windows_kernel32()
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # access denied: it exists
    try:
        code = wintypes.DWORD()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _boot_time() -> float | None:
    """When this computer last started (seconds since the epoch), where the system says so."""
    try:
        if sys.platform.startswith("linux"):
            for line in Path("/proc/stat").read_text().splitlines():
                if line.startswith("btime "):
                    return float(line.split()[1])
            return None
        if sys.platform == "win32":
            import ctypes

            ctypes.windll.kernel32.GetTickCount64.restype = ctypes.c_ulonglong
            return time.time() - ctypes.windll.kernel32.GetTickCount64() / 1000
        if sys.platform == "darwin":
            import ctypes

            libc = ctypes.CDLL(None)
            value = (ctypes.c_long * 2)()
            size = ctypes.c_size_t(ctypes.sizeof(value))
            if libc.sysctlbyname(b"kern.boottime", value, ctypes.byref(size), None, 0) == 0:
                return float(value[0])
    except (OSError, ValueError, AttributeError, IndexError):
        return None
    return None


def _process_started(pid: int) -> float | None:
    """When process ``pid`` started (seconds since the epoch), where the system says so."""
    try:
        if sys.platform.startswith("linux"):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            boot = _boot_time()
            return None if boot is None else boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            kernel32 = _windows_kernel32()
            handle = kernel32.OpenProcess(0x1000, False, pid)
            if not handle:
                return None
            try:
                times = [wintypes.FILETIME() for _ in range(4)]
                if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
                    return None
                ticks = (times[0].dwHighDateTime << 32) | times[0].dwLowDateTime
                return ticks / 10_000_000 - 11_644_473_600  # 100 ns since 1601 -> seconds since 1970
            finally:
                kernel32.CloseHandle(handle)
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return None


def _timestamp(since: str) -> float | None:
    try:
        return datetime.fromisoformat(since).timestamp()
    except (ValueError, OverflowError, OSError):
        return None


def _on_network_share(path: Path) -> bool:
    """Whether ``path`` may be on a network share (True when this cannot be told)."""
    path = Path(os.path.abspath(path))
    if sys.platform == "win32":
        text = str(path)
        if text.startswith("\\\\"):
            return True
        try:
            import ctypes

            return ctypes.windll.kernel32.GetDriveTypeW(text[:3]) == 4  # DRIVE_REMOTE
        except (OSError, AttributeError):
            return True
    if not Path("/proc/mounts").exists():
        return True  # macOS and others: no cheap way to tell, so assume the worst
    from opn_desk.db.location import _network_mount

    return _network_mount(path.parent) is not None


# ------------------------------------------------------------------------------------ the lock file

def _me() -> LockHolder:
    from opn_desk import __version__

    try:
        user = getpass.getuser()
    except Exception:
        user = "unknown"
    return LockHolder(socket.gethostname(), os.getpid(), user, datetime.now().isoformat(timespec="seconds"),
                      f"OPN Desk {__version__}")


def _parse(data: bytes) -> tuple[LockHolder, bool] | None:
    """(holder, written under an OS lock) from the file's bytes, or None when they name nobody."""
    try:
        record = json.loads(data.decode("utf-8"))
        holder = LockHolder(str(record["host"]), int(record["pid"]), str(record["user"]), str(record["since"]),
                            str(record.get("app", "")))
        return holder, record.get("lock") == _FORMAT
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _left_by_a_gone_process(holder: LockHolder) -> bool:
    """Whether an older version's lock on this computer is certainly not held any more."""
    if holder.pid == os.getpid() or not _pid_alive(holder.pid):
        return True
    written = _timestamp(holder.since)
    if written is None:
        return False
    boot = _boot_time()
    if boot is not None and written < boot - 60:
        return True  # written before this computer last started
    started = _process_started(holder.pid)
    if started is not None and started > written + 2:
        return True  # the number now belongs to a process started after the lock was written
    return False


_HELD: dict[str, DatabaseLock] = {}
_HELD_GUARD = threading.Lock()


class DatabaseLock:
    """The writer's lock of one database (see the module's text for what happens when it is in use).

    - ``acquire()``: take it, or raise `DatabaseInUse` (``.can_take_over`` says whether the user may
      take it over) or `OSError` (the lock file cannot be made or locked).
    - ``take_over(expected=None)``: take a lock `acquire` refused with ``can_take_over`` True; the
      lock file is rewritten with this process as the holder. Raises `DatabaseInUse` (``held``) when
      a running process holds the OS lock, and, when ``expected`` is given, `DatabaseInUse` again
      when the file now names someone else (the user must see that one first). Never takes a lock
      that is really held.
    - ``release()``: give it back and remove the lock file (harmless when not held).
    - ``hold()``: a context manager around acquire/release.
    - ``holder()``: who the file names (None without a file, `UNKNOWN_HOLDER` when unreadable).
    - ``held``: whether this object holds it.
    """

    def __init__(self, database: Path):
        from opn_desk.db.address import is_server

        self.server = is_server(database)  # a server arbitrates its own writers: no lock file (hold() only)
        self.database = Path(database)
        self.path = self.database.with_name(self.database.name + ".lock")
        self.held = False
        self._fd: int | None = None
        self._record: LockHolder | None = None

    def holder(self) -> LockHolder | None:
        if self._fd is not None:
            data = _read_text(self._fd)
        else:
            try:
                data = self.path.read_bytes()[:_MAX_TEXT]
            except FileNotFoundError:
                return None
            except OSError:
                return UNKNOWN_HOLDER
        parsed = _parse(data)
        return parsed[0] if parsed else UNKNOWN_HOLDER

    def _key(self) -> str:
        return os.path.normcase(os.path.realpath(self.path))

    def _open_locked(self) -> tuple[int, bool]:
        """(descriptor of the lock file, whether this process now holds its OS lock)."""
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
        for _ in range(50):
            fd = os.open(self.path, flags, 0o644)
            try:
                if not _try_lock(fd):
                    return fd, False
                if sys.platform == "win32" or _same_file(fd, self.path):
                    return fd, True
            except BaseException:
                os.close(fd)
                raise
            # Its holder removed the file between our open and our lock: lock the file now there.
            _unlock_and_close(fd)
        raise OSError(errno.EAGAIN, "the lock file keeps being replaced", str(self.path))

    def _in_use(self, fd: int) -> DatabaseInUse:
        """The refusal when another process holds the OS lock (it may still be writing its name)."""
        parsed = None
        for _ in range(10):
            parsed = _parse(_read_text(fd))
            if parsed is not None:
                break
            time.sleep(0.02)
        return DatabaseInUse(self.database, parsed[0] if parsed else UNKNOWN_HOLDER, held=True)

    def _refusal(self, fd: int) -> DatabaseInUse | None:
        """With the OS lock in hand: why the file's holder may still be writing, or None."""
        parsed = _parse(_read_text(fd))
        if parsed is None:
            return None  # empty or unreadable: left by a crash
        holder, under_os_lock = parsed
        here = holder.host == socket.gethostname()
        if under_os_lock:
            if here or not _on_network_share(self.path):
                return None  # its holder is gone: the OS gave the lock back
            return DatabaseInUse(self.database, holder, held=False, other_host=True)
        if here and _left_by_a_gone_process(holder):
            return None
        return DatabaseInUse(self.database, holder, held=False, other_host=not here, older_version=True)

    def _take(self, fd: int) -> None:
        me = _me()
        _write_text(fd, json.dumps({**me.__dict__, "lock": _FORMAT}).encode("utf-8"))
        self._fd, self._record, self.held = fd, me, True
        _HELD[self._key()] = self

    def _claim(self, *, take_over: bool, expected: LockHolder | None = None) -> None:
        if self.held:
            return
        with _HELD_GUARD:
            other = _HELD.get(self._key())
            if other is not None and other.held:
                raise DatabaseInUse(self.database, other._record or UNKNOWN_HOLDER, held=True)
            fd, locked = self._open_locked()
            try:
                if not locked:
                    raise self._in_use(fd)
                refusal = self._refusal(fd)
                if refusal is not None:
                    if not take_over:
                        raise refusal
                    if expected is not None and refusal.holder != expected:
                        raise refusal
                self._take(fd)
            except BaseException:
                _unlock_and_close(fd)
                raise

    def acquire(self) -> None:
        """Take the writer's lock, or raise `DatabaseInUse` / `OSError`."""
        self._claim(take_over=False)

    def take_over(self, expected: LockHolder | None = None) -> None:
        """Take a lock `acquire` refused with ``can_take_over``; never one a running process holds."""
        self._claim(take_over=True, expected=expected)

    def release(self) -> None:
        if not self.held or self._fd is None:
            return
        fd, self._fd, self.held, self._record = self._fd, None, False, None
        with _HELD_GUARD:
            if _HELD.get(self._key()) is self:
                del _HELD[self._key()]
            if sys.platform == "win32":
                _unlock_and_close(fd)
                with contextlib.suppress(OSError):  # refused while another process has it open
                    self.path.unlink()
                return
            try:
                # Removed while still locked: a process that opened it meanwhile sees it was replaced.
                if _same_file(fd, self.path):
                    with contextlib.suppress(OSError):
                        self.path.unlink()
            finally:
                _unlock_and_close(fd)

    @contextlib.contextmanager
    def hold(self):
        if self.server:
            yield self
            return
        self.acquire()
        try:
            yield self
        finally:
            self.release()
