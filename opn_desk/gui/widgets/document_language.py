"""The language of the documents the window prints, chosen apart from the window's own (issue 16).

A French desk may print an English dossier for the Board: the print preview offers "Language of the
document" (the window's, English, French or Spanish). The choice holds for the session, for every
document built from then on (dossiers, rosters, the selection report, letters, review packs), and
the preview builds its document again in the language chosen.

The work that builds a document runs on a worker thread; `in_document_language` wraps it so that it
runs inside `opn_desk.i18n.report_language` (the document's fixed text, dates and numbers), while the
window around it keeps its language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

# (code, name): "" is the window's language. The languages' own names are never translated.
LANGUAGES = (("en", "English"), ("fr", "Français"), ("es", "Español"))

_CHOSEN = [""]  # the session's choice; "" = the window's language


def chosen() -> str:
    """The language documents are built in: "en", "fr", "es", or "" for the window's."""
    return _CHOSEN[0]


def choose(language: str) -> None:
    _CHOSEN[0] = language if language in dict(LANGUAGES) else ""


def in_document_language(work: Callable[..., Any]) -> Callable[..., Any]:
    """``work`` (the document's build, run on a worker) in the language chosen now."""
    language = chosen() or None

    def run(*args, **kwargs):
        from opn_desk.i18n import report_language

        with report_language(language):
            return work(*args, **kwargs)

    return run


def language_box(parent=None) -> QComboBox:
    """"Language of the document": the window's (the default), English, Français, Español; the code is
    the item's data, the current choice selected."""
    box = QComboBox(parent)
    box.addItem(QCoreApplication.translate("DocumentLanguage", "The window's language"), "")
    for code, name in LANGUAGES:
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(chosen())))
    box.setAccessibleName(QCoreApplication.translate("DocumentLanguage", "Language of the document"))
    box.setToolTip(QCoreApplication.translate(
        "DocumentLanguage", "The language the document is printed in, whatever the window's: a French desk may "
        "print an English dossier for the Board."))
    return box
