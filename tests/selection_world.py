"""A small stored selection round for tests of the selection service, its command and its report.

An SPP core-partner call that closed 30 days ago, with applicants in every status, review scores, a
country without a regional group, two agencies under one ministry, Cyrillic/Chinese/Arabic names, a
name with markup characters, and SPP core partners in office on the closing date (one also applied).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from opn_desk.db.models import Membership, Programme
from opn_desk.domain.applications import ApplicationInput, CallInput
from opn_desk.domain.registry import OrganisationInput, PersonInput
from opn_desk.services import applications, reviews

TODAY = date.today()
CALL_TITLE = "SPP core partners call <2026>"
CLOSES = TODAY - timedelta(days=30)

# key, name, country, cluster, representative, gender, status, score (None: not scored)
APPLICANTS = [
    ("ke", "Kenya Green Buyers", "KEN", "civil_society", "Wanjiru Kamau", "female", "under_review", 4.5),
    ("cl", "Instituto de Compras Verdes", "CHL", "scientific_technical", "Camila Peña", "female", "mac_opinion", 4.0),
    ("att", "AT&T <b>", "USA", "private_sector", "<font size=40>Big</font>", "male", "accepted", 3.5),
    ("ru", "Министерство природных ресурсов", "RUS", "government", "Анна Смирнова", "female", "under_review", 3.0),
    ("cn", "中华人民共和国生态环境部", "CHN", "government", "王小明", "male", "under_review", 2.5),
    ("ps", "سلطة جودة البيئة", "PSE", "government", "فاطمة الزهراء", "female", "under_review", 2.0),
    ("bd", "Bangladesh Procurement Unit", "BGD", "government", "Rahim Uddin", "male", "under_review", None),
    ("screen", "Still Screening Ltd", "FRA", "private_sector", "Jean Dupont", "male", "screening", None),
    ("gone", "Withdrawn Ltd", "FRA", "private_sector", "Marie Curie", "female", "withdrawn", None),
    ("no", "Refused Institute", "DEU", "scientific_technical", "Hans Meier", "male", "not_accepted", None),
]
# Two agencies under one ministry: one family for "one per parent organisation".
FAMILY = [("agency1", "Public Procurement Agency of Brazil", "female", 3.8),
          ("agency2", "Ecolabel Agency of Brazil", "female", 3.6)]
# key, name, country, cluster, representative, gender, term start/end offsets from the closing date
INCUMBENTS = [
    ("unep", "United Nations Environment Programme", "KEN", "intergovernmental", "Ana Silva", "female", -400, 300),
    ("nl", "Netherlands Enterprise Agency", "NLD", "government", "Jan de Vries", "male", -600, 100),
    ("pl", "Polish Green Procurement Institute", "POL", "scientific_technical", "Ewa Nowak", "female", -500, 200),
    ("old", "Former Partner Foundation", "GBR", "civil_society", "Tom Old", "male", -900, -10),
]


@dataclass
class Selection:
    call_id: object = None
    orgs: dict = field(default_factory=dict)  # key -> organisation id
    apps: dict = field(default_factory=dict)  # key -> application id

    def key(self, name: str) -> str:
        return str(self.orgs[name])


def _org(session, name, iso3, cluster, rep, gender, parent=None):
    org = applications.registry.create_organisation(session, OrganisationInput(
        name=name, country_iso3=iso3, stakeholder_cluster=cluster, parent_id=parent))
    person = applications.registry.add_person(session, PersonInput(org, rep, gender=gender))
    return org, person


def build_selection(session) -> Selection:
    w = Selection()
    spp = session.scalar(select(Programme).where(Programme.code == "SPP"))
    w.call_id = applications.create_call(session, CallInput("SPP", "core_partner", CALL_TITLE,
                                                            CLOSES - timedelta(days=90), CLOSES))
    # Another core-partner call, so a part of a title can be ambiguous.
    applications.create_call(session, CallInput("SPP", "core_partner", "SPP core partners call 2024",
                                                CLOSES - timedelta(days=800), CLOSES - timedelta(days=700)))
    secretariat = applications.registry.create_organisation(session, OrganisationInput(name="Secretariat"))
    reviewers = [applications.registry.add_person(session, PersonInput(secretariat, n)) for n in ("Rev One", "Rev Two")]
    criteria = reviews.list_criteria(session, w.call_id)
    ministry = applications.registry.create_organisation(session, OrganisationInput(
        name="Ministry of Environment of Brazil", country_iso3="BRA", stakeholder_cluster="government"))
    w.orgs["ministry"] = ministry
    rows = [(k, n, c, cl, r, g, s, sc, None) for k, n, c, cl, r, g, s, sc in APPLICANTS]
    rows += [(k, n, "BRA", "government", f"Rep {k}", g, "under_review", sc, ministry) for k, n, g, sc in FAMILY]
    rows.append(("nl", "Netherlands Enterprise Agency", "NLD", "government", "Jan de Vries", "male", "under_review",
                 3.2, None))
    people = {}
    for key, name, iso3, cluster, rep, gender, _status, _score, parent in rows:
        org, person = _org(session, name, iso3, cluster, rep, gender, parent)
        w.orgs[key], people[key] = org, person
    for key, name, iso3, cluster, rep, gender, _start, _end in INCUMBENTS:
        if key not in w.orgs:
            w.orgs[key], people[key] = _org(session, name, iso3, cluster, rep, gender)
    for key, *_about, status, score, _parent in rows:
        app = applications.record_application(session, ApplicationInput(
            organisation_id=w.orgs[key], programme_code="SPP", role="core_partner", call_id=w.call_id,
            representative_id=people[key], received_on=CLOSES - timedelta(days=20),
            priority_sectors=("Construction", "Food") if key == "ke" else ("ICT",)))
        w.apps[key] = app
        if status in ("received",):
            continue
        applications.move_application(session, app, "screening")
        if status == "screening":
            continue
        if status == "withdrawn":
            applications.withdraw_application(session, app, "Changed its mind")
            continue
        applications.move_application(session, app, "under_review", override="Checked by phone")
        if score is not None:
            for crit in criteria:
                for reviewer in reviewers:
                    reviews.record_score(session, app, crit.id, reviewer, score)
        if status == "mac_opinion":
            applications.move_application(session, app, "mac_opinion")
        elif status == "accepted":
            applications.accept_application(session, app)
        elif status == "not_accepted":
            applications.decline_application(session, app, "Below the threshold")
    # The memberships last: the desk refuses an application from an active core partner, so the
    # incumbent's application is one recorded before its membership was (as an import can).
    for key, _name, _iso3, _cluster, _rep, _gender, start, end in INCUMBENTS:
        session.add(Membership(organisation_id=w.orgs[key], programme_id=spp.id, role="core_partner",
                               term_start=CLOSES + timedelta(days=start), term_end=CLOSES + timedelta(days=end),
                               status="active" if end > 0 else "ended", representative_id=people[key]))
    session.flush()
    return w
