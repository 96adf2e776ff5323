"""The registry's first rows, shown while the database opens.

The store opens on a worker (SQLAlchemy, the ORM, the services: most of a second on a modest laptop),
but the officer should see the organisations at once. So, while it opens, the window shows this page:
laid out as the registry's own (the same header, filters and columns, the columns as the officer left
them) and filled with the first page read by `services.first_rows` with plain sqlite3. As soon as
the registry's own first page is there, the registry takes its place; what was typed in the search
box goes with it. Nothing here can change anything: the page only shows rows.

Only for the registry sorted by name (as it opens unless the officer sorted another column): any
other sort reads every organisation, so it brings nothing to read ahead.

Built for speed, as it is on screen within a few hundredths of a second of the window: the rows are
plain items (no Python model Qt would call back for every cell), and nothing here touches PySide6's
`Qt` namespace, whose first use builds every enum in it (some 25 ms); list_page.py's helpers use it,
so the registry's layout is repeated here, measure for measure.
"""

from __future__ import annotations

import struct

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core.settings import Options, Settings

# As the registry page's (registry_page._WIDTHS); the officer's own widths come from the settings.
_WIDTHS = (290, 72, 150, 175, 175, 90)
NAME_COLUMN = 0
SORTABLE = (0, 1, 2, 3, 4)  # the columns SQL sorts by (registry_model.columns: those with a sort key)
_LEFT = 0x0001 | 0x0080  # Qt.AlignLeft | Qt.AlignVCenter, as list_page.row_table aligns the header


def _registry(text: str) -> str:
    return QCoreApplication.translate("RegistryPage", text)


def _column(text: str) -> str:
    return QCoreApplication.translate("OrganisationTableModel", text)


def _texts(row) -> list[str]:
    """The row's cells as the registry's columns show them (registry_model.columns)."""
    from opn_desk.gui.core import labels  # imported meanwhile by the thread that reads the rows

    return [row.name, row.acronym, row.country,
            labels.regional_group(row.regional_group) if row.country_iso3 else "",
            labels.cluster(row.stakeholder_cluster), row.programmes, row.roles]


def name_order(state: bytes) -> bool | None:
    """How the registry will open, from its header's saved state (QHeaderView.saveState): by name A
    to Z (False) or Z to A (True); None when by another column, or when the state cannot be read.

    The state begins with the version marker 0xff, the version 0, then the orientation, the sort
    order (0 ascending, 1 descending) and the sorted column, each a big-endian 32-bit integer. With
    no state, or a column out of range or not sortable (programmes, roles), the registry sorts by
    name, A to Z.
    """
    if not state:
        return False
    if len(state) < 20:
        return None
    marker, version, _orientation, order, column = struct.unpack(">iiiii", state[:20])
    if marker != 0xFF or version != 0 or order not in (0, 1):
        return None
    if column == NAME_COLUMN:
        return order == 1
    return None if column in SORTABLE else False


class FirstRowsPage(QWidget):
    """Looks like the registry page; shows the rows read ahead."""

    def __init__(self, settings: Settings, readonly: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRows")
        state = settings.get(Options.REGISTRY_HEADER)
        self.descending = name_order(bytes(state.data()))
        outer = QVBoxLayout(self)  # list_page.split_page
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(12, 10, 6, 6)
        layout.setSpacing(8)
        splitter.addWidget(side)

        top = QHBoxLayout()  # list_page.add_header
        heading = QLabel(_registry("Organisations"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        heading.setFont(font)
        self.count_label = QLabel(_registry("Loading…"))
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # The registry aligns the count on the heading's baseline; both centred here, the count is
        # moved down by what that takes.
        big, small = QFontMetrics(font), QFontMetrics(self.count_label.font())
        self.count_label.setContentsMargins(0, max(0, small.height() - big.height()
                                                   + 2 * (big.ascent() - small.ascent())), 0, 0)
        self.search = QLineEdit()  # list_page.search_box
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_registry("Search names, acronyms, countries"))
        self.search.setMinimumWidth(170)
        self.search.setMaximumWidth(420)
        self.new_button = QPushButton(_registry("New organisation"))
        self.new_button.setEnabled(False)
        self.new_button.setVisible(not readonly)
        top.addWidget(heading)
        top.addSpacing(6)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        for everything in (_registry("All programmes"), _registry("All roles"), _registry("All groups"),
                           _registry("All clusters")):
            combo = QComboBox()  # list_page.filter_combo
            combo.addItem(everything)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, 1)
        clear = QPushButton(_registry("Clear filters"))
        clear.setEnabled(False)
        filters.addWidget(clear)
        layout.addLayout(filters)

        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels([
            _column("Name"), _column("Acronym"), _column("Country"), _column("Regional group"),
            _column("Stakeholder cluster"), _column("Programmes"), _column("Roles")])
        self.table = table = QTableView()  # list_page.row_table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setProperty("defaultAlignment", _LEFT)
        for column, width in enumerate(_WIDTHS):
            table.setColumnWidth(column, width)
        if not state.isEmpty() and header.restoreState(state):
            header.setSortIndicatorShown(True)  # as the officer left it
        layout.addWidget(table, 1)

    def set_rows(self, rows) -> None:
        self.model.setRowCount(0)
        self.add_rows(rows)

    def add_rows(self, rows) -> None:
        for row in rows:
            items = [QStandardItem(text) for text in _texts(row)]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)

    @property
    def row_count(self) -> int:
        return self.model.rowCount()

    def text(self, row: int, column: int) -> str:
        item = self.model.item(row, column)
        return item.text() if item is not None else ""
