"""Read-only queries that turn the database into the plain values the PDF reports are built from.

Functions take a Session first (run them with `Desk.read`) and return frozen values from
`opn_desk.reports.values`; they never write. A review pack loads its applications and everything
around them in a fixed number of queries, whatever the number of applications.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import fmean

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import (
    Application,
    ApplicationTransition,
    Call,
    ConflictOfInterest,
    Country,
    EvaluationCriterion,
    Membership,
    Organisation,
    Person,
    Programme,
    Review,
)
from opn_desk.domain.applications import criterion_words, ranking_key
from opn_desk.domain.programmes import programme_title
from opn_desk.domain.vocab import (
    ApplicationStatus,
    OrganisationType,
    Role,
    StakeholderCluster,
    shown_group,
    shown_label,
    shown_programme,
)
from opn_desk.i18n import translate
from opn_desk.reports.values import (
    DISAGREEMENT_SPREAD,
    ApplicationSummary,
    Conflict,
    Contact,
    CriterionInfo,
    CriterionScores,
    RankedApplication,
    ReviewComment,
    ReviewPack,
    Scores,
    StatusChange,
)
from opn_desk.services.countries import name_of
from opn_desk.services.errors import NotFound
from opn_desk.services.reviews import excluded_reviewers

_CHUNK = 500  # ids per IN (...) list


def _contribution(kind: str) -> str:
    """A kind of contribution in the document's words; an unknown code readably."""
    if kind == "financial":
        return translate("ReportData", "Financial")
    if kind == "in_kind":
        return translate("ReportData", "In kind")
    if kind == "staff_time":
        return translate("ReportData", "Staff time")
    return kind.replace("_", " ").capitalize()


def _split(text: str | None, sep: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(sep) if part.strip())


def _chunks(ids: Sequence) -> Iterable[Sequence]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


@dataclass(frozen=True, slots=True)
class CallChoice:
    id: uuid.UUID
    title: str
    programme_code: str
    role: str  # label
    opens_on: date
    closes_on: date

    def describe(self) -> str:
        return translate("ReportData", "{title} ({programme}, {role}, {opens} to {closes}; id {id})").format(
            title=self.title, programme=self.programme_code, role=self.role.lower(),
            opens=f"{self.opens_on:%Y-%m-%d}", closes=f"{self.closes_on:%Y-%m-%d}", id=self.id)


def list_calls(session: Session) -> list[CallChoice]:
    rows = session.execute(
        select(Call, Programme.code).join(Programme, Programme.id == Call.programme_id)
        .order_by(Call.opens_on.desc(), Call.title)
    ).all()
    return [CallChoice(c.id, c.title, code, shown_label(Role, c.role), c.opens_on, c.closes_on) for c, code in rows]


def find_calls(session: Session, text: str) -> list[CallChoice]:
    """Calls whose id is ``text``, or whose title equals it ignoring case (more than one if titles repeat)."""
    wanted = text.strip()
    try:
        as_id = uuid.UUID(wanted)
    except ValueError:
        as_id = None
    calls = list_calls(session)
    if as_id is not None:
        by_id = [c for c in calls if c.id == as_id]
        if by_id:
            return by_id
    folded = " ".join(wanted.casefold().split())
    return [c for c in calls if " ".join(c.title.casefold().split()) == folded]


def find_applications(session: Session, text: str) -> list[uuid.UUID]:
    """Applications whose id is ``text``: a full id, or the start of one (at least 8 characters, as
    the "reference" printed on summaries and letters), with or without dashes, in any case."""
    wanted = text.strip().lower().replace("-", "")
    if not re.fullmatch(r"[0-9a-f]{8,32}", wanted):
        return []
    if len(wanted) == 32:
        app_id = uuid.UUID(wanted)
        return [app_id] if session.get(Application, app_id) is not None else []
    return sorted(i for i in session.scalars(select(Application.id)) if i.hex.startswith(wanted))


def find_application(session: Session, text: str) -> uuid.UUID | None:
    """The one application ``text`` names (see `find_applications`), or None."""
    found = find_applications(session, text)
    return found[0] if len(found) == 1 else None


# ------------------------------------------------------------------------------------ summaries

def application_summary(session: Session, application_id: uuid.UUID) -> ApplicationSummary:
    app = session.get(Application, application_id)
    if app is None:
        raise NotFound(translate("ReportData", "That application does not exist (it may have been deleted or undone)."))
    return _summaries(session, [app])[0]


def _weighted_total(criteria: Sequence[CriterionScores]) -> float | None:
    scored = [c for c in criteria if c.mean is not None]
    weights = sum(c.weight for c in scored)
    if not scored or weights <= 0:
        return None
    return sum(c.weight * c.mean for c in scored) / weights


def _scores(criteria: Sequence[EvaluationCriterion], reviews: Sequence[Review], names: dict[uuid.UUID, str],
            conflicts: Sequence[ConflictOfInterest]) -> Scores:
    reviewer_ids = sorted({r.reviewer_id for r in reviews}, key=lambda pid: (names.get(pid, "").casefold(), str(pid)))
    by_pair = {(r.criterion_id, r.reviewer_id): r for r in reviews}
    rows = []
    for crit in criteria:
        values = tuple(by_pair[(crit.id, rid)].score if (crit.id, rid) in by_pair else None for rid in reviewer_ids)
        given = [v for v in values if v is not None]
        spread = (max(given) - min(given)) if len(given) >= 2 else None
        rows.append(CriterionScores(
            name=criterion_words(crit.name), weight=float(crit.weight), scores=values, mean=fmean(given) if given else None,
            spread=spread, disagreement=spread is not None and spread >= DISAGREEMENT_SPREAD - 1e-9,
        ))
    order = {c.id: i for i, c in enumerate(criteria)}
    crit_names = {c.id: criterion_words(c.name) for c in criteria}
    comments = tuple(
        ReviewComment(names.get(r.reviewer_id, "?"), crit_names.get(r.criterion_id, "?"), r.comment.strip())
        for r in sorted(reviews, key=lambda r: (names.get(r.reviewer_id, "").casefold(), order.get(r.criterion_id, 0)))
        if r.comment and r.comment.strip()
    )
    declared = tuple(Conflict(names.get(c.reviewer_id, "?"), c.declared_on, c.reason or "")
                     for c in sorted(conflicts, key=lambda c: (c.declared_on, names.get(c.reviewer_id, ""))))
    return Scores(
        reviewers=tuple(names.get(rid, "?") for rid in reviewer_ids),
        criteria=tuple(rows),
        weighted_total=_weighted_total(rows),
        comments=comments,
        conflicts=declared,
    )


def _in(session: Session, stmt_for, ids: Sequence) -> list:
    out: list = []
    for part in _chunks(list(ids)):
        out.extend(session.scalars(stmt_for(part)).all())
    return out


def _summaries(session: Session, apps: Sequence[Application]) -> list[ApplicationSummary]:
    if not apps:
        return []
    app_ids = [a.id for a in apps]
    orgs = {o.id: o for o in _in(session, lambda p: select(Organisation).where(Organisation.id.in_(p)),
                                 {a.organisation_id for a in apps})}
    programmes = {p.id: p for p in session.scalars(select(Programme))}
    call_ids = {a.call_id for a in apps if a.call_id}
    calls = {c.id: c for c in _in(session, lambda p: select(Call).where(Call.id.in_(p)), call_ids)}
    transitions = defaultdict(list)
    for t in _in(session, lambda p: select(ApplicationTransition).where(ApplicationTransition.application_id.in_(p))
                 .order_by(ApplicationTransition.at, ApplicationTransition.created_at), app_ids):
        transitions[t.application_id].append(t)
    # Conflicted reviewers' scores are kept in the database but never counted: the same rule as the
    # ranking in the Applications area (services/reviews.py), so the pack and the screen agree.
    left_out = {app_id: {e.reviewer_id for e in found}
                for app_id, found in excluded_reviewers(session, apps).items()}
    reviews = defaultdict(list)
    for r in _in(session, lambda p: select(Review).where(Review.application_id.in_(p)), app_ids):
        if r.reviewer_id not in left_out.get(r.application_id, ()):
            reviews[r.application_id].append(r)
    conflicts = defaultdict(list)
    for c in _in(session, lambda p: select(ConflictOfInterest).where(ConflictOfInterest.application_id.in_(p)),
                 app_ids):
        conflicts[c.application_id].append(c)
    criterion_ids = {r.criterion_id for rs in reviews.values() for r in rs}
    criteria = {c.id: c for c in _in(session, lambda p: select(EvaluationCriterion).where(
        EvaluationCriterion.call_id.in_(p)), call_ids)}
    missing = criterion_ids - criteria.keys()
    criteria.update({c.id: c for c in _in(session, lambda p: select(EvaluationCriterion).where(
        EvaluationCriterion.id.in_(p)), missing)})
    person_ids = {pid for a in apps for pid in (a.representative_id, a.alternate_id) if pid}
    person_ids |= {r.reviewer_id for rs in reviews.values() for r in rs}
    person_ids |= {c.reviewer_id for cs in conflicts.values() for c in cs}
    people = {p.id: p for p in _in(session, lambda p: select(Person).where(Person.id.in_(p)), person_ids)}
    names = {pid: p.name for pid, p in people.items()}
    terms = _terms(session, [a for a in apps if a.decision == ApplicationStatus.ACCEPTED.value])

    def contact(pid: uuid.UUID | None) -> Contact | None:
        person = people.get(pid) if pid else None
        return Contact(person.name, person.email or "") if person else None

    out = []
    for app in apps:
        org = orgs.get(app.organisation_id)
        country: Country | None = org.country if org else None
        programme = programmes.get(app.programme_id)
        call = calls.get(app.call_id) if app.call_id else None
        used = {r.criterion_id for r in reviews[app.id]}
        app_criteria = sorted(
            (c for c in criteria.values() if (call is not None and c.call_id == call.id) or c.id in used),
            key=lambda c: (c.position, c.name.casefold()))
        history = tuple(
            StatusChange(t.at, shown_label(ApplicationStatus, t.from_status), shown_label(ApplicationStatus, t.to_status),
                         t.actor, t.reason or "")
            for t in transitions[app.id])
        term = terms.get(app.id)
        out.append(ApplicationSummary(
            id=app.id,
            organisation=org.name if org else translate("ReportData", "(organisation missing)"),
            acronym=(org.acronym or "") if org else "",
            country=name_of(country),
            country_iso3=country.iso3 if country else "",
            regional_group=shown_group(country.regional_group) if country else "",
            stakeholder_cluster=shown_label(StakeholderCluster, org.stakeholder_cluster) if org else "",
            organisation_type=shown_label(OrganisationType, org.organisation_type) if org else "",
            website=(org.website or "") if org else "",
            programme_code=programme.code if programme else "",
            programme_name=shown_programme(programme.code, programme.name) if programme else "",
            role=shown_label(Role, app.role),
            role_code=app.role,
            call_title=call.title if call else "",
            representative=contact(app.representative_id),
            alternate=contact(app.alternate_id),
            received_on=app.received_on,
            status=shown_label(ApplicationStatus, app.status),
            status_code=app.status,
            statement=app.statement or "",
            contributions=tuple(_contribution(k)
                                for k in _split(app.contribution_kinds, ",")),
            contribution_details=app.contribution_details or "",
            work_streams=_split(app.work_streams, ";"),
            priority_sectors=_split(app.priority_sectors, ";"),
            history=history,
            scores=_scores(app_criteria, reviews[app.id], names, conflicts[app.id]),
            decision_code=app.decision,
            decision=shown_label(ApplicationStatus, app.decision),
            decision_rationale=app.decision_rationale or "",
            decided_on=app.decided_on,
            mac_opinion=app.mac_opinion or "",
            term_start=term[0] if term else None,
            term_end=term[1] if term else None,
        ))
    return out


def _terms(session: Session, accepted: Sequence[Application]) -> dict[uuid.UUID, tuple[date, date | None]]:
    """The membership each acceptance created: same organisation, programme and role, starting on or
    after the decision (the earliest such term)."""
    if not accepted:
        return {}
    org_ids = {a.organisation_id for a in accepted}
    memberships = _in(session, lambda p: select(Membership).where(Membership.organisation_id.in_(p))
                      .order_by(Membership.term_start), org_ids)
    out = {}
    for app in accepted:
        since = app.decided_on or app.received_on
        for m in memberships:
            if (m.organisation_id, m.programme_id, m.role) == (app.organisation_id, app.programme_id, app.role) \
                    and m.term_start >= since:
                out[app.id] = (m.term_start, m.term_end)
                break
    return out


# ---------------------------------------------------------------------------------- review pack

def _ranked(summaries: Sequence[ApplicationSummary],
            sort_names: Mapping[uuid.UUID, str] | None = None) -> tuple[RankedApplication, ...]:
    """Best weighted total first; equal totals share a rank (1, 2, 2, 4); unscored and withdrawn last.
    Ties go by receipt, then the organisation's sort name (``sort_names`` by application id, as
    `reviews.rank_call` orders them on screen; the case-folded name where none is given)."""
    def rankable(s: ApplicationSummary) -> bool:
        return s.scores.weighted_total is not None and s.status_code != ApplicationStatus.WITHDRAWN.value

    def sort_name(s: ApplicationSummary) -> str:
        return (sort_names or {}).get(s.id) or s.organisation.casefold()

    ranked = sorted((s for s in summaries if rankable(s)),
                    key=lambda s: (*ranking_key(round(s.scores.weighted_total, 9), s.received_on, sort_name(s)),
                                   str(s.id)))
    rest = sorted((s for s in summaries if not rankable(s)),
                  key=lambda s: (s.status_code == ApplicationStatus.WITHDRAWN.value,
                                 *ranking_key(None, s.received_on, sort_name(s)), str(s.id)))
    totals = [round(s.scores.weighted_total, 9) for s in ranked]
    out = []
    for i, s in enumerate(ranked):
        first = totals.index(totals[i])
        tied = totals.count(totals[i]) > 1
        out.append(RankedApplication(first + 1, tied, s))
    out += [RankedApplication(None, False, s) for s in rest]
    return tuple(out)


def review_pack(session: Session, call_id: uuid.UUID, *, today: date | None = None) -> ReviewPack:
    call = session.get(Call, call_id)
    if call is None:
        raise NotFound(translate("ReportData", "That call does not exist (it may have been deleted or undone)."))
    programme = session.get(Programme, call.programme_id)
    apps = session.scalars(select(Application).where(Application.call_id == call_id)
                           .order_by(Application.received_on, Application.id)).all()
    summaries = _summaries(session, apps)
    sort_names = dict(session.execute(select(Application.id, Organisation.sort_name)
                                      .join(Organisation, Organisation.id == Application.organisation_id)
                                      .where(Application.call_id == call_id)).all())
    criteria = session.scalars(select(EvaluationCriterion).where(EvaluationCriterion.call_id == call_id)
                               .order_by(EvaluationCriterion.position, EvaluationCriterion.name)).all()
    reviewers = sorted({name for s in summaries for name in s.scores.reviewers}, key=str.casefold)
    counts: dict[str, int] = defaultdict(int)
    for s in summaries:
        counts[s.status_code] += 1
    status_order = [s.value for s in ApplicationStatus]
    status_counts = tuple(
        (shown_label(ApplicationStatus, code), n)
        for code, n in sorted(counts.items(), key=lambda kv: (status_order.index(kv[0])
                                                               if kv[0] in status_order else 99, kv[0])))
    return ReviewPack(
        call_id=call.id,
        call_title=call.title,
        programme_code=programme.code if programme else "",
        programme_name=shown_programme(programme.code, programme.name) if programme else "",
        role=shown_label(Role, call.role),
        opens_on=call.opens_on,
        closes_on=call.closes_on,
        criteria=tuple(CriterionInfo(c.name, float(c.weight), c.description or "") for c in criteria),
        reviewers=tuple(reviewers),
        applications=_ranked(summaries, sort_names),
        status_counts=status_counts,
        generated_on=today or date.today(),
    )


# ------------------------------------------------------------------------ leadership renewal (issue 5)

def _years_between(start: date, end: date) -> int:
    years = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    return max(0, years)


def leadership_dossier(session: Session, programme_code: str, *, today: date | None = None):
    """The values of the leadership renewal dossier of the programme's latest renewal process
    (`opn_desk.domain.renewal.LeadershipDossier`). Raises NotFound when the programme has none."""
    from opn_desk.domain.renewal import (
        CandidateProfile,
        DossierCriterion,
        LeadershipDossier,
        RecordItem,
    )
    from opn_desk.domain.vocab import MembershipStatus
    from opn_desk.services import renewal, terms

    today = today or date.today()
    programme = terms.programme_by_code(session, programme_code)
    process_id = renewal.latest_process(session, programme.code)
    if process_id is None:
        raise NotFound(translate("ReportData", "{programme} has no leadership renewal process yet, so there is no "
                                               "dossier to print; open one in the Leadership area first.").format(
            programme=programme_title(programme.code, shown_programme(programme.code, programme.name))))
    detail = renewal.get_process(session, process_id)
    incumbents = renewal.list_incumbents(session, process_id, today=today)
    candidates = renewal.list_candidates(session, process_id, today=today)
    records = terms.network_record(session, [c.organisation_id for c in candidates])
    profiles = []
    for c in candidates:
        items = tuple(RecordItem(code, shown_label(Role, role), start, end, shown_label(MembershipStatus, status))
                      for code, role, start, end, status in records.get(c.organisation_id, []))
        since = min((i.term_start for i in items), default=None)
        profiles.append(CandidateProfile(c, items, since, _years_between(since, today) if since else 0))
    criteria = tuple(DossierCriterion(c.name, float(c.weight), c.description or "")
                     for c in renewal.list_process_criteria(session, process_id))
    proposed = [c for c in candidates if c.proposed]
    balance = renewal.balance_of(candidates, proposed) if proposed else None
    return LeadershipDossier(
        programme_code=programme.code, programme_name=shown_programme(programme.code, programme.name),
        process_title=detail.title,
        opened_on=detail.opened_on, generated_on=today, notes=detail.notes, call_title=detail.call_title,
        call_opens_on=detail.call_opens_on, call_closes_on=detail.call_closes_on,
        current_step=detail.current_step, steps=detail.steps,
        current_leadership=tuple(m for m, _flag, _applied in incumbents),
        incumbent_flags=tuple((m.membership_id, flag) for m, flag, _applied in incumbents),
        candidates=tuple(profiles), criteria=criteria, proposed=tuple(proposed), balance=balance,
        succession=detail.succession, checklist=detail.checklist,
    )


def roster(session: Session, programme_code: str, *, as_of: date | None = None, today: date | None = None):
    """The composition of a programme on ``as_of`` (default today) for the roster PDF
    (`opn_desk.domain.terms.Roster`)."""
    from opn_desk.domain.terms import Roster
    from opn_desk.services import terms

    today = today or date.today()
    as_of = as_of or today
    programme = terms.programme_by_code(session, programme_code)
    members = terms.composition(session, programme.code, as_of, today=today)
    return Roster(programme.code, shown_programme(programme.code, programme.name), as_of, today,
                  tuple(m for m in members if m.role == Role.CO_LEAD.value),
                  tuple(m for m in members if m.role == Role.CORE_PARTNER.value))
