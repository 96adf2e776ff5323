"""The one translation boundary for sentences written outside the window (services, errors, documents).

``translate(context, text)`` returns ``text`` in the officer's language; fill its ``{fields}`` after,
with ``.format(...)`` (pyside6-lupdate reads ``translate("Context", "text")`` calls with exactly two
string literals, and only bare ones: import the function, not the module). By default it is English:
the command line and Qt-free tests need nothing. The window installs Qt's translator at start-up
(`install(QCoreApplication.translate)`, in gui/window/app.py), so the French and Spanish catalogues
reach the services' sentences too; packaging/update_translations.py collects them from
opn_desk/services, opn_desk/commands and cli.py as well as opn_desk/gui. The command line has no Qt:
`use_language` backs `translate` with the same catalogue (the .ts file) for `--lang` or the saved
preference.

This module imports nothing of the project and no Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

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


# ------------------------------------------------------------------ the command line's translator
# The window backs `translate` with Qt's; the command line, which has no Qt, reads the same catalogue:
# resources/translations/opn_desk_<language>.ts (packaging/update_translations.py writes it), parsed
# once at first use. Only finished translations are used; anything else stays English.

LANGUAGES = ("en", "fr", "es")  # what `--lang` and the Preferences offer ("" in preferences: the system's)


def catalogue(ts: str | os.PathLike) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, for the finished translations of a .ts file ({} if unreadable)."""
    path = Path(ts)
    key = str(path.resolve())
    if key not in _catalogues:
        _catalogues[key] = _read(path)
    return _catalogues[key]


_catalogues: dict[str, dict[tuple[str, str], str]] = {}


def _read(path: Path) -> dict[tuple[str, str], str]:
    from defusedxml import ElementTree

    try:
        root = ElementTree.parse(str(path)).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in element.iter("numerusform")]
            text = forms[-1] if forms else (element.text or "")
            if text:
                found[(name, message.findtext("source") or "")] = text
    return found


def from_catalogue(ts: str | os.PathLike) -> Translate:
    """A backend for `install`: the .ts file's translation of (context, text), else ``text``.

    Like Qt, the context counts; a text translated under another context is the fallback (lupdate
    sometimes files a string under the variable's name rather than the class).
    """
    table = catalogue(ts)
    by_text = {source: text for (_context, source), text in table.items()}

    def backend(context: str, text: str) -> str:
        return table.get((context, text)) or by_text.get(text) or text

    return backend


def use_language(language: str | None, folder: str | os.PathLike) -> str:
    """Install the translator for ``language`` ("fr", "es"; "en", "" or None: English) from the .ts
    catalogues in ``folder``; returns the language in use. An unknown language is English."""
    language = (language or "").strip().lower()[:2]
    ts = Path(folder) / f"opn_desk_{language}.ts"
    if language in LANGUAGES and language != "en" and ts.exists():
        install(from_catalogue(ts))
        return language
    install(None)
    return "en"
