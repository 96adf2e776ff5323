"""The one translation boundary for sentences written outside the window (services, errors, documents).

``translate(context, text)`` returns ``text`` in the officer's language; fill its ``{fields}`` after,
with ``.format(...)`` (pyside6-lupdate reads ``translate("Context", "text")`` calls with exactly two
string literals, and only bare ones: import the function, not the module). By default it is English:
the command line and Qt-free tests need nothing. The window installs Qt's translator at start-up
(`install(QCoreApplication.translate)`, in gui/window/app.py), so the French and Spanish catalogues
reach the services' sentences too; packaging/update_translations.py collects them from
opn_desk/services, opn_desk/commands, cli.py and opn_desk/reports as well as opn_desk/gui. The command
line has no Qt: `use_language` backs `translate` with the same catalogue (the .ts file) for `--lang` or
the saved preference.

Documents may be printed in another language than the window's or the command line's (a French desk
prints an English dossier for the Board): ``with report_language("en"):`` backs `translate` with that
language's catalogue for the thread building the document, then the previous translator is back; the
officer's own messages around it ("CommandLine", "Documents") keep the officer's language. Dates and
numbers in documents follow the same language: `long_date`, `number`, `percent_text` (small rules for
English, French and Spanish, below; Babel is not a dependency).

This module imports nothing of the project and no Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from pathlib import Path

Translate = Callable[[str, str], str]  # (context, text) -> translated text


def _english(_context: str, text: str) -> str:
    return text


_backend: Translate = _english
_language = "en"  # the language of _backend ("en", "fr", "es"; another code formats as English)

# A document printed in another language than the window's (`report_language`): its translator and
# language, for the thread (context) building it only, so the window around it keeps its own.
_document: ContextVar[tuple[str, Translate] | None] = ContextVar("opn_desk_document_language", default=None)
# What the officer reads around a document stays in the officer's language: the command line's
# messages and the documents' progress and refusals (services/documents.py).
OFFICER_CONTEXTS = frozenset({"CommandLine", "Documents"})


def install(backend: Translate | None, language: str | None = None) -> None:
    """Back `translate` with a translator (the window passes ``QCoreApplication.translate`` and its
    language, e.g. "fr"); None: English."""
    global _backend, _language
    _backend = backend or _english
    _language = (language or "en").strip().lower()[:2] if backend is not None else "en"


def translate(context: str, text: str) -> str:
    """``text`` in the officer's language (English when no translator is installed or it has none);
    inside ``with report_language(...)``, in the document's."""
    document = _document.get()
    backend = document[1] if document is not None and context not in OFFICER_CONTEXTS else _backend
    try:
        return backend(context, text) or text
    except Exception:  # noqa: BLE001 - a broken translator never hides the sentence
        return text


def current_language() -> str:
    """The language `translate` speaks now: the document's inside `report_language`, else the
    installed one ("en" by default)."""
    document = _document.get()
    return document[0] if document is not None else _language


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


def shipped_translations() -> Path:
    """resources/translations as opn_desk/paths.py finds it (this module imports nothing of the project)."""
    packaged = Path(__file__).resolve().parent / "resources"
    return (packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "resources") / "translations"


def _backend_for(language: str | None, folder: str | os.PathLike | None) -> tuple[str, Translate]:
    code = (language or "").strip().lower()[:2]
    ts = Path(folder if folder is not None else shipped_translations()) / f"opn_desk_{code}.ts"
    if code in LANGUAGES and code != "en" and ts.exists():
        return code, from_catalogue(ts)
    return "en", _english


def use_language(language: str | None, folder: str | os.PathLike | None = None) -> str:
    """Install the translator for ``language`` ("fr", "es"; "en", "" or None: English) from the .ts
    catalogues in ``folder`` (default: the shipped ones); returns the language in use. An unknown
    language is English."""
    code, backend = _backend_for(language, folder)
    install(None if code == "en" else backend, code)
    return code


@contextmanager
def report_language(language: str | None, folder: str | os.PathLike | None = None) -> Iterator[str]:
    """Build a document in ``language`` whatever the window's or the command line's: inside the
    ``with``, `translate`, `current_language` and the formats below answer in it (from the .ts catalogue, as
    the command line does), then the previous translator is back. None or "": the current language
    (nothing changes). Per thread: the window's own sentences elsewhere keep the window's language.

        with report_language("fr"):
            documents.dossier(desk, "SPP", out)
    """
    if not (language or "").strip():
        yield current_language()
        return
    code, backend = _backend_for(language, folder)
    token = _document.set((code, backend))
    try:
        yield code
    finally:
        _document.reset(token)


# ------------------------------------------------------------------ dates and numbers, as each language writes them
# Documents (PDFs) follow these small rules; the window uses QLocale. Babel is not a dependency.

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}
_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    "es": ("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."),
}
NARROW_SPACE = "\u202f"  # French thousands and before % (espace fine insécable)
NO_BREAK_SPACE = "\u00a0"


def _written_in(language_code: str | None) -> str:
    code = (language_code or current_language() or "en")[:2]
    return code if code in _MONTHS else "en"


def singular(count: int, language_code: str | None = None) -> bool:
    """Whether ``count`` takes the singular: 1 in English and Spanish, 0 and 1 in French ("0 candidat")."""
    return count in (0, 1) if _written_in(language_code) == "fr" else count == 1


def long_date(day: date | None, language_code: str | None = None) -> str:
    """"3 December 2026", "3 décembre 2026" (the first: "1er décembre"), "3 de diciembre de 2026"; "–" for none."""
    if day is None:
        return "–"
    code = _written_in(language_code)
    month = _MONTHS[code][day.month - 1]
    if code == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    if code == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def short_date(day: date | None, language_code: str | None = None) -> str:
    """"3 Dec 2026", "3 déc. 2026", "3 dic. 2026" (a table's dates, read by people); "–" for none."""
    if day is None:
        return "–"
    return f"{day.day} {_SHORT_MONTHS[_written_in(language_code)][day.month - 1]} {day.year}"


def month_name(month: int, *, short: bool = False, language_code: str | None = None) -> str:
    """The month (1-12) in the language: "December"/"décembre"/"diciembre", short "Dec"/"déc."/"dic."."""
    return (_SHORT_MONTHS if short else _MONTHS)[_written_in(language_code)][month - 1]


def number(value: float, decimals: int = 0, language_code: str | None = None) -> str:
    """1234.5 -> "1,234.5" (English), "1 234,5" (French, a narrow no-break space), "1234,5" / "12.345,5"
    (Spanish: no separator in four-digit numbers, as the RAE writes them)."""
    code = _written_in(language_code)
    text = f"{value:,.{decimals}f}"  # 1,234.5
    whole, _, fraction = text.partition(".")
    if code == "en":
        return text
    if code == "fr":
        whole = whole.replace(",", NARROW_SPACE)
    else:
        digits = whole.lstrip("-").replace(",", "")
        whole = whole.replace(",", ".") if len(digits) > 4 else whole.replace(",", "")
    return f"{whole},{fraction}" if fraction else whole


def percent_text(value: float, decimals: int = 0, language_code: str | None = None) -> str:
    """75 -> "75%" (English), "75 %" (French: a narrow no-break space), "75 %" (Spanish: a no-break space)."""
    code = _written_in(language_code)
    space = {"en": "", "fr": NARROW_SPACE, "es": NO_BREAK_SPACE}[code]
    return f"{number(value, decimals, code)}{space}%"
