"""The Reporting area's "Partnership health" tab: every partner holding a role today with its signals and
Red/Amber/Green level, the ones whose health dropped first; recording a self-assessment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from opn_desk.domain.vocab import RAG
from opn_desk.gui.core.operations import OperationRunner, ReadOp, WriteOp
from opn_desk.gui.reporting import words
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.list_page import empty_note, filter_combo, row_table, search_box
from opn_desk.gui.widgets.partner_health import AssessmentDialog, trend_text
from opn_desk.gui.widgets.rows_model import RowsModel
from opn_desk.gui.widgets.style import hint
from opn_desk.services import health

SIGNALS = ("reported", "mac", "initiatives", "commitments", "self_assessment")
_ORDER = {"red": 0, "amber": 1, "green": 2, None: 3}
__all__ = ["HealthTab", "trend_text"]


class HealthTab(QWidget):
    open_organisation_requested = Signal(object)

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.partners = []
        self.dialog = None
        self.loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.level_filter = filter_combo(self.tr("Every level"), self.tr("Health of the partnership"),
                                         [(words.rag(t.code), t.code) for t in RAG.terms])
        self.dropped_only = QCheckBox(self.tr("Only those whose health dropped"))
        self.search = search_box(self.tr("Search partners"), 300)
        self.count = QLabel()
        for w in (self.level_filter, self.dropped_only, self.search):
            top.addWidget(w)
        top.addWidget(self.count, 1)
        layout.addLayout(top)
        layout.addWidget(hint(self.tr(
            "Every partner holding a role today, in any programme. Signals: reported in the last cycle of each of "
            "its programmes, MAC participation (once meetings are recorded), its initiatives kept up to date, a "
            "co-lead's renewal commitments, and the desk's latest self-assessment. The health dropped when the "
            "latest point of its trend is below the one before.")))
        self.model = RowsModel([self.tr("Partner"), self.tr("Role"), self.tr("Health"), self.tr("Dropped"),
                                self.tr("Reported"), self.tr("MAC"), self.tr("Initiatives"),
                                self.tr("Commitments"), self.tr("Self-assessment"), self.tr("Trend")])
        self.table = row_table(self.model, (220, 110, 60, 70, 70, 45, 75, 95, 105, 200))
        layout.addWidget(self.table, 1)
        self.empty = empty_note(self.table, self.tr("No partner matches."))
        buttons = QHBoxLayout()
        self.assess_button = QPushButton(self.tr("Record a self-assessment…"))
        self.assess_button.setVisible(not runner.readonly)
        self.open_button = QPushButton(self.tr("Open the organisation"))
        buttons.addWidget(self.assess_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.level_filter.currentIndexChanged.connect(lambda _i: self.fill())
        self.dropped_only.toggled.connect(lambda _b: self.fill())
        self.search.textChanged.connect(lambda _t: self.fill())
        self.assess_button.clicked.connect(self.assess)
        self.open_button.clicked.connect(self._open)
        self.table.activated.connect(lambda _i: self._open())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._read = ReadOp(runner, health.health_list)
        self._enable()

    def refresh(self) -> None:
        self._read.run(success=self._loaded)

    def _loaded(self, partners) -> None:
        # The ones whose health dropped first, then the worst level first.
        self.partners = sorted(partners, key=lambda h: (not h.dropped, _ORDER.get(h.level, 3),
                                                        h.organisation.casefold()))
        self.loaded = True
        self.fill()

    def fill(self) -> None:
        wanted = self.level_filter.currentData()
        text = self.search.text().strip().casefold()
        selected = self.selected()
        rows = []
        for h in self.partners:
            if wanted and h.level != wanted:
                continue
            if self.dropped_only.isChecked() and not h.dropped:
                continue
            if text and text not in h.organisation.casefold():
                continue
            signals = {s.name: s for s in h.signals}
            cells = [h.organisation, words.roles(h.roles), words.rag(h.level), self.tr("dropped") if h.dropped else ""]
            colours = {2: words.RAG_COLOURS.get(h.level, ("#ececec", "#505050"))}
            for i, name in enumerate(SIGNALS):
                s = signals.get(name)
                cells.append(words.rag(s.level) if s else "")
                if s and s.level:
                    colours[4 + i] = words.RAG_COLOURS[s.level]
            cells.append(trend_text(h.trend))
            if h.dropped:
                colours[3] = words.RAG_COLOURS["red"]
            rows.append((tuple(cells), h, colours))
        self.model.set_rows(rows)
        dropped = sum(1 for h in self.partners if h.dropped)
        self.count.setText(self.tr("{shown} of {total} partners; health dropped for {dropped}").format(
            shown=len(rows), total=len(self.partners), dropped=dropped))
        self.empty.setVisible(not rows)
        if selected is not None:
            for r, h in enumerate(self.model.records):
                if h.organisation_id == selected.organisation_id:
                    self.table.selectRow(r)
        self._enable()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _enable(self) -> None:
        h = self.selected()
        self.assess_button.setEnabled(h is not None)
        self.open_button.setEnabled(h is not None)

    def assess(self) -> None:
        h = self.selected()
        if h is None:
            return
        dialog = AssessmentDialog(self, h.organisation, "co_lead" in h.roles, date.today())

        def submit() -> None:
            day, rag, commitments, note = dialog.values()
            WriteOp(self.tr("Record the self-assessment of {name}").format(name=h.organisation),
                    health.record_self_assessment, h.organisation_id, day, rag, note=note,
                    commitments_met=commitments).success(dialog.succeeded).failure(dialog.failed) \
                .run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def _open(self) -> None:
        h = self.selected()
        if h is not None:
            self.open_organisation_requested.emit(h.organisation_id)
