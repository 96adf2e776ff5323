"""Help: the user guide (docs/USER_GUIDE.md, rendered) and the keyboard shortcuts.

The guide is shipped with the package (pyproject's force-include puts docs/USER_GUIDE.md and its
screenshots under opn_desk/resources/guide/ in a wheel; the PyInstaller spec does the same), and read
from the repository's docs/ folder when developing. The shortcuts are listed from the window's own
actions, menu by menu, so the list cannot drift from what the keys do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

GUIDE = "USER_GUIDE.md"
IMAGE_WIDTH = 760  # the screenshots, scaled to the guide window


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def user_guide_path() -> Path | None:
    """Where the user guide is: beside the installed package's resources, else in the repository."""
    from opn_desk.paths import resources_dir

    packaged = resources_dir() / "guide" / GUIDE
    developing = Path(__file__).resolve().parents[3] / "docs" / GUIDE
    for path in (packaged, developing):
        if path.is_file():
            return path
    return None


def plain(text: str) -> str:
    """An action's text as a person reads it: "&Open database…" -> "Open database"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(menu, command, keys) of every action of ``window`` that has a key: those in the menu bar, menu by
    menu, then any other action of the window (the areas' own)."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def keys(action: QAction) -> str:
        return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                         if not k.isEmpty())

    def walk(menu_title: str, actions) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            if action.menu() is not None:
                walk(menu_title, action.menu().actions())
                continue
            seen.add(id(action))
            if keys(action):
                rows.append((menu_title, plain(action.text()), keys(action)))

    bar = window.menuBar() if hasattr(window, "menuBar") else None
    if bar is not None:
        for top in bar.actions():
            if top.menu() is not None:
                walk(plain(top.text()), top.menu().actions())
    for action in window.findChildren(QAction):
        if id(action) not in seen and keys(action) and action.text():
            seen.add(id(action))
            rows.append((_tr("Other"), plain(action.text()), keys(action)))
    return rows


class UserGuide(QDialog):
    """The user guide in a window of its own, beside the desk (not modal)."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.setObjectName("UserGuide")
        self.setWindowTitle(_tr("OPN Desk user guide"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.path = path if path is not None else user_guide_path()
        if self.path is None:
            self.browser.setPlainText(_tr("The user guide is not installed with this copy of OPN Desk. It is "
                                          "docs/USER_GUIDE.md in OPN Desk's source."))
            return
        folder = str(self.path.parent)
        self.browser.setSearchPaths([folder])  # the guide's pictures: screenshots/*.png beside it
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(folder + "/"))
        self.browser.setMarkdown(self.path.read_text(encoding="utf-8"))
        self._fit_pictures(IMAGE_WIDTH)

    def _fit_pictures(self, width: int) -> None:
        """Show the screenshots (1280 pixels wide) at ``width``, so the guide reads without scrolling sideways."""
        from PySide6.QtGui import QTextCursor

        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                image = fragment.charFormat().toImageFormat()
                if fragment.isValid() and image.isValid():
                    image.setWidth(width)
                    image.setHeight(width * 720 / 1280)
                    cursor = QTextCursor(self.browser.document())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
                it += 1
            block = block.next()


class KeyboardShortcuts(QDialog):
    """The window's keyboard shortcuts, listed from its actions."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("KeyboardShortcuts")
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        self.resize(560, 480)
        layout = QVBoxLayout(self)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([_tr("Menu"), _tr("Command"), _tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        note = QLabel(_tr("In lists, Enter opens the selected row; in dialogs, Escape closes without saving."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)


def _show(window: QWidget, attribute: str, make) -> QDialog:
    dialog = getattr(window, attribute, None)
    if dialog is None:
        dialog = make()
        setattr(window, attribute, dialog)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_user_guide(window: QWidget) -> QDialog:
    """Help › User guide: one guide window per desk window, raised when asked again."""
    return _show(window, "user_guide", lambda: UserGuide(window))


def show_shortcuts(window: QWidget) -> QDialog:
    """Help › Keyboard shortcuts: built afresh each time (the areas add their actions as they open)."""
    old = getattr(window, "shortcuts_dialog", None)
    if old is not None:
        old.close()
        old.deleteLater()
        window.shortcuts_dialog = None
    return _show(window, "shortcuts_dialog", lambda: KeyboardShortcuts(window))
