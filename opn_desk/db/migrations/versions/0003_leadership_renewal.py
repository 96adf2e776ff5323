"""leadership renewal: processes, steps, checklist, succession plan, candidates, incumbents' scores

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 05:10:11.119626
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Additive only: six new tables and one nullable column (attachment.renewal_step_id); existing rows
    # are copied unchanged when batch mode rebuilds the attachment table.
    op.create_table('renewal_process',
    sa.Column('programme_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('call_id', sa.Uuid(), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['call.id'], name=op.f('fk_renewal_process_call_id_call')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_renewal_process_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_renewal_process'))
    )
    with op.batch_alter_table('renewal_process', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_renewal_process_call_id'), ['call_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_renewal_process_programme_id'), ['programme_id'], unique=False)

    op.create_table('renewal_checklist_item',
    sa.Column('process_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_by', sa.String(length=200), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['process_id'], ['renewal_process.id'], name=op.f('fk_renewal_checklist_item_process_id_renewal_process')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_renewal_checklist_item'))
    )
    with op.batch_alter_table('renewal_checklist_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_renewal_checklist_item_process_id'), ['process_id'], unique=False)

    op.create_table('renewal_step',
    sa.Column('process_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('planned_start', sa.Date(), nullable=True),
    sa.Column('planned_end', sa.Date(), nullable=True),
    sa.Column('actual_start', sa.Date(), nullable=True),
    sa.Column('actual_end', sa.Date(), nullable=True),
    sa.Column('responsible', sa.String(length=300), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('closed_by', sa.String(length=200), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['process_id'], ['renewal_process.id'], name=op.f('fk_renewal_step_process_id_renewal_process')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_renewal_step')),
    sa.UniqueConstraint('process_id', 'number', name=op.f('uq_renewal_step_process_id'))
    )
    with op.batch_alter_table('renewal_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_renewal_step_process_id'), ['process_id'], unique=False)

    op.create_table('succession_entry',
    sa.Column('process_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('role', sa.String(length=24), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_succession_entry_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['process_id'], ['renewal_process.id'], name=op.f('fk_succession_entry_process_id_renewal_process')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_succession_entry'))
    )
    with op.batch_alter_table('succession_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_succession_entry_process_id'), ['process_id'], unique=False)

    op.create_table('renewal_candidate',
    sa.Column('process_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=True),
    sa.Column('membership_id', sa.Uuid(), nullable=True),
    sa.Column('seeking_renewal', sa.Boolean(), nullable=True),
    sa.Column('mac_opinion', sa.Text(), nullable=False),
    sa.Column('commitment', sa.Text(), nullable=False),
    sa.Column('proposed', sa.Boolean(), nullable=False),
    sa.Column('proposed_note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_renewal_candidate_application_id_application')),
    sa.ForeignKeyConstraint(['membership_id'], ['membership.id'], name=op.f('fk_renewal_candidate_membership_id_membership')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_renewal_candidate_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['process_id'], ['renewal_process.id'], name=op.f('fk_renewal_candidate_process_id_renewal_process')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_renewal_candidate'))
    )
    with op.batch_alter_table('renewal_candidate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_renewal_candidate_process_id'), ['process_id'], unique=False)

    op.create_table('renewal_score',
    sa.Column('candidate_id', sa.Uuid(), nullable=False),
    sa.Column('criterion_id', sa.Uuid(), nullable=False),
    sa.Column('reviewer_id', sa.Uuid(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['renewal_candidate.id'], name=op.f('fk_renewal_score_candidate_id_renewal_candidate')),
    sa.ForeignKeyConstraint(['criterion_id'], ['evaluation_criterion.id'], name=op.f('fk_renewal_score_criterion_id_evaluation_criterion')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['person.id'], name=op.f('fk_renewal_score_reviewer_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_renewal_score')),
    sa.UniqueConstraint('candidate_id', 'criterion_id', 'reviewer_id', name=op.f('uq_renewal_score_candidate_id'))
    )
    with op.batch_alter_table('renewal_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_renewal_score_candidate_id'), ['candidate_id'], unique=False)

    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('renewal_step_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_attachment_renewal_step_id'), ['renewal_step_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_attachment_renewal_step_id_renewal_step'), 'renewal_step', ['renewal_step_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_attachment_renewal_step_id_renewal_step'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_attachment_renewal_step_id'))
        batch_op.drop_column('renewal_step_id')

    with op.batch_alter_table('renewal_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_renewal_score_candidate_id'))

    op.drop_table('renewal_score')
    with op.batch_alter_table('renewal_candidate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_renewal_candidate_process_id'))

    op.drop_table('renewal_candidate')
    with op.batch_alter_table('succession_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_succession_entry_process_id'))

    op.drop_table('succession_entry')
    with op.batch_alter_table('renewal_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_renewal_step_process_id'))

    op.drop_table('renewal_step')
    with op.batch_alter_table('renewal_checklist_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_renewal_checklist_item_process_id'))

    op.drop_table('renewal_checklist_item')
    with op.batch_alter_table('renewal_process', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_renewal_process_programme_id'))
        batch_op.drop_index(batch_op.f('ix_renewal_process_call_id'))

    op.drop_table('renewal_process')
