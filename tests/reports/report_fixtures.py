"""Test data and PDF helpers for the report tests: a small call with hostile and multi-script names,
built through Desk.write and the registry.

Calls, applications, criteria and reviews are inserted directly with the ORM inside one Desk.write
operation (the applications services are someone else's work in progress).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from opn_desk.db.models import (
    Application,
    ApplicationTransition,
    Call,
    ConflictOfInterest,
    EvaluationCriterion,
    Membership,
    Programme,
    Review,
)
from opn_desk.domain.registry import OrganisationInput, PersonInput
from opn_desk.services import registry

HOSTILE = ["Smith & Sons <Ltd>", "<font size=40>Big</font>", "AT&T <b>", "<img src='/etc/hosts'/>"]
SCRIPTS = {
    "latin": "Société Générale de l'Environnement — Łódź & Ñuñoa",
    "cyrillic": "Министерство природных ресурсов и экологии",
    "greek": "Υπουργείο Περιβάλλοντος και Ενέργειας",
    "chinese": "中华人民共和国生态环境部",
    "arabic": "وزارة البيئة والمياه والزراعة",
}
REPRESENTATIVES = {
    "latin": "Zoë Ångström-Müller",
    "cyrillic": "Анна Петровна Смирнова",
    "greek": "Γιώργος Παπαδόπουλος",
    "chinese": "王小明",
    "arabic": "فاطمة الزهراء",
}
COUNTRIES = {"latin": "FRA", "cyrillic": "RUS", "greek": "GRC", "chinese": "CHN", "arabic": "SAU"}
CALL_TITLE = "Core partners 2026–2027 <call>"


@dataclass
class Built:
    call_id: object = None
    other_call_id: object = None
    app_ids: dict[str, object] = field(default_factory=dict)  # organisation name -> application id
    reviewers: list[str] = field(default_factory=list)


def _org(session, name: str, iso3: str, cluster: str, acronym: str = ""):
    return registry.create_organisation(session, OrganisationInput(
        name=name, acronym=acronym, country_iso3=iso3, stakeholder_cluster=cluster, website="https://example.org"))


def build_call(session) -> Built:
    built = Built()
    spp = session.scalar(select(Programme).where(Programme.code == "SPP"))
    call = Call(programme_id=spp.id, role="core_partner", title=CALL_TITLE,
                opens_on=date(2025, 9, 1), closes_on=date(2025, 10, 31))
    other = Call(programme_id=spp.id, role="co_lead", title="Co-leads 2026", opens_on=date(2025, 9, 1),
                 closes_on=date(2025, 12, 1))
    session.add_all([call, other])
    session.flush()
    built.call_id, built.other_call_id = call.id, other.id
    criteria = [
        EvaluationCriterion(call_id=call.id, name="Commitment <staff & money>", weight=2.0, position=0,
                            description="Full-time staff and resources offered."),
        EvaluationCriterion(call_id=call.id, name="Expertise in the work-streams", weight=1.0, position=1),
        EvaluationCriterion(call_id=call.id, name="Track record in the network", weight=1.0, position=2),
    ]
    session.add_all(criteria)

    mac = _org(session, "MAC Members' Forum", "KEN", "civil_society")
    reviewers = []
    for name in ["Reviewer <One>", "Bea Reviewer & Co", "Chen Wei 陈伟"]:
        reviewers.append(registry.add_person(session, PersonInput(organisation_id=mac, name=name)))
    built.reviewers = ["Reviewer <One>", "Bea Reviewer & Co", "Chen Wei 陈伟"]
    session.flush()

    names = [(n, "DEU", "private_sector") for n in HOSTILE]
    names += [(SCRIPTS[k], COUNTRIES[k], "government") for k in SCRIPTS]
    for i, (name, iso3, cluster) in enumerate(names):
        org_id = _org(session, name, iso3, cluster, acronym="<ACR>" if i == 0 else "")
        key = next((k for k, v in SCRIPTS.items() if v == name), None)
        rep_name = REPRESENTATIVES.get(key, f"Rep {i} <rep@x>")
        rep = registry.add_person(session, PersonInput(organisation_id=org_id, name=rep_name,
                                                       email=f"rep{i}@example.org"))
        app = Application(
            organisation_id=org_id, programme_id=spp.id, role="core_partner", call_id=call.id,
            representative_id=rep, received_on=date(2025, 9, 10 + i), status="under_review",
            statement=f"Statement of {name}: we <b>commit</b> & offer staff.\nSecond paragraph.",
            contribution_kinds="financial,staff_time", contribution_details="€10,000 & one officer <50%>",
            work_streams="Procurement <policy>; Monitoring", priority_sectors="Buildings; Food",
        )
        session.add(app)
        session.flush()
        built.app_ids[name] = app.id
        session.add(ApplicationTransition(application_id=app.id, from_status=None, to_status="received",
                                          at=datetime(2025, 9, 10 + i, 9), actor="Desk <officer>"))
        session.add(ApplicationTransition(application_id=app.id, from_status="received", to_status="screening",
                                          at=datetime(2025, 9, 20, 9), actor="Desk <officer>",
                                          reason="Complete & eligible"))
        session.add(ApplicationTransition(application_id=app.id, from_status="screening",
                                          to_status="under_review", at=datetime(2025, 10, 1, 9),
                                          actor="Desk <officer>"))
        # Scores: the first application has a large disagreement on the first criterion.
        for c_index, crit in enumerate(criteria):
            for r_index, reviewer in enumerate(reviewers):
                if i == len(names) - 1:
                    continue  # the last application has no reviews yet: unranked
                if i == 1 and r_index == 2:
                    continue  # this reviewer declared a conflict with the second application
                score = 2.0 + ((i * 2 + c_index) % 5) * 0.5 + r_index * 0.5
                if i == 0 and c_index == 0:
                    score = [1.0, 4.5, 3.0][r_index]
                session.add(Review(application_id=app.id, criterion_id=crit.id, reviewer_id=reviewer,
                                   score=score, comment="Strong <b>bold</b> & clear" if r_index == 0 and c_index == 0
                                   else ""))
    first = built.app_ids[HOSTILE[0]]
    session.add(ConflictOfInterest(application_id=built.app_ids[HOSTILE[1]], reviewer_id=reviewers[2],
                                   declared_on=date(2025, 10, 2), reason="Former employer <X>"))
    app = session.get(Application, first)
    app.decision, app.status = "accepted", "accepted"
    app.decided_on = date(2025, 11, 20)
    app.mac_opinion = "Recommended <strongly> & unanimously."
    session.add(Membership(organisation_id=app.organisation_id, programme_id=spp.id, role="core_partner",
                           term_start=date(2026, 1, 1), term_end=date(2027, 12, 31), status="active"))
    rejected = session.get(Application, built.app_ids[HOSTILE[2]])
    rejected.decision, rejected.status = "not_accepted", "not_accepted"
    rejected.decided_on = date(2025, 11, 20)
    rejected.decision_rationale = "The offer <staff> did not meet the minimum & was unclear."
    session.flush()
    return built


# ----------------------------------------------------------------------------- PDF inspection

PDFTOTEXT = shutil.which("pdftotext")
QPDF = shutil.which("qpdf")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext (Debian package poppler-utils) is not installed: cannot read PDF text")
needs_qpdf = pytest.mark.skipif(QPDF is None, reason="qpdf (Debian package qpdf) is not installed")


def pdf_pages(path: Path) -> list[str]:
    """The text of each page as pdftotext gives it (bidi marks removed, Arabic forms folded by NFKC)."""
    out = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def normalised(text: str) -> str:
    """pdftotext's Arabic as stored: presentation forms folded (NFKC), bidi control marks dropped."""
    text = "".join(ch for ch in text if ch not in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    return unicodedata.normalize("NFKC", text)


PAGE_OF = re.compile(r"Page (\d+) of (\d+)")


def outline(path: Path) -> list[tuple[int, str, int]]:
    """(level, title, page) of every bookmark, depth first, from qpdf's JSON."""
    data = json.loads(subprocess.run([QPDF, "--json", "--json-key=outlines", str(path)], capture_output=True,
                                     text=True, check=True, timeout=60).stdout)
    out = []

    def walk(items, level):
        for item in items:
            out.append((level, item["title"], item["destpageposfrom1"]))
            walk(item["kids"], level + 1)

    walk(data["outlines"], 0)
    return out


def qpdf_check(path: Path) -> None:
    result = subprocess.run([QPDF, "--check", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout
