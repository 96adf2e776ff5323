"""What every benchmark writes: the machine it ran on and its load, then its figures as one JSON object."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path


def _load() -> float | None:
    """The load average over the last minute (None where the system has none, as on Windows)."""
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else None


def machine() -> dict:
    return {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            "load_average_before": _load()}


def report(figures: dict, out: Path) -> int:
    """Add the load average after, write ``figures`` to ``out`` and print them; the exit code 0."""
    figures["load_average_after"] = _load()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))
    return 0
