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

Plain functions over a `Desk`, like exchange.py; the command line (`opn-desk sync folder`) and the
window call them.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from opn_desk.db.models import sync_replica
from opn_desk.services.sync import SyncError, bundle, exchange, identity


@dataclass(frozen=True)
class FolderExchange:
    folder: Path
    written: Path  # this laptop's own bundle in the folder
    written_changes: int
    imported: exchange.Imported | None  # None: nothing new to read
    read: tuple[str, ...] = ()  # file names merged
    skipped: tuple[str, ...] = ()  # file names bringing nothing new (this laptop's own included)
    problems: tuple[tuple[str, str], ...] = ()  # (file name, one sentence) left out

    def summary(self) -> str:
        if self.imported is not None:
            text = self.imported.summary()
        else:
            text = "Nothing new from the other laptops in the folder."
        text += f" Wrote this laptop's {self.written_changes} change{'s' if self.written_changes != 1 else ''} " \
                f"to {self.written.name}."
        if self.problems:
            text += " Not read: " + " ".join(sentence for _name, sentence in self.problems)
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
        raise SyncError("Choose the folder you share with your colleagues.")
    folder = Path(text).expanduser()
    if not folder.exists():
        raise SyncError(f"The folder {folder} does not exist.")
    if not folder.is_dir():
        raise SyncError(f"{folder} is a file, not a folder.")
    where = folder.resolve()
    live = Path(database).resolve()
    if where in live.parents:
        raise SyncError(f"The live database {live.name} is inside {where}; a shared folder's sync would damage it, "
                        "so choose a folder outside the one holding the database (only exchange files go there).")
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


def exchange_in_folder(desk, folder: Path, *, make_backup: bool = True) -> FolderExchange:
    """Read the other laptops' files in the shared folder, then write this laptop's own (see the module)."""
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
    me = desk.write("Name this laptop's exchange file", lambda s: identity.current(s))
    ident = me.value
    target = where / own_file_name(ident.name, ident.replica_id)
    written = exchange.export_bundle(desk, target)
    return FolderExchange(where, target, written.operations, imported, tuple(p.name for p in good),
                          tuple(skipped), tuple(problems))
