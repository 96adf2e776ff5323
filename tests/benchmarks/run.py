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
sys.path.insert(0, str(ROOT))

from tests.benchmarks.figures import report  # noqa: E402

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


def _p95(values: list[float]) -> float:
    values = sorted(values)
    return round(values[int(0.95 * (len(values) - 1))], 1)


def bench_search(db: Path) -> dict:
    """Each keystroke as the registry answers it: the first page, then (when the page is full, so
    it is not its own count) the count. Also page + count for every keystroke, as before the window
    showed rows ahead of their count, to compare with earlier figures."""
    from opn_desk.db.store import open_store
    from opn_desk.domain.registry import OrganisationQuery
    from opn_desk.services import organisation_search, registry
    from opn_desk.services.desk import Desk

    desk = Desk(open_store(db, readonly=True), actor="bench")
    words = ["ministry", "sustainab", "centre", "instituto", "green", "univ", "procurement", "zzzz",
             "france", "kenya", "中国", "россия", "unep"]
    page_ms, count_ms, keystroke_ms, both_ms = [], [], [], []

    def keystroke(text: str, **filters) -> None:
        query = OrganisationQuery(text=text, **filters)
        t0 = time.perf_counter()
        rows = desk.read(registry.search_organisations, query, 0, 200)
        t1 = time.perf_counter()
        desk.read(registry.count_organisations, query)
        t2 = time.perf_counter()
        page_ms.append((t1 - t0) * 1000)
        count_ms.append((t2 - t1) * 1000)
        both_ms.append((t2 - t0) * 1000)
        keystroke_ms.append((t2 - t0 if len(rows) == 200 else t1 - t0) * 1000)

    for word in words:
        for i in range(1, len(word) + 1):  # each keystroke of the word
            keystroke(word[:i])
    for group in ("AFRICA", "WEOG", "none"):
        keystroke("a", regional_group=group)
        keystroke("", regional_group=group, sort="country")
    keystroke("", programme="SPP", role="core_partner")
    index = desk.read(organisation_search.index_in_use)
    return {"search_keystrokes": len(page_ms), "search_trigram_index": index,
            "search_page_p50_ms": round(statistics.median(page_ms), 1), "search_page_p95_ms": _p95(page_ms),
            "search_count_p95_ms": _p95(count_ms),
            "search_p50_ms": round(statistics.median(keystroke_ms), 1), "search_p95_ms": _p95(keystroke_ms),
            "search_page_and_count_p95_ms": _p95(both_ms), "search_max_ms": round(max(both_ms), 1),
            "search_p95_target_ms": 50}


def bench_checks(db: Path) -> dict:
    """Check database (the window's Tools > Check database, `opn-desk check`) on the whole desk, read-only,
    the second of two runs as the officer's second check would find the file cache."""
    from opn_desk.db.store import open_store
    from opn_desk.services.checks import run_checks

    store = open_store(db, readonly=True)
    try:
        run_checks(store)
        started = time.perf_counter()
        problems = run_checks(store)
        seconds = time.perf_counter() - started
    finally:
        store.close()
    return {"checks_seconds": round(seconds, 2), "checks_problems": len(problems), "checks_target_seconds": 2}


def bench_export(db: Path, out_dir: Path) -> dict:
    result = {}
    for suffix in ("csv", "xlsx"):
        seconds = _run_seconds([sys.executable, "-m", "opn_desk", "export", "organisations", "--db", str(db),
                                "--out", str(out_dir / f"orgs.{suffix}")])
        result[f"export_{suffix}_seconds"] = round(seconds, 2)
    result["export_target_seconds"] = 10
    return result


def bench_startup(db: Path, pycache: Path, runs: int = 5) -> dict:
    """Start-up as the officer sees it: the desk opened for writing (the writer's lock, the damage
    check, today's backup), measured from the start of OPN Desk's import to (1) the window painted,
    (2) the registry's first rows painted: read ahead with plain sqlite3 while the store opens, or
    the registry's own first page when they could not be, (3) the store open, (4) the registry's own
    first page, (5) the damage check answered (writes wait for it). The floor is an empty PySide6
    window, measured the same way (from the first import to painted).

    Both programs run with their bytecode compiled, as an installed program has it (pip compiles
    on install, PyInstaller bundles .pyc): PYTHONDONTWRITEBYTECODE, set in some shells, would make
    OPN Desk compile its own modules on every start while PySide6's come compiled. A first run of
    each fills the cache (and makes today's backup) and is not counted. The runs alternate, so a
    busy spell of the machine falls on both alike."""
    env = {**ENV, "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def bare() -> float:
        return float(subprocess.run([sys.executable, "-c", BARE_WINDOW], env=env, capture_output=True,
                                    text=True, check=True, timeout=120).stdout.strip().splitlines()[-1])

    def desk() -> dict:
        done = subprocess.run([sys.executable, "-m", "opn_desk", "--db", str(db)],
                              env={**env, "OPN_DESK_BENCH_STARTUP": "1"}, capture_output=True, text=True,
                              timeout=300)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip()[-500:])
        return json.loads(done.stdout.strip().splitlines()[-1])

    try:
        bare(), desk()  # warm-up: compiles the bytecode into the cache, makes today's backup
        bares, runs_ = [], []
        for _ in range(runs):
            bares.append(bare())
            runs_.append(desk())
    except RuntimeError as exc:
        return {"startup_error": str(exc)}
    best_bare, median_bare = min(bares), statistics.median(bares)

    def figure(key: str, best=min) -> float:
        return round(best(r[key] for r in runs_), 3)

    median = statistics.median
    return {"bare_window_seconds": round(best_bare, 3), "bare_window_median_seconds": round(median_bare, 3),
            "startup_window_seconds": figure("window_seconds"),
            "startup_window_median_seconds": figure("window_seconds", median),
            "startup_ratio": round(figure("window_seconds") / best_bare, 2),
            "startup_median_ratio": round(figure("window_seconds", median) / median_bare, 2),
            "startup_ratio_target": 1.5,
            "startup_first_rows_seconds": figure("first_rows_seconds"),
            "startup_first_rows_median_seconds": figure("first_rows_seconds", median),
            "startup_first_rows_read_ahead": all(r["read_ahead"] for r in runs_),
            "startup_first_rows_ratio": round(figure("first_rows_seconds") / best_bare, 2),
            "startup_first_rows_median_ratio": round(figure("first_rows_seconds", median) / median_bare, 2),
            "startup_first_rows_ratio_target": 2.0,
            "startup_open_seconds": figure("open_seconds", median),
            "startup_first_page_seconds": figure("first_page_seconds", median),
            "startup_checked_seconds": figure("checked_seconds", median),
            "startup_damage_found": max(r["damage"] for r in runs_),
            "resident_memory_mb": round(max(r["rss_mb"] for r in runs_), 1), "resident_memory_target_mb": 400}


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
                         "organisations": args.organisations, "load_average_before": os.getloadavg()[0]}
        db = args.db
        if db is None:
            db = tmp / "bench.sqlite"
            figures.update(bench_demo(db, args.organisations))
        figures.update(bench_search(db))
        figures.update(bench_checks(db))
        figures.update(bench_export(db, tmp))
        figures.update(bench_startup(db, tmp / "pycache"))
    return report(figures, args.out)


if __name__ == "__main__":
    raise SystemExit(main())
