"""Operations from what a desk operation changed, written in the same transaction.

`Desk` calls `capture` once its operation's work is flushed and before it commits. The operation's
recorded changes (`OperationContext.changes`: each `Change`, each `BulkCreate` of an import and the
bulk delete that undoes one) become operations; there is no per-table code, so every table takes
part, tables added later included. Each operation supersedes the field's current heads here: the
versions of that field its author saw. Derived columns (ids, stamps, row versions, columns flagged
``info={"derived": True}``) are never sent: each laptop computes them. The operation's audit entries
travel as one ``audit`` operation and are stamped with this laptop's id.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update

from opn_desk.db.models import AuditEntry, sync_op, sync_replica, utcnow
from opn_desk.domain.sync_merge import CREATE, DELETE, ROW, SET, element_changes, element_field, split_element
from opn_desk.services.sync import identity
from opn_desk.services.sync.apply import materialise, standing
from opn_desk.services.sync.oplog import (
    AUDIT,
    REOPEN,
    as_collection,
    collections,
    dumps,
    encode,
    insert_ops,
    load_heads,
    synced_columns,
    table,
    write_heads,
)


@dataclass(frozen=True)
class Reopened:
    """An undone decision, as the undo step remembers it: the values it brought back (the heads a redo
    expects) and the value decided (what a redo decides again)."""

    restored: frozenset[int]
    value: Any


class _Writer:
    """Builds one desk operation's sync operations."""

    def __init__(self, session, ctx, ident: identity.Identity, records):
        self.session, self.ctx, self.ident = session, ctx, ident
        self.deleting: set[int] = set()  # heads that are deletes, those already stored included
        self.heads = load_heads(session, records, self.deleting)
        self.hlc = identity.tick(session, ident)
        self.rows: list[dict] = []
        self.final: dict[tuple[str, uuid.UUID, str], int] = {}
        self.reordered: set[tuple[str, uuid.UUID]] = set()  # records whose collections changed
        self.handled: set[tuple[str, uuid.UUID, str]] = set()  # fields an undone or redone decision wrote

    def emit(self, tbl: str, rec: uuid.UUID, fld: str, kind: str, value: Any, supersedes) -> int:
        self.ident.last_seq += 1
        op = identity.opid(self.ident.no, self.ident.last_seq)
        self.rows.append({"opid": op, "hlc": self.hlc, "author": self.ctx.actor[:200], "operation": self.ctx.id,
                          "tbl": tbl, "rec": rec, "field": fld, "kind": kind, "value": dumps(value),
                          "supersedes": dumps(sorted(supersedes))})
        if kind != AUDIT:
            self.final[(tbl, rec, fld)] = op
        return op

    def field(self, tbl: str, rec: uuid.UUID, name: str, value: Any) -> None:
        if (tbl, rec, name) in self.handled:
            return
        heads = self.heads[(tbl, rec)]
        heads[name] = {self.emit(tbl, rec, name, SET, encode(value), heads.get(name, ()))}

    def elements(self, tbl: str, rec: uuid.UUID, name: str, before: Any, after: Any) -> None:
        """A collection column changed: one operation per key or element that changed."""
        kind, sep = collections(tbl)[name]
        for key, value in element_changes(kind, as_collection(kind, sep, before), as_collection(kind, sep, after)):
            self.field(tbl, rec, element_field(name, key), value)
        self.reordered.add((tbl, rec))

    def create(self, tbl: str, rec: uuid.UUID, values: dict[str, Any]) -> None:
        heads = self.heads[(tbl, rec)]
        heads[ROW] = {self.emit(tbl, rec, ROW, CREATE, None, heads.get(ROW, ()))}
        many = collections(tbl)
        for name in synced_columns(tbl):
            if name in many:
                if name in values:
                    self.elements(tbl, rec, name, None, values[name])
            elif name in values:
                self.field(tbl, rec, name, values[name])

    def set(self, tbl: str, rec: uuid.UUID, values: dict[str, Any], before: dict[str, Any] | None = None) -> None:
        columns, many = synced_columns(tbl), collections(tbl)
        for name, value in values.items():
            if name in many:
                self.elements(tbl, rec, name, (before or {}).get(name), value)
            elif name in columns:
                self.field(tbl, rec, name, value)
            elif (part := split_element(name)) is not None and part[0] in many:
                self.field(tbl, rec, name, value)  # one key decided (a conflict's resolution)

    def delete(self, tbl: str, rec: uuid.UUID, before: dict[str, Any]) -> None:
        heads = self.heads[(tbl, rec)]
        seen = set().union(*heads.values()) if heads else set()
        snapshot = {k: encode(before[k]) for k in synced_columns(tbl) if k in before}
        op = self.emit(tbl, rec, ROW, DELETE, snapshot, seen)
        self.deleting.add(op)
        heads.clear()
        heads[ROW] = {op}

    def restore(self, tbl: str, rec: uuid.UUID, values: dict[str, Any]) -> None:
        """Keep a record whose delete did not see an edit: its row lives again, fields without a say get
        the values shown now."""
        heads = self.heads[(tbl, rec)]
        heads[ROW] = {self.emit(tbl, rec, ROW, CREATE, None, heads.get(ROW, ()))}
        many = collections(tbl)
        for name in synced_columns(tbl):
            if name in many and name in values:
                kind, sep = many[name]
                for key, value in element_changes(kind, None, as_collection(kind, sep, values[name])):
                    if not heads.get(element_field(name, key)):
                        self.field(tbl, rec, element_field(name, key), value)
            elif name in values and not heads.get(name):
                heads[name] = {self.emit(tbl, rec, name, SET, encode(values[name]), ())}

    def replay(self, ops: dict) -> None:
        """Undo or redo of a step that decided conflicts (``ops``: what the step last wrote per field).
        Undoing a decision reopens the conflict: a ``reopen`` operation supersedes the decision and the
        values it decided between are heads again (the same conflict, the same id, on every laptop).
        Redoing it decides again, with the value decided, superseding those values."""
        for (tbl, rec, name), op in sorted(ops.items(), key=lambda x: (x[0][0], str(x[0][1]), x[0][2])):
            heads = self.heads[(tbl, rec)]
            if isinstance(op, Reopened):
                if heads.get(name) != set(op.restored):
                    continue
                heads[name] = {self.emit(tbl, rec, name, SET, op.value, heads[name])}
            elif isinstance(op, int) and heads.get(name) == {op}:
                found = _decision(self.session, op)
                if found is None:
                    continue
                value, restored = found
                back = standing(self.session, tbl, rec, {o for o, _ in restored}, {op})
                if not back:
                    continue
                self.emit(tbl, rec, name, REOPEN, [r for _, r in restored], {op})
                heads[name] = back
                self.final[(tbl, rec, name)] = Reopened(frozenset(back), value)
            else:
                continue
            self.handled.add((tbl, rec, name))
            self.reordered.add((tbl, rec))


def _decision(session, op: int) -> tuple[Any, list[tuple[int, dict]]] | None:
    """(value, the values it superseded as a reopen carries them) when ``op`` decided between several
    values and they are all still in the log; None for a plain edit."""
    row = session.execute(select(sync_op.c.kind, sync_op.c.value, sync_op.c.supersedes)
                          .where(sync_op.c.opid == op)).first()
    if row is None or row.kind != SET:
        return None
    superseded = json.loads(row.supersedes)
    if len(superseded) < 2:
        return None
    found = {r.opid: r for r in session.execute(select(sync_op).where(sync_op.c.opid.in_(superseded)))}
    if len(found) != len(superseded):
        return None
    numbers = {no: rid for no, rid in session.execute(select(sync_replica.c.no, sync_replica.c.id))}
    restored = []
    for opid in sorted(superseded):
        r = found[opid]
        no, seq = identity.split(opid)
        restored.append((opid, {"origin": str(numbers[no]), "seq": seq, "hlc": r.hlc, "author": r.author,
                                "operation": str(r.operation),
                                "value": json.loads(r.value) if r.value is not None else None}))
    return (json.loads(row.value) if row.value is not None else None), restored


def _records(changes) -> set[tuple[str, uuid.UUID]]:
    from opn_desk.services.audit import BulkCreate

    found = set()
    for change in changes:
        if isinstance(change, BulkCreate):
            found.update((change.table, row["id"]) for row in change.rows)
        else:
            found.add((change.table, change.record_id))
    return found


def _audit(session, writer: _Writer) -> None:
    ctx = writer.ctx
    session.execute(update(AuditEntry.__table__).where(AuditEntry.__table__.c.operation == ctx.id,
                                                       AuditEntry.__table__.c.origin.is_(None))
                    .values(origin=writer.ident.replica_id))
    t = AuditEntry.__table__
    rows = [{c: encode(v) for c, v in r._mapping.items() if c not in ("created_at", "updated_at", "version")}
            for r in session.execute(select(t).where(t.c.operation == ctx.id))]
    if rows:
        writer.emit("audit_entry", ctx.id, "", AUDIT, rows, ())


def _finish(session, writer: _Writer) -> None:
    insert_ops(session, writer.rows)
    write_heads(session, writer.heads, writer.deleting)
    identity.save(session, writer.ident)
    me = writer.ident.replica_id
    seen = identity.seen_of(session, me)
    seen[str(me)] = writer.ident.last_seq
    session.execute(update(sync_replica).where(sync_replica.c.id == me).values(seen=seen))


def capture(session, ctx) -> dict[tuple[str, uuid.UUID, str], int]:
    """Turn the operation's changes into sync operations; returns (table, record, field) -> the last
    operation written for it (what undo checks against)."""
    from opn_desk.services.audit import BulkCreate

    replaying = getattr(ctx, "replaying", None) or {}
    if (not ctx.changes and not replaying and not getattr(ctx, "decided", None)) or getattr(ctx, "exchange", False):
        return {}
    # A desk logs operations from its first exchange (clone or export) on: before, every laptop it
    # will ever have gets its records whole, by `sync clone`.
    ident = identity.current(session, create=False)
    if ident is None:
        return {}
    writer = _Writer(session, ctx, ident, _records(ctx.changes) | {(t, r) for t, r, _ in replaying}
                     | {(t, r) for t, r, _, _ in getattr(ctx, "decided", ())})
    writer.replay(replaying)
    for change in ctx.changes:
        if isinstance(change, BulkCreate):
            removed = getattr(change, "removed", False)
            for row in change.rows:
                if removed:
                    writer.delete(change.table, row["id"], row)
                else:
                    writer.create(change.table, row["id"], row)
        elif change.action == "create":
            writer.create(change.table, change.record_id, change.after)
        elif change.action == "update":
            writer.set(change.table, change.record_id, change.after, change.before)
        elif change.action == "delete":
            writer.delete(change.table, change.record_id, change.before)
    for tbl, rec, name, value in getattr(ctx, "decided", ()):
        if (tbl, rec, name) not in writer.final:  # a key decided to the value the row already held
            writer.field(tbl, rec, name, value)
    if writer.handled:
        _audit_replay(session, ctx, writer.handled)
    _audit(session, writer)
    _finish(session, writer)
    _settle_references(session, ctx.changes)
    if writer.reordered:
        # A collection lists its elements in one order on every laptop (`sync_merge.merged_collection`):
        # this laptop's row takes that order too (values are unchanged).
        materialise(session, writer.reordered)
    return writer.final


def _audit_replay(session, ctx, fields) -> None:
    """The trail of a decision undone (the conflict open again) or redone, and the records it touched
    among the step's changes, so the views showing them refresh."""
    from opn_desk.services.audit import Change

    now = utcnow()
    session.execute(insert(AuditEntry), [{
        "id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "at": now, "actor": ctx.actor,
        "operation": ctx.id, "description": ctx.description[:300], "table_name": tbl, "record_id": rec,
        "action": "update", "changes": {"reopened" if ctx.description.startswith("Undo") else "decided": name},
    } for tbl, rec, name in sorted(fields, key=str)])
    known = {(c.table, c.record_id) for c in ctx.changes if isinstance(c, Change)}
    ctx.changes.extend(Change(tbl, rec, "update", {}, {}) for tbl, rec, _ in sorted(fields, key=str)
                       if (tbl, rec) not in known)


def _settle_references(session, changes) -> None:
    """Records kept only because a row referred to them (a delete that had not seen the link) follow
    the local creation or deletion of such rows exactly as on a laptop receiving it: re-materialised
    by the same rule, so every laptop ends the same whatever the route."""
    from opn_desk.services.audit import BulkCreate

    targets: set[tuple[str, uuid.UUID]] = set()
    for change in changes:
        t = table(change.table)
        if t is None or not t.foreign_keys:
            continue
        if isinstance(change, BulkCreate):
            rows = change.rows
        elif change.action in ("create", "delete"):
            rows = [change.after or change.before]
        else:
            rows = [change.before, change.after]
        for fk in t.foreign_keys:
            for row in rows:
                value = row.get(fk.parent.name)
                if value is not None:
                    targets.add((fk.column.table.name, value))
    if not targets:
        return
    deleting: set[int] = set()
    heads = load_heads(session, targets, deleting)
    kept = {k for k, fields in heads.items() if fields.get(ROW) and fields[ROW] <= deleting}
    if kept:
        materialise(session, kept)


def restore(session, ctx, tbl: str, rec: uuid.UUID, values: dict[str, Any]) -> None:
    """Emit the operations that keep a record a delete did not see edited (a decision)."""
    ident = identity.current(session)
    writer = _Writer(session, ctx, ident, {(tbl, rec)})
    writer.restore(tbl, rec, values)
    _audit(session, writer)
    _finish(session, writer)


def undo_blocker(session, ops: dict[tuple[str, uuid.UUID, str], int]) -> tuple[str, uuid.UUID, str, int | None] | None:
    """The first field this laptop's step wrote that an operation merged from elsewhere has touched since:
    (table, record, field, that operation if it is still a head) — None when undo may go ahead."""
    if not ops:
        return None
    heads = load_heads(session, {(t, r) for t, r, _ in ops})
    for (t, r, f), op in sorted(ops.items(), key=lambda x: min(x[1].restored) if isinstance(x[1], Reopened) else x[1]):
        expected = set(op.restored) if isinstance(op, Reopened) else {op}
        now = heads.get((t, r), {}).get(f, set())
        if now != expected:
            return t, r, f, next(iter(sorted(now - expected)), None)
    return None


def _redirects() -> list[tuple[str, str]]:
    """(table, column) of the columns flagged ``info={"redirect": True}``: a record whose column is set was
    merged into the record it names (an organisation merged into the one kept)."""
    from opn_desk.db.models import Base

    return [(t.name, c.name) for t in Base.metadata.sorted_tables for c in t.columns if c.info.get("redirect")]


def _unique_sets(t, column: str) -> list[list[str]]:
    """The unique constraints of a table that include ``column``."""
    from sqlalchemy import UniqueConstraint

    found = [[c.name for c in u.columns] for u in t.constraints if isinstance(u, UniqueConstraint)]
    found += [[c.name] for c in t.columns if c.unique]
    return [u for u in found if column in u]


class _Merges:
    """The records of one redirect column merged away (``into``: merged -> the record it names), and
    what the merge that did it had seen."""

    def __init__(self, session, ident, rt: str, rcol: str, fresh: set[int], candidates: set[uuid.UUID]):
        from opn_desk.db.models import Base

        self.session, self.ident, self.rt, self.rcol, self.fresh = session, ident, rt, rcol, fresh
        self.target = Base.metadata.tables[rt]
        self.into: dict[uuid.UUID, uuid.UUID] = {}
        cands = list(candidates)
        for i in range(0, len(cands), 400):
            self.into.update(session.execute(select(self.target.c.id, self.target.c[rcol]).where(
                self.target.c.id.in_(cands[i:i + 400]), self.target.c[rcol].is_not(None))).all())
        self.merged = set(self.into)
        heads = load_heads(session, {(rt, m) for m in self.into}) if self.into else {}
        self.merge_op = {m: max(heads.get((rt, m), {}).get(rcol, ()), default=None) for m in self.into}
        self.seen_by: dict[int, dict[str, int]] = {}
        self.numbers = {no: rid for no, rid in session.execute(select(sync_replica.c.no, sync_replica.c.id))}

    def unseen(self, merged: uuid.UUID, ops: set[int]) -> bool:
        """Whether the merge of ``merged`` had not seen ``ops`` (a reference's operations)."""
        op = self.merge_op.get(merged)
        if op is None or not ops:
            return False  # merged before this desk logged operations, or a reference with no history
        origin = identity.split(op)[0]
        if origin == self.ident.no:
            return bool(ops & self.fresh)
        if origin not in self.seen_by:
            self.seen_by[origin] = identity.seen_of(self.session, self.numbers[origin])
        seen = self.seen_by[origin]
        return any(identity.split(x)[1] > int(seen.get(str(self.numbers[identity.split(x)[0]]), 0)) for x in ops)

    def survivor(self, rec: uuid.UUID) -> uuid.UUID:
        """The record kept at the end of a chain of merges."""
        hops = 0
        while rec in self.into and hops < 20:
            nxt = self.into[rec]
            if nxt not in self.into:
                found = self.session.scalar(select(self.target.c[self.rcol]).where(self.target.c.id == nxt))
                if found is None:
                    return nxt
                self.into[nxt] = found
            rec, hops = nxt, hops + 1
        return rec


def _moves(session, ident, rt: str, rcol: str, written, fresh: set[int]) -> list[tuple[str, uuid.UUID, str, uuid.UUID]]:
    """The rows to move for one redirect column (see `follow_merges`)."""
    from opn_desk.db.models import Base
    from opn_desk.services.sync.apply import _references

    moves: list[tuple[str, uuid.UUID, str, uuid.UUID]] = []
    refs = [(o, c) for o, c in _references(rt) if (o, c) != (rt, rcol)]
    candidates = set(written.get(rt, ()))
    for other, column in refs:
        recs = list(written.get(other, ()))
        o = Base.metadata.tables[other]
        for i in range(0, len(recs), 400):
            candidates.update(session.execute(select(o.c[column]).where(
                o.c.id.in_(recs[i:i + 400]), o.c[column].is_not(None))).scalars())
    merges = _Merges(session, ident, rt, rcol, fresh, candidates)
    if not merges.into:
        return moves
    merged_ids = list(merges.merged)
    for other, column in refs:
        o = Base.metadata.tables[other]
        rows = []
        for i in range(0, len(merged_ids), 400):
            rows += session.execute(select(o.c.id, o.c[column]).where(
                o.c[column].in_(merged_ids[i:i + 400]))).all()
        if not rows:
            continue
        heads = load_heads(session, {(other, r) for r, _ in rows})
        uniques = _unique_sets(o, column)
        for rid, merged in rows:
            if not merges.unseen(merged, set(heads.get((other, rid), {}).get(column, ()))):
                continue
            new = merges.survivor(merged)
            if new == merged or (other == rt and new == rid):
                continue
            clash = False
            for u in uniques:
                here = session.execute(select(*(o.c[c] for c in u)).where(o.c.id == rid)).one()._mapping
                cond = [o.c[c] == (new if c == column else here[c]) for c in u]
                if session.scalar(select(o.c.id).where(*cond, o.c.id != rid).limit(1)) is not None:
                    clash = True
            if not clash:
                moves.append((other, rid, column, new))
    return moves


def _ids_in(value) -> set[uuid.UUID]:
    keys = value.keys() if isinstance(value, dict) else (value or ())
    found = set()
    for key in keys:
        try:
            found.add(uuid.UUID(str(key)))
        except ValueError:
            pass
    return found


def _element_moves(session, ident, rt: str, rcol: str, fresh: set[int]) -> list[tuple[str, uuid.UUID, str, Any]]:
    """Ids of ``rt`` kept inside columns flagged ``info={"refers": rt}`` (a round's pins and picks, a saved
    scenario's pins and slate) that name a record merged away by a merge that had not seen them: the
    fields to write, (table, record, field, value). In a collection the merged record's key or element is
    taken out and the kept record's added (a key the kept record has already keeps its value); a plain
    field is written whole, re-keyed the way the merge itself re-keys (`duplicates._merge_selection`)."""
    from opn_desk.db.models import Base

    out: list[tuple[str, uuid.UUID, str, Any]] = []
    for t in Base.metadata.sorted_tables:
        columns = [c.name for c in t.columns if c.info.get("refers") == rt]
        if not columns:
            continue
        rows = {r.id: r._mapping for r in session.execute(select(t.c.id, *(t.c[c] for c in columns)))}
        found: dict[tuple[uuid.UUID, str], set[uuid.UUID]] = {}
        many = collections(t.name)
        for rid, row in rows.items():
            for column in columns:
                kind, sep = many.get(column, (None, None))
                value = as_collection(kind, sep, row[column]) if kind else row[column]
                if ids := _ids_in(value):
                    found[(rid, column)] = ids
        if not found:
            continue
        merges = _Merges(session, ident, rt, rcol, fresh, set().union(*found.values()))
        if not merges.into:
            continue
        heads = load_heads(session, {(t.name, rid) for rid, _ in found})
        for (rid, column), ids in sorted(found.items(), key=lambda x: (str(x[0][0]), x[0][1])):
            kind, sep = many.get(column, (None, None))
            fields = heads.get((t.name, rid), {})
            value = as_collection(kind, sep, rows[rid][column]) if kind else rows[rid][column]
            moved = {}
            for merged in sorted(ids & merges.merged, key=str):
                old = str(merged)
                ops = set(fields.get(element_field(column, old) if kind else column, ()))
                new = merges.survivor(merged)
                if new != merged and merges.unseen(merged, ops):
                    moved[old] = str(new)
            if not moved:
                continue
            if kind == "map":
                for old, new in moved.items():
                    out.append((t.name, rid, element_field(column, old), None))
                    if new not in value:
                        out.append((t.name, rid, element_field(column, new), value[old]))
            elif kind == "set":
                for old, new in moved.items():
                    out.append((t.name, rid, element_field(column, old), None))
                    if new not in value:
                        out.append((t.name, rid, element_field(column, new), True))
            elif isinstance(value, dict):
                rekeyed = {k: v for k, v in value.items() if k not in moved}
                for old, new in moved.items():
                    rekeyed.setdefault(new, value[old])
                out.append((t.name, rid, column, rekeyed))
            else:
                out.append((t.name, rid, column, list(dict.fromkeys(moved.get(k, k) for k in value))))
    return out


def _cycles(into: dict[uuid.UUID, uuid.UUID]) -> list[list[uuid.UUID]]:
    """The cycles of a merged-into map (A into B on one laptop, B into A on another), each listed from
    its smallest id, in the order of their smallest ids."""
    state: dict[uuid.UUID, int] = {}  # 1: on the current walk, 2: done
    found = []
    for start in sorted(into, key=str):
        walk, node = [], start
        while node in into and state.get(node) is None:
            state[node] = 1
            walk.append(node)
            node = into[node]
        if state.get(node) == 1:  # came back to this walk: a cycle from ``node`` on
            ring = walk[walk.index(node):]
            first = min(range(len(ring)), key=lambda k: str(ring[k]))
            found.append(ring[first:] + ring[:first])
        for n in walk:
            state[n] = 2
    return sorted(found, key=lambda ring: str(ring[0]))


def _break_cycles(session, ident) -> tuple[list[tuple[str, uuid.UUID, str, Any]], list[tuple[str, list[uuid.UUID], uuid.UUID]]]:
    """Merges made on different laptops that merged records into each other (A into B here, B into A
    there, or longer rings): none of them would stay in the registry, and links would move round the
    ring on every exchange. The ring is broken where its last merge was made (the hybrid logical clock
    orders them the same way on every laptop; a merge older than the log counts as the oldest): that
    record stays. Returns the fields to write and, per ring, (table, ring, record kept)."""
    from opn_desk.db.models import Base

    writes, rings = [], []
    replicas = {no: str(rid) for no, rid in session.execute(select(sync_replica.c.no, sync_replica.c.id))}
    for rt, rcol in _redirects():
        t = Base.metadata.tables[rt]
        into = dict(session.execute(select(t.c.id, t.c[rcol]).where(t.c[rcol].is_not(None))).all())
        for ring in _cycles(into):
            heads = load_heads(session, {(rt, n) for n in ring})
            ops = {n: heads.get((rt, n), {}).get(rcol, set()) for n in ring}
            stamps = dict(session.execute(select(sync_op.c.opid, sync_op.c.hlc).where(
                sync_op.c.opid.in_(sorted(set().union(*ops.values()))))).all()) if any(ops.values()) else {}

            def when(n, ops=ops, stamps=stamps):
                known = [(stamps[o], replicas.get(identity.split(o)[0], ""), identity.split(o)[1])
                         for o in ops[n] if o in stamps]
                return (max(known, default=(-1, "", 0)), str(n))
            kept = max(ring, key=when)
            writes.append((rt, kept, rcol, None))
            rings.append((rt, ring, kept))
    return writes, rings


def follow_merges(session, written: dict[str, set[uuid.UUID]], fresh: set[int]) -> list[tuple[str, uuid.UUID]]:
    """A link added on one laptop to a record merged away on another follows the merge (docs/SYNC.md).

    After an import, a row that refers to a merged record (``merged_into_id`` set) moves to the record
    kept when the merge did not see the row's reference: the reference came in this import and the
    merge was made here, or the merge came from a laptop that had not seen the reference (as far as
    this laptop knows). Moving is an ordinary edit that travels, so every laptop ends alike; a row whose
    move would break a unique rule (the kept record has one already) stays where it is. Returns the
    (table, record) of the rows moved."""
    ident = identity.current(session)
    broken: list[tuple[str, uuid.UUID]] = []
    writes, rings = _break_cycles(session, ident)
    if writes:
        ctx = session.info["operation"]
        writer = _Writer(session, ctx, ident, {(t, r) for t, r, _, _ in writes})
        for t, r, column, new in writes:
            writer.field(t, r, column, new)
        _finish(session, writer)
        materialise(session, {(t, r) for t, r, _, _ in writes})
        session.info.setdefault("merge_rings", []).extend(rings)
        written = {k: set(v) for k, v in written.items()}
        for rt, ring, _kept in rings:
            written.setdefault(rt, set()).update(ring)
            broken += [(rt, n) for n in ring]
    moves = [m for rt, rcol in _redirects() for m in _moves(session, ident, rt, rcol, written, fresh)]
    # Ids kept inside a record's fields (pins, picks) follow alike, key by key.
    moves += [m for rt, rcol in _redirects() for m in _element_moves(session, ident, rt, rcol, fresh)]
    if not moves:
        return sorted(set(broken), key=str)
    if session.info.get("opn_desk_rights") is not None:  # a restricted officer on the team server
        from opn_desk.services.server_roles import refuse_moves_outside  # docs/SERVER.md, "Roles and rights"
        refuse_moves_outside(session, moves)
    ctx = session.info["operation"]
    writer = _Writer(session, ctx, ident, {(t, r) for t, r, _, _ in moves})
    for t, r, column, new in moves:
        writer.field(t, r, column, new)
    _finish(session, writer)
    records = {(t, r) for t, r, _, _ in moves}
    materialise(session, records)
    return sorted(records | set(broken), key=str)
