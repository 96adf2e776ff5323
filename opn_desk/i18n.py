"""The one translation boundary for sentences written outside the window (services, errors, documents).

``translate(context, text)`` returns ``text`` in the officer's language; fill its ``{fields}`` after,
with ``.format(...)`` (pyside6-lupdate reads ``translate("Context", "text")`` calls with exactly two
string literals, and only bare ones: import the function, not the module). By default it is English:
the command line and Qt-free tests need nothing. The window installs Qt's translator at start-up
(`install(QCoreApplication.translate)`, in gui/window/app.py), so the French and Spanish catalogues
reach the services' sentences too; packaging/update_translations.py collects them from
opn_desk/services as well as opn_desk/gui.

This module imports nothing of the project and no Qt.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]  # (context, text) -> translated text


def _english(_context: str, text: str) -> str:
    return text


_backend: Translate = _english


def install(backend: Translate | None) -> None:
    """Back `translate` with a translator (the window passes ``QCoreApplication.translate``); None: English."""
    global _backend
    _backend = backend or _english


def translate(context: str, text: str) -> str:
    """``text`` in the officer's language (English when no translator is installed or it has none)."""
    try:
        return _backend(context, text) or text
    except Exception:  # noqa: BLE001 - a broken translator never hides the sentence
        return text
