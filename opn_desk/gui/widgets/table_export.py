"""Export to Excel "as shown": any list of the desk written to an .xlsx workbook as the officer sees it.

`offer_export(view, runner, name)` adds "Export to Excel…" to the list's context menu (right-click).
What is written is what the view shows: its columns in the order they are shown (moved columns
moved, hidden columns left out) under their headers, its rows in the order shown (the proxy's or
the model's sort) after the filters (rows the view hides are left out), each value as displayed;
a cell showing a date ("3 févr. 2026", in the window's language) is written as a date the spreadsheet
sorts and computes with.

A long list read a page at a time (a `PagedTableModel`: the registry holds up to 100,000
organisations) is not limited to the rows loaded so far: every row of its current query is read
again through the service, and the workbook written, in one operation on the database worker, with
a progress dialog and Cancel. A short list is taken from the view and written on the files thread.
The file is written beside its destination and moved into place (opn_desk/io/tables.py), and text a
spreadsheet could run as a formula stays text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QTableView, QTreeView, QWidget

from opn_desk.domain.work import Cancelled
from opn_desk.gui.core import labels
from opn_desk.gui.core.operations import OperationRunner
from opn_desk.gui.core.settings import Options, Settings
from opn_desk.gui.widgets.paged_model import PagedTableModel

PIECE = 2000  # rows of a paged list read at a time for the export


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableExport", text)


@dataclass(frozen=True)
class ShownTable:
    """The headers and rows of a list as shown: plain text, a date cell as a date."""

    headers: list[str]
    rows: list[list[str | date]]


def _text(value) -> str:
    return "" if value is None else str(value)


def shown_columns(view: QAbstractItemView) -> list[int]:
    """The model's columns the view shows, in the order it shows them."""
    model = view.model()
    if isinstance(view, (QTableView, QTreeView)):
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [c for c in logical if not header.isSectionHidden(c)]
    return list(range(model.columnCount()))


def shown_headers(view: QAbstractItemView, columns: Sequence[int]) -> list[str]:
    """Each column's header; a header shown without text (a tick column) is named by its tooltip."""
    model = view.model()
    out = []
    for c in columns:
        text = _text(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        out.append(text or _text(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)))
    return out


def _cell_text(index: QModelIndex) -> str:
    """The text a cell shows; a tick box says what it means ("Picked", or Yes / No)."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or text == "":
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        if state is not None:
            said = index.data(Qt.ItemDataRole.AccessibleTextRole)
            if said:
                return str(said)
            return _tr("Yes") if Qt.CheckState(state) == Qt.CheckState.Checked else _tr("No")
    return _text(text)


def _value(text: str) -> str | date:
    """What the workbook gets for a cell's text: a date cell for a date as the window writes it."""
    return labels.shown_day(text) or text


def _row_texts(model, row: int, columns: Sequence[int], parent: QModelIndex = QModelIndex()) -> list[str | date]:  # noqa: B008
    return [_value(_cell_text(model.index(row, c, parent))) for c in columns]


def _leaves(view: QTreeView, parent: QModelIndex, path: list[str], columns: Sequence[int]):
    model = view.model()
    for row in range(model.rowCount(parent)):
        if view.isRowHidden(row, parent):
            continue
        index = model.index(row, 0, parent)
        if model.rowCount(index):
            yield from _leaves(view, index, [*path, _text(index.data())], columns)
        else:
            yield path, _row_texts(model, row, columns, parent)


def shown_table(view: QAbstractItemView, headers: Sequence[str] | None = None) -> ShownTable:
    """What ``view`` shows of the rows it has. A tree's groups become first columns, one per level (a
    work plan's area, then work-stream): each leaf row under its groups' texts (``headers`` then names
    every column, the groups' first)."""
    model = view.model()
    columns = shown_columns(view)
    titles = list(headers) if headers is not None else shown_headers(view, columns)
    rows: list[list[str | date]] = []
    if isinstance(view, QTreeView):
        found = list(_leaves(view, QModelIndex(), [], columns))
        depth = max([1, *(len(path) for path, _texts in found)])
        rows = [[*path, *[""] * (depth - len(path)), *texts] for path, texts in found]
        if headers is None:
            titles = [""] * depth + titles
        return ShownTable(titles, rows)
    for row in range(model.rowCount()):
        if isinstance(view, QTableView) and view.isRowHidden(row):
            continue
        rows.append(_row_texts(model, row, columns))
    return ShownTable(titles, rows)


def ask_xlsx_path(parent: QWidget, name: str) -> Path | None:
    """Ask where to write the workbook ("<name>.xlsx" in the last folder used); None when cancelled."""
    folder = Path(Settings().get(Options.LAST_FOLDER) or Path.home())
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name)[:60].strip() or "list"
    chosen, _ = QFileDialog.getSaveFileName(parent, _tr("Export to Excel"), str(folder / f"{safe}.xlsx"),
                                            _tr("Excel workbook (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def write_shown(path: Path, table: ShownTable, tick: Callable[[int], None] | None = None) -> int:
    """Write ``table`` to ``path`` (.xlsx, or .csv); returns the number of rows."""
    from opn_desk.io.tables import write_table

    return write_table(path, table.headers, table.rows, tick=tick)


class TableExport:
    """"Export to Excel…" of one list: the action in its context menu, and the export itself."""

    def __init__(self, view: QAbstractItemView, runner: OperationRunner, name: str,
                 headers: Sequence[str] | None = None):
        self.view = view
        self.runner = runner
        self.name = name
        self.headers = list(headers) if headers is not None else None
        self.action = QAction(_tr("Export to Excel…"), view)
        self.action.setToolTip(_tr("Write this list, as shown (filters, sort, columns), to an Excel workbook"))
        self.action.triggered.connect(lambda _checked=False: self.export())

    def export(self, path: Path | None = None, *, success: Callable[[int], None] | None = None) -> None:
        """Ask where (unless ``path`` is given) and write the list as shown there."""
        if path is None:
            path = ask_xlsx_path(self.view.window(), self.name)
            if path is None:
                return
        Settings().set(Options.LAST_FOLDER, str(path.parent))

        def done(count) -> None:
            self.runner.message.emit(_tr("Exported {count} rows to {path}").format(count=int(count or 0), path=path))
            if success is not None:
                success(int(count or 0))

        title = _tr("Exporting {name}…").format(name=self.name)
        model = self.view.model()
        if isinstance(model, PagedTableModel) and not model.all_loaded:
            self._export_paged(model, path, title, done)
            return
        table = shown_table(self.view, self.headers)

        def work(progress, abort) -> int:
            total = max(1, len(table.rows))

            def tick(n: int) -> None:
                if abort():
                    raise Cancelled
                progress(n / total, _tr("Exported {n} of {total} rows").format(n=n, total=total))

            return write_shown(path, table, tick)

        self.runner.run_long(title, work, on_database=False, success=done, parent=self.view.window())

    def _export_paged(self, model: PagedTableModel, path: Path, title: str, done) -> None:
        """Every row of the model's current query, read through the service on the database worker."""
        from opn_desk.io.tables import write_table

        columns = shown_columns(self.view)
        headers = self.headers if self.headers is not None else shown_headers(self.view, columns)
        query = model.query
        total = model.total

        def work(desk, progress, abort) -> int:
            def rows(session):
                offset = 0
                while True:
                    if abort():
                        raise Cancelled
                    page = model.read_rows(session, query, offset, PIECE)
                    for row in page:
                        texts = model.row_texts(row)
                        yield [_value(texts[c]) for c in columns]
                    offset += len(page)
                    if total:
                        progress(min(0.99, offset / total),
                                 _tr("Exported {n} of {total} rows").format(n=offset, total=total))
                    if len(page) < PIECE:
                        return

            def tick(_n: int) -> None:
                if abort():
                    raise Cancelled

            return desk.read(lambda session: write_table(path, headers, rows(session), tick=tick))

        self.runner.run_long(title, work, success=done, parent=self.view.window())


def offer_export(view: QAbstractItemView, runner: OperationRunner, name: str, *,
                 headers: Sequence[str] | None = None, menu: bool = True) -> TableExport:
    """Give ``view`` "Export to Excel…" (in its right-click menu unless ``menu`` is False: a view with a
    menu of its own adds ``export.action`` to it). ``name`` names the file offered."""
    export = TableExport(view, runner, name, headers)
    if menu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addAction(export.action)
    view.setProperty("exportsToExcel", True)
    return export
