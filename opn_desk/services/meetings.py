"""The advisory committee's meetings: meetings and their invitees, agenda and papers, participation and
written comments, travel support, minutes and action items (docs/MEETINGS.md).

Functions take a Session first and never commit: the window and the command line run the writes as
`Desk` operations (one transaction, one audit entry, one undo step, captured for the other laptops).
The rules (invitees on the meeting's date, written comments counting as participation, the LDC-first
travel ranking) are in `opn_desk.domain.meetings`.
"""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from opn_desk.db.models import Country, Membership, Organisation, Programme
from opn_desk.db.models_meetings import (
    AgendaItem,
    Meeting,
    MeetingGuest,
    MeetingPaper,
    MeetingParticipant,
    TravelRequest,
    WorkTask,
    WrittenComment,
)
from opn_desk.domain import meetings as rules
from opn_desk.domain.terms import DUTY_ROLES, TermRow
from opn_desk.domain.vocab import (
    MEETING_KINDS,
    PARTICIPATIONS,
    MeetingKind,
    Participation,
    Role,
    shown_programme,
)
from opn_desk.i18n import long_date, number, translate
from opn_desk.services.countries import shown_name
from opn_desk.services.errors import InvalidInput, NotAllowed, NotFound
from opn_desk.services.terms import programme_by_code

MAX_PAPER_BYTES = 20 * 1024 * 1024


def _tr(text: str) -> str:
    return translate("Meetings", text)


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    id: uuid.UUID
    programme_code: str
    held_on: date
    kind: str  # code
    title: str
    place: str
    invited: int
    took_part: int


@dataclass(frozen=True, slots=True)
class TravelLine:
    request_id: uuid.UUID
    rank: int
    organisation: str
    country_iso3: str
    ldc: bool
    group: str
    amount: float
    proposed: float
    granted: float | None


@dataclass(frozen=True, slots=True)
class TravelView:
    meeting_id: uuid.UUID
    title: str
    held_on: date
    budget: float | None
    priority: tuple[str, ...]
    decided_on: date | None
    lines: tuple[TravelLine, ...]


@dataclass(frozen=True, slots=True)
class RateLine:
    organisation_id: uuid.UUID
    organisation: str
    invited: int
    took_part: int
    rate: float | None


# --- finding ----------------------------------------------------------------------------------------

def _get(session: Session, model, record_id, what: str):
    obj = session.get(model, record_id) if record_id is not None else None
    if obj is None:
        raise NotFound(_gone(what))
    return obj


def _gone(what: str) -> str:
    if what == "organisation":
        return _tr("That organisation no longer exists (it may have been deleted or undone).")
    if what == "agenda item":
        return _tr("That agenda item no longer exists (it may have been deleted or undone).")
    return _tr("That meeting no longer exists (it may have been deleted or undone).")


def meeting_by_ref(session: Session, ref: str | uuid.UUID) -> Meeting:
    """A meeting by its id (as `opn-desk meetings list` prints it; the first 8 characters are enough)."""
    text = str(ref).strip().lower()
    meeting = None
    try:
        meeting = session.get(Meeting, uuid.UUID(text))
    except ValueError:
        if len(text) >= 8:
            found = [m for m in session.scalars(select(Meeting)) if str(m.id).startswith(text)]
            meeting = found[0] if len(found) == 1 else None
    if meeting is None:
        raise InvalidInput("meeting", _tr("There is no meeting with the id {ref}; `opn-desk meetings list` shows "
                                          "them.").format(ref=ref))
    return meeting


def _kind(kind: str) -> str:
    match = MEETING_KINDS.match(kind or "").code
    if match is None:
        words = ", ".join(translate("Vocabulary", k.label).lower() for k in MeetingKind)
        raise InvalidInput("kind", _tr("“{kind}” is not a kind of meeting; the kinds are {words}.").format(
            kind=kind, words=words))
    return match


def _status(status: str) -> str:
    code = PARTICIPATIONS.match(status or "").code
    if code is None:
        words = ", ".join(translate("Vocabulary", p.label).lower() for p in Participation)
        raise InvalidInput("status", _tr("“{status}” is not a way of taking part; use one of: {words}.").format(
            status=status, words=words))
    return code


# --- meetings and invitees --------------------------------------------------------------------------

def create_meeting(session: Session, programme_code: str, kind: str, title: str, held_on: date, *,
                   place: str = "", link: str = "", programme_text: str = "", travel_budget: float | None = None,
                   travel_priority: str = "sids,lldc", invite: bool = True, today: date | None = None) -> uuid.UUID:
    """A meeting of a programme; with ``invite``, the co-leads and core partners in office on its date."""
    programme = programme_by_code(session, programme_code)
    if not (title or "").strip():
        raise InvalidInput("title", _tr("A meeting needs a title."))
    if travel_budget is not None and travel_budget < 0:
        raise InvalidInput("travel_budget", _tr("The travel budget cannot be negative."))
    try:
        priority = ",".join(rules.parse_priority(travel_priority))
    except ValueError as exc:
        raise InvalidInput("travel_priority", str(exc)) from None
    meeting = Meeting(programme_id=programme.id, kind=_kind(kind), title=title.strip()[:300], held_on=held_on,
                      place=place.strip()[:300], link=link.strip()[:500], programme_text=programme_text,
                      travel_budget=travel_budget, travel_priority=priority)
    session.add(meeting)
    session.flush()
    if invite:
        invite_partners(session, meeting.id, today=today)
    return meeting.id


def invite_partners(session: Session, meeting_id: uuid.UUID, *, today: date | None = None) -> int:
    """Invite the co-leads and core partners in office on the meeting's date who are not invited yet;
    returns how many were added."""
    meeting = _get(session, Meeting, meeting_id, "meeting")
    rows = [TermRow(m.id, m.organisation_id, m.programme_id, m.role, m.term_start, m.term_end, m.status, m.renews_id)
            for m in session.scalars(select(Membership).where(Membership.programme_id == meeting.programme_id,
                                                              Membership.role.in_(DUTY_ROLES)))]
    wanted = rules.invitees(rows, meeting.held_on, today or date.today())
    have = set(session.scalars(select(MeetingParticipant.organisation_id)
                               .where(MeetingParticipant.meeting_id == meeting.id)))
    added = 0
    for oid, role in sorted(wanted.items(), key=lambda kv: str(kv[0])):
        if oid not in have:
            session.add(MeetingParticipant(meeting_id=meeting.id, organisation_id=oid, role=role,
                                           status=Participation.INVITED.value))
            added += 1
    session.flush()
    return added


def invite_organisation(session: Session, meeting_id: uuid.UUID, organisation_id: uuid.UUID) -> uuid.UUID:
    """Invite an organisation as a guest (not a co-lead or core partner on the day)."""
    _get(session, Meeting, meeting_id, "meeting")
    _get(session, Organisation, organisation_id, "organisation")
    found = session.scalar(select(MeetingParticipant).where(MeetingParticipant.meeting_id == meeting_id,
                                                            MeetingParticipant.organisation_id == organisation_id))
    if found is not None:
        return found.id
    row = MeetingParticipant(meeting_id=meeting_id, organisation_id=organisation_id, role="",
                             status=Participation.INVITED.value)
    session.add(row)
    session.flush()
    return row.id


def add_guest(session: Session, meeting_id: uuid.UUID, name: str, affiliation: str = "", *,
              attended: bool = False) -> uuid.UUID:
    _get(session, Meeting, meeting_id, "meeting")
    if not (name or "").strip():
        raise InvalidInput("name", _tr("A guest needs a name."))
    guest = MeetingGuest(meeting_id=meeting_id, name=name.strip()[:200], affiliation=affiliation.strip()[:300],
                         attended=attended)
    session.add(guest)
    session.flush()
    return guest.id


def set_participation(session: Session, meeting_id: uuid.UUID, organisation_id: uuid.UUID, status: str, *,
                      attendee: str | None = None) -> None:
    """Record how an invited organisation took part (the attendance ticked in the minutes)."""
    row = session.scalar(select(MeetingParticipant).where(MeetingParticipant.meeting_id == meeting_id,
                                                          MeetingParticipant.organisation_id == organisation_id))
    if row is None:
        raise NotAllowed(_tr("That organisation is not invited to this meeting; invite it first."))
    _minutes_open(_get(session, Meeting, meeting_id, "meeting"))
    row.status = _status(status)
    if attendee is not None:
        row.attendee = attendee.strip()[:200]
    session.flush()


def list_meetings(session: Session, programme_code: str | None = None) -> list[MeetingSummary]:
    """Meetings by date (then title), with how many were invited and took part."""
    stmt = (select(Meeting, Programme.code).join(Programme, Programme.id == Meeting.programme_id)
            .order_by(Meeting.held_on, Meeting.title, Meeting.id))
    if programme_code:
        stmt = stmt.where(Meeting.programme_id == programme_by_code(session, programme_code).id)
    rows = session.execute(stmt).all()
    counts = _participation_counts(session, [m.id for m, _ in rows])
    return [MeetingSummary(m.id, code, m.held_on, m.kind, m.title, m.place, *counts.get(m.id, (0, 0)))
            for m, code in rows]


def _commenters(session: Session, meeting_ids) -> set[tuple[uuid.UUID, uuid.UUID]]:
    return set(session.execute(
        select(AgendaItem.meeting_id, WrittenComment.organisation_id)
        .join(AgendaItem, AgendaItem.id == WrittenComment.agenda_item_id)
        .where(AgendaItem.meeting_id.in_(list(meeting_ids)))).all())


def _participation_counts(session: Session, meeting_ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[int, int]]:
    if not meeting_ids:
        return {}
    wrote = _commenters(session, meeting_ids)
    out: dict[uuid.UUID, list[int]] = {}
    for mid, oid, status in session.execute(
            select(MeetingParticipant.meeting_id, MeetingParticipant.organisation_id, MeetingParticipant.status)
            .where(MeetingParticipant.meeting_id.in_(meeting_ids))):
        counts = out.setdefault(mid, [0, 0])
        counts[0] += 1
        counts[1] += rules.took_part(status, (mid, oid) in wrote)
    return {k: (v[0], v[1]) for k, v in out.items()}


def participation_rates(session: Session, programme_code: str, *, as_of: date | None = None) -> list[RateLine]:
    """Each invited organisation's participation over the programme's meetings held by ``as_of``: highest
    rate first, then by name (feeds partnership health)."""
    programme = programme_by_code(session, programme_code)
    as_of = as_of or date.today()
    rows = session.execute(
        select(MeetingParticipant.organisation_id, MeetingParticipant.meeting_id, Meeting.held_on,
               MeetingParticipant.status)
        .join(Meeting, Meeting.id == MeetingParticipant.meeting_id)
        .where(Meeting.programme_id == programme.id, Meeting.held_on <= as_of)).all()
    wrote = _commenters(session, {r[1] for r in rows})
    rates = rules.participation_rates(
        (rules.Attendance(oid, mid, held, status, (mid, oid) in wrote) for oid, mid, held, status in rows), as_of)
    names = dict(session.execute(select(Organisation.id, Organisation.name)
                                 .where(Organisation.id.in_(list(rates)))).all()) if rates else {}
    out = [RateLine(oid, names.get(oid, ""), r.invited, r.took_part, r.rate) for oid, r in rates.items()]
    out.sort(key=lambda r: (-(r.rate or 0.0), r.organisation.casefold()))
    return out


# --- agenda, papers, written comments ----------------------------------------------------------------

def add_agenda_item(session: Session, meeting_id: uuid.UUID, title: str, *, presenter: str = "",
                    decision_sought: str = "") -> uuid.UUID:
    _minutes_open(_get(session, Meeting, meeting_id, "meeting"))
    if not (title or "").strip():
        raise InvalidInput("title", _tr("An agenda item needs a title."))
    last = session.scalar(select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id)) or 0
    item = AgendaItem(meeting_id=meeting_id, position=last + 1, title=title.strip()[:300],
                      presenter=presenter.strip()[:200], decision_sought=decision_sought.strip())
    session.add(item)
    session.flush()
    return item.id


def add_paper(session: Session, agenda_item_id: uuid.UUID, filename: str, content: bytes, *,
              title: str = "") -> uuid.UUID:
    """Keep a paper of an agenda item with the data (at most 20 MB, never empty)."""
    _get(session, AgendaItem, agenda_item_id, "agenda item")
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()[:255] or "paper"
    data = bytes(content)
    if not data:
        raise InvalidInput("content", _tr("{name} is empty; there is nothing to attach.").format(name=name))
    if len(data) > MAX_PAPER_BYTES:
        raise InvalidInput("content", _tr("{name} is {size} MB; papers can be at most {most} MB.").format(
            name=name, size=number(len(data) / 1024 / 1024, 1), most=MAX_PAPER_BYTES // 1024 // 1024))
    media_type = mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"
    paper = MeetingPaper(agenda_item_id=agenda_item_id, title=(title or name).strip()[:300], filename=name,
                         media_type=media_type[:100], size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                         content=data)
    session.add(paper)
    session.flush()
    return paper.id


def add_written_comment(session: Session, agenda_item_id: uuid.UUID, organisation_id: uuid.UUID, text: str, *,
                        received_on: date) -> uuid.UUID:
    """Written comments an invited organisation sent in advance on an item: they count as participation,
    so its participation becomes "written comments" unless it attended."""
    item = _get(session, AgendaItem, agenda_item_id, "agenda item")
    meeting = _get(session, Meeting, item.meeting_id, "meeting")
    if received_on > meeting.held_on:
        raise InvalidInput("received_on", _tr("Written comments are those sent in advance: the day received is "
                                              "after the meeting ({day}).").format(day=long_date(meeting.held_on)))
    if not (text or "").strip():
        raise InvalidInput("text", _tr("The written comments are empty."))
    row = session.scalar(select(MeetingParticipant).where(MeetingParticipant.meeting_id == meeting.id,
                                                          MeetingParticipant.organisation_id == organisation_id))
    if row is None:
        raise NotAllowed(_tr("That organisation is not invited to this meeting; invite it first."))
    if row.status != Participation.ATTENDED.value:
        row.status = Participation.WRITTEN_COMMENTS.value
    comment = session.scalar(select(WrittenComment).where(WrittenComment.agenda_item_id == agenda_item_id,
                                                          WrittenComment.organisation_id == organisation_id))
    if comment is None:
        comment = WrittenComment(agenda_item_id=agenda_item_id, organisation_id=organisation_id,
                                 received_on=received_on, text=text.strip())
        session.add(comment)
    else:
        comment.text, comment.received_on = text.strip(), received_on
    session.flush()
    return comment.id


# --- travel support ---------------------------------------------------------------------------------

def add_travel_request(session: Session, meeting_id: uuid.UUID, organisation_id: uuid.UUID, amount: float, *,
                       requested_on: date, traveller: str = "") -> uuid.UUID:
    meeting = _get(session, Meeting, meeting_id, "meeting")
    _get(session, Organisation, organisation_id, "organisation")
    if amount is None or amount <= 0:
        raise InvalidInput("amount", _tr("The amount requested must be more than zero."))
    if meeting.allocation_decided_on is not None:
        raise NotAllowed(_tr("The travel support of this meeting is already allocated; no request can be added."))
    invited = session.scalar(select(MeetingParticipant.id).where(MeetingParticipant.meeting_id == meeting_id,
                                                                 MeetingParticipant.organisation_id == organisation_id))
    if invited is None:
        raise NotAllowed(_tr("Only an organisation invited to the meeting can request travel support."))
    request = TravelRequest(meeting_id=meeting_id, organisation_id=organisation_id, amount=float(amount),
                            requested_on=requested_on, traveller=traveller.strip()[:200])
    session.add(request)
    session.flush()
    return request.id


def travel(session: Session, meeting_id: uuid.UUID) -> TravelView:
    """The requests in computed priority order (LDC status on the meeting's date), with the proposed and
    the granted amounts."""
    meeting = _get(session, Meeting, meeting_id, "meeting")
    rows = session.execute(
        select(TravelRequest, Organisation.name, Country.iso3, Country.ldc_from, Country.ldc_until, Country.sids,
               Country.lldc)
        .join(Organisation, Organisation.id == TravelRequest.organisation_id)
        .outerjoin(Country, Country.id == Organisation.country_id)
        .where(TravelRequest.meeting_id == meeting.id)).all()
    facts = [rules.TravelFacts(t.id, name or "", iso3 or "", ldc_from, ldc_until, bool(sids), bool(lldc),
                               t.requested_on, t.amount, t.granted)
             for t, name, iso3, ldc_from, ldc_until, sids, lldc in rows]
    priority = rules.parse_priority(meeting.travel_priority or "")
    ranked = rules.rank_travel(facts, meeting.held_on, priority, meeting.travel_budget)
    lines = tuple(TravelLine(r.facts.request_id, r.rank, r.facts.organisation, r.facts.country_iso3, r.ldc, r.group,
                             r.facts.amount, r.proposed, r.facts.granted) for r in ranked)
    return TravelView(meeting.id, meeting.title, meeting.held_on, meeting.travel_budget, priority,
                      meeting.allocation_decided_on, lines)


def decide_allocation(session: Session, meeting_id: uuid.UUID, *, decided_on: date,
                      grants: dict[uuid.UUID, float] | None = None) -> None:
    """Record the travel allocation, decided before the meeting (ToR): ``grants`` by request id (requests
    not named get nothing), or the proposed allocation when None."""
    meeting = _get(session, Meeting, meeting_id, "meeting")
    if decided_on > meeting.held_on:
        raise NotAllowed(_tr("The travel allocation is decided before the meeting; {day} is after the meeting "
                             "({held}).").format(day=long_date(decided_on), held=long_date(meeting.held_on)))
    view = travel(session, meeting_id)
    if grants is None:
        grants = {line.request_id: line.proposed for line in view.lines}
    requested = {line.request_id: line.amount for line in view.lines}
    unknown = [rid for rid in grants if rid not in requested]
    if unknown:
        raise InvalidInput("grants", _tr("A grant names a request that is not one of this meeting's."))
    problems = rules.allocation_problems(grants, requested, meeting.travel_budget)
    if problems:
        raise InvalidInput("grants", problems[0])
    for request in session.scalars(select(TravelRequest).where(TravelRequest.meeting_id == meeting_id)):
        request.granted = round(float(grants.get(request.id, 0.0)), 2)
    meeting.allocation_decided_on = decided_on
    session.flush()


# --- minutes and action items ----------------------------------------------------------------------

def start_minutes(session: Session, meeting_id: uuid.UUID, *, on: date) -> int:
    """Start the minutes from a copy of the agenda: each item's record opens with its presenter and the
    decision sought. Returns the number of items copied."""
    meeting = _get(session, Meeting, meeting_id, "meeting")
    if meeting.minutes_started_on is not None:
        raise NotAllowed(_tr("The minutes of this meeting were started on {day}.").format(
            day=long_date(meeting.minutes_started_on)))
    items = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                            .order_by(AgendaItem.position)).all()
    for item in items:
        if not item.minutes:
            parts = [_tr("Presented by {presenter}.").format(presenter=item.presenter) if item.presenter else "",
                     _tr("Decision sought: {decision}").format(decision=item.decision_sought)
                     if item.decision_sought else ""]
            item.minutes = " ".join(p for p in parts if p)
    meeting.minutes_started_on = on
    session.flush()
    return len(items)


def _minutes_open(meeting: Meeting) -> None:
    """Approved minutes are read-only: their record, decisions, action items, attendance and agenda."""
    if meeting.minutes_approved_on is not None:
        raise NotAllowed(_tr("The minutes of {meeting} were approved on {day}; approved minutes cannot be "
                             "changed.").format(meeting=meeting.title, day=long_date(meeting.minutes_approved_on)))


def approve_minutes(session: Session, meeting_id: uuid.UUID, *, by: str, at_meeting_id: uuid.UUID | None = None,
                    on: date | None = None, today: date | None = None) -> date:
    """The minutes go from draft to approved: at a later meeting of the programme (on that meeting's day),
    or by written procedure on ``on``; ``by`` says who approved them. From then on they are read-only.
    Returns the day of the approval."""
    meeting = _get(session, Meeting, meeting_id, "meeting")
    if meeting.minutes_started_on is None:
        raise NotAllowed(_tr("The minutes of {meeting} are not started; start them from the agenda before "
                             "approving them.").format(meeting=meeting.title))
    if meeting.minutes_approved_on is not None:
        raise NotAllowed(_tr("The minutes of {meeting} were already approved on {day}.").format(
            meeting=meeting.title, day=long_date(meeting.minutes_approved_on)))
    if not (by or "").strip():
        raise InvalidInput("by", _tr("Say who approved the minutes (for example the advisory committee, or its "
                                     "members by written procedure)."))
    today = today or date.today()
    if at_meeting_id is not None:
        later = _get(session, Meeting, at_meeting_id, "meeting")
        if later.programme_id != meeting.programme_id or later.held_on <= meeting.held_on:
            raise InvalidInput("at_meeting", _tr("Minutes are approved at a later meeting of the same programme; "
                                                 "{title} ({day}) is not one.").format(
                title=later.title, day=long_date(later.held_on)))
        on = later.held_on
    elif on is None:
        raise InvalidInput("on", _tr("Give the day the written procedure approved the minutes."))
    if on < meeting.held_on:
        raise InvalidInput("on", _tr("Minutes cannot be approved before their meeting ({day}).").format(
            day=long_date(meeting.held_on)))
    if on > today:
        raise InvalidInput("on", _tr("Minutes cannot be approved on a day still to come ({day}).").format(
            day=long_date(on)))
    meeting.minutes_approved_on = on
    meeting.minutes_approved_by = by.strip()[:200]
    meeting.minutes_approved_at_id = at_meeting_id
    session.flush()
    return on


def approval_words(session: Session, meeting: Meeting) -> str:
    """How the minutes stand, in a sentence ("Approved on 2025-06-18 by … at …"); "" while a draft."""
    if meeting.minutes_approved_on is None:
        return ""
    day = long_date(meeting.minutes_approved_on)
    later = session.get(Meeting, meeting.minutes_approved_at_id) if meeting.minutes_approved_at_id else None
    by = meeting.minutes_approved_by or ""
    if later is not None:
        return _tr("Approved on {day} by {by} at {meeting} ({held}).").format(
            day=day, by=by, meeting=later.title, held=long_date(later.held_on)) if by else \
            _tr("Approved on {day} at {meeting} ({held}).").format(day=day, meeting=later.title,
                                                                   held=long_date(later.held_on))
    if not by:  # recorded before 0009 said who and how
        return _tr("Approved on {day}.").format(day=day)
    return _tr("Approved on {day} by {by}, by written procedure.").format(day=day, by=by)


def record_item(session: Session, agenda_item_id: uuid.UUID, *, minutes: str | None = None,
                decision: str | None = None) -> None:
    item = _get(session, AgendaItem, agenda_item_id, "agenda item")
    _minutes_open(_get(session, Meeting, item.meeting_id, "meeting"))
    if minutes is not None:
        item.minutes = minutes.strip()
    if decision is not None:
        item.decision = decision.strip()
    session.flush()


def add_action_item(session: Session, meeting_id: uuid.UUID, text: str, *, owner: str, due_on: date,
                    agenda_item_id: uuid.UUID | None = None, owner_organisation_id: uuid.UUID | None = None,
                    area: str = "Action items of meetings") -> uuid.UUID:
    """An action item of the minutes, with its owner and due date: a task of the work plan coming from the
    meeting, listed in the Due list once its date has passed."""
    meeting = _get(session, Meeting, meeting_id, "meeting")
    _minutes_open(meeting)
    if not (text or "").strip():
        raise InvalidInput("text", _tr("An action item needs a text."))
    if not (owner or "").strip():
        raise InvalidInput("owner", _tr("An action item needs an owner."))
    if agenda_item_id is not None:
        item = _get(session, AgendaItem, agenda_item_id, "agenda item")
        if item.meeting_id != meeting.id:
            raise InvalidInput("agenda_item", _tr("That agenda item belongs to another meeting."))
    task = WorkTask(programme_id=meeting.programme_id, area=area, title=text.strip(), responsibility=owner.strip()[:300],
                    owner_organisation_id=owner_organisation_id, due_on=due_on, status="not_started",
                    meeting_id=meeting.id, agenda_item_id=agenda_item_id,
                    source_reference=f"{meeting.title}, {meeting.held_on.isoformat()}"[:300],
                    plan_year=due_on.year)
    session.add(task)
    session.flush()
    return task.id


# --- the meeting pack's values -------------------------------------------------------------------

def _role_word(role: str) -> str:
    """The invitee's role in the pack's language ("Guest" when neither co-lead nor core partner)."""
    return translate("Vocabulary", Role(role).label) if role else _tr("Guest")


def pack_values(session: Session, meeting_id: uuid.UUID, *, final: bool = False,
                with_content: bool = True) -> rules.PackValues:
    """Everything the meeting pack prints, as plain values (papers' contents loaded when asked)."""
    meeting = _get(session, Meeting, meeting_id, "meeting")
    programme = session.get(Programme, meeting.programme_id)
    people = session.execute(
        select(MeetingParticipant, Organisation.name, shown_name())
        .join(Organisation, Organisation.id == MeetingParticipant.organisation_id)
        .outerjoin(Country, Country.id == Organisation.country_id)
        .where(MeetingParticipant.meeting_id == meeting.id)).all()
    order = {Role.CO_LEAD.value: 0, Role.CORE_PARTNER.value: 1, "": 2}
    people.sort(key=lambda r: (order.get(r[0].role, 3), (r[1] or "").casefold()))
    participants = [rules.PackParticipant(name or "", country or "", _role_word(p.role),
                                          translate("Vocabulary", Participation(p.status).label), p.attendee)
                    for p, name, country in people]
    participants += [rules.PackParticipant(g.name, g.affiliation, _tr("Guest"),
                                           translate("Vocabulary", (Participation.ATTENDED if g.attended
                                                                    else Participation.INVITED).label))
                     for g in session.scalars(select(MeetingGuest).where(MeetingGuest.meeting_id == meeting.id)
                                              .order_by(MeetingGuest.name))]
    items = []
    for item in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
                                .order_by(AgendaItem.position)):
        cols = [MeetingPaper.title, MeetingPaper.filename, MeetingPaper.media_type, MeetingPaper.size]
        if with_content:
            cols.append(MeetingPaper.content)
        papers = tuple(rules.PackPaper(*row) for row in session.execute(
            select(*cols).where(MeetingPaper.agenda_item_id == item.id).order_by(MeetingPaper.created_at,
                                                                                 MeetingPaper.filename)))
        comments = tuple((name or "", text) for name, text in session.execute(
            select(Organisation.name, WrittenComment.text)
            .join(Organisation, Organisation.id == WrittenComment.organisation_id)
            .where(WrittenComment.agenda_item_id == item.id).order_by(Organisation.sort_name)))
        items.append(rules.PackItem(item.position, item.title, item.presenter, item.decision_sought, papers,
                                    comments, item.minutes, item.decision))
    actions = tuple((t.title, t.responsibility, t.due_on) for t in session.scalars(
        select(WorkTask).where(WorkTask.meeting_id == meeting.id).order_by(WorkTask.due_on, WorkTask.title)))
    return rules.PackValues(programme.code, shown_programme(programme.code, programme.name), meeting.title,
                            translate("Vocabulary", MeetingKind(meeting.kind).label), meeting.held_on,
                            meeting.place, meeting.link, meeting.programme_text, tuple(participants), tuple(items),
                            actions, final, approval_words(session, meeting))
