"""The decisions waiting: fields with several values, records deleted on one laptop and edited on another.

Conflicts are not stored: they are read from the field heads (`sync_head`), so they are the same on
every laptop holding the same operations, and any later edit of the field (a decision, or a plain
edit made after seeing both values) settles them. A conflict's id is derived from the record, the
field and the competing operations (`sync_merge.conflict_id`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select

from opn_desk.db.models import (
    AuditEntry,
    Base,
    Country,
    Organisation,
    sync_head,
    sync_op,
    sync_replica,
    utcnow,
)
from opn_desk.domain.sync_merge import (
    DELETED_FIELD,
    MAP,
    ROW,
    Op,
    conflict_id,
    element_field,
    field_state,
    hlc_millis,
    order_key,
    split_element,
)
from opn_desk.i18n import translate
from opn_desk.services.errors import DeskError, NotAllowed
from opn_desk.services.sync import identity
from opn_desk.services.sync.apply import load_ops
from opn_desk.services.sync.oplog import (
    as_collection,
    collections,
    decode,
    dumps,
    encode,
    from_collection,
    synced_columns,
)

# Organisations: fields named as the export's columns.
SHOWN_AS = {"organisation": {"country_id": "country_iso3", "parent_id": "parent_organisation",
                             "merged_into_id": "merged_into"}}
KEPT, DELETED = "kept", "deleted"
REMOVED = "(removed)"  # a key of a checklist or of pins taken out, as a conflict shows it


def _t(text: str) -> str:
    """A decision's sentence in the officer's language (the window's and the command line's)."""
    return translate("Exchange", text)


@dataclass(frozen=True)
class ConflictValue:
    value: str  # as the export shows it
    raw: Any  # JSON value of the operation (None for kept/deleted)
    laptop: str
    author: str
    time: str  # ISO 8601, UTC
    op: Op | None = None


@dataclass(frozen=True)
class Conflict:
    id: uuid.UUID
    table: str
    record: uuid.UUID
    column: str  # the table's column, or "deleted"
    field: str  # as shown (organisations: the export's column name)
    values: tuple[ConflictValue, ...]

    def as_json(self) -> dict:
        return {"id": str(self.id), "record": {"kind": self.table, "id": str(self.record)}, "field": self.field,
                "values": [{"value": v.value, "laptop": v.laptop, "author": v.author, "time": v.time}
                           for v in self.values]}


def value_text(conflict: Conflict, value: ConflictValue) -> str:
    """A competing value as a person reads it, in the officer's language: the export's form (``value``,
    what `sync conflicts --json` gives scripts) with its fixed words translated ("kept", "deleted",
    "yes", "no", "(removed)")."""
    if conflict.column == DELETED_FIELD and value.raw is None and value.value in (KEPT, DELETED):
        return _t("kept") if value.value == KEPT else _t("deleted")
    return word_text(value.value, value.raw)


def word_text(shown: str, raw: Any) -> str:
    """A value's fixed word in the officer's language ("yes", "no", "(removed)"); any other value as shown."""
    if isinstance(raw, bool) and shown in ("yes", "no"):
        return _t("yes") if raw else _t("no")
    if raw is None and shown == REMOVED:
        return _t("(removed)")
    return shown


def _time(hlc: int) -> str:
    return datetime.fromtimestamp(hlc_millis(hlc) / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _element(table: str, column: str) -> tuple[str, str, str] | None:
    """(column, key, kind) when ``column`` names one key or element of a collection column."""
    part = split_element(column)
    if part is None or part[0] not in collections(table):
        return None
    return part[0], part[1], collections(table)[part[0]][0]


def _shown_field(table: str, column: str) -> str:
    part = split_element(column)
    if part is not None:
        return element_field(SHOWN_AS.get(table, {}).get(part[0], part[0]), part[1])
    return SHOWN_AS.get(table, {}).get(column, column)


def _show(session, table: str, column: str, raw: Any) -> str:
    if raw is None:
        return REMOVED if _element(table, column) else ""
    if table == "organisation" and column == "country_id":
        return session.scalar(select(Country.iso3).where(Country.id == uuid.UUID(str(raw)))) or str(raw)
    if table == "organisation" and column in ("parent_id", "merged_into_id"):
        return session.scalar(select(Organisation.name).where(Organisation.id == uuid.UUID(str(raw)))) or str(raw)
    if isinstance(raw, bool):
        return "yes" if raw else "no"
    if isinstance(raw, (dict, list)):
        return dumps(raw)
    return str(raw)


def _names(session) -> dict[str, str]:
    return {str(i): n for i, n in session.execute(select(sync_replica.c.id, sync_replica.c.name))}


def open_conflicts(session) -> list[Conflict]:
    """Every open conflict, in a fixed order (table, record, field); values with the provisional first."""
    names = _names(session)
    found: list[Conflict] = []
    multi = session.execute(select(sync_head.c.tbl, sync_head.c.rec, sync_head.c.field)
                            .where(sync_head.c.field != ROW)
                            .group_by(sync_head.c.tbl, sync_head.c.rec, sync_head.c.field)
                            .having(func.count() > 1)).all()
    for tbl, rec, column in multi:
        element = _element(tbl, column)
        if element is not None and element[2] != MAP:
            continue  # an element of a set: an add wins over a remove it did not see, never a conflict
        opids = session.execute(select(sync_head.c.opid).where(
            sync_head.c.tbl == tbl, sync_head.c.rec == rec, sync_head.c.field == column)).scalars().all()
        state = field_state(load_ops(session, opids).values())
        if state is None or not state.conflict:
            continue
        values = tuple(ConflictValue(_show(session, tbl, column, op.value), op.value, names.get(op.id.origin, ""),
                                     op.author, _time(op.hlc), op) for op in state.values)
        found.append(Conflict(conflict_id(tbl, rec, column, [op.id for op in state.heads]), tbl, rec, column,
                              _shown_field(tbl, column), values))
    found += _delete_conflicts(session, names)
    return sorted(found, key=lambda c: (c.table, str(c.record), c.field))


def _delete_conflicts(session, names) -> list[Conflict]:
    """Records whose row heads are all deletes but which are still here (an edit or a link they missed)."""
    deleting = session.execute(select(sync_head.c.tbl, sync_head.c.rec).where(
        sync_head.c.field == ROW).group_by(sync_head.c.tbl, sync_head.c.rec)
        .having(func.count().filter(~sync_head.c.deleting) == 0)).all()
    by_table: dict[str, list[uuid.UUID]] = {}
    for tbl, rec in deleting:
        by_table.setdefault(tbl, []).append(rec)
    out = []
    for tbl, recs in by_table.items():
        t = Base.metadata.tables.get(tbl)
        if t is None:
            continue
        present = set()
        for i in range(0, len(recs), 400):
            present.update(session.execute(select(t.c.id).where(t.c.id.in_(recs[i:i + 400]))).scalars())
        for rec in sorted(present, key=str):
            heads = session.execute(select(sync_head.c.opid, sync_head.c.field).where(
                sync_head.c.tbl == tbl, sync_head.c.rec == rec)).all()
            ops = load_ops(session, [h.opid for h in heads])
            deletes = sorted((ops[h.opid] for h in heads if h.field == ROW), key=order_key, reverse=True)
            edits = sorted((ops[h.opid] for h in heads if h.field != ROW), key=order_key, reverse=True)
            kept_by = edits[0] if edits else None
            kept = ConflictValue(KEPT, None, names.get(kept_by.id.origin, "") if kept_by else "",
                                 kept_by.author if kept_by else "", _time(kept_by.hlc) if kept_by else "", kept_by)
            gone = ConflictValue(DELETED, None, names.get(deletes[0].id.origin, ""), deletes[0].author,
                                 _time(deletes[0].hlc), deletes[0])
            out.append(Conflict(conflict_id(tbl, rec, DELETED_FIELD, [op.id for op in deletes]), tbl, rec,
                                DELETED_FIELD, DELETED_FIELD, (kept, gone)))
    return out


def count_open(session) -> int:
    return len(open_conflicts(session))


def find(session, text: str) -> Conflict:
    wanted = text.strip().lower()
    for c in open_conflicts(session):
        if str(c.id) == wanted or c.id.hex == wanted:
            return c
    raise DeskError(_t("There is no open conflict {conflict}; 'opn-desk sync conflicts' lists them.").format(
        conflict=repr(text.strip())))


def _parse(session, table: str, column: str, text: str) -> Any:
    col = synced_columns(table)[column]
    if table == "organisation" and column == "country_id":
        if not text.strip():
            return None
        found = session.scalar(select(Country.id).where(Country.iso3 == text.strip().upper()))
        if found is None:
            raise DeskError(_t("There is no country with the code {code}.").format(code=repr(text.strip())))
        return found
    python = None
    try:
        python = col.type.python_type
    except NotImplementedError:
        pass
    try:
        if python is bool:
            return text.strip().lower() in ("yes", "true", "1", "y", _t("yes").lower())
        if python in (int, float):
            return python(text.strip()) if text.strip() else None
        if python is uuid.UUID:
            return uuid.UUID(text.strip()) if text.strip() else None
        if python in (dict, list):
            import json

            return json.loads(text)
        return decode(col, text) if text or not col.nullable else None
    except ValueError:
        raise DeskError(_t("{value} is not a value the field {field} can hold.").format(
            value=repr(text), field=column)) from None


def resolve(session, conflict_text: str, *, keep: int | None = None, value: str | None = None) -> str:
    """Decide one conflict (inside `Desk.write`); the decision is an operation that travels."""
    from opn_desk.services.audit import Change
    from opn_desk.services.sync import capture

    conflict = find(session, conflict_text)
    ctx = session.info["operation"]
    t = Base.metadata.tables[conflict.table]
    if keep is not None and not 1 <= keep <= len(conflict.values):
        raise DeskError(_t("--keep must be between 1 and {count} for this conflict.").format(
            count=len(conflict.values)))
    row = session.execute(select(t).where(t.c.id == conflict.record)).first()
    if conflict.column == DELETED_FIELD:
        if value is not None:
            raise DeskError(_t("A deleted-or-kept conflict is decided with --keep 1 (keep) or --keep 2 (delete)."))
        chosen = conflict.values[keep - 1].value
        if chosen == DELETED:
            from opn_desk.services.audit import _model_for

            obj = session.get(_model_for(conflict.table), conflict.record)
            if obj is not None:
                session.delete(obj)
                try:
                    session.flush()
                except Exception as exc:  # noqa: BLE001 - the database's reason is not for the user
                    if type(exc).__name__ != "IntegrityError":
                        raise
                    raise NotAllowed(_t("It cannot be deleted while other records refer to it; remove those "
                                        "first, or keep it.")) from None
            return _t("Deleted the record as decided.")
        values = {c: row._mapping[c] for c in synced_columns(conflict.table)} if row is not None else {}
        _audit(session, ctx, conflict, "kept (not deleted)")
        capture.restore(session, ctx, conflict.table, conflict.record, values)
        return _t("Kept the record.")
    if (element := _element(conflict.table, conflict.column)) is not None:
        return _resolve_key(session, ctx, conflict, row, element, keep, value)
    column = t.c[conflict.column]
    if value is not None:
        new = _parse(session, conflict.table, conflict.column, value)
    else:
        new = decode(column, conflict.values[keep - 1].raw)
    old = row._mapping[conflict.column] if row is not None else None
    if row is not None and old != new:
        from sqlalchemy import update

        session.execute(update(t).where(t.c.id == conflict.record).values(
            {conflict.column: new, "version": t.c.version + 1, "updated_at": utcnow()}))
        if conflict.table in ("organisation", "organisation_name"):
            from opn_desk.services.sync import derived

            org = conflict.record if conflict.table == "organisation" else row._mapping["organisation_id"]
            derived.refresh_organisations(session, [org])
    # A change whatever the row holds: the decision supersedes every competing value on every laptop.
    ctx.changes.append(Change(conflict.table, conflict.record, "update", {conflict.column: old},
                              {conflict.column: new}))
    _audit(session, ctx, conflict, _show(session, conflict.table, conflict.column, encode(new)))
    shown = _show(session, conflict.table, conflict.column, encode(new))
    return _t("Decided {field}: {value}.").format(field=conflict.field, value=repr(word_text(shown, encode(new))))


def _parse_key(text: str) -> Any:
    """A checklist item's or a pin's value typed by a person: yes/no, empty (removed), or JSON."""
    import json

    word = text.strip().lower()
    if word in ("", REMOVED, _t("(removed)").lower()):
        return None
    if word in ("yes", "true", "y", "1", "in", _t("yes").lower()):
        return True
    if word in ("no", "false", "n", "0", "out", _t("no").lower()):
        return False
    try:
        return json.loads(text)
    except ValueError:
        return text.strip()


def _resolve_key(session, ctx, conflict: Conflict, row, element, keep: int | None, value: str | None) -> str:
    """Decide one key of a map column (a checklist item, a pin): the row's column takes the value, and the
    decision, an operation on that key alone, supersedes every competing value."""
    from sqlalchemy import update

    from opn_desk.services.audit import Change

    column, key, kind = element
    new = _parse_key(value) if value is not None else conflict.values[keep - 1].raw
    t = Base.metadata.tables[conflict.table]
    sep = collections(conflict.table)[column][1]
    if row is not None:
        stored = row._mapping[column]
        current = as_collection(kind, sep, stored)
        if new is None:
            current.pop(key, None)
        else:
            current[key] = new
        after = from_collection(kind, sep, current)
        if after != stored:
            session.execute(update(t).where(t.c.id == conflict.record).values(
                {column: after, "version": t.c.version + 1, "updated_at": utcnow()}))
        # The whole column, as undo and redo replay it; the key's operation is written whatever the row
        # holds (`capture`, ``ctx.decided``): the decision supersedes every competing value everywhere.
        ctx.changes.append(Change(conflict.table, conflict.record, "update", {column: stored}, {column: after}))
    ctx.decided = [*getattr(ctx, "decided", ()), (conflict.table, conflict.record, conflict.column, new)]
    shown = _show(session, conflict.table, conflict.column, new)
    _audit(session, ctx, conflict, shown)
    return _t("Decided {field}: {value}.").format(field=conflict.field, value=repr(word_text(shown, new)))


def _audit(session, ctx, conflict: Conflict, decided: str) -> None:
    column = Base.metadata.tables[conflict.table].c.get(conflict.column)
    sensitive = column is not None and column.info.get("sensitive")
    now = utcnow()
    session.execute(insert(AuditEntry), [{
        "id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "at": now, "actor": ctx.actor,
        "operation": ctx.id, "description": ctx.description[:300], "table_name": conflict.table,
        "record_id": conflict.record, "action": "update",
        "changes": {"decided": conflict.field, "value": "(sensitive, not recorded)" if sensitive else decided,
                    "conflict": str(conflict.id)},
    }])


def refuse_if_merged_since(session, ops: dict) -> None:
    """Undo and redo act on this laptop's own operations only: refused, with the reason, when an edit
    merged from another laptop has touched one of the same fields since."""
    from opn_desk.services.sync.capture import undo_blocker

    blocker = undo_blocker(session, ops)
    if blocker is None:
        return
    tbl, _rec, column, other = blocker
    laptop = author = None
    if other is not None:
        row = session.execute(select(sync_op.c.author, sync_op.c.opid).where(sync_op.c.opid == other)).first()
        if row is not None:
            no, _ = identity.split(row.opid)
            laptop = session.scalar(select(sync_replica.c.name).where(sync_replica.c.no == no))
            author = row.author or None
    what = _t("the record") if column == ROW else _t("the field {field}").format(field=_shown_field(tbl, column))
    if laptop and author:
        said = _t("This cannot be undone: {what} was changed since on {laptop} by {author}, in an exchange with "
                  "another laptop; edit it instead.")
    elif laptop:
        said = _t("This cannot be undone: {what} was changed since on {laptop}, in an exchange with another "
                  "laptop; edit it instead.")
    else:
        said = _t("This cannot be undone: {what} was changed since, in an exchange with another laptop; edit it "
                  "instead.")
    raise NotAllowed(said.format(what=what, laptop=laptop, author=author))
