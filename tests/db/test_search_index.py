"""Migration 0005: upgrading a database made before the search index fills the index from the
organisations already there, so the first search after the upgrade finds them."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from opn_desk.db.engine import open_engine, session_factory
from opn_desk.db.reference import load_reference_data
from opn_desk.db.store import _alembic_upgrade, open_store
from opn_desk.domain.registry import OrganisationQuery
from opn_desk.services import organisation_search, registry
from opn_desk.services.desk import Desk


def test_upgrade_from_0004_indexes_the_organisations_already_there(tmp_path):
    db = tmp_path / "at-0004.sqlite"
    engine = open_engine(db)
    _alembic_upgrade(engine, "0004")
    with session_factory(engine).begin() as session:
        load_reference_data(session)
    engine.dispose()
    con = sqlite3.connect(db)
    now = datetime.now().isoformat(" ")
    for i, name in enumerate(["Kenya Green Buyers", "Institut für Nachhaltigkeit", "Зелёный Совет"]):
        con.execute("INSERT INTO organisation (id, name, acronym, website, notes, sort_name, search_text, created_at,"
                    " updated_at, version) VALUES (?, ?, '', '', '', ?, ?, ?, ?, 1)",
                    (f"{i:032d}", name, registry.fold(name), registry.search_text(name, "", []), now, now))
    con.commit()
    con.close()

    store = open_store(db)
    try:
        assert store.migrated_from == "0004"
        desk = Desk(store, actor="Test")
        assert desk.read(organisation_search.index_in_use)
        assert desk.read(organisation_search.index_problems) == []
        for words, expected in (("green buyers", ["Kenya Green Buyers"]), ("nachhaltig", ["Institut für Nachhaltigkeit"]),
                                ("зелёный", ["Зелёный Совет"]), ("fur", ["Institut für Nachhaltigkeit"])):
            rows = desk.read(registry.search_organisations, OrganisationQuery(text=words))
            assert [r.name for r in rows] == expected, words
    finally:
        store.close()
