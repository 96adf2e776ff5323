"""`opn-desk select`: the best balanced slate from a pool file and a rules file.

The stored-round mode (``--db PATH --call CALL``) lives in opn_desk/commands/select.py, which reads the
round through the services and answers with `answer` below: this package never touches the database.

Exit codes: 0 a slate meets every rule; 3 the rules cannot all be met (with the explanation);
2 an unusable file or option (one sentence naming the file, line and reason). Never a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from opn_desk.i18n import translate

from .balance import recheck
from .explain import explain
from .files import SelectionInputError, load_problem
from .model import SelectionProblem
from .optimiser import best_slate
from .programme import SolverError
from .render import infeasible_json, infeasible_text, optimal_json, optimal_text

OPTIMAL, BAD_INPUT, INFEASIBLE = 0, 2, 3


def refuse(message: str, as_json: bool, *details: str) -> int:
    """Say why nothing can be selected (stderr; and a JSON object on stdout with --json); exit code 2."""
    if as_json:
        print(json.dumps({"status": "error", "message": message, **({"calls": list(details)} if details else {})},
                         ensure_ascii=False))
    print(f"opn-desk: {message}", file=sys.stderr)
    for line in details:
        print(f"  {line}", file=sys.stderr)
    return BAD_INPUT


def source_problem(args) -> str | None:
    """Why the options cannot name a pool and rules, or None when they do."""
    pool, rules, db = getattr(args, "pool", None), getattr(args, "rules", None), getattr(args, "db", None)
    if (pool or rules) and db:
        return translate("Selection", "Give either --pool and --rules, or --db and --call, not both.")
    if pool and not rules:
        return translate("Selection", "--pool needs --rules RULES.toml too (the seats and the balance rules).")
    if rules and not pool:
        return translate("Selection", "--rules needs --pool POOL.csv too (the candidates).")
    call = (getattr(args, "call", None) or "").strip()
    if db and not call:
        return translate("Selection", "--db needs --call CALL too (the core-partner call's id or a part of its title).")
    if call and not db:
        return translate("Selection", "--call needs --db PATH too (the desk's database holding the selection round).")
    if db:
        return None
    if not pool:
        return translate("Selection", "Give --pool POOL.csv and --rules RULES.toml (the candidates, and the seats and "
                                      "rules).")
    return None


def run_select(args) -> int:
    as_json = bool(getattr(args, "json", False))
    if (problem := source_problem(args)) is not None:
        return refuse(problem, as_json)
    if getattr(args, "db", None):  # reached only when called directly: `opn-desk select` routes --db elsewhere
        return refuse(translate("Selection", "A stored round is read by the opn-desk command "
                                             "(opn_desk.commands.select)."), as_json)
    try:
        problem = load_problem(args.pool, args.rules, getattr(args, "seats", None))
    except SelectionInputError as exc:
        return refuse(str(exc), as_json)
    except ValueError as exc:
        return refuse(translate("Selection", "The selection could not be worked out: {reason}.")
                      .format(reason=str(exc).rstrip(".")), as_json)
    return answer(problem, as_json)


def answer(problem: SelectionProblem, as_json: bool, *, heading: str = "",
           readable: Callable[[str], str] | None = None, extra: Callable[[dict], dict] | None = None) -> int:
    """Solve, print the answer and return the exit code (0 optimal, 3 infeasible, 2 the solver failed).

    For a stored round: ``heading`` is printed above the text, ``readable`` rewrites sentences (ids into
    names) and ``extra`` adds keys to the JSON. The JSON is what scripts read: in English whatever the
    officer's language (rule names and sentences included)."""
    if as_json:
        from opn_desk.i18n import report_language

        with report_language("en"):
            return _answer(problem, as_json, heading, readable, extra)
    return _answer(problem, as_json, heading, readable, extra)


def _answer(problem: SelectionProblem, as_json: bool, heading: str, readable: Callable[[str], str] | None,
            extra: Callable[[dict], dict] | None) -> int:
    readable = readable or (lambda text: text)
    try:
        slate = best_slate(problem)
        if slate is None:
            explanation = explain(problem)
    except (SolverError, ValueError) as exc:
        return refuse(translate("Selection", "The selection could not be worked out: {reason}.")
                      .format(reason=str(exc).rstrip(".")), as_json)
    if slate is not None:
        check = recheck(problem, slate.ids)
        out = optimal_json(problem, slate, check)
        text = optimal_text(problem, slate, check)
        code = OPTIMAL
    else:
        out = infeasible_json(problem, explanation)
        for key in ("reasons", "explanation"):
            out[key] = [readable(s) for s in out[key]]
        for relaxed in out["relaxed"]:
            relaxed["detail"] = readable(relaxed["detail"])
        text = readable(infeasible_text(problem, explanation))
        code = INFEASIBLE
    if as_json:
        print(json.dumps(extra(out) if extra else out, ensure_ascii=False, indent=2))
    else:
        print(f"{heading}\n\n{text}" if heading else text)
    return code

