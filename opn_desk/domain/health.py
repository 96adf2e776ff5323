"""Partnership health: signals computed from the data, and a Red/Amber/Green level (docs/REPORTING.md).

Each signal is green, amber, red, or None when it does not apply (no initiative, not a co-lead, no
self-assessment yet, no meetings recorded). The level is the mean of the signals that apply (green 2,
amber 1, red 0): 1.5 or more green, 0.75 or more amber, else red. A partner's health *dropped* when its
latest point of the trend is lower than the one before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from opn_desk.domain.vocab import Rag

POINTS = {Rag.GREEN.value: 2, Rag.AMBER.value: 1, Rag.RED.value: 0}


@dataclass(frozen=True, slots=True)
class Signal:
    name: str  # reported / initiatives / commitments / self_assessment / mac
    level: str | None  # a Rag code, None: does not apply
    detail: str = ""


def share_level(done: int, total: int) -> str | None:
    """All done green, none red, some amber; None when there is nothing to do."""
    if total <= 0:
        return None
    if done >= total:
        return Rag.GREEN.value
    return Rag.RED.value if done == 0 else Rag.AMBER.value


def score(levels: Iterable[str | None]) -> float | None:
    points = [POINTS[level] for level in levels if level is not None]
    return sum(points) / len(points) if points else None


def level_of(value: float | None) -> str | None:
    if value is None:
        return None
    if value >= 1.5:
        return Rag.GREEN.value
    return Rag.AMBER.value if value >= 0.75 else Rag.RED.value


def dropped(trend: Sequence[float | None]) -> bool:
    """Whether the latest point is lower than the one before (points that do not apply skipped)."""
    points = [p for p in trend if p is not None]
    return len(points) >= 2 and points[-1] < points[-2]
