"""Benchmark: 10,000 changes from another laptop into a 100,000-organisation desk (docs/SYNC.md).

    .venv/bin/python tests/benchmarks/sync.py [--organisations 100000] [--changes 10000]
        [--db DESK.sqlite] [--out tests/benchmarks/results/sync.json]

The desk is the demo network (`opn-desk demo`); a clone ("Nairobi laptop") edits the notes of
10,000 organisations in one operation (10,000 changes: one field each). Measured, each in a fresh
process as an officer runs it:

- ``export_seconds``: `opn-desk sync export --db CLONE --out FILE.opnsync` (target 2 s);
- ``bundle_bytes``: the bundle's size (target under 5 MB);
- ``import_seconds``: `opn-desk sync import --db DESK FILE.opnsync`, the verified backup included
  (target 5 s).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
TARGETS = {"import_seconds": 5.0, "export_seconds": 2.0, "bundle_bytes": 5_000_000}


def _command() -> str:
    return str(Path(sys.executable).parent / "opn-desk")


def _run(*args) -> tuple[float, subprocess.CompletedProcess]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    done = subprocess.run([_command(), *map(str, args)], capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, args))} failed: {done.stderr.strip()}")
    return elapsed, done


def _edit_notes(clone: Path, changes: int) -> None:
    from sqlalchemy import select

    from opn_desk.db.models import Organisation
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk

    store = open_store(clone)
    try:
        def run(session):
            ids = session.scalars(select(Organisation.id).order_by(Organisation.sort_name).limit(changes)).all()
            for org in session.scalars(select(Organisation).where(Organisation.id.in_(ids))):
                org.notes = f"Met at the regional meeting ({org.name[:20]})"
            session.flush()

        Desk(store, actor="Bob").write(f"Notes on {changes} organisations", run)
    finally:
        store.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--organisations", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="a demo desk to reuse (copied, never changed)")
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "benchmarks" / "results" / "sync.json")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="opn-sync-bench-"))
    try:
        desk = work / "desk.sqlite"
        built = 0.0
        if args.db:
            shutil.copyfile(args.db, desk)
        else:
            built, _ = _run("demo", "--db", desk, "--organisations", args.organisations, "--seed", 7)
        clone = work / "nairobi.sqlite"
        clone_seconds, _ = _run("sync", "clone", "--db", desk, "--out", clone, "--laptop", "Nairobi laptop")
        start = time.perf_counter()
        _edit_notes(clone, args.changes)
        edit_seconds = time.perf_counter() - start
        bundle = work / "nairobi.opnsync"
        export_seconds, _ = _run("sync", "export", "--db", clone, "--out", bundle)
        size = bundle.stat().st_size
        import_seconds, done = _run("sync", "import", "--db", desk, bundle)
        again_seconds, again = _run("sync", "import", "--db", desk, bundle)
        result = {
            "organisations": args.organisations, "changes": args.changes, "desk_bytes": desk.stat().st_size,
            "demo_seconds": round(built, 2), "clone_seconds": round(clone_seconds, 2),
            "edit_seconds": round(edit_seconds, 2), "export_seconds": round(export_seconds, 2),
            "bundle_bytes": size, "import_seconds": round(import_seconds, 2),
            "import_again_seconds": round(again_seconds, 2), "import_summary": done.stdout.strip(),
            "import_again_summary": again.stdout.strip(), "targets": TARGETS,
            "met": {"import_seconds": import_seconds <= TARGETS["import_seconds"],
                    "export_seconds": export_seconds <= TARGETS["export_seconds"],
                    "bundle_bytes": size < TARGETS["bundle_bytes"]},
            "machine": {"python": platform.python_version(), "platform": platform.platform(),
                        "cpus": os.cpu_count()},
        }
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(result, indent=2))
        return 0 if all(result["met"].values()) else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
