"""The audit trail and the raw material of undo, taken from the ORM flush itself.

Every flush inside an operation is inspected: created, updated and deleted rows become audit
entries (sensitive values masked) and in-memory `Change` records (full values, for undo during
this session only). A flush outside an operation is refused, so no change escapes the trail.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Uuid, delete, event, insert, inspect
from sqlalchemy.orm import Session, object_session

from opn_desk.db.models import AuditEntry, Base, utcnow
from opn_desk.i18n import translate


def _outside_operation() -> str:  # a defect of the program, never the officer's doing
    return translate("Desk", "A change was written outside a desk operation; it would escape the audit trail.")

# Bookkeeping columns that say nothing to a reader of the history.
_QUIET = {"created_at", "updated_at", "version", "sort_name", "search_text"}
MASK = "(sensitive, not recorded)"


@dataclass
class Change:
    table: str
    record_id: uuid.UUID
    action: str  # create / update / delete
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)


@dataclass
class BulkCreate:
    """Rows written with one bulk INSERT (an import). Undo deletes them by id and redo inserts them
    again, a statement per chunk: row-by-row replay through the ORM takes about 5 ms a row, minutes
    for a 40,000-row import. The trail gets one summary entry per table for each."""

    table: str
    rows: list[dict[str, Any]]
    removed: bool = False  # the rows were deleted (the undo of an import), not written


@dataclass
class OperationContext:
    actor: str
    description: str
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    changes: list[Change | BulkCreate] = field(default_factory=list)
    # Set by `Desk` when the changes became sync operations: (table, record, field) -> operation id.
    sync_ops: dict = field(default_factory=dict)
    exchange: bool = False  # operations received from other laptops are being applied: nothing to capture


def _columns(obj: Base):
    return inspect(obj).mapper.column_attrs


def _snapshot(obj: Base) -> dict[str, Any]:
    return {attr.key: getattr(obj, attr.key) for attr in _columns(obj)}


def _jsonable(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"({len(value)} bytes)"  # file contents stay out of the trail; undo keeps them in memory
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _is_sensitive(obj: Base, key: str) -> bool:
    column = inspect(obj).mapper.columns.get(key)
    return column is not None and bool(column.info.get("sensitive"))


def _masked(obj: Base, values: dict[str, Any]) -> dict[str, Any]:
    return {k: (MASK if _is_sensitive(obj, k) and v not in (None, "", "unknown") else _jsonable(v))
            for k, v in values.items() if k not in _QUIET}


def _record(connection, obj: Base, action: str, before: dict, after: dict) -> None:
    session = object_session(obj)
    ctx: OperationContext | None = session.info.get("operation") if session is not None else None
    if ctx is None:
        raise RuntimeError(_outside_operation())
    ctx.changes.append(Change(obj.__tablename__, obj.id, action, before, after))
    if action == "update":
        shown = {k: [MASK, MASK] if _is_sensitive(obj, k) else [_jsonable(before[k]), _jsonable(after[k])]
                 for k in before if k not in _QUIET}
        if not shown:
            return
    else:
        shown = _masked(obj, after if action == "create" else before)
    now = utcnow()
    connection.execute(insert(AuditEntry), [{
        "id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1,
        "at": now, "actor": ctx.actor, "operation": ctx.id, "description": ctx.description,
        "table_name": obj.__tablename__, "record_id": obj.id, "action": action,
        "changes": json.loads(json.dumps(shown, default=str)),
    }])


@event.listens_for(Session, "before_flush")
def _load_deferred_before_delete(session: Session, _flush_context, _instances) -> None:
    # A deleted row's snapshot is read after its DELETE, when deferred columns (attachment content)
    # can no longer be loaded; load them now so undo can put the row back whole.
    for obj in list(session.deleted):
        state = inspect(obj)
        for key in state.unloaded & {attr.key for attr in state.mapper.column_attrs}:
            getattr(obj, key)


# Mapper events see every row the flush writes, orphans deleted by a cascade included.
@event.listens_for(Base, "after_insert", propagate=True)
def _after_insert(_mapper, connection, obj) -> None:
    if not isinstance(obj, AuditEntry):
        _record(connection, obj, "create", {}, _snapshot(obj))


@event.listens_for(Base, "after_update", propagate=True)
def _after_update(_mapper, connection, obj) -> None:
    state = inspect(obj)
    before, after = {}, {}
    for attr in _columns(obj):
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                before[attr.key], after[attr.key] = old, new
    if before:
        _record(connection, obj, "update", before, after)


@event.listens_for(Base, "after_delete", propagate=True)
def _after_delete(_mapper, connection, obj) -> None:
    _record(connection, obj, "delete", _snapshot(obj), {})



def _coerce(model: type[Base], key: str, value: Any) -> Any:
    """Values kept in memory are already typed; this only guards against JSON round-trips."""
    column = model.__table__.columns[key]
    if value is None or not isinstance(value, str):
        return value
    if isinstance(column.type, Uuid):
        return uuid.UUID(value)
    if isinstance(column.type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


def _model_for(table: str) -> type[Base]:
    for mapper in Base.registry.mappers:
        if mapper.class_.__tablename__ == table:
            return mapper.class_
    raise KeyError(table)


BULK_CHUNK = 500  # ids per DELETE: well under SQLite's limit on bound parameters


def _apply_bulk(session: Session, change: BulkCreate, *, reverse: bool) -> None:
    model = _model_for(change.table)
    ctx: OperationContext | None = session.info.get("operation")
    if ctx is None:
        raise RuntimeError(_outside_operation())
    session.flush()
    if reverse:
        ids = [row["id"] for row in change.rows]
        for i in range(0, len(ids), BULK_CHUNK):
            session.execute(delete(model).where(model.id.in_(ids[i:i + BULK_CHUNK]))
                            .execution_options(synchronize_session=False))
    else:
        for i in range(0, len(change.rows), 5000):
            session.execute(insert(model), change.rows[i:i + 5000])
    ctx.changes.append(BulkCreate(change.table, change.rows, removed=reverse))
    now = utcnow()
    session.execute(insert(AuditEntry), [{
        "id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "at": now, "actor": ctx.actor,
        "operation": ctx.id, "description": ctx.description[:300], "table_name": change.table,
        "record_id": ctx.id, "action": "delete" if reverse else "create", "changes": {"rows": len(change.rows)},
    }])
    # Rows the session may hold for these ids are now stale (deleted) or absent (re-inserted).
    session.expire_all()


def apply_changes(session: Session, changes: list[Change | BulkCreate], *, reverse: bool) -> None:
    """Undo (reverse=True) or redo a recorded list of changes, through the ORM so it is audited too."""
    ordered = list(reversed(changes)) if reverse else list(changes)
    for change in ordered:
        if isinstance(change, BulkCreate):
            _apply_bulk(session, change, reverse=reverse)
            continue
        model = _model_for(change.table)
        action = change.action
        if reverse:
            action = {"create": "delete", "delete": "create", "update": "update"}[action]
        values = change.before if reverse else change.after
        if action == "delete":
            obj = session.get(model, change.record_id)
            if obj is not None:
                session.delete(obj)
        elif action == "create":
            data = {k: _coerce(model, k, v) for k, v in (change.before if reverse else change.after).items()}
            data.pop("version", None)
            session.add(model(**data))
        else:
            obj = session.get(model, change.record_id)
            if obj is None:
                continue
            for key, value in values.items():
                setattr(obj, key, _coerce(model, key, value))
        session.flush()
