"""Moving a desk up to the team server and back down (docs/SERVER.md): `upload` and `download`.

``upload`` copies a desk's file into an EMPTY PostgreSQL database (no tables at all: nothing there is
ever overwritten): the schema is made by the same migrations, every table's rows are copied, and
before anything is committed every table's row count and a checksum of its rows are compared with
the file's. It all happens in one transaction, so a failed or refused upload leaves the server
database empty. ``download`` does the reverse into a new file (written beside its final name and
renamed into place only once checked), for an offline copy.

The checksum of a table is order-free (the sum of each row's SHA-256, every value read through the
models' own types and written in one canonical form), so it compares the rows themselves, whatever
order or storage each database uses.

Either copy is a desk of its own afterwards: like a restored backup, its next write takes a new
laptop identity (docs/SYNC.md), so the file and the server never write under the same one.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, bindparam, func, select, text, update

from opn_desk.db.engine import ServerAddress, open_engine, open_server_engine
from opn_desk.db.models import Base
from opn_desk.db.store import HEAD, StoreError, open_store, server_tables
from opn_desk.i18n import number, translate
from opn_desk.services.errors import DeskError

CHUNK = 2_000
_RESTORED = "restored"  # as services.sync.identity.RESTORED: the next write forks a new laptop identity


def _tr(text: str) -> str:
    return translate("ServerCopy", text)


class CopyRefused(DeskError):
    """The copy cannot be made as asked; the message is one sentence for the user."""


@dataclass
class CopySummary:
    tables: int = 0
    rows: int = 0
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)

    def sentence(self) -> str:
        return _tr("{rows} rows in {tables} tables copied and checked (every table's row count and checksum "
                   "match) in {seconds} s.").format(rows=number(self.rows), tables=self.tables,
                                                    seconds=number(self.seconds, 1))


def _tables() -> list[Table]:
    """The desk's tables, parents before children (the models are the migrations' head)."""
    return list(Base.metadata.sorted_tables)


def _canonical(value) -> str:
    if value is None:
        return "\0N"
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "T" if value else "F"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Decimal):
        return str(value.normalize())
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return str(value)


def table_digest(connection: Connection, table: Table) -> tuple[int, str]:
    """(rows, checksum) of ``table`` as read through the models' types; independent of row order."""
    total, count = 0, 0
    columns = sorted(table.columns, key=lambda c: c.name)
    for row in connection.execute(select(*columns)).yield_per(CHUNK):
        joined = "\x1f".join(_canonical(v) for v in row)
        total = (total + int.from_bytes(hashlib.sha256(joined.encode("utf-8", "surrogatepass")).digest())) % (1 << 256)
        count += 1
    return count, f"{total:064x}"


def _self_references(table: Table) -> list[str]:
    return sorted({fk.parent.name for fk in table.foreign_keys if fk.column.table is table})


def _copy_rows(source: Connection, target: Connection, progress: Callable[[str], None] | None) -> int:
    """Every row of every desk table from ``source`` into ``target`` (which has the tables, empty)."""
    rows = 0
    for table in _tables():
        if progress is not None:
            progress(_tr("Copying {table}…").format(table=table.name))
        later = _self_references(table)  # rows that refer to rows of their own table: set once all are in
        # Their second write keeps every value as it was (an updated_at would otherwise take the time now).
        kept = later + [c.name for c in table.columns if c.onupdate is not None and c.name not in later]
        key = list(table.primary_key.columns)
        pending: list[dict] = []
        for chunk in source.execute(select(table)).mappings().partitions(CHUNK):
            batch = [dict(r) for r in chunk]
            for row in batch:
                if later and any(row[c] is not None for c in later):
                    pending.append({**{f"k_{c.name}": row[c.name] for c in key},
                                    **{f"v_{c}": row[c] for c in kept}})
                    for c in later:
                        row[c] = None
            target.execute(table.insert(), batch)
            rows += len(batch)
        if pending:
            stmt = update(table).where(*[c == bindparam(f"k_{c.name}") for c in key]).values(
                {c: bindparam(f"v_{c}") for c in kept})
            for start in range(0, len(pending), CHUNK):
                target.execute(stmt, pending[start:start + CHUNK])
    return rows


def _compare(source: Connection, target: Connection, summary: CopySummary) -> None:
    for table in _tables():
        here, there = table_digest(source, table), table_digest(target, table)
        if here != there:
            what = (_tr("The copy of the table {table} does not match the original (row counts differ: {here} rows "
                        "against {there}); nothing was kept.") if here[0] != there[0] else
                    _tr("The copy of the table {table} does not match the original (rows differ: {here} rows against "
                        "{there}); nothing was kept."))
            raise CopyRefused(what.format(table=table.name, here=number(here[0]), there=number(there[0])))
        summary.counts[table.name] = here[0]
        summary.tables += 1
        summary.rows += here[0]


def _advance_sequences(target: Connection) -> None:
    """PostgreSQL's serial counters start after the copied keys (else the next insert collides)."""
    for table in _tables():
        for column in table.primary_key.columns:
            sequence = target.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                      {"t": table.name, "c": column.name}).scalar()
            if sequence:
                highest = target.execute(select(func.max(column))).scalar()
                target.execute(text("SELECT setval(:s, :v, :called)"),
                               {"s": sequence, "v": highest or 1, "called": highest is not None})


def _mark_as_copy(target: Connection) -> None:
    target.execute(text("UPDATE sync_self SET fingerprint = :f"), {"f": _RESTORED})


def _migrate(connection: Connection) -> None:
    from alembic import command
    from alembic.config import Config

    import opn_desk.db.store as store_module

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(store_module.__file__).parent / "migrations"))
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, "head")


def upload(database: Path, address: ServerAddress,
           progress: Callable[[str], None] | None = None) -> CopySummary:
    """Copy the desk in the file ``database`` into the empty server database at ``address``."""
    started = time.perf_counter()
    source_store = open_store(database, readonly=True, create=False)  # refuses a foreign, newer or old file
    target = open_server_engine(address)
    summary = CopySummary()
    try:
        try:
            with target.connect() as probe:
                present = server_tables(probe)
        except Exception as exc:
            from sqlalchemy.exc import DBAPIError

            if isinstance(exc, DBAPIError):
                raise StoreError(_tr("OPN Desk could not connect to the server at {address} ({problem}).").format(
                    address=address, problem=str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__)) \
                    from exc
            raise
        if present:
            raise CopyRefused(_tr("The server database at {address} is not empty (it holds {count} tables); a desk "
                                  "is uploaded only into an empty database, so that nothing there is overwritten.")
                              .format(address=address, count=len(present)))
        with source_store.engine.connect() as source, target.connect() as destination, destination.begin():
            if progress is not None:
                progress(_tr("Creating the desk's tables on the server…"))
            _migrate(destination)
            _copy_rows(source, destination, progress)
            _advance_sequences(destination)
            if progress is not None:
                progress(_tr("Comparing every table with the file…"))
            _compare(source, destination, summary)
            _mark_as_copy(destination)
        # The planner's statistics and the visibility map before the first search (not a minute later, when
        # autovacuum would get to it): a fresh copy is otherwise planned blind and read slowly.
        with target.connect().execution_options(isolation_level="AUTOCOMMIT") as destination:
            destination.execute(text("VACUUM (ANALYZE)"))
    finally:
        target.dispose()
        source_store.close()
    summary.seconds = time.perf_counter() - started
    return summary


def download(address: ServerAddress, out: Path,
             progress: Callable[[str], None] | None = None) -> CopySummary:
    """Copy the desk on the server at ``address`` into a new database file ``out`` (an offline copy)."""
    from opn_desk.db.store import _alembic_upgrade

    started = time.perf_counter()
    out = Path(out).expanduser()
    if out.exists():
        raise CopyRefused(_tr("{path} already exists; the offline copy is written to a new file only.").format(path=out))
    if not out.parent.is_dir():
        raise CopyRefused(_tr("The folder {path} does not exist.").format(path=out.parent))
    source_store = open_store(address, readonly=True, create=False)
    partial = out.with_name(out.name + ".partial")
    summary = CopySummary()
    engine: Engine | None = None
    try:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        engine = open_engine(partial)
        _alembic_upgrade(engine)  # the schema, in the file's own all-or-nothing way
        with source_store.engine.connect() as source, engine.connect() as destination, destination.begin():
            revision = destination.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision != HEAD:
                raise CopyRefused(_tr("The new file has schema {revision}, not {head}; nothing was written.").format(
                    revision=revision, head=HEAD))
            _copy_rows(source, destination, progress)
            if progress is not None:
                progress(_tr("Comparing every table with the server…"))
            _compare(source, destination, summary)
            _mark_as_copy(destination)
        engine.dispose()
        engine = None
        os.replace(partial, out)
    except BaseException:
        if engine is not None:
            engine.dispose()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        raise
    finally:
        source_store.close()
    summary.seconds = time.perf_counter() - started
    return summary
