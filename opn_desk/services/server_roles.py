"""Roles and rights on the team server (docs/SERVER.md, "Roles and rights").

The database's own roles, set up by ``opn-desk server roles`` (`set_up_roles`) as the server's
administrator:

- ``opn_desk_officer``: reads and writes the desk's tables; which programmes' records an officer may
  change is role membership too: ``opn_desk_every_programme``, or one ``opn_desk_programme_<code>``
  role per programme (``opn-desk server grant LOGIN --role officer --programme SPP``, `grant`);
- ``opn_desk_reader``: the Secretariat, SELECT only, and no privilege at all on the sensitive personal
  data columns (column-level GRANTs: PostgreSQL never sends them to a reader).

The rights are PostgreSQL role configuration (memberships), so no table holds them: nothing for the
migrations, the laptops' merge or the copies up and down to carry, and only the server's administrator
can change them (a session setting would be the officer's own to change).

Enforced twice: the Desk's write path (`guard`, before each flush; an import's bulk rows before their
INSERT runs, `_refuse_bulk_rows_outside`, and `check_write` once written; a laptop's exchange before it is
merged, `refuse_exchange_outside`; `refuse_reader`, and `reads_only`, which opens the window read-only)
refuses, in one sentence, an operation that touches another programme's records (or any write by a
reader) before it reaches the server; row-level security
policies on the tables with a programme (``programme_id``) refuse it in the database as well, for
anything that reaches the server another way. A reader connected to the server does not receive the
sensitive columns: the sessions on its engine leave them out of every query (`Rights.sees_sensitive`,
detected once per opened database with ``has_column_privilege``), and they read as not known.
"""

from __future__ import annotations

import uuid
import weakref
from dataclasses import dataclass

from sqlalchemy import Engine, event, literal, select, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import ORMExecuteState, Session, defer
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql import visitors
from sqlalchemy.sql.elements import ColumnClause

from opn_desk.db.models import Base, Person
from opn_desk.i18n import singular, translate
from opn_desk.services.errors import DeskError, NotAllowed

OFFICER = "opn_desk_officer"
READER = "opn_desk_reader"
EVERY_PROGRAMME = "opn_desk_every_programme"
PROGRAMME_PREFIX = "opn_desk_programme_"
GROUPS = {"officer": OFFICER, "reader": READER}

# The person's sensitive personal data (models: info={"sensitive": True}) and what a role that may not
# see them reads instead: not known.
SENSITIVE_COLUMNS: dict[str, object] = {
    c.key: ("unknown" if c.key == "gender" else None)
    for c in Person.__table__.columns if c.info.get("sensitive")}


def _t(text_: str) -> str:
    return translate("Desk", text_)


class RightsRefused(DeskError):
    """The server's roles cannot be set up or granted as asked; one sentence for the user."""


# --- what the connected role may do -------------------------------------------------------------------

@dataclass(frozen=True)
class Rights:
    role: str  # the database role connected (session_user): the audit trail's actor
    kind: str  # owner (or superuser) / officer / reader / other
    programmes: frozenset[str] | None  # the codes an officer may edit; None: every programme
    sees_sensitive: bool


UNRESTRICTED = Rights(role="", kind="owner", programmes=None, sees_sensitive=True)
_RIGHTS: weakref.WeakKeyDictionary[Engine, Rights] = weakref.WeakKeyDictionary()


def _detect(engine: Engine) -> Rights:
    with engine.connect() as connection:
        row = connection.execute(text(
            "SELECT session_user, "
            "  coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false) "
            "  OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = to_regclass('organisation')), "
            "                 'MEMBER'), "
            "  EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :officer), "
            "  EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = :officer AND pg_has_role(session_user, r.oid, 'MEMBER')), "
            "  EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = :reader AND pg_has_role(session_user, r.oid, 'MEMBER')), "
            "  EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = :every AND pg_has_role(session_user, r.oid, 'MEMBER')), "
            "  coalesce(has_column_privilege(to_regclass('person'), 'gender', 'SELECT'), true)"),
            {"officer": OFFICER, "reader": READER, "every": EVERY_PROGRAMME}).one()
        role, owner, roles_set_up, officer, reader, every, sees = row
        owner = bool(owner)
        programmes = None
        if not owner and roles_set_up and officer and not every:
            granted = {name[len(PROGRAMME_PREFIX):] for (name,) in connection.execute(text(
                "SELECT r.rolname FROM pg_roles r WHERE starts_with(r.rolname, :prefix) "
                "AND pg_has_role(session_user, r.oid, 'MEMBER')"), {"prefix": PROGRAMME_PREFIX})}
            codes = connection.execute(text("SELECT code FROM programme ORDER BY code")).scalars()
            programmes = frozenset(code for code in codes if _role_suffix(code) in granted)
    kind = "owner" if owner else "officer" if officer else "reader" if reader else "other"
    return Rights(role=role, kind=kind, programmes=programmes, sees_sensitive=bool(sees))


def rights_of(store) -> Rights:
    """What the role connected to ``store`` may do (detected once per engine); a file: everything."""
    if not store.on_server:
        return UNRESTRICTED
    found = _RIGHTS.get(store.engine)
    if found is None:
        found = _RIGHTS[store.engine] = _detect(store.engine)
    return found


def server_actor(store) -> str | None:
    """The database role connected to the server (who the audit trail names when no officer's name is saved)."""
    return rights_of(store).role or None if store.on_server else None


# --- the write path -----------------------------------------------------------------------------------

def _scoped_tables() -> dict[str, list[tuple[str, str]]]:
    """Per table: (its column, the table it refers to) leading, in at most three steps, to a table with a
    programme; a table with ``programme_id`` itself maps to [] (its own column says)."""
    tables = Base.metadata.tables
    direct = {name for name, table in tables.items() if "programme_id" in table.c}
    reach = {name: 0 for name in direct}
    for depth in (1, 2, 3):
        for name, table in tables.items():
            if name in reach:
                continue
            if any(fk.column.table.name in reach and reach[fk.column.table.name] < depth
                   for fk in table.foreign_keys):
                reach[name] = depth
    found = {}
    for name in reach:
        table = tables[name]
        found[name] = [] if name in direct else [
            (fk.parent.name, fk.column.table.name) for fk in table.foreign_keys
            if fk.column.table.name in reach and reach[fk.column.table.name] < reach[name]]
    return found


_SCOPED: dict[str, list[tuple[str, str]]] | None = None


def _programme_ids(session: Session, table_name: str, values: dict, record_id, depth: int = 0) -> set:
    global _SCOPED
    if _SCOPED is None:
        _SCOPED = _scoped_tables()
    if table_name == "programme":
        return {record_id}
    links = _SCOPED.get(table_name)
    if links is None or depth > 3:
        return set()
    table = Base.metadata.tables[table_name]
    wanted = ["programme_id"] if not links else [column for column, _ in links]
    missing = [c for c in wanted if c not in values]
    if missing and record_id is not None:
        row = session.execute(select(*(table.c[c] for c in missing)).where(table.c.id == record_id)).first()
        if row is not None:
            values = {**values, **dict(zip(missing, row, strict=True))}
    if not links:
        return {values.get("programme_id")} - {None}
    found = set()
    for column, parent in links:
        if values.get(column) is not None:
            found |= _programme_ids(session, parent, {}, values[column], depth + 1)
    return found


def _names(codes) -> str:
    codes = sorted(codes)
    return codes[0] if len(codes) == 1 else ", ".join(codes[:-1]) + _t(" and ") + codes[-1]


def refusal(rights: Rights) -> str:
    """The sentence a write outside the role's rights gets."""
    if rights.kind == "reader":
        return _t("Your role on the server only reads the desk, so nothing was saved; ask the desk's "
                  "administrator if you should edit it.")
    if not rights.programmes:
        return _t("You may edit no programme's records; ask the desk's administrator for more.")
    return _t("You may edit {programmes}'s records only; ask the desk's administrator for more.").format(
        programmes=_names(rights.programmes))


def reads_only(store) -> bool:
    """Whether the role connected to ``store`` (a server's) only reads the desk: the window then opens it
    read-only, its editing actions off."""
    return bool(store.on_server) and rights_of(store).kind == "reader"


def refuse_reader(store) -> None:
    """Before a write: a reader's is refused at once, in one sentence."""
    if store.on_server and rights_of(store).kind == "reader":
        raise NotAllowed(refusal(rights_of(store)))


def guard(session: Session, store) -> None:
    """Watch the write ``session`` on ``store``: every flush is refused (NotAllowed, one sentence) when it
    would change a record of a programme the connected officer may not edit, before it reaches the
    server (whose row-level security would refuse it less clearly)."""
    if store.on_server and rights_of(store).programmes is not None:
        session.info["opn_desk_rights"] = rights_of(store)


def _refuse_outside(session: Session, rights: Rights, ids: set) -> None:
    if not ids:
        return
    from opn_desk.db.models import Programme

    codes = set(session.scalars(select(Programme.code).where(Programme.id.in_(ids))))
    if codes - rights.programmes:
        raise NotAllowed(refusal(rights))


@event.listens_for(Session, "before_flush")
def _refuse_other_programmes(session: Session, _context, _instances) -> None:
    rights = session.info.get("opn_desk_rights")
    if rights is None:
        return
    global _SCOPED
    if _SCOPED is None:
        _SCOPED = _scoped_tables()
    ids = set()
    with session.no_autoflush:
        for obj in (*session.new, *session.dirty, *session.deleted):
            table = getattr(obj, "__tablename__", None)
            if table == "programme":
                ids.add(obj.id)
            links = _SCOPED.get(table)
            if links is None:
                continue
            state = sa_inspect(obj)
            for column, parent in links or [("programme_id", None)]:
                key = state.mapper.get_property_by_column(obj.__table__.c[column]).key
                history = state.attrs[key].history
                for value in {*history.added, *history.unchanged, *history.deleted} - {None}:
                    ids |= {value} if parent is None else _programme_ids(session, parent, {}, value, 1)
        _refuse_outside(session, rights, ids)


def check_write(session: Session, store, changes) -> None:
    """Refuse (NotAllowed, one sentence) rows written in bulk (an import) that belong to a programme the
    connected officer may not edit; run in the write's transaction, before it commits. (Rows written
    through the ORM are checked before each flush, `guard`.)"""
    rights = session.info.get("opn_desk_rights")
    if rights is None:
        return
    ids = set()
    for change in changes:
        for row in getattr(change, "rows", None) or ():
            ids |= _programme_ids(session, change.table, dict(row), row.get("id"))
    _refuse_outside(session, rights, ids)


# --- rows written in bulk (an import) and records merged from laptops (the exchange) -----------------

def _scoped() -> dict[str, list[tuple[str, str]]]:
    global _SCOPED
    if _SCOPED is None:
        _SCOPED = _scoped_tables()
    return _SCOPED


def _chunked(items: list, size: int = 5000):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _as_id(value):
    if value is None or isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _programmes_of_rows(session: Session, table_name: str, rows: list[dict], depth: int = 0) -> list[set]:
    """Per row of ``table_name`` (its values; the missing ones read by ``id``): the programmes it belongs
    to, as `_programme_ids` says for one record, a statement per table and chunk instead of per row."""
    if table_name == "programme":
        return [{_as_id(r.get("id"))} - {None} for r in rows]
    links = _scoped().get(table_name)
    if links is None or depth > 3 or not rows:
        return [set() for _ in rows]
    table = Base.metadata.tables[table_name]
    wanted = ["programme_id"] if not links else [column for column, _ in links]
    rows = [{c: _as_id(r[c]) for c in wanted if c in r} | {"id": _as_id(r.get("id"))} for r in rows]
    incomplete = [r["id"] for r in rows if r["id"] is not None and any(c not in r for c in wanted)]
    stored: dict = {}
    for chunk in _chunked(sorted(set(incomplete), key=str)):
        for found in session.execute(select(table.c.id, *(table.c[c] for c in wanted)).where(table.c.id.in_(chunk))):
            stored[found.id] = found._mapping
    rows = [{c: stored[r["id"]][c] for c in wanted if c not in r} | r if r["id"] in stored else r for r in rows]
    if not links:
        return [{r.get("programme_id")} - {None} for r in rows]
    found = [set() for _ in rows]
    for column, parent in links:
        parents = sorted({r[column] for r in rows if r.get(column) is not None}, key=str)
        of_parent = dict(zip(parents, _programmes_of_rows(session, parent, [{"id": p} for p in parents], depth + 1),
                             strict=True))
        for ids, r in zip(found, rows, strict=True):
            if r.get(column) is not None:
                ids |= of_parent[r[column]]
    return found


def _outside(session: Session, rights: Rights, per_record: list[set]) -> dict[str, int]:
    """Programme code -> how many of the records belong to it, for the programmes ``rights`` may not edit."""
    from opn_desk.db.models import Programme

    ids = set().union(*per_record) if per_record else set()
    if not ids:
        return {}
    codes = dict(session.execute(select(Programme.id, Programme.code).where(Programme.id.in_(ids))).all())
    counted: dict[str, int] = {}
    for record in per_record:
        for code in {codes[i] for i in record if i in codes} - set(rights.programmes):
            counted[code] = counted.get(code, 0) + 1
    return counted


def _yours(rights: Rights) -> str:
    if not rights.programmes:
        return _t("you may edit no programme's records")
    return _t("you may edit {programmes}'s records only").format(programmes=_names(rights.programmes))


def import_refusal(rights: Rights, outside: dict[str, int], total: int) -> str:
    """The sentence for rows written in bulk (an import) of which some belong to other programmes."""
    count = sum(outside.values())
    text_ = (_t("Nothing was written: {count} of the {total} rows to import belongs to {programmes}, and {yours}; "
                "leave it out of the file, or ask the desk's administrator.") if singular(count) else
             _t("Nothing was written: {count} of the {total} rows to import belong to {programmes}, and {yours}; "
                "leave them out of the file, or ask the desk's administrator."))
    return text_.format(count=count, total=total, programmes=_names(outside), yours=_yours(rights))


def exchange_refusal(rights: Rights, outside: dict[str, int]) -> str:
    """The sentence for an exchange (bundles from laptops) that would change other programmes' records."""
    count = sum(outside.values())
    text_ = (_t("Nothing was imported: these changes would touch {count} record of {programmes}, and {yours}; an "
                "officer who may edit {programmes}, or the desk's administrator, can import them.")
             if singular(count) else
             _t("Nothing was imported: these changes would touch {count} records of {programmes}, and {yours}; an "
                "officer who may edit {programmes}, or the desk's administrator, can import them."))
    return text_.format(count=count, programmes=_names(outside), yours=_yours(rights))


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_rows_outside(state: ORMExecuteState) -> None:
    """An INSERT of many rows (an import's, `check_write`'s rows) is checked before it runs, so the officer
    reads which programme's rows are not theirs instead of the server's refusal (row-level security)."""
    if not state.is_insert:
        return
    rights = state.session.info.get("opn_desk_rights")
    table = getattr(getattr(state.statement, "table", None), "name", None)
    if rights is None or (table not in _scoped() and table != "programme"):
        return
    rows = state.parameters if isinstance(state.parameters, list) else [state.parameters or {}]
    outside = _outside(state.session, rights, _programmes_of_rows(state.session, table, [dict(r) for r in rows]))
    if outside:
        operation = state.session.info.get("operation")
        raise NotAllowed(exchange_refusal(rights, outside) if getattr(operation, "exchange", False)
                         else import_refusal(rights, outside, len(rows)))


def refuse_exchange_outside(session: Session, ops, me, seen: dict[str, int]) -> None:
    """Before an exchange merges laptops' operations (``ops``, services/sync/apply.WireOp) on the team
    server: refused (NotAllowed, one sentence naming the programmes), with nothing written, when the
    connected officer is restricted to some programmes and an operation new here would change a record
    of another programme: a record that belongs to one now (a programme table's row, or a row that
    belongs to one through its references, as `guard` sees them) or would after (a new value of
    ``programme_id`` or of such a reference). The registry (organisations, people) is every officer's.
    ``me``: this desk's replica id; ``seen``: what it has seen of each laptop (the operations new here are
    those after it, as services/sync/apply.receive counts them)."""
    rights = session.info.get("opn_desk_rights")
    if rights is None:
        return
    scoped = _scoped()
    records: dict[str, set] = {}
    moves: dict[str, list[tuple[object, dict]]] = {}
    for op in ops:
        # "audit" and "reopen" (services/sync/oplog.AUDIT, REOPEN): the history and decisions, no record
        if op.origin == me or op.seq <= seen.get(str(op.origin), 0) or op.kind in ("audit", "reopen"):
            continue
        links = scoped.get(op.tbl)
        if links is None and op.tbl != "programme":
            continue
        records.setdefault(op.tbl, set()).add(op.rec)
        columns = {column for column, _ in links} if links else {"programme_id"} if links is not None else set()
        if op.field in columns and op.value is not None:
            moves.setdefault(op.tbl, []).append((op.rec, {"id": None, op.field: op.value}))
    belongs: dict[tuple[str, object], set] = {}
    for table, ids in records.items():
        ids = sorted(ids, key=str)
        for rec, found in zip(ids, _programmes_of_rows(session, table, [{"id": i} for i in ids]), strict=True):
            belongs.setdefault((table, rec), set()).update(found)
    for table, moved in moves.items():
        for (rec, _), found in zip(moved, _programmes_of_rows(session, table, [row for _, row in moved]),
                                   strict=True):
            belongs.setdefault((table, rec), set()).update(found)
    outside = _outside(session, rights, list(belongs.values()))
    if outside:
        raise NotAllowed(exchange_refusal(rights, outside))


def refuse_moves_outside(session: Session, moves) -> None:
    """Before the exchange moves rows to follow a merge (services/sync/capture.follow_merges: a link a
    laptop's merge had not seen, on a record merged away), ``moves`` as (table, record, column, new value):
    refused like `refuse_exchange_outside`, the whole exchange with it, when a moved row belongs to a
    programme the connected officer may not edit, now or after the move. Without this the database's
    row-level security would skip the move silently while the server's log said it was made, and the
    laptops would move the row that the server did not."""
    rights = session.info.get("opn_desk_rights")
    if rights is None or not moves:
        return
    scoped = _scoped()
    by_table: dict[str, list] = {}
    for table, rec, column, new in moves:
        by_table.setdefault(table, []).append((rec, column, new))
    belongs: list[set] = []
    for table, items in by_table.items():
        links = scoped.get(table)
        if links is None and table != "programme":
            continue
        now = _programmes_of_rows(session, table, [{"id": rec} for rec, _, _ in items])
        columns = {column for column, _ in links} if links else {"programme_id"}
        after = [{"id": None, column: new} if column in columns and new is not None else None
                 for _rec, column, new in items]
        later = iter(_programmes_of_rows(session, table, [row for row in after if row is not None]))
        belongs += [found | (next(later) if row is not None else set()) for found, row in zip(now, after, strict=True)]
    outside = _outside(session, rights, belongs)
    if outside:
        raise NotAllowed(exchange_refusal(rights, outside))


# --- a reader never receives the sensitive columns ----------------------------------------------------

def _hidden(session: Session) -> bool:
    bind = session.bind
    if not isinstance(bind, Engine) or bind.dialect.name != "postgresql":
        return False
    rights = _RIGHTS.get(bind)
    if rights is None:  # a session opened on the server without a Desk: detected once, here
        rights = _RIGHTS[bind] = _detect(bind)
    return not rights.sees_sensitive


def _sensitive_column(element) -> str | None:
    if not isinstance(element, ColumnClause) or element.name not in SENSITIVE_COLUMNS:
        return None
    table = getattr(element, "table", None)
    while table is not None and table is not Person.__table__:
        table = getattr(table, "element", None)  # an alias of person
    return element.name if table is not None else None


@event.listens_for(Session, "do_orm_execute")
def _leave_out_sensitive(state: ORMExecuteState) -> None:
    if not state.is_select or not _hidden(state.session):
        return
    statement = state.statement
    entities = [d["entity"] for d in getattr(statement, "column_descriptions", ())
                if d.get("entity") is not None and d.get("expr") is d.get("entity")]
    persons = [e for e in entities if getattr(e, "__mapper__", None) is not None
               and e.__mapper__.class_ is Person or getattr(getattr(e, "_aliased_insp", None), "mapper", None)
               is Person.__mapper__]

    def replace(element):
        name = _sensitive_column(element)
        if name is None:
            return None
        return literal(SENSITIVE_COLUMNS[name], type_=element.type).label(name)

    statement = visitors.replacement_traverse(statement, {}, replace)
    if persons:
        statement = statement.options(*(defer(getattr(entity, name), raiseload=True)
                                        for entity in persons for name in SENSITIVE_COLUMNS))
    state.statement = statement


@event.listens_for(Person, "load")
@event.listens_for(Person, "refresh")
def _not_known(person: Person, context, *_attrs) -> None:
    session = getattr(context, "session", None)
    if session is None or not _hidden(session):
        return
    for name, value in SENSITIVE_COLUMNS.items():
        set_committed_value(person, name, value)


def sees_sensitive(store) -> bool:
    return rights_of(store).sees_sensitive


def refuse_sensitive(store) -> None:
    """Before writing out sensitive personal data: refused, in one sentence, to a role that may not see it."""
    if not sees_sensitive(store):
        raise NotAllowed(_t("Your role on the server does not receive sensitive personal data (gender, SOGIESC, "
                            "disability accommodation); export without it."))


# --- setting up the roles (the administrator) ---------------------------------------------------------

def _role_suffix(code: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in code.lower())


def programme_role(code: str) -> str:
    return PROGRAMME_PREFIX + _role_suffix(code)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _ensure_role(connection, name: str) -> None:
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    if not exists:
        connection.execute(text(f"CREATE ROLE {_q(name)} NOLOGIN"))


@dataclass(frozen=True)
class RolesSummary:
    tables: int
    programmes: int
    guarded: int  # tables with row-level security per programme

    def sentence(self) -> str:
        return _t("the roles opn_desk_officer and opn_desk_reader may use its {tables} tables; {guarded} tables "
                  "are guarded per programme ({programmes} programmes).").format(
                      tables=self.tables, guarded=self.guarded, programmes=self.programmes)


def _desk_tables(connection) -> list[str]:
    present = set(connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
    if "alembic_version" not in present or "organisation" not in present:
        raise RightsRefused(_t("This server database holds no OPN Desk desk yet; put one there first (opn-desk "
                               "server upload, or open it once as its owner)."))
    return sorted(present & (set(Base.metadata.tables) | {"alembic_version"}))


def set_up_roles(engine: Engine) -> RolesSummary:
    """Create (or bring up to date) the desk's group roles, their grants and the per-programme policies,
    in one transaction; running it again changes nothing but what a newer schema added."""
    with _as_administrator():
        with engine.begin() as connection:
            return _set_up(connection)


class _as_administrator:
    """Turns PostgreSQL's refusal (insufficient_privilege) into the sentence saying who may do this."""

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, _tb):
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError) and getattr(getattr(exc, "orig", None), "sqlstate", "") == "42501":
            raise RightsRefused(_t("Setting up the roles needs the server's administrator (a superuser, or the "
                                   "desk's owner with the right to create roles); nothing was changed.")) from None
        return False


def _set_up(connection) -> RolesSummary:
    tables = _desk_tables(connection)
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    for role in (OFFICER, READER, EVERY_PROGRAMME):
        _ensure_role(connection, role)
    codes = list(connection.execute(text("SELECT code FROM programme ORDER BY code")).scalars())
    for code in codes:
        _ensure_role(connection, programme_role(code))
    s = _q(schema)
    connection.execute(text(f"GRANT USAGE ON SCHEMA {s} TO {OFFICER}, {READER}"))
    listed = ", ".join(f"{s}.{_q(t)}" for t in tables)
    connection.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {listed} TO {OFFICER}"))
    connection.execute(text(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {s} TO {OFFICER}"))
    # The reader's grants are rebuilt exactly: every column but the sensitive ones.
    connection.execute(text(f"REVOKE ALL ON {listed} FROM {READER}"))
    open_tables = [t for t in tables if t != "person"]
    connection.execute(text(f"GRANT SELECT ON {', '.join(f'{s}.{_q(t)}' for t in open_tables)} TO {READER}"))
    visible = [c.name for c in Person.__table__.columns if c.name not in SENSITIVE_COLUMNS]
    connection.execute(text(f"GRANT SELECT ({', '.join(map(_q, visible))}) ON {s}.person TO {READER}"))
    # Who may edit which programme's rows: membership of the programme's role, or of every programme's.
    connection.execute(text(
        f"CREATE OR REPLACE FUNCTION {s}.opn_desk_may_edit(programme uuid) RETURNS boolean "
        f"LANGUAGE sql STABLE SET search_path = pg_catalog, {s} AS $$ "
        f"SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE pg_has_role(session_user, r.oid, 'MEMBER') AND "
        f"(r.rolname = '{EVERY_PROGRAMME}' OR r.rolname = (SELECT '{PROGRAMME_PREFIX}' || "
        f"regexp_replace(lower(p.code), '[^a-z0-9]', '_', 'g') FROM {s}.programme p WHERE p.id = programme))) $$"))
    connection.execute(text(f"REVOKE ALL ON FUNCTION {s}.opn_desk_may_edit(uuid) FROM PUBLIC"))
    connection.execute(text(f"GRANT EXECUTE ON FUNCTION {s}.opn_desk_may_edit(uuid) TO {OFFICER}"))
    guarded = [t for t in tables if t in Base.metadata.tables and "programme_id" in Base.metadata.tables[t].c]
    for table in guarded:
        name = f"{s}.{_q(table)}"
        connection.execute(text(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY"))
        for policy in ("opn_desk_read", "opn_desk_edit"):
            connection.execute(text(f"DROP POLICY IF EXISTS {policy} ON {name}"))
        connection.execute(text(f"CREATE POLICY opn_desk_read ON {name} FOR SELECT USING (true)"))
        connection.execute(text(
            f"CREATE POLICY opn_desk_edit ON {name} FOR ALL TO {OFFICER} "
            f"USING ({s}.opn_desk_may_edit(programme_id)) WITH CHECK ({s}.opn_desk_may_edit(programme_id))"))
    return RolesSummary(tables=len(tables), programmes=len(codes), guarded=len(guarded))


def grant(engine: Engine, login: str, group: str, programmes: list[str]) -> str:
    """Make ``login`` a member of the ``group`` role (officer / reader) and no other of the desk's roles;
    an officer edits the ``programmes`` given (codes), or every programme when none is given. Returns
    one sentence saying what the role may now do."""
    if group == "reader" and programmes:
        raise RightsRefused(_t("--programme applies to an officer; a reader edits nothing."))
    with _as_administrator(), engine.begin() as connection:
        if not connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": OFFICER}).first():
            raise RightsRefused(_t("The desk's roles are not set up on this server yet; run 'opn-desk server roles' "
                                   "first."))
        if not connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).first():
            raise RightsRefused(_t("There is no role {login} on the server; create it first (CREATE ROLE {login} "
                                   "LOGIN), with its password.").format(login=login))
        known = {code.upper(): code for code in connection.execute(text("SELECT code FROM programme")).scalars()}
        chosen = []
        for code in programmes:
            if code.upper() not in known:
                raise RightsRefused(_t("There is no programme {code} in this desk.").format(code=code))
            chosen.append(known[code.upper()])
        for code in chosen:
            _ensure_role(connection, programme_role(code))
        held = connection.execute(text(
            "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :login AND "
            "(r.rolname IN (:officer, :reader, :every) OR starts_with(r.rolname, :prefix))"),
            {"login": login, "officer": OFFICER, "reader": READER, "every": EVERY_PROGRAMME,
             "prefix": PROGRAMME_PREFIX}).scalars().all()
        wanted = {GROUPS[group]}
        if group == "officer":
            wanted |= {programme_role(c) for c in chosen} if chosen else {EVERY_PROGRAMME}
        for role in set(held) - wanted:
            connection.execute(text(f"REVOKE {_q(role)} FROM {_q(login)}"))
        for role in wanted - set(held):
            connection.execute(text(f"GRANT {_q(role)} TO {_q(login)}"))
    if group == "reader":
        return _t("{login} reads the desk (no sensitive personal data) and edits nothing.").format(login=login)
    if chosen:
        return _t("{login} edits the records of {programmes} only.").format(login=login, programmes=_names(chosen))
    return _t("{login} edits the records of every programme.").format(login=login)

