"""Benchmark: partner reporting at the network's scale (issue 14). Not part of the default test run.

    .venv/bin/python tests/benchmarks/reporting_bench.py [--programmes 6] [--partners 1000] [--years 5]
        [--out tests/benchmarks/results/reporting.json]

A desk with ``programmes`` programmes of ``partners`` partners each (a tenth co-leads and core partners,
some joining and leaving over the years) and a reporting cycle per programme and year, about half the
partners reporting (some late, a few excused), written with bulk inserts. Figures:
- ``rates_ms``: `reporting.overview`, every programme's rate in every year and the non-reporters of each
  programme's latest cycle (the Reporting area's first view) from one reading, median of 7 runs, warm;
  target 200 ms. Beside it: `rates` alone, and `non_reporters` of one cycle with contacts;
- ``summary_pdf_seconds``: the cycle summary PDF of one programme's latest cycle, end to end from the
  database (`reporting_documents.write_cycle_summary`); target 5 s.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.figures import report  # noqa: E402


def build(path: Path, programmes: int, partners: int, years: int, seed: int = 7) -> dict:
    from sqlalchemy import insert, select

    from opn_desk.db.models import (
        Country,
        Membership,
        Organisation,
        Programme,
        ReportedActivity,
        ReportingCycle,
        ReportingStatus,
    )
    from opn_desk.db.store import open_store

    r = random.Random(seed)
    stamp = datetime(2026, 1, 1)
    store = open_store(path)
    try:
        with store.sessions().begin() as s:
            countries = list(s.scalars(select(Country.id)))
            codes = list(s.execute(select(Programme.id, Programme.code).order_by(Programme.code)))[:programmes]

            def base() -> dict:
                return {"id": uuid.UUID(int=r.getrandbits(128)), "created_at": stamp, "updated_at": stamp, "version": 1}

            orgs, members, cycles, statuses, activities = [], [], [], [], []
            first_year = 2026 - years
            for pid, code in codes:
                for i in range(partners):
                    org = base() | {"name": f"{code} partner {i}", "acronym": "", "country_id": r.choice(countries),
                                    "website": "", "notes": "", "sort_name": f"{code.lower()} partner {i:05d}",
                                    "search_text": f"{code.lower()} partner {i}"}
                    orgs.append(org)
                    role = "co_lead" if i < 4 else "core_partner" if i < partners // 10 else "network_member"
                    start = date(first_year - 1, 1, 1) + timedelta(days=r.randint(0, 365 * years))
                    end = start + timedelta(days=r.randint(400, 3000)) if r.random() < 0.2 else None
                    members.append(base() | {"organisation_id": org["id"], "programme_id": pid, "role": role,
                                             "term_start": start, "term_end": end,
                                             "status": "ended" if end and end < date(2026, 1, 1) else "active",
                                             "notes": ""})
                for year in range(first_year, first_year + years):
                    deadline = date(year + 1, 3, 31)
                    cycle = base() | {"programme_id": pid, "year": year, "deadline": deadline,
                                      "reminder_days": [-14, -3, 7, 15], "notes": ""}
                    cycles.append(cycle)
                    for org in orgs[-partners:]:
                        roll = r.random()
                        if roll < 0.5:
                            statuses.append(base() | {"cycle_id": cycle["id"], "organisation_id": org["id"],
                                                      "status": "submitted", "excuse_reason": "",
                                                      "submitted_on": deadline + timedelta(days=r.randint(-40, 30))})
                            if r.random() < 0.3:
                                activities.append(base() | {"cycle_id": cycle["id"], "organisation_id": org["id"],
                                                            "title": "Webinar", "category": "communications",
                                                            "countries": [], "sdgs": [12], "change_in_practice": "",
                                                            "highlight": False})
                        elif roll < 0.52:
                            statuses.append(base() | {"cycle_id": cycle["id"], "organisation_id": org["id"],
                                                      "status": "excused", "excuse_reason": "Closed",
                                                      "submitted_on": None})
            for model, rows in ((Organisation, orgs), (Membership, members), (ReportingCycle, cycles),
                                (ReportingStatus, statuses), (ReportedActivity, activities)):
                for start in range(0, len(rows), 5000):
                    s.execute(insert(model).execution_options(render_nulls=True), rows[start:start + 5000])
    finally:
        store.close()
    return {"programmes": len(codes), "partners_per_programme": partners, "years": years,
            "memberships": len(members), "reporting_statuses": len(statuses), "activities": len(activities),
            "latest_year": 2026 - 1, "codes": [c for _p, c in codes]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--programmes", type=int, default=6)
    parser.add_argument("--partners", type=int, default=1000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "tests/benchmarks/results/reporting.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["OPN_DESK_CONFIG"] = str(tmp / "prefs.json")
        from opn_desk.db.store import open_store
        from opn_desk.services import reporting
        from opn_desk.services.desk import Desk
        from opn_desk.services.reporting_documents import write_cycle_summary

        figures: dict = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                         "load_average_before": os.getloadavg()[0]}
        db = tmp / "bench.sqlite"
        t0 = time.perf_counter()
        world = build(db, args.programmes, args.partners, args.years)
        figures["build_seconds"] = round(time.perf_counter() - t0, 2)
        codes, year = world.pop("codes"), world.pop("latest_year")
        figures.update(world)
        today = date(2026, 12, 1)
        store = open_store(db, readonly=True)
        desk = Desk(store, actor="bench")
        try:
            def median_ms(fn, runs: int = 7) -> tuple[float, float]:
                timings = []
                for _ in range(runs):
                    t0 = time.perf_counter()
                    fn()
                    timings.append((time.perf_counter() - t0) * 1000)
                return round(statistics.median(timings), 1), round(min(timings), 1)

            view = desk.read(reporting.overview, today=today)
            figures.update({"rates_rows": len(view.rates),
                            "non_reporters_latest_cycles": sum(len(m[2]) for m in view.non_reporters)})
            figures["rates_ms"], figures["rates_best_ms"] = median_ms(
                lambda: desk.read(reporting.overview, today=today))
            figures["rates_target_ms"] = 200
            figures["rates_only_ms"], _ = median_ms(lambda: desk.read(reporting.rates, today=today))
            figures["non_reporters_one_cycle_ms"], _ = median_ms(
                lambda: desk.read(reporting.non_reporters, codes[0], year, today=today))
            t0 = time.perf_counter()
            written = write_cycle_summary(desk, codes[0], year, tmp / "summary.pdf", today=today)
            figures.update({"summary_pdf_seconds": round(time.perf_counter() - t0, 2), "summary_pdf": written,
                            "summary_pdf_target_seconds": 5})
        finally:
            store.close()
    return report(figures, args.out)


if __name__ == "__main__":
    raise SystemExit(main())
