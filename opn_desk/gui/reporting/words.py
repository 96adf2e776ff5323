"""The Reporting area's words for the desk's codes, each through Qt's translation (the English words
come from `opn_desk.domain.vocab`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from opn_desk.domain.vocab import ACTIVITY_CATEGORIES, RAG, REPORTING_STATES, Vocabulary
from opn_desk.gui.core import labels


def _label(vocabulary: Vocabulary, code: str | None) -> str:
    if not code:
        return ""
    try:
        return QCoreApplication.translate("Vocabulary", vocabulary.label(code))
    except ValueError:
        return code


def state(code: str | None) -> str:
    return _label(REPORTING_STATES, code)


def category(code: str | None) -> str:
    return _label(ACTIVITY_CATEGORIES, code)


def rag(code: str | None) -> str:
    if code is None:
        return QCoreApplication.translate("ReportingWords", "n/a")
    return _label(RAG, code)


def roles(codes) -> str:
    return ", ".join(labels.role(c) for c in codes)


RAG_COLOURS = {"green": ("#dff1e0", "#1e6b2a"), "amber": ("#fff1d0", "#7a4b00"), "red": ("#f9e0de", "#8c1d18")}
STATE_COLOURS = {"submitted": ("#dff1e0", "#1e6b2a"), "excused": ("#ececec", "#505050"),
                 "late": ("#fff1d0", "#7a4b00"), "very_late": ("#f9e0de", "#8c1d18"), "to_do": ("#e3ecf7", "#1d3f6e")}


def group(code: str | None) -> str:
    return labels.short_regional_group(code)
