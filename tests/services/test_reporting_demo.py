"""The demo's year shows something true in every view: cycles for several programmes whose rates differ
within the range the desks reported, activities in every category, initiatives in every status."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from opn_desk.db.models import HealthAssessment, ReportedActivity, ReportingCycle
from opn_desk.db.store import open_store
from opn_desk.domain.vocab import ACTIVITY_CATEGORIES, INITIATIVE_STATUSES
from opn_desk.services import portfolio, reporting
from opn_desk.services.demo import TODAY, generate_demo
from opn_desk.services.desk import Desk


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("demo") / "desk.sqlite")
    generate_demo(store, seed=1, organisations=600)
    yield Desk(store, actor="Test")
    store.close()


def test_completed_cycles_of_several_programmes_have_rates_in_the_reported_range(desk):
    rows = [r for r in desk.read(reporting.rates, today=TODAY) if r.deadline < TODAY]
    by_programme: dict[str, list[float]] = {}
    for r in rows:
        by_programme.setdefault(r.programme, []).append(r.rate.rate)
    assert len(by_programme) >= 3
    assert all(2 <= len(v) <= 3 for v in by_programme.values())
    assert all(0.15 <= rate <= 0.8 for v in by_programme.values() for rate in v)
    means = sorted(sum(v) / len(v) for v in by_programme.values())
    assert means[-1] - means[0] > 0.3  # they differ by programme
    assert any(r.rate.late for r in rows) and any(r.rate.very_late for r in rows) and any(r.rate.excused for r in rows)
    # This year's cycle is open: its deadline is ahead.
    cycles = desk.read(lambda s: s.execute(select(ReportingCycle.year, ReportingCycle.deadline)).all())
    assert any(deadline > TODAY for _y, deadline in cycles) and len({y for y, _d in cycles}) == 3


def test_activities_in_every_category_and_initiatives_in_every_status(desk):
    categories = set(desk.read(lambda s: s.scalars(select(ReportedActivity.category)).all()))
    assert categories == set(ACTIVITY_CATEGORIES.codes)
    counts = desk.read(portfolio.status_counts, today=TODAY)
    assert set(counts) == set(INITIATIVE_STATUSES.codes) and all(counts.values())


def test_non_reporters_reminders_and_health_have_something_to_show(desk):
    assert desk.read(reporting.repeated_non_reporters, today=TODAY)
    summary = desk.read(reporting.cycle_summary, "SPP", 2025, today=date(2026, 11, 22))
    assert summary.highlights and summary.non_reporters and sum(n for _l, n in summary.activities_by_category)
    assert desk.read(lambda s: s.scalars(select(HealthAssessment.rag)).all())
