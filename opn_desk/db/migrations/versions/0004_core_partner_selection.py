"""core-partner selection: rounds, incumbents in a round, saved scenarios; desk-wide settings

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 07:21:52.612921
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Additive only: four new tables, nothing existing changes.
    op.create_table('desk_setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_desk_setting')),
    sa.UniqueConstraint('key', name=op.f('uq_desk_setting_key'))
    )
    op.create_table('selection_round',
    sa.Column('call_id', sa.Uuid(), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('pins', sa.JSON(), nullable=False),
    sa.Column('picked', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['call.id'], name=op.f('fk_selection_round_call_id_call')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_selection_round')),
    sa.UniqueConstraint('call_id', name=op.f('uq_selection_round_call_id'))
    )
    op.create_table('selection_scenario',
    sa.Column('round_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('pins', sa.JSON(), nullable=False),
    sa.Column('selected', sa.JSON(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['selection_round.id'], name=op.f('fk_selection_scenario_round_id_selection_round')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_selection_scenario')),
    sa.UniqueConstraint('round_id', 'name', name=op.f('uq_selection_scenario_round_id'))
    )
    with op.batch_alter_table('selection_scenario', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_selection_scenario_round_id'), ['round_id'], unique=False)

    op.create_table('selection_candidate',
    sa.Column('round_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('membership_id', sa.Uuid(), nullable=True),
    sa.Column('seeking_renewal', sa.Boolean(), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_selection_candidate_membership_id_membership')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_selection_candidate_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['round_id'], ['selection_round.id'], name=op.f('fk_selection_candidate_round_id_selection_round')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_selection_candidate')),
    sa.UniqueConstraint('round_id', 'organisation_id', name=op.f('uq_selection_candidate_round_id'))
    )
    with op.batch_alter_table('selection_candidate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_selection_candidate_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_selection_candidate_membership_id'), ['membership_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_selection_candidate_organisation_id'), ['organisation_id'], unique=False)
    # Indexes on the foreign keys that had none: deleting a person, application or organisation (an
    # import undone, a merge) must find the rows pointing at it without scanning whole tables.
    for table, columns in (
        ('application', ('alternate_id', 'representative_id')),
        ('conflict_of_interest', ('reviewer_id',)),
        ('import_mapping', ('call_id',)),
        ('membership', ('alternate_id', 'renews_id', 'representative_id')),
        ('renewal_candidate', ('application_id', 'membership_id', 'organisation_id')),
        ('renewal_score', ('criterion_id', 'reviewer_id')),
        ('review', ('criterion_id', 'reviewer_id')),
        ('succession_entry', ('organisation_id',)),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)


def downgrade() -> None:
    for table, columns in (
        ('application', ('alternate_id', 'representative_id')),
        ('conflict_of_interest', ('reviewer_id',)),
        ('import_mapping', ('call_id',)),
        ('membership', ('alternate_id', 'renews_id', 'representative_id')),
        ('renewal_candidate', ('application_id', 'membership_id', 'organisation_id')),
        ('renewal_score', ('criterion_id', 'reviewer_id')),
        ('review', ('criterion_id', 'reviewer_id')),
        ('succession_entry', ('organisation_id',)),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_index(batch_op.f(f'ix_{table}_{column}'))
    op.drop_table('desk_setting')
    with op.batch_alter_table('selection_candidate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_selection_candidate_round_id'))
        batch_op.drop_index(batch_op.f('ix_selection_candidate_membership_id'))
        batch_op.drop_index(batch_op.f('ix_selection_candidate_organisation_id'))

    op.drop_table('selection_candidate')
    with op.batch_alter_table('selection_scenario', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_selection_scenario_round_id'))

    op.drop_table('selection_scenario')
    op.drop_table('selection_round')
