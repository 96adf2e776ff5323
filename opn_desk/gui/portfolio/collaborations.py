"""Who works with whom, on a map: the organisations taking part in initiatives (not closed) placed at their
country, a line for each pair sharing initiatives (thicker for more), to spot coalitions and match-making;
beside it the pairs as a table and what the chosen organisation does. Hover a point for the organisation
and its initiatives; click it (or a pair in the table) to choose it. The programme filter narrows both.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core.operations import OperationRunner, ReadOp
from opn_desk.gui.portfolio.partner_map import PartnerMapView
from opn_desk.gui.widgets.list_page import empty_note, filter_combo, row_table
from opn_desk.gui.widgets.rows_model import RowsModel
from opn_desk.services import partner_map


class CollaborationsTab(QWidget):
    open_organisation_requested = Signal(object)

    def __init__(self, runner: OperationRunner, programmes: list[tuple[str, str]] = (), parent=None):
        super().__init__(parent)
        self.runner = runner
        self.loaded = False
        self.value = None  # the `PartnerMap` shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.programme = filter_combo(self.tr("Every programme"), self.tr("Programme"), list(programmes))
        self.count = QLabel()
        self.count.setWordWrap(True)
        top.addWidget(self.programme)
        top.addWidget(self.count, 1)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.model = RowsModel([self.tr("Organisation"), self.tr("Works with"), self.tr("Initiatives shared")])
        self.table = row_table(self.model, (160, 160, 110))
        self.empty = empty_note(self.table, self.tr("No organisations share an initiative."))
        column.addWidget(self.table, 3)
        self.detail = QLabel(self.tr("Point at an organisation on the map to see its initiatives; click it to "
                                     "choose it."))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        column.addWidget(scroll, 2)
        self.open_button = QPushButton(self.tr("Open the organisation"))
        self.open_button.setEnabled(False)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        rings = partner_map.land_rings()
        self.map = PartnerMapView(rings)
        self.graph = self.map  # the drawing, under its former name
        splitter.addWidget(side)
        splitter.addWidget(self.map)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([430, 770])
        layout.addWidget(splitter, 1)
        self.programme.currentIndexChanged.connect(lambda _i: self.refresh())
        self.map.organisation_chosen.connect(self._show_organisation)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._pair_chosen())
        self.open_button.clicked.connect(lambda: self.open_organisation_requested.emit(self.map.chosen)
                                         if self.map.chosen is not None else None)
        self._read = ReadOp(runner, partner_map.partner_map)

    def set_programmes(self, programmes: list[tuple[str, str]]) -> None:
        if self.programme.count() > 1:
            return
        for text, code in programmes:
            self.programme.addItem(text, code)

    def refresh(self) -> None:
        self._read.run(programme=self.programme.currentData(), success=self._loaded)

    def _loaded(self, value) -> None:
        self.loaded = True
        self.value = value
        chosen = self.map.chosen
        self.model.set_rows([((value.names[a], value.names[b], str(n)), (a, b, n), {}) for a, b, n in value.links])
        self.map.set_map(value)
        placed = len(value.organisations) - len(value.not_placed)
        text = self.tr("{count} pairs of organisations share initiatives; {placed} organisations on the map.").format(
            count=len(value.links), placed=placed)
        if value.not_placed:
            text += " " + self.tr("Not on the map (no country, or one without a known place): {names}.").format(
                names=", ".join(o.name for o in value.not_placed[:5]) + ("…" if len(value.not_placed) > 5 else ""))
        self.count.setText(text)
        self.empty.setVisible(not value.links)
        self.map.choose(chosen)

    def _pair_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            a, _b, _n = self.model.record(rows[0].row())
            if a != self.map.chosen:
                self.map.choose(a)

    def _show_organisation(self, organisation_id) -> None:
        self.open_button.setEnabled(organisation_id is not None)
        if organisation_id is None or self.value is None:
            self.detail.setText(self.tr("Point at an organisation on the map to see its initiatives; click it to "
                                        "choose it."))
            return
        o = next((o for o in self.value.organisations if o.id == organisation_id), None)
        if o is None:
            return
        partners = sorted(((self.value.names[b if a == organisation_id else a], n) for a, b, n in self.value.links
                           if organisation_id in (a, b)), key=lambda p: (-p[1], p[0].casefold()))
        nowhere = self.tr("no country recorded")  # outside the f-string: lupdate reads only plain calls
        lines = [f"<b>{escape(o.name)}</b><br>{escape(o.country or nowhere)}",
                 "<b>" + escape(self.tr("Initiatives ({count})").format(count=len(o.initiatives))) + "</b>",
                 "<br>".join(f"• {escape(t)}" for t in o.initiatives)]
        if partners:
            lines.append("<b>" + escape(self.tr("Works with")) + "</b>")
            lines.append("<br>".join(f"• {escape(name)} ({n})" for name, n in partners))
        self.detail.setText("<br>".join(line for line in lines if line))
