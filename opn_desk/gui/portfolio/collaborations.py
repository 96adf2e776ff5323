"""Who works with whom: the pairs of organisations sharing initiatives (not closed), as a table and as a
drawing of the organisations most connected (a circle of names, a line per pair, thicker for more shared
initiatives), to spot coalitions and match-making."""

from __future__ import annotations

import math
from collections import Counter

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from opn_desk.gui.core.operations import OperationRunner, ReadOp
from opn_desk.gui.widgets.list_page import empty_note, filter_combo, row_table
from opn_desk.gui.widgets.rows_model import RowsModel
from opn_desk.services import portfolio

MOST_DRAWN = 20
LINE = QColor("#4a78b5")
NODE = QColor("#1d3f6e")


class CollaborationGraph(QWidget):
    """The most connected organisations on a circle, a line for each pair sharing initiatives."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pairs: list[tuple[str, str, int]] = []
        self.names: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(300, 300)

    def set_pairs(self, pairs: list[tuple[str, str, int]]) -> None:
        links = Counter()
        for a, b, n in pairs:
            links[a] += n
            links[b] += n
        self.names = [name for name, _n in links.most_common(MOST_DRAWN)]
        kept = set(self.names)
        self.pairs = [(a, b, n) for a, b, n in pairs if a in kept and b in kept]
        self.setAccessibleDescription("; ".join(f"{a} – {b}: {n}" for a, b, n in self.pairs))
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.names:
            p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No organisations share an initiative."))
            return
        metrics = self.fontMetrics()
        label_w = min(150, max(metrics.horizontalAdvance(n) for n in self.names) + 8)
        centre = QPointF(self.width() / 2, self.height() / 2)
        # An ellipse filling the room left by the names on either side.
        rx = max(40.0, self.width() / 2 - label_w - 12)
        ry = max(40.0, self.height() / 2 - metrics.height() - 6)
        at = {}
        for i, name in enumerate(self.names):
            angle = 2 * math.pi * i / len(self.names) - math.pi / 2
            at[name] = (QPointF(centre.x() + rx * math.cos(angle), centre.y() + ry * math.sin(angle)), angle)
        for a, b, n in self.pairs:
            p.setPen(QPen(LINE, 1 + min(n, 4), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(at[a][0], at[b][0])
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for name, (point, angle) in at.items():
            p.setBrush(NODE)
            p.drawEllipse(point, 4, 4)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 8)
            right = math.cos(angle) >= 0
            box = QRectF(point.x() + 8, point.y() - metrics.height() / 2, label_w, metrics.height()) if right else \
                QRectF(point.x() - 8 - label_w, point.y() - metrics.height() / 2, label_w, metrics.height())
            align = Qt.AlignmentFlag.AlignLeft if right else Qt.AlignmentFlag.AlignRight
            p.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, text)
        p.end()


class CollaborationsTab(QWidget):
    def __init__(self, runner: OperationRunner, programmes: list[tuple[str, str]] = (), parent=None):
        super().__init__(parent)
        self.runner = runner
        self.loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.programme = filter_combo(self.tr("Every programme"), self.tr("Programme"), list(programmes))
        self.count = QLabel()
        top.addWidget(self.programme)
        top.addWidget(self.count, 1)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = RowsModel([self.tr("Organisation"), self.tr("Works with"), self.tr("Initiatives shared")])
        self.table = row_table(self.model, (220, 220, 110))
        self.empty = empty_note(self.table, self.tr("No organisations share an initiative."))
        self.graph = CollaborationGraph()
        splitter.addWidget(self.table)
        splitter.addWidget(self.graph)
        splitter.setSizes([560, 520])
        layout.addWidget(splitter, 1)
        self.programme.currentIndexChanged.connect(lambda _i: self.refresh())
        self._read = ReadOp(runner, portfolio.collaborations)

    def set_programmes(self, programmes: list[tuple[str, str]]) -> None:
        if self.programme.count() > 1:
            return
        for text, code in programmes:
            self.programme.addItem(text, code)

    def refresh(self) -> None:
        self._read.run(programme=self.programme.currentData(), success=self._loaded)

    def _loaded(self, pairs) -> None:
        self.loaded = True
        self.model.set_rows([((a, b, str(n)), (a, b, n), {}) for a, b, n in pairs])
        self.graph.set_pairs(pairs)
        self.count.setText(self.tr("{count} pairs of organisations share initiatives; the {most} most connected "
                                   "organisations are drawn.").format(count=len(pairs), most=len(self.graph.names)))
        self.empty.setVisible(not pairs)
