"""Partnership health as the window shows it, wherever it shows it (the Reporting area's list and the
organisation's own page): the Red/Amber/Green words and colours, the trend in words and as a strip of
coloured years, and the desk's self-assessment form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QSizePolicy, QWidget

from opn_desk.domain.vocab import RAG
from opn_desk.gui.core import labels
from opn_desk.gui.widgets.dialogs import FormDialog

RAG_COLOURS = {"green": ("#dff1e0", "#1e6b2a"), "amber": ("#fff1d0", "#7a4b00"), "red": ("#f9e0de", "#8c1d18")}
NO_LEVEL_COLOURS = ("#ececec", "#505050")


def rag(code: str | None) -> str:
    """"green" -> "Green" in the window's language; None -> "n/a"."""
    if code is None:
        return QCoreApplication.translate("ReportingWords", "n/a")
    try:
        return QCoreApplication.translate("Vocabulary", RAG.label(code))
    except ValueError:
        return code


def level_of_score(score: float | None) -> str | None:
    """A trend point's score (0 to 2) as its level: 1.5 or more green, 0.75 or more amber."""
    if score is None:
        return None
    return "green" if score >= 1.5 else "amber" if score >= 0.75 else "red"


def trend_text(trend) -> str:
    """"2024 2.0 → 2025 0.0" as "2024 Green → 2025 Red"."""
    return " → ".join(f"{year} {rag(level_of_score(score))}" for year, score in trend)


class TrendStrip(QWidget):
    """The trend over the cycles: one coloured box per point, its year under it."""

    BOX = 58

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: tuple[tuple[int, float | None], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_trend(self, points) -> None:
        self.points = tuple(points)
        self.setToolTip(trend_text(self.points))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(max(1, len(self.points)) * (self.BOX + 6), int(self.fontMetrics().height() * 2.8) + 10)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        for i, (year, score) in enumerate(self.points):
            fill, ink = RAG_COLOURS.get(level_of_score(score), NO_LEVEL_COLOURS)
            box = QRectF(i * (self.BOX + 6) + 1, 1, self.BOX, line * 1.8)
            painter.setPen(QPen(QColor(ink), 1))
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(box, 4, 4)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, rag(level_of_score(score)))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(box.left(), box.bottom() + 2, self.BOX, line + 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(year))
        painter.end()


class AssessmentDialog(FormDialog):
    """The desk's Red/Amber/Green self-assessment after a conversation with the partner."""

    def __init__(self, parent: QWidget | None, organisation: str, co_lead: bool, today: date):
        super().__init__(parent, self.tr("Record a self-assessment"), self.tr("Record"))
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(labels.date_input_format())
        self.day.setMaximumDate(QDate.currentDate().addDays(1))
        self.rag = QComboBox()
        for term in RAG.terms:
            self.rag.addItem(rag(term.code), term.code)
        self.commitments = QComboBox()
        self.commitments.addItem(self.tr("(not assessed)"), None)
        self.commitments.addItem(self.tr("Met"), True)
        self.commitments.addItem(self.tr("Not met"), False)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Partner"), QLineEdit(organisation, readOnly=True))
        self.form.addRow(self.tr("Conversation on"), self.day)
        self.form.addRow(self.tr("Rating"), self.rag)
        if co_lead:
            self.form.addRow(self.tr("Renewal commitments"), self.commitments)
        self.form.addRow(self.tr("Note"), self.note)

    def values(self) -> tuple[date, str, bool | None, str]:
        q = self.day.date()
        return date(q.year(), q.month(), q.day()), self.rag.currentData(), self.commitments.currentData(), \
            self.note.text()
