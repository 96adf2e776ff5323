"""The operation log's storage: values as they travel, field heads, bulk writes (docs/SYNC.md)."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Date, DateTime, LargeBinary, Table, Uuid, delete, select

from opn_desk.db.models import Base, sync_head, sync_op

LOCAL = {"id", "created_at", "updated_at", "version"}
AUDIT = "audit"
# Undoing a decision: supersedes the decision and brings back the values it had decided between (the
# operation's value lists them), so the conflict opens again with the same id (docs/SYNC.md, "Undo").
REOPEN = "reopen"
CHUNK = 400

Heads = dict[str, set[int]]  # field -> operation ids
_SYNCED: dict[str, dict[str, Column]] = {}


def table(name: str) -> Table | None:
    return Base.metadata.tables.get(name)


def synced_columns(name: str) -> dict[str, Column]:
    """The columns of a table that travel (everything but ids, stamps, versions and derived values)."""
    if name not in _SYNCED:
        t = table(name)
        _SYNCED[name] = {} if t is None else {
            c.name: c for c in t.columns if c.name not in LOCAL and not c.info.get("derived")}
    return _SYNCED[name]


_COLLECTIONS: dict[str, dict[str, tuple[str, str | None]]] = {}


def collections(name: str) -> dict[str, tuple[str, str | None]]:
    """The collection columns of a table that travel (``info={"merge": "map" | "set"}``, a set stored as
    text with ``"separator"``): column -> (kind, separator)."""
    if name not in _COLLECTIONS:
        _COLLECTIONS[name] = {c: (col.info["merge"], col.info.get("separator"))
                              for c, col in synced_columns(name).items() if col.info.get("merge") in ("map", "set")}
    return _COLLECTIONS[name]


def as_collection(kind: str, separator: str | None, value: Any) -> Any:
    """A collection column's stored value as a dict (map) or a list (set)."""
    if kind == "map":
        return dict(value or {})
    if separator is not None:
        sep = separator.strip() or separator
        return [x.strip() for x in (value or "").split(sep) if x.strip()]
    # Elements are named by their text (``other_sdgs[3]``); `settle` gives numbers back their type.
    return [x if isinstance(x, str) else canonical_text(x) for x in value or []]


def canonical_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True, separators=(",", ":"))


def settle(column: Column, elements: list) -> list:
    """A merged set's elements as the column holds them: numbers again for ``info={"items": "int"}``, and
    in ascending order for ``info={"order": "sorted"}`` (SDGs, reminder days: an order the user reads),
    else in the order the merge lists them (first added first)."""
    if column.info.get("items") == "int":
        elements = [int(x) for x in elements]
    if column.info.get("order") == "sorted":
        elements = sorted(elements)
    return elements


def from_collection(kind: str, separator: str | None, value: Any) -> Any:
    """The stored value of a collection column from its dict or list."""
    if kind == "set" and separator is not None:
        return separator.join(value)
    return value


def encode(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        # The hash names the contents: a bundle carries each file once (bundle.py), by this key.
        data = bytes(value)
        return {"$bytes": base64.b64encode(data).decode("ascii"), "$sha256": hashlib.sha256(data).hexdigest()}
    return value


def decode(column: Column, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid) and isinstance(value, str):
        return uuid.UUID(value)
    if isinstance(kind, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(kind, LargeBinary) and isinstance(value, dict):
        return base64.b64decode(value["$bytes"])
    return value


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def load_heads(session, records, deleting: set[int] | None = None) -> dict[tuple[str, uuid.UUID], Heads]:
    """The current heads of every field of these (table, record) pairs (``deleting``, when given,
    receives the heads that are deletes)."""
    found: dict[tuple[str, uuid.UUID], Heads] = defaultdict(lambda: defaultdict(set))
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for tbl, rec in records:
        by_table[tbl].append(rec)
    for tbl, recs in by_table.items():
        for i in range(0, len(recs), CHUNK):
            for rec, fld, op, gone in session.execute(
                    select(sync_head.c.rec, sync_head.c.field, sync_head.c.opid, sync_head.c.deleting)
                    .where(sync_head.c.tbl == tbl, sync_head.c.rec.in_(recs[i:i + CHUNK]))):
                found[(tbl, rec)][fld].add(op)
                if gone and deleting is not None:
                    deleting.add(op)
    return found


def write_heads(session, heads: dict[tuple[str, uuid.UUID], Heads], deleting: set[int]) -> None:
    """Replace the stored heads of these records by ``heads``."""
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for tbl, rec in heads:
        by_table[tbl].append(rec)
    for tbl, recs in by_table.items():
        for i in range(0, len(recs), CHUNK):
            session.execute(delete(sync_head).where(sync_head.c.tbl == tbl, sync_head.c.rec.in_(recs[i:i + CHUNK])))
    insert_heads(session, [(t, r, f, op, op in deleting)
                           for (t, r), fields in heads.items() for f, ops in fields.items() for op in ops])


def insert_ignoring(session, target: Table, rows: list[dict]) -> None:
    """INSERT … ON CONFLICT DO NOTHING in the database's own dialect (SQLite or the team server's PostgreSQL):
    a row already there is kept as it is."""
    if not rows:
        return
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    for i in range(0, len(rows), CHUNK):
        session.execute(dialect.insert(target).on_conflict_do_nothing(), rows[i:i + CHUNK])


OP_COLUMNS = ("opid", "hlc", "author", "operation", "tbl", "rec", "field", "kind", "value", "supersedes")


def insert_ops(session, rows: list[dict]) -> None:
    """Driver-level executemany: tens of thousands of operations without per-row SQLAlchemy work."""
    if not rows:
        return
    if session.get_bind().dialect.name != "sqlite":  # the team server (docs/SERVER.md): its own dialect
        insert_ignoring(session, sync_op, [{c: r[c] for c in OP_COLUMNS} for r in rows])
        return
    sql = f"INSERT OR IGNORE INTO sync_op ({', '.join(OP_COLUMNS)}) VALUES ({', '.join('?' * len(OP_COLUMNS))})"
    session.connection().exec_driver_sql(sql, [
        (r["opid"], r["hlc"], r["author"], r["operation"].hex, r["tbl"], r["rec"].hex, r["field"], r["kind"],
         r["value"], r["supersedes"]) for r in rows])


def insert_heads(session, rows: list[tuple]) -> None:
    """(tbl, rec, field, opid, deleting) rows."""
    if rows and session.get_bind().dialect.name != "sqlite":  # the team server: its own dialect
        insert_ignoring(session, sync_head, [{"tbl": t, "rec": r, "field": f, "opid": o, "deleting": bool(d)}
                                             for t, r, f, o, d in rows])
    elif rows:
        session.connection().exec_driver_sql(
            "INSERT OR IGNORE INTO sync_head (tbl, rec, field, opid, deleting) VALUES (?, ?, ?, ?, ?)",
            [(t, r.hex, f, o, int(d)) for t, r, f, o, d in rows])


