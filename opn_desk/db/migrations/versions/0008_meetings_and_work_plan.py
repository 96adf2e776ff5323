"""the advisory committee's meetings (participants, guests, agenda items and papers, written comments,
travel requests) and the programme's work plan (tasks, action items, dated progress entries)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 12:00:00

Additive only: nine new tables, nothing existing changes (docs/MEETINGS.md). Participation rates, the
travel ranking and the due action items are computed, never stored.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('meeting',
    sa.Column('programme_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('link', sa.String(length=500), nullable=False),
    sa.Column('programme_text', sa.Text(), nullable=False),
    sa.Column('travel_budget', sa.Float(), nullable=True),
    sa.Column('travel_priority', sa.String(length=32), nullable=False),
    sa.Column('allocation_decided_on', sa.Date(), nullable=True),
    sa.Column('minutes_started_on', sa.Date(), nullable=True),
    sa.Column('minutes_approved_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_meeting_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_programme_id'), ['programme_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('presenter', sa.String(length=200), nullable=False),
    sa.Column('decision_sought', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item')),
    sa.UniqueConstraint('meeting_id', 'position', name=op.f('uq_agenda_item_meeting_id'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_guest',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('affiliation', sa.String(length=300), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_guest_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_guest'))
    )
    with op.batch_alter_table('meeting_guest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_guest_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_participant',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=24), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('attendee', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_participant_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_meeting_participant_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_participant')),
    sa.UniqueConstraint('meeting_id', 'organisation_id', name=op.f('uq_meeting_participant_meeting_id'))
    )
    with op.batch_alter_table('meeting_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_participant_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_participant_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('travel_request',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.Float(), nullable=False),
    sa.Column('granted', sa.Float(), nullable=True),
    sa.Column('traveller', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_travel_request_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_travel_request_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_travel_request')),
    sa.UniqueConstraint('meeting_id', 'organisation_id', name=op.f('uq_travel_request_meeting_id'))
    )
    with op.batch_alter_table('travel_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_travel_request_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_travel_request_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('meeting_paper',
    sa.Column('agenda_item_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_meeting_paper_agenda_item_id_agenda_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_paper'))
    )
    with op.batch_alter_table('meeting_paper', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_paper_agenda_item_id'), ['agenda_item_id'], unique=False)

    op.create_table('work_task',
    sa.Column('programme_id', sa.Uuid(), nullable=False),
    sa.Column('work_stream', sa.String(length=200), nullable=False),
    sa.Column('area', sa.String(length=200), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('responsibility', sa.String(length=300), nullable=False),
    sa.Column('owner_organisation_id', sa.Uuid(), nullable=True),
    sa.Column('milestones', sa.Text(), nullable=False),
    sa.Column('expected_outputs', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('postponement_reason', sa.Text(), nullable=False),
    sa.Column('meeting_id', sa.Uuid(), nullable=True),
    sa.Column('agenda_item_id', sa.Uuid(), nullable=True),
    sa.Column('source_reference', sa.String(length=300), nullable=False),
    sa.Column('plan_year', sa.Integer(), nullable=True),
    sa.Column('budget_line', sa.String(length=200), nullable=False),
    sa.Column('funding_source', sa.String(length=300), nullable=False),
    sa.Column('in_kind', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_work_task_agenda_item_id_agenda_item')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_work_task_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['owner_organisation_id'], ['organisation.id'], name=op.f('fk_work_task_owner_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_work_task_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_task'))
    )
    with op.batch_alter_table('work_task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_task_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_task_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_task_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_task_owner_organisation_id'), ['owner_organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_task_plan_year'), ['plan_year'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_task_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_task_status'), ['status'], unique=False)

    op.create_table('written_comment',
    sa.Column('agenda_item_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_written_comment_agenda_item_id_agenda_item')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_written_comment_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_written_comment')),
    sa.UniqueConstraint('agenda_item_id', 'organisation_id', name=op.f('uq_written_comment_agenda_item_id'))
    )
    with op.batch_alter_table('written_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_written_comment_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_written_comment_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('task_progress',
    sa.Column('task_id', sa.Uuid(), nullable=False),
    sa.Column('entry_on', sa.Date(), nullable=False),
    sa.Column('progress', sa.Text(), nullable=False),
    sa.Column('next_steps', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['work_task.id'], name=op.f('fk_task_progress_task_id_work_task')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_progress')),
    sa.UniqueConstraint('task_id', 'entry_on', name=op.f('uq_task_progress_task_id'))
    )
    with op.batch_alter_table('task_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_progress_task_id'), ['task_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('task_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_progress_task_id'))

    op.drop_table('task_progress')
    with op.batch_alter_table('written_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_written_comment_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_written_comment_agenda_item_id'))

    op.drop_table('written_comment')
    with op.batch_alter_table('work_task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_task_status'))
        batch_op.drop_index(batch_op.f('ix_work_task_programme_id'))
        batch_op.drop_index(batch_op.f('ix_work_task_plan_year'))
        batch_op.drop_index(batch_op.f('ix_work_task_owner_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_work_task_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_work_task_due_on'))
        batch_op.drop_index(batch_op.f('ix_work_task_agenda_item_id'))

    op.drop_table('work_task')
    with op.batch_alter_table('meeting_paper', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_paper_agenda_item_id'))

    op.drop_table('meeting_paper')
    with op.batch_alter_table('travel_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_travel_request_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_travel_request_meeting_id'))

    op.drop_table('travel_request')
    with op.batch_alter_table('meeting_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_participant_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_participant_meeting_id'))

    op.drop_table('meeting_participant')
    with op.batch_alter_table('meeting_guest', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_guest_meeting_id'))

    op.drop_table('meeting_guest')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_programme_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_held_on'))

    op.drop_table('meeting')
