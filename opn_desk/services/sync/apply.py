"""Received operations merged into this laptop's database, all in the caller's transaction.

1. Operations already seen (by sequence number, per laptop) are skipped, so a bundle imported twice
   changes nothing; operations beyond a gap in a laptop's numbers wait for a bundle that has the gap.
2. The log and the field heads are updated: what a new operation supersedes stops being a head; a new
   operation becomes a head unless a known operation already supersedes it (out-of-order delivery).
3. Every record touched is *materialised* from its heads by `sync_merge.record_state`: inserted,
   updated or deleted with Core bulk statements. A record the heads delete stays when a live record
   refers to it; a record a live record needs is brought back from its delete's values.
4. Derived columns are recomputed; received audit entries are added by id.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Uuid, bindparam, delete, insert, select, text, update

from opn_desk.db.models import AuditEntry, Base, sync_dead, sync_head, sync_op, sync_replica, utcnow
from opn_desk.domain.sync_merge import DELETE, ROW, Op, OpId, merged_collection, record_state, split_element
from opn_desk.services.sync import derived, identity
from opn_desk.services.sync.oplog import (
    AUDIT,
    CHUNK,
    REOPEN,
    as_collection,
    collections,
    decode,
    dumps,
    from_collection,
    insert_heads,
    insert_ignoring,
    insert_ops,
    load_heads,
    settle,
    synced_columns,
)


@dataclass(frozen=True)
class WireOp:
    origin: uuid.UUID
    seq: int
    hlc: int
    author: str
    operation: uuid.UUID
    tbl: str
    rec: uuid.UUID
    field: str
    kind: str
    value: Any
    supersedes: tuple[tuple[uuid.UUID, int], ...] = ()


@dataclass
class Applied:
    received: int = 0  # operations new here (audit records not counted)
    waiting: int = 0  # beyond a gap: they come again with the operations before them
    records: int = 0
    tables: set[str] = field(default_factory=set)
    touched: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    # Records whose fields that rules spanning records look at were changed (see RULE_FIELDS).
    for_rules: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    fresh: set[int] = field(default_factory=set)  # the operations new here (local ids)


# The fields the cross-record checks read (exchange._findings); ROW: created or deleted.
RULE_FIELDS = {"organisation": {ROW, "name", "country_id", "merged_into_id"},
               "membership": {ROW, "organisation_id", "programme_id", "role", "status", "term_start", "term_end"},
               "selection_round": {ROW, "picked", "seats", "rules"}}


def _chunks(items, size=CHUNK):
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _origins(session) -> dict[int, str]:
    return {no: str(rid) for no, rid in session.execute(select(sync_replica.c.no, sync_replica.c.id))}


def load_ops(session, opids, origins: dict[int, str] | None = None) -> dict[int, Op]:
    origins = origins or _origins(session)
    found: dict[int, Op] = {}
    for chunk in _chunks(opids):
        for r in session.execute(select(sync_op.c.opid, sync_op.c.hlc, sync_op.c.field, sync_op.c.kind,
                                        sync_op.c.value, sync_op.c.author).where(sync_op.c.opid.in_(chunk))):
            no, seq = identity.split(r.opid)
            found[r.opid] = Op(OpId(origins[no], seq), r.hlc, r.field, r.kind,
                               json.loads(r.value) if r.value is not None else None, author=r.author)
    return found


def receive(session, ops: list[WireOp], names: dict[uuid.UUID, str]) -> Applied:
    ident = identity.current(session)
    origins = {op.origin for op in ops} | {o for op in ops for o, _ in op.supersedes}
    origins |= {uuid.UUID(r["origin"]) for op in ops if op.kind == REOPEN for r in op.value or ()}
    nos = identity.replica_numbers(session, {o: names.get(o, "") for o in origins})
    seen = identity.seen_of(session, ident.replica_id)
    by_origin: dict[uuid.UUID, dict[int, WireOp]] = defaultdict(dict)
    for op in ops:
        if op.origin != ident.replica_id and op.seq > seen.get(str(op.origin), 0):
            by_origin[op.origin].setdefault(op.seq, op)
    result = Applied()
    fresh: dict[int, WireOp] = {}
    for origin, found in by_origin.items():
        nxt = seen.get(str(origin), 0) + 1
        while nxt in found:
            fresh[identity.opid(nos[origin], nxt)] = found[nxt]
            nxt += 1
        result.waiting += len(found) - (nxt - 1 - seen.get(str(origin), 0))
        if nxt - 1 > seen.get(str(origin), 0):
            seen[str(origin)] = nxt - 1
    if not fresh:
        return result
    rows, superseded = [], set()
    for local, op in fresh.items():
        sup = sorted(identity.opid(nos[o], s) for o, s in op.supersedes)
        superseded.update(sup)
        rows.append({"opid": local, "hlc": op.hlc, "author": op.author[:200], "operation": op.operation,
                     "tbl": op.tbl, "rec": op.rec, "field": op.field, "kind": op.kind, "value": dumps(op.value),
                     "supersedes": dumps(sup)})
    insert_ops(session, rows)
    dead = set(superseded)
    for chunk in _chunks(fresh):
        dead.update(session.execute(select(sync_dead.c.opid).where(sync_dead.c.opid.in_(chunk))).scalars())
    if superseded:
        session.execute(delete(sync_head).where(sync_head.c.opid == bindparam("o")), [{"o": o} for o in superseded])
    insert_heads(session, [(op.tbl, op.rec, op.field if op.kind not in ("create", DELETE) else ROW, local,
                            op.kind == DELETE)
                           for local, op in fresh.items() if op.kind not in (AUDIT, REOPEN) and local not in dead])
    numbers = {v: k for k, v in nos.items()}
    waiting = [o for o in superseded if o not in fresh and
               identity.split(o)[1] > seen.get(str(numbers.get(identity.split(o)[0], "")), 0)]
    if waiting:
        insert_ignoring(session, sync_dead, [{"opid": o} for o in waiting])
    for chunk in _chunks(fresh):
        session.execute(delete(sync_dead).where(sync_dead.c.opid.in_(chunk)))
    reopens = [op for op in fresh.values() if op.kind == REOPEN]
    if reopens:
        _reopen(session, reopens, nos, seen)
    ident.last_hlc = max([ident.last_hlc] + [op.hlc for op in fresh.values()])
    identity.save(session, ident)
    identity.set_seen(session, ident.replica_id, seen)
    touched = {(op.tbl, op.rec) for op in fresh.values() if op.kind != AUDIT}
    result.received = sum(1 for op in fresh.values() if op.kind != AUDIT)
    result.records = len(touched)
    written = materialise(session, touched)
    result.touched = written
    result.fresh = set(fresh)
    for op in fresh.values():
        wanted = RULE_FIELDS.get(op.tbl)
        if wanted and ((split_element(op.field) or (op.field,))[0] in wanted or op.kind in ("create", DELETE)):
            result.for_rules.setdefault(op.tbl, set()).add(op.rec)
    result.tables = {t for t, ids in written.items() if ids}
    _audit(session, [op for op in fresh.values() if op.kind == AUDIT])
    return result


def _reopen(session, reopens: list[WireOp], nos: dict[uuid.UUID, int], seen: dict[str, int]) -> None:
    """Decisions undone on another laptop: the values each had decided between are heads again unless an
    operation still standing supersedes them (`standing`). A value this laptop has dropped from its log
    since (every laptop had seen it) comes back from the undo's own copy."""
    for op in reopens:
        wanted: dict[int, dict] = {}
        for r in op.value or ():
            origin = uuid.UUID(r["origin"])
            if int(r["seq"]) <= int(seen.get(str(origin), 0)):  # received here (always, as bundles go)
                wanted[identity.opid(nos[origin], int(r["seq"]))] = r
        if not wanted:
            continue
        have = set(session.execute(select(sync_op.c.opid).where(sync_op.c.opid.in_(list(wanted)))).scalars())
        insert_ops(session, [{"opid": o, "hlc": int(r["hlc"]), "author": str(r.get("author", ""))[:200],
                              "operation": uuid.UUID(r["operation"]), "tbl": op.tbl, "rec": op.rec,
                              "field": op.field, "kind": "set", "value": dumps(r.get("value")), "supersedes": "[]"}
                             for o, r in wanted.items() if o not in have])
        back = standing(session, op.tbl, op.rec, set(wanted))
        insert_heads(session, [(op.tbl, op.rec, op.field, o, False) for o in sorted(back)])


def standing(session, tbl: str, rec: uuid.UUID, candidates: set[int], undone: set[int] = frozenset()) -> set[int]:
    """Of ``candidates`` (the values an undone decision had superseded), those that stand again: not
    undone themselves and superseded by no operation that still stands (one no undo has reverted).
    ``undone``: operations reverted by an undo not in the log yet (the one being written)."""
    rows = session.execute(select(sync_op.c.opid, sync_op.c.kind, sync_op.c.supersedes).where(
        sync_op.c.tbl == tbl, sync_op.c.rec == rec)).all()
    reverted = set(undone)
    for r in rows:
        if r.kind == REOPEN:
            reverted.update(json.loads(r.supersedes))
    covered: set[int] = set()
    for r in rows:
        if r.kind not in (REOPEN, AUDIT) and r.opid not in reverted:
            covered.update(json.loads(r.supersedes))
    return {c for c in candidates if c not in reverted and c not in covered}


def _converter(column):
    """How a JSON value is stored in this column (SQLAlchemy's own formats on SQLite)."""
    kind = column.type
    if isinstance(kind, Uuid):
        return lambda v: None if v is None else uuid.UUID(str(v)).hex
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(kind, JSON):
        return lambda v: None if v is None else json.dumps(v)
    return lambda v: v


def _audit(session, ops: list[WireOp]) -> None:
    """Received audit entries, added by id (driver-level: an import of 10,000 rows brings 10,000)."""
    t = AuditEntry.__table__
    columns = [(c.name, _converter(c)) for c in t.columns if c.name not in ("created_at", "updated_at", "version",
                                                                            "origin")]
    now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
    rows = []
    for op in ops:
        origin = op.origin.hex
        for entry in op.value or ():
            rows.append(tuple(convert(entry.get(name)) for name, convert in columns)
                        + (now, now, 1, uuid.UUID(entry["origin"]).hex if entry.get("origin") else origin))
    if rows and session.get_bind().dialect.name != "sqlite":  # the team server: its own dialect and types
        names = [c.name for c in t.columns if c.name not in ("created_at", "updated_at", "version", "origin")]
        insert_ignoring(session, t, [{**{n: decode(t.c[n], e.get(n)) for n in names}, "created_at": utcnow(),
                                      "updated_at": utcnow(), "version": 1,
                                      "origin": uuid.UUID(e["origin"]) if e.get("origin") else op.origin}
                                     for op in ops for e in op.value or ()])
    elif rows:
        names = [name for name, _ in columns] + ["created_at", "updated_at", "version", "origin"]
        session.connection().exec_driver_sql(
            f"INSERT OR IGNORE INTO audit_entry ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", rows)


def _default(column) -> Any:
    d = column.default
    if d is None:
        return None
    if getattr(d, "is_scalar", False):
        return d.arg
    if getattr(d, "is_callable", False):
        try:
            return d.arg(None)
        except TypeError:
            return d.arg()
    return None


def _references(tbl: str) -> list[tuple[str, str]]:
    """(table, column) of every foreign key pointing at ``tbl``."""
    out = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table.name == tbl:
                out.append((other.name, fk.parent.name))
    return out


def _collections(t, many, state, values: dict, row: dict | None) -> None:
    """Collection columns put together from their elements' heads (`sync_merge.merged_collection`), over
    the column's own value when it has one (a delete's record, an operation of an older version), else
    over what the row holds (elements no operation has touched since the laptops first shared it)."""
    elements: dict[str, dict[str, list[Op]]] = defaultdict(dict)
    for name, fs in state.fields.items():
        part = split_element(name)
        if part is not None and part[0] in many:
            elements[part[0]][part[1]] = list(fs.heads)
    for column, found in elements.items():
        kind, sep = many[column]
        if column in values:
            base = values[column]
        elif row is not None:
            base = row.get(column)
        else:
            base = _default(t.c[column])
        merged = merged_collection(kind, as_collection(kind, sep, base), found)
        values[column] = from_collection(kind, sep, merged if kind == "map" else settle(t.c[column], merged))


def materialise(session, touched: set[tuple[str, uuid.UUID]]) -> dict[str, set[uuid.UUID]]:
    """Bring each touched record in line with its heads; returns table -> records written."""
    # References are checked when the transaction commits (on the team server its references are
    # DEFERRABLE for this: db/migrations/env.py).
    session.execute(text("PRAGMA defer_foreign_keys=ON" if session.get_bind().dialect.name == "sqlite"
                         else "SET CONSTRAINTS ALL DEFERRED"))
    origins = _origins(session)
    now = utcnow()
    written: dict[str, set[uuid.UUID]] = defaultdict(set)
    parents: set[uuid.UUID] = set()
    renamed: set[uuid.UUID] = set()  # organisations whose sort and search text must be recomputed
    referenced: set[tuple[str, uuid.UUID]] = set()
    pending = set(touched)
    deletions: dict[str, set[uuid.UUID]] = defaultdict(set)
    orphans_checked: set[tuple[str, uuid.UUID]] = set()
    # Records a written row referred to before this merge pointed it elsewhere: one kept only for that
    # row's sake may go now, exactly as when the row is deleted (and as `capture` settles a local move).
    released: set[tuple[str, uuid.UUID]] = set()
    rounds = 0
    while True:
        while pending and rounds < 50:
            rounds += 1
            heads = load_heads(session, pending)
            ops = load_ops(session, {o for fs in heads.values() for os_ in fs.values() for o in os_}, origins)
            by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
            for tbl, rec in pending:
                by_table[tbl].append(rec)
            pending = set()
            for tbl, recs in sorted(by_table.items()):
                t = Base.metadata.tables.get(tbl)
                if t is None:
                    continue  # a table this version does not have (not expected: newer bundles are refused)
                columns = synced_columns(tbl)
                many = collections(tbl)
                current: dict[uuid.UUID, dict] = {}
                for chunk in _chunks(recs):
                    # Only what travels: stamps would be parsed for nothing.
                    for r in session.execute(select(t.c.id, *(t.c[c] for c in columns)).where(t.c.id.in_(chunk))):
                        current[r.id] = dict(r._mapping)
                inserts, updates = [], defaultdict(list)
                for rec in recs:
                    fields = heads.get((tbl, rec), {})
                    state = record_state([ops[o] for o in fields.get(ROW, ())],
                                         {f: [ops[o] for o in os_] for f, os_ in fields.items() if f != ROW},
                                         referenced=(tbl, rec) in referenced)
                    if not state.exists:
                        if rec in current:
                            deletions[tbl].add(rec)
                        continue
                    deletions[tbl].discard(rec)
                    values = {c: decode(columns[c], v) for c, v in state.values.items() if c in columns}
                    row = current.get(rec)
                    if many:
                        _collections(t, many, state, values, row)
                    if row is None:
                        full = {c.name: _default(c) for c in t.columns}
                        full.update(values, id=rec, created_at=now, updated_at=now, version=1)
                        inserts.append(full)
                    else:
                        changed = {c: v for c, v in values.items() if row.get(c) != v}
                        if tbl == "organisation" and {"name", "acronym"} & set(changed):
                            renamed.add(rec)
                        if changed:
                            updates[tuple(sorted(changed))].append({"_id": rec, **changed})
                            for fk in t.foreign_keys:
                                old = row.get(fk.parent.name)
                                if fk.parent.name in changed and old is not None:
                                    released.add((fk.column.table.name, old))
                            if tbl == "organisation_name" and "organisation_id" in changed:
                                parents.add(row.get("organisation_id"))
                for chunk in _chunks(inserts, 2000):
                    session.execute(insert(t), chunk)
                for cols, group in updates.items():
                    stmt = (update(t).where(t.c.id == bindparam("_id"))
                            .values({**{c: bindparam(c) for c in cols}, "version": t.c.version + 1, "updated_at": now}))
                    session.execute(stmt, group)
                for row in inserts:
                    written[tbl].add(row["id"])
                    if tbl == "organisation":
                        renamed.add(row["id"])
                for group in updates.values():
                    written[tbl].update(r["_id"] for r in group)
                if tbl == "organisation_name":
                    parents.update(r["organisation_id"] for r in inserts)
                    for group in updates.values():
                        parents.update(r.get("organisation_id") for r in group)
                    parents.update(current[r]["organisation_id"] for r in recs if r in current)
                # Records the written rows refer to that are gone here: a delete that did not see this link.
                for fk in t.foreign_keys:
                    target = fk.column.table
                    wanted = {r[fk.parent.name] for r in inserts if r.get(fk.parent.name) is not None}
                    for group in updates.values():
                        wanted.update(r[fk.parent.name] for r in group if r.get(fk.parent.name) is not None)
                    wanted = {w for w in wanted if (target.name, w) not in referenced}
                    if not wanted:
                        continue
                    present = set()
                    for chunk in _chunks(wanted):
                        present.update(session.execute(select(target.c.id).where(target.c.id.in_(chunk))).scalars())
                    gone = wanted - present
                    if gone:
                        known = load_heads(session, {(target.name, g) for g in gone})
                        for g in gone:
                            if (target.name, g) in known:
                                referenced.add((target.name, g))
                                pending.add((target.name, g))
        # Deletes last: a record a live record still refers to stays (the conflict lists it), with the
        # values its newest delete recorded, like a record brought back for a link; what it keeps may in
        # turn keep others, so this repeats until nothing more is kept.
        kept = set()
        for tbl, recs in deletions.items():
            for other, column in _references(tbl):
                o = Base.metadata.tables[other]
                col = o.c[column]
                for chunk in _chunks(recs):
                    for ref_id, target in session.execute(select(o.c.id, col).where(col.in_(chunk))):
                        if ref_id not in deletions.get(other, ()):
                            kept.add((tbl, target))
        if not kept:
            # The records the doomed rows refer to, and those rows written here no longer refer to: one
            # kept only for their sake may go now.
            freed = {r for r in released if r not in orphans_checked}
            released.clear()
            for tbl, recs in deletions.items():
                t = Base.metadata.tables[tbl]
                for fk in t.foreign_keys:
                    target = fk.column.table.name
                    for chunk in _chunks(recs):
                        for value in session.execute(select(t.c[fk.parent.name]).where(
                                t.c.id.in_(chunk), t.c[fk.parent.name].is_not(None))).scalars():
                            if (target, value) not in orphans_checked:
                                freed.add((target, value))
            if not freed:
                break
            orphans_checked.update(freed)
            referenced.difference_update(freed)
            pending = freed
            rounds = 0
            continue
        for tbl, rec in kept:
            deletions[tbl].discard(rec)
        referenced.update(kept)
        pending = set(kept)
        rounds = 0
    for tbl, recs in deletions.items():
        t = Base.metadata.tables[tbl]
        doomed = set(recs)
        if tbl == "organisation_name":
            for chunk in _chunks(doomed):
                parents.update(session.execute(select(t.c.organisation_id).where(t.c.id.in_(chunk))).scalars())
        for chunk in _chunks(doomed):
            session.execute(delete(t).where(t.c.id.in_(chunk)))
        written[tbl].update(doomed)
    derived.refresh(session, {"organisation": renamed}, parents)
    return written
