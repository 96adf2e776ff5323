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
with context.begin_transaction():
    context.run_migrations()
