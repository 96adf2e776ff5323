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

from PySide6.QtCore import QCoreApplication

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
    return _outcome(done, QCoreApplication.translate("ExchangeOps", "Import changes from other laptops"), done.tables)


def exchange_in_folder(desk: Desk, _progress, _abort, folder: Path) -> Outcome:
    from opn_desk.services.sync import shared_folder

    done = shared_folder.exchange_in_folder(desk, folder)
    tables = done.imported.tables if done.imported is not None else frozenset()
    return _outcome(done, QCoreApplication.translate("ExchangeOps", "Exchange through the shared folder"), tables)


def read_in_folder(desk: Desk, _progress, _abort, folder: Path) -> Outcome:
    """*Read now*: the other laptops' new files in the shared folder, merged; this laptop's own not written."""
    from opn_desk.services.sync import shared_folder

    done = shared_folder.read_folder(desk, folder)
    tables = done.imported.tables if done.imported is not None else frozenset()
    return _outcome(done, QCoreApplication.translate("ExchangeOps", "Read the shared folder"), tables)


def write_in_folder(desk: Desk, _progress, _abort, folder: Path) -> exchange.Exported:
    """*Write my file*: this laptop's own file in the shared folder, with everything it knows."""
    from opn_desk.services.sync import shared_folder

    return shared_folder.write_own(desk, folder)


def look_in_folder(desk: Desk, folder: Path):
    """What waits in the shared folder (headers only): the watch's look, on the database worker."""
    from opn_desk.services.sync import shared_folder

    return shared_folder.look(desk, folder)


def clone_for_laptop(desk: Desk, _progress, _abort, out: Path, name: str) -> tuple[str, Path]:
    """*Set up another laptop…*: `opn-desk sync clone`'s copy of the desk, for the laptop ``name``."""
    from opn_desk.services.sync import exchange

    _new_id, named = exchange.clone_desk(desk, out, name)
    return named, Path(out)


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


def _on_close_option(database: Path) -> Option[bool]:
    key = hashlib.sha256(str(Path(database).resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return Option(f"exchange/write_on_close_{key}", bool, False)


def writes_on_close(settings: Settings, database: Path) -> bool:
    """Whether this laptop writes its own file into the shared folder when the window closes."""
    return bool(settings.get(_on_close_option(database)))


def set_writes_on_close(settings: Settings, database: Path, on: bool) -> None:
    settings.set(_on_close_option(database), bool(on))
