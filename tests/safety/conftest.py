"""The crash-and-fault suite's figures: collected over the session, printed, and written to
OPN_DESK_CRASH_REPORT (a JSON file) when that is set. The shared code is in faults.py."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from faults import Figures


@pytest.fixture(scope="session")
def figures():
    collected = Figures()
    yield collected
    if not collected.tests:
        return
    report = {"rounds": os.environ.get("OPN_DESK_CRASH_ROUNDS") or "CI counts", "tests": collected.tests}
    print("\ncrash-and-fault figures: " + json.dumps(report, sort_keys=True))
    target = os.environ.get("OPN_DESK_CRASH_REPORT", "").strip()
    if target:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        Path(target).write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
