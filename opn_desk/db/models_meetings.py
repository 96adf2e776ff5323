"""The advisory committee's meetings and the programme's work plan (schema 0008; docs/MEETINGS.md).

Every table follows the merge conventions of docs/SYNC.md: a UUID id, a row version, natural keys where a
record is one per something (one participation per meeting and organisation, one travel request per
meeting and organisation, one agenda item per meeting and place), link rows as records of their own.
Imported by the end of `opn_desk.db.models`, so the metadata is complete wherever the models are.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from opn_desk.db.models import Base


class Meeting(Base):
    """A MAC meeting (virtual or face-to-face), a desk teleconference or a webinar of a programme."""

    __tablename__ = "meeting"

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # virtual / face_to_face / teleconference / webinar
    title: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(300), default="")
    link: Mapped[str] = mapped_column(String(500), default="")
    programme_text: Mapped[str] = mapped_column(Text, default="")  # the programme of the day, as written
    # Travel support: the budget (None: no support offered), which groups come after the LDCs and in which
    # order ("sids,lldc", "lldc", "": LDCs only), and the day the allocation was decided (before the meeting).
    travel_budget: Mapped[float | None] = mapped_column(Float)
    travel_priority: Mapped[str] = mapped_column(String(32), default="sids,lldc")
    allocation_decided_on: Mapped[date | None] = mapped_column(Date)
    # Minutes: started from a copy of the agenda on this day; approved on that one.
    minutes_started_on: Mapped[date | None] = mapped_column(Date)
    minutes_approved_on: Mapped[date | None] = mapped_column(Date)
    # ... by whom, and at which later meeting (None: by written procedure); schema 0009.
    minutes_approved_by: Mapped[str] = mapped_column(String(200), default="")
    minutes_approved_at_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class MeetingParticipant(Base):
    """An organisation invited to a meeting and how it took part (invited, confirmed, attended, excused,
    no_show, written_comments: written comments sent in advance count as participation)."""

    __tablename__ = "meeting_participant"
    __table_args__ = (UniqueConstraint("meeting_id", "organisation_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    role: Mapped[str] = mapped_column(String(24), default="")  # co_lead / core_partner on the day; "" a guest
    status: Mapped[str] = mapped_column(String(24), default="invited")
    attendee: Mapped[str] = mapped_column(String(200), default="")  # who represented it, as written


class MeetingGuest(Base):
    """A guest of a meeting who is not an invited organisation (a speaker, an observer)."""

    __tablename__ = "meeting_guest"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    affiliation: Mapped[str] = mapped_column(String(300), default="")
    attended: Mapped[bool] = mapped_column(Boolean, default=False)


class AgendaItem(Base):
    """An item of a meeting's agenda: presenter, decision sought; in the minutes, its record and decision."""

    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("meeting_id", "position"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    presenter: Mapped[str] = mapped_column(String(200), default="")
    decision_sought: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")


class MeetingPaper(Base):
    """A paper of an agenda item: a file kept with the data (like an application's evidence)."""

    __tablename__ = "meeting_paper"

    agenda_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class WrittenComment(Base):
    """Written comments an organisation sent in advance on an agenda item (they count as participation)."""

    __tablename__ = "written_comment"
    __table_args__ = (UniqueConstraint("agenda_item_id", "organisation_id"),)

    agenda_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")


class TravelRequest(Base):
    """A partner's request for travel support to a meeting, and the amount granted (None: not decided)."""

    __tablename__ = "travel_request"
    __table_args__ = (UniqueConstraint("meeting_id", "organisation_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    requested_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[float] = mapped_column(Float)
    granted: Mapped[float | None] = mapped_column(Float)
    traveller: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class WorkTask(Base):
    """A task of a programme's work plan, or an action item of a meeting's minutes (``meeting_id`` set),
    which is a task of the work plan too."""

    __tablename__ = "work_task"

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme.id"), index=True)
    work_stream: Mapped[str] = mapped_column(String(200), default="")
    area: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(Text)
    responsibility: Mapped[str] = mapped_column(String(300), default="")  # the owner, as written
    owner_organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    milestones: Mapped[str] = mapped_column(Text, default="")
    expected_outputs: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default="not_started", index=True)
    postponement_reason: Mapped[str] = mapped_column(Text, default="")
    # Where the task comes from: a meeting (and its agenda item) or a reference such as "decisions taken
    # by the Senior Officials' Meeting".
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    source_reference: Mapped[str] = mapped_column(String(300), default="")
    # The annual work plan for the funding partners.
    plan_year: Mapped[int | None] = mapped_column(Integer, index=True)
    budget_line: Mapped[str] = mapped_column(String(200), default="")
    funding_source: Mapped[str] = mapped_column(String(300), default="")  # a donor, or a co-lead in kind
    in_kind: Mapped[bool] = mapped_column(Boolean, default=False)


class TaskProgress(Base):
    """A dated progress entry of a task, with its next steps."""

    __tablename__ = "task_progress"
    __table_args__ = (UniqueConstraint("task_id", "entry_on"),)

    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_task.id"), index=True)
    entry_on: Mapped[date] = mapped_column(Date)
    progress: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
