"""Terms of office of co-leads and core partners: pure arithmetic over membership rows.

Co-leads serve two-year commitments, renewable; core partners are renewed through open calls every two
years (SPP ToR section 2). The rules used everywhere (services, roster, dossier, alerts):

- **A term** is one membership row, from ``term_start`` to ``term_end``, both days included: ``term_end``
  is the last day in office (as letters print it: "1 January 2026 to 31 December 2027"). A new
  two-year term starting on day S ends on S + 2 years - 1 day (`term_end_for`). NULL ``term_end``:
  open-ended.
- **Consecutive terms** are counted per organisation, programme and role. A term continues an earlier
  one when it renews it (``renews_id``), or when it starts no later than the day after the earlier
  term's last day (contiguous or overlapping). ``consecutive`` is the term's place in that run (1 =
  first term) and ``run_start`` the day the run began.
- **Holding over**: a member stays in office until a successor is appointed. An *active* membership
  whose ``term_end`` has passed (before today) is "holding over": still in office, shown as such,
  until the desk renews it or ends it. (Successors are not inferred from other rows: the desk ends the
  old membership when the successor is appointed.)
- **In office on a day D** (the composition as of any past or future date, computed from the rows,
  never overwriting history): ``term_start <= D`` and (``term_end`` is NULL, or ``D <= term_end``, or
  the membership is holding over and ``D <= today``). Ended memberships count for the days of their
  term; suspended ones never count. A composition of a future date shows the terms as they stand:
  nobody is assumed to hold over beyond today. When two terms of one organisation in one role both
  cover D (a renewal recorded as starting on the old term's last day), the later one is shown.
- **Alerts**: 6 months and 3 months before an active co-lead's or core partner's term ends (on the
  same day of the month, or the month's last day), and "holding over" once it has ended.

Pure Python: nothing of the database, no Qt.
"""

from __future__ import annotations

import calendar
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from opn_desk.domain.vocab import MembershipStatus, Role

TERM_YEARS = 2
ALERT_MONTHS: tuple[int, ...] = (6, 3)
DUTY_ROLES: tuple[str, ...] = (Role.CO_LEAD.value, Role.CORE_PARTNER.value)

SIX_MONTHS, THREE_MONTHS, HOLDING_OVER = "six_months", "three_months", "holding_over"


# --- date arithmetic -------------------------------------------------------------------------------

def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier); the month's last day when it has no such day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def term_end_for(start: date, years: int = TERM_YEARS) -> date:
    """The last day of a term of ``years`` years starting on ``start``."""
    return add_years(start, years) - timedelta(days=1)


# --- rows and values -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TermRow:
    """A membership as the arithmetic needs it."""

    id: uuid.UUID
    organisation_id: uuid.UUID
    programme_id: uuid.UUID
    role: str
    term_start: date
    term_end: date | None
    status: str
    renews_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class TermOfOffice:
    membership_id: uuid.UUID
    organisation_id: uuid.UUID
    organisation: str
    programme_code: str
    role: str  # code
    term_start: date
    term_end: date | None
    status: str  # code
    consecutive: int  # 1 = first term of its run
    run_start: date
    holding_over: bool
    representative: str = ""

    @property
    def role_label(self) -> str:
        return _role_label(self.role)


@dataclass(frozen=True, slots=True)
class CompositionEntry:
    """One member in office on a date, with what rosters and balance tables need."""

    membership_id: uuid.UUID
    organisation_id: uuid.UUID
    organisation: str
    acronym: str
    country: str
    country_iso3: str
    regional_group_code: str | None
    regional_group: str  # label ("No group" when none)
    cluster_code: str | None
    cluster: str  # label ("" when not recorded)
    role: str  # code
    representative: str
    representative_email: str
    alternate: str
    representative_gender: str  # sensitive: for counts only, never printed per person
    term_start: date
    term_end: date | None
    status: str
    consecutive: int
    run_start: date
    holding_over: bool

    @property
    def role_label(self) -> str:
        return _role_label(self.role)

    @property
    def display_name(self) -> str:
        if self.acronym and self.acronym.casefold() != self.organisation.casefold():
            return f"{self.organisation} ({self.acronym})"
        return self.organisation


@dataclass(frozen=True, slots=True)
class TermAlert:
    membership_id: uuid.UUID
    organisation_id: uuid.UUID
    organisation: str
    programme_code: str
    role: str  # code
    term_end: date
    kind: str  # six_months / three_months / holding_over
    alert_on: date  # the day the alert became due
    days_left: int  # negative: the term ended that many days ago
    sentence: str  # in the officer's language (services/terms.py words it)


@dataclass(frozen=True, slots=True)
class Roster:
    """The composition of a programme on a date, for the roster PDF."""

    programme_code: str
    programme_name: str
    as_of: date
    generated_on: date
    co_leads: tuple[CompositionEntry, ...]
    core_partners: tuple[CompositionEntry, ...]


def _role_label(role: str) -> str:
    try:
        return Role(role).label
    except ValueError:
        return role.replace("_", " ").capitalize()


# --- the arithmetic --------------------------------------------------------------------------------

def runs(rows: Iterable[TermRow]) -> dict[uuid.UUID, tuple[int, date]]:
    """(consecutive, run_start) of every row (see the module's rules)."""
    groups: dict[tuple, list[TermRow]] = defaultdict(list)
    for row in rows:
        groups[(row.organisation_id, row.programme_id, row.role)].append(row)
    out: dict[uuid.UUID, tuple[int, date]] = {}
    for group in groups.values():
        group.sort(key=lambda r: (r.term_start, r.term_end or date.max, str(r.id)))
        for k, row in enumerate(group):
            previous: TermRow | None = None
            if row.renews_id is not None:
                previous = next((r for r in group[:k] if r.id == row.renews_id), None)
            if previous is None:
                touching = [r for r in group[:k]
                            if r.term_end is None or row.term_start <= r.term_end + timedelta(days=1)]
                if touching:
                    previous = max(touching, key=lambda r: (r.term_end or date.max, r.term_start))
            if previous is None or previous.id not in out:
                out[row.id] = (1, row.term_start)
            else:
                count, start = out[previous.id]
                out[row.id] = (count + 1, start)
    return out


def is_holding_over(row: TermRow, today: date) -> bool:
    return row.status == MembershipStatus.ACTIVE.value and row.term_end is not None and row.term_end < today


def in_office(row: TermRow, day: date, today: date) -> bool:
    if row.status == MembershipStatus.SUSPENDED.value or row.term_start > day:
        return False
    if row.term_end is None or day <= row.term_end:
        return True
    return is_holding_over(row, today) and day <= today


def in_office_on(rows: Sequence[TermRow], day: date, today: date) -> list[TermRow]:
    """The rows in office on ``day``: one per organisation and role (the later term when two overlap)."""
    chosen: dict[tuple, TermRow] = {}
    for row in rows:
        if not in_office(row, day, today):
            continue
        key = (row.organisation_id, row.programme_id, row.role)
        held = chosen.get(key)
        if held is None or (row.term_start, str(row.id)) > (held.term_start, str(held.id)):
            chosen[key] = row
    return list(chosen.values())


def alert_for(row: TermRow, today: date) -> tuple[str, date] | None:
    """(kind, day it became due) of the row's current alert; None when nothing is due."""
    if row.status != MembershipStatus.ACTIVE.value or row.term_end is None or row.role not in DUTY_ROLES:
        return None
    if row.term_end < today:
        return HOLDING_OVER, row.term_end + timedelta(days=1)
    three = add_months(row.term_end, -3)
    if today >= three:
        return THREE_MONTHS, three
    six = add_months(row.term_end, -6)
    if today >= six:
        return SIX_MONTHS, six
    return None

