"""Column widths that never cut a column's title.

The widths a page asks for are set in English terms; French and Spanish titles are often a third
longer ("Seeks renewal", "Demande le renouvellement"). ``set_column_widths`` gives each column the width
asked for, or its title's width when that is wider (with the header's margins and room for the sort
arrow), so a title is never cut in any language. tests/gui/test_laptop_languages.py walks every area in
French and Spanish at laptop size with the same measure.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QTableView, QWidget

from opn_desk.gui.core import labels


def title_width(table: QTableView, column: int) -> int:
    """The width ``column``'s title needs in ``table``'s horizontal header (0 without a title)."""
    header = table.horizontalHeader()
    model = table.model()
    if model is None:
        return 0
    text = model.headerData(column, Qt.Orientation.Horizontal)
    if not text:
        return 0
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    need = max(header.fontMetrics().horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin
    # Room for the sort arrow too: most lists sort by a click on any title.
    return need + style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin


def set_column_widths(table: QTableView, widths: Iterable[int], start: int = 0) -> None:
    """Columns ``start``, ``start + 1``… get the widths asked for, or their title's when wider."""
    for column, width in enumerate(widths, start=start):
        table.setColumnWidth(column, max(width, title_width(table, column)))


def day_width(view: QWidget, kind: str = "day") -> int:
    """The width a column of dates needs in ``view``, in the language of the moment: the widest month
    ("28 sept. 2026" in French), with the cell's margins. ``kind``: "day" (labels.day), "moment" (a day
    and a time, labels.local_moment) or "span" (two days, "28 sept. 2026 – 28 sept. 2028")."""
    metrics = view.fontMetrics()

    def text(month: int) -> str:
        day = date(2026, month, 28)
        if kind == "moment":
            return labels.local_moment(datetime(2026, month, 28, 23, 58))
        if kind == "span":
            return f"{labels.day(day)} – {labels.day(day.replace(year=2028))}"
        return labels.day(day)

    return max(metrics.horizontalAdvance(text(m)) for m in range(1, 13)) + 18
