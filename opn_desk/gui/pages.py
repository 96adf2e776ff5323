"""Pages for the desk's areas that are not built yet: each says what will come there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Areas", text)


def areas() -> list[tuple[str, str, str | None]]:
    """(key, title, what will come there; None for the areas that are built)."""
    return [
        ("organisations", _tr("Organisations"), None),
        ("applications", _tr("Applications"), None),
        ("selection", _tr("Selection"), None),
        ("leadership", _tr("Leadership"), None),
        ("reporting", _tr("Reporting"), _tr(
            "Yearly reporting by partners: who has not reported yet, reminders, reporting rates by programme "
            "against the 75% target, and activities by category.")),
        ("portfolio", _tr("Portfolio"), _tr(
            "Core and affiliated initiatives, their due diligence, the SDGs they serve, and initiatives "
            "inactive for two years kept for monitoring.")),
        ("meetings", _tr("Meetings"), _tr(
            "MAC meetings (one virtual and one face-to-face each year): invitations, participation including "
            "written comments sent in advance, travel support for partners from LDCs, and printed dossiers.")),
        ("work_plan", _tr("Work plan"), _tr(
            "Tasks by area with their progress, next steps and status (completed, ongoing, not yet started, "
            "postponed), printed as the three-column progress report.")),
    ]


class NotBuiltPage(QWidget):
    """A plain page: the area's name, what it will hold, and that it is not built yet."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.description = description
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMinimumWidth(520)
        card.setMaximumWidth(680)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        what = QLabel(description)
        what.setWordWrap(True)
        self.status_label = QLabel(self.tr("This area is not built yet. Until it is, keep this work where you "
                                           "keep it today; the organisations registry is ready to use."))
        self.status_label.setWordWrap(True)
        self.status_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(heading)
        layout.addWidget(what)
        layout.addWidget(self.status_label)
        # No alignment flag on the card: an aligned item gets its size hint, not the height its
        # wrapped text needs at the width it is given, and the text would be clipped.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def text(self) -> str:
        return "\n".join((self.title, self.description, self.status_label.text()))
