"""several laptops, one desk: the laptop's identity, the known laptops, the operation log, field heads

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 09:00:00

- ``sync_self`` (this laptop's identity, the desk's id and key), ``sync_replica`` (the laptops known and
  what each has seen), ``sync_op`` (the operation log), ``sync_head`` (each field's current operations),
  ``sync_dead`` (operations superseded before they arrived), ``sync_finding`` (rules spanning records
  that an exchange broke). See docs/SYNC.md.
- ``audit_entry.origin``: the laptop whose operation wrote the entry.
- Countries and programmes get the fixed ids every laptop derives from their codes (uuid5), and every
  reference to them follows (foreign keys are off during the upgrade and checked before it commits).
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of opn_desk.domain.sync_merge.derived_id: a migration never changes with the code.
NAMESPACE = uuid.UUID("5b0c3c1e-7f1e-5d43-9a59-0f6c1d2e8a11")


# 64-bit on PostgreSQL (operation ids, hybrid clocks); SQLite's INTEGER is 64-bit already and unchanged.
WIDE = sa.Integer().with_variant(sa.BigInteger(), "postgresql")


def _derived(kind: str, key: str) -> str:
    return uuid.uuid5(NAMESPACE, f"{kind}|{key}").hex


def _rekey(table: str, code_column: str) -> None:
    bind = op.get_bind()
    rows = bind.exec_driver_sql(f"SELECT id, {code_column} FROM {table}").fetchall()
    mapping = [(str(old), _derived(table, code)) for old, code in rows if str(old) != _derived(table, code)]
    if not mapping:
        return
    bind.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS rekey (old TEXT PRIMARY KEY, new TEXT NOT NULL)")
    bind.exec_driver_sql("DELETE FROM rekey")
    bind.connection.executemany("INSERT INTO rekey (old, new) VALUES (?, ?)", mapping)
    tables = [r[0] for r in bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    for other in tables:
        for fk in bind.exec_driver_sql(f"PRAGMA foreign_key_list('{other}')").fetchall():
            referred, column = fk[2], fk[3]
            if referred == table:
                bind.exec_driver_sql(f'UPDATE "{other}" SET "{column}" = (SELECT new FROM rekey WHERE old = '
                                     f'"{other}"."{column}") WHERE "{column}" IN (SELECT old FROM rekey)')
    bind.exec_driver_sql(f"UPDATE {table} SET id = (SELECT new FROM rekey WHERE old = {table}.id) "
                         "WHERE id IN (SELECT old FROM rekey)")
    bind.exec_driver_sql("DROP TABLE rekey")


def upgrade() -> None:
    op.create_table(
        "sync_self",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Uuid(), nullable=False),
        sa.Column("desk_key", sa.LargeBinary(), nullable=False),
        sa.Column("replica_id", sa.Uuid(), nullable=False),
        sa.Column("fingerprint", sa.String(length=128), nullable=True),
        sa.Column("last_seq", WIDE, nullable=False),
        sa.Column("last_hlc", WIDE, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_self")),
    )
    op.create_table(
        "sync_replica",
        sa.Column("no", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("seen", sa.JSON(), nullable=False),
        sa.Column("last_exchange", sa.DateTime(), nullable=True),
        sa.Column("forgotten", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("no", name=op.f("pk_sync_replica")),
        sa.UniqueConstraint("id", name=op.f("uq_sync_replica_id")),
        sa.UniqueConstraint("name_key", name=op.f("uq_sync_replica_name_key")),
    )
    op.create_table(
        "sync_op",
        sa.Column("opid", WIDE, autoincrement=False, nullable=False),
        sa.Column("hlc", WIDE, nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("operation", sa.Uuid(), nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("rec", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("supersedes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("opid", name=op.f("pk_sync_op")),
    )
    op.create_table(
        "sync_head",
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("rec", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=200), nullable=False),
        sa.Column("opid", WIDE, autoincrement=False, nullable=False),
        sa.Column("deleting", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "rec", "field", "opid", name=op.f("pk_sync_head")),
    )
    op.create_index("ix_sync_head_opid", "sync_head", ["opid"], unique=False)
    op.create_table(
        "sync_dead",
        sa.Column("opid", WIDE, autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("opid", name=op.f("pk_sync_dead")),
    )
    op.create_table(
        "sync_finding",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("records", sa.JSON(), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_finding")),
    )
    # A plain ALTER TABLE ... ADD COLUMN: the audit trail is not copied.
    op.add_column("audit_entry", sa.Column("origin", sa.Uuid(), nullable=True))
    _rekey("country", "iso3")
    _rekey("programme", "code")


def downgrade() -> None:
    op.drop_column("audit_entry", "origin")
    for table in ("sync_finding", "sync_dead", "sync_head", "sync_op", "sync_replica", "sync_self"):
        op.drop_table(table)
