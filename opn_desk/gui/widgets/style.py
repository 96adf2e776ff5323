"""The window's style in one place: the Qt style it draws with (`DeskStyle`), its colours, the error and
field styles, headings, hints and status pills."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProxyStyle,
    QStyle,
    QWidget,
)

from opn_desk.domain.vocab import ApplicationStatus
from opn_desk.gui.core.labels import status_label

S = ApplicationStatus


class DeskStyle(QProxyStyle):
    """The system's own style (Fusion on Linux, the native one on Windows and macOS), with room for what
    French, Spanish and other languages write above their capitals. Fusion draws an unselected tab's
    label shifted down inside a tab sized to the font's height and clips it there: the accent of a
    capital (the É of "Étapes", "Échéances"), which stands above the font's ascent, was cut off. Every
    tab's label is drawn unshifted, so it keeps its accents, at the same tab height (a taller tab would
    push the window past a 1280 x 720 laptop's height in French)."""

    def pixelMetric(self, metric, option=None, widget=None):  # noqa: N802 - Qt's name
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


def use_desk_style(app: QApplication) -> None:
    """Wrap the application's style once in `DeskStyle`."""
    if not isinstance(app.style(), DeskStyle):
        app.setStyle(DeskStyle(app.style().name()))


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
