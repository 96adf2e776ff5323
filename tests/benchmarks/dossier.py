"""Benchmark: the leadership renewal dossier with 50 candidates. Not part of the default test run.

    .venv/bin/python tests/benchmarks/dossier.py [--out tests/benchmarks/results/dossier.json]

A demo database (300 organisations) whose SPP renewal process gets co-lead applicants until it has 50
candidates, each scored by two reviewers on every criterion, ten with a MAC opinion. Measures, best of
three: reading the dossier's values (`report_data.leadership_dossier`), rendering the PDF
(`write_dossier`), the two together (the target: at most 5 s), and the whole `opn-desk report dossier`
command in a fresh interpreter (start-up and imports included). Writes one JSON object and prints it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CANDIDATES = 50
TARGET_SECONDS = 5.0


def _fill(session, wanted: int) -> int:
    """Add scored co-lead applicants to the SPP call until the process has ``wanted`` candidates."""
    from sqlalchemy import select

    from opn_desk.db.models import Application, ApplicationTransition, Organisation, Person, Review
    from opn_desk.services import renewal, reviews

    pid = renewal.latest_process(session, "SPP")
    process = renewal.get_process(session, pid)
    have = len(renewal.list_candidates(session, pid))
    taken = set(session.scalars(select(Application.organisation_id).where(Application.call_id == process.call_id)))
    orgs = [o for o in session.scalars(select(Organisation).order_by(Organisation.sort_name)) if o.id not in taken]
    reviewers = list(session.scalars(select(Person.id).order_by(Person.name).limit(6)))
    criteria = reviews.list_criteria(session, process.call_id)
    spp = process.programme_code
    programme_id = session.scalar(select(Application.programme_id).where(Application.call_id == process.call_id))
    added = 0
    for n, org in enumerate(orgs[: max(0, wanted - have)]):
        rep = session.scalar(select(Person.id).where(Person.organisation_id == org.id).limit(1))
        app = Application(organisation_id=org.id, programme_id=programme_id, role="co_lead", call_id=process.call_id,
                          representative_id=rep, received_on=date.today() - timedelta(days=30), status="under_review",
                          contribution_kinds="staff_time,financial",
                          contribution_details="One full-time officer for the desk; USD 40,000 a year.",
                          mac_opinion="The MAC supports the application." if n % 4 == 0 else "")
        session.add(app)
        session.flush()
        session.add(ApplicationTransition(application_id=app.id, to_status="under_review", actor="bench"))
        for k, crit in enumerate(criteria):
            for r, reviewer in enumerate(reviewers[:2]):
                session.add(Review(application_id=app.id, criterion_id=crit.id, reviewer_id=reviewer,
                                   score=float(1 + (n + k + r) % 5)))
        added += 1
    session.flush()
    assert spp == "SPP"
    return have + added


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "tests/benchmarks/results/dossier.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["OPN_DESK_CONFIG"] = str(tmp / "prefs.json")
        from opn_desk.db.store import open_store
        from opn_desk.reports.leadership import write_dossier
        from opn_desk.services import report_data
        from opn_desk.services.demo import generate_demo
        from opn_desk.services.desk import Desk

        db = tmp / "bench.sqlite"
        store = open_store(db)
        generate_demo(store, organisations=300)
        desk = Desk(store, actor="bench")
        count = desk.write("Fill the renewal", _fill, CANDIDATES).value
        reads, renders, totals, pages = [], [], [], 0
        for run in range(3):
            t0 = time.perf_counter()
            dossier = desk.read(report_data.leadership_dossier, "SPP")
            t1 = time.perf_counter()
            pages = write_dossier(dossier, tmp / f"dossier-{run}.pdf")
            t2 = time.perf_counter()
            reads.append(t1 - t0)
            renders.append(t2 - t1)
            totals.append(t2 - t0)
        assert len(dossier.candidates) == count
        store.close()
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "opn_desk", "report", "dossier", "--db", str(db), "--programme", "SPP",
                        "--out", str(tmp / "cli.pdf")], check=True, capture_output=True, timeout=300,
                       env={**os.environ, "OPN_DESK_CONFIG": str(tmp / "prefs.json")})
        cli = time.perf_counter() - t0
    figures = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "candidates": count,
        "pages": pages,
        "dossier_read_seconds": round(min(reads), 3),
        "dossier_render_seconds": round(min(renders), 3),
        "dossier_build_seconds": round(min(totals), 3),
        "dossier_build_worst_seconds": round(max(totals), 3),
        "dossier_command_seconds": round(cli, 3),
        "dossier_target_seconds": TARGET_SECONDS,
        "within_target": max(totals) <= TARGET_SECONDS,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))
    return 0 if figures["within_target"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
