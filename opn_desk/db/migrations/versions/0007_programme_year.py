"""the programme's year: reporting cycles and partners' statuses, focal points, reported activities,
reminders; the initiatives portfolio (partners, due diligence); partnership health self-assessments

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 11:10:00

Additive only: ten new tables, nothing existing changes (docs/REPORTING.md). Late and very late are
not stored (they follow from the dates and the deadline), nor is an initiative's inactivity (two years
without a content update).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('reporting_cycle',
    sa.Column('programme_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('reminder_days', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_reporting_cycle_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporting_cycle')),
    sa.UniqueConstraint('programme_id', 'year', name=op.f('uq_reporting_cycle_programme_id'))
    )
    with op.batch_alter_table('reporting_cycle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reporting_cycle_programme_id'), ['programme_id'], unique=False)

    op.create_table('health_assessment',
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('rag', sa.String(length=8), nullable=False),
    sa.Column('commitments_met', sa.Boolean(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('assessed_by', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_health_assessment_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_health_assessment')),
    sa.UniqueConstraint('organisation_id', 'assessed_on', name=op.f('uq_health_assessment_organisation_id'))
    )
    with op.batch_alter_table('health_assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_health_assessment_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('initiative',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('programme_id', sa.Uuid(), nullable=False),
    sa.Column('lead_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('work_stream', sa.String(length=200), nullable=False),
    sa.Column('sector', sa.String(length=200), nullable=False),
    sa.Column('countries', sa.JSON(), nullable=False),
    sa.Column('other_sdgs', sa.JSON(), nullable=False),
    sa.Column('targets', sa.Text(), nullable=False),
    sa.Column('progress', sa.Text(), nullable=False),
    sa.Column('agreement_type', sa.String(length=100), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('content_updated_on', sa.Date(), nullable=False),
    sa.Column('logo_granted', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['lead_id'], ['organisation.id'], name=op.f('fk_initiative_lead_id_organisation')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_initiative_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiative'))
    )
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_initiative_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_initiative_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_initiative_status'), ['status'], unique=False)

    op.create_table('reminder_log',
    sa.Column('cycle_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('prepared_on', sa.Date(), nullable=False),
    sa.Column('days_from_deadline', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cycle_id'], ['reporting_cycle.id'], name=op.f('fk_reminder_log_cycle_id_reporting_cycle')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_reminder_log_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_log'))
    )
    with op.batch_alter_table('reminder_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_log_cycle_id'), ['cycle_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_log_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('reporting_status',
    sa.Column('cycle_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('excuse_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cycle_id'], ['reporting_cycle.id'], name=op.f('fk_reporting_status_cycle_id_reporting_cycle')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_reporting_status_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporting_status')),
    sa.UniqueConstraint('cycle_id', 'organisation_id', name=op.f('uq_reporting_status_cycle_id'))
    )
    with op.batch_alter_table('reporting_status', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reporting_status_cycle_id'), ['cycle_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reporting_status_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('due_diligence_review',
    sa.Column('initiative_id', sa.Uuid(), nullable=False),
    sa.Column('checklist', sa.JSON(), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decided_by', sa.String(length=200), nullable=False),
    sa.Column('letter', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_due_diligence_review_initiative_id_initiative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_due_diligence_review')),
    sa.UniqueConstraint('initiative_id', name=op.f('uq_due_diligence_review_initiative_id'))
    )
    op.create_table('initiative_partner',
    sa.Column('initiative_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_initiative_partner_initiative_id_initiative')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_initiative_partner_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiative_partner')),
    sa.UniqueConstraint('initiative_id', 'organisation_id', name=op.f('uq_initiative_partner_initiative_id'))
    )
    with op.batch_alter_table('initiative_partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_initiative_partner_initiative_id'), ['initiative_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_initiative_partner_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('reported_activity',
    sa.Column('cycle_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('initiative_id', sa.Uuid(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('countries', sa.JSON(), nullable=False),
    sa.Column('sdgs', sa.JSON(), nullable=False),
    sa.Column('change_in_practice', sa.Text(), nullable=False),
    sa.Column('highlight', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cycle_id'], ['reporting_cycle.id'], name=op.f('fk_reported_activity_cycle_id_reporting_cycle')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_reported_activity_initiative_id_initiative')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_reported_activity_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reported_activity'))
    )
    with op.batch_alter_table('reported_activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reported_activity_cycle_id'), ['cycle_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reported_activity_initiative_id'), ['initiative_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reported_activity_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('reporting_alternate',
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_reporting_alternate_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_reporting_alternate_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporting_alternate')),
    sa.UniqueConstraint('organisation_id', 'person_id', name=op.f('uq_reporting_alternate_organisation_id'))
    )
    with op.batch_alter_table('reporting_alternate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reporting_alternate_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reporting_alternate_person_id'), ['person_id'], unique=False)

    op.create_table('reporting_focal_point',
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_reporting_focal_point_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_reporting_focal_point_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporting_focal_point')),
    sa.UniqueConstraint('organisation_id', name=op.f('uq_reporting_focal_point_organisation_id'))
    )
    with op.batch_alter_table('reporting_focal_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reporting_focal_point_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    # Tables that refer to others first; dropping a table drops its indexes.
    for table in ("reporting_focal_point", "reporting_alternate", "reported_activity", "initiative_partner",
                  "due_diligence_review", "reporting_status", "reminder_log", "initiative", "health_assessment",
                  "reporting_cycle"):
        op.drop_table(table)
