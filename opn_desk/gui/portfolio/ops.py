"""The Portfolio area's long work: exporting the initiatives. Every single change (an initiative, its
partners, its due diligence, a move along the lifecycle) is a `WriteOp` made where the officer acts
(page.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opn_desk.gui.core.operations import Failure, OperationRunner, Success

# Kinds of records (services/changes.py) the area shows.
PORTFOLIO_KINDS = frozenset({"initiative", "organisation", "membership"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("PortfolioOperations", text)


def export_initiatives(runner: OperationRunner, out: Path, public: bool, *, success: Success,
                       failure: Failure = None, parent: QWidget | None = None) -> None:
    """Every initiative to ``out`` (.csv or .xlsx); ``public`` leaves out inactive initiatives, those not in
    the portfolio, and the desk's own columns. Success gets how many were written."""
    def work(desk, progress, abort):
        from opn_desk.services import portfolio

        progress(0.1, _tr("Writing {name}…").format(name=out.name))
        return portfolio.export_initiatives(desk, out, public=public, abort=abort)

    runner.run_long(_tr("Exporting the initiatives…"), work, success=success, failure=failure, parent=parent)
