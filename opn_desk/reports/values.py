"""The plain values the PDF reports are built from: frozen, no Session, no ReportLab, no Qt.

`opn_desk.services.report_data` fills them from the database; the report modules only read them.
Labels (status, role, cluster, regional group) arrive already worded for print.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

# Scores run from 0 to 5 (services/checks.py). Reviewers whose scores for one criterion lie this far
# apart or more disagree "largely": the review pack marks the criterion and the application.
SCORE_MAX = 5.0
DISAGREEMENT_SPREAD = 2.0


class ReportError(Exception):
    """A report cannot be made from these values; the message is one plain sentence for the user."""


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    email: str = ""


@dataclass(frozen=True, slots=True)
class StatusChange:
    at: datetime
    from_status: str  # label; "" for the first step
    to_status: str  # label
    actor: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CriterionScores:
    """One criterion of one application: each reviewer's score (None: not scored) and their mean."""

    name: str
    weight: float
    scores: tuple[float | None, ...]  # in the order of Scores.reviewers
    mean: float | None
    spread: float | None  # highest minus lowest score, when two or more reviewers scored
    disagreement: bool


@dataclass(frozen=True, slots=True)
class ReviewComment:
    reviewer: str
    criterion: str
    comment: str


@dataclass(frozen=True, slots=True)
class Conflict:
    reviewer: str
    declared_on: date
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Scores:
    reviewers: tuple[str, ...] = ()
    criteria: tuple[CriterionScores, ...] = ()
    # sum(weight * mean) / sum(weight) over the criteria with at least one score; None if none scored.
    weighted_total: float | None = None
    comments: tuple[ReviewComment, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    @property
    def disagreement(self) -> bool:
        return any(c.disagreement for c in self.criteria)

    @property
    def scored(self) -> bool:
        return self.weighted_total is not None


@dataclass(frozen=True, slots=True)
class ApplicationSummary:
    id: uuid.UUID
    organisation: str
    acronym: str
    country: str
    country_iso3: str
    regional_group: str  # label ("No group" when none)
    stakeholder_cluster: str  # label ("" when not recorded)
    organisation_type: str  # label
    website: str
    programme_code: str
    programme_name: str
    role: str  # label
    role_code: str
    call_title: str  # "" when the application answers no call
    representative: Contact | None
    alternate: Contact | None
    received_on: date
    status: str  # label
    status_code: str
    statement: str = ""
    contributions: tuple[str, ...] = ()  # labels: Financial / In kind / Staff time
    contribution_details: str = ""
    work_streams: tuple[str, ...] = ()
    priority_sectors: tuple[str, ...] = ()
    history: tuple[StatusChange, ...] = ()
    scores: Scores = field(default_factory=Scores)
    decision_code: str | None = None  # accepted / not_accepted
    decision: str = ""  # label
    decision_rationale: str = ""
    decided_on: date | None = None
    mac_opinion: str = ""
    term_start: date | None = None  # the membership an acceptance created, when there is one
    term_end: date | None = None

    @property
    def reference(self) -> str:
        """A short reference for letters and headings: the first 8 characters of the id."""
        return str(self.id)[:8].upper()

    @property
    def display_name(self) -> str:
        if self.acronym and self.acronym.casefold() != self.organisation.casefold():
            return f"{self.organisation} ({self.acronym})"
        return self.organisation


@dataclass(frozen=True, slots=True)
class RankedApplication:
    rank: int | None  # None: not ranked (no scores yet, or withdrawn)
    tied: bool
    summary: ApplicationSummary

    @property
    def rank_text(self) -> str:
        if self.rank is None:
            return "–"
        return f"{self.rank}=" if self.tied else str(self.rank)


@dataclass(frozen=True, slots=True)
class CriterionInfo:
    name: str
    weight: float
    description: str = ""


@dataclass(frozen=True, slots=True)
class ReviewPack:
    call_id: uuid.UUID
    call_title: str
    programme_code: str
    programme_name: str
    role: str  # label
    opens_on: date
    closes_on: date
    criteria: tuple[CriterionInfo, ...]
    reviewers: tuple[str, ...]
    applications: tuple[RankedApplication, ...]  # best weighted total first; unranked last
    status_counts: tuple[tuple[str, int], ...]  # (status label, count)
    generated_on: date


@dataclass(frozen=True, slots=True)
class Letter:
    """What a letter needs besides the application: its date, who signs, the letterhead."""

    dated: date
    signatory: str = "The coordination desk"
    letterhead: str = ""  # the programme's (services/desk_settings.py); "" = "One Planet network — <programme>"
