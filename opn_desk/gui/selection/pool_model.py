"""The pool of a selection round as a table: who can be picked, with the attributes the rules count.

The model holds the round's pool members, the picked ids and the pins; the first column is the
"picked" checkbox. Picking changes only this model and says so through `picks_changed`: the page
re-checks the balance and saves the slate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from opn_desk.domain.text import fold
from opn_desk.gui.core import labels
from opn_desk.gui.core.labels import status_label

KEY_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PICKED_BACKGROUND = QColor("#e4f1e6")
PIN_INK = {True: QColor("#1e6b2a"), False: QColor("#8c1d18")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SelectionPool", text)


def member_label(member) -> str:
    return f"{member.name} ({member.acronym})" if member.acronym else member.name


def pin_text(pin: bool | None) -> str:
    if pin is None:
        return ""
    return _tr("Pinned in") if pin else _tr("Pinned out")


def candidate_status(member) -> str:
    if member.status == "incumbent":
        return _tr("Incumbent")
    return status_label(member.status)


class PoolModel(QAbstractTableModel):
    """Pool members with a "picked" checkbox; `picks_changed` fires on every pick or unpick."""

    picks_changed = Signal()

    COLUMNS = ("picked", "organisation", "score", "region", "cluster", "gender", "incumbent", "pin", "status",
               "country", "representative")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._members: list = []
        self._row_of: dict[str, int] = {}
        self._picked: dict[str, None] = {}  # ordered: the slate in the order it was picked
        self._pins: dict[str, bool] = {}
        self.editable = True
        self._titles = (_tr("Picked"), _tr("Organisation"), _tr("Score"), _tr("Regional group"), _tr("Cluster"),
                        _tr("Representative's gender"), _tr("Incumbent"), _tr("Pin"), _tr("Status"), _tr("Country"),
                        _tr("Representative"))

    # -- the page's questions ----------------------------------------------------------------
    def set_pool(self, members: Sequence, picked: Iterable[str], pins: Mapping[str, bool]) -> None:
        self.beginResetModel()
        self._members = list(members)
        self._row_of = {m.key: i for i, m in enumerate(self._members)}
        self._picked = {k: None for k in picked if k in self._row_of}
        self._pins = dict(pins)
        self.endResetModel()

    @property
    def picked(self) -> tuple[str, ...]:
        return tuple(self._picked)

    @property
    def pins(self) -> dict[str, bool]:
        return dict(self._pins)

    def member(self, key: str):
        row = self._row_of.get(key)
        return None if row is None else self._members[row]

    def member_at(self, row: int):
        return self._members[row] if 0 <= row < len(self._members) else None

    def row_of(self, key: str) -> int:
        return self._row_of.get(key, -1)

    def set_picked(self, keys: Iterable[str]) -> None:
        """Replace the whole slate (a proposal taken, undo): one signal."""
        wanted = {k: None for k in keys if k in self._row_of}
        if list(wanted) == list(self._picked):
            return
        self._picked = wanted
        if self._members:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._members) - 1, len(self.COLUMNS) - 1))
        self.picks_changed.emit()

    def toggle(self, key: str, picked: bool | None = None) -> bool:
        """Pick or unpick one candidate; False when nothing changed."""
        row = self._row_of.get(key)
        if row is None or not self.editable:
            return False
        now = key in self._picked
        want = (not now) if picked is None else picked
        if want == now:
            return False
        if want:
            self._picked[key] = None
        else:
            del self._picked[key]
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        self.picks_changed.emit()
        return True

    def set_pins(self, pins: Mapping[str, bool]) -> None:
        self._pins = dict(pins)
        column = self.COLUMNS.index("pin")
        if self._members:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._members) - 1, column))

    # -- the view's questions ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _text(self, m, column: str) -> str:
        if column == "organisation":
            return member_label(m)
        if column == "country":
            return m.country
        if column == "region":
            return labels.regional_group(m.regional_group or None)
        if column == "cluster":
            return labels.cluster(m.cluster)
        if column == "representative":
            return m.representative
        if column == "gender":
            return labels.gender(m.representative_gender) if m.representative_gender else ""
        if column == "incumbent":
            return _tr("Yes") if m.incumbent else ""
        if column == "score":
            return labels.decimal(m.score)  # two decimals, as the proposal and the reports print scores
        if column == "status":
            return candidate_status(m)
        if column == "pin":
            return pin_text(self._pins.get(m.key))
        return ""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        m = self._members[index.row()]
        column = self.COLUMNS[index.column()]
        picked = m.key in self._picked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(m, column) if column != "picked" else None
        if role == Qt.ItemDataRole.CheckStateRole and column == "picked":
            return Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "picked":
            return _tr("Picked") if picked else _tr("Not picked")
        if role == Qt.ItemDataRole.BackgroundRole and picked:
            return PICKED_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and picked and column == "organisation":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == "pin" and m.key in self._pins:
            return PIN_INK[self._pins[m.key]]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "score":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "picked":
                return _tr("Tick to put this candidate on the slate (or double-click the row).")
            if column == "organisation" and m.incumbent:
                return _tr("{name}: a current core partner seeking renewal").format(name=m.name)
            text = self._text(m, column)
            return text if len(text) > 22 else None
        if role == KEY_ROLE:
            return m.key
        if role == SORT_ROLE:
            if column == "picked":
                return 0 if picked else 1
            if column == "score":
                return -m.score  # highest first when sorted ascending, as the pool comes
            if column == "incumbent":
                return 0 if m.incumbent else 1
            if column == "pin":
                return {True: 0, False: 1}.get(self._pins.get(m.key), 2)
            return fold(self._text(m, column)) or "\uffff"  # empty cells last
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or self.COLUMNS[index.column()] != "picked":
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        return self.toggle(self._members[index.row()].key, state == Qt.CheckState.Checked)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = self.COLUMNS[section]
            return "" if column == "picked" else _tr("Gender") if column == "gender" else self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._titles[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.COLUMNS[index.column()] == "picked" and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


class PoolFilter(QSortFilterProxyModel):
    """Search by name, acronym, country or representative; "picked only" shows the slate alone."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.picked_only = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)  # a pick must not make the row jump away under the mouse

    def set_text(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "_words", fold(text).split()))

    def set_picked_only(self, on: bool) -> None:
        self._change_filter(lambda: setattr(self, "picked_only", on))

    def _change_filter(self, change) -> None:
        """Apply ``change`` to the filter's state and filter the rows again: between beginFilterChange and
        endFilterChange (Qt 6.10 on; invalidateFilter is deprecated there), else the older way."""
        if not hasattr(QSortFilterProxyModel, "endFilterChange"):  # Qt below 6.10
            change()
            self.invalidateFilter()
            return
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model: PoolModel = self.sourceModel()
        m = model.member_at(source_row)
        if m is None:
            return False
        if self.picked_only and m.key not in model._picked:
            return False
        if not self._words:
            return True
        haystack = fold(" ".join((m.name, m.acronym, m.country, m.representative)))
        return all(w in haystack for w in self._words)
