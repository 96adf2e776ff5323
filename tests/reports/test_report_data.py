"""services/report_data: the plain values the reports are built from."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from report_fixtures import CALL_TITLE, HOSTILE, REPRESENTATIVES, SCRIPTS

from opn_desk.services import report_data
from opn_desk.services.errors import NotFound


def test_summary_carries_everything_the_reports_print(report_desk, built):
    s = report_desk.read(report_data.application_summary, built.app_ids[HOSTILE[0]])
    assert s.organisation == "Smith & Sons <Ltd>"
    assert s.acronym == "<ACR>" and s.display_name == "Smith & Sons <Ltd> (<ACR>)"
    assert (s.country, s.country_iso3, s.regional_group) == ("Germany", "DEU", "Western Europe and Others")
    assert s.stakeholder_cluster == "Private sector"
    assert (s.programme_code, s.programme_name) == ("SPP", "Sustainable Public Procurement")
    assert (s.role, s.role_code, s.call_title) == ("Core partner", "core_partner", CALL_TITLE)
    assert s.representative.name == "Rep 0 <rep@x>" and s.representative.email == "rep0@example.org"
    assert s.alternate is None
    assert s.contributions == ("Financial", "Staff time")
    assert s.work_streams == ("Procurement <policy>", "Monitoring")
    assert s.priority_sectors == ("Buildings", "Food")
    assert [(h.from_status, h.to_status) for h in s.history] == [
        ("", "Received"), ("Received", "Screening"), ("Screening", "Under review")]
    assert s.history[1].reason == "Complete & eligible"
    assert (s.decision_code, s.decision, s.status) == ("accepted", "Accepted", "Accepted")
    assert (s.term_start.isoformat(), s.term_end.isoformat()) == ("2026-01-01", "2027-12-31")


def test_scores_per_criterion_and_reviewer_and_the_weighted_total(report_desk, built):
    scores = report_desk.read(report_data.application_summary, built.app_ids[HOSTILE[0]]).scores
    assert scores.reviewers == ("Bea Reviewer & Co", "Chen Wei 陈伟", "Reviewer <One>")  # by name
    assert [c.name for c in scores.criteria] == [
        "Commitment <staff & money>", "Expertise in the work-streams", "Track record in the network"]
    first = scores.criteria[0]
    # Reviewer <One> gave 1.0, Bea 4.5, Chen 3.0 (the table's columns follow the reviewers' order).
    assert first.scores == (4.5, 3.0, 1.0)
    assert first.mean == pytest.approx(8.5 / 3)
    assert first.spread == 3.5 and first.disagreement
    assert not scores.criteria[1].disagreement and not scores.criteria[2].disagreement
    means = [8.5 / 3, 3.0, 3.5]  # see conftest: 2.0 + ((2i + c) % 5) * 0.5 + r * 0.5
    assert scores.weighted_total == pytest.approx((2 * means[0] + means[1] + means[2]) / 4)
    assert scores.comments[0].comment == "Strong <b>bold</b> & clear"
    assert scores.comments[0].reviewer == "Reviewer <One>"


def test_conflicts_and_unscored_criteria(report_desk, built):
    s = report_desk.read(report_data.application_summary, built.app_ids[HOSTILE[1]])
    assert [c.reviewer for c in s.scores.conflicts] == ["Chen Wei 陈伟"]
    assert s.scores.conflicts[0].reason == "Former employer <X>"
    assert "Chen Wei 陈伟" not in s.scores.reviewers
    unscored = report_desk.read(report_data.application_summary, built.app_ids[SCRIPTS["arabic"]])
    assert unscored.scores.weighted_total is None and unscored.scores.reviewers == ()
    assert len(unscored.scores.criteria) == 3  # the call's criteria, none scored
    assert unscored.representative.name == REPRESENTATIVES["arabic"]


def test_review_pack_ranks_by_weighted_total_ties_share_a_rank(report_desk, built):
    pack = report_desk.read(report_data.review_pack, built.call_id)
    assert pack.call_title == CALL_TITLE and pack.programme_code == "SPP" and pack.role == "Core partner"
    assert len(pack.applications) == 9
    assert [c.weight for c in pack.criteria] == [2.0, 1.0, 1.0]
    assert pack.reviewers == ("Bea Reviewer & Co", "Chen Wei 陈伟", "Reviewer <One>")
    totals = [a.summary.scores.weighted_total for a in pack.applications if a.rank is not None]
    assert totals == sorted(totals, reverse=True)
    ranks = [a.rank for a in pack.applications]
    for a in pack.applications:
        if a.rank is None:
            continue
        same = [b for b in pack.applications if b.rank is not None
                and round(b.summary.scores.weighted_total, 9) == round(a.summary.scores.weighted_total, 9)]
        assert a.tied == (len(same) > 1)
        assert a.rank == 1 + sum(1 for b in pack.applications if b.rank is not None
                                 and b.summary.scores.weighted_total > a.summary.scores.weighted_total + 1e-9)
    assert ranks[-1] is None and pack.applications[-1].summary.organisation == SCRIPTS["arabic"]
    assert any(a.tied for a in pack.applications)
    assert dict(pack.status_counts) == {"Under review": 7, "Accepted": 1, "Not accepted": 1}
    assert [label for label, _ in pack.status_counts] == ["Under review", "Accepted", "Not accepted"]


def test_calls_are_found_by_title_in_any_case_or_by_id(report_desk, built):
    assert [c.id for c in report_desk.read(report_data.find_calls, CALL_TITLE.upper())] == [built.call_id]
    assert [c.id for c in report_desk.read(report_data.find_calls, f"  {CALL_TITLE.lower()} ")] == [built.call_id]
    assert [c.id for c in report_desk.read(report_data.find_calls, str(built.call_id))] == [built.call_id]
    assert report_desk.read(report_data.find_calls, "no such call") == []
    assert {c.title for c in report_desk.read(report_data.list_calls)} == {CALL_TITLE, "Co-leads 2026"}


def test_unknown_ids(report_desk, built):
    assert report_desk.read(report_data.find_application, "not-an-id") is None
    assert report_desk.read(report_data.find_application, str(uuid.uuid4())) is None
    app_id = built.app_ids[HOSTILE[0]]
    assert report_desk.read(report_data.find_application, str(app_id).upper()) == app_id
    assert report_desk.read(report_data.find_application, app_id.hex) == app_id
    reference = report_desk.read(report_data.application_summary, app_id).reference
    assert report_desk.read(report_data.find_application, reference) == app_id  # as printed on the PDFs
    assert report_desk.read(report_data.find_application, reference[:7]) is None  # too short to be safe
    with pytest.raises(NotFound):
        report_desk.read(report_data.application_summary, uuid.uuid4())
    with pytest.raises(NotFound):
        report_desk.read(report_data.review_pack, uuid.uuid4())


def test_an_empty_call_gives_an_empty_pack(report_desk, built):
    pack = report_desk.read(report_data.review_pack, built.other_call_id)
    assert pack.applications == () and pack.criteria == () and pack.reviewers == ()


def test_withdrawn_applications_are_listed_last_and_not_ranked(report_desk, built):
    from dataclasses import replace

    summaries = [a.summary for a in report_desk.read(report_data.review_pack, built.call_id).applications]
    withdrawn = replace(summaries[0], status_code="withdrawn", status="Withdrawn")
    ranked = report_data._ranked([withdrawn, *summaries[1:]])
    assert ranked[-1].summary is withdrawn and ranked[-1].rank is None
    assert ranked[-2].rank is None and ranked[-2].summary.scores.weighted_total is None  # unscored before it
    assert ranked[0].rank == 1 and ranked[0].summary is not withdrawn


def test_review_pack_totals_and_order_agree_with_the_ranking_on_screen(desk):
    """A score from a reviewer working for the applicant is kept in the database but must not count,
    in the review pack exactly as in the Applications area's ranking."""
    from report_fixtures import build_call
    from sqlalchemy import select

    from opn_desk.db.models import Application, Call, EvaluationCriterion, Review
    from opn_desk.domain.registry import OrganisationInput, PersonInput
    from opn_desk.services import registry, reviews

    built = desk.write("Build", build_call).value
    target = built.app_ids[HOSTILE[3]]

    def insider_scores(session):
        app = session.get(Application, target)
        insider = registry.add_person(session, PersonInput(organisation_id=app.organisation_id, name="Insider"))
        for crit in session.scalars(select(EvaluationCriterion).where(EvaluationCriterion.call_id == built.call_id)):
            session.add(Review(application_id=target, criterion_id=crit.id, reviewer_id=insider, score=5.0))

    desk.write("Insider scores", insider_scores)

    # Equal totals received the same day are ordered by the organisation's sort name (accents and
    # punctuation set aside): "Éco Alpha" before "Eco-Zeta", though their case-folded names sort the other way.
    tied = ("Eco-Zeta", "Éco Alpha")
    assert sorted(tied, key=str.casefold) == ["Eco-Zeta", "Éco Alpha"]

    def tied_pair(session):
        crits = session.scalars(select(EvaluationCriterion).where(EvaluationCriterion.call_id == built.call_id)).all()
        reviewers = session.scalars(select(Review.reviewer_id).where(
            Review.application_id == built.app_ids[HOSTILE[0]]).distinct()).all()
        call = session.get(Call, built.call_id)
        ids = {}
        for name in tied:
            org = registry.create_organisation(session, OrganisationInput(name=name, country_iso3="FRA"))
            app = Application(organisation_id=org, programme_id=call.programme_id, role="core_partner",
                              call_id=call.id, received_on=date(2025, 9, 30), status="under_review")
            session.add(app)
            session.flush()
            ids[name] = app.id
            session.add_all(Review(application_id=app.id, criterion_id=c.id, reviewer_id=r, score=3.5)
                            for c in crits for r in reviewers)
        return ids

    pair = desk.write("Two equal applications", tied_pair).value
    pack = desk.read(report_data.review_pack, built.call_id)
    screen = desk.read(reviews.rank_call, built.call_id)
    on_screen = {r.application_id: r.summary.weighted_total for r in screen}
    in_pack = {a.summary.id: a.summary.scores.weighted_total for a in pack.applications}
    assert in_pack.keys() == on_screen.keys()
    for app_id, total in on_screen.items():
        assert in_pack[app_id] == pytest.approx(total) if total is not None else in_pack[app_id] is None
    target_summary = next(a.summary for a in pack.applications if a.summary.id == target)
    assert "Insider" not in target_summary.scores.reviewers
    ranked_pack = [a.summary.id for a in pack.applications if a.rank is not None]
    ranked_screen = [r.application_id for r in screen if r.rank is not None]
    assert ranked_pack == ranked_screen
    assert [a.summary.id for a in pack.applications] == [r.application_id for r in screen]  # unranked too
    alpha, zeta = (ranked_pack.index(pair[name]) for name in ("Éco Alpha", "Eco-Zeta"))
    assert zeta == alpha + 1
    ranks = {a.summary.id: (a.rank, a.tied) for a in pack.applications}
    assert ranks[pair["Éco Alpha"]] == ranks[pair["Eco-Zeta"]] == (alpha + 1, True)
