"""The window's style in one place: its colours, the error and field styles, headings, hints and status pills."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from opn_desk.domain.vocab import ApplicationStatus
from opn_desk.gui.core.labels import status_label

S = ApplicationStatus


ERROR_STYLE = "color: #b3261e;"


FIELD_ERROR_STYLE = "border: 1px solid #b3261e;"


STATUS_COLOURS = {
    S.RECEIVED.value: ("#e3ecf7", "#1d3f6e"),
    S.SCREENING.value: ("#dcecfb", "#0b4f8a"),
    S.UNDER_REVIEW.value: ("#ebe3f7", "#4b2a7b"),
    S.MAC_OPINION.value: ("#dff3f1", "#0f5c55"),
    S.ACCEPTED.value: ("#dff1e0", "#1e6b2a"),
    S.NOT_ACCEPTED.value: ("#f9e0de", "#8c1d18"),
    S.WITHDRAWN.value: ("#ececec", "#505050"),
}


DISAGREEMENT_COLOUR = QColor("#fde3c3")


def status_badge(label: QLabel, code: str) -> None:
    """Show ``code`` in ``label`` as a small coloured pill."""
    background, ink = STATUS_COLOURS.get(code, ("#ececec", "#303030"))
    label.setText(status_label(code))
    label.setStyleSheet(f"background: {background}; color: {ink}; border-radius: 9px; padding: 2px 10px;"
                        "font-weight: 600;")


def heading_font(widget: QWidget, scale: float = 1.0, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
