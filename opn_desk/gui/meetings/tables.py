"""A read-only table of texts for the Meetings area's tabs, filled row by row (with optional colours)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def text_table(headers: Sequence[str], widths: Iterable[int] = ()) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]], records: Sequence[object] = (),
         colours: Sequence[dict[int, tuple[str, str]]] = ()) -> None:
    """Replace the table's rows; each row's first cell keeps its record (Qt.UserRole)."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            colour = colours[r].get(c) if r < len(colours) else None
            if colour:
                item.setBackground(QColor(colour[0]))
                item.setForeground(QColor(colour[1]))
            if c == 0 and r < len(records):
                item.setData(Qt.ItemDataRole.UserRole, records[r])
            table.setItem(r, c, item)


def record(table: QTableWidget, row: int | None = None):
    """The record of ``row`` (the selected row by default), or None."""
    if row is None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
    item = table.item(row, 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def money(value: float | None) -> str:
    return "" if value is None else f"{value:,.2f}"
