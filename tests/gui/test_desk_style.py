"""The window's style keeps the accents of French and Spanish capitals in its tabs (gui/widgets/style.py):
under Fusion, an unselected tab used to cut off the accent of "Étapes" and "Échéances"."""

from __future__ import annotations


def _top_ink_row(image, rect) -> int:
    """The first row (from the top of ``rect``) holding a dark pixel: the top of the label's ink."""
    for y in range(rect.top(), rect.bottom()):
        for x in range(rect.left(), rect.right()):
            if image.pixelColor(x, y).lightness() < 110:
                return y
    return -1


def test_an_unselected_tab_shows_the_accent_of_a_capital(qapp, qtbot):
    from PySide6.QtWidgets import QTabBar

    from opn_desk.gui.widgets.style import DeskStyle
    from opn_desk.gui.window.app import install_fonts

    install_fonts()
    bar = QTabBar()
    bar.setStyle(DeskStyle("Fusion"))  # (Fusion alone draws both tops on the same row: the accent cut off)
    for text in ("Mandats", "Etapes", "Étapes"):  # the plain capital beside the accented one
        bar.addTab(text)
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    image = bar.grab().toImage()
    plain, accented = (_top_ink_row(image, bar.tabRect(i).adjusted(6, 3, -6, -2)) for i in (1, 2))
    assert plain > 0 and accented > 0
    assert accented < plain  # the accent stands above the capital's top
