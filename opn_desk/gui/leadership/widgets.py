"""Small widgets the Leadership tabs share: a date that may be unset, read-only tables, and the words
and colours for states (always text first: colour only repeats what the words say)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from opn_desk.gui.core import labels

# (background, text) pairs; the words in the cells carry the meaning.
GOOD = ("#dff1e0", "#1e6b2a")
EDGE = ("#fff4d6", "#7a5300")
BAD = ("#f9e0de", "#8c1d18")
INFO = ("#e3ecf7", "#1d3f6e")
PLAIN = ("", "")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Leadership", text)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def day_text(day: date | None) -> str:
    """The date in the window's language ("3 févr. 2026"), "—" for none."""
    return labels.day(day) if day else "—"


def span_text(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return "—"
    return f"{day_text(start)} – {day_text(end) if end else _tr('open-ended')}"


def ordinal(n: int) -> str:
    """1st, 2nd (English); 1er, 2e (French); 1.º, 2.º (Spanish): the window's language, as the leadership
    documents write it."""
    language = QLocale().language()
    if language == QLocale.Language.French:
        return "1er" if n == 1 else f"{n}e"
    if language == QLocale.Language.Spanish:
        return f"{n}.º"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def score_text(value: float | None) -> str:
    return "—" if value is None else labels.decimal(value)


class OptionalDate(QWidget):
    """A date that may be left unset: a tick box beside a date field."""

    changed = Signal()

    def __init__(self, label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.check = QCheckBox(label)
        self.check.setToolTip(_tr("Untick to leave the date unset"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(labels.date_input_format())
        self.edit.setDate(qdate(date.today()))
        self.edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> date | None:
        return pydate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.blockSignals(True)
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(qdate(day))
        self.blockSignals(False)

    def set_editable(self, editable: bool) -> None:
        self.check.setEnabled(editable)
        self.edit.setEnabled(editable and self.check.isChecked())


class ReadOnlyTable(QTableWidget):
    """A table of plain rows: whole-row selection, no editing, tooltips for long text."""

    def __init__(self, headers: list[str], parent: QWidget | None = None):
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def set_cell(self, row: int, column: int, text: str, *, data=None, colours: tuple[str, str] = PLAIN,
                 tip: str | None = None, right: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if data is not None:
            item.setData(Qt.ItemDataRole.UserRole, data)
        if colours[0]:
            item.setBackground(QColor(colours[0]))
        if colours[1]:
            item.setForeground(QColor(colours[1]))
        if tip or len(text) > 30:
            item.setToolTip(tip or text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setItem(row, column, item)
        return item

    def selected_data(self, column: int = 0):
        rows = {i.row() for i in self.selectedIndexes()}
        if not rows:
            return None
        item = self.item(min(rows), column)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_data(self, value, column: int = 0) -> bool:
        for row in range(self.rowCount()):
            item = self.item(row, column)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == value:
                self.selectRow(row)
                return True
        return False


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def badge(label: QLabel, text: str, colours: tuple[str, str]) -> None:
    """A coloured word: the colour repeats what the text says."""
    label.setText(text)
    if colours[0]:
        label.setStyleSheet(f"background: {colours[0]}; color: {colours[1]}; border-radius: 3px; "
                            "padding: 1px 6px; font-weight: 600;")
    else:
        label.setStyleSheet("")


def action_row(dialog: QDialog, buttons: Sequence[QPushButton], *, readonly: bool) -> QHBoxLayout:
    """The bottom row of a list dialog: its action buttons (hidden read-only), then Close."""
    row = QHBoxLayout()
    for button in buttons:
        button.setVisible(not readonly)
        row.addWidget(button)
    row.addStretch(1)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(dialog.reject)
    row.addWidget(close)
    return row
