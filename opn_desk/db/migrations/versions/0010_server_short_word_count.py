"""server search: a narrow index of the listed organisations' search text, for words of one or two letters

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 18:20:00

PostgreSQL only (the team server). A word of one or two letters cannot use the trigram index (0005), so
counting the organisations that hold it tests every listed organisation's search text. Read from the
table, that means stepping over every row's other columns first; ``ix_organisation_listed_text`` holds
the search text of the listed organisations (not merged into another record) alone, so the count reads
it whole instead (an index-only scan, about half the time at 100,000 organisations). The answers do not
change: it is only a shorter way to the same rows.

SQLite: nothing. Its search checks "listed" behind a unary plus (services/organisation_search.py), so a
partial index would never be used there; its counts already read the narrow ``ix_organisation_browse``.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_INDEX = "ix_organisation_listed_text"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON organisation (search_text) "
                   "WHERE merged_into_id IS NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")
