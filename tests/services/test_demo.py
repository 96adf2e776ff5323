"""Demo network: deterministic, varied, searchable and healthy; cancelling writes nothing."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select, text

from opn_desk.db.models import (
    Application,
    AuditEntry,
    Country,
    Membership,
    Organisation,
    Person,
    Programme,
    Review,
)
from opn_desk.db.store import open_store
from opn_desk.domain.registry import OrganisationQuery
from opn_desk.domain.text import fold
from opn_desk.domain.vocab import ApplicationStatus, RegionalGroup, Role, StakeholderCluster
from opn_desk.services import registry
from opn_desk.services.checks import run_checks
from opn_desk.services.demo import DemoSummary, generate_demo
from opn_desk.services.errors import DeskError

N = 300


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = open_store(path)
    calls: list[tuple[float, str]] = []
    summary = generate_demo(store, seed=1, organisations=N, progress=lambda f, m: calls.append((f, m)))
    yield store, summary, calls
    store.close()


def _names_and_countries(store) -> list[tuple[str, str]]:
    with store.sessions()() as session:
        return session.execute(
            select(Organisation.name, Country.iso3).join(Country, Country.id == Organisation.country_id)
            .order_by(Organisation.id)
        ).all()


def test_summary_and_progress(demo):
    store, summary, calls = demo
    assert isinstance(summary, DemoSummary)
    assert summary.organisations == N
    assert str(summary).startswith(f"{N} organisations from {summary.countries} countries, ")
    assert "applications" in str(summary)
    assert len(calls) >= 10
    fractions = [f for f, _m in calls]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_deterministic_per_seed(demo, tmp_path):
    store, _summary, _calls = demo
    again = open_store(tmp_path / "again.sqlite")
    other = open_store(tmp_path / "other.sqlite")
    try:
        generate_demo(again, seed=1, organisations=N)
        generate_demo(other, seed=2, organisations=N)
        first = _names_and_countries(store)
        assert _names_and_countries(again) == first
        assert _names_and_countries(other) != first
    finally:
        again.close()
        other.close()


def test_counts_countries_groups_and_clusters(demo):
    store, summary, _calls = demo
    with store.sessions()() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == N
        countries = session.scalar(select(func.count(func.distinct(Organisation.country_id))))
        assert countries >= 150 and countries == summary.countries
        groups = set(session.scalars(
            select(Country.regional_group).join(Organisation, Organisation.country_id == Country.id).distinct()))
        assert groups == {*(g.value for g in RegionalGroup), None}
        clusters = set(session.scalars(select(Organisation.stakeholder_cluster).distinct()))
        assert clusters == {c.value for c in StakeholderCluster}
        assert session.scalar(select(func.count()).where(Organisation.parent_id.is_not(None))) > 0
        assert session.scalar(select(func.count()).select_from(Person)) == summary.people
        assert 1.1 * N <= summary.people <= 1.6 * N
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 1


def test_memberships_roles_and_renewals(demo):
    store, _summary, _calls = demo
    with store.sessions()() as session:
        roles = dict(session.execute(select(Membership.role, func.count()).group_by(Membership.role)).all())
        assert set(roles) == {r.value for r in Role}
        active = session.execute(text(
            "SELECT p.code, m.role, count(*) FROM membership m JOIN programme p ON p.id = m.programme_id "
            "WHERE m.status = 'active' AND p.active GROUP BY 1, 2")).all()
        counts = {(code, role): n for code, role, n in active}
        for code in ("SPP", "CI", "SFS", "SLE", "STP"):
            assert 3 <= counts[(code, "co_lead")] <= 4
            assert 20 <= counts[(code, "core_partner")] <= 40
            assert counts[(code, "network_member")] > 0
        members = session.scalar(select(func.count(func.distinct(Membership.organisation_id))))
        assert N // 4 <= members <= N // 2
        soon = session.scalar(text(
            "SELECT count(*) FROM membership WHERE status = 'active' AND role != 'network_member' "
            "AND term_end BETWEEN '2026-11-22' AND '2027-02-20'"))
        assert soon > 0
        assert session.scalar(text(
            "SELECT count(*) FROM membership WHERE status = 'active' AND role = 'network_member' "
            "AND term_end IS NOT NULL")) == 0
        renewals = session.scalars(select(Membership).where(Membership.renews_id.is_not(None))).all()
        assert renewals
        for renewal in renewals:
            ended = session.get(Membership, renewal.renews_id)
            assert ended.status == "ended" and ended.term_end < renewal.term_start
        duplicates = session.execute(text(
            "SELECT count(*) FROM (SELECT 1 FROM membership WHERE status = 'active' "
            "GROUP BY organisation_id, programme_id, role HAVING count(*) > 1)")).scalar()
        assert duplicates == 0


def test_every_application_status_and_spp_co_lead_review(demo):
    store, _summary, _calls = demo
    with store.sessions()() as session:
        statuses = set(session.scalars(select(Application.status).distinct()))
        assert statuses == {s.value for s in ApplicationStatus}
        spp = session.scalar(select(Programme.id).where(Programme.code == "SPP"))
        in_review = session.scalar(select(func.count()).select_from(Application).where(
            Application.programme_id == spp, Application.role == Role.CO_LEAD.value,
            Application.status.in_([ApplicationStatus.UNDER_REVIEW.value, ApplicationStatus.MAC_OPINION.value])))
        assert in_review >= 6
        assert session.scalar(select(func.count()).select_from(Review)) > 0
        # Reviewers never review their own organisation's application.
        own = session.execute(text(
            "SELECT count(*) FROM review r JOIN application a ON a.id = r.application_id "
            "JOIN person p ON p.id = r.reviewer_id WHERE p.organisation_id = a.organisation_id")).scalar()
        assert own == 0


def test_person_names_in_many_scripts(demo):
    store, _summary, _calls = demo
    with store.sessions()() as session:
        names = " ".join(session.scalars(select(Person.name)))
    for script in (r"[\u0400-\u04FF]", r"[\u0370-\u03FF]", r"[\u4E00-\u9FFF]", r"[\u0600-\u06FF]",
                   r"[À-ÿĀ-ž]"):
        assert re.search(script, names), script


def test_registry_search_finds_demo_organisations(demo):
    store, _summary, _calls = demo
    with store.sessions()() as session:
        for org in session.scalars(select(Organisation)):
            assert org.sort_name == fold(org.name)
            others = [o.name for o in org.other_names]
            assert org.search_text == registry.search_text(org.name, org.acronym, others)
        org = session.scalars(select(Organisation).where(Organisation.acronym != "",
                                                         Organisation.name.like("% %"))
                              .order_by(Organisation.name)).first()
        word = max(org.name.split(), key=len)
        found = registry.search_organisations(session, OrganisationQuery(text=word), limit=1000)
        assert org.id in {row.id for row in found}
        found = registry.search_organisations(session, OrganisationQuery(text=org.acronym), limit=1000)
        assert org.id in {row.id for row in found}
        found = registry.search_organisations(session, OrganisationQuery(text="UNEP"))
        assert "United Nations Environment Programme" in {row.name for row in found}


def test_database_is_healthy(demo):
    store, _summary, _calls = demo
    with store.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    assert run_checks(store) == []


def test_abort_writes_nothing(store):
    seen: list[str] = []

    def abort() -> bool:  # cancel once the writing has started
        return sum(m.startswith("Writing") for m in seen) >= 3

    with pytest.raises(DeskError, match="cancelled; nothing was written"):
        generate_demo(store, organisations=N, progress=lambda _f, m: seen.append(m), abort=abort)
    assert any(m.startswith("Writing people") for m in seen)
    with store.sessions()() as session:
        for model in (Organisation, Person, Membership, Application, AuditEntry):
            assert session.scalar(select(func.count()).select_from(model)) == 0, model
    # The store is still usable: a demo can be generated afterwards.
    assert generate_demo(store, organisations=20).organisations == 20


def test_tiny_and_empty_networks(tmp_path):
    for n in (0, 1, 7):
        store = open_store(tmp_path / f"tiny{n}.sqlite")
        try:
            summary = generate_demo(store, organisations=n)
            assert summary.organisations == n
            assert run_checks(store) == []
        finally:
            store.close()
