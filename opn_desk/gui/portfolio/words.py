"""The Portfolio area's words for the desk's codes, each through Qt's translation (the English words come
from `opn_desk.domain.vocab`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from opn_desk.domain.vocab import INITIATIVE_KINDS, INITIATIVE_STATUSES, Vocabulary


def _label(vocabulary: Vocabulary, code: str | None, short: bool = False) -> str:
    if not code:
        return ""
    try:
        return QCoreApplication.translate("Vocabulary", vocabulary.short(code) if short else vocabulary.label(code))
    except ValueError:
        return code


def status(code: str | None) -> str:
    return _label(INITIATIVE_STATUSES, code)


def kind(code: str | None) -> str:
    return _label(INITIATIVE_KINDS, code, short=True)


STATUSES = tuple(t.code for t in INITIATIVE_STATUSES.terms)
KINDS = tuple(t.code for t in INITIATIVE_KINDS.terms)
STATUS_COLOURS = {"proposed": ("#e3ecf7", "#1d3f6e"), "due_diligence": ("#ebe3f7", "#4b2a7b"),
                  "affiliated": ("#dff3f1", "#0f5c55"), "core": ("#dff1e0", "#1e6b2a"),
                  "active": ("#dff1e0", "#1e6b2a"), "inactive": ("#fff1d0", "#7a4b00"),
                  "closed": ("#ececec", "#505050")}
