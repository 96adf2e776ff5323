"""registry search: a trigram full-text index over organisation.search_text, a covering index for browsing

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 08:00:00

The registry searches every keystroke at 100,000 organisations. Two indexes make that instant:

- ``organisation_search``: an FTS5 table with the trigram tokenizer over ``organisation.search_text``
  (external content: it stores the index only, rowids are the organisation's rowids). Trigrams keep
  substring search ("sustainab" finds "sustainable"); words of one or two letters cannot use it and
  are matched with LIKE. Triggers keep it in step with every insert, delete and change of
  ``search_text``, bulk inserts included. Where the SQLite in use has no FTS5 or no trigram
  tokenizer (SQLite < 3.34), the table is not made and the registry searches with LIKE alone.
  A later migration that rebuilds the organisation table (batch mode) drops the triggers with it and
  must recreate them and run ``INSERT INTO organisation_search(organisation_search) VALUES('rebuild')``.
- ``ix_organisation_browse`` (sort_name, search_text, merged_into_id, country_id): the name-sorted
  list can stop after a page, and counting or filtering by a short word or a country reads this
  narrow index, not the rows.

On PostgreSQL (the team server) there is no FTS5: the pg_trgm extension's GIN trigram index over
``organisation.search_text`` (``ix_organisation_search_trgm``) answers the same LIKE searches.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "organisation_search"
PG_INDEX = "ix_organisation_search_trgm"  # PostgreSQL: pg_trgm's GIN index instead of FTS5
TRIGGERS = {
    f"{INDEX}_insert": f"""
        CREATE TRIGGER IF NOT EXISTS {INDEX}_insert AFTER INSERT ON organisation BEGIN
            INSERT INTO {INDEX}(rowid, search_text) VALUES (new.rowid, new.search_text);
        END""",
    f"{INDEX}_delete": f"""
        CREATE TRIGGER IF NOT EXISTS {INDEX}_delete AFTER DELETE ON organisation BEGIN
            INSERT INTO {INDEX}({INDEX}, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
        END""",
    f"{INDEX}_update": f"""
        CREATE TRIGGER IF NOT EXISTS {INDEX}_update AFTER UPDATE OF search_text ON organisation BEGIN
            INSERT INTO {INDEX}({INDEX}, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
            INSERT INTO {INDEX}(rowid, search_text) VALUES (new.rowid, new.search_text);
        END""",
}


def trigram_available() -> bool:
    """Whether this process's SQLite has FTS5 with the trigram tokenizer (asked of a scratch database)."""
    import sqlite3

    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='trigram')")
        return True
    except sqlite3.Error:
        return False
    finally:
        con.close()


def upgrade() -> None:
    # IF NOT EXISTS throughout: versions before the upgrade ran in one transaction committed each of
    # these statements by itself, and a kill left desks at 0004 holding some of them. This finishes those.
    op.create_index('ix_organisation_browse', 'organisation', ['sort_name', 'search_text', 'merged_into_id', 'country_id'],
                    unique=False, if_not_exists=True)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON organisation USING gin (search_text gin_trgm_ops)")
        return
    if not trigram_available():
        return
    op.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {INDEX} USING fts5(search_text, content='organisation', "
               "content_rowid='rowid', tokenize='trigram')")
    for sql in TRIGGERS.values():
        op.execute(sql)
    op.execute(f"INSERT INTO {INDEX}({INDEX}) VALUES ('rebuild')")  # the organisations already there


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")  # the extension stays: others may use it
        op.drop_index('ix_organisation_browse', table_name='organisation')
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {INDEX}")
    op.drop_index('ix_organisation_browse', table_name='organisation')
