"""Data for the Applications GUI tests (no tests here): a core-partner call and applications in each
state, written with the services into the test's copy of the small registry before the window opens."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

T = 10_000
TODAY = date.today()
CALL_TITLE = "SPP core partners call"
# Scores of the two reviewers on the five default core-partner criteria (weights 2, 2, 1, 2, 1):
# the first criterion differs by 3 points (a disagreement); weighted total = 30 / 8 = 3.75.
SCORES_A = (5, 4, 3, 4, 4)
SCORES_B = (2, 4, 3, 4, 4)


@dataclass
class Data:
    call: uuid.UUID
    received: uuid.UUID  # Zebra Crossing Institute, network member of SPP, received
    screening: uuid.UUID  # Indian Institute of Sustainability, network member of SPP, in screening
    review: uuid.UUID  # Nigeria Consumer Council, core partner of SPP, under review, nothing scored
    scored: uuid.UUID  # Egyptian Cleaner Production Centre, core partner of SPP, under review, scored twice
    waiting: uuid.UUID  # Tourism Board of Morocco, network member of SPP, received, untouched for 30 days
    conflicted: uuid.UUID  # Ngozi Okafor, of the Nigeria Consumer Council
    reviewer_a: uuid.UUID  # Anna Becker, German Environment Agency
    reviewer_b: uuid.UUID  # Kenji Sato, Japan Eco-Label Association


def org(desk, name: str) -> uuid.UUID:
    from opn_desk.domain.registry import OrganisationQuery
    from opn_desk.services import registry

    rows = desk.read(registry.search_organisations, OrganisationQuery(text=name))
    return next(r.id for r in rows if r.name == name)


def build(path: Path) -> Data:
    from sqlalchemy import update

    from opn_desk.db.models import ApplicationTransition, utcnow
    from opn_desk.db.store import open_store
    from opn_desk.domain.applications import ApplicationInput, CallInput
    from opn_desk.domain.registry import PersonInput
    from opn_desk.services import applications as apps
    from opn_desk.services import registry, reviews
    from opn_desk.services.desk import Desk

    store = open_store(path)
    try:
        desk = Desk(store, actor="Fixture Officer")
        w = desk.write
        call = w("Add call", apps.create_call, CallInput("SPP", "core_partner", CALL_TITLE,
                                                         TODAY - timedelta(days=60), TODAY - timedelta(days=10))).value

        def record(name, role="network_member", call_id=None, days=5, checklist=None):
            data = ApplicationInput(org(desk, name), "SPP", role, call_id=call_id,
                                    received_on=TODAY - timedelta(days=days), statement=f"{name} wants to join.")
            return w("Record", apps.record_application, data, checklist).value

        received = record("Zebra Crossing Institute")
        screening = record("Indian Institute of Sustainability", days=8)
        w("Screen", apps.move_application, screening, "screening")
        review = record("Nigeria Consumer Council", "core_partner", call, days=20, checklist=[])
        scored = record("Egyptian Cleaner Production Centre", "core_partner", call, days=25, checklist=[])
        for app in (review, scored):
            w("Screen", apps.move_application, app, "screening")
            w("Review", apps.move_application, app, "under_review")
        waiting = record("Tourism Board of Morocco", days=40)
        conflicted = w("Add", registry.add_person, PersonInput(org(desk, "Nigeria Consumer Council"),
                                                               "Ngozi Okafor", "ngozi@example.org")).value
        reviewer_a = org_people(desk, "German Environment Agency")["Anna Becker"]
        reviewer_b = w("Add", registry.add_person, PersonInput(org(desk, "Japan Eco-Label Association"),
                                                               "Kenji Sato", "kenji@example.org")).value
        criteria = [c.id for c in desk.read(reviews.list_criteria, call)]
        for reviewer, scores in ((reviewer_a, SCORES_A), (reviewer_b, SCORES_B)):
            for criterion, score in zip(criteria, scores, strict=True):
                w("Score", reviews.record_score, scored, criterion, reviewer, score)
        long_ago = utcnow() - timedelta(days=30)

        def backdate(session):
            session.execute(update(ApplicationTransition).where(ApplicationTransition.application_id == waiting)
                            .values(at=long_ago))

        w("Backdate", backdate)
    finally:
        store.close()
    return Data(call, received, screening, review, scored, waiting, conflicted, reviewer_a, reviewer_b)


def org_people(desk, name: str) -> dict[str, uuid.UUID]:
    from opn_desk.services import registry

    return {p.name: p.id for p in desk.read(registry.get_organisation, org(desk, name)).people}


def open_applications(open_window, qtbot):
    window = open_window()
    window.show_area("applications")
    page = window.applications
    qtbot.waitUntil(lambda: page.model.has_loaded, timeout=T)
    return window, page


def open_application(page, qtbot, app_id: uuid.UUID):
    page.show_application(app_id)
    detail = page.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.id == app_id, timeout=T)
    return detail


def names(page) -> list[str]:
    """The Organisation column as shown ("Name (ACRONYM)")."""
    model = page.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]
