"""The demo network's year: reporting cycles, answers and activities, focal points, reminders, the
initiatives portfolio with its due diligence, and partnership health self-assessments.

Called by `demo.generate_demo` once the registry, memberships and calls are written, in the same
transaction, with its own seeded generator: a seed always gives the same year. Rates differ by
programme within the range the coordination desks reported (17% to 77%); every activity category,
every initiative status and every reporting state occurs, so each view and report shows something true.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta
from random import Random

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from opn_desk.db.models import (
    Country,
    DueDiligenceReview,
    HealthAssessment,
    Initiative,
    InitiativePartner,
    Membership,
    Organisation,
    Person,
    Programme,
    ReminderLog,
    ReportedActivity,
    ReportingAlternate,
    ReportingCycle,
    ReportingFocalPoint,
    ReportingStatus,
    natural_id,
)
from opn_desk.domain import reporting as rules
from opn_desk.domain.vocab import (
    ActivityCategory,
    InitiativeKind,
    InitiativeStatus,
    Rag,
    ReportingState,
    Role,
)

STAMP = datetime(2026, 1, 5, 9, 0, 0)
# The share of each programme's partners reporting in the demo, around which each year varies.
BASE_RATE = {"SPP": 0.74, "CI": 0.33, "SFS": 0.61, "SLE": 0.19, "STP": 0.47}
YEARS = (2024, 2025)  # completed cycles; this year's is open
CATEGORY_WEIGHTS = {ActivityCategory.COMMUNICATIONS: 30, ActivityCategory.AWARENESS_RAISING: 26,
                    ActivityCategory.TOOLS_AND_SOLUTIONS: 20, ActivityCategory.POLICY_AND_INSTRUMENTS: 15,
                    ActivityCategory.IMPLEMENTATION: 9}
_TITLES = {
    ActivityCategory.COMMUNICATIONS: ("Newsletter on {topic}", "Webinar series on {topic}",
                                      "Article on {topic} in the national press", "Case study: {topic} in {place}"),
    ActivityCategory.AWARENESS_RAISING: ("Awareness campaign on {topic} in {place}", "Training of buyers on {topic}",
                                         "Public event on {topic}", "School programme on {topic}"),
    ActivityCategory.TOOLS_AND_SOLUTIONS: ("Guidelines for {topic}", "Online calculator for {topic}",
                                           "Criteria set for {topic}", "E-learning course on {topic}"),
    ActivityCategory.POLICY_AND_INSTRUMENTS: ("National action plan on {topic} in {place}",
                                              "Policy brief on {topic}", "Regulation on {topic} adopted in {place}"),
    ActivityCategory.IMPLEMENTATION: ("Pilot of {topic} in {place}", "Tender using {topic} criteria in {place}",
                                      "Scaling up {topic} in {place}"),
}
_TOPICS = {"SPP": ("sustainable public procurement", "green tendering", "life-cycle costing", "low-carbon concrete"),
           "CI": ("product sustainability information", "ecolabels", "consumer claims", "digital product passports"),
           "SFS": ("food loss and waste", "sustainable diets", "agroecology", "school meals"),
           "SLE": ("sustainable lifestyles", "education for sustainable consumption", "circular living"),
           "STP": ("sustainable tourism", "hotel energy efficiency", "plastics in tourism")}
_CHANGES = ("Three ministries now include the criteria in their tenders.", "Buyers trained apply the guidance "
            "in about half of new contracts.", "The city's canteens cut food waste by a fifth.",
            "Two suppliers changed their packaging.", "The regulation entered into force in the year.")
_SECTORS = ("Construction", "Food", "ICT", "Monitoring", "Tourism", "Textiles")
_WORK_STREAMS = ("Implementation support", "Sectoral markets", "Advocacy", "Public value and impact")
_AGREEMENTS = ("Letter of intent", "Memorandum of understanding", "Pooled fund", "Exchange of letters")
_CHECKLIST = ("Contributes to the programme's objectives", "Partner in good standing (reported last cycle)",
              "No conflict with the network's principles", "Targets are measurable and time-bound")
_LANGUAGE_OF = {iso3: lang for lang, codes in {
    "fr": "FRA BEL LUX MCO SEN CIV MLI BFA NER TCD GIN BEN TGO CMR GAB COG COD CAF MDG HTI DJI COM BDI",
    "es": "ESP MEX GTM HND SLV NIC CRI PAN CUB DOM COL VEN ECU PER BOL CHL ARG URY PRY GNQ"}.items()
    for iso3 in codes.split()}


def _row(r: Random, **values) -> dict:
    return {"id": uuid.UUID(int=r.getrandbits(128)), "created_at": STAMP, "updated_at": STAMP, "version": 1,
            **values}


def _natural(table: str, *key, **values) -> dict:
    return {"id": natural_id(table, *key), "created_at": STAMP, "updated_at": STAMP, "version": 1, **values}


def add_programme_year(session: Session, seed: int, today: date) -> dict[str, int]:
    """Write the demo's reporting, portfolio and health rows; returns how many of each."""
    r = Random(f"programme-year-{seed}")
    programmes = [(pid, code) for pid, code, active in session.execute(
        select(Programme.id, Programme.code, Programme.active).order_by(Programme.code)) if active and code in BASE_RATE]
    memberships = session.execute(
        select(Membership.programme_id, Membership.organisation_id, Membership.role, Membership.term_start,
               Membership.term_end, Membership.status, Country.iso3)
        .join(Organisation, Organisation.id == Membership.organisation_id)
        .outerjoin(Country, Country.id == Organisation.country_id)).all()
    if not programmes or not memberships:
        return {}
    country_of = {m[1]: m[6] for m in memberships}
    iso3s = [c for c in session.scalars(select(Country.iso3).where(Country.regional_group.is_not(None)))]
    people: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for pid, org in session.execute(select(Person.id, Person.organisation_id).where(
            Person.organisation_id.is_not(None)).order_by(Person.name, Person.id)):
        people[org].append(pid)
    out: dict[str, list[dict]] = defaultdict(list)
    partners_of: dict[uuid.UUID, dict[uuid.UUID, set[str]]] = {}
    for programme_id, code in programmes:
        members = [m for m in memberships if m[0] == programme_id]
        base = BASE_RATE[code]
        by_year: dict[int, dict[uuid.UUID, set[str]]] = {}
        missed: dict[uuid.UUID, int] = defaultdict(int)
        for year in (*YEARS, today.year):
            deadline = date(year + 1, 3, 31) if year < today.year else today + timedelta(days=23)
            cycle = _natural("reporting_cycle", programme_id, year, programme_id=programme_id, year=year,
                             deadline=deadline, reminder_days=list(rules.DEFAULT_REMINDER_DAYS),
                             notes="" if year < today.year else "Reporting opened at the MAC meeting.")
            out["cycles"].append(cycle)
            partners: dict[uuid.UUID, set[str]] = defaultdict(set)
            for _p, org, role, start, end, status, _c in members:
                if rules.holds_role_on(start, end, status, deadline):
                    partners[org].add(role)
            by_year[year] = partners
            if year == today.year:
                _current(r, out, cycle, partners, today)
                continue
            rate = min(0.77, max(0.17, base + r.uniform(-0.04, 0.04)))
            # Who reports: habits persist (those who missed the last cycle tend to miss again), co-leads
            # report more; exactly the year's rate of the partners not excused.
            excused = {o for o in sorted(partners, key=lambda o: o.int) if r.random() < 0.02}
            expected = sorted(set(partners) - excused, key=lambda o: o.int)
            keen = {o: r.random() + 0.35 * min(missed[o], 2) - (0.3 if Role.CO_LEAD in partners[o] else 0.0)
                    for o in expected}
            reporters = set(sorted(expected, key=lambda o: keen[o])[:round(rate * len(expected))])
            for org in sorted(excused, key=lambda o: o.int):
                out["statuses"].append(_natural("reporting_status", cycle["id"], org, cycle_id=cycle["id"],
                                                organisation_id=org, status=ReportingState.EXCUSED.value,
                                                submitted_on=None,
                                                excuse_reason=r.choice(("Change of focal point after elections.",
                                                                        "Office closed for three months (floods).",
                                                                        "Joined a month before the deadline."))))
            for org in expected:
                if org not in reporters:
                    missed[org] += 1
                    continue
                missed[org] = 0
                late = r.random()
                days = r.randint(-40, 0) if late < 0.8 else r.randint(1, 14) if late < 0.93 else r.randint(15, 60)
                out["statuses"].append(_natural("reporting_status", cycle["id"], org, cycle_id=cycle["id"],
                                                organisation_id=org, status=ReportingState.SUBMITTED.value,
                                                submitted_on=deadline + timedelta(days=days), excuse_reason=""))
                for _n in range(r.choices((1, 2, 3), weights=(50, 32, 18))[0]):
                    out["activities"].append(_activity(r, cycle["id"], org, code, country_of.get(org), iso3s))
            if year == YEARS[-1]:
                # Reminders prepared for those who had not reported a week after the deadline.
                reported = {s["organisation_id"] for s in out["statuses"] if s["cycle_id"] == cycle["id"]}
                for org in sorted(set(partners) - reported, key=lambda o: o.int)[:12]:
                    out["reminders"].append(_row(r, cycle_id=cycle["id"], organisation_id=org,
                                                 prepared_on=deadline + timedelta(days=7), days_from_deadline=7,
                                                 language=_LANGUAGE_OF.get(country_of.get(org) or "", "en"),
                                                 recipients="", file_name=""))
        partners_of[programme_id] = by_year[YEARS[-1]]
        _portfolio(r, out, programme_id, code, by_year[YEARS[-1]], country_of, iso3s, today)
    _focal_points(r, out, {o for ps in partners_of.values() for o in ps}, people, country_of)
    _health(r, out, partners_of, today)
    for model, key in ((ReportingCycle, "cycles"), (ReportingStatus, "statuses"), (Initiative, "initiatives"),
                       (InitiativePartner, "initiative_partners"), (DueDiligenceReview, "due_diligence"),
                       (ReportedActivity, "activities"), (ReminderLog, "reminders"),
                       (ReportingFocalPoint, "focal_points"), (ReportingAlternate, "alternates"),
                       (HealthAssessment, "health")):
        rows = out.get(key)
        if rows:
            for start in range(0, len(rows), 5000):
                session.execute(insert(model).execution_options(render_nulls=True), rows[start:start + 5000])
    return {key: len(rows) for key, rows in out.items()}


def _current(r: Random, out: dict, cycle: dict, partners: dict, today: date) -> None:
    """This year's cycle, deadline ahead: a few early reports, the rest to do."""
    for org in sorted(partners, key=lambda o: o.int):
        if r.random() < 0.12:
            out["statuses"].append(_natural("reporting_status", cycle["id"], org, cycle_id=cycle["id"],
                                            organisation_id=org, status=ReportingState.SUBMITTED.value,
                                            submitted_on=today - timedelta(days=r.randint(0, 30)), excuse_reason=""))


def _activity(r: Random, cycle_id: uuid.UUID, org: uuid.UUID, code: str, iso3: str | None, iso3s: list[str]) -> dict:
    category = r.choices(list(CATEGORY_WEIGHTS), weights=list(CATEGORY_WEIGHTS.values()))[0]
    place = iso3 or r.choice(iso3s)
    countries = [place] + ([r.choice(iso3s)] if r.random() < 0.2 else [])
    title = r.choice(_TITLES[category]).format(topic=r.choice(_TOPICS.get(code, ("sustainable consumption",))),
                                               place=place)
    change = r.choice(_CHANGES) if r.random() < (0.6 if category == ActivityCategory.IMPLEMENTATION else 0.08) else ""
    sdgs = sorted({12, *r.sample([n for n in range(1, 18) if n != 12], r.randint(0, 3))})
    return _row(r, cycle_id=cycle_id, organisation_id=org, initiative_id=None, title=title, category=category.value,
                countries=list(dict.fromkeys(countries)), sdgs=sdgs, change_in_practice=change,
                highlight=bool(change) and r.random() < 0.3)


def _portfolio(r: Random, out: dict, programme_id: uuid.UUID, code: str, partners: dict, country_of: dict,
               iso3s: list[str], today: date) -> None:
    """About a dozen initiatives per programme, in every status."""
    duty = sorted((o for o, roles in partners.items() if roles & {Role.CO_LEAD.value, Role.CORE_PARTNER.value}),
                  key=lambda o: o.int)
    pool = sorted(partners, key=lambda o: o.int)
    if len(pool) < 3:
        return
    S = InitiativeStatus
    plan = [(S.PROPOSED, InitiativeKind.AFFILIATED), (S.PROPOSED, InitiativeKind.CORE),
            (S.DUE_DILIGENCE, InitiativeKind.AFFILIATED), (S.AFFILIATED, InitiativeKind.AFFILIATED),
            (S.AFFILIATED, InitiativeKind.AFFILIATED), (S.CORE, InitiativeKind.CORE),
            (S.ACTIVE, InitiativeKind.CORE), (S.ACTIVE, InitiativeKind.CORE), (S.ACTIVE, InitiativeKind.AFFILIATED),
            (S.ACTIVE, InitiativeKind.AFFILIATED), (S.INACTIVE, InitiativeKind.AFFILIATED),
            (S.INACTIVE, InitiativeKind.CORE), (S.CLOSED, InitiativeKind.AFFILIATED)]
    topics = _TOPICS.get(code, ("sustainable consumption",))
    for n, (status, kind) in enumerate(plan):
        lead = r.choice(duty or pool)
        others = [o for o in r.sample(pool, min(len(pool), r.randint(1, 4))) if o != lead]
        if kind == InitiativeKind.CORE and not others:
            others = [next(o for o in pool if o != lead)]
        if kind == InitiativeKind.AFFILIATED and r.random() < 0.5:
            others = []
        # Inactive by itself: an active initiative whose content was last updated over two years ago.
        stored = S.ACTIVE if status == S.INACTIVE else status
        updated = (today - timedelta(days=r.randint(760, 1100)) if status == S.INACTIVE
                   else today - timedelta(days=r.randint(5, 500)))
        start = updated - timedelta(days=r.randint(100, 700))
        place = country_of.get(lead) or r.choice(iso3s)
        topic = topics[n % len(topics)]
        row = _row(r, title=f"{topic.capitalize()} {('partnership', 'initiative', 'hub', 'alliance')[n % 4]} "
                            f"({place}, {code} {n + 1})",
                   programme_id=programme_id, lead_id=lead, kind=kind.value, status=stored.value,
                   description=f"Partners working together on {topic}.",
                   work_stream=r.choice(_WORK_STREAMS), sector=r.choice(_SECTORS),
                   countries=sorted({place, *r.sample(iso3s, r.randint(0, 3))}),
                   other_sdgs=sorted(r.sample([g for g in range(1, 18) if g != 12], r.randint(1, 5))),
                   targets=f"{r.randint(3, 30)} countries applying the approach by {today.year + 2}.",
                   progress=f"{r.randint(2, 12)} countries so far." if stored != S.PROPOSED else "",
                   agreement_type=r.choice(_AGREEMENTS), starts_on=start,
                   ends_on=start + timedelta(days=r.choice((730, 1095, 1460))),
                   content_updated_on=updated, logo_granted=stored in (S.AFFILIATED, S.ACTIVE, S.INACTIVE, S.CLOSED)
                   and kind == InitiativeKind.AFFILIATED,
                   notes="")
        out["initiatives"].append(row)
        for org in others:
            out["initiative_partners"].append(_natural("initiative_partner", row["id"], org, initiative_id=row["id"],
                                                       organisation_id=org))
        if kind == InitiativeKind.AFFILIATED and stored != S.PROPOSED:
            decided = stored != S.DUE_DILIGENCE
            include = stored != S.CLOSED
            out["due_diligence"].append(_natural(
                "due_diligence_review", row["id"], initiative_id=row["id"],
                checklist={item: decided or r.random() < 0.5 for item in _CHECKLIST},
                reasons=("Contributes to the work plan's priority sectors; the lead reported last cycle."
                         if include else "Outside the programme's objectives; the partner was invited to "
                                         "propose it to another programme.") if decided else "",
                decision=("include" if include else "decline") if decided else None,
                decided_on=start if decided else None, decided_by="Coordination desk" if decided else "",
                letter=("We are pleased to include the initiative in the programme's portfolio as an affiliated "
                        "initiative; it may use the programme's logo." if include else
                        "After review, the initiative is not included in the portfolio.") if decided else ""))


def _focal_points(r: Random, out: dict, partners: set[uuid.UUID], people: dict, country_of: dict) -> None:
    for org in sorted(partners, key=lambda o: o.int):
        staff = people.get(org, [])
        if not staff or r.random() < 0.35:
            continue  # no focal point: reminders go to the representative of its role
        out["focal_points"].append(_natural("reporting_focal_point", org, organisation_id=org, person_id=staff[0],
                                            language=_LANGUAGE_OF.get(country_of.get(org) or "", "en")))
        for pid in staff[1:3]:
            out["alternates"].append(_natural("reporting_alternate", org, pid, organisation_id=org, person_id=pid))


def _health(r: Random, out: dict, partners_of: dict, today: date) -> None:
    """Self-assessments of co-leads and core partners, twice: last year's and this year's; some drop."""
    duty = sorted({o for ps in partners_of.values() for o, roles in ps.items()
                   if roles & {Role.CO_LEAD.value, Role.CORE_PARTNER.value}}, key=lambda o: o.int)
    leads = {o for ps in partners_of.values() for o, roles in ps.items() if Role.CO_LEAD.value in roles}
    levels = [Rag.GREEN.value, Rag.AMBER.value, Rag.RED.value]
    notes = {Rag.GREEN.value: "Engaged: reports on time and leads a work-stream.",
             Rag.AMBER.value: "Focal point changed; engagement slowing down.",
             Rag.RED.value: "No answer since the last MAC meeting."}
    for org in duty[:60]:
        first = r.choices(levels, weights=(60, 30, 10))[0]
        second = first if r.random() < 0.7 else r.choice(levels)
        for day, rag in ((today - timedelta(days=r.randint(300, 400)), first),
                         (today - timedelta(days=r.randint(10, 90)), second)):
            out["health"].append(_natural("health_assessment", org, day, organisation_id=org, assessed_on=day,
                                          rag=rag, commitments_met=(rag != Rag.RED.value) if org in leads else None,
                                          note=notes[rag], assessed_by="Coordination desk"))
