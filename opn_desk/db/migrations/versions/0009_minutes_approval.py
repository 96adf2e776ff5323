"""the approval of a meeting's minutes: by whom, and at which later meeting (none: by written procedure)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 15:00:00

Additive only: two columns of `meeting` beside `minutes_approved_on` (docs/MEETINGS.md). SQLite adds the
reference in the plain ALTER TABLE (a column added with REFERENCES and no default keeps the table's
rows as they are); other databases add it as a constraint.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('meeting', sa.Column('minutes_approved_by', sa.String(length=200), nullable=False,
                                       server_default=''))
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE meeting ADD COLUMN minutes_approved_at_id CHAR(32) REFERENCES meeting (id)')
    else:
        op.add_column('meeting', sa.Column('minutes_approved_at_id', sa.Uuid(), nullable=True))
        op.create_foreign_key(op.f('fk_meeting_minutes_approved_at_id_meeting'), 'meeting', 'meeting',
                              ['minutes_approved_at_id'], ['id'])
    op.create_index(op.f('ix_meeting_minutes_approved_at_id'), 'meeting', ['minutes_approved_at_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_meeting_minutes_approved_at_id'), table_name='meeting')
    if op.get_bind().dialect.name != 'sqlite':
        op.drop_constraint(op.f('fk_meeting_minutes_approved_at_id_meeting'), 'meeting', type_='foreignkey')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('minutes_approved_at_id')
        batch_op.drop_column('minutes_approved_by')
