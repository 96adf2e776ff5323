"""Reporting rates as horizontal bars against the strategy's 75% target.

Painted with QPainter (no chart library). Each bar says its rate and counts in words beside it, and the
target is a marked line, so nothing is told by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from opn_desk.gui.core import labels

MEETS = QColor("#2f7d3b")
BELOW = QColor("#4a78b5")
TARGET_MARK = QColor("#8c1d18")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportingCharts", text)


@dataclass(frozen=True)
class RateBar:
    label: str
    reported: int
    partners: int
    target: float = 0.75

    @property
    def rate(self) -> float:
        return self.reported / self.partners if self.partners else 0.0

    @property
    def words(self) -> str:
        return _tr("{rate} ({reported} of {partners})").format(rate=labels.percent(self.rate), reported=self.reported,
                                                                   partners=self.partners)


class RateChart(QWidget):
    """One titled chart: a bar per item, its rate from 0 to 100%, the target marked."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.bars: tuple[RateBar, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)

    def set_bars(self, bars: Sequence[RateBar]) -> None:
        self.bars = tuple(bars)
        described = "; ".join(f"{b.label}: {b.words}" for b in self.bars)
        self.setAccessibleDescription(described)
        self.setToolTip(described)
        self.updateGeometry()
        self.update()

    def described(self) -> str:
        return self.accessibleDescription()

    def _line(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(320, self._line() * (len(self.bars) + 2) + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = self._line()
        title_font = QFont(self.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        p.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignVCenter, self.title)
        p.setFont(self.font())
        if not self.bars:
            p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            p.drawText(QRectF(0, line, self.width(), line), Qt.AlignmentFlag.AlignVCenter, _tr("No partners."))
            return
        label_w = min(max(metrics.horizontalAdvance(b.label) for b in self.bars) + 10, int(self.width() * 0.38))
        words_w = max(metrics.horizontalAdvance(b.words) for b in self.bars) + 10
        left = label_w
        width = max(40, self.width() - label_w - words_w - 4)
        target = self.bars[0].target
        for i, bar in enumerate(self.bars):
            top = line * (i + 1)
            p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            p.drawText(QRectF(0, top, label_w - 6, line),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 6))
            p.fillRect(QRectF(left, top + 3, width, line - 6), self.palette().color(QPalette.ColorRole.AlternateBase))
            colour = MEETS if bar.partners and bar.rate >= bar.target else BELOW
            p.fillRect(QRectF(left, top + 3, width * min(bar.rate, 1.0), line - 6), colour)
            p.drawText(QRectF(left + width + 6, top, words_w, line), Qt.AlignmentFlag.AlignVCenter, bar.words)
        x = left + width * target
        pen = QPen(TARGET_MARK, 2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        bottom = line * (len(self.bars) + 1)
        p.drawLine(QPointF(x, line), QPointF(x, bottom))
        p.drawText(QRectF(x - 60, bottom, 120, line), Qt.AlignmentFlag.AlignCenter,
                   _tr("target {target}").format(target=labels.percent(target)))
        p.end()
