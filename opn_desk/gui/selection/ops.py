"""The Selection area's actions, each one small operation on the runner (as in operations.py).

Stored rounds are read and written on the database worker through services/selection_round.py;
the maths (the optimum, explanations, why-not) is pure and runs on the files worker, so a long
solve never holds up the database. The service module is imported inside each function: the
window starts without it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opn_desk.domain.work import stop_if_asked
from opn_desk.gui.core.operations import Failure, OperationRunner, Success

# A write to any of these kinds of records (services/changes.py) can change what the Selection area shows.
WATCHED = frozenset({"selection_round", "application", "review", "criterion", "call", "organisation", "person",
                     "membership"})
ALTERNATES = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("Selection", text)


def _service():
    from opn_desk.services import selection_round

    return selection_round


# -- reads --------------------------------------------------------------------------------------

def load_calls(runner: OperationRunner, *, success: Success, failure: Failure = None) -> None:
    runner.read(_service().list_selection_calls, success=success, failure=failure)


@dataclass(frozen=True)
class LoadedRound:
    """A round as stored and its problem, built on the worker (2,000 candidates take a moment)."""

    round: Any  # RoundValue
    problem: Any  # SelectionProblem, or None when the stored rules are unusable
    problem_error: str


def load_round(runner: OperationRunner, call_id: uuid.UUID, *, success: Success, failure: Failure = None) -> None:
    def fetch(desk):
        from opn_desk.services.errors import DeskError

        value = desk.read(_service().get_round, call_id)
        try:
            return LoadedRound(value, value.problem(), "")
        except (ValueError, DeskError) as exc:  # stored rules that no longer fit: show the pool, say why
            return LoadedRound(value, None, str(exc))

    runner.run_op(fetch, success=success, failure=failure)


# -- writes (each one undo step) -----------------------------------------------------------------

def set_picked(runner: OperationRunner, call_id: uuid.UUID, picked: Sequence[str], *, success: Success = None,
               failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Pick the slate ({count} picked)").format(count=len(picked)), _service().set_picked,
                 call_id, list(picked), success=success, failure=failure, parent=parent)


def set_pin(runner: OperationRunner, call_id: uuid.UUID, key: str, pin: bool | None, *, what: str,
            success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(what, _service().set_pin, call_id, key, pin, success=success, failure=failure, parent=parent)


def set_rules(runner: OperationRunner, call_id: uuid.UUID, *, seats: int, rules: Sequence[dict], what: str,
              success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(what, _service().set_rules, call_id, seats=seats, rules=[dict(r) for r in rules], success=success,
                 failure=failure, parent=parent)


def set_notes(runner: OperationRunner, call_id: uuid.UUID, notes: str, *, what: str, success: Success = None,
              failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(what, _service().set_notes, call_id, notes, success=success, failure=failure, parent=parent)


def set_seeking_renewal(runner: OperationRunner, call_id: uuid.UUID, organisation_id: uuid.UUID, seeking: bool,
                        name: str, *, success: Success = None, failure: Failure = None,
                        parent: QWidget | None = None) -> None:
    what = (_tr("{name} seeks renewal") if seeking else _tr("{name} does not seek renewal")).format(name=name)
    runner.write(what, _service().set_seeking_renewal, call_id, organisation_id, seeking, success=success,
                 failure=failure, parent=parent)


def save_scenario(runner: OperationRunner, call_id: uuid.UUID, name: str, selected: Sequence[str], notes: str = "",
                  *, success: Success = None, failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Save scenario {name}").format(name=name.strip()), _service().save_scenario, call_id,
                 name, list(selected), notes=notes, success=success, failure=failure, parent=parent)


def delete_scenario(runner: OperationRunner, scenario_id: uuid.UUID, name: str, *, success: Success = None,
                    failure: Failure = None, parent: QWidget | None = None) -> None:
    runner.write(_tr("Delete scenario {name}").format(name=name), _service().delete_scenario, scenario_id,
                 success=success, failure=failure, parent=parent)


# -- the maths, off the UI thread ------------------------------------------------------------------

@dataclass(frozen=True)
class Proposal:
    slate: Any  # Slate, or None when the rules cannot all be met
    alternates: tuple  # Alternate
    explanation: Any  # Explanation when infeasible, else None


def propose(runner: OperationRunner, problem, *, success: Success, failure: Failure = None,
            cancelled: Callable[[], None] | None = None, parent: QWidget | None = None) -> None:
    """The best slate and its alternates, or, when the rules cannot all be met, the explanation."""
    def work(progress: Callable[[float, str], None], abort: Callable[[], bool]) -> Proposal | None:
        from opn_desk.selection import alternates, best_slate, explain

        progress(0.1, _tr("Looking for the slate with the best total score…"))
        slate = best_slate(problem)
        stop_if_asked(abort)
        if slate is not None:
            return Proposal(slate, tuple(alternates(problem, slate, ALTERNATES)), None)
        progress(0.4, _tr("The rules cannot all be met; finding out why…"))
        return Proposal(None, (), explain(problem))

    runner.run_long(_tr("Proposing a slate…"), work, on_database=False, success=success, failure=failure,
                    cancelled=cancelled, parent=parent)


def why_not(runner: OperationRunner, problem, candidate_id: str, *, success: Success, failure: Failure = None,
            parent: QWidget | None = None) -> None:
    def work(progress, abort):
        from opn_desk.selection import why_not as answer

        progress(0.1, _tr("Trying the slate with this candidate in…"))
        found = answer(problem, candidate_id)
        stop_if_asked(abort)  # the answer is only shown: Cancel drops it
        return found

    runner.run_long(_tr("Why not this candidate?"), work, on_database=False, success=success, failure=failure,
                    parent=parent)


def write_report(runner: OperationRunner, call_id: uuid.UUID, out: Path, *, picked: bool, success: Success,
                 final: bool = False, failure: Failure = None, parent: QWidget | None = None) -> None:
    """The selection report (PDF, marked DRAFT unless ``final``) of a round: its proposed slate, or with
    ``picked`` the hand-picked one."""
    def work(desk, progress, abort):
        from opn_desk.services import documents

        return documents.selection_report(desk, call_id, out, picked=picked, final=final, progress=progress,
                                          abort=abort).pages

    runner.run_long(_tr("Writing the selection report…"), work, success=success, failure=failure, parent=parent)
