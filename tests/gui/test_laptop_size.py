"""The window on a 13-inch laptop: at 1280 x 720 every area and the main dialogs work with nothing cut
off, the "Due" panel folds to one line and remembers it, and Ctrl+F finds the list of the area shown.

What "nothing is cut off" means, checked widget by widget on the demo desk:

- A push button's text (with its icon and menu arrow) fits the button's contents rectangle, and a tool
  button showing text is as wide as it asks to be.
- A label that does not wrap is as wide as its text (its size hint).
- A table header's section is at least as wide as its title (with the header's margins and, on the
  sorted column, the sort arrow), for every section the view shows (inside the viewport) that has a title.

Only what the officer can see is checked: visible widgets, not clipped away by a scroll area (what a
scroll area hides is reached by scrolling).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport (or item view) below ``top``: cut edges are reached by scrolling."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    names = []
    w = widget
    while w is not None and len(names) < 4:
        names.append(type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else ""))
        w = w.parentWidget()
    return " < ".join(names)


def button_problems(top: QWidget) -> list[str]:
    found = []
    for button in top.findChildren(QPushButton):
        if not _shown(button, top) or not button.text():
            continue
        option = QStyleOptionButton()
        button.initStyleOption(option)
        contents = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        metrics = button.fontMetrics()
        need = metrics.horizontalAdvance(option.text)
        if not button.icon().isNull():
            need += button.iconSize().width() + 4
        if button.menu() is not None:
            need += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
        if need > contents.width():
            found.append(f"button {option.text!r} needs {need} px, has {contents.width()} ({_name(button)})")
    for button in top.findChildren(QToolButton):
        if not _shown(button, top) or not button.text() or button.toolButtonStyle() == button.toolButtonStyle().ToolButtonIconOnly:
            continue
        if button.parentWidget() is not None and isinstance(button.parentWidget(), (QHeaderView, QAbstractItemView)):
            continue
        if button.width() < button.sizeHint().width():
            found.append(f"tool button {button.text()!r} needs {button.sizeHint().width()} px, has {button.width()} "
                         f"({_name(button)})")
    return found


def label_problems(top: QWidget) -> list[str]:
    found = []
    for label in top.findChildren(QLabel):
        if not _shown(label, top) or label.wordWrap() or not label.text() or label.pixmap() is not None \
                and not label.pixmap().isNull():
            continue
        need = label.sizeHint().width()
        if label.width() < need:
            found.append(f"label {label.text()[:60]!r} needs {need} px, has {label.width()} ({_name(label)})")
            continue
        if not _scrolled(label, top):
            seen = label.visibleRegion().boundingRect()
            if seen.width() < min(need, label.width()) and not seen.isEmpty():
                found.append(f"label {label.text()[:60]!r} shows {seen.width()} of {need} px ({_name(label)})")
    return found


def header_problems(top: QWidget) -> list[str]:
    found = []
    for header in top.findChildren(QHeaderView):
        if header.orientation().name != "Horizontal" or not _shown(header, top) or header.isHidden():
            continue
        model = header.model()
        if model is None:
            continue
        metrics = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        view = QRect(0, 0, header.viewport().width(), header.height())
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = model.headerData(section, header.orientation())
            if not text:
                continue
            start = header.sectionViewportPosition(section)
            if start >= view.width() or start + header.sectionSize(section) <= 0:
                continue  # scrolled out of view: the officer scrolls to it
            need = max(metrics.horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
                need += arrow + margin
            if header.sectionSize(section) < need:
                found.append(f"column {str(text)!r} is {header.sectionSize(section)} px, its title needs {need} "
                             f"({_name(header.parentWidget() or header)})")
    return found


def combo_problems(top: QWidget) -> list[str]:
    """A drop-down list cut short: the text chosen wider than the room its box gives it (editable boxes,
    typed into, scroll their text)."""
    found = []
    for combo in top.findChildren(QComboBox):
        if not _shown(combo, top) or combo.isEditable() or not combo.currentText() or _scrolled(combo, top):
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, combo).width()
        need = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if need > room:
            found.append(f"drop-down {combo.currentText()[:50]!r} needs {need} px, has {room} ({_name(combo)})")
    return found


def problems(top: QWidget) -> list[str]:
    return button_problems(top) + label_problems(top) + header_problems(top) + combo_problems(top)


# -- the window at laptop size ---------------------------------------------------------------------
LAPTOP = QSize(1280, 720)  # a 1366 x 768 screen less its taskbar and the window's title bar
DIALOG = QSize(1280, 690)
T = 20_000


@pytest.fixture
def laptop(open_window, demo_path, qtbot):
    window = open_window(demo_path)
    window.resize(LAPTOP)
    qtbot.waitUntil(lambda: window.applications.due.has_loaded, timeout=T)
    return window


def settle(qtbot, ms: int = 150) -> None:
    qtbot.wait(ms)


def fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


def look(window, qtbot, where: str) -> list[str]:
    """Lay the window out at laptop size and say what is cut."""
    window.resize(LAPTOP)
    settle(qtbot)
    said = [f"{where}: the window is {window.width()} x {window.height()}"] if window.size() != LAPTOP else []
    return said + [f"{where}: {p}" for p in problems(window)]


def walk_applications(window, qtbot) -> list[str]:
    window.show_area("applications")
    page = window.applications
    qtbot.waitUntil(lambda: page.model.has_loaded, timeout=T)
    found = look(window, qtbot, "Applications")
    status = page.model.COLUMNS.index("status")
    for wanted in ("Under review", "MAC opinion"):
        shown = QCoreApplication.translate("Vocabulary", wanted)  # the label in the window's language
        row = next(r for r in range(page.model.rowCount())
                   if page.model.data(page.model.index(r, status)) == shown)
        app_id = page.model.id_at(row)
        page.show_application(app_id)
        qtbot.waitUntil(lambda a=app_id: page.detail.detail is not None and page.detail.detail.id == a, timeout=T)
        for tab in range(page.detail.tabs.count()):
            page.detail.tabs.setCurrentIndex(tab)
            found += look(window, qtbot, f"Applications, {wanted}, {page.detail.tabs.tabText(tab)}")
    return found


def walk_selection(window, qtbot) -> list[str]:
    window.show_area("selection")
    page = window.selection
    qtbot.waitUntil(lambda: page.round is not None and page.model.rowCount() > 0, timeout=T)
    found = []
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        found += look(window, qtbot, f"Selection, {page.tabs.tabText(tab)}")
    return found


def walk_leadership(window, qtbot) -> list[str]:
    window.show_area("leadership")
    page = window.leadership
    qtbot.waitUntil(lambda: page.snapshot is not None and page.terms.composition is not None, timeout=T)
    found = []
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        if tab == 1:
            page.steps.table.selectRow(2)  # the step in progress: its form and buttons
        if tab == 3:
            page.candidates.table.selectRow(0)
        found += look(window, qtbot, f"Leadership, {page.tabs.tabText(tab)}")
    return found


# The areas walked in depth here (their tabs, an application open, the main dialogs), and checked for cut
# text; every other area is checked for its size and, while it is a placeholder, for cut text too.
WALKED = ("organisations", "applications", "selection", "leadership", "reporting", "portfolio", "meetings", "work_plan")


def test_every_area_works_at_1280_by_720_with_nothing_cut(laptop, qtbot):
    from opn_desk.gui.window.pages import NotBuiltPage, areas

    found = look(laptop, qtbot, "Organisations")
    found += walk_applications(laptop, qtbot)
    found += walk_selection(laptop, qtbot)
    found += walk_leadership(laptop, qtbot)
    for area in areas():
        laptop.show_area(area.key)
        assert laptop.stack.currentIndex() == laptop.nav.currentRow()
        said = look(laptop, qtbot, area.title)
        if area.key in WALKED or isinstance(laptop.stack.currentWidget(), NotBuiltPage):
            found += said
        else:  # an area whose page is built elsewhere: it must not make the window bigger than a laptop
            found += [s for s in said if "the window is" in s]
    assert found == []
    # Every page has been built: none of them makes the window bigger than a laptop's screen, with the
    # due list folded or open.
    assert fits(laptop.minimumSizeHint(), LAPTOP), laptop.minimumSizeHint()
    laptop.applications.dock.set_collapsed(False)
    settle(qtbot)
    assert fits(laptop.minimumSizeHint(), LAPTOP), laptop.minimumSizeHint()
    assert look(laptop, qtbot, "Leadership with the due list open") == []


def test_the_main_dialogs_fit_a_laptop_and_cut_nothing(laptop, qtbot):
    found = []

    def check(name: str, dialog) -> None:
        assert dialog is not None, name
        qtbot.waitUntil(dialog.isVisible, timeout=T)
        settle(qtbot, 300)
        if not fits(dialog.size(), DIALOG) or not fits(dialog.minimumSizeHint(), DIALOG):
            found.append(f"{name}: {dialog.width()} x {dialog.height()} does not fit a laptop's screen")
        found.extend(f"{name}: {p}" for p in problems(dialog))
        dialog.close()

    laptop.show_area("applications")
    page = laptop.applications
    page.record_application()
    check("Record application", page.intake_dialog)
    page.show_calls()
    check("Calls", page.calls_dialog)
    page.show_checklists()
    check("Checklists", page.checklists_dialog)

    laptop.show_area("selection")
    selection = laptop.selection
    qtbot.waitUntil(lambda: selection.round is not None, timeout=T)
    selection.edit_rules()
    check("Seats and rules", selection.rules_dialog)
    selection.show_scenarios()
    dialog = selection.scenarios_dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 1, timeout=T)
    for row in range(dialog.tree.topLevelItemCount()):  # compare them all: the names head the columns
        dialog.tree.topLevelItem(row).setCheckState(0, Qt.CheckState.Checked)
    names = [dialog.tree.topLevelItem(row).text(0) for row in range(dialog.tree.topLevelItemCount())]
    assert "More continuity (at least 5 incumbents)" in names
    metrics = dialog.tree.fontMetrics()
    cut = [n for n in names if dialog.tree.columnWidth(0) < metrics.horizontalAdvance(n) + 20]
    assert cut == []  # the scenarios' names are whole in the list
    check("Scenarios", dialog)

    laptop.show_area("leadership")
    leadership = laptop.leadership
    qtbot.waitUntil(lambda: leadership.snapshot is not None, timeout=T)
    leadership.show_criteria()
    check("Lead criteria", leadership.side_dialog)
    leadership.show_incumbents()
    check("Incumbents", leadership.side_dialog)
    assert found == []


def test_the_due_panel_folds_to_one_line_and_remembers_it(open_window, demo_path, qtbot):
    window = open_window(demo_path)
    window.resize(LAPTOP)
    dock = window.applications.dock
    qtbot.waitUntil(lambda: window.applications.due.has_loaded and dock.isVisible(), timeout=T)
    settle(qtbot)
    assert dock.collapsed and not dock.due.isVisible()  # folded at first: one line, not 150 pixels
    assert dock.height() <= 2 * dock.fontMetrics().height() + 12
    assert dock.toggle_button.text().startswith("Due (")
    assert dock.brief_label.toolTip() == dock.due.summary_label.text()

    dock.toggle_button.click()  # the officer opens it
    settle(qtbot)
    assert not dock.collapsed and dock.due.isVisible() and dock.due.tree.isVisible()
    assert dock.height() > 100
    window.shut_down()

    again = open_window(demo_path)
    dock = again.applications.dock
    qtbot.waitUntil(lambda: again.applications.due.has_loaded and dock.isVisible(), timeout=T)
    assert not dock.collapsed and dock.due.isVisible()  # as the officer left it
    dock.toggle_button.click()
    assert dock.collapsed and not dock.due.isVisible()


def test_ctrl_f_searches_the_list_of_the_area_shown(laptop, qtbot):
    expected = {
        "organisations": lambda: laptop.registry.search,
        "applications": lambda: laptop.applications.search,
        "selection": lambda: laptop.selection.search,
        "leadership": lambda: laptop.leadership.terms.search,
    }
    for key, box in expected.items():
        laptop.show_area(key)
        if key == "leadership":
            laptop.leadership.tabs.setCurrentIndex(3)  # Ctrl+F brings the terms of office forward
        laptop.find_action.trigger()
        assert laptop.stack.currentWidget() is laptop.page(key)  # the area stays
        qtbot.waitUntil(box().hasFocus, timeout=T)
    assert laptop.leadership.tabs.currentWidget() is laptop.leadership.terms
    laptop.show_area("work_plan")  # an area without a list: the registry's search
    laptop.find_action.trigger()
    assert laptop.stack.currentWidget() is laptop.registry
    qtbot.waitUntil(laptop.registry.search.hasFocus, timeout=T)
