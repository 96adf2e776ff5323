"""Benchmark: the documents of issue 15 (meetings and the work plan). Not part of the default test run.

    .venv/bin/python tests/benchmarks/meetings_bench.py [--runs 3] [--out tests/benchmarks/results/meetings.json]

Builds a desk with tests/services/test_meetings_pack_speed.py's functions (a MAC meeting of 20 agenda
items with 60 pages of PDF papers; SPP's work plan of 200 tasks) and times, end to end from the database
(the service's values, then the writer), the best of ``runs``:
- ``meeting_pack_seconds``: the meeting pack with the papers appended; target 10 s;
- ``progress_pdf_seconds`` / ``progress_docx_seconds``: the progress report of 200 tasks; target 5 s each.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _builders():
    spec = importlib.util.spec_from_file_location("pack_builders", ROOT / "tests/services/test_meetings_pack_speed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _best(fn, runs: int) -> tuple[float, object]:
    timings, value = [], None
    for _ in range(runs):
        started = time.perf_counter()
        value = fn()
        timings.append(time.perf_counter() - started)
    return round(min(timings), 2), value


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "tests/benchmarks/results/meetings.json")
    args = parser.parse_args()

    from opn_desk.db.store import open_store
    from opn_desk.reports.meeting_pack import write_meeting_pack
    from opn_desk.reports.work_plan import write_progress_report
    from opn_desk.reports.work_plan_docx import write_progress_docx
    from opn_desk.services import meetings, work_plan
    from opn_desk.services.desk import Desk
    from tests.benchmarks.figures import machine, report

    build = _builders()
    figures = machine()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["OPN_DESK_CONFIG"] = str(tmp / "prefs.json")
        store = open_store(tmp / "desk.sqlite")
        try:
            desk = Desk(store, actor="Benchmark")
            mid = desk.write("Benchmark meeting", build.build_pack).value
            desk.write("Benchmark plan", build.build_plan)
            seconds, pages = _best(lambda: write_meeting_pack(desk.read(meetings.pack_values, mid),
                                                              tmp / "pack.pdf"), args.runs)
            figures |= {"meeting_pack_seconds": seconds, "meeting_pack_pages": pages,
                        "meeting_pack_target_seconds": 10}

            def values():
                return desk.read(work_plan.progress_report_values, "SPP", as_of=build.TODAY)

            seconds, pages = _best(lambda: write_progress_report(values(), tmp / "progress.pdf"), args.runs)
            figures |= {"progress_pdf_seconds": seconds, "progress_pdf_pages": pages}
            seconds, tasks = _best(lambda: write_progress_docx(values(), tmp / "progress.docx"), args.runs)
            figures |= {"progress_docx_seconds": seconds, "progress_docx_tasks": tasks,
                        "progress_target_seconds": 5}
        finally:
            store.close()
    return report(figures, args.out)


if __name__ == "__main__":
    raise SystemExit(main())
