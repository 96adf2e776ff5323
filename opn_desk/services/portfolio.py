"""The initiatives portfolio: initiatives and their partners, due diligence, the lifecycle, search and
filters, who works with whom, and the export (docs/REPORTING.md).

Changes are functions taking a Session first, run by `Desk.write`; the rules are
`opn_desk.domain.portfolio` (five other SDGs at most, two partners for core, inactive after two years).
An edit of an initiative's content (not of its status) stamps ``content_updated_on``; an initiative that
became inactive by itself is active again after such an edit.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import (
    Country,
    DueDiligenceReview,
    Initiative,
    InitiativePartner,
    Membership,
    Organisation,
    Programme,
)
from opn_desk.domain import portfolio as rules
from opn_desk.domain.reporting import holds_role_on
from opn_desk.domain.text import fold
from opn_desk.domain.vocab import INITIATIVE_KINDS, INITIATIVE_STATUSES, InitiativeKind, InitiativeStatus
from opn_desk.i18n import translate
from opn_desk.services.errors import DeskError, InvalidInput, NotAllowed, NotFound, StaleEdit
from opn_desk.services.terms import programme_by_code

S = InitiativeStatus
DUE_DILIGENCE_CHECKLIST = ("Contributes to the programme's objectives", "Partner in good standing (reported last cycle)",
                           "No conflict with the network's principles", "Targets are measurable and time-bound")
EXPORT_COLUMNS = ("id", "title", "programme", "kind", "status", "lead", "partners", "work_stream", "sector",
                  "countries", "other_sdgs", "targets", "progress", "agreement_type", "starts_on", "ends_on",
                  "last_updated", "logo_granted")
PRIVATE_COLUMNS = ("notes", "due_diligence_decision", "due_diligence_reasons")
_CONTENT = ("title", "description", "work_stream", "sector", "countries", "other_sdgs", "targets", "progress",
            "agreement_type", "starts_on", "ends_on", "lead_id", "kind", "programme_id")


def _tr(text: str) -> str:
    return translate("Portfolio", text)


def checklist_item_words(item: str) -> str:
    """A due-diligence checklist item as the officer reads it. The item's English text is its stored key
    (DueDiligenceReview.checklist; the laptop merge merges the checklist per key), so the key never changes
    with the language: only what the window shows does. An item the desk does not know is shown as stored."""
    words = {
        "Contributes to the programme's objectives": _tr("Contributes to the programme's objectives"),
        "Partner in good standing (reported last cycle)": _tr("Partner in good standing (reported last cycle)"),
        "No conflict with the network's principles": _tr("No conflict with the network's principles"),
        "Targets are measurable and time-bound": _tr("Targets are measurable and time-bound"),
    }
    return words.get(item, item)


@dataclass(frozen=True, slots=True)
class InitiativeInput:
    title: str
    programme_code: str
    lead_id: uuid.UUID | None
    kind: str = InitiativeKind.AFFILIATED.value
    partner_ids: tuple[uuid.UUID, ...] = ()
    description: str = ""
    work_stream: str = ""
    sector: str = ""
    countries: tuple[str, ...] = ()
    other_sdgs: tuple[int, ...] = ()
    targets: str = ""
    progress: str = ""
    agreement_type: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class InitiativeRow:
    id: uuid.UUID
    title: str
    programme: str
    kind: str
    status: str  # effective: inactive after two years without a content update
    stored_status: str
    lead: str
    lead_id: uuid.UUID | None
    partners: tuple[str, ...]  # every participating organisation, the lead first
    partner_ids: tuple[uuid.UUID, ...]
    work_stream: str
    sector: str
    countries: tuple[str, ...]
    other_sdgs: tuple[int, ...]
    targets: str
    progress: str
    agreement_type: str
    starts_on: date | None
    ends_on: date | None
    last_updated: date
    logo_granted: bool
    notes: str
    due_diligence_decision: str
    due_diligence_reasons: str
    version: int


@dataclass(frozen=True, slots=True)
class InitiativeQuery:
    text: str = ""
    programme: str | None = None  # code
    sdg: int | None = None  # serving this SDG besides 12 (12: every initiative)
    sector: str | None = None
    country: str | None = None  # ISO3
    status: str | None = None  # effective status
    kind: str | None = None
    organisation_id: uuid.UUID | None = None


# ----------------------------------------------------------------------------------------- changes

def _get(session: Session, initiative_id: uuid.UUID) -> Initiative:
    initiative = session.get(Initiative, initiative_id)
    if initiative is None:
        raise NotFound(_tr("That initiative no longer exists."))
    return initiative


def _partners(session: Session, initiative_id: uuid.UUID) -> dict[uuid.UUID, InitiativePartner]:
    return {p.organisation_id: p for p in session.scalars(select(InitiativePartner).where(
        InitiativePartner.initiative_id == initiative_id))}


def _values(session: Session, data: InitiativeInput) -> dict:
    title = (data.title or "").strip()
    if not title:
        raise InvalidInput("title", _tr("An initiative needs a title."))
    programme = programme_by_code(session, data.programme_code)
    kind = INITIATIVE_KINDS.code(data.kind)
    if kind is None:
        raise InvalidInput("kind", _tr("An initiative is core or affiliated."))
    if data.lead_id is None:
        raise InvalidInput("lead_id", _tr("An initiative needs a lead organisation."))
    for org in (data.lead_id, *data.partner_ids):
        if session.get(Organisation, org) is None:
            raise NotFound(_tr("An organisation of the initiative no longer exists."))
    try:
        sdgs = rules.other_sdgs(data.other_sdgs)
    except ValueError as exc:
        raise InvalidInput("other_sdgs", str(exc)) from None
    countries = [c.strip().upper() for c in data.countries if c and c.strip()]
    if countries:
        known = set(session.scalars(select(Country.iso3).where(Country.iso3.in_(countries))))
        unknown = [c for c in countries if c not in known]
        if unknown:
            raise InvalidInput("countries", _tr("{codes} is not a country code (ISO3) the desk knows.").format(
                codes=", ".join(unknown)))
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        raise InvalidInput("ends_on", _tr("An initiative cannot end before it starts."))
    problem = rules.core_problem(kind, len(rules.participants(data.lead_id, data.partner_ids)))
    if problem:
        raise InvalidInput("partner_ids", problem)
    return dict(title=title[:300], programme_id=programme.id, lead_id=data.lead_id, kind=kind,
                description=data.description.strip(), work_stream=data.work_stream.strip()[:200],
                sector=data.sector.strip()[:200], countries=sorted(dict.fromkeys(countries)), other_sdgs=list(sdgs),
                targets=data.targets.strip(), progress=data.progress.strip(),
                agreement_type=data.agreement_type.strip()[:100], starts_on=data.starts_on, ends_on=data.ends_on,
                notes=data.notes.strip())


def create_initiative(session: Session, data: InitiativeInput, *, today: date | None = None) -> uuid.UUID:
    """A proposed initiative with its lead and partners."""
    values = _values(session, data)
    initiative = Initiative(**values, status=S.PROPOSED.value, content_updated_on=today or date.today(),
                            logo_granted=False)
    session.add(initiative)
    session.flush()
    for org in dict.fromkeys(data.partner_ids):
        if org != data.lead_id:
            session.add(InitiativePartner(initiative_id=initiative.id, organisation_id=org))
    return initiative.id


def update_initiative(session: Session, initiative_id: uuid.UUID, data: InitiativeInput, *,
                      today: date | None = None, expected_version: int | None = None) -> None:
    """Edit the content and the partners; a changed content stamps the last update."""
    initiative = _get(session, initiative_id)
    if expected_version is not None and initiative.version != expected_version:
        raise StaleEdit(_tr("The initiative was changed since you opened it; reopen it to see the latest version."))
    values = _values(session, data)
    changed = False
    for key, value in values.items():
        if getattr(initiative, key) != value:
            setattr(initiative, key, value)
            changed = changed or key in _CONTENT
    have = _partners(session, initiative_id)
    wanted = [o for o in dict.fromkeys(data.partner_ids) if o != data.lead_id]
    for org, link in have.items():
        if org not in wanted:
            session.delete(link)
            changed = True
    for org in wanted:
        if org not in have:
            session.add(InitiativePartner(initiative_id=initiative_id, organisation_id=org))
            changed = True
    if changed:
        _touched(initiative, today or date.today())


def _touched(initiative: Initiative, today: date) -> None:
    if initiative.content_updated_on != today:
        initiative.content_updated_on = today
    if initiative.status == S.INACTIVE.value:
        initiative.status = S.ACTIVE.value


def add_partner(session: Session, initiative_id: uuid.UUID, organisation_id: uuid.UUID, *,
                today: date | None = None) -> None:
    initiative = _get(session, initiative_id)
    if session.get(Organisation, organisation_id) is None:
        raise NotFound(_tr("That organisation no longer exists."))
    if organisation_id == initiative.lead_id or organisation_id in _partners(session, initiative_id):
        return
    session.add(InitiativePartner(initiative_id=initiative_id, organisation_id=organisation_id))
    _touched(initiative, today or date.today())


def remove_partner(session: Session, initiative_id: uuid.UUID, organisation_id: uuid.UUID, *,
                   today: date | None = None) -> None:
    """A partner leaves the initiative; refused when a core initiative would be left with fewer than two."""
    initiative = _get(session, initiative_id)
    have = _partners(session, initiative_id)
    link = have.get(organisation_id)
    if link is None:
        if organisation_id == initiative.lead_id:
            raise NotAllowed(_tr("The lead cannot leave its initiative; name another lead first."))
        return
    remaining = rules.participants(initiative.lead_id, [o for o in have if o != organisation_id])
    if initiative.status != S.CLOSED.value and (problem := rules.core_problem(initiative.kind, len(remaining))):
        raise NotAllowed(problem + " " + _tr("Add another partner first, or make it affiliated."))
    session.delete(link)
    _touched(initiative, today or date.today())


def move_initiative(session: Session, initiative_id: uuid.UUID, status: str, *, today: date | None = None) -> None:
    """Move an initiative along its lifecycle (`domain.portfolio.TRANSITIONS`)."""
    initiative = _get(session, initiative_id)
    wanted = INITIATIVE_STATUSES.code(status)
    if wanted is None:
        raise InvalidInput("status", _tr("{value!r} is not an initiative status; use one of: {choices}.").format(
            value=status, choices=INITIATIVE_STATUSES.choices()))
    today = today or date.today()
    current = rules.effective_status(initiative.status, initiative.content_updated_on, today)
    review = session.scalar(select(DueDiligenceReview).where(DueDiligenceReview.initiative_id == initiative_id))
    count = len(rules.participants(initiative.lead_id, _partners(session, initiative_id)))
    problem = rules.transition_problem(current, wanted, kind=initiative.kind, count=count,
                                       due_diligence_decision=review.decision if review else None)
    if problem:
        raise NotAllowed(problem)
    if wanted == S.ACTIVE.value and current == S.INACTIVE.value:
        _touched(initiative, today)  # back to active: it was looked at today
    if initiative.status != wanted:
        initiative.status = wanted
    if wanted == S.DUE_DILIGENCE.value and review is None:
        session.add(DueDiligenceReview(initiative_id=initiative_id, checklist={i: False for i in DUE_DILIGENCE_CHECKLIST},
                                       reasons="", decided_by="", letter=""))


def record_due_diligence(session: Session, initiative_id: uuid.UUID, checklist: dict[str, bool], reasons: str) -> None:
    """The checklist as it stands and the reasons, before the decision."""
    initiative = _get(session, initiative_id)
    if initiative.kind != InitiativeKind.AFFILIATED.value:
        raise NotAllowed(_tr("Due diligence is for affiliated initiatives."))
    review = session.scalar(select(DueDiligenceReview).where(DueDiligenceReview.initiative_id == initiative_id))
    if review is None:
        review = DueDiligenceReview(initiative_id=initiative_id, checklist={}, reasons="", decided_by="", letter="")
        session.add(review)
    clean = {str(k): bool(v) for k, v in checklist.items()}
    if review.checklist != clean:
        review.checklist = clean
    if (reasons or "").strip() != review.reasons:
        review.reasons = (reasons or "").strip()


def decide_due_diligence(session: Session, initiative_id: uuid.UUID, decision: str, *, reasons: str, letter: str,
                         decided_by: str, today: date | None = None) -> None:
    """Include (affiliated, may use the programme's logo) or decline (closed), with the reasons and the letter."""
    if decision not in ("include", "decline"):
        raise InvalidInput("decision", _tr("The decision is include or decline."))
    if not (reasons or "").strip():
        raise InvalidInput("reasons", _tr("Record the reasons for the decision."))
    initiative = _get(session, initiative_id)
    if initiative.status != S.DUE_DILIGENCE.value:
        raise NotAllowed(_tr("Only an initiative in due diligence can be decided."))
    review = session.scalar(select(DueDiligenceReview).where(DueDiligenceReview.initiative_id == initiative_id))
    if review is None:
        review = DueDiligenceReview(initiative_id=initiative_id, checklist={}, reasons="", decided_by="", letter="")
        session.add(review)
    if decision == "include" and review.checklist and not all(review.checklist.values()):
        raise NotAllowed(_tr("Every item of the due diligence checklist must be done before inclusion."))
    review.decision = decision
    review.reasons = reasons.strip()
    review.letter = (letter or "").strip()
    review.decided_by = decided_by
    review.decided_on = today or date.today()
    initiative.status = S.AFFILIATED.value if decision == "include" else S.CLOSED.value
    initiative.logo_granted = decision == "include"


def delete_initiative(session: Session, initiative_id: uuid.UUID) -> None:
    initiative = _get(session, initiative_id)
    if initiative.status not in (S.PROPOSED.value, S.DUE_DILIGENCE.value):
        raise NotAllowed(_tr("Only a proposed initiative can be deleted; close it instead."))
    for link in _partners(session, initiative_id).values():
        session.delete(link)
    review = session.scalar(select(DueDiligenceReview).where(DueDiligenceReview.initiative_id == initiative_id))
    if review is not None:
        session.delete(review)
    session.delete(initiative)


# ------------------------------------------------------------------------------------------- reads

def initiatives(session: Session, query: InitiativeQuery = InitiativeQuery(), *,
                today: date | None = None) -> list[InitiativeRow]:
    """The initiatives matching ``query`` (every programme unless one is named), by programme then title."""
    today = today or date.today()
    stmt = select(Initiative, Programme.code).join(Programme, Programme.id == Initiative.programme_id)
    if query.programme:
        stmt = stmt.where(Initiative.programme_id == programme_by_code(session, query.programme).id)
    rows = session.execute(stmt).all()
    ids = [i.id for i, _c in rows]
    partners: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for iid, org in session.execute(select(InitiativePartner.initiative_id, InitiativePartner.organisation_id)):
        partners[iid].append(org)
    reviews = {iid: (d or "", r or "") for iid, d, r in session.execute(
        select(DueDiligenceReview.initiative_id, DueDiligenceReview.decision, DueDiligenceReview.reasons))}
    org_ids = {i.lead_id for i, _c in rows if i.lead_id} | {o for iid in ids for o in partners.get(iid, ())}
    names = dict(session.execute(select(Organisation.id, Organisation.name).where(Organisation.id.in_(org_ids))).all()) \
        if org_ids else {}
    text = fold(query.text) if query.text else ""
    out = []
    for i, code in rows:
        status = rules.effective_status(i.status, i.content_updated_on, today)
        members = [i.lead_id] if i.lead_id else []
        members += sorted((o for o in partners.get(i.id, ()) if o != i.lead_id), key=lambda o: fold(names.get(o, "")))
        sdgs = tuple(int(n) for n in (i.other_sdgs or ()))
        if query.status and status != query.status:
            continue
        if query.kind and i.kind != query.kind:
            continue
        if query.sdg is not None and query.sdg != rules.SDG_12 and query.sdg not in sdgs:
            continue
        if query.sector and fold(query.sector) != fold(i.sector):
            continue
        if query.country and query.country.upper() not in (i.countries or ()):
            continue
        if query.organisation_id and query.organisation_id not in members:
            continue
        if text and text not in fold(f"{i.title} {i.description} {names.get(i.lead_id, '')}"):
            continue
        decision, reasons = reviews.get(i.id, ("", ""))
        out.append(InitiativeRow(
            i.id, i.title, code, i.kind, status, i.status, names.get(i.lead_id, ""), i.lead_id,
            tuple(names.get(o, "") for o in members), tuple(members), i.work_stream, i.sector,
            tuple(i.countries or ()), sdgs, i.targets, i.progress, i.agreement_type, i.starts_on, i.ends_on,
            i.content_updated_on, bool(i.logo_granted), i.notes, decision, reasons, i.version))
    out.sort(key=lambda r: (r.programme, fold(r.title), str(r.id)))
    return out


def status_counts(session: Session, *, today: date | None = None) -> dict[str, int]:
    """How many initiatives in each (effective) status, every status listed."""
    counts = Counter(r.status for r in initiatives(session, today=today))
    return {code: counts.get(code, 0) for code in INITIATIVE_STATUSES.codes}


def core_below_minimum(session: Session, *, today: date | None = None) -> list[tuple[InitiativeRow, int]]:
    """Core initiatives (not closed) with fewer than two participants still holding a role in the programme
    today: a partner left the network. (row, how many remain)."""
    today = today or date.today()
    rows = [r for r in initiatives(session, today=today)
            if r.kind == InitiativeKind.CORE.value and r.status != S.CLOSED.value]
    if not rows:
        return []
    programme_ids = dict(session.execute(select(Programme.code, Programme.id)).all())
    holding: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for pid, org, start, end, status in session.execute(select(
            Membership.programme_id, Membership.organisation_id, Membership.term_start, Membership.term_end,
            Membership.status)):
        if holds_role_on(start, end, status, today):
            holding.add((pid, org))
    out = []
    for r in rows:
        remaining = sum(1 for o in r.partner_ids if (programme_ids.get(r.programme), o) in holding)
        if rules.core_problem(r.kind, remaining):
            out.append((r, remaining))
    return out


def collaborations(session: Session, *, programme: str | None = None,
                   today: date | None = None) -> list[tuple[str, str, int]]:
    """Who works with whom: pairs of organisations sharing initiatives (not closed), most shared first."""
    pairs: Counter = Counter()
    for r in initiatives(session, InitiativeQuery(programme=programme), today=today):
        if r.status == S.CLOSED.value:
            continue
        names = sorted(set(r.partners))
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                pairs[(a, b)] += 1
    return [(a, b, n) for (a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))]


# ------------------------------------------------------------------------------------------ export

def _export_rows(rows: Iterable[InitiativeRow], public: bool) -> Iterable[list]:
    for r in rows:
        line = [str(r.id), r.title, r.programme, r.kind, r.status, r.lead, "; ".join(r.partners), r.work_stream,
                r.sector, "; ".join(r.countries), "; ".join(str(n) for n in r.other_sdgs), r.targets, r.progress,
                r.agreement_type, r.starts_on.isoformat() if r.starts_on else "",
                r.ends_on.isoformat() if r.ends_on else "", r.last_updated.isoformat(),
                "yes" if r.logo_granted else "no"]
        if not public:
            line += [r.notes, r.due_diligence_decision, r.due_diligence_reasons]
        yield line


def export_initiatives(desk, out: Path, *, public: bool = False, today: date | None = None,
                       abort: Callable[[], bool] | None = None) -> int:
    """Write the initiatives to ``out`` (.csv or .xlsx); ``public`` leaves out inactive initiatives, those not
    (yet) in the portfolio, and the desk's own notes and due diligence. Returns how many were written."""
    from opn_desk.domain.work import stop_if_asked
    from opn_desk.io.tables import write_table

    out = Path(out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise DeskError(_tr("{file}: the export file must end in .csv or .xlsx.").format(file=out.name))
    if out.is_dir():
        raise DeskError(_tr("{path} is a folder; give the file's name.").format(path=out))
    if not out.parent.is_dir():
        raise DeskError(_tr("The folder {path} does not exist.").format(path=out.parent))
    rows = desk.read(initiatives, today=today or date.today())
    stop_if_asked(abort)
    if public:
        rows = [r for r in rows if rules.is_public(r.status)]
    columns = EXPORT_COLUMNS + (() if public else PRIVATE_COLUMNS)
    return write_table(out, columns, _export_rows(rows, public))
