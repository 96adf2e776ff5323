"""A table model over rows fetched a page at a time on the database worker, for the desk's long lists.

The first page comes when the query changes; more come when the view scrolls near the end
(canFetchMore/fetchMore) and are appended. The requests are one `ReadOp`: an answer to a request
that a newer one superseded (the user typed on, sorted again, or a write reloaded the rows) is
dropped. A reload after a write keeps the view's selection on the same rows by their ``id``.

A list subclasses PagedTableModel: it asks for its first page and for a reload itself (each list
counts its rows in its own way) and gives `_fetch`, the request for a further page.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from opn_desk.gui.core.operations import OperationRunner, ReadOp

PAGE = 200


class PagedTableModel(QAbstractTableModel):
    loaded = Signal()  # a first page, a further page or a reload arrived

    def __init__(self, runner: OperationRunner, query, parent=None):
        super().__init__(parent)
        self._runner = runner
        self._query = query  # a frozen dataclass of the list's filters and sort
        self._rows: list[Any] = []  # values with an ``id``
        self._rows_read = ReadOp(runner)  # the rows asked for last; earlier answers are dropped
        self._exhausted = False
        self.total: int | None = None
        self.has_loaded = False

    def _fetch(self, query, offset: int, limit: int, success: Callable[[list], None],
               failure: Callable[[BaseException], None]) -> None:
        """Ask the worker for ``limit`` rows of ``query`` from ``offset``: ``success(rows)`` or ``failure(exc)``."""
        raise NotImplementedError

    def set_query(self, query) -> None:
        """Ask for the first page of ``query``; the rows shown stay until it arrives (no flicker)."""
        raise NotImplementedError

    # -- the whole list, for "Export to Excel" as shown (table_export.py) ----------------------------
    def read_rows(self, session, query, offset: int, limit: int) -> list:
        """On the database worker: ``limit`` rows of ``query`` from ``offset``, as the pages hold them."""
        raise NotImplementedError

    def row_texts(self, row) -> list[str]:
        """The text of each column (in the model's order) of ``row``, as the list displays it."""
        raise NotImplementedError

    @property
    def all_loaded(self) -> bool:
        """Every row of the query is loaded (no further page to fetch)."""
        return self.has_loaded and self._exhausted

    # -- what the view asks ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.has_loaded and not self._exhausted

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._rows_read.pending or self._exhausted or not self.has_loaded:
            return
        offset = len(self._rows)
        self._fetch(self._query, offset, PAGE, *self._ask(lambda rows: self._append(offset, rows)))

    # -- what the page asks ----------------------------------------------------------------------
    @property
    def query(self):
        return self._query

    @property
    def loading(self) -> bool:
        """Rows have been asked for and not yet arrived."""
        return self._rows_read.pending

    def set_filters(self, **changes) -> None:
        """Change the text, filters or sort and reload from the first page (when anything changed)."""
        values = {f: getattr(self._query, f) for f in self._query.__dataclass_fields__}
        values.update(changes)
        query = type(self._query)(**values)
        if query != self._query or not self._rows_read.asked:
            self.set_query(query)

    def id_at(self, row: int) -> uuid.UUID | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: uuid.UUID) -> int:
        for i, r in enumerate(self._rows):
            if r.id == row_id:
                return i
        return -1

    # -- requests and answers --------------------------------------------------------------------
    def _ask(self, arrived: Callable[[list], None]) -> tuple[Callable[[Any], None], Callable[[BaseException], None]]:
        """A new request for rows: from now on, answers to the earlier ones are dropped."""
        return self._rows_read.guard(arrived, self._failed)

    def _reset(self, rows: list, want: int = PAGE) -> None:
        """Show ``rows`` in place of those shown (a new query: the selection is not kept)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = len(self._rows) < want
        self.has_loaded = True
        self.endResetModel()

    def _merge(self, rows: list, want: int) -> None:
        """Show ``rows``, a reload of the same query, keeping the selection on the same ids."""
        fresh = list(rows)
        if len(fresh) < len(self._rows):
            self.beginRemoveRows(QModelIndex(), len(fresh), len(self._rows) - 1)
            del self._rows[len(fresh):]
            self.endRemoveRows()
        kept = len(self._rows)
        # Same length now: rows may have moved (a renamed organisation sorts elsewhere); persistent
        # indexes (the selection, the current row) follow their row by id.
        self.layoutAboutToBeChanged.emit()
        position = {r.id: i for i, r in enumerate(fresh[:kept])}
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            old = self._rows[index.row()].id if 0 <= index.row() < kept else None
            new_row = position.get(old, -1)
            moved.append(self.index(new_row, index.column()) if new_row >= 0 else QModelIndex())
        self._rows = fresh[:kept]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        if len(fresh) > kept:
            self.beginInsertRows(QModelIndex(), kept, len(fresh) - 1)
            self._rows.extend(fresh[kept:])
            self.endInsertRows()
        self._exhausted = len(fresh) < want
        self.has_loaded = True

    def _append(self, offset: int, rows: list) -> None:
        if offset != len(self._rows):
            return
        self._exhausted = len(rows) < PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        """Say what failed (a request overtaken by a newer one says nothing)."""
        from opn_desk.gui.core import messages

        messages.show_failure(self._runner.error_parent, exc)
