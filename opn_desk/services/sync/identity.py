"""This laptop's identity, the laptops it knows, and the clock its operations are stamped with.

The identity (`sync_self`) is made the first time the desk is written to after schema 0006: a desk
id and key, and a laptop named after its computer. It is bound to a fingerprint of the computer and
the file's path; the same file opened on another machine, or a copy of it opened elsewhere, forks a
new identity (the old one becomes a laptop known to it), so two files never write under one id and
never reuse a sequence number. A fresh clone has no fingerprint: the first laptop to open it claims it.
"""

from __future__ import annotations

import hashlib
import os
import socket
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from opn_desk.db.models import sync_replica, sync_self
from opn_desk.domain.sync_merge import Clock
from opn_desk.domain.text import fold

SEQ_BITS = 40
RESTORED = "restored"  # a fingerprint no laptop has: the next write forks (a backup was restored)
SERVER_NAME = "Team server"


def opid(no: int, seq: int) -> int:
    return (no << SEQ_BITS) | seq


def split(op: int) -> tuple[int, int]:
    return op >> SEQ_BITS, op & ((1 << SEQ_BITS) - 1)


def computer_name() -> str:
    try:
        name = socket.gethostname().split(".")[0].strip()
    except OSError:
        name = ""
    return name or "laptop"


def database_path(session: Session) -> Path | None:
    database = session.get_bind().url.database
    return Path(database).resolve() if database and database != ":memory:" else None


def fingerprint(path: Path | None) -> str:
    where = f"{socket.gethostname()}\0{os.fspath(path) if path else ''}"
    return hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:40]


def fingerprint_here(session: Session) -> str:
    """This copy's fingerprint: the computer and file, or on the team server (docs/SERVER.md) the server
    cluster and database, so every officer's computer writes as the one server replica while a restored
    dump (another database) forks."""
    if session.get_bind().dialect.name != "postgresql":
        return fingerprint(database_path(session))
    where = session.execute(text("SELECT (SELECT system_identifier FROM pg_control_system()), oid FROM pg_database "
                                 "WHERE datname = current_database()")).one()
    return hashlib.sha256(f"server\0{where[0]}\0{where[1]}".encode()).hexdigest()[:40]


def name_here(session: Session) -> str:
    return SERVER_NAME if session.get_bind().dialect.name == "postgresql" else computer_name()


def name_key(name: str) -> str:
    return fold(name).strip()[:200]


@dataclass
class Identity:
    desk_id: uuid.UUID
    key: bytes
    replica_id: uuid.UUID
    no: int
    name: str
    last_seq: int
    last_hlc: int


def _free_name(session: Session, wanted: str) -> str:
    taken = set(session.scalars(select(sync_replica.c.name_key)))
    name, n = wanted.strip()[:180] or "laptop", 2
    candidate = name
    while name_key(candidate) in taken:
        candidate = f"{name} ({n})"
        n += 1
    return candidate


def add_replica(session: Session, replica_id: uuid.UUID, name: str, seen: dict | None = None) -> int:
    """Record a laptop (its name made unique if need be); returns its local number."""
    no = (session.scalar(select(func.max(sync_replica.c.no))) or 0) + 1
    name = _free_name(session, name)
    session.execute(insert(sync_replica).values(no=no, id=replica_id, name=name, name_key=name_key(name),
                                                seen=dict(seen or {}), forgotten=False))
    return no


def replica_numbers(session: Session, ids: dict[uuid.UUID, str]) -> dict[uuid.UUID, int]:
    """Local numbers of these laptops, recording the unknown ones under the names given."""
    known = {r.id: r.no for r in session.execute(select(sync_replica.c.id, sync_replica.c.no))}
    for rid, name in ids.items():
        if rid not in known:
            known[rid] = add_replica(session, rid, name or f"laptop {str(rid)[:8]}")
    return known


def _create(session: Session, fp: str) -> None:
    replica = uuid.uuid4()
    add_replica(session, replica, name_here(session))
    session.execute(insert(sync_self).values(id=1, desk_id=uuid.uuid4(), desk_key=os.urandom(32), replica_id=replica,
                                             fingerprint=fp, last_seq=0, last_hlc=0))


def _fork(session: Session, row, fp: str) -> None:
    old = session.execute(select(sync_replica).where(sync_replica.c.id == row.replica_id)).one()
    seen = dict(old.seen or {})
    seen[str(row.replica_id)] = row.last_seq
    session.execute(update(sync_replica).where(sync_replica.c.id == row.replica_id).values(seen=seen))
    replica = uuid.uuid4()
    here = name_here(session)
    wanted = f"{old.name} (restored)" if row.fingerprint == RESTORED and here != SERVER_NAME else here
    add_replica(session, replica, wanted, seen)
    session.execute(update(sync_self).values(replica_id=replica, fingerprint=fp, last_seq=0))


def current(session: Session, *, claim: bool = True, create: bool = True) -> Identity | None:
    """This laptop's identity: made on first use, claimed by a fresh clone, forked for a copied file.
    ``claim=False`` reads only (None when the desk has none yet); ``create=False``: None when the desk
    has none yet, else claimed or forked as need be."""
    # Writers take turns on the team server (a row lock; nothing on SQLite, whose writer is alone): two
    # officers' operations never get the same sequence number.
    row = session.execute(select(sync_self).with_for_update() if claim else select(sync_self)).first()
    if row is None and not create:
        return None
    if claim:
        fp = fingerprint_here(session)
        if row is None:
            _create(session, fp)
        elif row.fingerprint is None:
            session.execute(update(sync_self).values(fingerprint=fp))
        elif row.fingerprint != fp:
            _fork(session, row, fp)
        else:
            fp = None
        if fp is not None:
            row = session.execute(select(sync_self)).first()
    if row is None:
        return None
    me = session.execute(select(sync_replica.c.no, sync_replica.c.name)
                         .where(sync_replica.c.id == row.replica_id)).one()
    return Identity(row.desk_id, row.desk_key, row.replica_id, me.no, me.name, row.last_seq, row.last_hlc)


def tick(session: Session, ident: Identity) -> int:
    clock = Clock(ident.last_hlc)
    ident.last_hlc = clock.tick(int(time.time() * 1000))
    return ident.last_hlc


def save(session: Session, ident: Identity) -> None:
    session.execute(update(sync_self).values(last_seq=ident.last_seq, last_hlc=ident.last_hlc))


def seen_of(session: Session, replica_id: uuid.UUID) -> dict[str, int]:
    value = session.scalar(select(sync_replica.c.seen).where(sync_replica.c.id == replica_id))
    return {k: int(v) for k, v in (value or {}).items()}


def set_seen(session: Session, replica_id: uuid.UUID, seen: dict[str, int], *, exchanged: datetime | None = None
             ) -> None:
    values: dict = {"seen": dict(seen)}
    if exchanged is not None:
        values["last_exchange"] = exchanged
    session.execute(update(sync_replica).where(sync_replica.c.id == replica_id).values(**values))


def merge_seen(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        if int(v) > out.get(k, 0):
            out[k] = int(v)
    return out


def find_laptop(session: Session, text: str):
    """A known laptop by name (case ignored) or id; None when there is none."""
    wanted = text.strip()
    rows = session.execute(select(sync_replica)).all()
    for r in rows:
        if str(r.id) == wanted.lower() or r.id.hex == wanted.lower():
            return r
    key = name_key(wanted)
    return next((r for r in rows if r.name_key == key), None)
