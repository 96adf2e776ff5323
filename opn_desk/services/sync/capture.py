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

import uuid
from typing import Any

from sqlalchemy import select, update

from opn_desk.db.models import AuditEntry, sync_replica
from opn_desk.domain.sync_merge import CREATE, DELETE, ROW, SET
from opn_desk.services.sync import identity
from opn_desk.services.sync.apply import materialise
from opn_desk.services.sync.oplog import (
    AUDIT,
    dumps,
    encode,
    insert_ops,
    load_heads,
    synced_columns,
    table,
    write_heads,
)


class _Writer:
    """Builds one desk operation's sync operations."""

    def __init__(self, session, ctx, ident: identity.Identity, records):
        self.session, self.ctx, self.ident = session, ctx, ident
        self.deleting: set[int] = set()  # heads that are deletes, those already stored included
        self.heads = load_heads(session, records, self.deleting)
        self.hlc = identity.tick(session, ident)
        self.rows: list[dict] = []
        self.final: dict[tuple[str, uuid.UUID, str], int] = {}

    def emit(self, tbl: str, rec: uuid.UUID, fld: str, kind: str, value: Any, supersedes) -> int:
        self.ident.last_seq += 1
        op = identity.opid(self.ident.no, self.ident.last_seq)
        self.rows.append({"opid": op, "hlc": self.hlc, "author": self.ctx.actor[:200], "operation": self.ctx.id,
                          "tbl": tbl, "rec": rec, "field": fld, "kind": kind, "value": dumps(value),
                          "supersedes": dumps(sorted(supersedes))})
        if kind != AUDIT:
            self.final[(tbl, rec, fld)] = op
        return op

    def create(self, tbl: str, rec: uuid.UUID, values: dict[str, Any]) -> None:
        heads = self.heads[(tbl, rec)]
        heads[ROW] = {self.emit(tbl, rec, ROW, CREATE, None, heads.get(ROW, ()))}
        for name in synced_columns(tbl):
            if name in values:
                heads[name] = {self.emit(tbl, rec, name, SET, encode(values[name]), heads.get(name, ()))}

    def set(self, tbl: str, rec: uuid.UUID, values: dict[str, Any]) -> None:
        heads = self.heads[(tbl, rec)]
        columns = synced_columns(tbl)
        for name, value in values.items():
            if name in columns:
                heads[name] = {self.emit(tbl, rec, name, SET, encode(value), heads.get(name, ()))}

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
        for name in synced_columns(tbl):
            if name in values and not heads.get(name):
                heads[name] = {self.emit(tbl, rec, name, SET, encode(values[name]), ())}


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

    if not ctx.changes or getattr(ctx, "exchange", False):
        return {}
    # A desk logs operations from its first exchange (clone or export) on: before, every laptop it
    # will ever have gets its records whole, by `sync clone`.
    ident = identity.current(session, create=False)
    if ident is None:
        return {}
    writer = _Writer(session, ctx, ident, _records(ctx.changes))
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
            writer.set(change.table, change.record_id, change.after)
        elif change.action == "delete":
            writer.delete(change.table, change.record_id, change.before)
    _audit(session, writer)
    _finish(session, writer)
    _settle_references(session, ctx.changes)
    return writer.final


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
    for (t, r, f), op in sorted(ops.items(), key=lambda x: x[1]):
        now = heads.get((t, r), {}).get(f, set())
        if now != {op}:
            return t, r, f, next(iter(sorted(now - {op})), None)
    return None
