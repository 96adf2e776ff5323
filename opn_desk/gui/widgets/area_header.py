"""The header of an area that works programme by programme (Meetings, Work plan): its title, the programme
chosen, a count, and the area's buttons on the right. The count wraps rather than widening the window (a
French count is a third longer than the English one); the programme list keeps the one chosen when it is
read again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from opn_desk.gui.core import labels
from opn_desk.gui.widgets.style import heading_font


class ProgrammeHeader(QWidget):
    """Title · programme · count ……… buttons. ``programme_changed`` when the officer picks another one."""

    programme_changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(title)
        self.heading.setFont(heading_font(self.heading, 1.45))
        self.programme = QComboBox()
        self.programme.setToolTip(QCoreApplication.translate("ProgrammeHeader", "Programme"))
        self.programme.setMinimumWidth(260)
        self.count_label = QLabel(QCoreApplication.translate("ProgrammeHeader", "Loading…"))
        self.count_label.setWordWrap(True)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.heading)
        row.addSpacing(10)
        row.addWidget(self.programme)
        row.addWidget(self.count_label, 1)
        self._buttons = QHBoxLayout()
        row.addLayout(self._buttons)
        self.programme.currentIndexChanged.connect(lambda _i: self.programme_changed.emit())

    def add_button(self, button: QPushButton) -> QPushButton:
        self._buttons.addWidget(button)
        return button

    def code(self) -> str | None:
        """The programme chosen (its code), None while the list is loading."""
        return self.programme.currentData()

    def set_programmes(self, programmes: Sequence[tuple[str, str]], wanted: str | None = None) -> None:
        """Fill the list with (code, name), keeping ``wanted`` (else the one chosen) when it is still there;
        no ``programme_changed`` for this."""
        current = wanted or self.programme.currentData()
        self.programme.blockSignals(True)
        self.programme.clear()
        for code, name in programmes:
            self.programme.addItem(f"{code} — {labels.programme_name(code, name)}", code)
        if current is not None and self.programme.findData(current) >= 0:
            self.programme.setCurrentIndex(self.programme.findData(current))
        self.programme.blockSignals(False)

    def choose(self, code: str) -> bool:
        """Choose a programme as the officer would (``programme_changed`` when it changes); False when absent."""
        index = self.programme.findData(code)
        if index < 0:
            return False
        self.programme.setCurrentIndex(index)
        return True
