"""Alembic environment: runs on the connection the store hands over (never opens its own)."""

from alembic import context

from opn_desk.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used by `alembic revision --autogenerate` by hand
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url"), hide_parameters=True).connect()



def _modelled(name, type_, _parent_names) -> bool:
    # The registry's trigram search index (FTS5 and its shadow tables) lives in migration 0005 alone:
    # autogenerate must not propose dropping it.
    return not (type_ == "table" and (name == "organisation_search" or name.startswith("organisation_search_")))


# SQLite cannot ALTER most things in place: batch mode copies tables ("move and copy").
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=_modelled,
)
# On the team server (docs/SERVER.md) every reference is DEFERRABLE (INITIALLY IMMEDIATE, so checked at once
# as usual): merging another laptop's changes writes records in any order and defers the check to the
# commit (services/sync/apply.py), as SQLite's defer_foreign_keys does. Done after every migration, so a
# table added later takes part; the models keep them plain (tests/server/test_server_migrations.py).
_DEFERRABLE = """DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
           WHERE contype = 'f' AND NOT condeferrable AND connamespace = current_schema()::regnamespace LOOP
    EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE', r.tbl, r.conname);
  END LOOP; END $$"""

with context.begin_transaction():
    context.run_migrations()
    if connection.dialect.name == "postgresql":
        from sqlalchemy import text

        connection.execute(text(_DEFERRABLE))
