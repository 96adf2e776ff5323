"""Reviewing applications: evaluation criteria per call, scores, conflicts of interest, totals, ranking.

Rules (the arithmetic itself is `opn_desk.domain.applications.summarise`):

- A score is a number from 0 to 5 given by one reviewer (a person) on one criterion of the call the
  application answers; recording it again replaces it. Scores are taken while the application is under
  review or waiting for the MAC's opinion.
- Conflict of interest: a reviewer cannot score when their organisation is the applicant, one of its
  parent organisations (any level up), one of its sub-organisations (any level down) or a sibling
  (another child of the applicant's direct parent); merged duplicates count as the organisation they
  were merged into. A declared conflict (`ConflictOfInterest`) blocks scoring the same way. Scores
  given before a conflict became known are kept in the database but never counted; the summary lists
  whose scores were left out and why.
- Weighted total = sum over scored criteria of weight * mean score / sum of those weights; criteria
  nobody scored are left out and listed as missing.
- A review is missing while fewer than ``min_reviewers`` (default 2) reviewers scored every criterion.
- Disagreement: the spread (max - min) of the reviewers' scores on one criterion is at least
  ``spread`` points (default 2).
- Ranking within a call: highest total first; ties by earlier received date, then organisation name;
  applications with nothing scored, and withdrawn ones, come last without a rank.
"""

from __future__ import annotations

import math
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from opn_desk.db.models import (
    Application,
    Call,
    ConflictOfInterest,
    EvaluationCriterion,
    Organisation,
    Person,
    Review,
)
from opn_desk.domain.applications import (
    DISAGREEMENT_SPREAD,
    MAX_SCORE,
    MIN_REVIEWERS,
    MIN_SCORE,
    REVIEW_STATUSES,
    ConflictValue,
    CriterionValue,
    ExcludedReviewer,
    RankedApplication,
    ReviewSummary,
    ScoreInput,
    criterion_words,
    default_criteria,
    ranking_key,
    summarise,
)
from opn_desk.domain.vocab import ApplicationStatus
from opn_desk.i18n import long_date, singular, translate
from opn_desk.services.errors import InvalidInput, NotAllowed, NotFound
from opn_desk.services.errors import existing as _get

MAX_WEIGHT = 100.0



# --- criteria --------------------------------------------------------------------------------------

def _criteria(session: Session, call_id: uuid.UUID) -> list[EvaluationCriterion]:
    return list(session.scalars(select(EvaluationCriterion).where(EvaluationCriterion.call_id == call_id)
                                .order_by(EvaluationCriterion.position, EvaluationCriterion.name)))


def list_criteria(session: Session, call_id: uuid.UUID) -> list[CriterionValue]:
    _get(session, Call, call_id, "call")
    used = dict(session.execute(
        select(Review.criterion_id, func.count()).join(EvaluationCriterion, EvaluationCriterion.id == Review.criterion_id)
        .where(EvaluationCriterion.call_id == call_id).group_by(Review.criterion_id)).all())
    return [CriterionValue(c.id, c.call_id, criterion_words(c.name), criterion_words(c.description), c.weight,
                           c.position, used.get(c.id, 0))  # a shipped default in the officer's language
            for c in _criteria(session, call_id)]


def _weight(weight: float) -> float:
    try:
        value = float(weight)
    except (TypeError, ValueError):
        raise InvalidInput("weight", translate("Reviews", "A weight is a number.")) from None
    if not math.isfinite(value) or value <= 0 or value > MAX_WEIGHT:
        raise InvalidInput("weight", translate("Reviews", "A weight is a number above 0 and at most {limit}.").format(
            limit=f"{MAX_WEIGHT:g}"))
    return value


def _criterion_name(session: Session, call_id: uuid.UUID, name: str, own_id: uuid.UUID | None) -> str:
    name = name.strip()
    if not name:
        raise InvalidInput("name", translate("Reviews", "A criterion needs a name."))
    if len(name) > 200:
        raise InvalidInput("name", translate("Reviews", "The criterion's name is longer than 200 characters."))
    for other in _criteria(session, call_id):
        if other.id != own_id and other.name.casefold() == name.casefold():
            raise InvalidInput("name", translate("Reviews", "The call already has a criterion named '{name}'.").format(
                name=other.name))
    return name


def add_criterion(session: Session, call_id: uuid.UUID, name: str, weight: float = 1.0,
                  description: str = "") -> uuid.UUID:
    _get(session, Call, call_id, "call")
    name = _criterion_name(session, call_id, name, None)
    weight = _weight(weight)
    last = session.scalar(select(func.max(EvaluationCriterion.position)).where(EvaluationCriterion.call_id == call_id))
    criterion = EvaluationCriterion(call_id=call_id, name=name, weight=weight, description=description.strip(),
                                    position=(last + 1) if last is not None else 0)
    session.add(criterion)
    session.flush()
    return criterion.id


def update_criterion(session: Session, criterion_id: uuid.UUID, *, name: str | None = None,
                     weight: float | None = None, description: str | None = None) -> None:
    """Rename, reweight or redescribe a criterion; scores already given stay and the totals follow."""
    criterion = _get(session, EvaluationCriterion, criterion_id, "criterion")
    new_name = _criterion_name(session, criterion.call_id, name, criterion_id) if name is not None else None
    new_weight = _weight(weight) if weight is not None else None
    if new_name is not None and new_name != criterion_words(criterion.name):  # shown translated, left as is
        criterion.name = new_name
    if new_weight is not None:
        criterion.weight = new_weight
    if description is not None and description.strip() != criterion_words(criterion.description):
        criterion.description = description.strip()


def remove_criterion(session: Session, criterion_id: uuid.UUID) -> None:
    criterion = _get(session, EvaluationCriterion, criterion_id, "criterion")
    scored = session.scalar(select(func.count()).select_from(Review).where(Review.criterion_id == criterion_id))
    if scored:
        raise NotAllowed((translate("Reviews", "'{name}' already has {count} score; remove those scores first, or change "
                                    "its weight instead.") if singular(scored) else
                          translate("Reviews", "'{name}' already has {count} scores; remove those scores first, or change "
                                    "its weight instead.")).format(name=criterion.name, count=scored))
    session.delete(criterion)


def ensure_default_criteria(session: Session, call_id: uuid.UUID) -> int:
    """Give a call without criteria the defaults for its role; returns how many were added."""
    call = _get(session, Call, call_id, "call")
    if _criteria(session, call_id):
        return 0
    added = 0
    for position, d in enumerate(default_criteria(call.role)):
        session.add(EvaluationCriterion(call_id=call_id, name=d.name, weight=d.weight, description=d.description,
                                        position=position))
        added += 1
    session.flush()
    return added


# --- conflicts of interest -------------------------------------------------------------------------

class _Family:
    """Parent chains of organisations, read once per operation (a ranking asks about many pairs)."""

    def __init__(self, session: Session):
        self.session = session
        self._rows: dict[uuid.UUID, tuple[uuid.UUID | None, uuid.UUID | None, str]] = {}

    def _row(self, org_id: uuid.UUID) -> tuple[uuid.UUID | None, uuid.UUID | None, str]:
        if org_id not in self._rows:
            row = self.session.execute(select(Organisation.merged_into_id, Organisation.parent_id, Organisation.name)
                                       .where(Organisation.id == org_id)).first()
            self._rows[org_id] = (row[0], row[1], row[2] or "") if row else (None, None, "")
        return self._rows[org_id]

    def name(self, org_id: uuid.UUID | None) -> str:
        return (self._row(org_id)[2] if org_id else "") or "an organisation without a name"

    def resolved(self, org_id: uuid.UUID | None) -> uuid.UUID | None:
        """The organisation a merged duplicate lives on as (itself when not merged)."""
        seen: set[uuid.UUID] = set()
        while org_id is not None and org_id not in seen:
            seen.add(org_id)
            merged = self._row(org_id)[0]
            if merged is None:
                return org_id
            org_id = merged
        return org_id

    def chain(self, org_id: uuid.UUID) -> list[uuid.UUID]:
        """The organisation, its parent, its parent's parent... (a circle stops the walk)."""
        out: list[uuid.UUID] = []
        current: uuid.UUID | None = org_id
        while current is not None and current not in out:
            out.append(current)
            current = self._row(current)[1]
        return out

    def relation(self, reviewer_org: uuid.UUID, applicant: uuid.UUID) -> tuple[str, uuid.UUID | None] | None:
        """How the reviewer's organisation relates to the applicant: self / ancestor / descendant / sibling."""
        if reviewer_org == applicant:
            return "self", None
        theirs, ours = self.chain(reviewer_org), self.chain(applicant)
        if reviewer_org in ours:
            return "ancestor", None
        if applicant in theirs:
            return "descendant", None
        parent = self._row(applicant)[1]
        if parent is not None and self._row(reviewer_org)[1] == parent:
            return "sibling", parent
        return None


def _affiliation_reason(family: _Family, reviewer: Person, applicant_org: uuid.UUID, *, scored: str = "application",
                        party: str = "applicant") -> str | None:
    own = family.resolved(reviewer.organisation_id)
    applicant = family.resolved(applicant_org)
    found = family.relation(own, applicant) if own is not None and applicant is not None else None
    if found is None:
        return None
    relation, common = found
    theirs, name = family.name(own), family.name(applicant)
    if scored == "incumbent" or party == "incumbent":
        sentence = {
            "self": translate("Reviews", "{reviewer} cannot score this incumbent: they work for the incumbent, {name}."),
            "ancestor": translate("Reviews", "{reviewer} cannot score this incumbent: their organisation, {theirs}, is a "
                                  "parent organisation of the incumbent, {name}."),
            "descendant": translate("Reviews", "{reviewer} cannot score this incumbent: their organisation, {theirs}, is "
                                    "part of the incumbent, {name}."),
            "sibling": translate("Reviews", "{reviewer} cannot score this incumbent: their organisation, {theirs}, and the "
                                 "incumbent, {name}, belong to the same parent organisation, {parent}."),
        }[relation]
    else:
        sentence = {
            "self": translate("Reviews", "{reviewer} cannot score this application: they work for the applicant, {name}."),
            "ancestor": translate("Reviews", "{reviewer} cannot score this application: their organisation, {theirs}, is a "
                                  "parent organisation of the applicant, {name}."),
            "descendant": translate("Reviews", "{reviewer} cannot score this application: their organisation, {theirs}, is "
                                    "part of the applicant, {name}."),
            "sibling": translate("Reviews", "{reviewer} cannot score this application: their organisation, {theirs}, and "
                                 "the applicant, {name}, belong to the same parent organisation, {parent}."),
        }[relation]
    return sentence.format(reviewer=reviewer.name, theirs=theirs, name=name,
                           parent=family.name(common) if common is not None else "")


def affiliation_reason(session: Session, reviewer: Person, organisation_id: uuid.UUID, *,
                       scored: str = "application", party: str = "applicant") -> str | None:
    """Why ``reviewer`` may not score the organisation ``organisation_id`` because their own organisation
    is it, its parent, its part or its sibling, in one sentence; None when they may. ``scored`` names what
    is scored ("application", "incumbent") and ``party`` the organisation scored ("applicant", "incumbent")."""
    return _affiliation_reason(_Family(session), reviewer, organisation_id, scored=scored, party=party)


def _declared_reason(reviewer_name: str, conflict: ConflictOfInterest) -> str:
    said = conflict.reason.strip().rstrip(".")
    if said:
        return translate("Reviews", "{reviewer} declared a conflict of interest with this application on {day}: "
                         "{reason}.").format(reviewer=reviewer_name, day=long_date(conflict.declared_on), reason=said)
    return translate("Reviews", "{reviewer} declared a conflict of interest with this application on {day}.").format(
        reviewer=reviewer_name, day=long_date(conflict.declared_on))


def conflict_reason(session: Session, application_id: uuid.UUID, reviewer_id: uuid.UUID) -> str | None:
    """Why this reviewer may not score this application, in one sentence; None when they may."""
    app = _get(session, Application, application_id, "application")
    reviewer = _get(session, Person, reviewer_id, "reviewer")
    declared = session.scalar(select(ConflictOfInterest).where(ConflictOfInterest.application_id == application_id,
                                                                ConflictOfInterest.reviewer_id == reviewer_id))
    if declared is not None:
        return _declared_reason(reviewer.name, declared)
    return _affiliation_reason(_Family(session), reviewer, app.organisation_id)


def declare_conflict(session: Session, application_id: uuid.UUID, reviewer_id: uuid.UUID, reason: str = "",
                     on: date | None = None) -> uuid.UUID:
    """Record that a reviewer declared a conflict; their scores on it no longer count (they are kept)."""
    _get(session, Application, application_id, "application")
    reviewer = _get(session, Person, reviewer_id, "reviewer")
    if session.scalar(select(ConflictOfInterest.id).where(ConflictOfInterest.application_id == application_id,
                                                          ConflictOfInterest.reviewer_id == reviewer_id)):
        raise NotAllowed(translate("Reviews", "{reviewer} has already declared a conflict of interest with this "
                                   "application.").format(reviewer=reviewer.name))
    conflict = ConflictOfInterest(application_id=application_id, reviewer_id=reviewer_id,
                                  declared_on=on or date.today(), reason=reason.strip())
    session.add(conflict)
    session.flush()
    return conflict.id


def remove_conflict(session: Session, conflict_id: uuid.UUID) -> None:
    session.delete(_get(session, ConflictOfInterest, conflict_id, "declared conflict"))


def list_conflicts(session: Session, application_id: uuid.UUID) -> list[ConflictValue]:
    rows = session.execute(
        select(ConflictOfInterest, Person.name).join(Person, Person.id == ConflictOfInterest.reviewer_id)
        .where(ConflictOfInterest.application_id == application_id)
        .order_by(ConflictOfInterest.declared_on, Person.name)).all()
    return [ConflictValue(c.id, c.reviewer_id, name, c.declared_on, c.reason) for c, name in rows]


# --- scores ----------------------------------------------------------------------------------------

def _score_range() -> str:
    return translate("Reviews", "A score is a number from {low} to {high}.").format(low=f"{MIN_SCORE:g}", high=f"{MAX_SCORE:g}")


def _score(value: float) -> float:
    try:
        score = float(value)
    except (TypeError, ValueError):
        raise InvalidInput("score", _score_range()) from None
    if not math.isfinite(score) or not MIN_SCORE <= score <= MAX_SCORE:
        raise InvalidInput("score", _score_range())
    return score


def record_score(session: Session, application_id: uuid.UUID, criterion_id: uuid.UUID,
                 reviewer_id: uuid.UUID, score: float, comment: str = "") -> uuid.UUID:
    """Record (or replace) one reviewer's score and comment on one criterion; returns the review's id."""
    app = _get(session, Application, application_id, "application")
    criterion = _get(session, EvaluationCriterion, criterion_id, "criterion")
    _get(session, Person, reviewer_id, "reviewer")
    value = _score(score)
    if app.status not in REVIEW_STATUSES:
        raise NotAllowed(translate("Reviews", "Scores are recorded while an application is under review or waiting for "
                                   "the MAC's opinion; this one is {status}.").format(
            status=translate("Vocabulary", ApplicationStatus(app.status).label)))
    if app.call_id is None:
        raise NotAllowed(translate("Reviews", "This application answers no call, so there are no criteria to score it on."))
    if criterion.call_id != app.call_id:
        raise InvalidInput("criterion", translate("Reviews", "'{name}' is a criterion of another call.").format(name=criterion.name))
    why = conflict_reason(session, application_id, reviewer_id)
    if why:
        raise NotAllowed(why)
    review = session.scalar(select(Review).where(Review.application_id == application_id,
                                                 Review.criterion_id == criterion_id,
                                                 Review.reviewer_id == reviewer_id))
    if review is None:
        review = Review(application_id=application_id, criterion_id=criterion_id, reviewer_id=reviewer_id,
                        score=value, comment=comment.strip())
        session.add(review)
        session.flush()
    else:
        review.score, review.comment = value, comment.strip()
    return review.id


def remove_score(session: Session, application_id: uuid.UUID, criterion_id: uuid.UUID,
                 reviewer_id: uuid.UUID) -> None:
    review = session.scalar(select(Review).where(Review.application_id == application_id,
                                                 Review.criterion_id == criterion_id,
                                                 Review.reviewer_id == reviewer_id))
    if review is None:
        raise NotFound(translate("Reviews", "That score no longer exists (it may have been removed or undone)."))
    session.delete(review)


def record_scores(session: Session, application_id: uuid.UUID, reviewer_id: uuid.UUID,
                  scores: tuple[tuple[uuid.UUID, float | None, str, bool], ...]) -> int:
    """One reviewer's scores on an application as one change: (criterion, score or None, comment,
    had a score before). None removes an earlier score. Returns how many scores were written."""
    written = 0
    for criterion_id, score, comment, existed in scores:
        if score is None:
            if existed:
                remove_score(session, application_id, criterion_id, reviewer_id)
            continue
        record_score(session, application_id, criterion_id, reviewer_id, score, comment)
        written += 1
    return written


# --- summaries and ranking -------------------------------------------------------------------------

def _scores_by_application(session: Session, app_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[ScoreInput]]:
    found: dict[uuid.UUID, list[ScoreInput]] = defaultdict(list)
    if not app_ids:
        return found
    rows = session.execute(
        select(Review.application_id, Review.criterion_id, Review.reviewer_id, Person.name, Review.score,
               Review.comment)
        .join(Person, Person.id == Review.reviewer_id).where(Review.application_id.in_(app_ids)))
    for app_id, cid, rid, name, score, comment in rows:
        found[app_id].append(ScoreInput(cid, rid, name, score, comment))
    return found


def _declared(session: Session, app_ids: list[uuid.UUID]) -> dict[tuple[uuid.UUID, uuid.UUID], ConflictOfInterest]:
    if not app_ids:
        return {}
    return {(c.application_id, c.reviewer_id): c for c in session.scalars(
        select(ConflictOfInterest).where(ConflictOfInterest.application_id.in_(app_ids)))}


def _excluded(session: Session, app: Application, reviewer_ids: Iterable[uuid.UUID], family: _Family,
              declared: dict[tuple[uuid.UUID, uuid.UUID], ConflictOfInterest]) -> list[ExcludedReviewer]:
    excluded = []
    for rid in sorted(set(reviewer_ids), key=str):
        reviewer = session.get(Person, rid)
        if reviewer is None:
            continue
        conflict = declared.get((app.id, rid))
        why = _declared_reason(reviewer.name, conflict) if conflict is not None else \
            _affiliation_reason(family, reviewer, app.organisation_id)
        if why:
            excluded.append(ExcludedReviewer(rid, reviewer.name, why))
    return excluded


def excluded_reviewers(session: Session, apps: Sequence[Application]) -> dict[uuid.UUID, list[ExcludedReviewer]]:
    """Per application, the reviewers whose scores never count (declared or affiliation conflicts), so
    every place that totals scores (ranking, review pack, selection) leaves out the same ones."""
    ids = [a.id for a in apps]
    scores = _scores_by_application(session, ids)
    family, declared = _Family(session), _declared(session, ids)
    return {a.id: _excluded(session, a, (s.reviewer_id for s in scores.get(a.id, [])), family, declared)
            for a in apps}


def _summary(session: Session, app: Application, criteria: list[tuple[uuid.UUID, str, float]],
             scores: list[ScoreInput], min_reviewers: int, spread: float, family: _Family,
             declared: dict[tuple[uuid.UUID, uuid.UUID], ConflictOfInterest]) -> ReviewSummary:
    excluded = _excluded(session, app, (s.reviewer_id for s in scores), family, declared)
    return summarise(app.id, criteria, scores, excluded=excluded, min_reviewers=min_reviewers, spread=spread)


def _check_settings(min_reviewers: int, spread: float) -> None:
    if min_reviewers < 1:
        raise InvalidInput("min_reviewers", translate("Reviews", "At least one reviewer is needed per application."))
    if not math.isfinite(spread) or spread <= 0:
        raise InvalidInput("spread", translate("Reviews", "The disagreement threshold is a number of points above 0."))


def review_summary(session: Session, application_id: uuid.UUID, *, min_reviewers: int = MIN_REVIEWERS,
                   spread: float = DISAGREEMENT_SPREAD) -> ReviewSummary | None:
    """Scores, totals and gaps of one application; None when it answers no call (nothing to score)."""
    _check_settings(min_reviewers, spread)
    app = _get(session, Application, application_id, "application")
    if app.call_id is None:
        return None
    criteria = [(c.id, criterion_words(c.name), c.weight) for c in _criteria(session, app.call_id)]
    scores = _scores_by_application(session, [app.id]).get(app.id, [])
    return _summary(session, app, criteria, scores, min_reviewers, spread, _Family(session),
                    _declared(session, [app.id]))


def rank_call(session: Session, call_id: uuid.UUID, *, min_reviewers: int = MIN_REVIEWERS,
              spread: float = DISAGREEMENT_SPREAD) -> list[RankedApplication]:
    """Every application of a call, best first (see the module's rules); withdrawn ones last, unranked."""
    _check_settings(min_reviewers, spread)
    _get(session, Call, call_id, "call")
    criteria = [(c.id, criterion_words(c.name), c.weight) for c in _criteria(session, call_id)]
    rows = session.execute(
        select(Application, Organisation.name, Organisation.sort_name)
        .join(Organisation, Organisation.id == Application.organisation_id)
        .where(Application.call_id == call_id)).all()
    ids = [a.id for a, _, _ in rows]
    scores = _scores_by_application(session, ids)
    family, declared = _Family(session), _declared(session, ids)
    entries = []
    for app, name, sort_name in rows:
        summary = _summary(session, app, criteria, scores.get(app.id, []), min_reviewers, spread, family, declared)
        withdrawn = app.status == ApplicationStatus.WITHDRAWN.value
        total = None if withdrawn else summary.weighted_total
        key = (withdrawn, *ranking_key(total, app.received_on, sort_name or name.casefold()), str(app.id))
        entries.append((key, app, name, summary, total))
    entries.sort(key=lambda e: e[0])
    out, rank = [], 0
    for _, app, name, summary, total in entries:
        number = None
        if total is not None:
            rank += 1
            number = rank
        out.append(RankedApplication(number, app.id, name, app.received_on, app.status,
                                     replace(summary, rank=number)))
    return out


def call_reviewers(session: Session, call_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """(person id, name) of everyone who has scored an application of the call, by name: two
    reviewers of the same name stay two entries (keyed by id)."""
    seen: dict[uuid.UUID, str] = {}
    for ranked in rank_call(session, call_id):
        seen.update(dict(ranked.summary.reviewers))
        seen.update({e.reviewer_id: e.reviewer for e in ranked.summary.excluded})
    return sorted(seen.items(), key=lambda kv: kv[1].casefold())
