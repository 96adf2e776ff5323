"""The due list: long waits, missing reviews, terms ending within 90 days."""

from __future__ import annotations

import calendar
import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import insert

from opn_desk.db.models import Application, Programme, utcnow
from opn_desk.domain.applications import ApplicationInput, CallInput
from opn_desk.domain.registry import MembershipInput, OrganisationInput, PersonInput
from opn_desk.domain.vocab import Role
from opn_desk.services import applications as apps
from opn_desk.services import due, registry, reviews
from opn_desk.services.errors import InvalidInput

TODAY = date.today()


def _org(desk, name: str) -> uuid.UUID:
    return desk.write(f"Add {name}", registry.create_organisation, OrganisationInput(name)).value


def _apply(desk, name: str, role=Role.NETWORK_MEMBER, call=None) -> uuid.UUID:
    return desk.write("Record", apps.record_application, ApplicationInput(
        _org(desk, name), "SPP", role, call_id=call, received_on=TODAY - timedelta(days=3)), []).value


def _items(desk, kind=None, **kw):
    return [i for i in desk.read(due.due_items, **kw) if kind is None or i.kind == kind]


def test_nothing_is_due_in_an_empty_database(desk):
    assert desk.read(due.due_items) == []


def test_applications_waiting_too_long(desk):
    received = _apply(desk, "Slow Org")
    screening = _apply(desk, "Screened Org")
    desk.write("Screen", apps.move_application, screening, "screening")
    closed = _apply(desk, "Gone Org")
    desk.write("Withdraw", apps.withdraw_application, closed, "Not interested.")
    assert _items(desk, "waiting") == []  # all moved just now
    later = utcnow() + timedelta(days=20)
    items = _items(desk, "waiting", now=later)
    assert {i.record_id for i in items} == {received, screening}
    assert all(i.record_table == "application" and i.days == 20 for i in items)
    sentences = {i.record_id: i.sentence for i in items}
    assert sentences[received] == ("The application of Slow Org to be a network member of SPP has been waiting "
                                   "for screening for 20 days.")
    assert sentences[screening].endswith("has been in screening for 20 days.")
    assert _items(desk, "waiting", now=later, waiting_days=30) == []
    assert len(_items(desk, "waiting", now=utcnow() + timedelta(days=15))) == 2
    assert _items(desk, "waiting", now=utcnow() + timedelta(days=13)) == []


def test_the_wait_counts_from_the_last_transition(desk):
    app = _apply(desk, "Moving Org")
    desk.write("Screen", apps.move_application, app, "screening")
    [item] = _items(desk, "waiting", now=utcnow() + timedelta(days=16))
    assert item.days == 16  # from the move to Screening, not from the date received


def test_rows_without_transitions_count_from_the_received_date(desk):
    org = _org(desk, "Imported Org")

    def bulk(session):
        programme = session.query(Programme).filter_by(code="SPP").one()
        session.execute(insert(Application), [{
            "id": uuid.uuid4(), "organisation_id": org, "programme_id": programme.id, "role": "network_member",
            "received_on": TODAY - timedelta(days=30), "status": "received"}])
    desk.write("Import", bulk)
    [item] = _items(desk, "waiting")
    assert item.days >= 29 and "Imported Org" in item.sentence


@pytest.fixture
def review_setup(desk):
    call = desk.write("Call", apps.create_call, CallInput("SPP", "core_partner", "Core 2025",
                                                          TODAY - timedelta(days=60), TODAY)).value
    sec = _org(desk, "Secretariat")
    r1 = desk.write("P", registry.add_person, PersonInput(sec, "Ana")).value
    r2 = desk.write("P", registry.add_person, PersonInput(sec, "Ben")).value
    app = _apply(desk, "Reviewed Org", Role.CORE_PARTNER, call)
    desk.write("Screen", apps.move_application, app, "screening")
    desk.write("Review", apps.move_application, app, "under_review")
    criteria = [c.id for c in desk.read(reviews.list_criteria, call)]
    return {"call": call, "app": app, "reviewers": (r1, r2), "criteria": criteria}


def _score_all(desk, app, reviewer, criteria):
    for cid in criteria:
        desk.write("Score", reviews.record_score, app, cid, reviewer, 3)


def test_missing_reviews(desk, review_setup):
    app, (r1, r2), criteria = review_setup["app"], review_setup["reviewers"], review_setup["criteria"]
    [item] = _items(desk, "missing_reviews")
    assert item.record_id == app
    assert item.sentence == ("The application of Reviewed Org to be a core partner of SPP is under review with "
                             "0 complete reviews of the 2 needed.")
    _score_all(desk, app, r1, criteria)
    desk.write("Score", reviews.record_score, app, criteria[0], r2, 4)  # r2 only part-way
    [item] = _items(desk, "missing_reviews")
    assert "with 1 complete review of the 2 needed" in item.sentence
    assert _items(desk, "missing_reviews", min_reviewers=1) == []
    _score_all(desk, app, r2, criteria)
    assert _items(desk, "missing_reviews") == []


def test_declared_conflicts_do_not_count_as_reviews(desk, review_setup):
    app, (r1, r2), criteria = review_setup["app"], review_setup["reviewers"], review_setup["criteria"]
    _score_all(desk, app, r1, criteria)
    _score_all(desk, app, r2, criteria)
    assert _items(desk, "missing_reviews") == []
    desk.write("Declare", reviews.declare_conflict, app, r2, "Late declaration.")
    assert len(_items(desk, "missing_reviews")) == 1


def test_a_call_without_criteria_is_due(desk):
    call = desk.write("Call", apps.create_call, CallInput("SPP", "core_partner", "Bare call", TODAY, TODAY),
                      default_criteria=False).value
    app = _apply(desk, "Early Org", Role.CORE_PARTNER, call)
    desk.write("Screen", apps.move_application, app, "screening")
    assert _items(desk, "missing_reviews") == []  # not under review yet
    desk.write("Review", apps.move_application, app, "under_review")
    [item] = _items(desk, "missing_reviews")
    assert item.sentence.endswith("is under review, but its call has no evaluation criteria yet.")


def test_network_member_applications_without_a_call_are_not_reviewed(desk):
    app = _apply(desk, "Member Org")
    desk.write("Screen", apps.move_application, app, "screening")
    desk.write("Review", apps.move_application, app, "under_review")
    assert _items(desk, "missing_reviews") == []


def _member(desk, name, role, start, end):
    return desk.write("Member", registry.add_membership,
                      MembershipInput(_org(desk, name), "SPP", role, start, end)).value


def test_terms_ending_within_90_days(desk):
    soon = _member(desk, "Soon Org", Role.CORE_PARTNER, TODAY - timedelta(days=700), TODAY + timedelta(days=30))
    edge = _member(desk, "Edge Org", Role.CO_LEAD, TODAY - timedelta(days=700), TODAY + timedelta(days=90))
    today = _member(desk, "Today Org", Role.CO_LEAD, TODAY - timedelta(days=700), TODAY)
    late = _member(desk, "Late Org", Role.CORE_PARTNER, TODAY - timedelta(days=800), TODAY - timedelta(days=5))
    _member(desk, "Far Org", Role.CORE_PARTNER, TODAY - timedelta(days=100), TODAY + timedelta(days=91))
    _member(desk, "Member Org", Role.NETWORK_MEMBER, TODAY - timedelta(days=100), TODAY + timedelta(days=10))
    ended = _member(desk, "Ended Org", Role.CORE_PARTNER, TODAY - timedelta(days=700), TODAY + timedelta(days=10))
    desk.write("End", registry.end_membership, ended, TODAY - timedelta(days=1))
    items = _items(desk, "term_ending")
    assert [i.record_id for i in items] == [late, today, soon, edge]  # soonest first
    assert all(i.record_table == "membership" for i in items)
    assert [i.days for i in items] == [-5, 0, 30, 90]
    end = TODAY + timedelta(days=30)
    written = f"{end.day} {calendar.month_name[end.month]} {end.year}"  # the English long date, "1 May 2025"
    assert items[2].sentence == f"The term of Soon Org as core partner of SPP ends on {written}, in 30 days."
    assert items[1].sentence == "The term of Today Org as co-lead of SPP ends today."
    assert items[0].sentence.endswith("5 days ago, but the membership is still active; renew or end it.")
    assert len(_items(desk, "term_ending", term_days=30)) == 3


def test_the_order_of_kinds_and_settings(desk, review_setup):
    _member(desk, "Soon Org", Role.CORE_PARTNER, TODAY - timedelta(days=700), TODAY + timedelta(days=30))
    kinds = [i.kind for i in desk.read(due.due_items, now=utcnow() + timedelta(days=30))]
    assert kinds == ["waiting", "missing_reviews", "term_ending"]
    assert len(desk.read(due.due_items, limit_per_kind=0)) == 0
    with pytest.raises(InvalidInput):
        desk.read(due.due_items, waiting_days=-1)
