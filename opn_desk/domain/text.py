"""Text folding for search and matching: case, accents and punctuation never hide a name."""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACE = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lower-case, accent-free, punctuation-free form of ``text`` (scripts other than Latin kept)."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = _PUNCT.sub(" ", stripped.casefold())
    return _SPACE.sub(" ", stripped).strip()


def spreadsheet_safe(value: object) -> object:
    """Neutralise a cell that a spreadsheet would run as a formula (OWASP CSV injection, CWE-1236).

    A leading apostrophe is how Excel and LibreOffice mark a cell as literal text.
    """
    if isinstance(value, str) and value and value[0] in "=+-@\t\r":
        return "'" + value
    return value
