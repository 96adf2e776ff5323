"""The Selection area's reads and long work (the round's writes are `WriteOp`s in page.py, page_actions.py).

Stored rounds are read and written on the database worker through services/selection_round.py;
the maths (the optimum, explanations, why-not) is pure and runs on the files worker, so a long
solve never holds up the database. The service module is imported inside each function: the
window starts without it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
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


# -- reads (each run by a `ReadOp(runner, ..., on_desk=True)` of the page) ----------------------------

def selection_calls(desk):
    """The core-partner calls, newest first."""
    return desk.read(_service().list_selection_calls)


@dataclass(frozen=True)
class LoadedRound:
    """A round as stored and its problem, built on the worker (2,000 candidates take a moment)."""

    round: Any  # RoundValue
    problem: Any  # SelectionProblem, or None when the stored rules are unusable
    problem_error: str


def loaded_round(desk, call_id: uuid.UUID) -> LoadedRound:
    """The stored round of a call and the problem built from it (or why it cannot be built)."""
    from opn_desk.services.errors import DeskError

    value = desk.read(_service().get_round, call_id)
    try:
        return LoadedRound(value, value.problem(), "")
    except (ValueError, DeskError) as exc:  # stored rules that no longer fit: show the pool, say why
        return LoadedRound(value, None, str(exc))


# The writes (pick, pin, rules, notes, seeking renewal, scores, scenarios) are `WriteOp`s made where the
# officer acts (page.py, page_actions.py), each one undo step.


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

    from opn_desk.gui.widgets.document_language import in_document_language

    runner.run_long(_tr("Writing the selection report…"), in_document_language(work), success=success,
                    failure=failure, parent=parent)
