"""Applications to join a programme: the lifecycle as data, screening checklists, evaluation criteria,
and the values the application and review services hand out and take in.

Lifecycle (codes in `ApplicationStatus`)::

    Received -> Screening -> Under review -> MAC opinion (optional) -> Accepted / Not accepted
    Screening -> Not accepted            (fails eligibility or due diligence; rationale required)
    any open state -> Withdrawn          (reason required)
    Accepted / Not accepted / Withdrawn -> Screening or Under review   ("reopen"; reason required)

Reopening goes back to Screening (to check eligibility again, e.g. a withdrawn application that never
got through screening) or straight to Under review (a decision reconsidered on the same file). Moving
into Under review, by reopening or from Screening, is gated by the screening checklist in the service
layer: every item done, or an explicit override reason that is recorded with the transition.

Weighted total of an application (0..5, like the scores)::

    total = sum over scored criteria of (weight * mean score of the reviewers) / sum of those weights

A criterion nobody has scored yet is left out of both sums and reported in ``missing_criteria``, so a
half-reviewed application still gets a provisional total but is visibly incomplete. Scores of a
reviewer with a conflict of interest never count.

Pure Python: nothing of the database, no Qt.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from opn_desk.domain.vocab import CONTRIBUTIONS, ApplicationStatus, Role
from opn_desk.i18n import translate

S = ApplicationStatus

OPEN_STATUSES: tuple[ApplicationStatus, ...] = (S.RECEIVED, S.SCREENING, S.UNDER_REVIEW, S.MAC_OPINION)
CLOSED_STATUSES: tuple[ApplicationStatus, ...] = (S.ACCEPTED, S.NOT_ACCEPTED, S.WITHDRAWN)
REOPEN_TARGETS: tuple[ApplicationStatus, ...] = (S.SCREENING, S.UNDER_REVIEW)
# States in which reviewers score and the desk records the MAC's opinion.
REVIEW_STATUSES: tuple[ApplicationStatus, ...] = (S.UNDER_REVIEW, S.MAC_OPINION)

# The lifecycle table: from -> the states it may move to.
TRANSITIONS: Mapping[ApplicationStatus, tuple[ApplicationStatus, ...]] = {
    S.RECEIVED: (S.SCREENING, S.WITHDRAWN),
    S.SCREENING: (S.UNDER_REVIEW, S.NOT_ACCEPTED, S.WITHDRAWN),
    S.UNDER_REVIEW: (S.MAC_OPINION, S.ACCEPTED, S.NOT_ACCEPTED, S.WITHDRAWN),
    S.MAC_OPINION: (S.ACCEPTED, S.NOT_ACCEPTED, S.WITHDRAWN),
    S.ACCEPTED: REOPEN_TARGETS,
    S.NOT_ACCEPTED: REOPEN_TARGETS,
    S.WITHDRAWN: REOPEN_TARGETS,
}

# How far along an open application is; closed states rank after every open one.
_STAGE = {S.RECEIVED: 0, S.SCREENING: 1, S.UNDER_REVIEW: 2, S.MAC_OPINION: 3,
          S.ACCEPTED: 4, S.NOT_ACCEPTED: 4, S.WITHDRAWN: 4}

# "An application ___ cannot ..."
_PHRASE = {
    S.RECEIVED: "that was just received",
    S.SCREENING: "in screening",
    S.UNDER_REVIEW: "under review",
    S.MAC_OPINION: "waiting for the MAC's opinion",
    S.ACCEPTED: "that was accepted",
    S.NOT_ACCEPTED: "that was not accepted",
    S.WITHDRAWN: "that was withdrawn",
}

# "The application is already ___."
_STATE = {
    S.RECEIVED: "received",
    S.SCREENING: "in screening",
    S.UNDER_REVIEW: "under review",
    S.MAC_OPINION: "waiting for the MAC's opinion",
    S.ACCEPTED: "accepted",
    S.NOT_ACCEPTED: "not accepted",
    S.WITHDRAWN: "withdrawn",
}

CONTRIBUTION_KINDS: Mapping[str, str] = CONTRIBUTIONS.labels()  # code -> label (vocab.py holds the spellings)

# Suggestions for the intake form (free text is accepted): the 2019-2022 strategic plan's
# work-streams and the priority sectors (2024 list plus the plan's).
WORK_STREAMS: tuple[str, ...] = (
    "Implementation support", "Sectoral markets", "Advocacy", "Public value and impact", "Monitoring",
)
PRIORITY_SECTORS: tuple[str, ...] = ("Construction", "Food", "ICT", "Health")


class TransitionRefused(Exception):
    """An illegal move, or a move lacking its reason. ``field`` is "reason" when only the reason is missing."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def _status(value: str | ApplicationStatus) -> ApplicationStatus:
    try:
        return ApplicationStatus(value)
    except ValueError:
        raise TransitionRefused(translate("Domain", "{value} is not an application status.").format(value=repr(value))) from None


def allowed_transitions(status: str | ApplicationStatus) -> tuple[ApplicationStatus, ...]:
    return TRANSITIONS[_status(status)]


def is_open(status: str | ApplicationStatus) -> bool:
    return _status(status) in OPEN_STATUSES


def is_reopen(from_status: str | ApplicationStatus, to_status: str | ApplicationStatus) -> bool:
    return _status(from_status) in CLOSED_STATUSES and _status(to_status) in REOPEN_TARGETS


def reason_required(from_status: str | ApplicationStatus, to_status: str | ApplicationStatus) -> bool:
    """Withdrawing, not accepting and reopening each need a reason in words."""
    to = _status(to_status)
    return to in (S.WITHDRAWN, S.NOT_ACCEPTED) or is_reopen(from_status, to)


def _choices(options: Sequence[ApplicationStatus]) -> str:
    labels = [o.label for o in options]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]


def refusal(from_status: str | ApplicationStatus, to_status: str | ApplicationStatus) -> str | None:
    """Why the move is illegal, in one sentence; None when the lifecycle allows it."""
    frm, to = _status(from_status), _status(to_status)
    if to in TRANSITIONS[frm]:
        return None
    subject = f"An application {_PHRASE[frm]}"
    if frm == to:
        return f"The application is already {_STATE[frm]}."
    if frm in CLOSED_STATUSES:
        return (f"{subject} can only be reopened, to Screening or Under review, with a reason; "
                f"it cannot move to {to.label} directly.")
    if _STAGE[to] < _STAGE[frm]:
        return f"{subject} cannot go back to {to.label}."
    return f"{subject} cannot move to {to.label}; it can move to {_choices(TRANSITIONS[frm])}."


def check_transition(from_status: str | ApplicationStatus, to_status: str | ApplicationStatus,
                     reason: str = "") -> None:
    """None when the move is allowed (with its reason where one is needed); raises `TransitionRefused`."""
    message = refusal(from_status, to_status)
    if message:
        raise TransitionRefused(message)
    if reason_required(from_status, to_status) and not reason.strip():
        raise TransitionRefused(_reason_message(from_status, to_status), field="reason")


def _reason_message(from_status: str | ApplicationStatus, to_status: str | ApplicationStatus) -> str:
    to = _status(to_status)
    if is_reopen(from_status, to):
        return "Reopening an application needs a reason."
    if to == S.WITHDRAWN:
        return "Withdrawing an application needs a reason."
    return "Not accepting an application needs a rationale."


# --- screening -------------------------------------------------------------------------------------

_NETWORK_CHECKS = ("Eligible organisation type", "Contact details verified")
_CORE_CHECKS = _NETWORK_CHECKS + (
    "Commitment to MAC participation",
    "Due diligence: no sanctions or controversies",
    "Work-stream fit",
)
_CO_LEAD_CHECKS = _CORE_CHECKS + (
    "Full-time staff member for the coordination desk",
    "Financial or in-kind contribution confirmed",
)

DEFAULT_CHECKLISTS: Mapping[str, tuple[str, ...]] = {
    Role.NETWORK_MEMBER.value: _NETWORK_CHECKS,
    Role.CORE_PARTNER.value: _CORE_CHECKS,
    Role.CO_LEAD.value: _CO_LEAD_CHECKS,
}


def default_checklist(role: str) -> tuple[str, ...]:
    return DEFAULT_CHECKLISTS[Role(role).value]


def fresh_checklist(items: Iterable[str]) -> dict[str, bool]:
    """A checklist with every item not yet done (order kept, blanks and repeats dropped)."""
    out: dict[str, bool] = {}
    for item in items:
        item = item.strip()
        if item and item not in out:
            out[item] = False
    return out


def outstanding(checklist: Mapping[str, bool]) -> tuple[str, ...]:
    return tuple(item for item, done in checklist.items() if not done)


# --- evaluation criteria ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DefaultCriterion:
    name: str
    weight: float
    description: str = ""


DEFAULT_CRITERIA: Mapping[str, tuple[DefaultCriterion, ...]] = {
    Role.CO_LEAD.value: (
        DefaultCriterion("Full-time staff commitment", 3.0,
                         "A full-time staff member for the coordination desk, for the two-year term."),
        DefaultCriterion("Financial or in-kind contribution", 2.0,
                         "Financial support or in-kind contribution to the coordination desk."),
        DefaultCriterion("Regional and stakeholder representation", 1.0,
                         "What the applicant adds to the balance of regions and stakeholder groups."),
        DefaultCriterion("Expertise in the programme's work-streams", 2.0,
                         "Proven expertise in the programme's work-streams and priority sectors."),
        DefaultCriterion("Track record in the network", 2.0,
                         "Past engagement: reporting, initiatives, participation in the MAC."),
    ),
    Role.CORE_PARTNER.value: (
        DefaultCriterion("Relevance of expertise", 2.0, "Expertise relevant to the programme's objectives."),
        DefaultCriterion("Contribution to work-streams", 2.0,
                         "Concrete contribution offered to one or more work-streams."),
        DefaultCriterion("Regional and stakeholder representation", 1.0,
                         "What the applicant adds to the balance of regions and stakeholder groups."),
        DefaultCriterion("Commitment to participate in the MAC", 2.0,
                         "Participation in the two MAC meetings a year (written comments count)."),
        DefaultCriterion("Track record", 1.0, "Past work on sustainable consumption and production."),
    ),
    Role.NETWORK_MEMBER.value: (),
}

MIN_SCORE, MAX_SCORE = 0.0, 5.0
MIN_REVIEWERS = 2  # a review is missing while fewer reviewers scored every criterion
DISAGREEMENT_SPREAD = 2.0  # max - min of the reviewers' scores on one criterion


def default_criteria(role: str) -> tuple[DefaultCriterion, ...]:
    return DEFAULT_CRITERIA[Role(role).value]


# The shipped criteria's names and descriptions: the desk stores them in English when a call is created;
# packaging/update_translations.py puts them in the "SelectionDefaults" context.
DEFAULT_CRITERIA_WORDING: frozenset[str] = frozenset(
    text for criteria in DEFAULT_CRITERIA.values() for c in criteria for text in (c.name, c.description) if text)


def criterion_words(text: str) -> str:
    """A criterion's name or description as the desk shows it: a shipped default (still as stored when the
    call was created) in the officer's language; one the desk wrote or edited, as written."""
    if text in DEFAULT_CRITERIA_WORDING:
        return translate("SelectionDefaults", text)
    return text


# --- values ----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ApplicationQuery:
    text: str = ""  # organisation name, acronym or other name (folded, every word must match)
    programme: str | None = None  # programme code
    call_id: uuid.UUID | None = None
    status: str | None = None
    role: str | None = None
    open_only: bool = False
    sort: str = "received"  # received / organisation / status
    descending: bool = False


APPLICATION_SORT_KEYS = ("received", "organisation", "status")


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    """One line of the applications table."""

    id: uuid.UUID
    organisation_id: uuid.UUID
    organisation: str
    acronym: str
    country: str
    programme: str  # code
    role: str
    call: str  # title, "" when none
    status: str
    received_on: date
    decided_on: date | None
    since: datetime | None  # last transition (UTC)


@dataclass(frozen=True, slots=True)
class ApplicationInput:
    organisation_id: uuid.UUID
    programme_code: str
    role: str
    call_id: uuid.UUID | None = None
    representative_id: uuid.UUID | None = None
    alternate_id: uuid.UUID | None = None
    received_on: date | None = None  # None: today
    statement: str = ""
    contribution_kinds: tuple[str, ...] = ()  # codes of CONTRIBUTION_KINDS
    contribution_details: str = ""
    work_streams: tuple[str, ...] = ()
    priority_sectors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TransitionValue:
    from_status: str | None
    to_status: str
    at: datetime
    actor: str
    reason: str


@dataclass(frozen=True, slots=True)
class AttachmentValue:
    id: uuid.UUID
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime


@dataclass(frozen=True, slots=True)
class AttachmentContent:
    filename: str
    media_type: str
    content: bytes


@dataclass(frozen=True, slots=True)
class CallInput:
    programme_code: str
    role: str
    title: str
    opens_on: date
    closes_on: date


@dataclass(frozen=True, slots=True)
class CallValue:
    id: uuid.UUID
    programme: str
    role: str
    title: str
    opens_on: date
    closes_on: date
    applications: int


@dataclass(frozen=True, slots=True)
class CriterionValue:
    id: uuid.UUID
    call_id: uuid.UUID
    name: str
    description: str
    weight: float
    position: int
    scored: int  # how many scores use it


@dataclass(frozen=True, slots=True)
class ConflictValue:
    id: uuid.UUID
    reviewer_id: uuid.UUID
    reviewer: str
    declared_on: date
    reason: str


@dataclass(frozen=True, slots=True)
class ScoreInput:
    """One score as the summary needs it (the service reads these from the database)."""

    criterion_id: uuid.UUID
    reviewer_id: uuid.UUID
    reviewer: str
    score: float
    comment: str = ""


@dataclass(frozen=True, slots=True)
class ReviewerScore:
    reviewer_id: uuid.UUID
    reviewer: str
    score: float
    comment: str


@dataclass(frozen=True, slots=True)
class CriterionScores:
    criterion_id: uuid.UUID
    name: str
    weight: float
    scores: tuple[ReviewerScore, ...]  # by reviewer name
    mean: float | None
    spread: float | None  # max - min, None with fewer than two scores
    disagreement: bool


@dataclass(frozen=True, slots=True)
class ExcludedReviewer:
    reviewer_id: uuid.UUID
    reviewer: str
    reason: str


@dataclass(frozen=True, slots=True)
class ReviewSummary:
    """The scores of one application: per criterion per reviewer, totals and what is missing."""

    application_id: uuid.UUID
    criteria: tuple[CriterionScores, ...]  # in the call's order
    reviewers: tuple[tuple[uuid.UUID, str], ...]  # who scored (conflicted reviewers excluded)
    reviewer_totals: tuple[tuple[uuid.UUID, float | None], ...]  # (reviewer id, their own weighted total)
    weighted_total: float | None
    missing_criteria: tuple[str, ...]  # criteria nobody has scored
    complete_reviewers: int  # reviewers who scored every criterion
    min_reviewers: int
    reviews_missing: bool
    disagreement: bool
    disagreements: tuple[str, ...]  # names of the criteria with a large spread
    excluded: tuple[ExcludedReviewer, ...]  # scores left out because of a conflict of interest
    rank: int | None = None  # within the call, when the summary comes from a ranking


@dataclass(frozen=True, slots=True)
class RankedApplication:
    rank: int | None  # None: nothing scored yet
    application_id: uuid.UUID
    organisation: str
    received_on: date
    status: str
    summary: ReviewSummary


@dataclass(frozen=True, slots=True)
class ApplicationDetail:
    id: uuid.UUID
    version: int
    organisation_id: uuid.UUID
    organisation: str
    programme_code: str
    programme_name: str
    role: str
    call_id: uuid.UUID | None
    call_title: str
    representative_id: uuid.UUID | None
    representative: str
    alternate_id: uuid.UUID | None
    alternate: str
    received_on: date
    status: str
    statement: str
    contribution_kinds: tuple[str, ...]
    contribution_details: str
    work_streams: tuple[str, ...]
    priority_sectors: tuple[str, ...]
    screening: tuple[tuple[str, bool], ...]
    mac_opinion: str
    decision: str | None
    decision_rationale: str
    decided_on: date | None
    membership_id: uuid.UUID | None  # the membership its acceptance created, if any
    next_statuses: tuple[str, ...]
    transitions: tuple[TransitionValue, ...]  # oldest first
    attachments: tuple[AttachmentValue, ...]
    reviews: ReviewSummary | None  # None when the application answers no call

    @property
    def screening_complete(self) -> bool:
        return all(done for _, done in self.screening)

    def as_input(self) -> ApplicationInput:
        return ApplicationInput(
            organisation_id=self.organisation_id, programme_code=self.programme_code, role=self.role,
            call_id=self.call_id, representative_id=self.representative_id, alternate_id=self.alternate_id,
            received_on=self.received_on, statement=self.statement, contribution_kinds=self.contribution_kinds,
            contribution_details=self.contribution_details, work_streams=self.work_streams,
            priority_sectors=self.priority_sectors,
        )


@dataclass(frozen=True, slots=True)
class DueItem:
    """One thing the desk should look at when the app opens."""

    kind: str  # waiting / missing_reviews / term_ending
    sentence: str
    record_table: str  # application / membership
    record_id: uuid.UUID
    days: int  # days waiting, or days until the term ends (negative: already past)


# --- the review arithmetic -------------------------------------------------------------------------

def _weighted(pairs: Iterable[tuple[float, float]]) -> float | None:
    pairs = list(pairs)
    weight = sum(w for w, _ in pairs)
    if not pairs or weight <= 0:
        return None
    return sum(w * v for w, v in pairs) / weight


def summarise(application_id: uuid.UUID, criteria: Sequence[tuple[uuid.UUID, str, float]],
              scores: Iterable[ScoreInput], *, excluded: Sequence[ExcludedReviewer] = (),
              min_reviewers: int = MIN_REVIEWERS, spread: float = DISAGREEMENT_SPREAD) -> ReviewSummary:
    """Totals, gaps and disagreements of one application from its criteria (id, name, weight) and scores.

    Scores of excluded (conflicted) reviewers and scores on criteria not in ``criteria`` are ignored.
    """
    left_out = {e.reviewer_id for e in excluded}
    known = {cid for cid, _, _ in criteria}
    by_criterion: dict[uuid.UUID, list[ScoreInput]] = {cid: [] for cid in known}
    names: dict[uuid.UUID, str] = {}
    for s in scores:
        if s.reviewer_id in left_out or s.criterion_id not in known:
            continue
        by_criterion[s.criterion_id].append(s)
        names[s.reviewer_id] = s.reviewer
    rows: list[CriterionScores] = []
    for cid, name, weight in criteria:
        given = sorted(by_criterion[cid], key=lambda s: (s.reviewer.casefold(), str(s.reviewer_id)))
        values = [s.score for s in given]
        mean = sum(values) / len(values) if values else None
        gap = max(values) - min(values) if len(values) >= 2 else None
        rows.append(CriterionScores(
            cid, name, weight, tuple(ReviewerScore(s.reviewer_id, s.reviewer, s.score, s.comment) for s in given),
            mean, gap, gap is not None and gap >= spread - 1e-9))
    total = _weighted((r.weight, r.mean) for r in rows if r.mean is not None)
    reviewers = sorted(names.items(), key=lambda kv: (kv[1].casefold(), str(kv[0])))
    per_reviewer = []
    complete = 0
    for rid, _name in reviewers:
        mine = [(r.weight, s.score) for r in rows for s in r.scores if s.reviewer_id == rid]
        per_reviewer.append((rid, _weighted(mine)))
        if rows and len(mine) == len(rows):
            complete += 1
    flagged = tuple(r.name for r in rows if r.disagreement)
    return ReviewSummary(
        application_id=application_id, criteria=tuple(rows), reviewers=tuple(reviewers),
        reviewer_totals=tuple(per_reviewer), weighted_total=total,
        missing_criteria=tuple(r.name for r in rows if r.mean is None), complete_reviewers=complete,
        min_reviewers=min_reviewers, reviews_missing=not rows or complete < min_reviewers,
        disagreement=bool(flagged), disagreements=flagged, excluded=tuple(excluded),
    )


def ranking_key(total: float | None, received_on: date, sort_name: str) -> tuple:
    """Highest total first; ties (and equal totals) by earlier receipt, then organisation name."""
    return (total is None, -(total or 0.0), received_on, sort_name)
