"""The demo network's meetings and SPP's work plan (docs/MEETINGS.md).

Called by `demo.generate_demo` once the registry and memberships are written, in the same transaction,
with bulk inserts and the same rules the services apply (invitees follow the terms in office on each
meeting's date). With its own seeded generator, a seed always gives the same meetings.

SPP's MAC meets twice a year, one virtual and one face-to-face, from the face-to-face meeting of November
2024 to that of October 2026, with desk teleconferences and a webinar between, and a teleconference still
to come. Each meeting has an agenda with papers, written comments sent in advance, participation, minutes
with decisions and action items; the face-to-face meetings have travel requests from partners of least
developed countries and of others, among them a partner from Sao Tome and Principe, which left the LDC
list on 13 December 2024, between the face-to-face meetings of 2024 and 2025. The work plan has tasks in
every status, with dated progress entries and next steps.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import date, datetime, timedelta
from random import Random

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from opn_desk.db.models import Country, Membership, Organisation, Programme, natural_id
from opn_desk.db.models_meetings import (
    AgendaItem,
    Meeting,
    MeetingGuest,
    MeetingPaper,
    MeetingParticipant,
    TaskProgress,
    TravelRequest,
    WorkTask,
    WrittenComment,
)
from opn_desk.domain import meetings as rules
from opn_desk.domain.terms import TermRow
from opn_desk.domain.vocab import MembershipStatus, Participation, Role, TaskStatus

STAMP = datetime(2026, 1, 5, 9, 0, 0)
_MODELS = {"meeting": Meeting, "agenda_item": AgendaItem, "meeting_paper": MeetingPaper,
           "meeting_participant": MeetingParticipant, "meeting_guest": MeetingGuest,
           "written_comment": WrittenComment, "travel_request": TravelRequest, "work_task": WorkTask,
           "task_progress": TaskProgress}
_ORDER = tuple(_MODELS)  # parents before children

CODE = "SPP"
GRADUATED = "STP"  # left the LDC list on 2024-12-13, between the face-to-face meetings of 2024 and 2025

_MEETINGS = (  # (kind, day, title, place, travel budget)
    ("face_to_face", date(2024, 11, 26), "MAC meeting, November 2024", "Paris, France", 12000.0),
    ("teleconference", date(2025, 2, 12), "Desk teleconference, February 2025", "", None),
    ("virtual", date(2025, 4, 9), "MAC virtual meeting, April 2025", "", None),
    ("webinar", date(2025, 6, 18), "Webinar: sustainable procurement of ICT", "", None),
    ("face_to_face", date(2025, 10, 15), "MAC meeting, October 2025", "Bangkok, Thailand", 15000.0),
    ("virtual", date(2026, 4, 22), "MAC virtual meeting, April 2026", "", None),
    ("teleconference", date(2026, 9, 10), "Desk teleconference, September 2026", "", None),
    ("face_to_face", date(2026, 10, 21), "MAC meeting, October 2026", "Geneva, Switzerland", 15000.0),
    ("teleconference", date(2026, 12, 10), "Desk teleconference, December 2026", "", None),
)
_AGENDA = (
    ("Welcome and adoption of the agenda", "Co-leads", ""),
    ("Progress of the work plan", "Coordination Desk", "Take note of the progress report."),
    ("Priority sectors: construction, food and ICT", "Working group leads",
     "Agree the work-streams' plans for the coming year."),
    ("Partner reporting and the 75% target", "Coordination Desk", "Agree the reminders' schedule."),
    ("Any other business", "Co-leads", ""),
)
_TASKS = (  # area, work-stream, task, status, reason
    ("Implementation support", "Monitoring", "Publish the global review of sustainable public procurement",
     TaskStatus.COMPLETED, ""),
    ("Implementation support", "Monitoring", "Update the SPP indicator methodology with the partners",
     TaskStatus.ONGOING, ""),
    ("Priority sectors", "Construction", "Launch the working group on low-carbon construction materials",
     TaskStatus.ONGOING, ""),
    ("Priority sectors", "Food", "Prepare guidance on sustainable catering in public canteens",
     TaskStatus.POSTPONED, "The pilot cities asked to wait for their new budget year."),
    ("Priority sectors", "ICT", "Agree common sustainability criteria for ICT procurement",
     TaskStatus.NOT_STARTED, ""),
    ("Advocacy", "Communications", "Present the programme at the High-Level Political Forum",
     TaskStatus.COMPLETED, ""),
    ("Advocacy", "Communications", "Hold the regional SPP webinar series",
     TaskStatus.POSTPONED, "Postponed until the speakers of two regions are confirmed."),
    ("Public value and impact", "Impact", "Collect case studies of changes in practice",
     TaskStatus.NOT_STARTED, ""),
)


def add_meetings(session: Session, seed: int, today: date) -> dict[str, int]:
    """Write the demo's meetings and SPP's work plan; returns how many of each.

    Written with bulk inserts, as the rest of the demo (one entry of the history: "Demo network
    generated"), from the same rules the services apply: invitees from the terms in office on each date
    (`domain.meetings.invitees`), the travel ranking and proposed allocation (`rank_travel`)."""
    r = Random(f"meetings-{seed}")
    programme_id = session.scalar(select(Programme.id).where(Programme.code == CODE))
    if programme_id is None:
        return {}
    _graduated_partner(r, session, programme_id)  # before the terms are read
    terms = [TermRow(*row) for row in session.execute(
        select(Membership.id, Membership.organisation_id, Membership.programme_id, Membership.role,
               Membership.term_start, Membership.term_end, Membership.status, Membership.renews_id)
        .where(Membership.programme_id == programme_id))]
    if not terms:
        return {}
    places = {oid: (iso3, f, u, bool(sids), bool(lldc)) for oid, iso3, f, u, sids, lldc in session.execute(
        select(Organisation.id, Country.iso3, Country.ldc_from, Country.ldc_until, Country.sids, Country.lldc)
        .join(Country, Country.id == Organisation.country_id)
        .where(Organisation.id.in_({t.organisation_id for t in terms})))}
    names = dict(session.execute(select(Organisation.id, Organisation.name)
                                 .where(Organisation.id.in_({t.organisation_id for t in terms}))).all())
    out: dict[str, list[dict]] = {t: [] for t in _ORDER}
    decisions: list[uuid.UUID] = []
    for kind, day, title, place, budget in _MEETINGS:
        mid = _uid(r)
        out["meeting"].append(_row(mid, programme_id=programme_id, kind=kind, title=title, held_on=day, place=place,
                                   link="" if place else "https://meet.example.org/spp-mac",
                                   programme_text="09:30 Opening; 10:00 Agenda items; 16:30 Close.",
                                   travel_budget=budget, travel_priority="sids,lldc",
                                   allocation_decided_on=day - timedelta(days=21) if budget else None,
                                   minutes_started_on=day if day < today else None,
                                   minutes_approved_on=day + timedelta(days=30) if day + timedelta(days=30) < today
                                   else None, notes=""))
        agenda = _AGENDA if kind in ("virtual", "face_to_face") else _AGENDA[1:3]
        items = []
        for position, (item_title, presenter, sought) in enumerate(agenda, start=1):
            iid = natural_id("agenda_item", mid, position)
            items.append(iid)
            minutes = decision = ""
            if day < today:
                minutes = " ".join(p for p in (f"Presented by {presenter}." if presenter else "",
                                               f"Decision sought: {sought}" if sought else "") if p)
                decision = "Agreed as proposed." if r.random() < 0.7 else ""
            out["agenda_item"].append(_row(iid, meeting_id=mid, position=position, title=item_title,
                                           presenter=presenter, decision_sought=sought, minutes=minutes,
                                           decision=decision))
        for n, iid in enumerate(items[-2:] if len(items) < 3 else items[1:3], start=1):
            data = _paper(title, n)
            out["meeting_paper"].append(_row(_uid(r), agenda_item_id=iid, title=f"Paper {n}: {_AGENDA[n][0]}",
                                             filename=f"paper-{day.isoformat()}-{n}.pdf",
                                             media_type="application/pdf", size=len(data),
                                             sha256=hashlib.sha256(data).hexdigest(), content=data))
        invited = rules.invitees(terms, day, today)
        comment_item = items[min(1, len(items) - 1)]
        for oid, role in sorted(invited.items(), key=lambda kv: str(kv[0])):
            status = Participation.INVITED.value
            if day < today:
                roll = r.random()
                if roll < 0.12:  # written comments sent in advance: participation
                    status = Participation.WRITTEN_COMMENTS.value
                    out["written_comment"].append(_row(
                        natural_id("written_comment", comment_item, oid), agenda_item_id=comment_item,
                        organisation_id=oid, received_on=day - timedelta(days=r.randint(2, 10)),
                        text="We support the proposal and suggest adding a milestone on reporting."))
                else:
                    status = (Participation.ATTENDED if roll < 0.72 else Participation.EXCUSED if roll < 0.9
                              else Participation.NO_SHOW).value
            out["meeting_participant"].append(_row(natural_id("meeting_participant", mid, oid), meeting_id=mid,
                                                   organisation_id=oid, role=role, status=status, attendee=""))
        if kind == "face_to_face" and budget:
            _travel(r, out, mid, day, sorted(invited, key=str), budget, places, names)
        if day >= today:
            continue  # still to come: invited, nothing more
        out["meeting_guest"].append(_row(_uid(r), meeting_id=mid, name="Observer of the 10YFP Secretariat",
                                         affiliation="UNEP", attended=True))
        owner = r.choice(("Coordination Desk", "Co-leads", "Working group on construction", "Working group on food"))
        due = day + timedelta(days=r.choice((30, 45, 60, 90)))
        done = due < today - timedelta(days=30) and r.random() < 0.8
        out["work_task"].append(_task(
            _uid(r), programme_id, f"Circulate the revised plan agreed at the {title}", area="Action items of meetings",
            responsibility=owner, due_on=due, status=TaskStatus.COMPLETED.value if done else TaskStatus.NOT_STARTED.value,
            meeting_id=mid, agenda_item_id=comment_item, source_reference=f"{title}, {day.isoformat()}",
            plan_year=due.year))
        decisions.append(mid)
    _work_plan(r, out, programme_id, decisions, today)
    _approvals(out["meeting"], today)
    out["meeting"].reverse()  # a meeting's minutes approved at a later one: that one is written first
    for table in _ORDER:
        if out[table]:
            session.execute(insert(_MODELS[table]).execution_options(render_nulls=True), out[table])
    return {"meetings": len(out["meeting"]), "tasks": len(out["work_task"])}


def _approvals(rows: list[dict], today: date) -> None:
    """The minutes of an advisory committee meeting approved at its next one (once held); the others' by
    written procedure a month after the meeting; the latest ones still drafts."""
    mac = [m for m in rows if m["kind"] in ("virtual", "face_to_face")]
    for m in rows:
        m.update(minutes_approved_on=None, minutes_approved_by="", minutes_approved_at_id=None)
        if m["minutes_started_on"] is None:
            continue
        if m in mac:
            later = next((n for n in mac if n["held_on"] > m["held_on"]), None)
            if later is not None and later["held_on"] < today:
                m.update(minutes_approved_on=later["held_on"], minutes_approved_at_id=later["id"],
                         minutes_approved_by="the Multi-stakeholder Advisory Committee")
        elif m["held_on"] + timedelta(days=30) < today:
            m.update(minutes_approved_on=m["held_on"] + timedelta(days=30),
                     minutes_approved_by="the co-leads and the coordination desk")


def _uid(r: Random) -> uuid.UUID:
    return uuid.UUID(int=r.getrandbits(128), version=4)


def _row(record_id: uuid.UUID, **values) -> dict:
    return {"id": record_id, "created_at": STAMP, "updated_at": STAMP, "version": 1, **values}


def _task(record_id: uuid.UUID, programme_id: uuid.UUID, title: str, **values) -> dict:
    row = {"work_stream": "", "area": "", "responsibility": "", "owner_organisation_id": None, "milestones": "",
           "expected_outputs": "", "starts_on": None, "due_on": None, "status": TaskStatus.NOT_STARTED.value,
           "postponement_reason": "", "meeting_id": None, "agenda_item_id": None, "source_reference": "",
           "plan_year": None, "budget_line": "", "funding_source": "", "in_kind": False}
    row.update(values)
    return _row(record_id, programme_id=programme_id, title=title, **row)


def _paper(title: str, k: int, pages: int = 1) -> bytes:
    """A small valid PDF of ``pages`` pages standing for a paper."""
    text = f"{title}: paper {k}".encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    kids = " ".join(f"{3 + 2 * n} 0 R" for n in range(pages)).encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages]
    font = 3 + 2 * pages
    for n in range(pages):
        stream = b"BT /F1 14 Tf 72 760 Td (" + text + b", page %d) Tj ET" % (n + 1)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * n, font))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _graduated_partner(r: Random, session: Session, programme_id: uuid.UUID) -> None:
    """A core partner from a country that left the LDC list between two face-to-face meetings (its term
    ended before today), so the ranking shows the country's status on each meeting's date."""
    org = session.scalar(select(Organisation.id).join(Country, Country.id == Organisation.country_id)
                         .where(Country.iso3 == GRADUATED, Organisation.merged_into_id.is_(None))
                         .order_by(Organisation.sort_name, Organisation.id).limit(1))
    if org is None or session.scalar(select(Membership.id).where(Membership.organisation_id == org,
                                                                 Membership.programme_id == programme_id)):
        return
    row = _row(_uid(r), organisation_id=org, programme_id=programme_id, role=Role.CORE_PARTNER.value,
               representative_id=None, alternate_id=None, term_start=date(2024, 1, 15), term_end=date(2026, 1, 14),
               status=MembershipStatus.ENDED.value, renews_id=None,
               notes="Core partner 2024-2025 (demo: its country graduated from the LDC list on 2024-12-13).")
    session.execute(insert(Membership), [row])


def _travel(r: Random, out: dict, meeting_id: uuid.UUID, day: date, invited: list[uuid.UUID], budget: float,
            places: dict, names: dict) -> None:
    poorer = [o for o in invited if o in places and places[o][1] is not None]
    others = [o for o in invited if o not in poorer]
    r.shuffle(others)
    facts = []
    for oid in poorer + others[:4]:
        iso3, ldc_from, ldc_until, sids, lldc = places.get(oid, ("", None, None, False, False))
        rid = natural_id("travel_request", meeting_id, oid)
        facts.append(rules.TravelFacts(rid, names.get(oid, ""), iso3, ldc_from, ldc_until, sids, lldc,
                                       day - timedelta(days=r.randint(40, 70)), float(r.choice((1800, 2200, 2600,
                                                                                                3100, 3500)))))
        out["travel_request"].append({"organisation_id": oid})
    ranked = rules.rank_travel(facts, day, rules.PRIORITY_GROUPS, budget)
    grants = {x.facts.request_id: x.proposed for x in ranked}
    if day.year >= 2026:  # the desk decided otherwise: part of the last grant to a speaker without priority
        funded = [x for x in ranked if x.proposed > 0]
        speaker = next((x for x in ranked if not x.group and x.proposed == 0), None)
        if funded and speaker is not None:
            moved = min(funded[-1].proposed, speaker.facts.amount, 1000.0)
            grants[funded[-1].facts.request_id] -= moved
            grants[speaker.facts.request_id] = moved
    rows = out["travel_request"][-len(facts):] if facts else []
    for row, f in zip(rows, facts, strict=True):
        row.update(_row(f.request_id, meeting_id=meeting_id, requested_on=f.requested_on, amount=f.amount,
                        granted=grants[f.request_id], traveller="", notes=""))


def _work_plan(r: Random, out: dict, programme_id: uuid.UUID, decisions: list[uuid.UUID], today: date) -> None:
    for year in (today.year - 1, today.year):
        for k, (area, stream, title, status, reason) in enumerate(_TASKS):
            meeting_id = decisions[k % len(decisions)] if decisions and k % 3 == 0 else None
            start = date(year, 1 + (k % 6), 1)
            due = date(year, 12, 15) if k % 2 else date(year, 6 + (k % 6), 30)
            final = status if year == today.year else TaskStatus.COMPLETED
            tid = _uid(r)
            responsibility = r.choice(("Co-leads", "Coordination Desk", "Working group leads"))
            donor = r.choice(("One Planet Multi-partner Trust Fund", "European Commission"))  # in the same order
            in_kind = k % 4 == 1  # a co-lead's in-kind contribution, never a donor's as well
            out["work_task"].append(_task(
                tid, programme_id, f"{title} ({year})", area=area, work_stream=stream,
                responsibility=responsibility,
                status=final.value, postponement_reason=reason if final == TaskStatus.POSTPONED else "",
                starts_on=start, due_on=due, milestones="Draft; consultation; final version",
                expected_outputs="A published document and a webinar", meeting_id=meeting_id,
                source_reference="" if meeting_id else "Decisions taken by the Senior Officials' Meeting",
                plan_year=year, budget_line=f"SPP-{year}-{k + 1:02d}",
                funding_source="In-kind contribution of a co-lead" if in_kind else donor, in_kind=in_kind))
            if final == TaskStatus.NOT_STARTED:
                continue
            for q, month in enumerate((3, 6, 9)):
                on = date(year, month, 28)
                if on > today:
                    break
                out["task_progress"].append(_row(
                    natural_id("task_progress", tid, on), task_id=tid, entry_on=on,
                    progress=f"Step {q + 1} done: the draft went to the partners.",
                    next_steps="Collect the partners' comments and prepare the next version."))
