"""The exchange's work on the database worker: what combines several service calls, and the long jobs
(writing and reading exchange files, the shared folder).

An import runs its own `Desk.write` inside `exchange.import_bundles` (backup first, all or nothing), so
these jobs hand back an `Outcome` the window broadcasts (`broadcast`): every view showing the kinds of
records the import touched reads them again, and the badge counts the decisions waiting.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from opn_desk.gui.core.operations import OperationRunner
from opn_desk.gui.core.settings import Option, Settings
from opn_desk.services.changes import ChangeSet, kind_of
from opn_desk.services.desk import Desk, Outcome
from opn_desk.services.sync import decisions_view

if TYPE_CHECKING:
    from opn_desk.services.sync import exchange

EXCHANGED = "exchange"  # the kind every exchange's Outcome names, so the badge counts again


@dataclass(frozen=True)
class ExchangeState:
    status: exchange.Status
    waiting: int  # decisions waiting


def load_state(desk: Desk) -> ExchangeState:
    """This laptop, the laptops known (what each has seen, when it last exchanged), decisions waiting."""
    from opn_desk.services.sync import exchange

    found = desk.read(exchange.status)
    return ExchangeState(found, found.open_conflicts)


def _outcome(value, description: str, tables) -> Outcome:
    kinds = {kind_of(t) for t in tables} | {EXCHANGED}
    return Outcome(value, description, frozenset(tables), ChangeSet.of_kinds(*kinds))


def write_bundle(desk: Desk, _progress, _abort, out: Path, for_laptop: str | None) -> exchange.Exported:
    from opn_desk.services.sync import exchange

    return exchange.export_bundle(desk, out, for_laptop=for_laptop)


def read_bundles(desk: Desk, _progress, _abort, files: list[Path]) -> Outcome:
    """Every file checked whole, then merged all together (all or nothing)."""
    from opn_desk.services.sync import exchange

    done = exchange.import_bundles(desk, list(files))
    return _outcome(done, "Import changes from other laptops", done.tables)


def exchange_in_folder(desk: Desk, _progress, _abort, folder: Path) -> Outcome:
    from opn_desk.services.sync import shared_folder

    done = shared_folder.exchange_in_folder(desk, folder)
    tables = done.imported.tables if done.imported is not None else frozenset()
    return _outcome(done, "Exchange through the shared folder", tables)


def count_waiting(desk: Desk) -> int:
    return desk.read(decisions_view.count_waiting)


def broadcast(runner: OperationRunner, outcome: Outcome) -> None:
    """Tell every view what an exchange changed (it ran outside `WriteOp`, so nobody was told)."""
    runner.changed.emit(outcome)


# -- the shared folder, remembered per database on this computer (another laptop's path differs) ------------
def _folder_option(database: Path) -> Option[str]:
    key = hashlib.sha256(str(Path(database).resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return Option(f"exchange/shared_folder_{key}", str, "")


def remembered_folder(settings: Settings, database: Path) -> str:
    return settings.get(_folder_option(database))


def remember_folder(settings: Settings, database: Path, folder: Path) -> None:
    settings.set(_folder_option(database), str(folder))
