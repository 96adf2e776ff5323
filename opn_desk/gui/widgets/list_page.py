"""What the desk's list pages build alike: the page split between the list and what it opens, the
header row (title, count, search, buttons), the filter combos, the table of rows and the note shown
over an empty table. Kept light (no dialogs imported): the registry's page is built at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.widgets.columns import set_column_widths
from opn_desk.gui.widgets.flow import FlowLayout


def split_page(page: QWidget) -> tuple[QSplitter, QVBoxLayout]:
    """Split ``page`` in two: the list's side first (its layout is returned), then what the page adds."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    splitter = QSplitter(Qt.Orientation.Horizontal, page)
    splitter.setChildrenCollapsible(False)
    outer.addWidget(splitter)
    side = QWidget()
    layout = QVBoxLayout(side)
    layout.setContentsMargins(12, 10, 6, 6)
    layout.setSpacing(8)
    splitter.addWidget(side)
    return splitter, layout


def search_box(placeholder: str, widest: int) -> QLineEdit:
    search = QLineEdit()
    search.setClearButtonEnabled(True)
    search.setPlaceholderText(placeholder)
    search.setMinimumWidth(140)
    search.setMaximumWidth(widest)
    return search


def add_header(layout: QVBoxLayout, title: str, loading: str, search: QLineEdit,
               buttons: Iterable[QWidget]) -> QLabel:
    """Add the header row: the title and the count on the left, the search and ``buttons`` on the
    right. Returns the count's label, which says ``loading`` until the page sets it."""
    top = QHBoxLayout()
    heading = QLabel(title)
    font = QFont(heading.font())
    font.setPointSizeF(font.pointSizeF() * 1.45)
    font.setBold(True)
    heading.setFont(font)
    count = QLabel(loading)
    count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    top.addWidget(heading)
    top.addSpacing(6)
    top.addWidget(count, 0, Qt.AlignmentFlag.AlignBaseline)
    top.addStretch(1)
    top.addWidget(search, 2)
    for button in buttons:
        top.addWidget(button)
    layout.addLayout(top)
    return count


def filter_combo(everything: str, tip: str, items: list[tuple[str, str]]) -> QComboBox:
    """A filter: ``everything`` (no filter, data None) first, then each (text, value) of ``items``."""
    combo = QComboBox()
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.setToolTip(tip)
    return combo


FILTER_MOST = 360  # pixels: a filter showing a long choice (a call's title) stops growing here


def _fit_filter(combo: QComboBox) -> None:
    """``combo`` as wide as its "All …" text or its choice, whichever is longer (up to FILTER_MOST)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    longest = max(metrics.horizontalAdvance(combo.itemText(0)), metrics.horizontalAdvance(combo.currentText()))
    text = QSize(longest + metrics.averageCharWidth(), metrics.height())
    width = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width()
    combo.setMinimumWidth(min(width, FILTER_MOST))


def filter_row(filters: Iterable[QComboBox], *after: QWidget) -> QWidget:
    """A list's filters, then ``after`` (its "Clear filters"), each as wide as its text in the officer's
    language, wrapping onto a second line where the room runs out (an editor open beside the list, French
    or Spanish words) instead of cutting a filter's text."""
    row = QWidget()
    flow = FlowLayout(row, spacing=6)
    for combo in filters:
        _fit_filter(combo)
        combo.currentIndexChanged.connect(lambda _index, c=combo: _fit_filter(c))
        flow.addWidget(combo)
    for widget in after:
        flow.addWidget(widget)
    return row


def row_table(model: QAbstractItemModel, widths: Iterable[int]) -> QTableView:
    """A read-only table of ``model``: whole rows, one selected at a time, uniform in height, under a
    left-aligned header whose columns move and whose last column takes the room left."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setCornerButtonEnabled(False)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: nothing is measured
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    set_column_widths(table, widths)
    return table


class _OverViewport(QObject):
    """Keeps the note over the top of the table's viewport, where the eye is, as it is resized."""

    def __init__(self, note: QLabel):
        super().__init__(note)
        self._note = note

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._note.setGeometry(watched.rect().adjusted(16, 48, -16, 0))
        return False


def empty_note(table: QTableView, text: str = "") -> QLabel:
    """A note shown over ``table`` when it has no rows (hidden until the page shows it)."""
    viewport = table.viewport()
    note = QLabel(text, viewport)
    note.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    note.setWordWrap(True)
    note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    note.hide()
    viewport.installEventFilter(_OverViewport(note))
    return note
