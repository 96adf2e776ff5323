"""A full disk or a folder that cannot be written: backup, restore, import and upgrade fail cleanly.

Each case puts the files on a small size-limited file system (tmpfs, filled to leave too little room)
or behind a read-only bind mount, runs the installed `opn-desk` as a user would, and expects: exit 2;
one sentence naming the problem (the disk is full / the folder cannot be written), never "something
OPN Desk did not expect", no traceback, no SQL and none of the people's data; nothing partial left
behind (no half-written copy, `.partial`, `.restoring` or `damaged-*` file); and, once there is room
again, a database that opens and passes `opn-desk check` with the same content as before.

Mounting needs Linux and the right to mount (root, or a user namespace); where the machine does not
allow it the cases are skipped with the mount command's own reason.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from faults import content_digest, database_at, health_problems, partner_list, revision_of, seeded

from opn_desk.db.store import HEAD

pytestmark = pytest.mark.crash

DISK_FULL = re.compile(r"disk is full|disk full|no space|not enough (free )?(disk )?space|space left", re.I)
CANNOT_WRITE = re.compile(r"read-only|readonly|cannot be written|could not be written|cannot write|not writable|"
                          r"permission|cannot be opened for writing", re.I)
# Lines Qt's offscreen platform prints on its own; not the desk's words.
QT_NOISE = re.compile(r"^(This plugin does not support|qt\.)")
ORGANISATIONS = 3000


def _run(*args) -> tuple[int, str]:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    return done.returncode, (done.stderr or done.stdout).strip()


class Mounts:
    """Small and read-only file systems made for one test, all unmounted after it."""

    def __init__(self):
        self.made: list[Path] = []

    def _mount(self, *args, why: str) -> None:
        if not sys.platform.startswith("linux"):
            pytest.skip(f"{why} needs Linux mounts; this machine is {sys.platform}")
        code, said = _run("mount", *args)
        if code != 0:
            pytest.skip(f"{why}: this machine does not allow `mount {' '.join(map(str, args))}` ({said or code})")

    def small_disk(self, where: Path, size: int) -> Path:
        where.mkdir(parents=True, exist_ok=True)
        self._mount("-t", "tmpfs", "-o", f"size={size // 1024 + 1}k,mode=0755", "tmpfs", where,
                    why="a full disk is made with a small tmpfs")
        self.made.append(where)
        return where

    def read_only(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        self._mount("--bind", folder, folder, why="a read-only folder is made with a read-only bind mount "
                    "(as root, permission bits do not stop writes)")
        self.made.append(folder)
        self._mount("-o", "remount,bind,ro", folder, why="a read-only folder is made with a read-only bind mount")
        probe = folder / ".probe"
        try:
            probe.touch()
        except OSError:
            return folder
        probe.unlink()
        pytest.skip("a read-only bind mount here still accepts writes")

    def writable_again(self, folder: Path) -> None:
        self._mount("-o", "remount,bind,rw", folder, why="remount")

    def unmount_all(self) -> None:
        for where in reversed(self.made):
            if _run("umount", where)[0] != 0:
                _run("umount", "-l", where)
        self.made.clear()


@pytest.fixture
def mounts():
    made = Mounts()
    try:
        yield made
    finally:
        made.unmount_all()


def fill(folder: Path, leave: int) -> Path:
    """Take all but ``leave`` bytes of the file system holding ``folder`` with one file."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    filler = folder / "filler.bin"
    with filler.open("wb") as f:
        if free > leave:
            os.posix_fallocate(f.fileno(), 0, free - leave)
    return filler


def files_under(*folders: Path) -> set[Path]:
    return {p for folder in folders for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    made = {}
    for revision in (HEAD, "0004"):
        made[revision] = folder / f"at-{revision}.sqlite"
        database_at(made[revision], revision, ORGANISATIONS)
    return made


def _place(template: Path, folder: Path) -> Path:
    db = folder / "desk.sqlite"
    shutil.copyfile(template, db)
    return db


def _refused_cleanly(result, problem: re.Pattern, *, private: tuple[str, ...] = ()) -> list[str]:
    """What is wrong with how the command failed (empty when it failed as a user should see it)."""
    said = result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip() and not QT_NOISE.match(line)]
    wrong = []
    if result.returncode != 2:
        wrong.append(f"exit {result.returncode}, not 2")
    if "Traceback" in said:
        wrong.append("a traceback was printed")
    if len(lines) != 1:
        wrong.append(f"{len(lines)} lines on stderr, not one sentence")
    if not problem.search(said):
        wrong.append(f"the message does not name the problem ({problem.pattern})")
    if "did not expect" in said:
        wrong.append("the message calls it unexpected")
    if "[SQL:" in said or re.search(r"\bINSERT INTO\b|\bCREATE INDEX\b", said):
        wrong.append("SQL was printed")
    leaked = [value for value in private if value in said]
    if leaked:
        wrong.append(f"{len(leaked)} personal values were printed, e.g. {leaked[0]!r}")
    return wrong


def _left_behind(before: set[Path], after: set[Path], db: Path) -> list[str]:
    allowed = {Path(str(db) + s) for s in ("-wal", "-shm", ".lock")}
    return sorted(f"{p} ({p.stat().st_size} bytes)" for p in after - before - allowed)


def _verdict(result, problem, before, after, db, digest, cli, *, private=()) -> None:
    wrong = _refused_cleanly(result, problem, private=private)
    leftovers = _left_behind(before, after, db)
    if leftovers:
        wrong.append(f"left behind: {leftovers}")
    health = health_problems(db, cli)
    wrong += [f"afterwards: {p}" for p in health]
    if not health and content_digest(db) != digest:
        wrong.append("the database's content changed")
    assert not wrong, (f"exit {result.returncode}\nstdout: {result.stdout.strip()[-1500:]}\n"
                       f"stderr: {result.stderr.strip()[-1500:]}\nproblems: " + "; ".join(wrong))


def _smoke(cli, db: Path, home: Path):
    """The window's opening path, offscreen (`opn-desk --db PATH --smoke`), away from the user's settings."""
    return cli("--db", db, "--smoke", env={"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                                          "QT_QPA_PLATFORM": "offscreen"})


# --- backup -------------------------------------------------------------------------------------

def test_backup_onto_a_full_disk(tmp_path, cli, mounts, templates):
    size = templates[HEAD].stat().st_size
    # Room enough for the check afterwards (once the filler is gone) to make its own safety copy and
    # upgrade through every later revision; during the attempt the filler leaves only what is asked.
    disk = mounts.small_disk(tmp_path / "disk", 4 * size + (1 << 20))
    db = _place(templates[HEAD], disk)
    digest = content_digest(db)
    filler = fill(disk, size // 3)
    before = files_under(disk)
    result = cli("backup", "--db", db)
    after = files_under(disk)
    filler.unlink()
    _verdict(result, DISK_FULL, before, after, db, digest, cli)


def test_backup_into_a_read_only_backups_folder(tmp_path, cli, mounts, templates):
    db = _place(templates[HEAD], tmp_path)
    digest = content_digest(db)
    mounts.read_only(tmp_path / "desk-backups")
    before = files_under(tmp_path)
    result = cli("backup", "--db", db)
    after = files_under(tmp_path)
    _verdict(result, CANNOT_WRITE, before, after, db, digest, cli)


# --- restore ------------------------------------------------------------------------------------

def _good_backup(tmp_path: Path, template: Path) -> Path:
    """A verified backup of another state of the desk (one organisation fewer), kept on a roomy disk."""
    import sqlite3

    kept = tmp_path / "kept"
    kept.mkdir()
    backup = kept / "manual-20260105-091500.sqlite"
    shutil.copyfile(template, backup)
    con = sqlite3.connect(backup)
    con.execute("DELETE FROM organisation WHERE id = (SELECT id FROM organisation WHERE id NOT IN "
                "(SELECT organisation_id FROM person UNION SELECT organisation_id FROM membership) LIMIT 1)")
    con.commit()
    con.close()
    return backup


def test_restore_onto_a_full_disk(tmp_path, cli, mounts, templates):
    size = templates[HEAD].stat().st_size
    backup = _good_backup(tmp_path, templates[HEAD])
    # Room enough for the check afterwards (once the filler is gone) to make its own safety copy and
    # upgrade through every later revision; during the attempt the filler leaves only what is asked.
    disk = mounts.small_disk(tmp_path / "disk", 4 * size + (1 << 20))
    db = _place(templates[HEAD], disk)
    digest = content_digest(db)
    filler = fill(disk, size // 3)
    before = files_under(disk)
    result = cli("restore", "--db", db, "--from", backup)
    after = files_under(disk)
    filler.unlink()
    _verdict(result, DISK_FULL, before, after, db, digest, cli)


def test_restore_into_a_read_only_folder(tmp_path, cli, mounts, templates):
    backup = _good_backup(tmp_path, templates[HEAD])
    folder = tmp_path / "desk"
    folder.mkdir()
    db = _place(templates[HEAD], folder)
    digest = content_digest(db)
    mounts.read_only(folder)
    before = files_under(folder)
    result = cli("restore", "--db", db, "--from", backup)
    after = files_under(folder)
    mounts.writable_again(folder)
    _verdict(result, CANNOT_WRITE, before, after, db, digest, cli)


# --- import -------------------------------------------------------------------------------------

def test_import_onto_a_full_disk_names_it_and_no_one_in_it(tmp_path, cli, mounts, templates):
    size = templates[HEAD].stat().st_size
    rows = partner_list(tmp_path / "partners.csv", "F1", 2000, seeded("full-disk import"))
    private = tuple(email for _, email in rows) + tuple(f"Rosalind F1 Okafor {i}" for i in range(len(rows)))
    disk = mounts.small_disk(tmp_path / "disk", size + (2 << 20))
    db = _place(templates[HEAD], disk)
    digest = content_digest(db)
    filler = fill(disk, 96 * 1024)
    before = files_under(disk)
    result = cli("import", "organisations", tmp_path / "partners.csv", "--db", db)
    after = files_under(disk)
    filler.unlink()
    _verdict(result, DISK_FULL, before, after, db, digest, cli, private=private)


def test_import_into_a_read_only_folder(tmp_path, cli, mounts, templates):
    partner_list(tmp_path / "partners.csv", "F2", 50, seeded("read-only import"))
    folder = tmp_path / "desk"
    folder.mkdir()
    db = _place(templates[HEAD], folder)
    digest = content_digest(db)
    mounts.read_only(folder)
    before = files_under(folder)
    result = cli("import", "organisations", tmp_path / "partners.csv", "--db", db)
    after = files_under(folder)
    mounts.writable_again(folder)
    _verdict(result, CANNOT_WRITE, before, after, db, digest, cli)


# --- upgrade ------------------------------------------------------------------------------------

@pytest.mark.parametrize("room", ["not for the safety copy", "not for the new indexes"])
def test_upgrade_on_a_full_disk(tmp_path, cli, mounts, templates, room):
    size = templates["0004"].stat().st_size
    # Room enough for the check afterwards (once the filler is gone) to make its own safety copy and
    # upgrade through every later revision; during the attempt the filler leaves only what is asked.
    disk = mounts.small_disk(tmp_path / "disk", 4 * size + (1 << 20))
    db = _place(templates["0004"], disk)
    digest = content_digest(db)
    # The safety copy is about the database's size; the 0004 -> 0005 upgrade then writes its indexes.
    filler = fill(disk, size // 3 if room == "not for the safety copy" else size + 64 * 1024)
    before = files_under(disk)
    result = _smoke(cli, db, tmp_path / "home")
    after = files_under(disk)
    with contextlib.suppress(FileNotFoundError):
        filler.unlink()
    assert revision_of(db) in ("0004", HEAD)
    kept = {p for p in after - before if p.parent.name == "desk-backups" and p.name.startswith("pre-migration-")}
    # A complete, verified safety copy of the old database may stay (it is not partial); nothing else may.
    from opn_desk.db.backup import verify

    _verdict(result, DISK_FULL, before | {p for p in kept if not verify(p)}, after, db, digest, cli)


def test_upgrade_with_a_read_only_backups_folder(tmp_path, cli, mounts, templates):
    folder = tmp_path / "desk"
    folder.mkdir()
    db = _place(templates["0004"], folder)
    digest = content_digest(db)
    mounts.read_only(folder / "desk-backups")
    before = files_under(folder)
    result = _smoke(cli, db, tmp_path / "home")
    after = files_under(folder)
    assert revision_of(db) == "0004", "the database was upgraded without its safety copy"
    mounts.unmount_all()
    _verdict(result, CANNOT_WRITE, before, after, db, digest, cli)
