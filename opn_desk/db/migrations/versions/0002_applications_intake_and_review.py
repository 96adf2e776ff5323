"""applications intake and review

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 04:35:58.345422
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing applications get empty values for the new columns (server defaults).
    op.create_table('import_mapping',
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('call_id', sa.Uuid(), nullable=True),
    sa.Column('columns', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['call.id'], name=op.f('fk_import_mapping_call_id_call')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_mapping')),
    sa.UniqueConstraint('kind', 'call_id', name=op.f('uq_import_mapping_kind'))
    )
    op.create_table('application_transition',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('from_status', sa.String(length=24), nullable=True),
    sa.Column('to_status', sa.String(length=24), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_application_transition_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_transition'))
    )
    with op.batch_alter_table('application_transition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_transition_application_id'), ['application_id'], unique=False)

    op.create_table('attachment',
    sa.Column('application_id', sa.Uuid(), nullable=True),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_attachment_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_application_id'), ['application_id'], unique=False)

    op.create_table('conflict_of_interest',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('reviewer_id', sa.Uuid(), nullable=False),
    sa.Column('declared_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_conflict_of_interest_application_id_application')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['person.id'], name=op.f('fk_conflict_of_interest_reviewer_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict_of_interest')),
    sa.UniqueConstraint('application_id', 'reviewer_id', name=op.f('uq_conflict_of_interest_application_id'))
    )
    with op.batch_alter_table('conflict_of_interest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_of_interest_application_id'), ['application_id'], unique=False)

    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contribution_kinds', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('contribution_details', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('work_streams', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('priority_sectors', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('screening', sa.JSON(), nullable=False, server_default='{}'))
        batch_op.add_column(sa.Column('mac_opinion', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_organisation_merged_into_id'), ['merged_into_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_organisation_merged_into_id_organisation'), 'organisation', ['merged_into_id'], ['id'])

    # ### end Alembic commands ###


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_organisation_merged_into_id_organisation'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_organisation_merged_into_id'))
        batch_op.drop_column('merged_into_id')

    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_column('mac_opinion')
        batch_op.drop_column('screening')
        batch_op.drop_column('priority_sectors')
        batch_op.drop_column('work_streams')
        batch_op.drop_column('contribution_details')
        batch_op.drop_column('contribution_kinds')

    with op.batch_alter_table('conflict_of_interest', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_of_interest_application_id'))

    op.drop_table('conflict_of_interest')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_application_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('application_transition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_transition_application_id'))

    op.drop_table('application_transition')
    op.drop_table('import_mapping')
    # ### end Alembic commands ###
