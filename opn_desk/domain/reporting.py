"""Partner reporting: the rules, as pure functions (docs/REPORTING.md).

- A programme's **partners** in a cycle are the organisations holding a role in the programme (co-lead,
  core partner, network member) on the cycle's deadline: a membership whose term covers that day and
  that is not suspended.
- A partner's **standing** follows from what is stored (to do, submitted with its date, excused with its
  reason), the deadline and today: a submission on or before the deadline is *submitted*; after it,
  *late*, and more than two weeks (`VERY_LATE_AFTER_DAYS`) after it, *very late*. A partner that has not
  submitted is *to do* until the deadline passes, then late, then very late. Late and very late are
  never stored.
- The **rate** is reported / partners: excused partners are left out of both counts; every submission
  counts as reported, a late one too (it is shown as late). The strategy's target is 75% (`TARGET`).
- A **repeated non-reporter** missed this cycle and the one before it in which it was expected
  (excused cycles and cycles where it was not a partner are skipped): the desk reviews it, since
  reporting is a condition to remain a partner.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from opn_desk.domain.vocab import MembershipStatus, ReportingState
from opn_desk.i18n import translate

TARGET = 0.75
VERY_LATE_AFTER_DAYS = 14
REPEATED_AFTER = 2  # cycles missed in a row
DEFAULT_REMINDER_DAYS: tuple[int, ...] = (-14, -3, 7, 15)
_SUSPENDED = MembershipStatus.SUSPENDED.value
_TO_DO, _SUBMITTED, _EXCUSED = ReportingState.TO_DO.value, ReportingState.SUBMITTED.value, ReportingState.EXCUSED.value
_LATE, _VERY_LATE = ReportingState.LATE.value, ReportingState.VERY_LATE.value
STORED_STATES = (_TO_DO, _SUBMITTED, _EXCUSED)


@dataclass(frozen=True, slots=True)
class Standing:
    """Where a partner stands in a cycle: ``state`` (a `ReportingState` code), whether it counts as
    reported, and how many days past the deadline it submitted (or, not submitted, today is)."""

    state: str
    reported: bool
    excused: bool
    days_late: int

    @property
    def very_late(self) -> bool:
        return self.state == _VERY_LATE


_EXCUSED_STANDING = Standing(_EXCUSED, False, True, 0)
_TO_DO_STANDING = Standing(_TO_DO, False, False, 0)




def holds_role_on(term_start: date, term_end: date | None, status: str, day: date) -> bool:
    """Whether a membership makes its organisation a partner on ``day`` (dates, or ISO texts alike)."""
    return status != _SUSPENDED and term_start <= day and (term_end is None or day <= term_end)


def lateness(days_late: int) -> str:
    """The state of something ``days_late`` days past the deadline (0 or less: on time)."""
    if days_late <= 0:
        return _SUBMITTED
    return _VERY_LATE if days_late > VERY_LATE_AFTER_DAYS else _LATE


def standing(stored: str | None, submitted_on: date | None, deadline: date, today: date) -> Standing:
    """A partner's standing from its stored status (None: nothing recorded, to do)."""
    if stored == _EXCUSED:
        return _EXCUSED_STANDING
    if submitted_on is not None:
        days = (submitted_on - deadline).days
        return Standing(lateness(days), True, False, days if days > 0 else 0)
    days = (today - deadline).days
    if days <= 0:
        return _TO_DO_STANDING
    return Standing(lateness(days), False, False, days)


@dataclass(frozen=True, slots=True)
class Rate:
    """A reporting rate: ``partners`` expected to report (excused left out), ``reported`` of them (late
    ones included, also counted in ``late`` and ``very_late``)."""

    partners: int
    reported: int
    excused: int = 0
    late: int = 0
    very_late: int = 0
    target: float = TARGET

    @property
    def rate(self) -> float:
        """reported / partners, 0 to 1 (0 when there are no partners)."""
        return self.reported / self.partners if self.partners else 0.0

    @property
    def meets_target(self) -> bool:
        return self.partners > 0 and self.rate >= self.target

    @property
    def not_reported(self) -> int:
        return self.partners - self.reported

    def __add__(self, other: Rate) -> Rate:
        return Rate(self.partners + other.partners, self.reported + other.reported, self.excused + other.excused,
                    self.late + other.late, self.very_late + other.very_late, self.target)


def rate_of(standings: Iterable[Standing]) -> Rate:
    partners = reported = excused = late = very_late = 0
    for s in standings:
        if s.excused:
            excused += 1
            continue
        partners += 1
        if s.reported:
            reported += 1
            if s.state == _LATE:
                late += 1
            elif s.state == _VERY_LATE:
                very_late += 1
    return Rate(partners, reported, excused, late, very_late)


def missed_in_a_row(history: Sequence[bool | None]) -> int:
    """Cycles missed in a row up to the latest, from a partner's history oldest first: True reported,
    False expected and not reported, None not expected (excused, or not a partner then)."""
    count = 0
    for reported in reversed(history):
        if reported is None:
            continue
        if reported:
            break
        count += 1
    return count


def is_repeated_non_reporter(history: Sequence[bool | None]) -> bool:
    return missed_in_a_row(history) >= REPEATED_AFTER


def reminder_days(values: Iterable[object]) -> tuple[int, ...]:
    """A reminder schedule checked: whole days from the deadline (negative before it), each once, in
    order. Raises ValueError with a sentence."""
    days: set[int] = set()
    for value in values:
        text = str(value).strip()
        if not text:
            continue
        try:
            number = int(text)
        except ValueError:
            raise ValueError(translate("Domain", "{value} is not a number of days (negative before the deadline, "
                                                 "positive after it).").format(value=repr(text))) from None
        if abs(number) > 366:
            raise ValueError(translate("Domain", "A reminder {days} days from the deadline is more than a year away.").format(
                days=abs(number)))
        days.add(number)
    return tuple(sorted(days))


def scheduled_reminder(days: Sequence[int], deadline: date, today: date) -> int:
    """Which reminder of the schedule today's falls on: the latest scheduled day not after today (the
    days from the deadline today is, when the schedule has none yet)."""
    offset = (today - deadline).days
    passed = [d for d in days if d <= offset]
    return max(passed) if passed else offset


# ------------------------------------------------------------------- values the reports take

@dataclass(frozen=True, slots=True)
class RateRow:
    """A programme's rate in a year (``programme`` its code; "ALL" for the network-wide row)."""

    programme: str
    year: int
    deadline: date | None
    rate: Rate

    def as_json(self) -> dict:
        return {"programme": self.programme, "year": self.year, "partners": self.rate.partners,
                "reported": self.rate.reported, "rate": round(self.rate.rate, 4), "target": self.rate.target,
                "excused": self.rate.excused, "late": self.rate.late, "very_late": self.rate.very_late}


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A rate by something (role, regional group): ``label`` the words, ``rate`` its counts."""

    label: str
    rate: Rate


@dataclass(frozen=True, slots=True)
class NonReporter:
    organisation_id: uuid.UUID
    organisation: str
    country: str
    roles: tuple[str, ...]  # role codes
    state: str  # to_do / late / very_late
    days_late: int
    missed_in_a_row: int
    repeated: bool  # flagged for the desk's review
    focal_point: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class ActivityLine:
    id: uuid.UUID
    title: str
    organisation: str
    category: str
    countries: tuple[str, ...]
    sdgs: tuple[int, ...]
    change_in_practice: str
    highlight: bool
    initiative: str = ""


@dataclass(frozen=True, slots=True)
class CycleSummary:
    """Everything the cycle summary (PDF, spreadsheet) shows, as plain values."""

    programme_code: str
    programme_name: str
    year: int
    deadline: date
    as_of: date
    rate: Rate
    by_role: tuple[Breakdown, ...]
    by_group: tuple[Breakdown, ...]
    over_years: tuple[RateRow, ...]
    network: tuple[RateRow, ...]  # every programme's rate this year
    activities_by_category: tuple[tuple[str, int], ...]  # (label, count), every category
    highlights: tuple[ActivityLine, ...]
    non_reporters: tuple[NonReporter, ...]
    hlpf: tuple[tuple[str, str], ...]  # (figure, value): the table for the High-Level Political Forum
    activities: tuple[ActivityLine, ...] = field(default=())
