"""Laptops of one desk for the sync tests: a template desk copied per test, clones, and state read back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import select

from opn_desk.db.models import (
    Organisation,
    OrganisationName,
    SelectionRound,
    sync_head,
    sync_op,
    sync_replica,
)
from opn_desk.db.store import open_store
from opn_desk.services.desk import Desk
from opn_desk.services.sync import exchange, identity

_TEMPLATE: dict[str, Path] = {}


def template(folder: Path) -> Path:
    """A desk with an identity, made once per process and copied (much faster than creating one)."""
    if "path" not in _TEMPLATE:
        path = Path(folder) / "template.sqlite"
        store = open_store(path)
        try:
            Desk(store, actor="setup").write("Set up", lambda s: identity.current(s))
        finally:
            store.close()
        _TEMPLATE["path"] = path
    return _TEMPLATE["path"]


class Laptop:
    def __init__(self, path: Path, actor: str):
        self.path = Path(path)
        self.store = open_store(self.path)
        self.desk = Desk(self.store, actor=actor)

    def close(self) -> None:
        self.store.close()


def first_laptop(folder: Path, actor: str = "Officer 0") -> Laptop:
    """A new desk's first laptop: the template copied (forks its own identity at the first write), with
    the template's identity forgotten so history can be pruned."""
    path = Path(folder) / "laptop0.sqlite"
    shutil.copyfile(template(Path(folder).parent), path)
    laptop = Laptop(path, actor)
    old = laptop.desk.read(lambda s: identity.current(s, claim=False)).replica_id
    laptop.desk.write("Start", lambda s: identity.current(s))
    exchange.forget(laptop.desk, str(old))
    return laptop


def clone(source: Laptop, folder: Path, name: str, actor: str) -> Laptop:
    path = Path(folder) / f"{name}.sqlite"
    exchange.clone_desk(source.desk, path, name)
    return Laptop(path, actor)


def rows(session, model, columns) -> dict:
    t = model.__table__
    return {r.id: tuple(r._mapping[c] for c in columns)
            for r in session.execute(select(t.c.id, *(t.c[c] for c in columns)))}


ORG_FIELDS = ("name", "acronym", "notes", "country_id", "parent_id", "merged_into_id")
NAME_FIELDS = ("organisation_id", "name", "language")


def state(session) -> dict:
    """What a laptop holds that must agree everywhere: records (fields that travel) and heads."""
    origins = {no: str(i) for no, i in session.execute(select(sync_replica.c.no, sync_replica.c.id))}

    def gid(op: int) -> str:
        no, seq = identity.split(op)
        return f"{origins[no]}:{seq}"

    heads = sorted((t, str(r), f, gid(o)) for t, r, f, o in session.execute(
        select(sync_head.c.tbl, sync_head.c.rec, sync_head.c.field, sync_head.c.opid)))
    return {"organisation": rows(session, Organisation, ORG_FIELDS),
            "organisation_name": rows(session, OrganisationName, NAME_FIELDS),
            "selection_round": rows(session, SelectionRound, ("pins", "picked")),
            "heads": heads}


def own_ops(session, after: int) -> list[dict]:
    """This laptop's own operations with sequence numbers above ``after``, as global values."""
    ident = identity.current(session, claim=False)
    origins = {no: str(i) for no, i in session.execute(select(sync_replica.c.no, sync_replica.c.id))}
    low, high = identity.opid(ident.no, after), identity.opid(ident.no, (1 << identity.SEQ_BITS) - 1)
    out = []
    for r in session.execute(select(sync_op).where(sync_op.c.opid > low, sync_op.c.opid <= high)
                             .order_by(sync_op.c.opid)):
        no, seq = identity.split(r.opid)
        out.append({"id": f"{origins[no]}:{seq}", "origin": origins[no], "seq": seq, "hlc": r.hlc, "tbl": r.tbl,
                    "rec": str(r.rec), "field": r.field, "kind": r.kind, "value": json.loads(r.value),
                    "supersedes": [f"{origins[a]}:{b}" for a, b in map(identity.split, json.loads(r.supersedes))]})
    return out
