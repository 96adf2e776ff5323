"""The Organisations area: a header with the count, search and filters; the table; the editor."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

from opn_desk.domain.programmes import PROGRAMMES
from opn_desk.gui.core import labels
from opn_desk.gui.core.operations import OperationRunner
from opn_desk.gui.core.settings import Options, Settings
from opn_desk.gui.registry.model import WATCHED, OrganisationTableModel
from opn_desk.gui.registry.organisation_editor import OrganisationEditor
from opn_desk.gui.widgets.list_page import (
    add_header,
    empty_note,
    filter_combo,
    filter_row,
    row_table,
    search_box,
    split_page,
)
from opn_desk.gui.widgets.table_export import offer_export

SEARCH_DELAY_MS = 150
FOLLOW_DELAY_MS = 120
_WIDTHS = (290, 72, 150, 175, 175, 90)


class RegistryPage(QWidget):
    counts_changed = Signal(int, int)
    first_page_loaded = Signal()

    def __init__(self, runner: OperationRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.model = OrganisationTableModel(runner, self)
        self._first_page_seen = False
        self._build()
        runner.changed.connect(self._on_changed)

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.splitter, layout = split_page(self)
        self.search = search_box(self.tr("Search names, acronyms, countries"), 420)
        self.search.setToolTip(self.tr("Searches the name, acronym, other names and country (Ctrl+F)"))
        self.new_button = QPushButton(self.tr("New organisation"))
        self.new_button.setVisible(not self.runner.readonly)
        self.count_label = add_header(layout, self.tr("Organisations"), self.tr("Loading…"), self.search,
                                      [self.new_button])

        self.programme_filter = filter_combo(
            self.tr("All programmes"), self.tr("Active in programme"),
            [(f"{p.code} — {labels.programme(p.code)}", p.code) for p in PROGRAMMES])
        self.role_filter = filter_combo(self.tr("All roles"), self.tr("Active in the role"),
                                        [(labels.role(r), r.value) for r in labels.ROLES])
        self.group_filter = filter_combo(self.tr("All groups"), self.tr("Regional group of the country"),
                                         [(labels.regional_group(g), g.value) for g in labels.GROUPS]
                                         + [(labels.regional_group(None), "none")])
        self.cluster_filter = filter_combo(self.tr("All clusters"), self.tr("Stakeholder cluster"),
                                           [(labels.cluster(c), c.value) for c in labels.CLUSTERS])
        self.clear_filters = QPushButton(self.tr("Clear filters"))
        self.clear_filters.setEnabled(False)
        layout.addWidget(filter_row((self.programme_filter, self.role_filter, self.group_filter,
                                     self.cluster_filter), self.clear_filters))

        self.table = row_table(self.model, _WIDTHS)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.export = offer_export(self.table, self.runner, self.tr("Organisations"))
        header = self.table.horizontalHeader()
        if not self.settings.restore_state(header, Options.REGISTRY_HEADER) \
                or not 0 <= header.sortIndicatorSection() < self.model.columnCount():
            # Qt's default indicator is descending: the registry opens A to Z by name.
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        # Shown over the empty table, where the eye is, when nothing matches.
        self.empty_label = empty_note(
            self.table, self.tr("No organisation matches. Try fewer words or clear the filters."))

        self.editor = OrganisationEditor(self.runner)
        self.editor.setMinimumWidth(400)
        self.editor.hide()
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)  # a wider window widens the table, not the form
        self.editor.ui.tabs.setCurrentIndex(0)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        for combo in (self.programme_filter, self.role_filter, self.group_filter, self.cluster_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.clear_filters.clicked.connect(self.reset_filters)
        self.new_button.clicked.connect(self.new_organisation)
        self.table.activated.connect(self._activated)
        self._follow_timer = QTimer(self, singleShot=True, interval=FOLLOW_DELAY_MS)
        self._follow_timer.timeout.connect(self._follow_selection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow_timer.start())
        self.model.counts_changed.connect(self._show_counts)
        self.model.loaded.connect(self._loaded)
        self.model.sort_refused.connect(self._restore_sort_indicator)
        self.model.modelReset.connect(self._reselect_open)
        self.editor.closed.connect(self.table.setFocus)
        self.editor.saved.connect(self._select_id)

    def start(self) -> None:
        """Load the first page (sorted as the header was left) and turn on header sorting."""
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if not self.model.loading and not self.model.has_loaded:
            self.model.set_query(self.model.query)
        self.table.setSortingEnabled(True)

    # -- search and filters ------------------------------------------------------------------------
    def search_box(self):
        """Where Ctrl+F goes in this area."""
        return self.search

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_filters(text=self.search.text())

    def _apply_filters(self) -> None:
        self.model.set_filters(programme=self.programme_filter.currentData(), role=self.role_filter.currentData(),
                               regional_group=self.group_filter.currentData(),
                               stakeholder_cluster=self.cluster_filter.currentData())
        self.clear_filters.setEnabled(any(c.currentIndex() > 0 for c in (
            self.programme_filter, self.role_filter, self.group_filter, self.cluster_filter)))

    def reset_filters(self) -> None:
        for combo in (self.programme_filter, self.role_filter, self.group_filter, self.cluster_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._apply_filters()

    def _restore_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if self.model.query.descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), order)
        header.blockSignals(False)
        header.viewport().update()

    def _show_counts(self, total: int, everything: int) -> None:
        if total == everything:
            text = labels.organisations(total)
        else:
            text = self.tr("{shown} of {all}").format(shown=labels.number(total), all=labels.organisations(everything))
        self.count_label.setText(text)
        if everything == 0:
            self.empty_label.setText(self.tr("There are no organisations in this database yet. Add the first with "
                                             "New organisation, or try OPN Desk on File › New demo database."))
        else:
            self.empty_label.setText(self.tr("No organisation matches. Try fewer words or clear the filters."))
        self.empty_label.setVisible(total == 0)
        self.counts_changed.emit(total, everything)

    def _loaded(self) -> None:
        if self.model.rowCount():
            self.empty_label.hide()  # rows came before their count
        if not self._first_page_seen:
            self._first_page_seen = True
            self.first_page_loaded.emit()

    # -- opening -----------------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        org_id = self.model.id_at(index.row())
        if org_id is not None:
            self.open_organisation(org_id)

    def open_row(self, row: int) -> None:
        org_id = self.model.id_at(row)
        if org_id is not None:
            self.table.selectRow(row)
            self.open_organisation(org_id)

    def open_organisation(self, org_id: uuid.UUID) -> None:
        if self.editor.isVisible() and self.editor.org_id == org_id:
            return
        if not self.editor.may_leave(then=lambda: self.open_organisation(org_id)):
            return
        self._show_editor()
        self.editor.open_organisation(org_id)

    def new_organisation(self) -> None:
        if self.runner.readonly or not self.editor.may_leave(then=self.new_organisation):
            return
        self.table.clearSelection()
        self._show_editor()
        self.editor.new_organisation()

    def _show_editor(self) -> None:
        if self.editor.isVisible():
            return
        self.editor.show()
        total = sum(self.splitter.sizes())
        wanted = self.settings.get(Options.EDITOR_WIDTH) or int(total * 0.42)
        wanted = max(self.editor.minimumWidth(), min(wanted, total - 420))
        self.splitter.setSizes([total - wanted, wanted])

    def _follow_selection(self) -> None:
        # Once the editor is open, moving through the table shows each organisation in turn,
        # unless there are unsaved edits.
        if not self.editor.isVisible() or self.editor.dirty or self.editor.org_id is None:
            return
        index = self.table.currentIndex()
        org_id = self.model.id_at(index.row()) if index.isValid() else None
        if org_id is not None and org_id != self.editor.org_id:
            self.editor.open_organisation(org_id)

    def _select_id(self, org_id: uuid.UUID) -> None:
        row = self.model.row_of(org_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _reselect_open(self) -> None:
        if self.editor.isVisible() and self.editor.org_id is not None:
            QTimer.singleShot(0, lambda: self._select_id(self.editor.org_id) if self.editor.org_id else None)

    def _on_changed(self, outcome) -> None:
        if outcome.changes.touches(WATCHED):
            self.model.refresh()
        self.editor.on_changed(outcome)

    # -- state -------------------------------------------------------------------------------------
    def save_state(self) -> None:
        self.settings.save_state(self.table.horizontalHeader(), Options.REGISTRY_HEADER)
        if self.editor.isVisible():
            self.settings.set(Options.EDITOR_WIDTH, self.splitter.sizes()[1])
