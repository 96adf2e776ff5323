"""Timing of one pick in the Selection area: not part of the default test run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/selection_recheck_gui.py

A round of 2,000 candidates, 40 seats and the ToR's rules with continuity and a per-country cap,
shown in the real SelectionPage (on an empty temporary database; the round is handed to the page
directly). Each pick goes through the page as a click does: the pool model, the balance re-check,
the panel's texts, the charts and a repaint. The issue asks at most 10 ms per re-check; prints the
median and 95th percentile of 60 picks and unpicks as JSON.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from opn_desk.domain.vocab import RegionalGroup, StakeholderCluster  # noqa: E402

SEATS, POOL, PICKS = 40, 2000, 60


def pool_members(size: int = POOL, seed: int = 2024):
    from opn_desk.services.selection_round import PoolMember

    rng = random.Random(seed)
    groups = [g.value for g in RegionalGroup]
    clusters = [c.value for c in StakeholderCluster]
    members = []
    for i in range(size):
        group = rng.choices(groups + [""], weights=[25, 20, 10, 15, 28, 2])[0]
        oid = uuid.UUID(int=rng.getrandbits(128))
        members.append(PoolMember(
            key=str(oid), organisation_id=oid, name=f"Organisation {i + 1}", acronym=f"O{i + 1}",
            country=f"{group or 'None'} {rng.randrange(12)}", regional_group=group,
            cluster=rng.choices(clusters, weights=[30, 8, 35, 17, 10])[0], representative=f"Person {i + 1}",
            representative_gender=rng.choices(["female", "male", "non_binary", "unknown"], weights=[44, 50, 2, 4])[0],
            incumbent=i % 25 == 0, seeking_renewal=True, ldc=rng.random() < 0.2, sids=False, sectors=(),
            parent=f"Parent {rng.randrange(250)}" if rng.random() < 0.2 else "", score=round(rng.gauss(3, 0.8), 2),
            application_id=None, status="under_review", country_iso3=f"C{rng.randrange(60):02d}"))
    members.sort(key=lambda m: (-m.score, m.name))
    return members


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from opn_desk.gui.core.settings import Settings
    from opn_desk.gui.selection.ops import LoadedRound
    from opn_desk.gui.selection.page import SelectionPage
    from opn_desk.gui.window.opening import open_desk
    from opn_desk.services.selection_round import RoundValue, default_rule_dicts

    app = QApplication.instance() or QApplication([])
    members = pool_members()
    rules = default_rule_dicts(SEATS) + [{"name": "Per country", "attribute": "country_iso3", "per_value": True,
                                          "max": 3}]
    call_id = uuid.uuid4()
    value = RoundValue(uuid.uuid4(), call_id, "Benchmark call", "SPP", SEATS, tuple(rules), {}, (), "",
                       tuple(members), (), ())
    with tempfile.TemporaryDirectory() as folder:
        opened = open_desk(Path(folder) / "bench.sqlite")
        try:
            page = SelectionPage(opened.runner, Settings())
            page._started = True  # the round is handed over below, not loaded
            page._save_timer.setInterval(10**9)  # nothing to save: the call is not in this database
            page.call_combo.blockSignals(True)
            page.call_combo.addItem("Benchmark call", call_id)
            page.call_combo.blockSignals(False)
            page.resize(1400, 860)
            page.show()
            page._show_round(page._generation, LoadedRound(value, value.problem(), ""))
            app.processEvents()
            rng = random.Random(7)
            keys = [m.key for m in members]
            times, rechecks = [], []
            for k in range(PICKS):
                picked = list(page.model.picked)
                key = rng.choice(picked) if len(picked) >= SEATS or (picked and k % 4 == 3) else rng.choice(keys)
                started = time.perf_counter()
                page.model.toggle(key)
                app.processEvents()  # the repaint the officer waits for
                times.append((time.perf_counter() - started) * 1000)
                rechecks.append(page.last_recheck_ms)
            page._save_timer.stop()
            page.close()
            page.deleteLater()
            app.processEvents()
            del page
        finally:
            opened.close()
    result = {
        "pool": POOL, "seats": SEATS, "rules": len(rules), "picks": PICKS,
        "recheck_ms_median": round(statistics.median(rechecks), 3),
        "recheck_ms_p95": round(sorted(rechecks)[int(0.95 * len(rechecks)) - 1], 3),
        "pick_to_repaint_ms_median": round(statistics.median(times), 2),
        "pick_to_repaint_ms_p95": round(sorted(times)[int(0.95 * len(times)) - 1], 2),
        "target_recheck_ms": 10,
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
