"""Scenarios of a round: save the slate being picked under a name, delete one, take one back as the
slate, and compare two or more side by side (total score, each rule's count and state, who differs).

The comparison is `opn_desk.selection.compare` under the round's current rules: pure counting, done
here as the ticks change. The writes go through the page (`save_requested`, `delete_requested`).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core import labels
from opn_desk.gui.core.messages import describe_failure
from opn_desk.gui.selection.balance_panel import BROKEN, STATE_COLOURS, state_icon, state_word

CURRENT = "__current__"  # the tree item standing for the slate being picked


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scenarios", text)


def score_text(score: float) -> str:
    """Two decimals, as the pool shows scores (45.64, never 45.639833)."""
    return labels.decimal(round(score, 2) + 0.0)


class ScenariosDialog(QDialog):
    save_requested = Signal(str)  # name: save the current picks under it
    delete_requested = Signal(object, str)  # scenario id, name
    use_requested = Signal(tuple)  # the scenario's ids, to become the slate

    def __init__(self, parent: QWidget | None, *, readonly: bool = False):
        super().__init__(parent)
        self.setWindowTitle(_tr("Scenarios"))
        self.readonly = readonly
        self.scenarios: tuple = ()
        self.problem = None
        self.current: tuple[str, ...] = ()
        self.names: Mapping[str, str] = {}
        self.comparison = None
        self._pending_tick = None
        self.resize(1180, 640)
        layout = QVBoxLayout(self)
        save_row = QHBoxLayout()
        self.save_label = QLabel(_tr("Save the current picks as:"))
        save_row.addWidget(self.save_label)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(_tr("e.g. Regions first, or MAC's favourites"))
        self.name_edit.setMaxLength(200)
        self.save_button = QPushButton(_tr("Save scenario"))
        self.save_button.setEnabled(False)
        save_row.addWidget(self.name_edit, 1)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(_tr("Tick two or more to compare them:")))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([_tr("Scenario"), _tr("Score"), _tr("Picked"), _tr("Saved")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        # The scenario's name whole (the list scrolls sideways rather than cutting it); "Saved" takes the rest.
        header.setStretchLastSection(True)
        for column in (0, 1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        left_layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.use_button = QPushButton(_tr("Use as the slate"))
        self.use_button.setToolTip(_tr("Replace the picks with this scenario's slate"))
        self.delete_button = QPushButton(_tr("Delete"))
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.compare_label = QLabel()
        self.compare_label.setWordWrap(True)
        right_layout.addWidget(self.compare_label)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMaximumWidth(260)
        right_layout.addWidget(self.table, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 740])
        layout.addWidget(splitter, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.name_edit.textChanged.connect(self._update_buttons)
        self.name_edit.returnPressed.connect(self._save)
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)
        self.use_button.clicked.connect(self._use)
        self.tree.itemChanged.connect(lambda *_: self.refresh_comparison())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        for widget in (self.save_label, self.name_edit, self.save_button, self.delete_button, self.use_button):
            widget.setVisible(not readonly)
        self._show_nothing()

    # -- content -----------------------------------------------------------------------------------
    def set_round(self, scenarios: Sequence, problem, current: Sequence[str], names: Mapping[str, str]) -> None:
        """Show the round's scenarios (keeping the ticks by id) and compare under ``problem``'s rules."""
        ticked = self.ticked_keys() or {CURRENT}
        if self._pending_tick is not None:
            ticked.add(self._pending_tick)
            self._pending_tick = None
        self.scenarios = tuple(scenarios)
        self.problem = problem
        self.current = tuple(current)
        self.names = dict(names)
        self.tree.blockSignals(True)
        self.tree.clear()
        rows = [(CURRENT, _tr("Current picks"), self._score(self.current), len(self.current), "")]
        rows += [(s.id, s.name, s.score, len(s.selected), labels.moment(s.created_at)) for s in self.scenarios]
        for key, name, score, count, saved in rows:
            item = QTreeWidgetItem([name, score_text(score), str(count), saved])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == CURRENT:
                font = QFont(item.font(0))
                font.setItalic(True)
                item.setFont(0, font)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self._update_buttons()
        self.refresh_comparison()

    def _score(self, ids: Sequence[str]) -> float:
        if self.problem is None:
            return 0.0
        index = self.problem.index
        return sum(self.problem.candidates[index[i]].score for i in ids if i in index)

    def ticked_keys(self) -> set:
        return {self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(self.tree.topLevelItemCount())
                if self.tree.topLevelItem(i).checkState(0) == Qt.CheckState.Checked}

    def tick(self, keys) -> None:
        """Tick exactly these scenarios (ids, or CURRENT)."""
        wanted = set(keys)
        self.tree.blockSignals(True)
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            item.setCheckState(0, Qt.CheckState.Checked if item.data(0, Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)
        self.refresh_comparison()

    def _slates(self) -> dict[str, tuple[str, ...]]:
        ticked = self.ticked_keys()
        slates: dict[str, tuple[str, ...]] = {}
        if CURRENT in ticked:
            slates[_tr("Current picks")] = self.current
        for s in self.scenarios:
            if s.id in ticked:
                name, n = s.name, 2
                while name in slates:  # "Current picks" could also be a scenario's name
                    name, n = f"{s.name} ({n})", n + 1
                slates[name] = tuple(s.selected)
        return slates

    # -- the comparison ----------------------------------------------------------------------------
    def _show_nothing(self, text: str = "") -> None:
        self.comparison = None
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.compare_label.setText(text or _tr("Tick two or more scenarios (or the current picks) to see them side "
                                               "by side."))

    def refresh_comparison(self) -> None:
        from opn_desk.selection import compare

        slates = self._slates()
        if len(slates) < 2 or self.problem is None:
            self._show_nothing()
            return
        index = self.problem.index
        gone = {name: [i for i in ids if i not in index] for name, ids in slates.items()}
        usable = {name: [i for i in ids if i in index] for name, ids in slates.items()}
        try:
            comparison = compare(self.problem, usable)
        except ValueError as exc:
            self._show_nothing(str(exc))
            return
        self.comparison = comparison
        self._fill(comparison, gone)

    def _name(self, key: str) -> str:
        return self.names.get(key, key)

    def _fill(self, c, gone: Mapping[str, list[str]]) -> None:
        seats = self.problem.seats
        self.compare_label.setText(_tr("Compared under the round's current rules ({seats} seats); "
                                       "{common} candidates are in all of them.").format(
                                           seats=seats, common=len(c.common)))
        rows: list[tuple[str, list]] = []
        rows.append((_tr("Total score"), [score_text(s.score) for s in c.slates]))
        rows.append((_tr("Seats filled"), [_tr("{n} of {seats}").format(n=len(s.ids), seats=seats)
                                           for s in c.slates]))
        rows.append((_tr("Rules broken"), [", ".join(c.broken(n)) or _tr("none") for n in c.scenarios]))
        first_rule = len(rows)
        for rule in c.rules:
            rows.append((rule.name, list(zip(rule.counts, rule.states, strict=True))))
        rows.append((_tr("Only in this one"), ["\n".join(self._name(i) for i in c.only[n]) or _tr("(none)")
                                               for n in c.scenarios]))
        if any(gone.values()):
            rows.append((_tr("No longer in the pool"), ["\n".join(self._name(i) for i in gone[n]) or ""
                                                        for n in c.scenarios]))
        self.table.clear()
        self.table.setColumnCount(len(c.scenarios))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(c.scenarios))
        self._size_columns(list(c.scenarios))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, (title, cells) in enumerate(rows):
            head = QTableWidgetItem(title)
            self.table.setVerticalHeaderItem(r, head)
            for k, cell in enumerate(cells):
                if r >= first_rule and isinstance(cell, tuple):
                    count, state = cell
                    item = QTableWidgetItem(QIcon(state_icon(state)), f"{count} · {state_word(state)}")
                    ink, background = STATE_COLOURS[state]
                    item.setForeground(QBrush(QColor(ink)))
                    if state == BROKEN:
                        item.setBackground(QBrush(QColor(background)))
                else:
                    item = QTableWidgetItem(str(cell))
                    if r == 0:
                        item.setFont(bold)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(r, k, item)
        self._mark_differences(c, first_rule)
        self.table.resizeRowsToContents()

    def _size_columns(self, names: list[str]) -> None:
        """The scenarios' columns share the room, and none is narrower than the longest name: a long
        name ("More continuity (at least 5 incumbents)") is read whole, the table scrolls sideways."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        header.setMinimumSectionSize(max([140] + [metrics.horizontalAdvance(n) + 4 * margin for n in names]))

    def _mark_differences(self, c, first_rule: int) -> None:
        """Rule rows where the scenarios differ get a bold heading: where to look first."""
        for k, rule in enumerate(c.rules):
            if len(set(rule.counts)) > 1 or len(set(rule.states)) > 1:
                head = self.table.verticalHeaderItem(first_rule + k)
                font = QFont(self.table.font())
                font.setBold(True)
                head.setFont(font)
                head.setToolTip(_tr("The scenarios differ on this rule"))

    def cell_text(self, row_title: str, scenario: str) -> str:
        """The text shown for a row and scenario (tests read the comparison through this)."""
        for r in range(self.table.rowCount()):
            if self.table.verticalHeaderItem(r).text() == row_title:
                for k in range(self.table.columnCount()):
                    if self.table.horizontalHeaderItem(k).text() == scenario:
                        return self.table.item(r, k).text()
        raise KeyError((row_title, scenario))

    # -- actions -----------------------------------------------------------------------------------
    def _selected(self):
        item = self.tree.currentItem()
        key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((s for s in self.scenarios if s.id == key), None)

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.save_button.setEnabled(not self.readonly and bool(self.name_edit.text().strip()) and bool(self.current))
        self.save_button.setToolTip("" if self.current else _tr("Pick some candidates first."))
        self.delete_button.setEnabled(not self.readonly and chosen is not None)
        self.use_button.setEnabled(not self.readonly and chosen is not None)

    def _save(self) -> None:
        name = self.name_edit.text().strip()
        if not name or self.readonly or not self.current:
            return
        self.error_label.hide()
        self.save_button.setEnabled(False)
        self.save_requested.emit(name)

    def saved(self, scenario_id: uuid.UUID | None = None) -> None:
        """The page saved the scenario: clear the name, tick the new one for comparison."""
        self.name_edit.clear()
        if scenario_id is not None:
            self._pending_tick = scenario_id

    def failed(self, exc: BaseException) -> None:
        self.error_label.setText(describe_failure(exc))
        self.error_label.show()
        self._update_buttons()

    def _delete(self) -> None:
        chosen = self._selected()
        if chosen is not None and not self.readonly:
            self.delete_requested.emit(chosen.id, chosen.name)

    def _use(self) -> None:
        chosen = self._selected()
        if chosen is not None and not self.readonly:
            self.use_requested.emit(tuple(chosen.selected))
