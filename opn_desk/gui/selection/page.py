"""The Selection area: choose a core-partner call, pick the slate from its pool with the balance in
view, ask the optimiser for the best slate (or why there is none), compare scenarios, edit the rules.

Stored rounds are read and written through selection_operations on the database worker; the
optimiser runs on the files worker. The balance re-check is pure counting (well under a
millisecond for 40 seats) and runs on the UI thread on every pick; picks are saved a moment after
the last click, one undo step each time.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.core.settings import Option, Settings
from opn_desk.gui.selection import ops
from opn_desk.gui.selection.balance_panel import BROKEN, STATE_COLOURS, BalancePanel
from opn_desk.gui.selection.charts import SlateCharts
from opn_desk.gui.selection.page_actions import SelectionActions
from opn_desk.gui.selection.pool_model import KEY_ROLE, PoolFilter, PoolModel
from opn_desk.gui.selection.proposal import AnswerPanel
from opn_desk.gui.selection.words import Names
from opn_desk.gui.widgets.columns import set_column_widths
from opn_desk.gui.widgets.list_page import row_table
from opn_desk.gui.widgets.pickers import find_data
from opn_desk.gui.widgets.style import heading_font, hint
from opn_desk.gui.widgets.table_export import offer_export

SAVE_PICKS_MS = 600  # picks are saved this long after the last click: quick clicks make one step
CALL = Option("selection/call", str, "")
SPLITTER = Option("selection/splitter", QByteArray, QByteArray())
HEADER = Option("selection/header", QByteArray, QByteArray())


def _tr(text: str) -> str:
    return QCoreApplication.translate("SelectionPage", text)


class SelectionPage(SelectionActions, QWidget):
    open_organisation_requested = Signal(object)  # organisation id
    round_loaded = Signal()  # a round (re)loaded and shown
    answered = Signal(str)  # "proposal", "explanation" or "why_not": an answer is shown

    def __init__(self, runner: OperationRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.readonly = runner.readonly
        self.calls: list = []
        self.round = None  # RoundValue of the call shown
        self.problem = None  # its SelectionProblem (None when its stored rules are unusable)
        self.problem_error = ""
        self.names = Names()
        self.members: dict = {}
        self.check = None  # the latest BalanceCheck
        self.last_recheck_ms = 0.0
        self._saved_notes = ""
        self.rules_dialog = None
        self.scenarios_dialog = None
        self.last_report: Path | None = None
        self.pdf_shown = None  # the preview of the last report written
        self._started = False
        self._proposing = False
        self._round = ReadOp(runner, ops.loaded_round, on_desk=True)  # the latest answer only
        self._calls = ReadOp(runner, ops.selection_calls, on_desk=True)
        self._saving_picks = 0
        self._own_outcomes: list = []  # our saved picks' outcomes, until runner.changed brings them
        self.model = PoolModel(self)
        self.model.editable = not self.readonly
        self.proxy = PoolFilter(self)
        self.proxy.setSourceModel(self.model)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_PICKS_MS)
        self._save_timer.timeout.connect(self.save_picks)
        self._build()
        self.model.picks_changed.connect(self._picks_changed)
        runner.changed.connect(self._on_changed)

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        outer.setSpacing(8)
        top = QHBoxLayout()
        title = QLabel(self.tr("Selection"))
        title.setFont(heading_font(title, 1.45))
        self.call_combo = QComboBox()
        self.call_combo.setToolTip(self.tr("The core-partner call whose slate you are choosing"))
        self.call_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.call_combo.setMinimumContentsLength(28)
        self.propose_button = QPushButton(self.tr("Propose"))
        self.propose_button.setToolTip(self.tr("The slate with the best total review score that meets every rule "
                                               "and pin (or, if there is none, why)"))
        self.rules_button = QPushButton(self.tr("Seats and rules…"))
        self.scenarios_button = QPushButton(self.tr("Scenarios…"))
        self.report_button = QToolButton()
        self.report_button.setText(self.tr("Selection report…"))
        self.report_button.setToolTip(self.tr("The rules, pool, slate, balance, alternates and your notes as a "
                                              "printable PDF"))
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        report_menu = QMenu(self.report_button)
        self.draft_report_action = report_menu.addAction(self.tr("Draft report…"))
        self.final_report_action = report_menu.addAction(self.tr("Final report (no DRAFT mark)…"))
        self.report_button.setMenu(report_menu)
        top.addWidget(title)
        top.addSpacing(10)
        top.addWidget(self.call_combo, 1)
        top.addStretch(0)
        for button in (self.propose_button, self.rules_button, self.scenarios_button, self.report_button):
            top.addWidget(button)
        outer.addLayout(top)

        self.status_label = QLabel(self.tr("Loading the calls…"))
        self.status_label.setWordWrap(True)
        self.readonly_label = hint(self.tr("This database is open read-only: you can look, propose and compare, "
                                           "but not pick, pin or save."))
        self.readonly_label.setVisible(self.readonly)
        outer.addWidget(self.status_label)
        outer.addWidget(self.readonly_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)
        self.splitter.addWidget(self._pool_side())
        self.splitter.addWidget(self._balance_side())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        if not self.settings.restore_state(self.splitter, SPLITTER):
            self.splitter.setSizes([760, 520])

        self.call_combo.currentIndexChanged.connect(self._call_chosen)
        self.propose_button.clicked.connect(self.propose)
        self.rules_button.clicked.connect(self.edit_rules)
        self.scenarios_button.clicked.connect(self.show_scenarios)
        self.draft_report_action.triggered.connect(lambda: self.write_report())
        self.final_report_action.triggered.connect(lambda: self.write_report(final=True))
        self._update_actions()

    def _pool_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(6)
        row = QHBoxLayout()
        self.pool_label = QLabel(self.tr("Pool"))
        self.pool_label.setFont(heading_font(self.pool_label, 1.1))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find in the pool: name, country or representative"))
        self.picked_only = QCheckBox(self.tr("Picked only"))
        row.addWidget(self.pool_label)
        row.addStretch(1)
        row.addWidget(self.search, 2)
        row.addWidget(self.picked_only)
        layout.addLayout(row)

        self.table = row_table(self.proxy, (34, 270, 56, 150, 150, 70, 74, 84, 100, 110, 160))
        self.table.setSortingEnabled(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # In the row menu (page_actions.py): the pool as shown; with "Picked only", the slate.
        self.export = offer_export(self.table, self.runner, self.tr("Pool"), menu=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        if not self.settings.restore_state(header, HEADER):
            header.setSortIndicator(PoolModel.COLUMNS.index("score"), Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        self.empty_label = hint(self.tr("No candidates yet: the pool is the call's applications that passed "
                                        "screening (under review or later) and the incumbents seeking renewal."))
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

        self.excluded_label = QLabel()
        self.excluded_label.setWordWrap(True)
        self.excluded = QTableWidget(0, 4)
        self.excluded.setHorizontalHeaderLabels([self.tr("Seeks renewal"), self.tr("Organisation"),
                                                 self.tr("Country"), self.tr("Regional group")])
        self.excluded.verticalHeader().hide()
        self.excluded.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.excluded.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.excluded.horizontalHeader().setStretchLastSection(True)
        set_column_widths(self.excluded, (110, 260, 130))
        self.excluded.setMaximumHeight(130)
        self.excluded_export = offer_export(self.excluded, self.runner, self.tr("Incumbents not seeking renewal"))
        layout.addWidget(self.excluded_label)
        layout.addWidget(self.excluded)
        self.excluded_label.hide()
        self.excluded.hide()

        self.search.textChanged.connect(self.proxy.set_text)
        self.picked_only.toggled.connect(self.proxy.set_picked_only)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.installEventFilter(self)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.excluded.itemChanged.connect(self._excluded_toggled)
        return side

    def _balance_side(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        balance = QWidget()
        layout = QVBoxLayout(balance)
        layout.setContentsMargins(6, 6, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self.balance = BalancePanel()
        self.charts = SlateCharts()
        split.addWidget(self.balance)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([440, 300])
        layout.addWidget(split)
        self.tabs.addTab(balance, self.tr("Balance"))

        self.answer = AnswerPanel()
        self.answer.set_editable(not self.readonly)
        self.answer.layout().setContentsMargins(6, 6, 0, 0)
        self.answer.use_slate.connect(self.use_slate)
        self.tabs.addTab(self.answer, self.tr("Proposal"))

        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(6, 6, 0, 0)
        notes_layout.addWidget(hint(self.tr("Your notes on this round: the trade-offs made and why. They go into "
                                            "the selection report.")))
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(self.readonly)
        self.save_notes_button = QPushButton(self.tr("Save notes"))
        self.save_notes_button.setEnabled(False)
        self.save_notes_button.setVisible(not self.readonly)
        notes_layout.addWidget(self.notes, 1)
        notes_row = QHBoxLayout()
        notes_row.addStretch(1)
        notes_row.addWidget(self.save_notes_button)
        notes_layout.addLayout(notes_row)
        self.tabs.addTab(notes, self.tr("Notes"))
        self.notes.textChanged.connect(self._notes_edited)
        self.save_notes_button.clicked.connect(self.save_notes)
        return self.tabs

    # -- loading -----------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.start()

    def start(self) -> None:
        """Load the core-partner calls and the remembered (or newest) call's round, once."""
        if self._started:
            return
        self._started = True
        self._calls.run(success=self._fill_calls)

    def _fill_calls(self, calls) -> None:
        self.calls = list(calls)
        current = self.call_combo.currentData() or self._remembered_call()
        self.call_combo.blockSignals(True)
        self.call_combo.clear()
        for c in self.calls:
            self.call_combo.addItem(self.tr("{title} ({programme}, closes {closes})").format(
                title=c.title, programme=c.programme_code, closes=labels.day(c.closes_on)), c.call_id)
        index = find_data(self.call_combo, current) if current is not None else -1
        if index < 0 and self.calls:
            # First visit: the newest call the desk has already worked on, else the newest call.
            index = next((i for i, c in enumerate(self.calls) if c.has_round), 0)
        self.call_combo.setCurrentIndex(index)
        self.call_combo.blockSignals(False)
        if not self.calls:
            self.status_label.setText(self.tr("There is no core-partner call yet. Add one under Applications › "
                                              "Calls and evaluation criteria; its screened applications become "
                                              "the pool."))
            self.balance.clear(self.tr("No call chosen."))
            self._update_actions()
            return
        if self.round is None or self.round.call_id != self.call_combo.currentData():
            self._call_chosen()

    def _remembered_call(self) -> uuid.UUID | None:
        try:
            return uuid.UUID(self.settings.get(CALL)) if self.settings.get(CALL) else None
        except ValueError:
            return None

    @property
    def call_id(self) -> uuid.UUID | None:
        return self.call_combo.currentData()


    def _call_chosen(self) -> None:
        call_id = self.call_id
        if call_id is None:
            return
        self.flush_picks()
        self.settings.set(CALL, str(call_id))
        self.round = None
        self.problem = None
        self.model.set_pool((), (), {})  # nothing to pick until the new round is here
        self.answer_reset()
        self.status_label.setText(self.tr("Loading the round…"))
        self.reload()

    def reload(self) -> None:
        call_id = self.call_id
        if call_id is None:
            return
        self._round.run(call_id, success=self._show_round)

    def _show_round(self, loaded) -> None:
        if loaded.round.call_id != self.call_id:
            return
        value = loaded.round
        same_call = self.round is not None and self.round.call_id == value.call_id
        if same_call and _terms(self.round) != _terms(value) and self.answer.kind:
            self.answer.stale(self.tr("The seats, rules or pins have changed since this answer: press Propose "
                                      "again."))
        # Picks made since the last save stay: the stored slate would take them back.
        keep_picks = same_call and (self._save_timer.isActive() or self._saving_picks > 0)
        picked = self.model.picked if keep_picks else value.picked
        self.round = value
        self.problem = loaded.problem
        self.problem_error = loaded.problem_error
        self.members = {m.key: m for m in value.pool}
        self.names = Names((*value.pool, *value.excluded))
        current = self._key_at(self.table.currentIndex()) if same_call else None
        scrolled = self.table.verticalScrollBar().value() if same_call else 0
        self.model.set_pool(value.pool, picked, value.pins)
        header = self.table.horizontalHeader()
        self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if current is not None and self.model.row_of(current) >= 0:  # a reload keeps the officer's place
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(self.model.row_of(current), 1)))
        self.table.verticalScrollBar().setValue(scrolled)
        self._fill_excluded(value)
        if self.notes.toPlainText() == self._saved_notes or not same_call:  # unsaved notes stay
            self.notes.blockSignals(True)
            self.notes.setPlainText(value.notes)
            self.notes.blockSignals(False)
        self._saved_notes = value.notes
        self._notes_edited()
        self.empty_label.setVisible(not value.pool)
        self._recheck()
        self._update_actions()
        self._refresh_scenarios()
        self.round_loaded.emit()

    def _fill_excluded(self, value) -> None:
        self.excluded.blockSignals(True)
        self.excluded.setRowCount(len(value.excluded))
        for r, m in enumerate(value.excluded):
            applied = m.application_id is not None  # renews (or not) through its application to this call
            box = QTableWidgetItem(self.tr("Applied: {status}").format(status=labels.status(m.status)) if applied
                                   else self.tr("No"))
            box.setFlags(Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsUserCheckable
                                                      if not self.readonly and not applied else Qt.ItemFlag.NoItemFlags))
            if not applied:
                box.setCheckState(Qt.CheckState.Unchecked)
            box.setData(KEY_ROLE, m.key)
            box.setToolTip(self.tr("{name} applied to this call; its application is {status}, so it is not in the "
                                   "pool.").format(name=m.name, status=labels.status(m.status).lower()) if applied
                           else self.tr("Tick when {name} seeks renewal: it joins the pool.").format(name=m.name))
            self.excluded.setItem(r, 0, box)
            for c, text in enumerate((m.display_name, m.country, labels.regional_group(m.regional_group or None)),
                                     start=1):
                self.excluded.setItem(r, c, QTableWidgetItem(text))
        self.excluded.blockSignals(False)
        n = len(value.excluded)
        self.excluded_label.setText((self.tr("Incumbents not seeking renewal ({n}), not in the pool:") if self.readonly
                                     else self.tr("Incumbents not seeking renewal ({n}), not in the pool; tick one "
                                                  "that seeks renewal:")).format(n=n))
        self.excluded_label.setVisible(bool(n))
        self.excluded.setVisible(bool(n))
        self.excluded.setMaximumHeight(min(130, self.excluded.verticalHeader().defaultSectionSize() * (n + 1) + 6))

    # -- the balance -------------------------------------------------------------------------------
    def _picks_changed(self) -> None:
        self._recheck()
        if self.picked_only.isChecked():
            self.proxy.invalidate()
        if not self.readonly and self.round is not None:
            self._save_timer.start()
        if self.scenarios_dialog is not None and self.scenarios_dialog.isVisible():
            self._refresh_scenarios()

    def _recheck(self) -> None:
        from opn_desk.selection import recheck

        value = self.round
        picked = self.model.picked
        members = [self.members[k] for k in picked if k in self.members]
        if value is None:
            return
        if self.problem is None:
            self.check = None
            self.balance.clear(self.tr("The round's rules cannot be used: {reason} Fix them in Seats and rules.")
                               .format(reason=self.problem_error))
        else:
            started = time.perf_counter()
            check = recheck(self.problem, picked)
            self.last_recheck_ms = (time.perf_counter() - started) * 1000
            self.check = check
            self.balance.show_check(_named(check, self.names))
        self.charts.show_slate(members, self.problem)
        self._show_status()

    def _show_status(self) -> None:
        value = self.round
        if value is None:
            return
        picked = len(self.model.picked)
        parts = [self.tr("{n} candidates in the pool").format(n=len(value.pool)) if len(value.pool) != 1
                 else self.tr("1 candidate in the pool"),
                 self.tr("{picked} of {seats} seats picked").format(picked=picked, seats=value.seats)]
        ink = ""
        if self.check is not None and self.check.rules:
            broken = len(self.check.broken)
            if broken:
                parts.append(self.tr("1 rule broken") if broken == 1 else self.tr("{n} rules broken").format(n=broken))
                ink = STATE_COLOURS[BROKEN][0]
            elif self.check.ok:
                parts.append(self.tr("every rule met"))
        if value.round_id is None:
            parts.append(self.tr("rules: the Terms of Reference's defaults (not saved yet)"))
        self.status_label.setText(" · ".join(parts))
        self.status_label.setStyleSheet(f"color: {ink};" if ink else "")

    # -- picking -----------------------------------------------------------------------------------
    def _key_at(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        return self.proxy.data(self.proxy.index(index.row(), 0), KEY_ROLE)

    def eventFilter(self, watched, event) -> bool:
        # Space picks or unpicks the current row from any column (the checkbox alone would need column 0).
        if watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space \
                and not event.modifiers():
            key = self._key_at(self.table.currentIndex())
            if key is not None:
                self.model.toggle(key)
                return True
        return super().eventFilter(watched, event)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == 0:  # the checkbox column toggles on its own click
            return
        key = self._key_at(index)
        if key is not None:
            self.model.toggle(key)

    def pick(self, key: str, picked: bool = True) -> bool:
        return self.model.toggle(key, picked)

    def use_slate(self, ids) -> None:
        """Replace the picks with a slate (a proposal, the closest slate, a scenario), after asking."""
        if self.readonly or self.round is None:
            return
        ids = tuple(ids)
        current = self.model.picked
        if current and set(current) != set(ids):
            if not messages.confirm(self, self.tr("Replace your {n} picks with this slate?").format(n=len(current)),
                                    self.tr("Replace the picks"),
                                    detail=self.tr("You can undo it with Edit › Undo, or save the picks as a "
                                                   "scenario first.")):
                return
        self.model.set_picked(ids)
        self.tabs.setCurrentIndex(0)

    def flush_picks(self) -> None:
        """Save pending picks now (changing call, closing the window)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_picks()

    def save_picks(self) -> None:
        self._save_timer.stop()
        value = self.round
        if value is None or self.readonly:
            return
        self._saving_picks += 1

        def done(outcome) -> None:
            self._saving_picks -= 1
            if getattr(outcome, "changed", None):  # an unchanged slate broadcasts nothing
                self._own_outcomes.append(outcome)

        def failed(exc: BaseException) -> None:
            self._saving_picks -= 1
            messages.show_failure(self, exc)
            self.reload()

        from opn_desk.services import selection_round

        picked = list(self.model.picked)
        WriteOp(QCoreApplication.translate("Selection", "Pick the slate ({count} picked)").format(count=len(picked)),
                selection_round.set_picked, value.call_id, picked).success(done).failure(failed) \
            .run_in(self.runner, parent=self)

    def _on_changed(self, outcome) -> None:
        if any(o is outcome for o in self._own_outcomes):  # our own saved picks: the model already shows them
            self._own_outcomes = [o for o in self._own_outcomes if o is not outcome]
            return
        if not self._started or not (outcome.changes.touches(ops.WATCHED)):
            return
        if outcome.changes.touches("call"):
            self._calls.run(success=self._fill_calls)
        self.reload()

    # -- state -------------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        has_round = self.round is not None
        self.propose_button.setEnabled(self.problem is not None and has_round and not self._proposing)
        self.rules_button.setEnabled(has_round)
        self.scenarios_button.setEnabled(has_round)
        self.report_button.setEnabled(has_round)
        self.rules_button.setText(self.tr("Seats and rules…") if not self.readonly else self.tr("Seats and rules"))

    def search_box(self):
        """Where Ctrl+F goes in this area."""
        return self.search

    def save_state(self) -> None:
        self.flush_picks()
        self.settings.save_state(self.splitter, SPLITTER)
        self.settings.save_state(self.table.horizontalHeader(), HEADER)


def _terms(value) -> tuple:
    """What a proposal depends on besides the pool: seats, rules, pins."""
    return value.seats, value.rules, tuple(sorted(value.pins.items()))


def _named(check, names: Names):
    """The check with the library's "<name> (<id>)" turned into the desk's names."""
    from dataclasses import replace

    return replace(check, rules=tuple(replace(r, message=names.text(r.message)) for r in check.rules))
