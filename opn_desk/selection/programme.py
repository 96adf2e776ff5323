"""The selection as an exact integer programme, solved with HiGHS.

One binary per candidate (in id order), one row "exactly `seats` selected", one row per Limit.
Pins fix a binary's bounds. Soft rules get, per limit bound, a slack that may break the bound at a
cost (the rule's priority per seat): with every rule soft, there is a solution whenever seats and
pins allow one.

Several objectives are met in turn (lexicographically): each optimum is kept as a constraint
(within one ten-millionth) before the next objective is optimised. This is how ties are broken.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import highspy
import numpy as np

from opn_desk.i18n import translate

from .model import SelectionProblem

INF = highspy.kHighsInf
_TOLERANCE = 1e-7  # an optimum is kept "within one ten-millionth" (0.0004 on a total score of 4,000)


_QUIET = threading.Lock()


def new_solver() -> highspy.Highs:
    """A silent HiGHS instance.

    HiGHS's C++ constructor prints its banner straight to the process's standard output (file
    descriptor 1, behind Python's back), before any option can turn output off. A script reading
    ``opn-desk select --json`` must see only the JSON, and the window's terminal nothing: the
    descriptor points to the null device while the instance is made, then output is switched off.
    """
    with _QUIET:
        try:
            sys.stdout.flush()
        except (AttributeError, ValueError, OSError):  # no usable sys.stdout (a windowed app)
            pass
        try:
            saved = os.dup(1)
        except OSError:  # no standard output at all: nothing to protect
            saved = None
        if saved is None:
            solver = highspy.Highs()
        else:
            null = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(null, 1)
                solver = highspy.Highs()
            finally:
                os.dup2(saved, 1)
                os.close(saved)
                os.close(null)
    solver.setOptionValue("output_flag", False)
    return solver


class SolverError(Exception):
    """HiGHS stopped without proving optimality or infeasibility (should not happen on these models)."""


@dataclass(frozen=True)
class Slack:
    limit: int  # index into problem.limits
    side: str  # "min" or "max"
    column: int


@dataclass(frozen=True)
class Objective:
    costs: np.ndarray  # one per column
    maximise: bool


class IntegerProgramme:
    """Built once from a problem; `solve` runs a fresh HiGHS instance each time (no hidden state)."""

    def __init__(self, problem: SelectionProblem, *, rules: Collection[int] | None = None,
                 soft: Collection[int] = (), force_in: Collection[int] = ()):
        """`rules`: the rules taken into account (None: all); `soft`: those that may break at a cost."""
        self.problem = problem
        n = len(problem.candidates)
        limits = [(k, lim) for k, lim in enumerate(problem.limits) if rules is None or lim.rule in rules]
        self.slacks: list[Slack] = []
        self._n = n
        self._starts, self._index, self._value = [0], [], []
        self._lower: list[float] = []
        self._upper: list[float] = []
        self._add_row(list(range(n)), [], float(problem.seats), float(problem.seats))
        self.contradictory = False  # a rule whose own bounds cross (a share rounded to below its minimum)
        soft = set(soft)
        for k, lim in limits:
            members = sorted(lim.members)
            elastic = lim.rule in soft
            high = INF if lim.high is None else float(lim.high)
            if lim.low > high:
                if not elastic:
                    self.contradictory = True
                    continue
                # crossed bounds cannot share a row: one row per bound, each with its own slack
                self._add_row(members, [(self._slack(k, "min"), 1.0)], float(lim.low), INF)
                self._add_row(members, [(self._slack(k, "max"), -1.0)], -INF, high)
                continue
            extra = []
            if elastic and lim.low > 0:
                extra.append((self._slack(k, "min"), 1.0))
            if elastic and lim.high is not None:
                extra.append((self._slack(k, "max"), -1.0))
            self._add_row(members, extra, float(lim.low), high)
        self.columns = n + len(self.slacks)
        col_lower = np.zeros(self.columns)
        col_upper = np.concatenate([np.ones(n), np.full(len(self.slacks), INF)])
        fixed_in = set(problem.pinned_in) | set(force_in)
        fixed_out = set(problem.pinned_out) - set(force_in)  # forcing in lifts a pin out ("why not X?")
        for i in fixed_in:
            col_lower[i] = 1.0
        for i in fixed_out:
            col_upper[i] = 0.0
        lp = highspy.HighsLp()
        lp.num_col_, lp.num_row_ = self.columns, len(self._lower)
        lp.col_cost_ = np.zeros(self.columns)
        lp.col_lower_, lp.col_upper_ = col_lower, col_upper
        lp.row_lower_, lp.row_upper_ = np.array(self._lower), np.array(self._upper)
        lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
        lp.a_matrix_.start_ = np.array(self._starts, dtype=np.int32)
        lp.a_matrix_.index_ = np.array(self._index, dtype=np.int32)
        lp.a_matrix_.value_ = np.array(self._value)
        kinds = highspy.HighsVarType
        lp.integrality_ = [kinds.kInteger] * n + [kinds.kContinuous] * len(self.slacks)
        self._lp = lp
        self.hard_impossible = len(fixed_in) > problem.seats or n - len(fixed_out) < problem.seats

    def _slack(self, limit: int, side: str) -> int:
        self.slacks.append(Slack(limit, side, self._n + len(self.slacks)))
        return self.slacks[-1].column

    def _add_row(self, members: list[int], extra: list[tuple[int, float]], low: float, high: float) -> None:
        self._index += members + [column for column, _ in extra]
        self._value += [1.0] * len(members) + [coefficient for _, coefficient in extra]
        self._starts.append(len(self._index))
        self._lower.append(low)
        self._upper.append(high)

    # Objectives over the columns -------------------------------------------------------------

    def score(self) -> Objective:
        costs = np.zeros(self.columns)
        costs[: len(self.problem.candidates)] = [c.score for c in self.problem.candidates]
        return Objective(costs, maximise=True)

    def id_preference(self) -> Objective:
        """The tie-break: prefer candidates earlier in id order (weight n for the first, 1 for the last)."""
        n = len(self.problem.candidates)
        costs = np.zeros(self.columns)
        costs[:n] = np.arange(n, 0, -1, dtype=float)
        return Objective(costs, maximise=True)

    def relaxation(self) -> Objective:
        costs = np.zeros(self.columns)
        for s in self.slacks:
            costs[s.column] = self.problem.rules[self.problem.limits[s.limit].rule].priority
        return Objective(costs, maximise=False)

    # Solving ------------------------------------------------------------------------------------

    def solve(self, objectives: Sequence[Objective] = ()) -> np.ndarray | None:
        """Column values at the lexicographic optimum, or None when no solution exists."""
        if self.hard_impossible or self.contradictory:  # known without a solve
            return None
        h = new_solver()
        h.setOptionValue("mip_rel_gap", 0.0)  # exact optimum: the default 0.01% gap could hide a better slate
        h.setOptionValue("mip_abs_gap", 1e-9)
        h.passModel(self._lp)
        every = np.arange(self.columns, dtype=np.int32)
        n = len(self.problem.candidates)
        values = None
        stages = list(objectives) or [Objective(np.zeros(self.columns), True)]
        for stage, objective in enumerate(stages):
            if values is not None:  # start from the solution in hand
                h.setSolution(self.columns, every, values)
            h.changeColsCost(self.columns, every, objective.costs)
            sense = highspy.ObjSense
            h.changeObjectiveSense(sense.kMaximize if objective.maximise else sense.kMinimize)
            h.run()
            status = h.getModelStatus()
            if status in (highspy.HighsModelStatus.kInfeasible, highspy.HighsModelStatus.kUnboundedOrInfeasible):
                if values is not None:
                    # A later stage only refines ties: the row holding the earlier optimum can read as
                    # infeasible within the solver's tolerances, yet the solution in hand satisfies it.
                    return values
                return None
            if status != highspy.HighsModelStatus.kOptimal:
                raise SolverError(translate("Selection", "the solver stopped without an answer ({status})")
                                  .format(status=h.modelStatusToString(status)))
            values = np.array(h.getSolution().col_value)
            values[:n] = np.round(values[:n])  # binaries within HiGHS's integrality tolerance: make them exact
            nz = np.flatnonzero(objective.costs).astype(np.int32)
            if stage < len(stages) - 1 and len(nz):  # keep this optimum while the next objective is optimised
                best = float(objective.costs @ values)
                slack = _TOLERANCE * max(1.0, abs(best))
                low, high = (best - slack, INF) if objective.maximise else (-INF, best + slack)
                h.addRow(low, high, len(nz), nz, objective.costs[nz])
        return values

    def selected(self, values: np.ndarray) -> list[int]:
        return [i for i in range(len(self.problem.candidates)) if values[i] > 0.5]
