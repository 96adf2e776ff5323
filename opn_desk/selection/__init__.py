"""Core-partner selection: a balanced slate from a pool of candidates (SPP ToR section 2.2).

Pure Python and HiGHS; no database, no Qt. The pieces, each in its own module:
model (the problem as data), defaults (the ToR's rules), programme/optimiser (the exact integer
programme and the best slate), balance (re-check of a hand-picked slate), prechecks/conflict/relax/
explain (why the rules cannot all be met, and the closest workable slate), whynot, alternates,
compare, files/render/command (the `opn-desk select` command).
"""

from .alternates import Alternate, alternates
from .balance import BalanceCheck, RuleCheck, recheck
from .compare import Comparison, compare
from .defaults import default_rules
from .explain import Explanation, explain
from .model import NO_GROUP, BalanceRule, Candidate, SelectionProblem, Slate
from .optimiser import best_slate
from .whynot import WhyNot, why_not

__all__ = [
    "NO_GROUP", "Alternate", "BalanceCheck", "BalanceRule", "Candidate", "Comparison", "Explanation",
    "RuleCheck", "SelectionProblem", "Slate", "WhyNot", "alternates", "best_slate", "compare",
    "default_rules", "explain", "recheck", "why_not",
]
