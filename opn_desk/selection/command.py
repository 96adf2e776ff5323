"""`opn-desk select`: the best balanced slate from a pool file and a rules file.

Exit codes: 0 a slate meets every rule; 3 the rules cannot all be met (with the explanation);
2 an unusable file or option (one sentence naming the file, line and reason). Never a traceback.
"""

from __future__ import annotations

import json
import sys

from .balance import recheck
from .explain import explain
from .files import SelectionInputError, load_problem
from .optimiser import best_slate
from .programme import SolverError
from .render import infeasible_json, infeasible_text, optimal_json, optimal_text

OPTIMAL, BAD_INPUT, INFEASIBLE = 0, 2, 3


def _refuse(message: str, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"status": "error", "message": message}, ensure_ascii=False))
    print(f"opn-desk: {message}", file=sys.stderr)
    return BAD_INPUT


def _source_problem(args) -> str | None:
    """Why the options cannot name a pool and rules, or None when they do."""
    pool, rules, db = getattr(args, "pool", None), getattr(args, "rules", None), getattr(args, "db", None)
    if (pool or rules) and db:
        return "Give either --pool and --rules, or --db and --call, not both."
    if pool and not rules:
        return "--pool needs --rules RULES.toml too (the seats and the balance rules)."
    if rules and not pool:
        return "--rules needs --pool POOL.csv too (the candidates)."
    if db:
        return ("Selection from a stored round (--db, --call) comes with the applications feature; "
                "for now, give --pool POOL.csv and --rules RULES.toml.")
    if not pool:
        return "Give --pool POOL.csv and --rules RULES.toml (the candidates, and the seats and rules)."
    return None


def run_select(args) -> int:
    as_json = bool(getattr(args, "json", False))
    if (problem := _source_problem(args)) is not None:
        return _refuse(problem, as_json)
    try:
        problem = load_problem(args.pool, args.rules, getattr(args, "seats", None))
        slate = best_slate(problem)
        if slate is not None:
            check = recheck(problem, slate.ids)
            print(json.dumps(optimal_json(problem, slate, check), ensure_ascii=False, indent=2) if as_json
                  else optimal_text(problem, slate, check))
            return OPTIMAL
        explanation = explain(problem)
    except SelectionInputError as exc:
        return _refuse(str(exc), as_json)
    except (SolverError, ValueError) as exc:
        return _refuse(f"The selection could not be worked out: {exc}.", as_json)
    print(json.dumps(infeasible_json(problem, explanation), ensure_ascii=False, indent=2) if as_json
          else infeasible_text(problem, explanation))
    return INFEASIBLE
