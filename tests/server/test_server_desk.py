"""The desk on a PostgreSQL server works through the same services: migrations, edits with their audit
trail and undo, the registry's search (pg_trgm), and opening refuses what it cannot use."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from opn_desk.db.models import AuditEntry, Organisation
from opn_desk.db.store import HEAD, StoreError, open_store
from opn_desk.domain.registry import OrganisationInput, OrganisationQuery
from opn_desk.services import registry
from opn_desk.services.desk import Desk


def test_a_new_server_database_gets_every_migration_and_the_reference_data(pg_store):
    assert pg_store.on_server
    with pg_store.engine.connect() as con:
        assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        assert con.execute(text("SELECT count(*) FROM country")).scalar() > 190
        # the registry's search index on the server is pg_trgm's, not SQLite's FTS5
        assert con.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_organisation_search_trgm'")
                           ).scalar().lower().count("gin_trgm_ops") == 1


def test_an_edit_and_its_undo_write_the_audit_trail_on_the_server(pg_store):
    desk = Desk(pg_store, actor="Server Officer")
    org = desk.write("Add Lagoon Trust", registry.create_organisation,
                     OrganisationInput("Lagoon Trust", country_iso3="KEN")).value
    detail = desk.read(registry.get_organisation, org)
    data = detail.as_input()
    fields = {f: getattr(data, f) for f in data.__dataclass_fields__} | {"name": "Lagoon Coast Trust"}
    desk.write("Edit Lagoon Trust", registry.update_organisation, org, OrganisationInput(**fields))
    assert desk.read(registry.get_organisation, org).name == "Lagoon Coast Trust"
    desk.undo()
    assert desk.read(registry.get_organisation, org).name == "Lagoon Trust"
    entries = desk.read(lambda s: [(e.description, e.actor) for e in s.scalars(
        select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id))])
    assert [d for d, _ in entries] == ["Add Lagoon Trust", "Edit Lagoon Trust", "Undo: Edit Lagoon Trust"]
    assert {a for _, a in entries} == {"Server Officer"}


def test_the_registry_search_finds_organisations_on_the_server(pg_store):
    desk = Desk(pg_store, actor="Server Officer")
    for name in ("Sustainable Lagoon Trust", "Lagoon Fishers Union", "Mountain Water Board"):
        desk.write(f"Add {name}", registry.create_organisation, OrganisationInput(name, country_iso3="KEN"))

    def found(words: str) -> list[str]:
        query = OrganisationQuery(text=words)
        names = [r.name for r in desk.read(registry.search_organisations, query, 0, 50)]
        assert desk.read(registry.count_organisations, query) == len(names)
        return names

    assert found("lagoon") == ["Lagoon Fishers Union", "Sustainable Lagoon Trust"]
    assert found("ustainab lag") == ["Sustainable Lagoon Trust"]  # a part of a word, several words
    assert found("wa") == ["Mountain Water Board"]  # a short word: LIKE
    assert len(found("kenya")) == 3  # a country's name
    assert found("nowhere to be found") == []
    with pg_store.engine.connect() as con:  # the organisations really are in the trigram index's table
        assert con.execute(select(Organisation.name).where(Organisation.search_text.like("%lagoon%"))).all()


def test_a_database_of_something_else_is_refused_in_one_sentence(pg_url):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("CREATE TABLE payroll (id integer)")
    with pytest.raises(StoreError, match="holds other tables but no OPN Desk desk"):
        open_store(pg_url, create=True)


def test_an_empty_server_database_is_not_created_when_only_reading(pg_url):
    with pytest.raises(StoreError, match="has no OPN Desk desk yet"):
        open_store(pg_url, readonly=True, create=False)


def test_a_read_only_opening_cannot_write_and_says_so_in_one_sentence(pg_store):
    from sqlalchemy.exc import DBAPIError

    from opn_desk.db.engine import database_error_sentence

    reader = open_store(pg_store.path, readonly=True, create=False)
    try:
        with pytest.raises(DBAPIError, match="read-only") as refused, reader.engine.begin() as con:
            con.execute(text("UPDATE country SET name_en = name_en"))
    finally:
        reader.close()
    assert database_error_sentence(refused.value) == \
        "The server database is open read-only; nothing further was saved."
