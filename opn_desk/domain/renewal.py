"""The programme leadership renewal process (coordination desks' meeting report, "Programme leadership
renewal process"): its four steps, the step-ordering rule, the external-review checklist, succession
planning, co-lead candidates, and the values the renewal services and the dossier hand out.

The four steps::

    1. Leads and Secretariat agree on the need for a renewal, the steps and the timeline
    2. Open call for expressions of interest
    3. Review of applications against the evaluation criteria, with the MAC's opinion
       (the coordination desk consulted)
    4. Submission to the Board

Each step is Not started -> In progress -> Done. A step may be *closed* (marked done) only when the
step before it is done; closing it earlier needs an explicit override reason, which is recorded with
the step (who, when, why). Steps can be started in any order (work overlaps in practice).

Candidates for the leadership are the co-lead applications answering the process's call, plus the
incumbent co-leads who seek renewal (a flag per incumbent). An incumbent who also applied is one
candidate (the application), marked as incumbent. More than three leads may be proposed: nothing caps
the proposed leadership's size; its balance is re-checked with the core-partner selection's rules.

Pure Python: nothing of the database, no Qt.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from opn_desk.domain.applications import AttachmentValue, ReviewSummary
from opn_desk.domain.terms import CompositionEntry
from opn_desk.domain.vocab import NO_GROUP_LABEL, REGIONAL_GROUPS, STAKEHOLDER_CLUSTERS
from opn_desk.i18n import translate

SUCCESSION_HORIZON = 2030
STEP_COUNT = 4

# Short labels for narrow table columns and chart axes (the UN's usual abbreviations), from vocab.py.
SHORT_GROUP: dict[str | None, str] = {**{t.code: t.short_label for t in REGIONAL_GROUPS}, None: NO_GROUP_LABEL}
SHORT_CLUSTER: dict[str | None, str] = {**{t.code: t.short_label for t in STAKEHOLDER_CLUSTERS}, None: "Not recorded"}


class StepState(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return {"not_started": "Not started", "in_progress": "In progress", "done": "Done"}[self]


@dataclass(frozen=True, slots=True)
class StepDefinition:
    number: int
    title: str
    description: str


STEPS: tuple[StepDefinition, ...] = (
    StepDefinition(1, "Agree on the need, the steps and the timeline",
                   "The leads and the Secretariat agree on the need for a renewal process, its specific steps "
                   "and its timeline."),
    StepDefinition(2, "Open call for expressions of interest",
                   "An open call for expressions of interest in leading the programme."),
    StepDefinition(3, "Review of applications",
                   "The Secretariat reviews the applications against the established evaluation criteria, "
                   "possibly with the opinion of the Multi-stakeholder Advisory Committee (MAC), consulting "
                   "the coordination desk and its knowledge of the network's partners."),
    StepDefinition(4, "Submission to the Board",
                   "The selection proposal is submitted to the Board."),
)

# The external review's recommendations on leadership, to check they were taken on board (editable).
DEFAULT_CHECKLIST: tuple[str, ...] = (
    "The external review's recommendations on leadership were re-read with the leads and the Secretariat",
    "Bringing in more than three leads was considered, to improve coordination capacity",
    "The follow-through on leadership commitments was reviewed (a full-time staff member per lead at the "
    "coordination desk)",
    "The health of the partnership and the engagement among partners were assessed",
    "The coordination desk was consulted on the applications",
    "Succession planning up to 2030 was considered",
)


class StepRefused(Exception):
    """A step move that the ordering rule refuses; ``field`` is "override" when only a reason is missing."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def step_definition(number: int) -> StepDefinition:
    if not 1 <= number <= STEP_COUNT:
        raise StepRefused(translate("Domain", "A renewal process has steps 1 to {count}; there is no step {number}.").format(
            count=STEP_COUNT, number=number))
    return STEPS[number - 1]


def closing_refusal(number: int, states: Mapping[int, str]) -> str | None:
    """Why step ``number`` cannot be closed without an override (the step before is not done); None
    when it can. ``states``: step number -> state code."""
    step_definition(number)
    if states.get(number) == StepState.DONE.value:
        return translate("Domain", "Step {number} is already done.").format(number=number)
    if number == 1:
        return None
    before = states.get(number - 1, StepState.NOT_STARTED.value)
    if before == StepState.DONE.value:
        return None
    return translate("Domain", "Step {number} cannot be closed before step {before} ({title}) is done; it is "
                               "{state}. Close step {before} first, or give a reason to override the order.").format(
        number=number, before=number - 1, title=translate("RenewalSteps", STEPS[number - 2].title).lower(),
        state=translate("RenewalSteps", StepState(before).label).lower())


def check_close(number: int, states: Mapping[int, str], override: str = "") -> bool:
    """The ordering check before closing a step; returns True when the close overrides the order.

    Raises `StepRefused` when the step is already done, or when the step before is not done and no
    override reason is given."""
    message = closing_refusal(number, states)
    if message is None:
        return False
    if states.get(number) == StepState.DONE.value:
        raise StepRefused(message)
    if not override.strip():
        raise StepRefused(message, field="override")
    return True


def current_step(states: Mapping[int, str]) -> int | None:
    """The first step not done (the process's position); None when all four are done."""
    for number in range(1, STEP_COUNT + 1):
        if states.get(number) != StepState.DONE.value:
            return number
    return None


# --- values ----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ProcessInput:
    programme_code: str
    title: str
    opened_on: date | None = None  # None: today
    call_id: uuid.UUID | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class StepInput:
    """What the desk edits on a step (the state moves through start/close/reopen)."""

    planned_start: date | None = None
    planned_end: date | None = None
    actual_start: date | None = None
    actual_end: date | None = None
    responsible: str = ""
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class StepValue:
    id: uuid.UUID
    number: int
    title: str
    description: str
    state: str  # code
    planned_start: date | None
    planned_end: date | None
    actual_start: date | None
    actual_end: date | None
    responsible: str
    evidence: str
    override_reason: str
    closed_by: str
    closed_at: datetime | None
    attachments: tuple[AttachmentValue, ...] = ()
    version: int = 1

    @property
    def state_label(self) -> str:
        return StepState(self.state).label

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason.strip())

    def as_input(self) -> StepInput:
        return StepInput(self.planned_start, self.planned_end, self.actual_start, self.actual_end,
                         self.responsible, self.evidence)


@dataclass(frozen=True, slots=True)
class ChecklistItemValue:
    id: uuid.UUID
    position: int
    text: str
    done: bool
    done_by: str
    done_at: datetime | None
    note: str


@dataclass(frozen=True, slots=True)
class SuccessionValue:
    id: uuid.UUID
    year: int
    organisation_id: uuid.UUID | None
    organisation: str  # the organisation's name, or the free name when none is chosen
    role: str  # code
    note: str


@dataclass(frozen=True, slots=True)
class ProcessSummary:
    id: uuid.UUID
    programme_code: str
    programme_name: str
    title: str
    opened_on: date
    call_id: uuid.UUID | None
    call_title: str
    current_step: int | None  # None: all steps done
    steps_done: int


@dataclass(frozen=True, slots=True)
class ProcessDetail:
    id: uuid.UUID
    version: int
    programme_code: str
    programme_name: str
    title: str
    opened_on: date
    notes: str
    call_id: uuid.UUID | None
    call_title: str
    call_opens_on: date | None
    call_closes_on: date | None
    steps: tuple[StepValue, ...]
    checklist: tuple[ChecklistItemValue, ...]
    succession: tuple[SuccessionValue, ...]  # by year, then organisation

    @property
    def current_step(self) -> int | None:
        return current_step({s.number: s.state for s in self.steps})


APPLICANT, INCUMBENT = "applicant", "incumbent"


@dataclass(frozen=True, slots=True)
class CandidateValue:
    """A co-lead candidate: an application to the process's call, or an incumbent seeking renewal.

    ``key`` identifies the candidate in the renewal services: the application's id for an applicant,
    the membership's id for an incumbent without an application.
    """

    key: uuid.UUID
    kind: str  # applicant / incumbent
    application_id: uuid.UUID | None
    membership_id: uuid.UUID | None  # the incumbent's current co-lead membership
    organisation_id: uuid.UUID
    organisation: str
    acronym: str
    country: str
    country_iso3: str
    regional_group_code: str | None
    regional_group: str  # label
    cluster_code: str | None
    cluster: str  # label
    representative: str
    representative_gender: str  # sensitive: counts only, never printed per person
    incumbent: bool  # a co-lead of the programme now
    seeking_renewal: bool | None  # incumbents: the flag (None: not yet said)
    status: str  # label: the application's status, or "Seeking renewal"
    status_code: str
    commitment: str  # what is offered (contribution kinds and details, or the incumbent's commitment)
    mac_opinion: str
    scores: ReviewSummary | None
    proposed: bool
    proposed_note: str
    term_end: date | None = None  # incumbents: the current term's last day
    rank: int | None = None

    @property
    def display_name(self) -> str:
        if self.acronym and self.acronym.casefold() != self.organisation.casefold():
            return f"{self.organisation} ({self.acronym})"
        return self.organisation

    @property
    def total(self) -> float | None:
        return self.scores.weighted_total if self.scores is not None else None


@dataclass(frozen=True, slots=True)
class CountRow:
    label: str
    count: int
    short: str = ""  # a short label for charts ("GRULAC", "UN / IGO")


@dataclass(frozen=True, slots=True)
class RuleState:
    name: str
    count: int
    min: int | None
    max: int | None
    state: str  # met / at the edge / broken
    message: str


@dataclass(frozen=True, slots=True)
class LeadershipBalance:
    """The balance of a proposed leadership (or any set of members)."""

    seats: int
    by_region: tuple[CountRow, ...]
    by_cluster: tuple[CountRow, ...]
    by_gender: tuple[CountRow, ...]
    rules: tuple[RuleState, ...]

    @property
    def broken(self) -> tuple[RuleState, ...]:
        return tuple(r for r in self.rules if r.state == "broken")


# --- the dossier's values --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RecordItem:
    """One membership in the candidate's record in the network."""

    programme_code: str
    role: str  # label
    term_start: date
    term_end: date | None
    status: str  # label


@dataclass(frozen=True, slots=True)
class CandidateProfile:
    candidate: CandidateValue
    record: tuple[RecordItem, ...]
    member_since: date | None
    years_in_network: int  # whole years since member_since, to the dossier's date


@dataclass(frozen=True, slots=True)
class DossierCriterion:
    name: str
    weight: float
    description: str


@dataclass(frozen=True, slots=True)
class LeadershipDossier:
    programme_code: str
    programme_name: str
    process_title: str
    opened_on: date
    generated_on: date
    notes: str
    call_title: str
    call_opens_on: date | None
    call_closes_on: date | None
    current_step: int | None
    steps: tuple[StepValue, ...]
    current_leadership: tuple[CompositionEntry, ...]  # co-leads in office on generated_on
    incumbent_flags: tuple[tuple[uuid.UUID, bool | None], ...]  # membership id -> seeking renewal
    candidates: tuple[CandidateProfile, ...]  # best total first; unscored last
    criteria: tuple[DossierCriterion, ...]
    proposed: tuple[CandidateValue, ...]
    balance: LeadershipBalance | None  # None when nobody is proposed yet
    succession: tuple[SuccessionValue, ...]
    checklist: tuple[ChecklistItemValue, ...]
