"""The migrations run on PostgreSQL: up to the head, all the way down, up again, and leave no drift
between the models and the schema (the pg_trgm index being the migrations' own, as FTS5 is on SQLite)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text

import opn_desk.db.store as store_module
from opn_desk.db.engine import ServerAddress, open_server_engine
from opn_desk.db.models import Base


def _config(connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(store_module.__file__).parent / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def _apart_from_deferrable_references(diffs: list) -> list:
    """The differences, but for references the server makes DEFERRABLE (migrations/env.py) where the models
    keep them plain: a removed deferrable one matched by the same plain one added."""
    def key(fk):
        return (fk.parent.name, tuple(c.name for c in fk.columns), fk.referred_table.name,
                tuple(e.column.name for e in fk.elements))

    added = {key(d[1]) for d in diffs if d[0] == "add_fk" and not d[1].deferrable}
    removed = {key(d[1]) for d in diffs if d[0] == "remove_fk" and d[1].deferrable}
    same = added & removed
    return [d for d in diffs if not (d[0] in ("add_fk", "remove_fk") and key(d[1]) in same)]


def test_upgrade_downgrade_and_upgrade_again_with_no_drift(pg_url):
    engine = open_server_engine(ServerAddress(pg_url))
    try:
        for step in (command.upgrade, command.downgrade, command.upgrade):
            with engine.connect() as connection, connection.begin():
                step(_config(connection), "head" if step is command.upgrade else "base")
        with engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
                store_module.HEAD
            context = MigrationContext.configure(connection, opts={
                "compare_type": True,
                "include_name": lambda name, kind, _parents: not (kind == "index"
                                                                 and name in ("ix_organisation_search_trgm",
                                                                              "ix_organisation_listed_text"))})
            assert _apart_from_deferrable_references(compare_metadata(context, Base.metadata)) == []
            # every reference on the server may be deferred to the commit (a merge writes in any order)
            assert connection.execute(text("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT "
                                           "condeferrable")).scalar() == 0
            assert connection.execute(text("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND "
                                           "condeferred")).scalar() == 0  # checked at once unless deferred
    finally:
        engine.dispose()


def test_a_failed_upgrade_leaves_the_server_database_as_it_was(pg_url, monkeypatch):
    import pytest

    from opn_desk.db.store import open_store

    def broken(*_args, **_kwargs):
        raise RuntimeError("the load of reference data failed")

    monkeypatch.setattr("opn_desk.db.reference.load_reference_data", broken)
    with pytest.raises(RuntimeError):
        open_store(pg_url, create=True)
    engine = open_server_engine(ServerAddress(pg_url))
    try:
        with engine.connect() as connection:
            assert store_module.server_tables(connection) == set()  # every CREATE was rolled back
    finally:
        engine.dispose()
    monkeypatch.undo()  # the same opening then works
    open_store(pg_url, create=True).close()
