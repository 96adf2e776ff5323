"""The merge rules of several laptops' edits, as pure functions (no database, nothing of the project).

An *operation* (`Op`) is one change made on one laptop: it sets one field of one record (``set``),
creates a record (``create``, on the record's row pseudo-field ``ROW``) or deletes it (``delete``,
also on ``ROW``, carrying the record's values as its author last saw them). Each names the
operations it *supersedes*: the versions of that field (for a delete: of every field of the record)
its author had seen. Causality, never clocks, decides what replaces what:

- the *heads* of a field are its operations that no known operation supersedes;
- one head: that is the value; several heads with the same value: that value, no conflict; several
  values: a conflict, whose *provisional* value (shown until someone decides) is the value of the
  head that sorts first by `order_key` (greatest hybrid-logical-clock time, then origin id, then
  sequence number), so it is the same on every laptop;
- a record is deleted when the heads of its row are deletes and nothing its deleters had not seen
  keeps it: a field edited without seeing the delete, or (checked by the caller) a live record that
  refers to it. A create among the row's heads (the same natural-key record added again, or a link
  re-added) wins over a delete that did not see it, without a conflict: an add beats a remove it
  did not see;
- a conflict's identity is derived from the record, the field and the competing operations, so it
  is the same on every laptop;
- a *collection* column (a column flagged ``info={"merge": "map"}`` or ``{"merge": "set"}``: a checklist,
  pins, a picked slate, work-streams) merges per element: each key or element is a field of its own,
  ``column[key]``, whose operations set the key's value (``None``: removed) or mark the element present
  (``True``) or removed (``None``). Two laptops changing different elements both keep their change; in a
  set an add wins over a remove it did not see; in a map two different values of one key are a conflict
  of that key alone.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

ROW = ""  # the pseudo-field of a record's creation and deletion
DELETED_FIELD = "deleted"  # how a delete-versus-edit conflict is named
SET, CREATE, DELETE = "set", "create", "delete"
# Every id the desk derives (reference rows, natural keys, conflicts) is a uuid5 in this namespace.
NAMESPACE = uuid.UUID("5b0c3c1e-7f1e-5d43-9a59-0f6c1d2e8a11")
MISSING = object()


@dataclass(frozen=True, order=True, slots=True)
class OpId:
    origin: str  # the laptop's id, lowercase with hyphens
    seq: int

    def __str__(self) -> str:
        return f"{self.origin}:{self.seq}"


@dataclass(frozen=True, slots=True)
class Op:
    id: OpId
    hlc: int
    field: str
    kind: str
    value: Any = None  # JSON-compatible; a delete's value is the record's fields as its author saw them
    supersedes: frozenset[OpId] = frozenset()
    author: str = ""


MAP, COLLECTION_SET = "map", "set"  # the kinds of collection columns


def element_field(column: str, key: str) -> str:
    """The field name of one key (map) or element (set) of a collection column."""
    return f"{column}[{key}]"


def split_element(name: str) -> tuple[str, str] | None:
    """(column, key) of an element field, None for a plain field."""
    i = name.find("[")
    if i <= 0 or not name.endswith("]"):
        return None
    return name[:i], name[i + 1:-1]


def element_changes(kind: str, before: Any, after: Any) -> list[tuple[str, Any]]:
    """What changed from ``before`` to ``after`` element by element: (key, value), value None when the
    key or element was removed, True when an element was added to a set."""
    if kind == MAP:
        b, a = dict(before or {}), dict(after or {})
        out = [(str(k), v) for k, v in a.items() if k not in b or canonical(b[k]) != canonical(v)]
        return out + [(str(k), None) for k in b if k not in a]
    b, a = list(dict.fromkeys(before or [])), list(dict.fromkeys(after or []))
    return [(str(k), True) for k in a if k not in b] + [(str(k), None) for k in b if k not in a]


def merged_collection(kind: str, base: Any, elements: Mapping[str, Iterable[Op]]) -> Any:
    """A collection's value: ``base`` (the value before any element operation: the column's own value,
    or what the row holds) with each element decided by its heads. Elements of a set are listed in
    the order they were first added (by `order_key`), those without operations first, so every laptop
    lists them alike; a set keeps an element any head adds (an add wins over a remove it did not see)."""
    if kind == MAP:
        out = dict(base or {})
        new = []
        for key, hs in elements.items():
            state = field_state(hs)
            if state is None:
                continue
            if state.value is None:
                out.pop(key, None)
            elif key in out:
                out[key] = state.value
            else:
                new.append((min(order_key(op) for op in state.heads), key, state.value))
        for _, key, value in sorted(new):
            out[key] = value
        return out
    present: dict[str, tuple] = {}
    for key, hs in elements.items():
        live = [order_key(op) for op in hs if op.value is not None]
        if live:
            present[key] = min(live)
    kept = [k for k in dict.fromkeys(base or []) if k not in elements]
    return kept + [k for k, _ in sorted(present.items(), key=lambda kv: (kv[1], kv[0]))]


def order_key(op: Op) -> tuple[int, str, int]:
    return (op.hlc, op.id.origin, op.id.seq)


def canonical(value: Any) -> str:
    """The text two values are compared by: equal values are not a conflict."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def heads(ops: Iterable[Op]) -> list[Op]:
    """The operations of ``ops`` that no operation of ``ops`` supersedes (first by `order_key`, descending)."""
    ops = list(ops)
    dead = set()
    for op in ops:
        dead |= op.supersedes
    return sorted((op for op in ops if op.id not in dead), key=order_key, reverse=True)


@dataclass(frozen=True)
class FieldState:
    value: Any  # the provisional value (the only one when there is no conflict)
    values: tuple[Op, ...]  # one head per distinct value, the provisional one first
    heads: tuple[Op, ...]

    @property
    def conflict(self) -> bool:
        return len(self.values) > 1


def field_state(field_heads: Iterable[Op]) -> FieldState | None:
    """What a field holds given its heads (set operations); None without heads."""
    ordered = sorted(field_heads, key=order_key, reverse=True)
    if not ordered:
        return None
    seen: dict[str, Op] = {}
    for op in ordered:
        seen.setdefault(canonical(op.value), op)
    values = tuple(seen.values())
    return FieldState(values[0].value, values, tuple(ordered))


@dataclass
class RecordState:
    exists: bool
    # True when the row's heads are all deletes but the record stays because of edits (or, as the
    # caller finds, references) its deleters had not seen: a decision is needed.
    delete_conflict: bool
    values: dict[str, Any] = field(default_factory=dict)  # field -> value (fields with no say left out)
    fields: dict[str, FieldState] = field(default_factory=dict)
    deletes: tuple[Op, ...] = ()


def record_state(row_heads: Iterable[Op], field_heads: Mapping[str, Iterable[Op]], *,
                 referenced: bool = False) -> RecordState:
    """A record's state from the heads of its row and of each field.

    ``referenced``: a live record refers to this one (a delete never swallows a link it did not see).
    Fields without heads take the value the newest delete recorded, when there is one.
    """
    row = sorted(row_heads, key=order_key, reverse=True)
    deletes = tuple(op for op in row if op.kind == DELETE)
    creates = [op for op in row if op.kind == CREATE]
    states = {f: s for f, hs in field_heads.items() if (s := field_state(hs)) is not None}
    deleted_by_heads = bool(row) and not creates
    exists = not deleted_by_heads or bool(states) or referenced
    values: dict[str, Any] = {}
    if exists and deletes:  # a create among the heads too: fields it did not set keep what the delete saw
        snapshot = deletes[0].value or {}
        values.update(snapshot)
    for f, s in states.items():
        values[f] = s.value
    return RecordState(exists=exists, delete_conflict=exists and deleted_by_heads, values=values, fields=states,
                       deletes=deletes)


def conflict_id(table: str, record: uuid.UUID | str, field_name: str, ops: Iterable[OpId]) -> uuid.UUID:
    """The same id on every laptop for the same competing operations on the same field."""
    ids = ",".join(str(i) for i in sorted(ops))
    return uuid.uuid5(NAMESPACE, f"conflict|{table}|{str(record).lower()}|{field_name}|{ids}")


def derived_id(kind: str, *key: Any) -> uuid.UUID:
    """A fixed id from a natural key: reference rows (``country``, ISO3) and records with a unique key."""
    parts = [str(k).lower() if isinstance(k, uuid.UUID) else ("" if k is None else str(k)) for k in key]
    return uuid.uuid5(NAMESPACE, f"{kind}|" + "|".join(parts))


def supersedes_closure(ops: Mapping[OpId, Op], start: Iterable[OpId]) -> set[OpId]:
    """Every operation reachable from ``start`` through `Op.supersedes` (for checks and tests)."""
    found: set[OpId] = set()
    todo = list(start)
    while todo:
        current = todo.pop()
        if current in found:
            continue
        found.add(current)
        op = ops.get(current)
        if op is not None:
            todo.extend(op.supersedes)
    return found


@dataclass
class Clock:
    """A hybrid logical clock: 48 bits of milliseconds, 16 of counter. Times only order the provisional
    value and show when; they never decide what supersedes what."""

    last: int = 0

    def tick(self, now_ms: int) -> int:
        self.last = max(self.last + 1, now_ms << 16)
        return self.last

    def observe(self, remote: int) -> None:
        self.last = max(self.last, remote)


def hlc_millis(hlc: int) -> int:
    return hlc >> 16
