"""The Applications list's table model: rows fetched a page at a time on the database worker, the
columns in the desk's words, sorting in SQL. Used by `ApplicationsPage` (page.py); its user text keeps
the context "ApplicationsPage"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from opn_desk.domain.applications import APPLICATION_SORT_KEYS, ApplicationQuery, ApplicationRow
from opn_desk.gui.applications import ops as applications_ops
from opn_desk.gui.core import labels
from opn_desk.gui.core.labels import status_label
from opn_desk.gui.core.operations import OperationRunner
from opn_desk.gui.widgets.paged_model import PAGE, PagedTableModel
from opn_desk.gui.widgets.style import STATUS_COLOURS


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationsPage", text)


def _utcnow() -> datetime:
    from datetime import UTC

    return datetime.now(UTC).replace(tzinfo=None)


class ApplicationTableModel(PagedTableModel):
    """Pages of applications fetched on the database worker; stale answers are dropped."""

    counts_changed = Signal(int)

    COLUMNS = ("organisation", "country", "programme", "role", "call", "status", "received", "since")
    SORT = {"organisation": "organisation", "status": "status", "received": "received"}

    def __init__(self, runner: OperationRunner, parent=None):
        super().__init__(runner, ApplicationQuery(), parent)
        self._titles = (_tr("Organisation"), _tr("Country"), _tr("Programme"), _tr("Role"), _tr("Call"),
                        _tr("Status"), _tr("Received"), _tr("In this state"))

    def _fetch(self, query, offset, limit, success, failure) -> None:
        self._runner.run_op(applications_ops.applications_page, query, offset, limit, count=False,
                            success=lambda result: success(result[1]), failure=failure)

    def read_rows(self, session, query, offset: int, limit: int) -> list[ApplicationRow]:
        from opn_desk.services import applications

        return applications.applications_page(session, query, offset, limit, count=False)[1]

    def row_texts(self, row: ApplicationRow) -> list[str]:
        return [self._text(row, column) for column in self.COLUMNS]

    # -- the view's questions
    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _text(self, row: ApplicationRow, column: str) -> str:
        if column == "organisation":
            return f"{row.organisation} ({row.acronym})" if row.acronym else row.organisation
        if column == "country":
            return row.country
        if column == "programme":
            return row.programme
        if column == "role":
            return labels.role(row.role)
        if column == "call":
            return row.call
        if column == "status":
            return status_label(row.status)
        if column == "received":
            return labels.day(row.received_on)
        if column == "since":
            if row.since is None:
                return ""
            days = max(0, (_utcnow() - row.since).days)
            return _tr("today") if days == 0 else _tr("1 day") if days == 1 else _tr("{n} days").format(n=days)
        return ""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(row, column)
            return text if len(text) > 24 else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QColor(STATUS_COLOURS.get(row.status, ("", "#303030"))[1])
        if role == Qt.ItemDataRole.BackgroundRole and column == "status":
            return QColor(STATUS_COLOURS.get(row.status, ("#ffffff", ""))[0])
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.COLUMNS[section] not in self.SORT:
                return _tr("This column is not sortable.")
            return _tr("Click to sort by {column}.").format(column=self._titles[section].lower())
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT.get(self.COLUMNS[column]) if 0 <= column < len(self.COLUMNS) else None
        if key is None or key not in APPLICATION_SORT_KEYS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == "received":
            descending = not descending  # the service lists received dates newest first unless asked
        self.set_filters(sort=key, descending=descending)

    # -- the page's questions
    def set_query(self, query: ApplicationQuery) -> None:
        self._query = query
        arrived, failed = self._ask(self._arrived)
        self._runner.run_op(applications_ops.applications_page, query, 0, PAGE, success=arrived, failure=failed)

    def refresh(self) -> None:
        if not self._rows_read.asked:
            return
        want = max(PAGE, len(self._rows))
        arrived, failed = self._ask(lambda result: self._arrived(result, want=want, keep=True))
        self._runner.run_op(applications_ops.applications_page, self._query, 0, want, success=arrived,
                            failure=failed)

    # -- answers
    def _arrived(self, result, *, want: int = PAGE, keep: bool = False) -> None:
        total, rows = result
        if keep and len(rows) == len(self._rows):
            self._merge(rows, want)  # the same number of rows: keep the view's selection by id
        else:
            self._reset(rows, want)
        if total is not None:
            self.total = total
            self.counts_changed.emit(total)
        self.loaded.emit()
