"""One writer per database: a lock file beside it says who holds it (host, pid, user, since).

A second instance is told who holds the file and may open it read-only or quit. A lock left by a
process that died on this host is taken over; one from another host is never guessed stale.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int
    user: str
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


class DatabaseInUse(Exception):
    def __init__(self, path: Path, holder: LockHolder):
        super().__init__(f"{path} is already open in OPN Desk by {holder.describe()}.")
        self.path = path
        self.holder = holder


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _me() -> LockHolder:
    try:
        user = getpass.getuser()
    except Exception:
        user = "unknown"
    return LockHolder(socket.gethostname(), os.getpid(), user, datetime.now().isoformat(timespec="seconds"))


class DatabaseLock:
    def __init__(self, database: Path):
        self.database = Path(database)
        self.path = self.database.with_name(self.database.name + ".lock")
        self.held = False

    def holder(self) -> LockHolder | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockHolder(str(data["host"]), int(data["pid"]), str(data["user"]), str(data["since"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            # Unreadable lock: treat as held by an unknown process rather than risk two writers.
            return LockHolder("an unknown computer", 0, "someone", "an unknown time")

    def _stale(self, holder: LockHolder) -> bool:
        return holder.host == socket.gethostname() and holder.pid > 0 and not _pid_alive(holder.pid)

    def acquire(self) -> None:
        me = _me()
        payload = json.dumps(me.__dict__).encode()
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self.holder()
                if holder is None:
                    continue
                if holder.host == me.host and holder.pid == me.pid:
                    self.held = True
                    return
                if self._stale(holder):
                    self.path.unlink(missing_ok=True)
                    continue
                raise DatabaseInUse(self.database, holder) from None
            with os.fdopen(fd, "wb") as f:
                f.write(payload)
                f.flush()
                os.fsync(f.fileno())
            self.held = True
            return
        raise DatabaseInUse(self.database, self.holder() or me)

    def release(self) -> None:
        if not self.held:
            return
        holder = self.holder()
        if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
            self.path.unlink(missing_ok=True)
        self.held = False

    @contextlib.contextmanager
    def hold(self):
        self.acquire()
        try:
            yield self
        finally:
            self.release()
