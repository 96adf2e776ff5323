"""Applications to join a programme: calls, intake by hand, the lifecycle, screening, attachments,
decisions and the mail-merge list.

The lifecycle table and its wording live in `opn_desk.domain.applications`; this module enforces it on
the database and records every move as an `ApplicationTransition` (who, when, why). Choices made here:

- Recording an application writes its first transition (nothing -> Received).
- Screening -> Under review (and reopening straight to Under review) needs every checklist item done,
  or an override reason, which is written into the transition's reason with the items not done.
- Accepting creates the membership with `registry.add_membership` (so its rules apply: no second active
  membership in the same role), starting on the decision date; co-leads and core partners get a
  two-year term (editable), network members an open-ended one. The membership's notes name the
  application, which is how the application finds "its" membership later.
- Reopening an accepted application whose membership is still active is refused with a sentence
  saying to end the membership first, unless the caller asks to end it explicitly
  (``end_membership=True``): it is then ended on the day of reopening, with the reason in its notes.
  Nothing is deleted. Reopening clears the decision fields; the transitions keep the history.
- Decided or withdrawn applications are read-only except for attachments (decision letters may be
  added afterwards); reopen them to edit.
- Attachments live in the `attachment` table (content deferred); services/audit.py loads deferred
  columns of rows about to be deleted so their snapshot (and undo) stays complete.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased, undefer

from opn_desk.db.models import (
    Application,
    ApplicationTransition,
    Attachment,
    Call,
    Country,
    Membership,
    Organisation,
    Person,
    Programme,
    Review,
    utcnow,
)
from opn_desk.domain.applications import (
    APPLICATION_SORT_KEYS,
    CLOSED_STATUSES,
    CONTRIBUTION_KINDS,
    OPEN_STATUSES,
    REVIEW_STATUSES,
    TRANSITIONS,
    ApplicationDetail,
    ApplicationInput,
    ApplicationQuery,
    ApplicationRow,
    AttachmentContent,
    AttachmentValue,
    CallInput,
    CallValue,
    TransitionRefused,
    TransitionValue,
    allowed_transitions,
    check_transition,
    fresh_checklist,
    is_reopen,
    outstanding,
)
from opn_desk.domain.registry import MembershipInput
from opn_desk.domain.text import fold
from opn_desk.domain.vocab import ApplicationStatus, MembershipStatus, Role, shown_programme
from opn_desk.i18n import translate
from opn_desk.services import registry, reviews
from opn_desk.services.countries import shown_name
from opn_desk.services.desk_settings import screening_checklist
from opn_desk.services.errors import InvalidInput, NotAllowed, NotFound, StaleEdit
from opn_desk.services.errors import existing as _get

S = ApplicationStatus
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
TERM_YEARS = 2  # co-leads and core partners
MAIL_MERGE_COLUMNS = ("organisation", "representative", "email", "programme", "role", "status", "decision_date")
_OPEN = tuple(s.value for s in OPEN_STATUSES)
ACCEPTED_MEMBERSHIP_NOTE = "Created by accepting application {id}."




def _actor(session: Session) -> str:
    ctx = session.info.get("operation")
    return ctx.actor if ctx is not None else "unknown"


def _programme(session: Session, code: str) -> Programme:
    programme = session.scalar(select(Programme).where(Programme.code == (code or "").strip().upper()))
    if programme is None:
        raise InvalidInput("programme", translate("Applications", "There is no programme with the code '{code}'.").format(
            code=code))
    return programme


def _role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInput("role", translate("Applications", "'{role}' is not a role.").format(role=role)) from None


def _label(role: str) -> str:
    """The role in the officer's language, in lower case ("core partner")."""
    return translate("Vocabulary", Role(role).label).lower()


def _status_label(status: str | ApplicationStatus) -> str:
    return translate("Vocabulary", ApplicationStatus(status).label)


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# --- calls -----------------------------------------------------------------------------------------

def _call_fields(session: Session, data: CallInput) -> tuple[Programme, str]:
    programme = _programme(session, data.programme_code)
    _role(data.role)
    title = data.title.strip()
    if not title:
        raise InvalidInput("title", translate("Applications", "A call needs a title."))
    if len(title) > 300:
        raise InvalidInput("title", translate("Applications", "The call's title is longer than 300 characters."))
    if data.closes_on < data.opens_on:
        raise InvalidInput("closes_on", translate("Applications", "A call cannot close before it opens."))
    return programme, title


def create_call(session: Session, data: CallInput, *, default_criteria: bool = True) -> uuid.UUID:
    """A new call for expressions of interest; core-partner and co-lead calls get the default criteria."""
    programme, title = _call_fields(session, data)
    call = Call(programme_id=programme.id, role=data.role, title=title, opens_on=data.opens_on,
                closes_on=data.closes_on)
    session.add(call)
    session.flush()
    if default_criteria:
        reviews.ensure_default_criteria(session, call.id)
    return call.id


def update_call(session: Session, call_id: uuid.UUID, data: CallInput) -> None:
    call = _get(session, Call, call_id, "call")
    programme, title = _call_fields(session, data)
    if (programme.id, data.role) != (call.programme_id, call.role) and session.scalar(
            select(func.count()).select_from(Application).where(Application.call_id == call_id)):
        raise NotAllowed(translate("Applications", "Applications already answer this call, so its programme and role cannot change."))
    call.programme_id, call.role, call.title = programme.id, data.role, title
    call.opens_on, call.closes_on = data.opens_on, data.closes_on


def list_calls(session: Session, programme: str | None = None, role: str | None = None) -> list[CallValue]:
    counts = (select(Application.call_id, func.count().label("n")).where(Application.call_id.is_not(None))
              .group_by(Application.call_id).subquery())
    stmt = (select(Call, Programme.code, func.coalesce(counts.c.n, 0))
            .join(Programme, Programme.id == Call.programme_id)
            .outerjoin(counts, counts.c.call_id == Call.id)
            .order_by(Call.opens_on.desc(), Call.title))
    if programme:
        stmt = stmt.where(Programme.code == programme)
    if role:
        stmt = stmt.where(Call.role == role)
    return [CallValue(c.id, code, c.role, c.title, c.opens_on, c.closes_on, n) for c, code, n in session.execute(stmt)]


# --- listing ---------------------------------------------------------------------------------------

def _like(token: str) -> str:
    return "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _filtered(stmt: Select, query: ApplicationQuery) -> Select:
    for token in fold(query.text).split():
        stmt = stmt.where(Organisation.search_text.like(_like(token), escape="\\"))
    if query.programme:
        stmt = stmt.where(Programme.code == query.programme)
    if query.call_id:
        stmt = stmt.where(Application.call_id == query.call_id)
    if query.status:
        stmt = stmt.where(Application.status == query.status)
    if query.role:
        stmt = stmt.where(Application.role == query.role)
    if query.open_only:
        stmt = stmt.where(Application.status.in_(_OPEN))
    return stmt


def _joined(stmt: Select) -> Select:
    return (stmt.select_from(Application)
            .join(Organisation, Organisation.id == Application.organisation_id)
            .join(Programme, Programme.id == Application.programme_id))


def count_applications(session: Session, query: ApplicationQuery) -> int:
    return session.scalar(_filtered(_joined(select(func.count(Application.id))), query)) or 0


_STAGE_ORDER = case({s.value: i for i, s in enumerate(ApplicationStatus)}, value=Application.status, else_=99)


def list_applications(session: Session, query: ApplicationQuery, offset: int = 0,
                      limit: int = 200) -> list[ApplicationRow]:
    if query.sort not in APPLICATION_SORT_KEYS:
        raise InvalidInput("sort", translate("Applications", "Cannot sort by '{key}'.").format(key=query.sort))
    stmt = _joined(select(Application.id, Application.organisation_id, Organisation.name, Organisation.acronym,
                          shown_name(), Programme.code, Application.role, Call.title, Application.status,
                          Application.received_on, Application.decided_on))
    stmt = (stmt.outerjoin(Country, Country.id == Organisation.country_id)
            .outerjoin(Call, Call.id == Application.call_id))
    stmt = _filtered(stmt, query)
    key = {"received": Application.received_on, "organisation": Organisation.sort_name,
           "status": _STAGE_ORDER}[query.sort]
    descending = query.descending if query.sort != "received" else not query.descending  # newest first
    order = [key.desc() if descending else key.asc()]
    if query.sort != "organisation":
        order.append(Organisation.sort_name.asc())
    order.append(Application.id)
    rows = session.execute(stmt.order_by(*order).offset(offset).limit(limit)).all()
    since = _last_moves(session, [r[0] for r in rows])
    return [ApplicationRow(id=r[0], organisation_id=r[1], organisation=r[2], acronym=r[3] or "", country=r[4] or "",
                           programme=r[5], role=r[6], call=r[7] or "", status=r[8], received_on=r[9],
                           decided_on=r[10], since=since.get(r[0]))
            for r in rows]


def _last_moves(session: Session, ids: list[uuid.UUID]) -> dict:
    if not ids:
        return {}
    return dict(session.execute(
        select(ApplicationTransition.application_id, func.max(ApplicationTransition.at))
        .where(ApplicationTransition.application_id.in_(ids))
        .group_by(ApplicationTransition.application_id)).all())


# --- reading one -----------------------------------------------------------------------------------

def _split(text: str, sep: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(sep) if part.strip())


def _linked_membership(session: Session, app: Application) -> Membership | None:
    marker = ACCEPTED_MEMBERSHIP_NOTE.format(id=app.id)
    return session.scalar(select(Membership).where(Membership.organisation_id == app.organisation_id,
                                                   Membership.notes.contains(marker))
                          .order_by(Membership.term_start.desc()).limit(1))


def get_application(session: Session, application_id: uuid.UUID) -> ApplicationDetail:
    app = _get(session, Application, application_id, "application")
    org = _get(session, Organisation, app.organisation_id, "organisation")
    programme = _get(session, Programme, app.programme_id, "programme")
    call = session.get(Call, app.call_id) if app.call_id else None
    people = dict(session.execute(select(Person.id, Person.name).where(
        Person.id.in_([i for i in (app.representative_id, app.alternate_id) if i]))).all())
    transitions = session.scalars(select(ApplicationTransition).where(
        ApplicationTransition.application_id == app.id).order_by(ApplicationTransition.at,
                                                                  ApplicationTransition.created_at)).all()
    membership = _linked_membership(session, app)
    return ApplicationDetail(
        id=app.id, version=app.version, organisation_id=org.id, organisation=org.name,
        programme_code=programme.code, programme_name=shown_programme(programme.code, programme.name), role=app.role, call_id=app.call_id,
        call_title=call.title if call else "", representative_id=app.representative_id,
        representative=people.get(app.representative_id, ""), alternate_id=app.alternate_id,
        alternate=people.get(app.alternate_id, ""), received_on=app.received_on, status=app.status,
        statement=app.statement, contribution_kinds=_split(app.contribution_kinds, ","),
        contribution_details=app.contribution_details, work_streams=_split(app.work_streams, ";"),
        priority_sectors=_split(app.priority_sectors, ";"),
        screening=tuple((k, bool(v)) for k, v in (app.screening or {}).items()),
        mac_opinion=app.mac_opinion, decision=app.decision, decision_rationale=app.decision_rationale,
        decided_on=app.decided_on, membership_id=membership.id if membership else None,
        next_statuses=tuple(s.value for s in allowed_transitions(app.status)),
        transitions=tuple(TransitionValue(t.from_status, t.to_status, t.at, t.actor, t.reason) for t in transitions),
        attachments=tuple(list_attachments(session, app.id)),
        reviews=reviews.review_summary(session, app.id) if app.call_id else None,
    )


# --- recording and editing -------------------------------------------------------------------------

def _items(values: Iterable[str], what: str, field: str) -> list[str]:
    """``what``: "work-stream" or "priority sector"."""
    out: list[str] = []
    for value in values:
        value = " ".join(value.split())
        if not value:
            continue
        if ";" in value:
            sentence = (translate("Applications", "A work-stream cannot contain a semicolon ('{value}'); enter each "
                                  "one separately.") if what == "work-stream" else
                        translate("Applications", "A priority sector cannot contain a semicolon ('{value}'); enter "
                                  "each one separately."))
            raise InvalidInput(field, sentence.format(value=value))
        if value.casefold() not in {v.casefold() for v in out}:
            out.append(value)
    return out


def _kinds(values: Iterable[str]) -> list[str]:
    given = {v.strip() for v in values if v.strip()}
    unknown = sorted(given - set(CONTRIBUTION_KINDS))
    if unknown:
        raise InvalidInput("contribution_kinds", translate("Applications", "'{kind}' is not a kind of contribution "
                                                           "(financial, in_kind or staff_time).").format(kind=unknown[0]))
    return [k for k in CONTRIBUTION_KINDS if k in given]


def _person_of(session: Session, person_id: uuid.UUID | None, org: Organisation, field: str, what: str) -> None:
    if person_id is None:
        return
    person = session.get(Person, person_id)
    if person is None:
        raise InvalidInput(field, translate("Applications", "The representative no longer exists.") if what == "representative"
                           else translate("Applications", "The alternate no longer exists."))
    if person.organisation_id != org.id:
        sentence = (translate("Applications", "The representative, {person}, does not belong to {organisation}.")
                    if what == "representative" else
                    translate("Applications", "The alternate, {person}, does not belong to {organisation}."))
        raise InvalidInput(field, sentence.format(person=person.name, organisation=org.name))


def _validated(session: Session, data: ApplicationInput, own_id: uuid.UUID | None) -> dict:
    org = session.get(Organisation, data.organisation_id) if data.organisation_id else None
    if org is None:
        raise InvalidInput("organisation", translate("Applications", "Choose the organisation that applies (create it first if it is new)."))
    if org.merged_into_id is not None:
        target = session.get(Organisation, org.merged_into_id)
        raise InvalidInput("organisation", translate("Applications", "{name} was merged into {target}; choose that one.").format(
            name=org.name, target=target.name if target else translate("Applications", "another record")))
    programme = _programme(session, data.programme_code)
    role = _role(data.role)
    if not programme.active and own_id is None:
        raise NotAllowed(translate("Applications", "{programme} no longer takes applications.").format(
            programme=shown_programme(programme.code, programme.name)))
    call = None
    if data.call_id is not None:
        call = session.get(Call, data.call_id)
        if call is None:
            raise InvalidInput("call", translate("Applications", "That call no longer exists."))
        if call.programme_id != programme.id or call.role != role.value:
            sentence = {
                Role.CO_LEAD: translate("Applications", "The call '{title}' is not for co-leads of {code}."),
                Role.CORE_PARTNER: translate("Applications", "The call '{title}' is not for core partners of {code}."),
            }.get(role) or translate("Applications", "The call '{title}' is not for network members of {code}.")
            raise InvalidInput("call", sentence.format(title=call.title, code=programme.code))
    elif role != Role.NETWORK_MEMBER:
        raise InvalidInput("call", translate("Applications", "A co-lead application answers a call; choose the call.")
                           if role == Role.CO_LEAD else
                           translate("Applications", "A core partner application answers a call; choose the call."))
    _person_of(session, data.representative_id, org, "representative", "representative")
    _person_of(session, data.alternate_id, org, "alternate", "alternate")
    if data.representative_id is not None and data.representative_id == data.alternate_id:
        raise InvalidInput("alternate", translate("Applications", "The alternate must be someone other than the representative."))
    received = data.received_on or date.today()
    if received > date.today():
        raise InvalidInput("received_on", translate("Applications", "An application cannot be received in the future."))
    member = session.scalar(select(Membership.id).where(
        Membership.organisation_id == org.id, Membership.programme_id == programme.id,
        Membership.role == role.value, Membership.status == MembershipStatus.ACTIVE.value))
    if member:
        raise NotAllowed(translate("Applications", "{name} is already an active {role} of {code}.").format(
            name=org.name, role=_label(role.value), code=programme.code))
    pending = select(Application.id).where(
        Application.organisation_id == org.id, Application.programme_id == programme.id,
        Application.role == role.value, Application.status.in_(_OPEN))
    if own_id is not None:
        pending = pending.where(Application.id != own_id)
    if session.scalar(pending.limit(1)):
        raise NotAllowed(translate("Applications", "{name} already has an open application to be a {role} of {code}.").format(
            name=org.name, role=_label(role.value), code=programme.code))
    return dict(
        organisation_id=org.id, programme_id=programme.id, role=role.value, call_id=call.id if call else None,
        representative_id=data.representative_id, alternate_id=data.alternate_id, received_on=received,
        statement=data.statement.strip(), contribution_kinds=",".join(_kinds(data.contribution_kinds)),
        contribution_details=data.contribution_details.strip(),
        work_streams="; ".join(_items(data.work_streams, "work-stream", "work_streams")),
        priority_sectors="; ".join(_items(data.priority_sectors, "priority sector", "priority_sectors")),
    )


def _move(session: Session, app: Application, to: ApplicationStatus, reason: str) -> None:
    session.add(ApplicationTransition(application_id=app.id, from_status=app.status, to_status=to.value,
                                      at=utcnow(), actor=_actor(session), reason=reason.strip()))
    app.status = to.value


def record_application(session: Session, data: ApplicationInput,
                       checklist: Sequence[str] | None = None) -> uuid.UUID:
    """Record an application received by hand; ``checklist`` replaces the role's screening items."""
    fields = _validated(session, data, None)
    items = checklist if checklist is not None else screening_checklist(session, fields["role"])
    app = Application(**fields, status=S.RECEIVED.value, screening=fresh_checklist(items))
    session.add(app)
    session.flush()
    session.add(ApplicationTransition(application_id=app.id, from_status=None, to_status=S.RECEIVED.value,
                                      at=utcnow(), actor=_actor(session), reason=translate("Applications", "Recorded by hand.")))
    session.flush()
    return app.id


def _open_app(session: Session, application_id: uuid.UUID, doing: str) -> Application:
    app = _get(session, Application, application_id, "application")
    if app.status not in _OPEN:
        sentence = {
            "be edited": translate("Applications", "A {status} application cannot be edited; reopen it first."),
            "be screened": translate("Applications", "A {status} application cannot be screened; reopen it first."),
        }.get(doing) or translate("Applications", "A {status} application cannot change; reopen it first.")
        raise NotAllowed(sentence.format(status=_status_label(app.status).lower()))
    return app


def update_application(session: Session, application_id: uuid.UUID, data: ApplicationInput,
                       expected_version: int | None = None) -> None:
    app = _open_app(session, application_id, "be edited")
    if expected_version is not None and app.version != expected_version:
        raise StaleEdit(translate("Applications", "The application was changed since you opened it; reopen it to see the latest version."))
    fields = _validated(session, data, app.id)
    keys = ("organisation_id", "programme_id", "role", "call_id")
    if any(fields[k] != getattr(app, k) for k in keys) and session.scalar(
            select(func.count()).select_from(Review).where(Review.application_id == app.id)):
        raise NotAllowed(translate("Applications", "The application already has scores, so its organisation, programme, role and call "
                         "cannot change."))
    if fields["role"] != app.role:
        # Keep what was ticked; add the new role's items not yet on the list.
        checklist = dict(app.screening or {})
        for item in screening_checklist(session, fields["role"]):
            checklist.setdefault(item, False)
        app.screening = checklist
    for key, value in fields.items():
        if getattr(app, key) != value:
            setattr(app, key, value)


# --- screening and the MAC's opinion ---------------------------------------------------------------

def update_screening(session: Session, application_id: uuid.UUID, checklist: Mapping[str, bool] |
                     Sequence[tuple[str, bool]]) -> None:
    """Replace the application's checklist (items may be ticked, added, renamed or removed)."""
    app = _open_app(session, application_id, "be screened")
    pairs = checklist.items() if isinstance(checklist, Mapping) else checklist
    new: dict[str, bool] = {}
    for item, done in pairs:
        item = " ".join(str(item).split())
        if not item:
            raise InvalidInput("screening", translate("Applications", "A checklist item needs a name."))
        if item in new:
            raise InvalidInput("screening", translate("Applications", "The checklist has '{item}' twice.").format(item=item))
        new[item] = bool(done)
    if new != (app.screening or {}):
        app.screening = new


def set_screening_item(session: Session, application_id: uuid.UUID, item: str, done: bool) -> None:
    """Tick (or untick) one checklist item; an item not on the list is added."""
    app = _open_app(session, application_id, "be screened")
    checklist = dict(app.screening or {})
    checklist[" ".join(item.split())] = bool(done)
    update_screening(session, application_id, checklist)


def set_mac_opinion(session: Session, application_id: uuid.UUID, text: str) -> None:
    app = _get(session, Application, application_id, "application")
    if app.status not in REVIEW_STATUSES:
        raise NotAllowed(translate("Applications", "The MAC's opinion is recorded while an application is under review or "
                                   "waiting for it; this one is {status}.").format(status=_status_label(app.status)))
    if app.mac_opinion != text.strip():
        app.mac_opinion = text.strip()


# --- transitions -----------------------------------------------------------------------------------

def _checked(app: Application, to: ApplicationStatus, reason: str) -> None:
    try:
        check_transition(app.status, to, reason)
    except TransitionRefused as exc:
        if exc.field:
            raise InvalidInput(exc.field, _reason_needed(app.status, to)) from None
        raise NotAllowed(_refusal(app.status, to)) from None


# The lifecycle's refusals in the officer's language (the domain's `refusal` words them in English).
_ORDER = (S.RECEIVED, S.SCREENING, S.UNDER_REVIEW, S.MAC_OPINION)


def _subject(status: ApplicationStatus) -> str:
    """"An application ___" as the refusals begin."""
    return {
        S.RECEIVED: translate("Applications", "An application that was just received"),
        S.SCREENING: translate("Applications", "An application in screening"),
        S.UNDER_REVIEW: translate("Applications", "An application under review"),
        S.MAC_OPINION: translate("Applications", "An application waiting for the MAC's opinion"),
        S.ACCEPTED: translate("Applications", "An application that was accepted"),
        S.NOT_ACCEPTED: translate("Applications", "An application that was not accepted"),
        S.WITHDRAWN: translate("Applications", "An application that was withdrawn"),
    }[status]


def _already(status: ApplicationStatus) -> str:
    return {
        S.RECEIVED: translate("Applications", "The application is already received."),
        S.SCREENING: translate("Applications", "The application is already in screening."),
        S.UNDER_REVIEW: translate("Applications", "The application is already under review."),
        S.MAC_OPINION: translate("Applications", "The application is already waiting for the MAC's opinion."),
        S.ACCEPTED: translate("Applications", "The application is already accepted."),
        S.NOT_ACCEPTED: translate("Applications", "The application is already not accepted."),
        S.WITHDRAWN: translate("Applications", "The application is already withdrawn."),
    }[status]


def _refusal(from_status: str, to: ApplicationStatus) -> str:
    """Why the lifecycle refuses the move, in one sentence (as the domain's `refusal`, translated)."""
    frm = ApplicationStatus(from_status)
    if frm == to:
        return _already(frm)
    if frm in CLOSED_STATUSES:
        return translate("Applications", "{subject} can only be reopened, to Screening or Under review, with a reason; "
                         "it cannot move to {status} directly.").format(subject=_subject(frm), status=_status_label(to))
    if to in _ORDER and frm in _ORDER and _ORDER.index(to) < _ORDER.index(frm):
        return translate("Applications", "{subject} cannot go back to {status}.").format(
            subject=_subject(frm), status=_status_label(to))
    labels = [_status_label(s) for s in TRANSITIONS[frm]]
    choices = labels[0] if len(labels) == 1 else translate("Applications", "{first} or {last}").format(
        first=", ".join(labels[:-1]), last=labels[-1])
    return translate("Applications", "{subject} cannot move to {status}; it can move to {choices}.").format(
        subject=_subject(frm), status=_status_label(to), choices=choices)


def _reason_needed(from_status: str, to: ApplicationStatus) -> str:
    if is_reopen(from_status, to):
        return translate("Applications", "Reopening an application needs a reason.")
    if to == S.WITHDRAWN:
        return translate("Applications", "Withdrawing an application needs a reason.")
    return translate("Applications", "Not accepting an application needs a rationale.")


def _gate(app: Application, reason: str, override: str) -> str:
    """Moving into Under review: the checklist must be done, or the override is written into the reason."""
    missing = outstanding(app.screening or {})
    if not missing:
        return reason
    if not override.strip():
        raise NotAllowed(translate("Applications", "The screening checklist is not complete ({items}); tick the items, "
                                   "or give a reason to override it.").format(items="; ".join(missing)))
    note = translate("Applications", "Screening checklist overridden: {reason} (not done: {items}).").format(
        reason=override.strip().rstrip("."), items="; ".join(missing))
    return f"{reason.strip()} {note}".strip()


def move_application(session: Session, application_id: uuid.UUID, to_status: str, reason: str = "", *,
                     override: str = "", on: date | None = None, end_membership: bool = False) -> uuid.UUID | None:
    """Any move of the lifecycle table. Accepting, not accepting, withdrawing and reopening go through
    their own functions (called from here with their defaults); ``on`` is the decision date,
    ``override`` the reason for entering Under review with the checklist incomplete. Returns the new
    membership's id when the move accepts the application."""
    app = _get(session, Application, application_id, "application")
    try:
        to = ApplicationStatus(to_status)
    except ValueError:
        raise InvalidInput("status", translate("Applications", "'{status}' is not an application status.").format(
            status=to_status)) from None
    _checked(app, to, reason)
    if to == S.ACCEPTED:
        return accept_application(session, application_id, on=on, rationale=reason)
    if to == S.NOT_ACCEPTED:
        decline_application(session, application_id, reason, on=on)
    elif is_reopen(app.status, to):
        reopen_application(session, application_id, to.value, reason, override=override,
                           end_membership=end_membership)
    elif to == S.WITHDRAWN:
        withdraw_application(session, application_id, reason)
    else:
        if to == S.UNDER_REVIEW:
            reason = _gate(app, reason, override)
        _move(session, app, to, reason)
    return None


def _decision_date(app: Application, on: date | None) -> date:
    day = on or date.today()
    if day > date.today():
        raise InvalidInput("decided_on", translate("Applications", "A decision cannot be dated in the future."))
    if day < app.received_on:
        raise InvalidInput("decided_on", translate("Applications", "A decision cannot be dated before the application was received."))
    return day


def accept_application(session: Session, application_id: uuid.UUID, *, on: date | None = None,
                       term_end: date | None = None, rationale: str = "") -> uuid.UUID:
    """Accept, creating the membership from the decision date; returns the membership's id."""
    app = _get(session, Application, application_id, "application")
    _checked(app, S.ACCEPTED, rationale)
    day = _decision_date(app, on)
    role = Role(app.role)
    if term_end is None and role in (Role.CO_LEAD, Role.CORE_PARTNER):
        term_end = add_years(day, TERM_YEARS)
    programme = _get(session, Programme, app.programme_id, "programme")
    membership_id = registry.add_membership(session, MembershipInput(
        organisation_id=app.organisation_id, programme_code=programme.code, role=role.value, term_start=day,
        term_end=term_end, representative_id=app.representative_id, alternate_id=app.alternate_id))
    membership = session.get(Membership, membership_id)
    membership.notes = ACCEPTED_MEMBERSHIP_NOTE.format(id=app.id)
    app.decision, app.decided_on, app.decision_rationale = S.ACCEPTED.value, day, rationale.strip()
    _move(session, app, S.ACCEPTED, rationale)
    return membership_id


def decline_application(session: Session, application_id: uuid.UUID, rationale: str, *,
                        on: date | None = None) -> None:
    """Not accepted: the rationale is required and kept on the application and its transition."""
    app = _get(session, Application, application_id, "application")
    _checked(app, S.NOT_ACCEPTED, rationale)
    day = _decision_date(app, on)
    app.decision, app.decided_on, app.decision_rationale = S.NOT_ACCEPTED.value, day, rationale.strip()
    _move(session, app, S.NOT_ACCEPTED, rationale)


def withdraw_application(session: Session, application_id: uuid.UUID, reason: str) -> None:
    app = _get(session, Application, application_id, "application")
    _checked(app, S.WITHDRAWN, reason)
    _move(session, app, S.WITHDRAWN, reason)


def reopen_application(session: Session, application_id: uuid.UUID, to_status: str, reason: str, *,
                       end_membership: bool = False, override: str = "") -> None:
    """Back to Screening or Under review from a decision or a withdrawal, with a reason (see module doc)."""
    app = _get(session, Application, application_id, "application")
    try:
        to = ApplicationStatus(to_status)
    except ValueError:
        raise InvalidInput("status", translate("Applications", "'{status}' is not an application status.").format(
            status=to_status)) from None
    if app.status not in {s.value for s in CLOSED_STATUSES}:
        raise NotAllowed(translate("Applications", "Only a decided or withdrawn application can be reopened."))
    _checked(app, to, reason)
    if to == S.UNDER_REVIEW:
        reason = _gate(app, reason, override)
    org = _get(session, Organisation, app.organisation_id, "organisation")
    programme = _get(session, Programme, app.programme_id, "programme")
    pending = session.scalar(select(Application.id).where(
        Application.organisation_id == app.organisation_id, Application.programme_id == app.programme_id,
        Application.role == app.role, Application.status.in_(_OPEN), Application.id != app.id).limit(1))
    if pending:
        raise NotAllowed(translate("Applications", "{name} has another open application to be a {role} of {code}; this one "
                                   "cannot be reopened beside it.").format(name=org.name, role=_label(app.role),
                                                                           code=programme.code))
    if app.status == S.ACCEPTED.value:
        membership = _linked_membership(session, app)
        if membership is not None and membership.status == MembershipStatus.ACTIVE.value:
            if not end_membership:
                raise NotAllowed(translate("Applications", "Accepting this application made {name} a {role} of {code}; end "
                                           "that membership first, or reopen and end it, so the history stays true.").format(
                    name=org.name, role=_label(app.role), code=programme.code))
            registry.end_membership(session, membership.id, max(date.today(), membership.term_start),
                                    translate("Applications", "application reopened: {reason}").format(reason=reason.strip()))
    app.decision, app.decided_on, app.decision_rationale = None, None, ""
    _move(session, app, to, reason)


# --- attachments -----------------------------------------------------------------------------------

def _clean_filename(filename: str) -> str:
    name = re.split(r"[\\/]", filename or "")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().strip(".")
    if not name:
        raise InvalidInput("filename", translate("Applications", "The attachment needs a file name."))
    if len(name) > 255:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: 255 - len(ext) - 1] + "." + ext) if dot and len(ext) <= 16 else name[:255]
    return name


def add_attachment(session: Session, application_id: uuid.UUID, filename: str, content: bytes) -> uuid.UUID:
    """Copy a file into the database with the application; at most 20 MB, never empty."""
    _get(session, Application, application_id, "application")
    name = _clean_filename(filename)
    data = bytes(content)
    if not data:
        raise InvalidInput("content", translate("Applications", "{name} is empty; there is nothing to attach.").format(name=name))
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput("content", translate("Applications", "{name} is {size} MB; attachments can be at most {limit} MB.").format(
            name=name, size=f"{len(data) / 1024 / 1024:.1f}", limit=MAX_ATTACHMENT_BYTES // 1024 // 1024))
    media_type = mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"
    attachment = Attachment(application_id=application_id, filename=name, media_type=media_type[:100],
                            size=len(data), sha256=hashlib.sha256(data).hexdigest(), content=data)
    session.add(attachment)
    session.flush()
    return attachment.id


def list_attachments(session: Session, application_id: uuid.UUID) -> list[AttachmentValue]:
    rows = session.execute(
        select(Attachment.id, Attachment.filename, Attachment.media_type, Attachment.size, Attachment.sha256,
               Attachment.created_at)
        .where(Attachment.application_id == application_id).order_by(Attachment.created_at, Attachment.filename))
    return [AttachmentValue(*r) for r in rows]


def read_attachment(session: Session, attachment_id: uuid.UUID) -> AttachmentContent:
    row = session.execute(select(Attachment.filename, Attachment.media_type, Attachment.content)
                          .where(Attachment.id == attachment_id)).first()
    if row is None:
        raise NotFound(translate("Applications", "That attachment no longer exists (it may have been removed or undone)."))
    return AttachmentContent(row[0], row[1], bytes(row[2]))


def remove_attachment(session: Session, attachment_id: uuid.UUID) -> None:
    # With its content: the audit snapshot of the deleted row needs it, and undo puts the file back.
    attachment = session.get(Attachment, attachment_id, options=[undefer(Attachment.content)])
    if attachment is None:
        raise NotFound(translate("Applications", "That attachment no longer exists (it may have been removed or undone)."))
    session.delete(attachment)


# --- mail merge ------------------------------------------------------------------------------------

def mail_merge_rows(session: Session, query: ApplicationQuery | None = None) -> list[tuple]:
    """(organisation, representative, e-mail, programme, role, status, decision date) per application,
    for `io.tables.write_table` with `MAIL_MERGE_COLUMNS`. No sensitive personal data."""
    rep = aliased(Person)
    stmt = _joined(select(Organisation.name, rep.name, rep.email, Programme.code, Application.role,
                          Application.status, Application.decided_on))
    stmt = _filtered(stmt.outerjoin(rep, rep.id == Application.representative_id), query or ApplicationQuery())
    stmt = stmt.order_by(Organisation.sort_name, Programme.code, Application.role, Application.received_on)
    return [(name, rep_name or "", email or "", code, Role(role).label, ApplicationStatus(status).label,
             decided.isoformat() if decided else "")
            for name, rep_name, email, code, role, status, decided in session.execute(stmt)]





def applications_page(session: Session, query, offset: int, limit: int, *, count: bool = True):
    """(matching count, or None when not asked, rows from ``offset``) of an applications query, in one read."""
    total = count_applications(session, query) if count else None
    return total, list_applications(session, query, offset=offset, limit=limit)


def edit_criterion(session: Session, criterion_id: uuid.UUID, name: str, weight: float, text: str) -> None:
    """A call's evaluation criterion renamed, reweighted or redescribed (positional: ``Desk.write`` takes
    ``description`` for the operation's own)."""
    from opn_desk.services import reviews

    reviews.update_criterion(session, criterion_id, name=name, weight=weight, description=text)


__all__ = [
    "MAIL_MERGE_COLUMNS", "MAX_ATTACHMENT_BYTES", "TERM_YEARS", "accept_application", "add_attachment",
    "applications_page", "edit_criterion",
    "count_applications", "create_call", "decline_application", "get_application", "list_applications",
    "list_attachments", "list_calls", "mail_merge_rows", "move_application", "read_attachment",
    "record_application", "remove_attachment", "reopen_application", "set_mac_opinion", "set_screening_item",
    "update_application", "update_call", "update_screening", "withdraw_application",
]
