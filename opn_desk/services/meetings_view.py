"""What the Meetings area reads in one go, built on `services.meetings` (docs/MEETINGS.md): the meetings
with those to come first, one meeting with its invitees, guests, agenda, papers, written comments and
action items, and a paper's content to open it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import Country, Organisation, Programme
from opn_desk.db.models_meetings import (
    AgendaItem,
    Meeting,
    MeetingGuest,
    MeetingPaper,
    MeetingParticipant,
    WorkTask,
    WrittenComment,
)
from opn_desk.domain import meetings as rules
from opn_desk.domain.vocab import Role, shown_programme
from opn_desk.i18n import long_date, translate
from opn_desk.services import meetings
from opn_desk.services.countries import shown_name
from opn_desk.services.errors import NotFound
from opn_desk.services.meetings import MeetingSummary


@dataclass(frozen=True, slots=True)
class MeetingRow:
    summary: MeetingSummary
    link: str
    upcoming: bool


def programmes(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every programme, those holding meetings first."""
    with_meetings = set(session.scalars(select(Meeting.programme_id).distinct()))
    rows = session.execute(select(Programme.id, Programme.code, Programme.name).order_by(Programme.code)).all()
    return [(code, shown_programme(code, name))
            for pid, code, name in sorted(rows, key=lambda r: (r[0] not in with_meetings, r[1]))]


def meeting_rows(session: Session, programme_code: str | None = None, *, today: date | None = None) -> list[MeetingRow]:
    """The meetings to come (soonest first), then those held (latest first)."""
    today = today or date.today()
    found = meetings.list_meetings(session, programme_code)
    links = dict(session.execute(select(Meeting.id, Meeting.link)).all()) if found else {}
    ahead = [m for m in found if m.held_on >= today]
    held = sorted((m for m in found if m.held_on < today), key=lambda m: m.held_on, reverse=True)
    return [MeetingRow(m, links.get(m.id, "") or "", m.held_on >= today) for m in ahead + held]


@dataclass(frozen=True, slots=True)
class Invitee:
    organisation_id: uuid.UUID
    organisation: str
    country: str
    role: str  # co_lead / core_partner / "" (a guest organisation)
    status: str  # participation code
    attendee: str
    wrote_comments: bool

    @property
    def took_part(self) -> bool:
        return rules.took_part(self.status, self.wrote_comments)


@dataclass(frozen=True, slots=True)
class Paper:
    id: uuid.UUID
    title: str
    filename: str
    size: int


@dataclass(frozen=True, slots=True)
class Comment:
    organisation_id: uuid.UUID
    organisation: str
    received_on: date
    text: str


@dataclass(frozen=True, slots=True)
class Item:
    id: uuid.UUID
    position: int
    title: str
    presenter: str
    decision_sought: str
    minutes: str
    decision: str
    papers: tuple[Paper, ...]
    comments: tuple[Comment, ...]


@dataclass(frozen=True, slots=True)
class Action:
    id: uuid.UUID
    title: str
    owner: str
    due_on: date | None
    status: str
    agenda_position: int | None


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    id: uuid.UUID
    programme_code: str
    kind: str
    title: str
    held_on: date
    place: str
    link: str
    programme_text: str
    travel_budget: float | None
    allocation_decided_on: date | None
    minutes_started_on: date | None
    invitees: tuple[Invitee, ...]
    guests: tuple[tuple[str, str, bool], ...]  # (name, affiliation, attended)
    items: tuple[Item, ...]
    actions: tuple[Action, ...]
    minutes_approved_on: date | None = None
    approval: str = ""  # "Approved on … by … at …"; "" while the minutes are a draft
    later_meetings: tuple[tuple[uuid.UUID, str], ...] = ()  # held since, by today: where minutes are approved

    @property
    def took_part(self) -> int:
        return sum(1 for i in self.invitees if i.took_part)

    @property
    def minutes_approved(self) -> bool:
        return self.minutes_approved_on is not None


def meeting_detail(session: Session, meeting_id: uuid.UUID, *, today: date | None = None) -> MeetingDetail:
    today = today or date.today()
    meeting = session.get(Meeting, meeting_id) if meeting_id else None
    if meeting is None:
        raise NotFound(translate("Meetings", "That meeting no longer exists (it may have been deleted or undone)."))
    code = session.get(Programme, meeting.programme_id).code
    items = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
                            .order_by(AgendaItem.position)).all()
    item_ids = [i.id for i in items]
    papers: dict[uuid.UUID, list[Paper]] = {}
    comments: dict[uuid.UUID, list[Comment]] = {}
    if item_ids:
        for pid, iid, title, filename, size in session.execute(
                select(MeetingPaper.id, MeetingPaper.agenda_item_id, MeetingPaper.title, MeetingPaper.filename,
                       MeetingPaper.size).where(MeetingPaper.agenda_item_id.in_(item_ids))
                .order_by(MeetingPaper.created_at, MeetingPaper.filename)):
            papers.setdefault(iid, []).append(Paper(pid, title or filename, filename, size))
        for iid, oid, name, received, text in session.execute(
                select(WrittenComment.agenda_item_id, WrittenComment.organisation_id, Organisation.name,
                       WrittenComment.received_on, WrittenComment.text)
                .join(Organisation, Organisation.id == WrittenComment.organisation_id)
                .where(WrittenComment.agenda_item_id.in_(item_ids)).order_by(Organisation.sort_name)):
            comments.setdefault(iid, []).append(Comment(oid, name or "", received, text))
    wrote = {c.organisation_id for cs in comments.values() for c in cs}
    order = {Role.CO_LEAD.value: 0, Role.CORE_PARTNER.value: 1}
    people = session.execute(
        select(MeetingParticipant, Organisation.name, shown_name())
        .join(Organisation, Organisation.id == MeetingParticipant.organisation_id)
        .outerjoin(Country, Country.id == Organisation.country_id)
        .where(MeetingParticipant.meeting_id == meeting.id)).all()
    invitees = sorted((Invitee(p.organisation_id, name or "", country or "", p.role, p.status, p.attendee,
                               p.organisation_id in wrote) for p, name, country in people),
                      key=lambda i: (order.get(i.role, 2), i.organisation.casefold()))
    guests = tuple((g.name, g.affiliation, g.attended) for g in session.scalars(
        select(MeetingGuest).where(MeetingGuest.meeting_id == meeting.id).order_by(MeetingGuest.name)))
    positions = {i.id: i.position for i in items}
    actions = tuple(Action(t.id, t.title, t.responsibility, t.due_on, t.status, positions.get(t.agenda_item_id))
                    for t in session.scalars(select(WorkTask).where(WorkTask.meeting_id == meeting.id)
                                             .order_by(WorkTask.due_on, WorkTask.title)))
    return MeetingDetail(
        meeting.id, code, meeting.kind, meeting.title, meeting.held_on, meeting.place, meeting.link,
        meeting.programme_text, meeting.travel_budget, meeting.allocation_decided_on, meeting.minutes_started_on,
        tuple(invitees), guests,
        tuple(Item(i.id, i.position, i.title, i.presenter, i.decision_sought, i.minutes, i.decision,
                   tuple(papers.get(i.id, ())), tuple(comments.get(i.id, ()))) for i in items),
        actions, meeting.minutes_approved_on, meetings.approval_words(session, meeting),
        tuple((mid, f"{title} ({long_date(held)})") for mid, title, held in session.execute(
            select(Meeting.id, Meeting.title, Meeting.held_on)
            .where(Meeting.programme_id == meeting.programme_id, Meeting.held_on > meeting.held_on,
                   Meeting.held_on <= today).order_by(Meeting.held_on, Meeting.title))))


def read_paper(session: Session, paper_id: uuid.UUID) -> tuple[str, bytes]:
    """A paper's file name and content, to open it."""
    row = session.execute(select(MeetingPaper.filename, MeetingPaper.content)
                          .where(MeetingPaper.id == paper_id)).first()
    if row is None:
        raise NotFound(translate("Meetings", "That paper no longer exists (it may have been deleted or undone)."))
    return row[0], bytes(row[1])


def tick_attendance(session: Session, meeting_id: uuid.UUID, attended: list[uuid.UUID]) -> int:
    """The attendance ticked in the minutes, in one operation: the organisations named attended; the others
    keep how they took part (written comments stay). Returns how many changed."""
    detail = meeting_detail(session, meeting_id)
    changed = 0
    for invitee in detail.invitees:
        if invitee.organisation_id in attended and invitee.status != "attended":
            meetings.set_participation(session, meeting_id, invitee.organisation_id, "attended")
            changed += 1
    return changed
