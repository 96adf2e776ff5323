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

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
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
from opn_desk.gui.core.operations import OperationRunner
from opn_desk.gui.core.settings import Option, Options, Settings
from opn_desk.gui.selection import ops
from opn_desk.gui.selection.balance_panel import BROKEN, STATE_COLOURS, BalancePanel
from opn_desk.gui.selection.charts import SlateCharts
from opn_desk.gui.selection.pool_model import KEY_ROLE, PoolFilter, PoolModel
from opn_desk.gui.selection.proposal import AnswerPanel
from opn_desk.gui.selection.words import Names
from opn_desk.gui.widgets.list_page import row_table
from opn_desk.gui.widgets.pickers import find_data
from opn_desk.gui.widgets.style import heading_font, hint

SAVE_PICKS_MS = 600  # picks are saved this long after the last click: quick clicks make one step
CALL = Option("selection/call", str, "")
SPLITTER = Option("selection/splitter", QByteArray, QByteArray())
HEADER = Option("selection/header", QByteArray, QByteArray())


def _tr(text: str) -> str:
    return QCoreApplication.translate("SelectionPage", text)


class SelectionPage(QWidget):
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
        self._generation = 0
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
        for column, width in enumerate((110, 260, 130)):
            self.excluded.setColumnWidth(column, width)
        self.excluded.setMaximumHeight(130)
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
        ops.load_calls(self.runner, success=self._fill_calls)

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
        self._generation += 1
        generation = self._generation
        ops.load_round(self.runner, call_id, success=lambda loaded: self._show_round(generation, loaded))

    def _show_round(self, generation: int, loaded) -> None:
        if generation != self._generation or loaded.round.call_id != self.call_id:
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

        ops.set_picked(self.runner, value.call_id, self.model.picked, success=done, failure=failed, parent=self)

    def _on_changed(self, outcome) -> None:
        if any(o is outcome for o in self._own_outcomes):  # our own saved picks: the model already shows them
            self._own_outcomes = [o for o in self._own_outcomes if o is not outcome]
            return
        if not self._started or not (outcome.changed & ops.WATCHED):
            return
        if outcome.changed & {"call"}:
            ops.load_calls(self.runner, success=self._fill_calls)
        self.reload()

    # -- pins, renewal, scores ---------------------------------------------------------------------
    def _context_menu(self, pos: QPoint) -> None:
        key = self._key_at(self.table.indexAt(pos))
        member = self.members.get(key) if key else None
        if member is None:
            return
        menu = QMenu(self)
        self._menu_actions(menu, member)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self._menu = menu

    def _menu_actions(self, menu: QMenu, member) -> dict[str, QAction]:
        """Fill the row menu; returns the actions by name (tests trigger them)."""
        key = member.key
        pin = self.model.pins.get(key)
        picked = key in self.model.picked
        editable = not self.readonly
        actions: dict[str, QAction] = {}

        def add(name: str, text: str, slot, enabled: bool = True) -> None:
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
            actions[name] = action

        add("pick", self.tr("Unpick") if picked else self.tr("Pick"), lambda: self.model.toggle(key), editable)
        menu.addSeparator()
        add("pin_in", self.tr("Pin in (always in a proposal)"), lambda: self.set_pin(key, True),
            editable and pin is not True)
        add("pin_out", self.tr("Pin out (never in a proposal)"), lambda: self.set_pin(key, False),
            editable and pin is not False)
        add("unpin", self.tr("Remove the pin"), lambda: self.set_pin(key, None), editable and pin is not None)
        menu.addSeparator()
        add("why_not", self.tr("Why not {name}?").format(name=member.display_name), lambda: self.why_not(key),
            self.problem is not None)
        if member.status == "incumbent":
            menu.addSeparator()
            add("score", self.tr("Score of this incumbent…"), lambda: self.set_incumbent_score(member), editable)
            add("not_seeking", self.tr("Does not seek renewal"),
                lambda: self.set_seeking(member, False), editable)
        menu.addSeparator()
        add("open", self.tr("Open the organisation"), lambda: self.open_organisation_requested.emit(
            member.organisation_id))
        return actions

    def set_pin(self, key: str, pin: bool | None) -> None:
        value = self.round
        if value is None or self.readonly:
            return
        pins = self.model.pins  # with any pin still being saved: two quick pins must not undo each other
        if pin is None:
            pins.pop(key, None)
        else:
            pins[key] = pin
        name = self.names[key]
        what = (self.tr("Remove the pin of {name}") if pin is None else self.tr("Pin in {name}") if pin
                else self.tr("Pin out {name}")).format(name=name)
        self.model.set_pins(pins)  # shown now; the reload after the save confirms it
        ops.set_pin(self.runner, value.call_id, key, pin, what=what,
                    failure=lambda exc: (messages.show_failure(self, exc), self.reload()), parent=self)

    def set_seeking(self, member, seeking: bool) -> None:
        if self.round is None or self.readonly:
            return
        ops.set_seeking_renewal(self.runner, self.round.call_id, member.organisation_id, seeking, member.name,
                                failure=lambda exc: (messages.show_failure(self, exc), self.reload()), parent=self)

    def _excluded_toggled(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or self.round is None:
            return
        member = next((m for m in self.round.excluded if m.key == item.data(KEY_ROLE)), None)
        if member is not None and item.checkState() == Qt.CheckState.Checked:
            self.set_seeking(member, True)

    def set_incumbent_score(self, member, score: float | None = None) -> None:
        if self.round is None or self.readonly:
            return
        if score is None:
            score, ok = QInputDialog.getDouble(self, self.tr("Score of an incumbent"), self.tr(
                "{name} did not apply, so it has no review score. The score it is weighed with (0 to 5, like a "
                "weighted review total):").format(name=member.name), member.score, 0, 5, 2)
            if not ok:
                return
        from opn_desk.services.selection_round import set_incumbent_score

        self.runner.write(self.tr("Score {name}").format(name=member.name), set_incumbent_score, self.round.call_id,
                          member.organisation_id, score, parent=self)

    # -- the optimiser -----------------------------------------------------------------------------
    def answer_reset(self) -> None:
        self.answer.reset()

    def propose(self) -> None:
        if self.problem is None:
            return
        problem = self.problem
        self._proposing = True
        self.propose_button.setEnabled(False)

        def finished() -> None:
            self._proposing = False
            self._update_actions()

        def done(proposal) -> None:
            finished()
            if proposal is None or problem is not self.problem:
                return  # cancelled, or the round changed while it ran
            if proposal.slate is not None:
                self.answer.show_proposal(proposal, self.names, self.members, self.model.picked)
            else:
                self.answer.show_explanation(proposal.explanation, self.names, self.members)
            self.tabs.setCurrentWidget(self.answer)
            self.answered.emit(self.answer.kind)

        def failed(exc: BaseException) -> None:
            finished()
            messages.show_failure(self, exc)

        ops.propose(self.runner, problem, success=done, failure=failed, cancelled=finished, parent=self)

    def why_not(self, key: str) -> None:
        if self.problem is None or key not in self.problem.index:
            return
        problem = self.problem

        def done(answer) -> None:
            if answer is None or problem is not self.problem:
                return
            self.answer.show_why_not(answer, self.names, self.members)
            self.tabs.setCurrentWidget(self.answer)
            self.answered.emit(self.answer.kind)

        ops.why_not(self.runner, problem, key, success=done, parent=self)

    # -- rules, notes ------------------------------------------------------------------------------
    def _attribute_values(self) -> dict[str, list[str]]:
        values: dict[str, set[str]] = {}
        if self.round is None:
            return {}
        for m in self.round.pool:
            attributes = m.attributes() if hasattr(m, "attributes") else {}
            for k, v in attributes.items():
                if k != "name" and v:
                    values.setdefault(k, set()).add(v)
        return {k: sorted(v, key=str.casefold) for k, v in values.items()}

    def edit_rules(self) -> None:
        from opn_desk.gui.selection.rules_editor import RulesDialog, tor_defaults

        value = self.round
        if value is None:
            return
        if self.rules_dialog is not None and self.rules_dialog.isVisible():
            self.rules_dialog.raise_()
            return
        incumbents = any(m.incumbent for m in (*value.pool, *value.excluded))
        dialog = RulesDialog(self, seats=value.seats, rules=value.rules, values=self._attribute_values(),
                             readonly=self.readonly,
                             defaults=lambda seats: tor_defaults(seats, with_continuity=incumbents))
        self.rules_dialog = dialog

        def save(seats: int, rules: list) -> None:
            current = self.round
            ops.set_rules(self.runner, current.call_id, seats=seats, rules=rules,
                          what=self.tr("Seats and balance rules of {call}").format(call=current.call_title),
                          success=dialog.succeeded, failure=dialog.failed, parent=dialog)

        dialog.save_requested.connect(save)
        dialog.finished.connect(lambda _r: setattr(self, "rules_dialog", None) if self.rules_dialog is dialog
                                else None)
        dialog.open()

    def _notes_edited(self) -> None:
        changed = self.round is not None and self.notes.toPlainText().strip() != (self.round.notes or "").strip()
        self.save_notes_button.setEnabled(changed and not self.readonly)

    def save_notes(self) -> None:
        value = self.round
        if value is None or self.readonly:
            return
        text = self.notes.toPlainText()
        self.save_notes_button.setEnabled(False)
        ops.set_notes(self.runner, value.call_id, text, what=self.tr("Notes on {call}").format(call=value.call_title),
                      failure=lambda exc: (messages.show_failure(self, exc), self._notes_edited()), parent=self)

    # -- scenarios ---------------------------------------------------------------------------------
    def show_scenarios(self) -> None:
        from opn_desk.gui.selection.scenarios_dialog import ScenariosDialog

        if self.round is None:
            return
        if self.scenarios_dialog is not None:
            self.scenarios_dialog.show()
            self.scenarios_dialog.raise_()
            self._refresh_scenarios()
            return
        dialog = ScenariosDialog(self, readonly=self.readonly)
        self.scenarios_dialog = dialog
        dialog.save_requested.connect(self._save_scenario)
        dialog.delete_requested.connect(self._delete_scenario)
        dialog.use_requested.connect(self.use_slate)
        self._refresh_scenarios()
        dialog.show()

    def _refresh_scenarios(self) -> None:
        dialog = self.scenarios_dialog
        if dialog is None or self.round is None:
            return
        dialog.setWindowTitle(self.tr("Scenarios of {call}").format(call=self.round.call_title))
        dialog.set_round(self.round.scenarios, self.problem, self.model.picked, self.names.as_dict())

    def _save_scenario(self, name: str) -> None:
        dialog = self.scenarios_dialog
        if self.round is None or dialog is None:
            return
        self.flush_picks()
        ops.save_scenario(self.runner, self.round.call_id, name, self.model.picked, success=lambda outcome: dialog
                          .saved(getattr(outcome, "value", None)), failure=dialog.failed, parent=dialog)

    def _delete_scenario(self, scenario_id: uuid.UUID, name: str) -> None:
        if not messages.confirm(self.scenarios_dialog or self, self.tr("Delete the scenario {name}?").format(name=name),
                                self.tr("Delete")):
            return
        ops.delete_scenario(self.runner, scenario_id, name, parent=self.scenarios_dialog)

    # -- the report --------------------------------------------------------------------------------
    def _folder(self) -> Path:
        folder = Path(self.settings.get(Options.LAST_FOLDER) or Path.home())
        return folder if folder.is_dir() else Path.home()

    def write_report(self, path: Path | None = None, *, picked: bool | None = None, final: bool = False) -> None:
        """The selection report (PDF) of the proposed slate, or of the hand-picked one (asked when there
        are picks); says so plainly when the report is not part of this version."""
        value = self.round
        if value is None:
            return
        self.flush_picks()
        if picked is None:
            picked = False
            if self.model.picked:
                answer = messages.choose(self, self.tr("Which slate should the report show?"), [
                    self.tr("The proposed slate"), self.tr("My picks ({n})").format(n=len(self.model.picked)),
                    self.tr("Cancel")], detail=self.tr("The proposed slate is the best total score that meets every "
                                                       "rule; your picks are checked against the same rules."),
                    default=0, escape=2)
                if answer == 2:
                    return
                picked = answer == 1
        from opn_desk.gui.widgets.print_preview import ask_pdf_path, show_pdf

        if path is None:
            path = ask_pdf_path(self, self.tr("Save the selection report"), self._folder(),
                                self.tr("selection report"), value.call_title)
            if path is None:
                return
        self.settings.set(Options.LAST_FOLDER, str(path.parent))

        def written(pages) -> None:
            if pages is None:  # cancelled between reading and writing
                return
            self.last_report = path
            self.runner.message.emit(self.tr("Wrote {path} ({pages} pages)").format(path=path, pages=pages))
            self.pdf_shown = show_pdf(self, path, self.tr("Selection report: {call}").format(call=value.call_title))

        ops.write_report(self.runner, value.call_id, path, picked=picked, final=final, success=written, parent=self)

    # -- state -------------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        has_round = self.round is not None
        self.propose_button.setEnabled(self.problem is not None and has_round and not self._proposing)
        self.rules_button.setEnabled(has_round)
        self.scenarios_button.setEnabled(has_round)
        self.report_button.setEnabled(has_round)
        self.rules_button.setText(self.tr("Seats and rules…") if not self.readonly else self.tr("Seats and rules"))

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
