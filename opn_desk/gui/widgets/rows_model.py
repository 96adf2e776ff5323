"""A read-only table of plain rows for an area's lists (Reporting, Portfolio): each row a tuple of texts with the
record it stands for, and optional (background, ink) colours per cell."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, ...]] = []
        self.records: list[Any] = []
        self.colours: list[dict[int, tuple[str, str]]] = []

    def set_rows(self, rows: Sequence[tuple[tuple[str, ...], Any, dict[int, tuple[str, str]]]]) -> None:
        self.beginResetModel()
        self.rows = [r[0] for r in rows]
        self.records = [r[1] for r in rows]
        self.colours = [r[2] for r in rows]
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self.records[row] if 0 <= row < len(self.records) else None

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[r][c]
        colour = self.colours[r].get(c)
        if colour and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(colour[0])
        if colour and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(colour[1])
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
