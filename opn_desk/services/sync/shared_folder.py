"""Shared-folder mode: the officers share one folder (OneDrive, Dropbox, a network drive); each laptop
writes only its own bundle file there and reads every other laptop's (docs/SYNC.md).

`exchange_in_folder(desk, folder)`:

1. refuses a folder that holds the live database (one sentence): a sync client copying a database
   mid-write corrupts it;
2. reads every other ``*.opnsync`` file in the folder, skipping this laptop's own and those that bring
   nothing new (their header says what the sender has seen: nothing this laptop lacks, and nothing new
   about what the sender has seen). Each file is checked whole first; a damaged, cut-off or foreign
   file is reported by name and left out, the others are merged together in one import (all or nothing,
   the verified backup first, as `exchange.import_bundles`);
3. then writes this laptop's own bundle (everything it knows, the changes just read included, so the
   folder relays them) under a temporary name and renames it, so a reader never sees half a file.

The two halves are also separate: `read_folder` (step 2 alone: the window's *Read now*) and
`write_own` (step 3 alone: *Write my file*). `look(desk, folder)` reads only the files' headers and
says what is waiting (which laptops sent something new, how many of this laptop's changes its own
file lacks): the window's watch of the folder calls it, and never reads by itself.

Plain functions over a `Desk`, like exchange.py; the command line (`opn-desk sync folder`) and the
window call them.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from opn_desk.db.models import sync_replica
from opn_desk.i18n import singular, translate
from opn_desk.services.sync import SyncError, bundle, exchange, identity


def _t(text: str) -> str:
    """The shared folder's sentence in the officer's language (the window's and the command line's)."""
    return translate("Exchange", text)


@dataclass(frozen=True)
class FolderExchange:
    folder: Path
    written: Path | None  # this laptop's own bundle in the folder (None: only read)
    written_changes: int
    imported: exchange.Imported | None  # None: nothing new to read
    read: tuple[str, ...] = ()  # file names merged
    skipped: tuple[str, ...] = ()  # file names bringing nothing new (this laptop's own included)
    problems: tuple[tuple[str, str], ...] = ()  # (file name, one sentence) left out

    def summary(self) -> str:
        if self.imported is not None:
            text = self.imported.summary()
        else:
            text = _t("Nothing new from the other laptops in the folder.")
        if self.written is not None:
            text += " " + (_t("Wrote this laptop's {count} change to {file}.") if singular(self.written_changes) else
                           _t("Wrote this laptop's {count} changes to {file}.")).format(
                count=self.written_changes, file=self.written.name)
        if self.problems:
            text += " " + _t("Not read: {problems}").format(
                problems=" ".join(sentence for _name, sentence in self.problems))
        return text


def _slug(name: str) -> str:
    text = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")
    return text[:60] or "laptop"


def own_file_name(laptop_name: str, laptop_id: uuid.UUID) -> str:
    """This laptop's bundle file in a shared folder: its name (for people) and its id (for uniqueness)."""
    return f"{_slug(laptop_name)}-{str(laptop_id)[:8]}{bundle.SUFFIX}"


def check_folder(database: Path, folder: Path) -> Path:
    """The folder, resolved; SyncError (one sentence) when it cannot be the shared folder."""
    text = str(folder).strip()
    if not text:
        raise SyncError(_t("Choose the folder you share with your colleagues."))
    folder = Path(text).expanduser()
    if not folder.exists():
        raise SyncError(_t("The folder {folder} does not exist.").format(folder=folder))
    if not folder.is_dir():
        raise SyncError(_t("{path} is a file, not a folder.").format(path=folder))
    where = folder.resolve()
    if str(database).startswith(("postgresql://", "postgres://")):
        return where  # the team server: no live file to keep out of the folder
    live = Path(database).resolve()
    if where in live.parents:
        raise SyncError(_t("The live database {name} is inside {folder}; a shared folder's sync would damage it, so "
                           "choose a folder outside the one holding the database (only exchange files go there).")
                        .format(name=live.name, folder=where))
    return where


def _header(path: Path) -> dict | None:
    """The file's header (what its sender is and has seen), or None when it cannot be read as one."""
    try:
        with open(path, "rb") as f:
            start = f.read(12)
            if len(start) < 12 or start[:8] != bundle.MAGIC:
                return None
            length = int.from_bytes(start[8:12], "big")
            if length > bundle.MAX_HEADER:
                return None
            data = start + f.read(length)
        header, _head, _rest = bundle.read_header(path, data)
        uuid.UUID(str(header["sender"]))
        dict(header.get("seen") or {})
        return header
    except (OSError, SyncError, KeyError, ValueError, TypeError):
        return None


def _nothing_new(header: dict, mine: dict[str, int], theirs_known: dict[str, int]) -> bool:
    """The file brings neither a change this laptop lacks nor news of what its sender has seen."""
    seen = {str(k): int(v) for k, v in dict(header.get("seen") or {}).items()}
    return all(v <= mine.get(k, 0) and v <= theirs_known.get(k, 0) for k, v in seen.items())


def candidates(desk, folder: Path) -> tuple[list[Path], list[str]]:
    """The other laptops' files worth reading, and the names of those skipped (own, nothing new)."""

    def known(session):
        ident = identity.current(session, claim=False)
        if ident is None:
            return None, {}, {}
        vectors = {str(r.id): {k: int(v) for k, v in (r.seen or {}).items()}
                   for r in session.execute(select(sync_replica.c.id, sync_replica.c.seen))}
        return ident.replica_id, identity.seen_of(session, ident.replica_id), vectors

    me, mine, vectors = desk.read(known)
    wanted, skipped = [], []
    for path in sorted(folder.glob(f"*{bundle.SUFFIX}"), key=lambda p: p.name.lower()):
        if not path.is_file():
            continue
        header = _header(path)
        if header is None:
            wanted.append(path)  # read_bundles names what is wrong with it
            continue
        sender = str(uuid.UUID(str(header["sender"])))
        if me is not None and sender == str(me):
            skipped.append(path.name)
            continue
        if me is not None and _nothing_new(header, mine, vectors.get(sender, {})):
            skipped.append(path.name)
            continue
        wanted.append(path)
    return wanted, skipped


def read_folder(desk, folder: Path, *, make_backup: bool = True) -> FolderExchange:
    """Read the other laptops' files in the shared folder (step 2 of the module): what is damaged is named
    and left out, the rest merged in one import; this laptop's own file is not written."""
    where = check_folder(desk.store.path, Path(folder))
    wanted, skipped = candidates(desk, where)
    good: list[Path] = []
    problems: list[tuple[str, str]] = []
    for path in wanted:
        try:
            exchange.read_bundles(desk, [path])
        except SyncError as exc:
            problems.append((path.name, str(exc)))
        else:
            good.append(path)
    imported = exchange.import_bundles(desk, good, make_backup=make_backup) if good else None
    return FolderExchange(where, None, 0, imported, tuple(p.name for p in good), tuple(skipped), tuple(problems))


def write_own(desk, folder: Path) -> exchange.Exported:
    """Write this laptop's own file into the shared folder (step 3 of the module): everything it knows."""
    where = check_folder(desk.store.path, Path(folder))
    me = desk.write("Name this laptop's exchange file", lambda s: identity.current(s))
    ident = me.value
    return exchange.export_bundle(desk, where / own_file_name(ident.name, ident.replica_id))


def exchange_in_folder(desk, folder: Path, *, make_backup: bool = True) -> FolderExchange:
    """Read the other laptops' files in the shared folder, then write this laptop's own (see the module)."""
    done = read_folder(desk, folder, make_backup=make_backup)
    written = write_own(desk, done.folder)
    return replace(done, written=written.path, written_changes=written.operations)


# -- what waits in the folder (the window's watch; headers only, nothing is read into the desk) -------------
@dataclass(frozen=True)
class Waiting:
    """A file in the shared folder worth reading: another laptop's, bringing something new."""

    name: str  # the file's name
    sender: str  # the laptop that wrote it, by its name
    size: int
    modified: float  # seconds since the epoch


@dataclass(frozen=True)
class FolderNews:
    folder: Path
    waiting: tuple[Waiting, ...] = ()
    own_file: str = ""  # this laptop's own file's name in the folder ("" when it is not there)
    own_missing: int = 0  # changes made on this laptop that its own file in the folder lacks

    @property
    def senders(self) -> tuple[str, ...]:
        """The laptops that sent something new, each once, in the order of their files."""
        return tuple(dict.fromkeys(w.sender for w in self.waiting))

    def key(self) -> tuple:
        """What changes when a file is added, replaced or rewritten (to say news once, not at every look)."""
        return tuple((w.name, w.size, w.modified) for w in self.waiting)


def look(desk, folder: Path) -> FolderNews:
    """What waits in the shared folder, from the files' headers alone: which other laptops' files bring
    something new, and how many of this laptop's changes its own file lacks. Files whose header cannot
    be read (half-copied by a sync client, damaged, another desk's) are not announced; *Read now* names
    what is wrong with them. SyncError (one sentence) when the folder cannot be used."""
    where = check_folder(desk.store.path, Path(folder))

    def known(session):
        ident = identity.current(session, claim=False)
        if ident is None:
            return None
        vectors = {str(r.id): {k: int(v) for k, v in (r.seen or {}).items()}
                   for r in session.execute(select(sync_replica.c.id, sync_replica.c.seen))}
        names = {str(r.id): r.name for r in session.execute(select(sync_replica.c.id, sync_replica.c.name))}
        return ident, identity.seen_of(session, ident.replica_id), vectors, names

    found = desk.read(known)
    if found is None:  # a desk that never exchanged: nothing to merge with yet
        return FolderNews(where)
    ident, mine, vectors, names = found
    me = str(ident.replica_id)
    waiting: list[Waiting] = []
    own_file, own_missing = "", ident.last_seq
    for path in sorted(where.glob(f"*{bundle.SUFFIX}"), key=lambda p: p.name.lower()):
        header = _header(path) if path.is_file() else None
        if header is None or str(header.get("desk", "")).replace("-", "") != ident.desk_id.hex:
            continue
        sender = str(uuid.UUID(str(header["sender"])))
        if sender == me:
            seen = {str(k): int(v) for k, v in dict(header.get("seen") or {}).items()}
            missing = max(0, ident.last_seq - seen.get(me, 0))
            if not own_file or missing < own_missing:
                own_file, own_missing = path.name, missing
            continue
        if _nothing_new(header, mine, vectors.get(sender, {})):
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        name = names.get(sender) or str(header.get("sender_name") or "") or sender[:8]
        waiting.append(Waiting(path.name, name, stat.st_size, stat.st_mtime))
    return FolderNews(where, tuple(waiting), own_file, own_missing)
