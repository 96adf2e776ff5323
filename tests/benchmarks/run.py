"""Benchmarks for the figures the issues name. Not part of the default test run.

    .venv/bin/python tests/benchmarks/run.py [--organisations 100000] [--out tests/benchmarks/results/foundation.json]

Writes one JSON object of measured figures with their targets and prints it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

BARE_WINDOW = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""


def _run_seconds(args: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(args, check=True, env=ENV, capture_output=True, timeout=600)
    return time.perf_counter() - t0


def bench_demo(db: Path, organisations: int) -> dict:
    seconds = _run_seconds([sys.executable, "-m", "opn_desk", "demo", "--db", str(db),
                            "--organisations", str(organisations)])
    return {"demo_seconds": round(seconds, 2), "demo_target_seconds": 60,
            "database_mb": round(db.stat().st_size / 2**20, 1)}


def bench_search(db: Path) -> dict:
    from opn_desk.db.store import open_store
    from opn_desk.domain.registry import OrganisationQuery
    from opn_desk.services import registry
    from opn_desk.services.desk import Desk

    desk = Desk(open_store(db, readonly=True), actor="bench")
    words = ["ministry", "sustainab", "centre", "instituto", "green", "univ", "procurement", "zzzz",
             "france", "kenya", "中国", "россия", "unep"]
    timings = []

    def keystroke(text: str, **filters) -> None:
        query = OrganisationQuery(text=text, **filters)
        t0 = time.perf_counter()
        desk.read(registry.count_organisations, query)
        desk.read(registry.search_organisations, query, 0, 200)
        timings.append((time.perf_counter() - t0) * 1000)

    for word in words:
        for i in range(1, len(word) + 1):  # each keystroke of the word
            keystroke(word[:i])
    for group in ("AFRICA", "WEOG", "none"):
        keystroke("a", regional_group=group)
        keystroke("", regional_group=group, sort="country")
    keystroke("", programme="SPP", role="core_partner")
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    return {"search_keystrokes": len(timings), "search_p50_ms": round(statistics.median(timings), 1),
            "search_p95_ms": round(p95, 1), "search_max_ms": round(timings[-1], 1), "search_p95_target_ms": 50}


def bench_export(db: Path, out_dir: Path) -> dict:
    result = {}
    for suffix in ("csv", "xlsx"):
        seconds = _run_seconds([sys.executable, "-m", "opn_desk", "export", "organisations", "--db", str(db),
                                "--out", str(out_dir / f"orgs.{suffix}")])
        result[f"export_{suffix}_seconds"] = round(seconds, 2)
    result["export_target_seconds"] = 10
    return result


def bench_startup(db: Path) -> dict:
    bare = min(float(subprocess.run([sys.executable, "-c", BARE_WINDOW], env=ENV, capture_output=True,
                                    text=True, check=True, timeout=120).stdout.strip().splitlines()[-1])
               for _ in range(3))
    runs = []
    for _ in range(3):
        done = subprocess.run([sys.executable, "-m", "opn_desk", "--db", str(db), "--read-only"],
                              env={**ENV, "OPN_DESK_BENCH_STARTUP": "1"}, capture_output=True, text=True,
                              timeout=300)
        if done.returncode != 0:
            return {"startup_error": done.stderr.strip()[-500:]}
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["window_seconds"])
    return {"bare_window_seconds": round(bare, 3), "startup_window_seconds": round(best["window_seconds"], 3),
            "startup_first_page_seconds": round(best["first_page_seconds"], 3),
            "startup_ratio": round(best["window_seconds"] / bare, 2), "startup_ratio_target": 1.5,
            "resident_memory_mb": round(max(r["rss_mb"] for r in runs), 1), "resident_memory_target_mb": 400}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--organisations", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=ROOT / "tests/benchmarks/results/foundation.json")
    parser.add_argument("--db", type=Path, help="reuse this demo database instead of generating one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["OPN_DESK_CONFIG"] = str(tmp / "prefs.json")
        ENV["OPN_DESK_CONFIG"] = str(tmp / "prefs.json")
        figures: dict = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                         "organisations": args.organisations}
        db = args.db
        if db is None:
            db = tmp / "bench.sqlite"
            figures.update(bench_demo(db, args.organisations))
        figures.update(bench_search(db))
        figures.update(bench_export(db, tmp))
        figures.update(bench_startup(db))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
