"""A pseudo-locale walk: every string the window shows must go through Qt's translator.

A pseudo translator (accented text, about 40% longer, between ⟦ ⟧) stands in for a real language; the
demo desk's window is opened under it, every area of the navigation list is shown (with the tabs of the
areas that have them) and the main dialogs are opened. Any visible label, button, tab, group box title
or column header whose text has words but no ⟦ ⟧ did not go through tr(): an untranslated string.

Those known today are listed in tests/gui/pseudo_locale_untranslated.txt: one regular expression a
line, matched against "kind: text". It holds two kinds of lines: data shown as stored (organisation
and country names, criteria and agenda items the desk typed), which is not a string to translate, and a
SHRINKING list of real untranslated strings, each with the file that makes it: fix the string (tr() or
translate()), then remove its line. A new untranslated string fails the test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTabBar,
    QWidget,
)

T = 20_000
ALLOWED = Path(__file__).with_name("pseudo_locale_untranslated.txt")

ACCENTS = str.maketrans("aeiouyAEIOUYcnCN", "áéîöüýÅÉÎÖÜÝçñÇÑ")
KEEP = re.compile(r"(\{[^{}]*\}|<[^>]*>|&[a-z]+;|&&|%n|%\d)")  # placeholders, tags and entities stay


def pseudo(text: str) -> str:
    """"Open {name}" -> "⟦Öpéñ {name}·····⟧": accented, ~40% longer, placeholders intact."""
    if not text.strip():
        return text
    parts = KEEP.split(text)
    body = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    return f"⟦{body}{'·' * max(1, len(text) * 2 // 5)}⟧"


class Pseudo(QTranslator):
    """Pseudo-translates what the shipped catalogue holds, under the context it is held in; anything
    else stays English, and is seen below: a string not through tr(), or one lupdate cannot extract
    (a variable passed to tr()), or one looked up under another context than the catalogue's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        from opn_desk import i18n
        from opn_desk.paths import resource

        self.known = set(i18n.catalogue(resource("translations", "opn_desk_fr.ts")))

    def translate(self, context, source, disambiguation=None, n=-1):
        known = (context, source) in self.known or context.startswith("Q")  # Q…: Qt's own (qtbase_xx.qm)
        return pseudo(source) if known else None  # None: Qt shows the source

    def isEmpty(self) -> bool:
        return False


WORDS = re.compile(r"\b(?=[A-Za-z]*[a-z])[A-Za-z]{3,}\b")  # a word: codes in capitals (SPP, MAC) are not


def untranslated(text: str) -> bool:
    """Text with English-looking words outside every ⟦ ⟧ segment."""
    outside, before = text or "", None
    while outside != before:  # innermost first: a translated sentence may hold translated words
        before, outside = outside, re.sub(r"⟦[^⟦⟧]*⟧", " ", outside)
    outside = re.sub(r"https?://\S+|\S+@\S+|\S+\.(?:sqlite|pdf|csv|xlsx)\b", " ", outside)
    return bool(WORDS.search(outside))


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(kind, text) of what the officer reads in ``root``: labels, buttons, tabs, group titles, headers."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            found.append(("label", widget.text()))
        elif isinstance(widget, QAbstractButton) and type(widget).__name__ in ("QPushButton", "QCheckBox",
                                                                                "QRadioButton", "QToolButton"):
            found.append(("button", widget.text()))
        elif isinstance(widget, QTabBar):
            found.extend(("tab", widget.tabText(i)) for i in range(widget.count()) if widget.isTabVisible(i))
        elif isinstance(widget, QGroupBox):
            found.append(("group", widget.title()))
        elif isinstance(widget, QComboBox):
            found.append(("choice", widget.currentText()))
        elif isinstance(widget, QListWidget):
            found.extend(("list", widget.item(i).text()) for i in range(min(widget.count(), 30)))
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            if model is not None:
                found.extend(("header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                             for c in range(model.columnCount()) if not widget.isSectionHidden(c))
    return found


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    from opn_desk.db.store import open_store
    from opn_desk.services.demo import generate_demo

    path = tmp_path_factory.mktemp("pseudo") / "demo.sqlite"
    store = open_store(path)
    try:
        generate_demo(store, organisations=120)
    finally:
        store.close()
    return path


@pytest.fixture
def pseudo_window(qapp, open_window, tmp_path, demo_template, qtbot):
    from opn_desk import i18n
    from opn_desk.db.backup import copy_database

    translator = Pseudo(qapp)
    QCoreApplication.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    try:
        window = open_window(copy_database(demo_template, tmp_path / "demo.sqlite"))
        qtbot.waitUntil(lambda: window.applications.due.has_loaded, timeout=T)
        yield window
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.install(None)


def test_pseudo_translation_keeps_placeholders():
    assert pseudo("Open {name}").format(name="x").startswith("⟦Öpéñ x")
    assert len(pseudo("Delete the organisation")) >= len("Delete the organisation") * 1.4
    assert untranslated("Delete") and not untranslated(pseudo("Delete")) and not untranslated("12 / 40")
    assert not untranslated("SPP — " + pseudo("Sustainable Public Procurement"))


def walk(window, qtbot) -> dict[str, set[str]]:
    """Every area and the main dialogs: where -> untranslated texts seen there."""
    from opn_desk.gui.window.pages import areas

    seen: dict[str, set[str]] = {}

    def look(where: str, root: QWidget) -> None:
        qtbot.wait(120)
        texts = visible_texts(root)
        assert len(texts) > 5, f"{where}: nothing read"
        for kind, text in texts:
            if untranslated(text):
                seen.setdefault(f"{kind}: {text.strip()}", set()).add(where)

    look("Organisations", window)
    for area in areas():
        window.show_area(area.key)
        page = window.stack.currentWidget()
        qtbot.wait(400)
        look(area.title, window)
        tabs = page.findChildren(QTabBar)
        for bar in tabs:
            for i in range(bar.count()):
                if bar.isVisible():
                    bar.setCurrentIndex(i)
                    look(f"{area.title} › tab {i}", window)
    return seen


def dialogs(window, qtbot) -> dict[str, set[str]]:
    from opn_desk.gui.widgets.dialogs import PreferencesDialog
    from opn_desk.gui.window.preferences_dialog import language_box

    seen: dict[str, set[str]] = {}

    def check(name: str, dialog) -> None:
        if dialog is None:
            return
        if not dialog.isVisible():
            dialog.show()
        qtbot.waitUntil(dialog.isVisible, timeout=T)
        qtbot.wait(300)
        texts = visible_texts(dialog)
        assert texts, f"{name}: nothing read in the dialog"
        for kind, text in texts:
            if untranslated(text):
                seen.setdefault(f"{kind}: {text.strip()}", set()).add(name)
        dialog.close()

    window.show_area("applications")
    page = window.applications
    page.record_application()
    check("Record application", page.intake_dialog)
    page.show_calls()
    check("Calls", page.calls_dialog)
    page.show_checklists()
    check("Checklists", page.checklists_dialog)
    window.show_area("selection")
    selection = window.selection
    qtbot.waitUntil(lambda: selection.round is not None, timeout=T)
    selection.edit_rules()
    check("Seats and rules", selection.rules_dialog)
    selection.show_scenarios()
    check("Scenarios", selection.scenarios_dialog)
    window.show_area("leadership")
    leadership = window.leadership
    qtbot.waitUntil(lambda: leadership.snapshot is not None, timeout=T)
    leadership.show_criteria()
    check("Lead criteria", leadership.side_dialog)
    leadership.show_incumbents()
    check("Incumbents", leadership.side_dialog)
    check("Preferences", PreferencesDialog(window, "", letterheads=lambda: None, language_box=language_box("")))
    window.show_countries()
    check("Countries", window.countries_dialog)
    window.exchange_with_laptops()
    check("Exchange with other laptops", window.exchange_dialog)
    window.show_decisions()
    check("Needs decision", getattr(window, "decisions_dialog", None))
    from opn_desk.gui.widgets.dialogs import ExportDialog, NewDemoDialog, PersonDialog
    from opn_desk.gui.window.letterheads_dialog import LetterheadsDialog
    from opn_desk.gui.window.welcome import WelcomeDialog

    check("Programme letterheads", LetterheadsDialog(window.runner, window))
    check("Export organisations", ExportDialog(window, Path.home()))
    check("New demo database", NewDemoDialog(window, Path.home()))
    check("Add person", PersonDialog(window))
    check("Welcome", WelcomeDialog(window))
    return seen


def test_every_visible_string_goes_through_the_translator(pseudo_window, qtbot):
    seen = walk(pseudo_window, qtbot)
    for text, where in dialogs(pseudo_window, qtbot).items():
        seen.setdefault(text, set()).update(where)
    allowed = [re.compile(line.strip()) for line in ALLOWED.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    new = sorted(f"{text}   [{', '.join(sorted(seen[text]))}]" for text in seen
                 if not any(pattern.fullmatch(text) for pattern in allowed))
    assert new == [], "untranslated strings (not through tr()):\n" + "\n".join(new)
    unused = [p.pattern for p in allowed if not any(p.fullmatch(text) for text in seen)]
    assert unused == [], f"fixed, or no longer shown: remove these lines from {ALLOWED.name}: {unused}"
