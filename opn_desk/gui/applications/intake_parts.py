"""Parts of the intake form: a representative's fields (someone known, or a new person) and a row
offering a possible registry duplicate. Used by `IntakeDialog` (intake.py)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from opn_desk.gui.core import labels
from opn_desk.gui.widgets.pickers import find_data


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationDialogs", text)


def _vocab(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


class _PersonFields(QWidget):
    """Representative or alternate: an existing person of the organisation, or a new one."""

    NEW = "new"
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        self.combo = QComboBox()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(_tr("Name"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(_tr("name@example.org"))
        self.gender_combo = QComboBox()
        for g in labels.GENDERS:
            self.gender_combo.addItem(labels.gender(g), g.value)
        self.gender_combo.setCurrentIndex(self.gender_combo.findData("unknown"))
        self.gender_combo.setToolTip(_tr("Gender as the person states it; sensitive, never exported unless asked."))
        layout.addWidget(self.combo, 0, 0, 1, 3)
        layout.addWidget(self.name_edit, 1, 0)
        layout.addWidget(self.email_edit, 1, 1)
        layout.addWidget(self.gender_combo, 1, 2)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 3)
        layout.setColumnStretch(2, 2)
        self.combo.currentIndexChanged.connect(self._show)
        self.email_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.set_people(())

    def set_people(self, people) -> None:
        current = self.combo.currentData()
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem(_tr("(nobody named)"), None)
            for p in people:
                self.combo.addItem(f"{p.name} <{p.email}>" if p.email else p.name, p.id)
            self.combo.addItem(_tr("A new person…"), self.NEW)
            index = find_data(self.combo, current) if current is not None else 0
            self.combo.setCurrentIndex(max(index, 0))
        self._show()

    def choose_new(self) -> None:
        self.combo.setCurrentIndex(self.combo.findData(self.NEW))

    def _show(self) -> None:
        new = self.combo.currentData() == self.NEW
        for widget in (self.name_edit, self.email_edit, self.gender_combo):
            widget.setVisible(new)
        self.changed.emit()

    def existing_id(self) -> uuid.UUID | None:
        data = self.combo.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def new_person(self):  # NewPerson (services/intake.py) or None
        if self.combo.currentData() != self.NEW:
            return None
        from opn_desk.services.intake import NewPerson

        return NewPerson(self.name_edit.text(), self.email_edit.text(), self.gender_combo.currentData())

    def email(self) -> str:
        return self.email_edit.text().strip() if self.combo.currentData() == self.NEW else ""


class _DuplicateRow(QFrame):
    def __init__(self, match, use):
        super().__init__()
        self.match = match
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        text = QLabel(_tr("<b>{name}</b><br>{why}").format(
            name=_escape(match.name), why=_escape(_tr("Why: {reasons}.").format(reasons="; ".join(match.reasons)))))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.use_button = QPushButton(_tr("Use this organisation"))
        self.use_button.clicked.connect(lambda: use(match))
        layout.addWidget(text, 1)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
