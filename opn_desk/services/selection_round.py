"""A core-partner selection round per call: its pool, its balance rules and pins, the hand-picked slate,
saved scenarios. The maths is `opn_desk.selection`; this module turns a stored round into a
`SelectionProblem` and stores what the officer decides.

Functions take a Session first and never commit: run reads with `Desk.read`, writes with `Desk.write`
(one audited, undoable operation each). Choices made here (docs/SELECTION.md, "Stored rounds"):

- **Candidate ids** are the organisation's id as text (`str(organisation_id)`); pins, the picked slate
  and scenarios store these.
- **The pool** is the call's applications that passed screening: status Under review, MAC opinion or
  Accepted (received and in-screening ones are not screened yet; not accepted and withdrawn ones are
  out). Their score is the weighted review total of `reviews.rank_call` (0 while nothing is scored).
- **Incumbents** are the programme's core partners in office on the reference date: the call's closing
  date, or today while the call is still open (so a membership created by accepting an application of
  this very call does not make its organisation an incumbent). An incumbent that applied and passed
  screening is in the pool once, through its application (incumbent, the application's score); it
  seeks renewal by applying, so its flag cannot be changed (pin it out instead). Any other incumbent
  is in the pool only once the officer records that it seeks renewal (`set_seeking_renewal`; default
  no), with the score the officer gives it (`set_incumbent_score`; default 0, as there is no review).
  Incumbents not seeking renewal are listed in `excluded`, never silently dropped.
- **Attributes** of a candidate (what rules count): see `ATTRIBUTES`. A country without a regional
  group gives the group "" ("no group"), counted, never dropped. `parent_organisation` is the top of
  the organisation's family (its root parent, by name), so two agencies of one ministry, or a ministry
  and its agency, count as one family; organisations without a parent and without a child in the pool
  have none. Sectors come from the application, or for an incumbent that did not apply, from its
  latest application to the programme; `sector` is the first, and `sector: <name>` is "yes" for each.
- **An unsaved round** shows the Terms of Reference's defaults (`DEFAULT_SEATS` seats; see
  `default_rule_dicts`); any write first creates the round row with those defaults.
- Pins and picks of candidates who left the pool since (an application withdrawn) are kept in the
  database but left out of `RoundValue.pins` / `picked`, so the slate and its checks stay usable.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import (
    Application,
    Call,
    Country,
    Organisation,
    Person,
    Programme,
    SelectionCandidate,
    SelectionRound,
    SelectionScenario,
)
from opn_desk.domain.applications import MAX_SCORE, MIN_SCORE
from opn_desk.domain.countries import ldc_on
from opn_desk.domain.vocab import ApplicationStatus, Role
from opn_desk.i18n import translate
from opn_desk.selection import BalanceRule, Candidate, SelectionProblem, default_rules
from opn_desk.selection import defaults as d
from opn_desk.selection.model import default_name_words
from opn_desk.services import reviews, terms
from opn_desk.services.countries import shown_name
from opn_desk.services.errors import InvalidInput, NotAllowed, NotFound
from opn_desk.services.server_locks import take_turn

POOL_STATUSES: tuple[str, ...] = (ApplicationStatus.UNDER_REVIEW.value, ApplicationStatus.MAC_OPINION.value,
                                  ApplicationStatus.ACCEPTED.value)
INCUMBENT_STATUS = "incumbent"
DEFAULT_SEATS = 12
MAX_SEATS = 500
CONTINUITY = "Continuity (incumbents)"
# Continuity and change (ToR 2.2): between a quarter and three quarters of the seats for incumbents.
CONTINUITY_SHARES = (0.25, 0.75)
SECTOR_PREFIX = "sector: "
RULE_KEYS = ("name", "attribute", "value", "min", "max", "min_share", "max_share", "priority", "per_value")

# What a rule can count: attribute -> how the desk calls it. `sector: <name>` attributes come on top.
ATTRIBUTES: Mapping[str, str] = {
    "name": "Organisation name",
    d.REGIONAL_GROUP: "Regional group",
    d.CLUSTER: "Stakeholder cluster",
    d.GENDER: "Representative's gender",
    "country": "Country",
    d.COUNTRY: "Country code (ISO3)",
    d.LDC: "Least developed country",
    "sids": "Small island developing state",
    d.INCUMBENT: "Incumbent core partner",
    d.PARENT: "Parent organisation (family)",
    "sector": "First priority sector",
}


def attribute_label(attribute: str) -> str:
    """What a rule counts, as `ATTRIBUTES` names it, in the officer's language ("sector: <name>" as
    "Priority sector: <name>"; an attribute the desk does not know, as written)."""
    labels = {
        "name": translate("SelectionRound", "Organisation name"),
        d.REGIONAL_GROUP: translate("SelectionRound", "Regional group"),
        d.CLUSTER: translate("SelectionRound", "Stakeholder cluster"),
        d.GENDER: translate("SelectionRound", "Representative's gender"),
        "country": translate("SelectionRound", "Country"),
        d.COUNTRY: translate("SelectionRound", "Country code (ISO3)"),
        d.LDC: translate("SelectionRound", "Least developed country"),
        "sids": translate("SelectionRound", "Small island developing state"),
        d.INCUMBENT: translate("SelectionRound", "Incumbent core partner"),
        d.PARENT: translate("SelectionRound", "Parent organisation (family)"),
        "sector": translate("SelectionRound", "First priority sector"),
    }
    if attribute.startswith(SECTOR_PREFIX) and attribute not in labels:
        return translate("SelectionRound", "Priority sector: {sector}").format(sector=attribute[len(SECTOR_PREFIX):])
    return labels.get(attribute, attribute)



# --- values ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PoolMember:
    """One candidate in a round's pool (or an incumbent left out of it)."""

    key: str  # str(organisation_id): the candidate id in the problem
    organisation_id: uuid.UUID
    name: str
    acronym: str
    country: str  # display name, "" if none
    regional_group: str  # regional group code ("" = no group)
    cluster: str  # stakeholder cluster code ("" if not recorded)
    representative: str  # designated representative's name ("" if none)
    representative_gender: str  # female / male / non_binary / prefers_not_to_say / unknown
    incumbent: bool
    seeking_renewal: bool
    ldc: bool
    sids: bool
    sectors: tuple[str, ...]
    parent: str  # the family's root organisation (its name), "" if none
    score: float
    application_id: uuid.UUID | None
    status: str  # application status code, or "incumbent"
    country_iso3: str = ""
    membership_id: uuid.UUID | None = None  # the incumbent's current core-partner membership

    @property
    def display_name(self) -> str:
        if self.acronym and self.acronym.casefold() != self.name.casefold():
            return f"{self.name} ({self.acronym})"
        return self.name

    def attributes(self) -> dict[str, str]:
        """The candidate's attributes as rules count them (see `ATTRIBUTES`)."""
        out = {
            "name": self.name, d.REGIONAL_GROUP: self.regional_group, d.CLUSTER: self.cluster,
            d.GENDER: self.representative_gender, "country": self.country, d.COUNTRY: self.country_iso3,
            d.LDC: d.YES if self.ldc else "", "sids": d.YES if self.sids else "",
            d.INCUMBENT: d.YES if self.incumbent else "", d.PARENT: self.parent,
            "sector": self.sectors[0] if self.sectors else "",
        }
        for sector in self.sectors:
            out[SECTOR_PREFIX + sector] = d.YES
        return out

    def candidate(self) -> Candidate:
        return Candidate(self.key, self.score, self.attributes())


@dataclass(frozen=True)
class ScenarioValue:
    id: uuid.UUID
    name: str
    seats: int
    rules: tuple[dict, ...]
    pins: dict[str, bool]
    selected: tuple[str, ...]
    score: float
    notes: str
    created_at: datetime


@dataclass(frozen=True)
class CallChoice:
    call_id: uuid.UUID
    title: str
    programme_code: str
    closes_on: date
    has_round: bool
    opens_on: date | None = None

    def describe(self) -> str:
        return translate("SelectionRound", "{title} ({programme}, closes {closes}; id {id})").format(
            title=self.title, programme=self.programme_code, closes=f"{self.closes_on:%Y-%m-%d}", id=self.call_id)


@dataclass(frozen=True)
class RoundValue:
    round_id: uuid.UUID | None  # None until the round is first saved
    call_id: uuid.UUID
    call_title: str
    programme_code: str
    seats: int
    rules: tuple[dict, ...]  # RULES.toml [[rule]] keys; an absent key is no bound
    pins: dict[str, bool]  # key -> True pinned in / False pinned out
    picked: tuple[str, ...]  # the hand-picked slate being worked on
    notes: str
    pool: tuple[PoolMember, ...]  # by score, best first, then name
    excluded: tuple[PoolMember, ...]  # incumbents not seeking renewal (shown, not in the pool)
    scenarios: tuple[ScenarioValue, ...]
    as_of: date | None = None  # the day incumbency is counted on (the call's closing date, or today)
    programme_name: str = ""
    closes_on: date | None = None
    _by_key: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_by_key", {m.key: m for m in self.pool})

    def member(self, key: str) -> PoolMember | None:
        return self._by_key.get(key)

    def name_of(self, key: str) -> str:
        member = self._by_key.get(key)
        return member.name if member is not None else key

    def readable(self, text: str) -> str:
        """A sentence of the selection library with candidate ids turned into names: the library names a
        candidate "Name (id)" or by its id, and ids here are organisation UUIDs, which say nothing to people."""
        for key, member in self._by_key.items():
            if key in text:
                text = text.replace(f"{member.name} ({key})", member.name).replace(key, member.name)
        return text

    def problem(self, *, seats: int | None = None, rules: Sequence[dict | BalanceRule] | None = None,
                pins: Mapping[str, bool] | None = None) -> SelectionProblem:
        """The round as a selection problem (pure): the pool, with these seats, rules and pins (the round's
        own when not given). Rule dicts are checked (`rules_from_dicts`); pins of keys outside the pool
        are left out. A problem with an empty pool still has its seats: it is infeasible, and says so."""
        seats = self.seats if seats is None else seats
        given = self.rules if rules is None else rules
        if all(isinstance(r, BalanceRule) for r in given):
            balance = list(given)
        else:
            balance = rules_from_dicts([r if isinstance(r, dict) else rule_to_dict(r) for r in given], seats)
        wanted = self.pins if pins is None else pins
        return SelectionProblem(tuple(m.candidate() for m in self.pool), tuple(balance), seats,
                                {k: bool(v) for k, v in wanted.items() if k in self._by_key})


# --- rules as data ---------------------------------------------------------------------------------

def rule_to_dict(rule: BalanceRule, *, titled: bool = True) -> dict:
    """A rule as stored: only the keys that say something (an absent key is no bound). ``titled``: a rule
    without a name gets its title ("regional_group: AFRICA") as its name."""
    out: dict = {"name": rule.name or rule.title} if titled or rule.name else {}
    out["attribute"] = rule.attribute
    if rule.per_value:
        out["per_value"] = True
    else:
        out["value"] = rule.value or ""
    for key in ("min", "max", "min_share", "max_share"):
        if getattr(rule, key) is not None:
            out[key] = getattr(rule, key)
    if rule.priority != 1.0:
        out["priority"] = rule.priority
    return out


def default_rule_dicts(seats: int, *, with_continuity: bool = True) -> list[dict]:
    """The ToR's rules (regions at least 1 and at most 40%, every cluster, at least 50% female
    representatives, one per parent organisation) plus, when the programme has core partners,
    continuity and change: incumbents between a quarter and three quarters of the seats."""
    rules = [rule_to_dict(r) for r in default_rules(seats)]
    if with_continuity:
        low, high = CONTINUITY_SHARES
        rules.insert(len(rules) - 1, {"name": CONTINUITY, "attribute": d.INCUMBENT, "value": d.YES,
                                      "min_share": low, "max_share": high})
    return rules


def _known_attribute(attribute: str) -> bool:
    return attribute in ATTRIBUTES or (attribute.startswith(SECTOR_PREFIX) and len(attribute) > len(SECTOR_PREFIX))


def _rule_label(k: int, table: Mapping) -> str:
    name = table.get("name") if isinstance(table.get("name"), str) else ""
    if name and name.strip():
        return translate("SelectionRound", "Rule {n} ({name})").format(n=k, name=default_name_words(name.strip()))
    return translate("SelectionRound", "Rule {n}").format(n=k)


def _count(label: str, key: str, value) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or value != int(value):
        raise InvalidInput("rules", translate("SelectionRound", "{rule}: {key} must be a whole number, not {value}.").format(rule=label, key=key, value=repr(value)))
    return int(value)


def _share(label: str, key: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidInput("rules", translate("SelectionRound", "{rule}: {key} must be a number, not {value}.").format(rule=label, key=key, value=repr(value)))
    return float(value)


def rules_from_dicts(rules: Sequence[dict], seats: int) -> list[BalanceRule]:
    """Stored rule dicts as BalanceRules; the first problem raises InvalidInput with one sentence
    naming the rule ("Rule 3 (Africa): min 3 is above max 2.")."""
    _seats(seats)
    out = []
    for k, table in enumerate(rules, start=1):
        if not isinstance(table, Mapping):
            raise InvalidInput("rules", translate("SelectionRound", "Rule {n} is not a rule (a table of attribute, value and bounds).").format(n=k))
        label = _rule_label(k, table)
        unknown = [key for key in table if key not in RULE_KEYS]
        if unknown:
            raise InvalidInput("rules", translate("SelectionRound", "{rule}: unknown key {key} (expected {keys}).").format(
                rule=label, key=repr(unknown[0]), keys=", ".join(RULE_KEYS)))
        attribute = table.get("attribute")
        if not isinstance(attribute, str) or not attribute.strip():
            raise InvalidInput("rules", translate("SelectionRound", "{rule}: say which attribute the rule counts.").format(rule=label))
        attribute = attribute.strip()
        if not _known_attribute(attribute):
            raise InvalidInput("rules", translate("SelectionRound", "{rule}: {attribute} is not an attribute of the "
                                                                    "candidates (they have {attributes} and "
                                                                    "'sector: ' and a sector's name).")
                               .format(rule=label, attribute=repr(attribute), attributes=", ".join(ATTRIBUTES)))
        value = table.get("value")
        if isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, int | float):
            value = str(value)
        elif value is not None and not isinstance(value, str):
            raise InvalidInput("rules", translate("SelectionRound", "{rule}: the value must be text.").format(rule=label))
        per_value = table.get("per_value", False)
        if not isinstance(per_value, bool):
            raise InvalidInput("rules", translate("SelectionRound", "{rule}: per_value must be true or false.").format(rule=label))
        name = table.get("name", "")
        if name is None:
            name = ""
        if not isinstance(name, str) or len(name) > 200:
            raise InvalidInput("rules", translate("SelectionRound", "{rule}: the name must be text of at most 200 characters.").format(rule=label))
        bounds = {key: _count(label, key, table[key]) for key in ("min", "max") if table.get(key) is not None}
        bounds |= {key: _share(label, key, table[key]) for key in ("min_share", "max_share", "priority")
                   if table.get(key) is not None}
        try:
            out.append(BalanceRule(attribute, value if not per_value else None, name=name.strip(),
                                   per_value=per_value, **bounds))
        except ValueError as exc:
            raise InvalidInput("rules", translate("SelectionRound", "{rule}: {reason}.").format(
                rule=label, reason=str(exc).rstrip("."))) from None
    return out


def _seats(seats) -> int:
    if isinstance(seats, bool) or not isinstance(seats, int) or not 1 <= seats <= MAX_SEATS:
        raise InvalidInput("seats", translate("SelectionRound", "The number of seats is a whole number from 1 to {max}.").format(max=MAX_SEATS))
    return seats


# --- reading a round -------------------------------------------------------------------------------

def _get(session: Session, model, record_id, what: str):
    obj = session.get(model, record_id) if record_id is not None else None
    if obj is None:
        gone = {"call": translate("SelectionRound", "That call no longer exists (it may have been deleted or undone)."),
                "programme": translate("SelectionRound", "That programme no longer exists (it may have been deleted "
                                                         "or undone)."),
                "scenario": translate("SelectionRound", "That scenario no longer exists (it may have been deleted "
                                                        "or undone).")}
        raise NotFound(gone.get(what, gone["call"]))
    return obj


def _call(session: Session, call_id: uuid.UUID) -> tuple[Call, Programme]:
    call = _get(session, Call, call_id, "call")
    if call.role != Role.CORE_PARTNER.value:
        raise NotAllowed(_other_role(call))
    return call, _get(session, Programme, call.programme_id, "programme")


def _round(session: Session, call_id: uuid.UUID) -> SelectionRound | None:
    return session.scalar(select(SelectionRound).where(SelectionRound.call_id == call_id))


def reference_date(call: Call, today: date | None = None) -> date:
    """The day incumbency is counted on: the call's closing date, or today while the call is open."""
    return min(call.closes_on, today or date.today())


def list_selection_calls(session: Session) -> list[CallChoice]:
    """Core-partner calls, newest first, saying which already has a round."""
    with_round = set(session.scalars(select(SelectionRound.call_id)))
    rows = session.execute(
        select(Call, Programme.code).join(Programme, Programme.id == Call.programme_id)
        .where(Call.role == Role.CORE_PARTNER.value).order_by(Call.opens_on.desc(), Call.title)).all()
    return [CallChoice(c.id, c.title, code, c.closes_on, c.id in with_round, c.opens_on) for c, code in rows]


def match_calls(session: Session, text: str) -> list[CallChoice]:
    """Core-partner calls that ``text`` names: its id; else the title, ignoring case; else the calls whose
    title contains it."""
    wanted = " ".join((text or "").split())
    calls = list_selection_calls(session)
    try:
        as_id = uuid.UUID(wanted)
    except ValueError:
        as_id = None
    if as_id is not None:
        return [c for c in calls if c.call_id == as_id]
    folded = wanted.casefold()
    exact = [c for c in calls if " ".join(c.title.split()).casefold() == folded]
    return exact or [c for c in calls if folded in " ".join(c.title.split()).casefold()]


def other_kind_of_call(session: Session, text: str) -> str | None:
    """Why ``text`` names no selection round when it is the id of a co-lead or network call, else None."""
    try:
        other = session.get(Call, uuid.UUID(" ".join((text or "").split())))
    except ValueError:
        return None
    if other is None or other.role == Role.CORE_PARTNER.value:
        return None
    return _other_role(other)


def _other_role(call: Call) -> str:
    """Why a call of another role has no selection round (one sentence per role: its words differ)."""
    if call.role == Role.CO_LEAD.value:
        text = translate("SelectionRound", "{title} is a call for co-leads; selection rounds are for core-partner calls.")
    else:
        text = translate("SelectionRound", "{title} is a call for network members; selection rounds are for "
                                           "core-partner calls.")
    return text.format(title=repr(call.title))


def find_call(session: Session, text: str) -> uuid.UUID:
    """The core-partner call ``text`` names (its id, or a unique part of its title)."""
    wanted = " ".join((text or "").split())
    if not wanted:
        raise InvalidInput("call", translate("SelectionRound", "Name the call by its id or a part of its title."))
    found = match_calls(session, wanted)
    if len(found) == 1:
        return found[0].call_id
    if found:
        raise InvalidInput("call", translate("SelectionRound", "{count} core-partner calls match {wanted}: {calls}; "
                                                               "give more of the title, or the id.")
                           .format(count=len(found), wanted=repr(wanted), calls="; ".join(c.describe() for c in found)))
    if (why := other_kind_of_call(session, wanted)) is not None:
        raise InvalidInput("call", why)
    calls = list_selection_calls(session)
    if not calls:
        raise InvalidInput("call", translate("SelectionRound", "There is no call {wanted}: this database has no core-partner calls yet.").format(
            wanted=repr(wanted)))
    raise InvalidInput("call", translate("SelectionRound", "There is no core-partner call {wanted}; the calls are: "
                                                           "{calls}.")
                       .format(wanted=repr(wanted), calls="; ".join(c.describe() for c in calls)))


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in (text or "").split(";") if p.strip()))


def _families(session: Session, org_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """organisation -> the name of its family's root (see the module's rules), "" when it has no family."""
    parents: dict[uuid.UUID, uuid.UUID | None] = {}
    names: dict[uuid.UUID, str] = {}
    todo = set(org_ids)
    while todo:
        part = list(todo)[:500]
        todo -= set(part)
        for oid, parent, name in session.execute(select(Organisation.id, Organisation.parent_id, Organisation.name)
                                                 .where(Organisation.id.in_(part))):
            parents[oid], names[oid] = parent, name or ""
            if parent is not None and parent not in parents:
                todo.add(parent)
    roots: dict[uuid.UUID, uuid.UUID] = {}
    for oid in org_ids:
        current, seen = oid, set()
        while parents.get(current) is not None and current not in seen:
            seen.add(current)
            current = parents[current]
        roots[oid] = current
    has_child = {root for oid, root in roots.items() if root != oid}
    label: dict[uuid.UUID, str] = {}
    by_name: dict[str, set[uuid.UUID]] = {}
    for root in set(roots.values()):
        by_name.setdefault(" ".join(names.get(root, "").split()).casefold(), set()).add(root)
    for root in set(roots.values()):
        name = names.get(root, "") or "unnamed organisation"
        # Two different families whose roots share a name must not be capped together.
        label[root] = name if len(by_name.get(" ".join(name.split()).casefold(), ())) <= 1 else f"{name} ({str(root)[:8]})"
    return {oid: (label[root] if root != oid or oid in has_child else "") for oid, root in roots.items()}


@dataclass
class _Org:
    name: str
    acronym: str
    cluster: str
    country: str
    iso3: str
    group: str
    ldc: bool
    sids: bool


def _orgs(session: Session, ids: set[uuid.UUID], on: date) -> dict[uuid.UUID, _Org]:
    out = {}
    part_ids = list(ids)
    for start in range(0, len(part_ids), 500):
        for row in session.execute(
                select(Organisation.id, Organisation.name, Organisation.acronym, Organisation.stakeholder_cluster,
                       shown_name(), Country.iso3, Country.regional_group, Country.ldc_from, Country.ldc_until,
                       Country.sids)
                .outerjoin(Country, Country.id == Organisation.country_id)
                .where(Organisation.id.in_(part_ids[start:start + 500]))):
            oid, name, acronym, cluster, country, iso3, group, ldc_from, ldc_until, sids = row
            out[oid] = _Org(name or "", acronym or "", cluster or "", country or "", iso3 or "", group or "",
                            bool(country) and ldc_on(ldc_from, ldc_until, on), bool(sids))
    return out


def _people(session: Session, ids: set) -> dict[uuid.UUID, tuple[str, str]]:
    ids = [i for i in ids if i]
    out = {}
    for start in range(0, len(ids), 500):
        for pid, name, gender in session.execute(select(Person.id, Person.name, Person.gender)
                                                 .where(Person.id.in_(ids[start:start + 500]))):
            out[pid] = (name or "", gender or "unknown")
    return out


def _latest_sectors(session: Session, programme_id: uuid.UUID, org_ids: set[uuid.UUID]) -> dict[uuid.UUID, tuple]:
    """The priority sectors of each organisation's latest application to the programme."""
    out: dict[uuid.UUID, tuple] = {}
    if not org_ids:
        return out
    rows = session.execute(select(Application.organisation_id, Application.priority_sectors)
                           .where(Application.programme_id == programme_id,
                                  Application.organisation_id.in_(list(org_ids)))
                           .order_by(Application.received_on, Application.id))
    for oid, sectors in rows:
        if _split(sectors):
            out[oid] = _split(sectors)
    return out


def _scenario(s: SelectionScenario) -> ScenarioValue:
    return ScenarioValue(s.id, s.name, s.seats, tuple(dict(r) for r in (s.rules or [])), dict(s.pins or {}),
                         tuple(s.selected or []), float(s.score or 0.0), s.notes or "", s.created_at)


def _member_order(m: PoolMember) -> tuple:
    return -round(m.score, 9), " ".join(m.name.split()).casefold(), m.key


def get_round(session: Session, call_id: uuid.UUID, *, today: date | None = None) -> RoundValue:
    """The call's round as it stands (writes nothing); an unsaved round shows the ToR's defaults."""
    call, programme = _call(session, call_id)
    on = reference_date(call, today)
    stored = _round(session, call.id)
    rows = {r.organisation_id: r for r in session.scalars(
        select(SelectionCandidate).where(SelectionCandidate.round_id == stored.id))} if stored else {}

    ranked = {r.application_id: r for r in reviews.rank_call(session, call.id)}
    apps = [a for a in session.scalars(select(Application).where(Application.call_id == call.id,
                                                                 Application.status.in_(POOL_STATUSES)))]
    # One application per organisation: the furthest along, then the latest received.
    stage = {s: k for k, s in enumerate(POOL_STATUSES)}
    apps.sort(key=lambda a: (stage[a.status], a.received_on, str(a.id)))
    by_org = {a.organisation_id: a for a in apps}
    # Applications to this call that are not (or no longer) in the pool: an incumbent with one renews or
    # not through it (declined, withdrawn, still being screened), never by a tick in the round.
    elsewhere = {a.organisation_id: a for a in sorted(
        session.scalars(select(Application).where(Application.call_id == call.id,
                                                  Application.status.not_in(POOL_STATUSES))),
        key=lambda a: (a.received_on, str(a.id)))}

    incumbents = {m.organisation_id: m for m in terms.composition(
        session, programme.code, on, today=today, roles=(Role.CORE_PARTNER.value,))}
    org_ids = set(by_org) | set(incumbents)
    orgs = _orgs(session, org_ids, on)
    families = _families(session, org_ids)
    people = _people(session, {a.representative_id for a in by_org.values()})
    sectors = _latest_sectors(session, programme.id, set(incumbents) - set(by_org))

    def member(oid: uuid.UUID, **kw) -> PoolMember:
        o = orgs.get(oid) or _Org("", "", "", "", "", "", False, False)
        return PoolMember(key=str(oid), organisation_id=oid, name=o.name, acronym=o.acronym, country=o.country,
                          regional_group=o.group, cluster=o.cluster, ldc=o.ldc, sids=o.sids, parent=families.get(oid, ""),
                          country_iso3=o.iso3, **kw)

    pool, excluded = [], []
    for oid, app in by_org.items():
        summary = ranked.get(app.id)
        total = summary.summary.weighted_total if summary is not None else None
        rep, gender = people.get(app.representative_id, ("", "unknown"))
        lead = incumbents.get(oid)
        pool.append(member(oid, representative=rep, representative_gender=gender, incumbent=lead is not None,
                           seeking_renewal=True, sectors=_split(app.priority_sectors),
                           score=float(total or 0.0), application_id=app.id, status=app.status,
                           membership_id=lead.membership_id if lead else None))
    for oid, lead in incumbents.items():
        if oid in by_org:
            continue
        row = rows.get(oid)
        applied = elsewhere.get(oid)
        seeking = bool(row.seeking_renewal) if row is not None and applied is None else False
        value = member(oid, representative=lead.representative, representative_gender=lead.representative_gender
                       or "unknown", incumbent=True, seeking_renewal=seeking, sectors=sectors.get(oid, ()),
                       score=float(row.score) if row is not None and row.score is not None else 0.0,
                       application_id=applied.id if applied is not None else None,
                       status=applied.status if applied is not None else INCUMBENT_STATUS,
                       membership_id=lead.membership_id)
        (pool if seeking else excluded).append(value)
    pool.sort(key=_member_order)
    excluded.sort(key=_member_order)
    keys = {m.key for m in pool}

    if stored is None:
        seats, rules = DEFAULT_SEATS, default_rule_dicts(DEFAULT_SEATS, with_continuity=bool(incumbents))
        pins, picked, notes, scenarios = {}, (), "", ()
    else:
        seats, rules, notes = stored.seats, list(stored.rules or []), stored.notes or ""
        pins = {k: bool(v) for k, v in (stored.pins or {}).items() if k in keys}
        picked = tuple(k for k in dict.fromkeys(stored.picked or []) if k in keys)
        scenarios = tuple(_scenario(s) for s in session.scalars(
            select(SelectionScenario).where(SelectionScenario.round_id == stored.id)
            .order_by(SelectionScenario.created_at, SelectionScenario.name)))
    return RoundValue(stored.id if stored else None, call.id, call.title, programme.code, seats,
                      tuple(dict(r) for r in rules), pins, picked, notes, tuple(pool), tuple(excluded), scenarios,
                      as_of=on, programme_name=programme.name, closes_on=call.closes_on)


# --- writes ----------------------------------------------------------------------------------------

def _ensure_round(session: Session, call_id: uuid.UUID) -> SelectionRound:
    """The call's round row, created with the ToR's defaults the first time anything is saved."""
    call, programme = _call(session, call_id)
    stored = _round(session, call.id)
    if stored is None:
        has_incumbents = bool(terms.composition(session, programme.code, reference_date(call),
                                                roles=(Role.CORE_PARTNER.value,)))
        stored = SelectionRound(call_id=call.id, seats=DEFAULT_SEATS,
                                rules=default_rule_dicts(DEFAULT_SEATS, with_continuity=has_incumbents),
                                pins={}, picked=[], notes="")
        session.add(stored)
        session.flush()
    return stored


def _pool_keys(session: Session, call_id: uuid.UUID) -> dict[str, PoolMember]:
    return {m.key: m for m in get_round(session, call_id).pool}


def _check_keys(keys, pool: Mapping[str, PoolMember], what: str) -> list[str]:
    out = []
    for key in keys:
        if not isinstance(key, str) or key not in pool:
            raise InvalidInput(what, translate("SelectionRound", "{key} is not a candidate in this round's pool (it "
                                                                 "may have left it: withdrawn, or no longer seeking "
                                                                 "renewal).").format(key=repr(key)))
        out.append(key)
    return out


def _NOTES_TOO_LONG() -> str:  # noqa: N802 - a sentence, named like one
    return translate("SelectionRound", "The notes are longer than {limit} characters.")


def _text(value: str | None, field: str, what: str, limit: int) -> str:
    """The text trimmed; ``what`` is the sentence refusing it when longer than ``limit`` ({limit})."""
    text = (value or "").strip()
    if len(text) > limit:
        raise InvalidInput(field, what.format(limit=f"{limit:,}"))
    return text


def save_round(session: Session, call_id: uuid.UUID, *, seats: int, rules: Sequence[dict],
               pins: Mapping[str, bool], notes: str = "") -> uuid.UUID:
    """Save the round's seats, balance rules, pins and notes (validated first: nothing is written when
    something is wrong); returns the round's id."""
    _call(session, call_id)
    seats = _seats(seats)
    balance = rules_from_dicts(list(rules), seats)
    pool = _pool_keys(session, call_id)
    if not isinstance(pins, Mapping):
        raise InvalidInput("pins", translate("SelectionRound", "Pins are candidates pinned in (true) or out (false)."))
    _check_keys(list(pins), pool, "pins")
    for key, chosen in pins.items():
        if not isinstance(chosen, bool):
            raise InvalidInput("pins", translate("SelectionRound", "The pin of {name} must be in (true) or out "
                                                                   "(false).").format(name=pool[key].name))
    notes = _text(notes, "notes", _NOTES_TOO_LONG(), 20_000)
    stored = _ensure_round(session, call_id)
    new_rules = [rule_to_dict(r, titled=False) for r in balance]
    new_pins = {k: bool(v) for k, v in pins.items()}
    if stored.seats != seats:
        stored.seats = seats
    if list(stored.rules or []) != new_rules:
        stored.rules = new_rules
    if dict(stored.pins or {}) != new_pins:
        stored.pins = new_pins
    if (stored.notes or "") != notes:
        stored.notes = notes
    return stored.id


# One field per write: the window saves a pin, the notes or the rules while an earlier save may still be on
# its way, and a write of the whole round from a stale copy would silently undo that earlier save.

def set_pin(session: Session, call_id: uuid.UUID, key: str, pin: bool | None) -> None:
    """Pin a candidate in (True) or out (False), or remove its pin (None); other pins are left alone."""
    pool = _pool_keys(session, call_id)
    _check_keys([key], pool, "pins")
    if pin is not None and not isinstance(pin, bool):
        raise InvalidInput("pins", translate("SelectionRound", "The pin of {name} must be in (true) or out "
                                                               "(false).").format(name=pool[key].name))
    stored = _ensure_round(session, call_id)
    pins = dict(stored.pins or {})
    if pin is None:
        pins.pop(key, None)
    else:
        pins[key] = pin
    if dict(stored.pins or {}) != pins:
        stored.pins = pins


def set_rules(session: Session, call_id: uuid.UUID, *, seats: int, rules: Sequence[dict]) -> None:
    """Set the round's seats and balance rules (validated first); pins, picks and notes are left alone."""
    _call(session, call_id)
    seats = _seats(seats)
    new_rules = [rule_to_dict(r, titled=False) for r in rules_from_dicts(list(rules), seats)]
    stored = _ensure_round(session, call_id)
    if stored.seats != seats:
        stored.seats = seats
    if list(stored.rules or []) != new_rules:
        stored.rules = new_rules


def set_notes(session: Session, call_id: uuid.UUID, notes: str) -> None:
    """The officer's notes on the round (printed in the selection report)."""
    _call(session, call_id)
    notes = _text(notes, "notes", _NOTES_TOO_LONG(), 20_000)
    stored = _ensure_round(session, call_id)
    if (stored.notes or "") != notes:
        stored.notes = notes


def set_picked(session: Session, call_id: uuid.UUID, picked: Sequence[str]) -> None:
    """Store the hand-picked slate (candidate keys, in the order picked; repeats dropped)."""
    pool = _pool_keys(session, call_id)
    keys = list(dict.fromkeys(_check_keys(list(picked), pool, "picked")))
    stored = _ensure_round(session, call_id)
    if list(stored.picked or []) != keys:
        stored.picked = keys


def _incumbent(session: Session, call_id: uuid.UUID, organisation_id: uuid.UUID, doing: str) -> PoolMember:
    current = get_round(session, call_id)
    found = next((m for m in (*current.pool, *current.excluded) if m.organisation_id == organisation_id), None)
    if found is None or not found.incumbent:
        name = session.get(Organisation, organisation_id)
        who = name.name if name is not None else translate("SelectionRound", "That organisation")
        raise InvalidInput("organisation", translate("SelectionRound", "{who} is not a core partner of {programme} in "
                                                                       "office on {day}, so it has no renewal to seek.")
                           .format(who=who, programme=current.programme_code, day=f"{current.as_of:%Y-%m-%d}"))
    if found.application_id is not None and found.status in POOL_STATUSES:
        raise NotAllowed(doing.format(name=found.name))
    if found.application_id is not None:
        state = translate("Vocabulary", ApplicationStatus(found.status).label).lower()
        raise NotAllowed(translate("SelectionRound", "{name} applied to this call and its application is {state}, so "
                                                     "its renewal is decided through that application, not in the "
                                                     "round.").format(name=found.name, state=state))
    return found


def _candidate_row(session: Session, stored: SelectionRound, member: PoolMember) -> SelectionCandidate:
    row = session.scalar(select(SelectionCandidate).where(SelectionCandidate.round_id == stored.id,
                                                          SelectionCandidate.organisation_id == member.organisation_id))
    if row is None:
        row = SelectionCandidate(round_id=stored.id, organisation_id=member.organisation_id,
                                 membership_id=member.membership_id, seeking_renewal=False, score=None, note="")
        session.add(row)
        session.flush()
    elif member.membership_id is not None and row.membership_id != member.membership_id:
        row.membership_id = member.membership_id  # renewed since: follow the current term
    return row


def set_seeking_renewal(session: Session, call_id: uuid.UUID, organisation_id: uuid.UUID, seeking: bool) -> None:
    """Record whether an incumbent core partner that did not apply seeks renewal (in the pool when it does).
    Leaving the pool also takes it out of the round's pins and picked slate."""
    member = _incumbent(session, call_id, organisation_id, translate(
        "SelectionRound", "{name} applied to this call, so it is in the pool through its application and seeks "
                          "renewal by applying; to leave it out of the slate, pin it out."))
    stored = _ensure_round(session, call_id)
    row = _candidate_row(session, stored, member)
    if row.seeking_renewal is not bool(seeking):
        row.seeking_renewal = bool(seeking)
    if not seeking:
        if member.key in (stored.pins or {}):
            stored.pins = {k: v for k, v in stored.pins.items() if k != member.key}
        if member.key in (stored.picked or []):
            stored.picked = [k for k in stored.picked if k != member.key]


def set_incumbent_score(session: Session, call_id: uuid.UUID, organisation_id: uuid.UUID,
                        score: float | None) -> None:
    """The score an incumbent that did not apply is weighed with (0 to 5, like review totals); None: 0."""
    member = _incumbent(session, call_id, organisation_id, translate(
        "SelectionRound", "{name} applied to this call, so it is in the pool through its application and its score "
                          "is its application's review total; to leave it out of the slate, pin it out."))
    value = None
    if score is not None:
        try:
            value = float(score)
        except (TypeError, ValueError):
            value = math.nan
        if not math.isfinite(value) or not MIN_SCORE <= value <= MAX_SCORE:
            raise InvalidInput("score", translate("SelectionRound", "An incumbent's score is a number from {low} to "
                                                                    "{high}, like a weighted review total.")
                               .format(low=f"{MIN_SCORE:g}", high=f"{MAX_SCORE:g}"))
    row = _candidate_row(session, _ensure_round(session, call_id), member)
    if row.score != value:
        row.score = value


def save_scenario(session: Session, call_id: uuid.UUID, name: str, selected: Sequence[str], *,
                  notes: str = "") -> uuid.UUID:
    """Save a named slate with the round's seats, rules and pins as they stand, and the slate's score.
    A name already used in the round (ignoring case) is refused."""
    title = _text(name, "name", translate("SelectionRound", "A scenario's name is longer than {limit} characters."),
                  200)
    if not title:
        raise InvalidInput("name", translate("SelectionRound", "A scenario needs a name."))
    take_turn(session, Call.id, Call.id == call_id)  # the team server: one slate saved at a time per call
    current = get_round(session, call_id)
    pool = {m.key: m for m in current.pool}
    keys = list(dict.fromkeys(_check_keys(list(selected), pool, "selected")))
    if not keys:
        raise InvalidInput("selected", translate("SelectionRound", "A scenario needs at least one selected candidate."))
    if any(" ".join(s.name.split()).casefold() == " ".join(title.split()).casefold() for s in current.scenarios):
        raise NotAllowed(translate("SelectionRound", "This round already has a scenario called {name}; choose another "
                                                     "name, or delete that one first.").format(name=repr(title)))
    notes = _text(notes, "notes", translate("SelectionRound", "The scenario's notes are longer than {limit} "
                                                              "characters."), 20_000)
    stored = _ensure_round(session, call_id)
    scenario = SelectionScenario(round_id=stored.id, name=title, seats=stored.seats, rules=list(stored.rules or []),
                                 pins={k: v for k, v in (stored.pins or {}).items() if k in pool}, selected=keys,
                                 score=round(sum(pool[k].score for k in keys), 9), notes=notes)
    session.add(scenario)
    session.flush()
    return scenario.id


def delete_scenario(session: Session, scenario_id: uuid.UUID) -> None:
    session.delete(_get(session, SelectionScenario, scenario_id, "scenario"))


__all__ = [
    "ATTRIBUTES", "DEFAULT_SEATS", "attribute_label", "POOL_STATUSES", "CallChoice", "PoolMember", "RoundValue", "ScenarioValue",
    "default_rule_dicts", "delete_scenario", "find_call", "get_round", "list_selection_calls", "match_calls",
    "other_kind_of_call",
    "reference_date", "rule_to_dict", "rules_from_dicts", "save_round", "save_scenario", "set_incumbent_score",
    "set_notes", "set_pin", "set_rules",
    "set_picked", "set_seeking_renewal",
]
