"""What `opn-desk select` prints: text for people, JSON for scripts (keys are a contract)."""

from __future__ import annotations

from opn_desk.i18n import translate

from .balance import BalanceCheck
from .explain import Explanation
from .model import SelectionProblem, Slate, plural, score_text
from .optimiser import TIE_BREAK


def _score(value: float) -> float:
    return round(value, 6) + 0.0  # no float noise in JSON; + 0.0 turns -0.0 into 0.0


def optimal_json(problem: SelectionProblem, slate: Slate, check: BalanceCheck) -> dict:
    return {
        "status": "optimal",
        "seats": problem.seats,
        "selected": list(slate.ids),
        "score": _score(slate.score),
        "rules": [{"name": r.name, "count": r.count, "min": r.min, "max": r.max, "state": r.state}
                  for r in check.rules],
        "tie_break": TIE_BREAK,
    }


def optimal_text(problem: SelectionProblem, slate: Slate, check: BalanceCheck) -> str:
    out = [translate("Selection", "Best slate: {picked} of {pool} candidates for {seats}, total score {score}.")
           .format(picked=len(slate.ids), pool=len(problem.candidates), seats=plural(problem.seats, "seat"),
                   score=score_text(slate.score)), "", translate("Selection", "Selected:")]
    width = max(len(i) for i in slate.ids)
    for cid in slate.ids:
        c = problem.candidates[problem.index[cid]]
        name = str(c.attributes.get("name", "")).strip()
        out.append(f"  {cid:<{width}}  {score_text(c.score):>10}" + (f"  {name}" if name else ""))
    out += ["", translate("Selection", "Rules (count; bounds; state):")]
    states = {"met": translate("Selection", "met"), "at the edge": translate("Selection", "at the edge"),
              "broken": translate("Selection", "broken")}
    width = max((len(r.name) for r in check.rules), default=0)
    for r in check.rules:
        bounds = ", ".join(([translate("Selection", "at least {count}").format(count=r.min)] if r.min else [])
                           + ([translate("Selection", "at most {count}").format(count=r.max)]
                              if r.max is not None else []))
        bounds = bounds or translate("Selection", "no bound")
        out.append(f"  {r.name:<{width}}  {r.count:>4}  {bounds:<26}  {states.get(r.state, r.state)}")
    return "\n".join(out)


def infeasible_json(problem: SelectionProblem, explanation: Explanation) -> dict:
    closest = explanation.closest
    return {
        "status": "infeasible",
        "seats": problem.seats,
        "reasons": list(explanation.reasons),
        "conflict": list(explanation.conflict),
        "conflicts": [list(c) for c in explanation.conflicts],
        "closest": list(closest.ids) if closest else [],
        "closest_score": _score(closest.score) if closest else None,
        "relaxed": [{"name": r.name, "bound": r.bound, "by": r.by, "detail": r.detail}
                    for r in explanation.relaxed],
        "explanation": explanation.sentences(),
    }


def infeasible_text(problem: SelectionProblem, explanation: Explanation) -> str:
    out = [translate("Selection", "The rules cannot all be met with {seats}.").format(seats=plural(problem.seats, "seat"))]
    out += [f"- {s}" for s in explanation.sentences()]
    if explanation.closest:
        out += ["", translate("Selection", "Closest workable slate:")] + [f"  {cid}" for cid in explanation.closest.ids]
    return "\n".join(out)
