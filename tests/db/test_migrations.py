"""Real upgrades: a database made at an older schema, with data, opens at the head with nothing lost."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from sqlalchemy import text

from opn_desk.db.backup import list_backups
from opn_desk.db.engine import open_engine, session_factory
from opn_desk.db.reference import load_reference_data
from opn_desk.db.store import HEAD, KNOWN_REVISIONS, _alembic_upgrade, open_store


def _database_at(path, revision):
    engine = open_engine(path)
    _alembic_upgrade(engine, revision)
    with session_factory(engine).begin() as session:
        load_reference_data(session)
    engine.dispose()


def test_every_older_revision_upgrades_with_its_data(tmp_path):
    for old in KNOWN_REVISIONS[:-1]:
        db = tmp_path / f"at-{old}.sqlite"
        _database_at(db, old)
        con = sqlite3.connect(db)
        now = datetime.now().isoformat(" ")
        programme = con.execute("SELECT id FROM programme WHERE code='SPP'").fetchone()[0]
        country = con.execute("SELECT id FROM country WHERE iso3='KEN'").fetchone()[0]
        con.execute("INSERT INTO organisation (id, name, acronym, country_id, website, notes, sort_name, search_text,"
                    " created_at, updated_at, version) VALUES (?, 'Kenya Green Buyers', 'KGB', ?, '', '', "
                    "'kenya green buyers', 'kenya green buyers', ?, ?, 1)", ("0" * 31 + "1", country, now, now))
        con.execute("INSERT INTO membership (id, organisation_id, programme_id, role, term_start, status, notes,"
                    " created_at, updated_at, version) VALUES (?, ?, ?, 'core_partner', '2025-01-01', 'active',"
                    " '', ?, ?, 1)", ("0" * 31 + "2", "0" * 31 + "1", programme, now, now))
        con.commit()
        con.close()

        opened = open_store(db)
        try:
            assert opened.migrated_from == old
            with opened.engine.connect() as c:
                assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
                assert c.execute(text("SELECT name FROM organisation")).scalars().all() == ["Kenya Green Buyers"]
                assert c.execute(text("SELECT count(*) FROM membership")).scalar() == 1
                assert c.execute(text("PRAGMA foreign_key_check")).fetchall() == []
                assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        finally:
            opened.close()
        assert any(b.kind == f"pre-migration-{old}" for b in list_backups(db))
