"""Alternates: the next best candidates who could step in without upsetting the balance.

Single swaps, by counting (no solver): unselected candidates in order of score (then id order),
each paired with the selected candidate it can replace so that no rule gets further from being met
(on a balanced slate: every rule stays met). Among the possible replacements, the one with the
lowest score goes (the smallest loss), the later id on a tie. Pinned-in candidates never leave,
pinned-out ones never come in.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import SelectionProblem, Slate


@dataclass(frozen=True)
class Alternate:
    candidate: str  # who could come in
    replaces: str  # whom they would replace
    score_change: float  # the slate's total score after the swap minus before


def _distance(count: int, low: int, high: int | None) -> int:
    return max(0, low - count) + (max(0, count - high) if high is not None else 0)


def alternates(problem: SelectionProblem, slate: Slate, k: int = 5) -> list[Alternate]:
    chosen = {problem.index[i] for i in slate.ids}
    limits = problem.limits
    counts = [len(lim.members & chosen) for lim in limits]
    membership: list[set[int]] = [set() for _ in problem.candidates]
    for j, lim in enumerate(limits):
        for i in lim.members:
            membership[i].add(j)

    def keeps_balance(out: int, into: int) -> bool:
        for j in membership[out] ^ membership[into]:
            lim = limits[j]
            after = counts[j] + (1 if j in membership[into] else -1)
            if _distance(after, lim.low, lim.high) > _distance(counts[j], lim.low, lim.high):
                return False
        return True

    cands = problem.candidates
    leaving = sorted(chosen - problem.pinned_in, key=lambda i: (cands[i].score, -i))  # positions are in id order
    coming = sorted(set(range(len(cands))) - chosen - problem.pinned_out, key=lambda i: (-cands[i].score, i))
    found: list[Alternate] = []
    for into in coming:
        if len(found) >= k:
            break
        out = next((o for o in leaving if keeps_balance(o, into)), None)
        if out is not None:
            change = round(cands[into].score - cands[out].score, 9)  # no float noise (-0.8, not -0.80000000000001)
            found.append(Alternate(cands[into].id, cands[out].id, change))
    return found

