"""The leadership renewal process of a programme: its four steps, evidence, the external-review checklist,
succession planning to 2030, co-lead candidates, their scores and MAC opinions, and the proposed
leadership with its balance.

Functions take a Session first and never commit: run writes with `Desk.write` (audited, undoable) and
reads with `Desk.read`. The rules (step order and its override, the steps' wording, what a candidate
is) live in `opn_desk.domain.renewal`. Choices made here:

- One process under way per programme: a second one can be opened once the first has its four steps
  done. The dossier and the command line use the programme's latest process.
- The process links to one co-lead call of its programme (step 2's open call). The lead evaluation
  criteria are that call's criteria: linking a call without criteria gives it the co-lead defaults
  (`domain.applications.DEFAULT_CRITERIA`), which stay editable here or in the call.
- Applicants are the call's co-lead applications, withdrawn ones left out; their scores are the
  call's reviews and their MAC opinion is the application's (`applications.set_mac_opinion`).
  Incumbents are the co-leads in office today; each has a "seeking renewal" flag, a commitment
  offered, a MAC opinion and scores on the same criteria, stored in `renewal_candidate` and
  `renewal_score` (a reviewer cannot score an incumbent they are affiliated with, as for applications).
- Closing a step before the previous one is done needs an override reason; it is stored on the step
  with who closed it and when. Reopening a done step needs a reason, which is added to its evidence.
- Evidence files are attachments (the `attachment` table, `renewal_step_id` set), at most 20 MB each.
"""

from __future__ import annotations

import hashlib
import math
import mimetypes
import re
import unicodedata
import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer

from opn_desk.db.models import (
    Application,
    Attachment,
    Call,
    Country,
    EvaluationCriterion,
    Membership,
    Organisation,
    Person,
    Programme,
    RenewalCandidate,
    RenewalChecklistItem,
    RenewalProcess,
    RenewalScore,
    RenewalStep,
    SuccessionEntry,
    utcnow,
)
from opn_desk.domain.applications import (
    CONTRIBUTION_KINDS,
    MAX_SCORE,
    MIN_SCORE,
    AttachmentValue,
    CriterionValue,
    ScoreInput,
    criterion_words,
    summarise,
)
from opn_desk.domain.programmes import programme_title
from opn_desk.domain.renewal import (
    APPLICANT,
    DEFAULT_CHECKLIST,
    INCUMBENT,
    SHORT_CLUSTER,
    SHORT_GROUP,
    STEPS,
    SUCCESSION_HORIZON,
    CandidateValue,
    ChecklistItemValue,
    CountRow,
    LeadershipBalance,
    ProcessDetail,
    ProcessInput,
    ProcessSummary,
    RuleState,
    StepInput,
    StepRefused,
    StepState,
    StepValue,
    SuccessionValue,
    check_close,
    current_step,
    step_definition,
)
from opn_desk.domain.terms import CompositionEntry
from opn_desk.domain.vocab import (
    ApplicationStatus,
    Gender,
    RegionalGroup,
    Role,
    StakeholderCluster,
    group_label,
    group_name,
    shown_group,
    shown_label,
    shown_programme,
)
from opn_desk.i18n import long_date, singular, translate
from opn_desk.services import applications, reviews, terms
from opn_desk.services.countries import shown_name
from opn_desk.services.errors import InvalidInput, NotAllowed, NotFound, StaleEdit
from opn_desk.services.errors import existing as _get
from opn_desk.services.server_locks import take_turn

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
SEEKING_RENEWAL = "seeking_renewal"
_S = StepState




def _actor(session: Session) -> str:
    ctx = session.info.get("operation")
    return ctx.actor if ctx is not None else "unknown"


def _text(value: str | None, field: str, what: str, limit: int | None = None, *, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(field, translate("Renewal", "{what} is needed.").format(what=what))
    if limit is not None and len(text) > limit:
        raise InvalidInput(field, translate("Renewal", "{what} is longer than {limit} characters.").format(what=what, limit=limit))
    return text


# --- processes -------------------------------------------------------------------------------------

def _steps(session: Session, process_id: uuid.UUID) -> list[RenewalStep]:
    return list(session.scalars(select(RenewalStep).where(RenewalStep.process_id == process_id)
                                .order_by(RenewalStep.number)))


def _states(session: Session, process_id: uuid.UUID) -> dict[int, str]:
    return {s.number: s.state for s in _steps(session, process_id)}


def _check_call(session: Session, programme: Programme, call_id: uuid.UUID | None) -> Call | None:
    if call_id is None:
        return None
    call = _get(session, Call, call_id, "call")
    if call.programme_id != programme.id:
        raise InvalidInput("call", translate("Renewal", "The call '{title}' is a call of another programme, not of {code}.").format(
            title=call.title, code=programme.code))
    if call.role != Role.CO_LEAD.value:
        raise InvalidInput("call", translate("Renewal", "The call '{title}' is not a call for co-leads.").format(title=call.title))
    return call


def create_process(session: Session, data: ProcessInput) -> uuid.UUID:
    """A new renewal process with its four steps (not started) and the default checklist."""
    programme = terms.programme_by_code(session, data.programme_code)
    if not programme.active:
        raise NotAllowed(translate("Renewal", "{programme} is a former programme; a leadership renewal process cannot "
                                   "be opened for it.").format(programme=programme_title(programme.code, shown_programme(programme.code, programme.name))))
    title = _text(data.title, "title", translate("Renewal", "A title for the renewal process"), 300, required=True)
    for other in session.scalars(select(RenewalProcess).where(RenewalProcess.programme_id == programme.id)):
        if current_step(_states(session, other.id)) is not None:
            raise NotAllowed(translate("Renewal", "{code} already has a renewal process under way ({title}); finish its "
                                       "four steps before opening another.").format(code=programme.code, title=other.title))
    call = _check_call(session, programme, data.call_id)
    process = RenewalProcess(programme_id=programme.id, title=title, call_id=call.id if call else None,
                             opened_on=data.opened_on or date.today(), notes=(data.notes or "").strip())
    session.add(process)
    session.flush()
    for step in STEPS:
        session.add(RenewalStep(process_id=process.id, number=step.number, state=_S.NOT_STARTED.value))
    for position, text in enumerate(DEFAULT_CHECKLIST):
        session.add(RenewalChecklistItem(process_id=process.id, position=position, text=text))
    if call is not None:
        reviews.ensure_default_criteria(session, call.id)
    session.flush()
    return process.id


def update_process(session: Session, process_id: uuid.UUID, *, title: str | None = None, notes: str | None = None,
                   opened_on: date | None = None, expected_version: int | None = None) -> None:
    process = _get(session, RenewalProcess, process_id, "renewal process")
    if expected_version is not None and process.version != expected_version:
        raise StaleEdit(translate("Renewal", "The renewal process was changed since you opened it; reload it to see the latest version."))
    if title is not None:
        process.title = _text(title, "title", translate("Renewal", "A title for the renewal process"), 300, required=True)
    if notes is not None and notes.strip() != process.notes:
        process.notes = notes.strip()
    if opened_on is not None and opened_on != process.opened_on:
        process.opened_on = opened_on


def link_call(session: Session, process_id: uuid.UUID, call_id: uuid.UUID | None) -> None:
    """Link the process to its programme's co-lead call (None unlinks); a call without criteria gets the
    co-lead defaults. Changing the call is refused once incumbents have scores on the old call's criteria."""
    process = _get(session, RenewalProcess, process_id, "renewal process")
    programme = _get(session, Programme, process.programme_id, "programme")
    call = _check_call(session, programme, call_id)
    new_id = call.id if call else None
    if new_id == process.call_id:
        return
    if process.call_id is not None and _incumbent_score_count(session, process.id):
        raise NotAllowed(translate("Renewal", "Incumbents already have scores on the criteria of the linked call; remove those scores "
                         "before linking another call."))
    process.call_id = new_id
    if call is not None:
        reviews.ensure_default_criteria(session, call.id)


def _incumbent_score_count(session: Session, process_id: uuid.UUID) -> int:
    return session.scalar(select(func.count()).select_from(RenewalScore)
                          .join(RenewalCandidate, RenewalCandidate.id == RenewalScore.candidate_id)
                          .where(RenewalCandidate.process_id == process_id)) or 0


def list_processes(session: Session, programme_code: str | None = None) -> list[ProcessSummary]:
    stmt = (select(RenewalProcess, Programme.code, Programme.name, Call.title)
            .join(Programme, Programme.id == RenewalProcess.programme_id)
            .outerjoin(Call, Call.id == RenewalProcess.call_id)
            .order_by(Programme.code, RenewalProcess.opened_on.desc(), RenewalProcess.created_at.desc()))
    if programme_code:
        stmt = stmt.where(Programme.code == terms.programme_by_code(session, programme_code).code)
    out = []
    for process, code, name, call_title in session.execute(stmt).all():
        states = _states(session, process.id)
        out.append(ProcessSummary(process.id, code, shown_programme(code, name), process.title, process.opened_on, process.call_id,
                                  call_title or "", current_step(states),
                                  sum(1 for s in states.values() if s == _S.DONE.value)))
    return out


def latest_process(session: Session, programme_code: str) -> uuid.UUID | None:
    """The programme's most recently opened renewal process, or None."""
    programme = terms.programme_by_code(session, programme_code)
    return session.scalar(select(RenewalProcess.id).where(RenewalProcess.programme_id == programme.id)
                          .order_by(RenewalProcess.opened_on.desc(), RenewalProcess.created_at.desc()).limit(1))


def _attachments(session: Session, step_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[AttachmentValue]]:
    out: dict[uuid.UUID, list[AttachmentValue]] = {i: [] for i in step_ids}
    if not step_ids:
        return out
    rows = session.execute(
        select(Attachment.renewal_step_id, Attachment.id, Attachment.filename, Attachment.media_type, Attachment.size,
               Attachment.sha256, Attachment.created_at)
        .where(Attachment.renewal_step_id.in_(list(step_ids)))
        .order_by(Attachment.created_at, Attachment.filename))
    for step_id, *rest in rows:
        out[step_id].append(AttachmentValue(*rest))
    return out


def _step_value(step: RenewalStep, attachments: Sequence[AttachmentValue] = ()) -> StepValue:
    d = step_definition(step.number)
    # The steps' wording is the domain's (English): in the officer's or the document's language here, so the
    # window and the dossier show the same (packaging/update_translations.py: the "RenewalSteps" context).
    return StepValue(step.id, step.number, translate("RenewalSteps", d.title), translate("RenewalSteps", d.description),
                     step.state, step.planned_start, step.planned_end,
                     step.actual_start, step.actual_end, step.responsible or "", step.evidence or "",
                     step.override_reason or "", step.closed_by or "", step.closed_at, tuple(attachments), step.version)


def get_process(session: Session, process_id: uuid.UUID) -> ProcessDetail:
    process = _get(session, RenewalProcess, process_id, "renewal process")
    programme = _get(session, Programme, process.programme_id, "programme")
    call = session.get(Call, process.call_id) if process.call_id else None
    steps = _steps(session, process.id)
    files = _attachments(session, [s.id for s in steps])
    return ProcessDetail(
        id=process.id, version=process.version, programme_code=programme.code, programme_name=shown_programme(programme.code, programme.name),
        title=process.title, opened_on=process.opened_on, notes=process.notes or "",
        call_id=process.call_id, call_title=call.title if call else "",
        call_opens_on=call.opens_on if call else None, call_closes_on=call.closes_on if call else None,
        steps=tuple(_step_value(s, files.get(s.id, ())) for s in steps),
        checklist=tuple(list_checklist(session, process.id)),
        succession=tuple(list_succession(session, process.id)),
    )


# --- steps -----------------------------------------------------------------------------------------

def _step(session: Session, process_id: uuid.UUID, number: int) -> RenewalStep:
    _get(session, RenewalProcess, process_id, "renewal process")
    try:
        step_definition(number)
    except StepRefused as exc:
        raise InvalidInput("step", str(exc)) from None
    step = session.scalar(select(RenewalStep).where(RenewalStep.process_id == process_id, RenewalStep.number == number))
    if step is None:
        raise NotFound(translate("Renewal", "Step {number} of this renewal process no longer exists.").format(number=number))
    return step


def _check_range(start: date | None, end: date | None, field: str, what: str) -> None:
    if start is not None and end is not None and end < start:
        raise InvalidInput(field, translate("Renewal", "The planned end cannot come before its start.") if what == "planned"
                           else translate("Renewal", "The actual end cannot come before its start."))


def update_step(session: Session, process_id: uuid.UUID, number: int, data: StepInput,
                expected_version: int | None = None) -> None:
    """Edit a step's planned and actual dates, who is responsible and the evidence notes."""
    step = _step(session, process_id, number)
    if expected_version is not None and step.version != expected_version:
        raise StaleEdit(translate("Renewal", "Step {number} was changed since you opened it; reload it to see the latest "
                                      "version.").format(number=number))
    _check_range(data.planned_start, data.planned_end, "planned_end", "planned")
    _check_range(data.actual_start, data.actual_end, "actual_end", "actual")
    if data.actual_end is not None and step.state != _S.DONE.value:
        raise InvalidInput("actual_end", translate("Renewal", "Step {number} is not done, so it has no actual end yet; close it "
                                                       "instead.").format(number=number))
    if data.actual_start is not None and data.actual_start > date.today():
        raise InvalidInput("actual_start", translate("Renewal", "A step cannot have started in the future."))
    values = {"planned_start": data.planned_start, "planned_end": data.planned_end,
              "actual_start": data.actual_start, "actual_end": data.actual_end,
              "responsible": _text(data.responsible, "responsible", translate("Renewal", "Who is responsible"), 300),
              "evidence": (data.evidence or "").strip()}
    if step.state == _S.DONE.value and values["actual_end"] is None:
        values["actual_end"] = step.actual_end  # a done step keeps the day it was closed
    for key, value in values.items():
        if getattr(step, key) != value:
            setattr(step, key, value)


def start_step(session: Session, process_id: uuid.UUID, number: int, *, on: date | None = None) -> None:
    """Not started -> In progress, from ``on`` (default today)."""
    step = _step(session, process_id, number)
    if step.state == _S.IN_PROGRESS.value:
        raise NotAllowed(translate("Renewal", "Step {number} is already in progress.").format(number=number))
    if step.state == _S.DONE.value:
        raise NotAllowed(translate("Renewal", "Step {number} is done; reopen it (with a reason) to work on it again.").format(
            number=number))
    day = on or date.today()
    if day > date.today():
        raise InvalidInput("actual_start", translate("Renewal", "A step cannot start in the future."))
    step.state = _S.IN_PROGRESS.value
    step.actual_start = day


def close_step(session: Session, process_id: uuid.UUID, number: int, *, on: date | None = None,
               override: str = "") -> bool:
    """Mark a step done on ``on`` (default today). Refused before the previous step is done, unless an
    override reason is given: it is then recorded on the step with who and when. Returns True when the
    close overrode the order."""
    take_turn(session, RenewalStep.id, RenewalStep.process_id == process_id)  # the team server: one close at a time
    step = _step(session, process_id, number)
    try:
        overridden = check_close(number, _states(session, process_id), override)
    except StepRefused as exc:
        if exc.field:
            raise InvalidInput(exc.field, str(exc)) from None
        raise NotAllowed(str(exc)) from None
    day = on or date.today()
    if day > date.today():
        raise InvalidInput("actual_end", translate("Renewal", "A step cannot be closed in the future."))
    start = step.actual_start or day
    if day < start:
        raise InvalidInput("actual_end", translate("Renewal", "Step {number} started on {day}; it cannot be closed before that.").format(
            number=number, day=long_date(start)))
    step.state = _S.DONE.value
    step.actual_start = start
    step.actual_end = day
    step.closed_by = _actor(session)
    step.closed_at = utcnow()
    step.override_reason = " ".join(override.split()) if overridden else ""
    return overridden


def reopen_step(session: Session, process_id: uuid.UUID, number: int, reason: str) -> None:
    """Done -> In progress again; the reason (required) is added to the step's evidence notes."""
    step = _step(session, process_id, number)
    if step.state != _S.DONE.value:
        raise NotAllowed(translate("Renewal", "Step {number} is not done, so there is nothing to reopen.").format(number=number))
    why = " ".join((reason or "").split())
    if not why:
        raise InvalidInput("reason", translate("Renewal", "Reopening a step needs a reason."))
    note = translate("Renewal", "Reopened on {day} by {who}: {why}").format(day=long_date(date.today()), who=_actor(session),
                                                                          why=why)
    step.evidence = f"{step.evidence.rstrip()}\n{note}".strip() if step.evidence else note
    step.state = _S.IN_PROGRESS.value
    step.actual_end = None
    step.closed_by, step.closed_at, step.override_reason = "", None, ""


def _clean_filename(filename: str) -> str:
    name = re.split(r"[\\/]", filename or "")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().strip(".")
    if not name:
        raise InvalidInput("filename", translate("Renewal", "The attachment needs a file name."))
    return name[-255:]


def add_step_attachment(session: Session, process_id: uuid.UUID, number: int, filename: str,
                        content: bytes) -> uuid.UUID:
    """Copy an evidence file into the database with the step; at most 20 MB, never empty."""
    step = _step(session, process_id, number)
    name = _clean_filename(filename)
    data = bytes(content)
    if not data:
        raise InvalidInput("content", translate("Renewal", "{name} is empty; there is nothing to attach.").format(name=name))
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput("content", translate("Renewal", "{name} is {size} MB; attachments can be at most {limit} MB.").format(
            name=name, size=f"{len(data) / 1024 / 1024:.1f}", limit=MAX_ATTACHMENT_BYTES // 1024 // 1024))
    media_type = mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"
    attachment = Attachment(renewal_step_id=step.id, filename=name, media_type=media_type[:100], size=len(data),
                            sha256=hashlib.sha256(data).hexdigest(), content=data)
    session.add(attachment)
    session.flush()
    return attachment.id


def list_step_attachments(session: Session, process_id: uuid.UUID, number: int) -> list[AttachmentValue]:
    step = _step(session, process_id, number)
    return _attachments(session, [step.id])[step.id]


def remove_step_attachment(session: Session, attachment_id: uuid.UUID) -> None:
    attachment = session.get(Attachment, attachment_id, options=[undefer(Attachment.content)])
    if attachment is None or attachment.renewal_step_id is None:
        raise NotFound(translate("Renewal", "That evidence file no longer exists (it may have been removed or undone)."))
    session.delete(attachment)


read_step_attachment = applications.read_attachment


# --- the external review's checklist ---------------------------------------------------------------

def checklist_words(text: str) -> str:
    """A checklist item as the officer (or the document) reads it: a default item (stored in English, as
    created) in the language in use, the desk's own words as written."""
    return translate("RenewalSteps", text) if text in DEFAULT_CHECKLIST else text


def list_checklist(session: Session, process_id: uuid.UUID) -> list[ChecklistItemValue]:
    items = session.scalars(select(RenewalChecklistItem).where(RenewalChecklistItem.process_id == process_id)
                            .order_by(RenewalChecklistItem.position, RenewalChecklistItem.created_at))
    return [ChecklistItemValue(i.id, i.position, checklist_words(i.text), bool(i.done), i.done_by or "", i.done_at,
                               i.note or "")
            for i in items]


def _item_text(session: Session, process_id: uuid.UUID, text: str, own: uuid.UUID | None) -> str:
    value = " ".join((text or "").split())
    if not value:
        raise InvalidInput("text", translate("Renewal", "A checklist item needs its text."))
    for other in session.scalars(select(RenewalChecklistItem).where(RenewalChecklistItem.process_id == process_id)):
        if other.id != own and other.text.casefold() == value.casefold():
            raise InvalidInput("text", translate("Renewal", "The checklist already has that item."))
    return value


def add_checklist_item(session: Session, process_id: uuid.UUID, text: str) -> uuid.UUID:
    _get(session, RenewalProcess, process_id, "renewal process")
    value = _item_text(session, process_id, text, None)
    last = session.scalar(select(func.max(RenewalChecklistItem.position))
                          .where(RenewalChecklistItem.process_id == process_id))
    item = RenewalChecklistItem(process_id=process_id, position=(last + 1) if last is not None else 0, text=value)
    session.add(item)
    session.flush()
    return item.id


def edit_checklist_item(session: Session, item_id: uuid.UUID, *, text: str | None = None,
                        note: str | None = None) -> None:
    item = _get(session, RenewalChecklistItem, item_id, "checklist item")
    if text is not None:
        value = _item_text(session, item.process_id, text, item.id)
        if value != item.text:
            item.text = value
    if note is not None and note.strip() != item.note:
        item.note = note.strip()


def tick_checklist_item(session: Session, item_id: uuid.UUID, done: bool = True, *, note: str | None = None) -> None:
    """Tick (who and when are recorded) or untick an item."""
    item = _get(session, RenewalChecklistItem, item_id, "checklist item")
    if bool(done) != bool(item.done):
        item.done = bool(done)
        item.done_by, item.done_at = (_actor(session), utcnow()) if done else ("", None)
    if note is not None and note.strip() != item.note:
        item.note = note.strip()


def remove_checklist_item(session: Session, item_id: uuid.UUID) -> None:
    session.delete(_get(session, RenewalChecklistItem, item_id, "checklist item"))


# --- succession planning ---------------------------------------------------------------------------

def list_succession(session: Session, process_id: uuid.UUID) -> list[SuccessionValue]:
    rows = session.execute(
        select(SuccessionEntry, Organisation.name).outerjoin(Organisation, Organisation.id == SuccessionEntry.organisation_id)
        .where(SuccessionEntry.process_id == process_id)).all()
    out = [SuccessionValue(e.id, e.year, e.organisation_id, name or e.name or "", e.role, e.note or "")
           for e, name in rows]
    out.sort(key=lambda v: (v.year, v.role != Role.CO_LEAD.value, v.organisation.casefold(), str(v.id)))
    return out


def _succession_fields(session: Session, process: RenewalProcess, year: int, organisation_id: uuid.UUID | None,
                       name: str, role: str, own: uuid.UUID | None) -> tuple[int, str, str]:
    first = process.opened_on.year
    if not isinstance(year, int) or not first <= year <= SUCCESSION_HORIZON:
        raise InvalidInput("year", translate("Renewal", "Succession is planned for the years {first} to {last}.").format(
            first=first, last=SUCCESSION_HORIZON))
    if role not in (Role.CO_LEAD.value, Role.CORE_PARTNER.value):
        raise InvalidInput("role", translate("Renewal", "Succession is planned for co-leads and core partners."))
    text = _text(name, "name", translate("Renewal", "The name"), 300)
    if organisation_id is not None:
        org = _get(session, Organisation, organisation_id, "organisation")
        text = ""
        taken = session.scalar(select(SuccessionEntry.id).where(
            SuccessionEntry.process_id == process.id, SuccessionEntry.year == year,
            SuccessionEntry.organisation_id == organisation_id, SuccessionEntry.role == role,
            SuccessionEntry.id != own if own else True))
        if taken:
            raise InvalidInput("organisation", translate("Renewal", "{name} is already planned as {role} in {year}.").format(
                name=org.name, role=shown_label(Role, role).lower(), year=year))
    elif not text:
        raise InvalidInput("organisation", translate("Renewal", "Choose the organisation, or write who (for example \"Open seat: Africa\")."))
    return year, text, role


def add_succession(session: Session, process_id: uuid.UUID, year: int, *, organisation_id: uuid.UUID | None = None,
                   name: str = "", role: str = Role.CO_LEAD.value, note: str = "") -> uuid.UUID:
    process = _get(session, RenewalProcess, process_id, "renewal process")
    year, text, role = _succession_fields(session, process, year, organisation_id, name, role, None)
    entry = SuccessionEntry(process_id=process_id, year=year, organisation_id=organisation_id, name=text, role=role,
                            note=(note or "").strip())
    session.add(entry)
    session.flush()
    return entry.id


def update_succession(session: Session, entry_id: uuid.UUID, year: int, *, organisation_id: uuid.UUID | None = None,
                      name: str = "", role: str = Role.CO_LEAD.value, note: str = "") -> None:
    entry = _get(session, SuccessionEntry, entry_id, "succession entry")
    process = _get(session, RenewalProcess, entry.process_id, "renewal process")
    year, text, role = _succession_fields(session, process, year, organisation_id, name, role, entry.id)
    for key, value in {"year": year, "organisation_id": organisation_id, "name": text, "role": role,
                       "note": (note or "").strip()}.items():
        if getattr(entry, key) != value:
            setattr(entry, key, value)


def remove_succession(session: Session, entry_id: uuid.UUID) -> None:
    session.delete(_get(session, SuccessionEntry, entry_id, "succession entry"))


# --- criteria --------------------------------------------------------------------------------------

def _process_call(session: Session, process_id: uuid.UUID) -> Call:
    process = _get(session, RenewalProcess, process_id, "renewal process")
    if process.call_id is None:
        raise NotAllowed(translate("Renewal", "Link the renewal process to its co-lead call first; the criteria are the call's."))
    return _get(session, Call, process.call_id, "call")


def list_process_criteria(session: Session, process_id: uuid.UUID) -> list[CriterionValue]:
    """The lead evaluation criteria (the linked call's); empty when no call is linked."""
    process = _get(session, RenewalProcess, process_id, "renewal process")
    if process.call_id is None:
        return []
    values = reviews.list_criteria(session, process.call_id)
    used = dict(session.execute(
        select(RenewalScore.criterion_id, func.count()).where(RenewalScore.criterion_id.in_([c.id for c in values]))
        .group_by(RenewalScore.criterion_id)).all()) if values else {}
    return [CriterionValue(c.id, c.call_id, c.name, c.description, c.weight, c.position, c.scored + used.get(c.id, 0))
            for c in values]


def add_criterion(session: Session, process_id: uuid.UUID, name: str, weight: float = 1.0,
                  description: str = "") -> uuid.UUID:
    return reviews.add_criterion(session, _process_call(session, process_id).id, name, weight, description)


def update_criterion(session: Session, process_id: uuid.UUID, criterion_id: uuid.UUID, *, name: str | None = None,
                     weight: float | None = None, description: str | None = None) -> None:
    call = _process_call(session, process_id)
    criterion = _get(session, EvaluationCriterion, criterion_id, "criterion")
    if criterion.call_id != call.id:
        raise InvalidInput("criterion", _not_a_criterion(criterion.name))
    reviews.update_criterion(session, criterion_id, name=name, weight=weight, description=description)


def _not_a_criterion(name: str) -> str:
    return translate("Renewal", "'{name}' is not a criterion of this renewal process.").format(name=name)


def remove_criterion(session: Session, process_id: uuid.UUID, criterion_id: uuid.UUID) -> None:
    call = _process_call(session, process_id)
    criterion = _get(session, EvaluationCriterion, criterion_id, "criterion")
    if criterion.call_id != call.id:
        raise InvalidInput("criterion", _not_a_criterion(criterion.name))
    used = session.scalar(select(func.count()).select_from(RenewalScore).where(RenewalScore.criterion_id == criterion_id))
    if used:
        raise NotAllowed((translate("Renewal", "'{name}' already has {count} score of incumbents; remove those scores "
                                    "first, or change its weight instead.") if singular(used) else
                          translate("Renewal", "'{name}' already has {count} scores of incumbents; remove those "
                                    "scores first, or change its weight instead.")).format(name=criterion.name, count=used))
    reviews.remove_criterion(session, criterion_id)


# --- candidates ------------------------------------------------------------------------------------

def _overlays(session: Session, process_id: uuid.UUID) -> tuple[dict, dict]:
    """(by application id, by organisation id for incumbents) of the process's candidate rows."""
    by_app, by_org = {}, {}
    for row in session.scalars(select(RenewalCandidate).where(RenewalCandidate.process_id == process_id)):
        if row.application_id is not None:
            by_app[row.application_id] = row
        else:
            by_org[row.organisation_id] = row
    return by_app, by_org


def list_incumbents(session: Session, process_id: uuid.UUID, *, today: date | None = None
                    ) -> list[tuple[CompositionEntry, bool | None, bool]]:
    """The co-leads in office today: (member, seeking renewal flag, has an application in the call)."""
    process = _get(session, RenewalProcess, process_id, "renewal process")
    programme = _get(session, Programme, process.programme_id, "programme")
    leads = terms.composition(session, programme.code, today=today, roles=(Role.CO_LEAD.value,))
    _by_app, by_org = _overlays(session, process.id)
    applied = _applicant_orgs(session, process)
    return [(m, by_org[m.organisation_id].seeking_renewal if m.organisation_id in by_org else None,
             m.organisation_id in applied) for m in leads]


def _applicant_orgs(session: Session, process: RenewalProcess) -> set[uuid.UUID]:
    if process.call_id is None:
        return set()
    return set(session.scalars(select(Application.organisation_id).where(
        Application.call_id == process.call_id, Application.role == Role.CO_LEAD.value,
        Application.status != ApplicationStatus.WITHDRAWN.value)))


def _incumbent_row(session: Session, process: RenewalProcess, membership_id: uuid.UUID,
                   create: bool = True) -> tuple[RenewalCandidate | None, Membership]:
    membership = _get(session, Membership, membership_id, "membership")
    if membership.programme_id != process.programme_id or membership.role != Role.CO_LEAD.value:
        raise InvalidInput("membership", translate("Renewal", "That membership is not a co-lead membership of this programme."))
    row = session.scalar(select(RenewalCandidate).where(
        RenewalCandidate.process_id == process.id, RenewalCandidate.application_id.is_(None),
        RenewalCandidate.organisation_id == membership.organisation_id))
    if row is None and create:
        row = RenewalCandidate(process_id=process.id, organisation_id=membership.organisation_id,
                               membership_id=membership.id, proposed=False)
        session.add(row)
        session.flush()
    elif row is not None and row.membership_id != membership.id:
        row.membership_id = membership.id  # renewed since: follow the current term
    return row, membership


def set_seeking_renewal(session: Session, process_id: uuid.UUID, membership_id: uuid.UUID, seeking: bool,
                        *, commitment: str | None = None) -> None:
    """Record whether an incumbent co-lead seeks renewal (and, optionally, the commitment offered)."""
    process = _get(session, RenewalProcess, process_id, "renewal process")
    row, _m = _incumbent_row(session, process, membership_id)
    if row.seeking_renewal is not bool(seeking):
        row.seeking_renewal = bool(seeking)
    if not seeking and row.proposed:
        row.proposed = False
    if commitment is not None and commitment.strip() != row.commitment:
        row.commitment = commitment.strip()


def set_commitment(session: Session, process_id: uuid.UUID, membership_id: uuid.UUID, text: str) -> None:
    process = _get(session, RenewalProcess, process_id, "renewal process")
    row, _m = _incumbent_row(session, process, membership_id)
    if (text or "").strip() != row.commitment:
        row.commitment = (text or "").strip()


def _resolve(session: Session, process: RenewalProcess, key: uuid.UUID) -> tuple[str, Application | Membership]:
    app = session.get(Application, key)
    if app is not None:
        if app.call_id is None or app.call_id != process.call_id or app.role != Role.CO_LEAD.value:
            raise InvalidInput("candidate", translate("Renewal", "That application does not answer this renewal process's co-lead call."))
        return APPLICANT, app
    membership = session.get(Membership, key)
    if membership is not None:
        return INCUMBENT, membership
    raise NotFound(translate("Renewal", "That candidate no longer exists (it may have been deleted or undone)."))


def set_mac_opinion(session: Session, process_id: uuid.UUID, key: uuid.UUID, text: str) -> None:
    """The MAC's opinion on a candidate: on the application for an applicant (its rules apply: under review
    or waiting for the MAC), on the process's record for an incumbent."""
    process = _get(session, RenewalProcess, process_id, "renewal process")
    kind, obj = _resolve(session, process, key)
    if kind == APPLICANT:
        applications.set_mac_opinion(session, obj.id, text)
        return
    row, _m = _incumbent_row(session, process, obj.id)
    if (text or "").strip() != row.mac_opinion:
        row.mac_opinion = (text or "").strip()


def propose(session: Session, process_id: uuid.UUID, key: uuid.UUID, proposed: bool = True, note: str = "") -> None:
    """Put a candidate in (or take it out of) the proposed leadership. There is no cap: more than three
    leads may be proposed. An incumbent must seek renewal to be proposed."""
    take_turn(session, RenewalProcess.id, RenewalProcess.id == process_id)  # the team server: one at a time
    process = _get(session, RenewalProcess, process_id, "renewal process")
    kind, obj = _resolve(session, process, key)
    if kind == APPLICANT:
        if obj.status == ApplicationStatus.WITHDRAWN.value and proposed:
            raise NotAllowed(translate("Renewal", "A withdrawn application cannot be proposed."))
        row = session.scalar(select(RenewalCandidate).where(RenewalCandidate.process_id == process.id,
                                                            RenewalCandidate.application_id == obj.id))
        if row is None:
            row = RenewalCandidate(process_id=process.id, organisation_id=obj.organisation_id, application_id=obj.id,
                                   proposed=False)
            session.add(row)
            session.flush()
    else:
        row, _m = _incumbent_row(session, process, obj.id)
        if proposed and not row.seeking_renewal and obj.organisation_id not in _applicant_orgs(session, process):
            raise NotAllowed(translate("Renewal", "This incumbent has not said it seeks renewal; record that first."))
        if proposed and obj.organisation_id in _applicant_orgs(session, process):
            raise NotAllowed(translate("Renewal", "This incumbent also applied to the call; propose its application instead."))
    if row.proposed != bool(proposed):
        row.proposed = bool(proposed)
    if (note or "").strip() != row.proposed_note:
        row.proposed_note = (note or "").strip()


def _score_range() -> str:
    return translate("Renewal", "A score is a number from {low} to {high}.").format(low=f"{MIN_SCORE:g}", high=f"{MAX_SCORE:g}")


def _score_value(value: float) -> float:
    try:
        score = float(value)
    except (TypeError, ValueError):
        raise InvalidInput("score", _score_range()) from None
    if not math.isfinite(score) or not MIN_SCORE <= score <= MAX_SCORE:
        raise InvalidInput("score", _score_range())
    return score


def record_incumbent_score(session: Session, process_id: uuid.UUID, membership_id: uuid.UUID,
                           criterion_id: uuid.UUID, reviewer_id: uuid.UUID, score: float, comment: str = "") -> uuid.UUID:
    """Record (or replace) a reviewer's score of an incumbent seeking renewal on one criterion."""
    call = _process_call(session, process_id)
    process = _get(session, RenewalProcess, process_id, "renewal process")
    criterion = _get(session, EvaluationCriterion, criterion_id, "criterion")
    if criterion.call_id != call.id:
        raise InvalidInput("criterion", _not_a_criterion(criterion.name))
    reviewer = _get(session, Person, reviewer_id, "reviewer")
    value = _score_value(score)
    row, membership = _incumbent_row(session, process, membership_id)
    if not row.seeking_renewal:
        raise NotAllowed(translate("Renewal", "Only an incumbent seeking renewal is scored; record that it seeks renewal first."))
    why = reviews.affiliation_reason(session, reviewer, membership.organisation_id, scored="incumbent",
                                     party="incumbent")
    if why:
        raise NotAllowed(why)
    existing = session.scalar(select(RenewalScore).where(RenewalScore.candidate_id == row.id,
                                                         RenewalScore.criterion_id == criterion_id,
                                                         RenewalScore.reviewer_id == reviewer_id))
    if existing is None:
        existing = RenewalScore(candidate_id=row.id, criterion_id=criterion_id, reviewer_id=reviewer_id, score=value,
                                comment=(comment or "").strip())
        session.add(existing)
        session.flush()
    else:
        existing.score, existing.comment = value, (comment or "").strip()
    return existing.id


def remove_incumbent_score(session: Session, process_id: uuid.UUID, membership_id: uuid.UUID,
                           criterion_id: uuid.UUID, reviewer_id: uuid.UUID) -> None:
    process = _get(session, RenewalProcess, process_id, "renewal process")
    row, _m = _incumbent_row(session, process, membership_id, create=False)
    score = None if row is None else session.scalar(select(RenewalScore).where(
        RenewalScore.candidate_id == row.id, RenewalScore.criterion_id == criterion_id,
        RenewalScore.reviewer_id == reviewer_id))
    if score is None:
        raise NotFound(translate("Renewal", "That score no longer exists (it may have been removed or undone)."))
    session.delete(score)


def _commitment(kinds: str, details: str) -> str:
    labels = [translate("Vocabulary", CONTRIBUTION_KINDS[k.strip()]) if k.strip() in CONTRIBUTION_KINDS else k.strip()
              for k in (kinds or "").split(",") if k.strip()]
    if labels and (details or "").strip():
        return translate("Renewal", "{kinds}: {details}").format(kinds=", ".join(labels), details=details.strip())
    return ", ".join(labels) or (details or "").strip()


def list_candidates(session: Session, process_id: uuid.UUID, *, today: date | None = None) -> list[CandidateValue]:
    """Co-lead applications of the call (withdrawn left out) and incumbents seeking renewal who did not
    apply; best weighted total first (ties by name), unscored last."""
    process = _get(session, RenewalProcess, process_id, "renewal process")
    programme = _get(session, Programme, process.programme_id, "programme")
    leads = terms.composition(session, programme.code, today=today, roles=(Role.CO_LEAD.value,))
    lead_orgs = {m.organisation_id: m for m in leads}
    by_app, by_org = _overlays(session, process.id)
    found: list[CandidateValue] = []
    criteria: list[tuple[uuid.UUID, str, float]] = []
    if process.call_id is not None:
        criteria = [(c.id, criterion_words(c.name), c.weight) for c in session.scalars(
            select(EvaluationCriterion).where(EvaluationCriterion.call_id == process.call_id)
            .order_by(EvaluationCriterion.position, EvaluationCriterion.name))]
        summaries = {r.application_id: r.summary for r in reviews.rank_call(session, process.call_id)}
        apps = session.scalars(select(Application).where(
            Application.call_id == process.call_id, Application.role == Role.CO_LEAD.value,
            Application.status != ApplicationStatus.WITHDRAWN.value)).all()
        details = _org_details(session, {a.organisation_id for a in apps},
                               {a.representative_id for a in apps if a.representative_id})
        for app in apps:
            org, rep = details[0].get(app.organisation_id), details[1].get(app.representative_id, ("", "unknown"))
            overlay = by_app.get(app.id)
            lead = lead_orgs.get(app.organisation_id)
            found.append(_candidate(
                key=app.id, kind=APPLICANT, application_id=app.id, membership_id=lead.membership_id if lead else None,
                org=org, organisation_id=app.organisation_id, rep=rep, incumbent=lead is not None,
                seeking=(by_org[app.organisation_id].seeking_renewal if app.organisation_id in by_org else None)
                if lead else None,
                status=shown_label(ApplicationStatus, app.status), status_code=app.status,
                commitment=_commitment(app.contribution_kinds, app.contribution_details),
                mac_opinion=app.mac_opinion or "", scores=summaries.get(app.id),
                proposed=bool(overlay.proposed) if overlay else False,
                proposed_note=overlay.proposed_note if overlay else "", term_end=lead.term_end if lead else None))
    applied = {c.organisation_id for c in found}
    seeking = [m for m in leads if m.organisation_id not in applied
               and m.organisation_id in by_org and by_org[m.organisation_id].seeking_renewal]
    if seeking:
        rows = {m.organisation_id: by_org[m.organisation_id] for m in seeking}
        scores = _incumbent_scores(session, [r.id for r in rows.values()])
        for m in seeking:
            row = rows[m.organisation_id]
            org = (m.organisation_id, m.organisation, m.acronym, m.cluster_code, m.country, m.country_iso3,
                   m.regional_group_code, None)
            summary = summarise(m.membership_id, criteria, scores.get(row.id, [])) if criteria else None
            found.append(_candidate(
                key=m.membership_id, kind=INCUMBENT, application_id=None, membership_id=m.membership_id,
                org=org, organisation_id=m.organisation_id, rep=(m.representative, m.representative_gender),
                incumbent=True, seeking=True, status=translate("Renewal", "Seeking renewal"), status_code=SEEKING_RENEWAL,
                commitment=row.commitment or "", mac_opinion=row.mac_opinion or "", scores=summary,
                proposed=bool(row.proposed), proposed_note=row.proposed_note or "", term_end=m.term_end))
    return _ranked(found)


def _org_details(session: Session, org_ids: set, person_ids: set) -> tuple[dict, dict]:
    orgs = {}
    ids = list(org_ids)
    for start in range(0, len(ids), 500):
        for row in session.execute(
                select(Organisation.id, Organisation.name, Organisation.acronym, Organisation.stakeholder_cluster,
                       shown_name(), Country.iso3, Country.regional_group, Organisation.parent_id)
                .outerjoin(Country, Country.id == Organisation.country_id)
                .where(Organisation.id.in_(ids[start:start + 500]))):
            orgs[row[0]] = row
    people = {}
    pids = [p for p in person_ids if p]
    for start in range(0, len(pids), 500):
        for pid, name, gender in session.execute(select(Person.id, Person.name, Person.gender)
                                                 .where(Person.id.in_(pids[start:start + 500]))):
            people[pid] = (name or "", gender or "unknown")
    return orgs, people


def _candidate(*, key, kind, application_id, membership_id, org, organisation_id, rep, incumbent, seeking, status,
               status_code, commitment, mac_opinion, scores, proposed, proposed_note, term_end) -> CandidateValue:
    _id, name, acronym, cluster, country, iso3, group, _parent = org or (None, "", "", None, "", "", None, None)
    return CandidateValue(
        key=key, kind=kind, application_id=application_id, membership_id=membership_id,
        organisation_id=organisation_id, organisation=name or "", acronym=acronym or "", country=country or "",
        country_iso3=iso3 or "", regional_group_code=group, regional_group=shown_group(group), cluster_code=cluster,
        cluster=shown_label(StakeholderCluster, cluster), representative=rep[0], representative_gender=rep[1],
        incumbent=incumbent, seeking_renewal=seeking, status=status, status_code=status_code, commitment=commitment,
        mac_opinion=mac_opinion, scores=scores, proposed=proposed, proposed_note=proposed_note, term_end=term_end)


def _incumbent_scores(session: Session, row_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[ScoreInput]]:
    out: dict[uuid.UUID, list[ScoreInput]] = {}
    if not row_ids:
        return out
    rows = session.execute(
        select(RenewalScore.candidate_id, RenewalScore.criterion_id, RenewalScore.reviewer_id, Person.name,
               RenewalScore.score, RenewalScore.comment)
        .join(Person, Person.id == RenewalScore.reviewer_id).where(RenewalScore.candidate_id.in_(row_ids)))
    for cid, crit, rid, name, score, comment in rows:
        out.setdefault(cid, []).append(ScoreInput(crit, rid, name or "", score, comment or ""))
    return out


def _ranked(found: list[CandidateValue]) -> list[CandidateValue]:
    from dataclasses import replace

    def key(c: CandidateValue):
        total = c.total
        return (total is None, -(round(total, 9) if total is not None else 0.0), c.organisation.casefold(), str(c.key))

    found.sort(key=key)
    out, rank = [], 0
    for c in found:
        if c.total is not None:
            rank += 1
            out.append(replace(c, rank=rank))
        else:
            out.append(c)
    return out


# --- the proposed leadership and its balance -------------------------------------------------------

def balance_of(candidates: Sequence[CandidateValue], chosen: Sequence[CandidateValue], rules=None) -> LeadershipBalance:
    """Counts by regional group, cluster and representative's gender of ``chosen``, and the re-check of the
    core-partner selection's balance rules (`opn_desk.selection`; the ToR's defaults for this many seats
    unless ``rules`` are given) over the pool ``candidates``."""
    from opn_desk.selection import recheck
    from opn_desk.services.selection_report_data import rule_name_words

    def words(label: str) -> str:  # the vocabulary's labels in the officer's or the document's language
        return translate("Vocabulary", label)

    seats = len(chosen)
    regions = [CountRow(words(g.label), sum(1 for c in chosen if c.regional_group_code == g.value),
                        group_name(g.value, short=True)) for g in RegionalGroup]
    none = sum(1 for c in chosen if not c.regional_group_code)
    if none:
        regions.append(CountRow(words(group_label(None)), none, words(SHORT_GROUP[None])))
    clusters = [CountRow(words(k.label), sum(1 for c in chosen if c.cluster_code == k.value),
                         words(SHORT_CLUSTER[k.value])) for k in StakeholderCluster]
    unknown_cluster = sum(1 for c in chosen if not c.cluster_code)
    if unknown_cluster:
        clusters.append(CountRow(translate("Renewal", "Not recorded"), unknown_cluster,
                                 translate("Renewal", SHORT_CLUSTER[None])))
    genders = []
    for g in Gender:
        n = sum(1 for c in chosen if (c.representative_gender or "unknown") == g.value)
        if n or g in (Gender.FEMALE, Gender.MALE):
            genders.append(CountRow(words(g.label), n, words(g.label)))
    if seats == 0:
        return LeadershipBalance(0, tuple(regions), tuple(clusters), tuple(genders), ())
    pool = {str(c.key): c for c in [*candidates, *chosen]}
    problem = leadership_problem(pool.values(), seats, rules)
    check = recheck(problem, [str(c.key) for c in chosen])
    states = tuple(RuleState(rule_name_words(r.name), r.count, r.min, r.max, r.state, r.message) for r in check.rules)
    return LeadershipBalance(seats, tuple(regions), tuple(clusters), tuple(genders), states)


def leadership_problem(pool, seats: int, rules=None):
    """The leadership's selection problem as the Leadership area checks it: each candidate's weighted
    total as its score, the core-partner selection's rules for this many seats (ToR defaults, one per
    parent not applied) unless ``rules`` are given. ``pool``: CandidateValue, each once."""
    from opn_desk.selection import Candidate, SelectionProblem, default_rules
    from opn_desk.selection import defaults as d

    return SelectionProblem(
        tuple(Candidate(str(c.key), c.total or 0.0, {
            "name": c.organisation, d.REGIONAL_GROUP: c.regional_group_code or "",
            d.CLUSTER: c.cluster_code or "", d.GENDER: c.representative_gender or "",
            d.INCUMBENT: d.YES if c.incumbent else "", d.COUNTRY: c.country_iso3 or "",
        }) for c in pool),
        tuple(rules if rules is not None else default_rules(seats, one_per_parent=False)), seats)


def proposed_leadership(session: Session, process_id: uuid.UUID, *, today: date | None = None
                        ) -> tuple[list[CandidateValue], LeadershipBalance]:
    """The proposed candidates (in ranking order) and their balance."""
    candidates = list_candidates(session, process_id, today=today)
    chosen = [c for c in candidates if c.proposed]
    return chosen, balance_of(candidates, chosen)


__all__ = [
    "add_checklist_item", "add_criterion", "add_step_attachment", "add_succession", "balance_of", "close_step",
    "create_process", "edit_checklist_item", "get_process", "latest_process", "link_call", "list_candidates",
    "checklist_words", "list_checklist", "list_incumbents", "list_process_criteria", "list_processes", "list_step_attachments",
    "list_succession", "proposed_leadership", "propose", "read_step_attachment", "record_incumbent_score",
    "remove_checklist_item", "remove_criterion", "remove_incumbent_score", "remove_step_attachment",
    "remove_succession", "reopen_step", "set_commitment", "set_mac_opinion", "set_seeking_renewal", "start_step",
    "tick_checklist_item", "update_criterion", "update_process", "update_step", "update_succession",
]
