"""The window's language: chosen in Edit › Preferences (the system's, English, French or Spanish), kept
in the user's preferences (opn_desk/preferences.py, shared with the command line) and applied at once.

Applying it swaps Qt's translators (app.install_translations) and QLocale's default, so every dialog and
page built from then on speaks the new language and formats numbers its way. Widgets already built keep
the words they were built with (their text is set once, through self.tr()); the officer is offered to
open the desk again, which rebuilds the whole window in the new language without restarting OPN Desk.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

# (code, name): "" is the system's language. The languages' own names are never translated: an officer
# who cannot read the current language still finds theirs.
LANGUAGES = (("en", "English"), ("fr", "Français"), ("es", "Español"))


def chosen_language() -> str:
    """The window's language: OPN_DESK_LANGUAGE (tests, `opn-desk --lang`), else the one saved in
    Preferences; "" for the system's."""
    wanted = os.environ.get("OPN_DESK_LANGUAGE", "").strip()
    if wanted:
        return wanted
    from opn_desk.preferences import Preferences

    return Preferences.load().language


_TRANSLATORS: list = []  # the translators install_language installed, removed when it runs again


def install_language(app, locale=None) -> list:
    """app.install_translations: Qt's and OPN Desk's translators for ``locale`` (default: the chosen
    language), replacing those installed before; QLocale's default follows, for numbers. The services'
    sentences (opn_desk/i18n.py) go through Qt's translator. Returns the translators installed."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from opn_desk import i18n
    from opn_desk.paths import resource

    i18n.install(QCoreApplication.translate)
    if locale is None:
        wanted = chosen_language()
        locale = QLocale(wanted) if wanted else QLocale.system()
    while _TRANSLATORS:
        app.removeTranslator(_TRANSLATORS.pop())
    QLocale.setDefault(locale)
    app.setLayoutDirection(locale.textDirection())  # Arabic (and Hebrew, Persian…): the window mirrored
    i18n.install(QCoreApplication.translate, locale.name()[:2])  # its language: the documents' dates, numbers
    installed = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("opn_desk", str(resource("translations")))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    _TRANSLATORS.extend(installed)
    return installed


def language_box(current: str) -> QComboBox:
    """A combo box of the languages, ``current`` selected ("" = the system's); the code is its data."""
    box = QComboBox()
    box.addItem(QCoreApplication.translate("LanguageChoice", "The system's language"), "")
    for code, name in LANGUAGES:
        box.addItem(name, code)
    index = box.findData(current)
    box.setCurrentIndex(max(0, index))
    return box


def apply_language(window, language: str) -> None:
    """Save ``language`` as the officer's choice and switch the window's translators to it; offer to
    open the desk again so that the menus and the pages already built change too."""
    from PySide6.QtWidgets import QApplication

    from opn_desk.gui.core import messages
    from opn_desk.preferences import Preferences

    prefs = Preferences.load()
    if prefs.language == language:
        return
    prefs.language = language
    prefs.save()
    os.environ.pop("OPN_DESK_LANGUAGE", None)  # the saved choice wins from now on
    install_language(QApplication.instance())
    controller = getattr(window, "controller", None)
    if controller is None or getattr(window, "opened", None) is None:
        return
    answer = messages.choose(
        window, QCoreApplication.translate(
            "LanguageChoice", "Dialogs and pages opened from now on use the new language. Open the desk again "
            "now so that the menus and the pages already open change too?"),
        [QCoreApplication.translate("LanguageChoice", "Open again now"),
         QCoreApplication.translate("LanguageChoice", "Later")],
        default=0, escape=1)
    if answer == 0:
        editor = getattr(getattr(window, "registry", None), "editor", None)

        def again() -> None:
            controller.reopen(window, read_only=False)

        if editor is None or editor.may_leave(then=again):
            again()
