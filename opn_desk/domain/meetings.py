"""The advisory committee's meetings: who is invited, who took part, who gets travel support.

Pure rules over plain values (docs/MEETINGS.md):

- **Invitees** of a meeting are the co-leads and core partners in office on the meeting's date, by the
  terms (`opn_desk.domain.terms.in_office_on`: holding over counts up to today, suspended never),
  one per organisation (a co-lead that is also a core partner is invited once, as co-lead); guests are
  added by hand.
- **Participation**: attended, or **written comments sent in advance, which count as participation**
  (ToR section 2, note 5): a partner with written comments on any item took part whatever its status
  says. The **rate** of a partner is the meetings it took part in over the meetings held it was
  invited to (meetings still to come are not counted).
- **Travel support**: the requests are ranked with partners from **least developed countries as of the
  meeting's date first** (graduation: from its date the country is no longer an LDC), then the groups
  the desk chose in its order (small island developing states, landlocked developing countries), then
  the others; within a rank, the earlier request first, then the organisation's name. The proposed
  allocation grants the requests in that order in full while the budget lasts, then what remains to the
  next one; the rest get nothing. The desk may decide otherwise: the ranking stays as computed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from opn_desk.domain.countries import ldc_on
from opn_desk.domain.terms import DUTY_ROLES, TermRow, in_office_on
from opn_desk.domain.vocab import Participation, Role
from opn_desk.i18n import translate

PARTICIPATING = frozenset({Participation.ATTENDED.value, Participation.WRITTEN_COMMENTS.value})
PRIORITY_GROUPS = ("sids", "lldc")  # what may follow the LDCs, in the desk's order
_GROUP_WORDS = {"ldc": "least developed country", "sids": "small island developing state",
                "lldc": "landlocked developing country"}


# --- invitees -------------------------------------------------------------------------------------

def invitees(rows: Sequence[TermRow], day: date, today: date) -> dict[uuid.UUID, str]:
    """The organisations to invite to a meeting on ``day``: organisation id -> role (co-lead before core
    partner when an organisation holds both)."""
    out: dict[uuid.UUID, str] = {}
    for row in sorted(in_office_on([r for r in rows if r.role in DUTY_ROLES], day, today),
                      key=lambda r: DUTY_ROLES.index(r.role)):
        out.setdefault(row.organisation_id, row.role)
    return out


# --- participation --------------------------------------------------------------------------------

def took_part(status: str, wrote_comments: bool = False) -> bool:
    """Whether an invited organisation took part: attended, or sent written comments in advance."""
    return status in PARTICIPATING or wrote_comments


@dataclass(frozen=True, slots=True)
class Attendance:
    """One organisation's invitation to one meeting, as the rates need it."""

    organisation_id: uuid.UUID
    meeting_id: uuid.UUID
    held_on: date
    status: str
    wrote_comments: bool = False


@dataclass(frozen=True, slots=True)
class ParticipationRate:
    organisation_id: uuid.UUID
    invited: int
    took_part: int

    @property
    def rate(self) -> float | None:
        return self.took_part / self.invited if self.invited else None


def participation_rates(records: Iterable[Attendance], as_of: date) -> dict[uuid.UUID, ParticipationRate]:
    """Per organisation, the meetings held by ``as_of`` (included) it was invited to and took part in."""
    invited: dict[uuid.UUID, int] = {}
    took: dict[uuid.UUID, int] = {}
    for r in records:
        if r.held_on > as_of:
            continue
        invited[r.organisation_id] = invited.get(r.organisation_id, 0) + 1
        if took_part(r.status, r.wrote_comments):
            took[r.organisation_id] = took.get(r.organisation_id, 0) + 1
    return {oid: ParticipationRate(oid, n, took.get(oid, 0)) for oid, n in invited.items()}


# --- travel support -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TravelFacts:
    """A travel request with its country's status: ``ldc_from``/``ldc_until`` from the reference data."""

    request_id: uuid.UUID
    organisation: str
    country_iso3: str
    ldc_from: date | None
    ldc_until: date | None
    sids: bool
    lldc: bool
    requested_on: date
    amount: float
    granted: float | None = None


@dataclass(frozen=True, slots=True)
class RankedRequest:
    facts: TravelFacts
    rank: int  # 1 = first served
    ldc: bool  # on the meeting's date
    group: str  # ldc / sids / lldc / "" (no priority)
    proposed: float  # what the budget gives it in the ranked order

    @property
    def reason(self) -> str:
        return f"Priority: {_GROUP_WORDS[self.group]}" if self.group else "No priority group"


def parse_priority(text: str | Iterable[str]) -> tuple[str, ...]:
    """The desk's groups after the LDCs, in order ("sids,lldc"; "" = LDCs only); unknown words refused."""
    words = [w.strip().lower() for w in (text.split(",") if isinstance(text, str) else text) if w.strip()]
    unknown = [w for w in words if w not in PRIORITY_GROUPS]
    if unknown:
        raise ValueError(translate("Domain", "{word} is not a priority group; use sids and lldc, in the desk's order.").format(
            word=repr(unknown[0])))
    return tuple(dict.fromkeys(words))


def rank_travel(requests: Iterable[TravelFacts], meeting_day: date, priority: Sequence[str] = PRIORITY_GROUPS,
                budget: float | None = None) -> list[RankedRequest]:
    """The requests in priority order (LDCs on ``meeting_day`` first, then ``priority``'s groups in order,
    then the rest), each with the amount the budget proposes for it."""
    order = {g: k for k, g in enumerate(priority, start=1)}

    def placed(f: TravelFacts) -> tuple[int, str]:
        if ldc_on(f.ldc_from, f.ldc_until, meeting_day):
            return 0, "ldc"
        for g in priority:
            if (g == "sids" and f.sids) or (g == "lldc" and f.lldc):
                return order[g], g
        return len(order) + 1, ""

    keyed = sorted(((placed(f), f) for f in requests),
                   key=lambda p: (p[0][0], p[1].requested_on, p[1].organisation.casefold(), str(p[1].request_id)))
    left = float(budget or 0.0)
    out = []
    for k, ((_, group), f) in enumerate(keyed, start=1):
        give = max(0.0, min(f.amount, left))
        left -= give
        out.append(RankedRequest(f, k, group == "ldc", group, round(give, 2)))
    return out


def allocation_problems(grants: Mapping[uuid.UUID, float], requested: Mapping[uuid.UUID, float],
                        budget: float | None) -> list[str]:
    """What is wrong with an allocation: a grant above its request or negative, the total above the budget."""
    problems = []
    for rid, amount in grants.items():
        if amount < 0:
            problems.append(translate("Domain", "A grant cannot be negative."))
        elif amount > requested.get(rid, 0.0) + 1e-9:
            problems.append(translate("Domain", "A grant of {amount} is more than the {requested} requested.")
                            .format(amount=f"{amount:,.2f}", requested=f"{requested.get(rid, 0.0):,.2f}"))
    total = sum(grants.values())
    if budget is None and total > 0:
        problems.append(translate("Domain", "The meeting has no travel budget; set one before granting travel "
                                            "support."))
    elif budget is not None and total > budget + 1e-9:
        problems.append(translate("Domain", "The grants ({total}) are more than the travel budget ({budget}).")
                        .format(total=f"{total:,.2f}", budget=f"{budget:,.2f}"))
    return problems


def role_word(role: str) -> str:
    return Role(role).label if role else "Guest"


# --- the values a meeting pack is printed from ------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PackPaper:
    title: str
    filename: str
    media_type: str
    size: int
    content: bytes | None = None  # loaded for the pack; PDFs may be appended


@dataclass(frozen=True, slots=True)
class PackItem:
    position: int
    title: str
    presenter: str
    decision_sought: str
    papers: tuple[PackPaper, ...] = ()
    written_comments: tuple[tuple[str, str], ...] = ()  # (organisation, text)
    minutes: str = ""
    decision: str = ""


@dataclass(frozen=True, slots=True)
class PackParticipant:
    organisation: str
    country: str
    role: str  # label, "Guest" for guests
    status: str  # label
    attendee: str = ""


@dataclass(frozen=True, slots=True)
class PackValues:
    programme_code: str
    programme_name: str
    title: str
    kind: str  # label
    held_on: date
    place: str
    link: str
    programme_text: str
    participants: tuple[PackParticipant, ...]
    items: tuple[PackItem, ...]
    action_items: tuple[tuple[str, str, date | None], ...] = ()  # (task, owner, due)
    final: bool = False
    minutes_approved: str = ""  # "Approved on … by … at …" once the minutes are approved; "" a draft
