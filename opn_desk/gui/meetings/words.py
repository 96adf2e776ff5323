"""The Meetings area's words for the desk's codes, each through Qt's translation (the English words come
from `opn_desk.domain.vocab`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from opn_desk.domain.vocab import MEETING_KINDS, PARTICIPATIONS, ROLES, TASK_STATUSES, Vocabulary


def _label(vocabulary: Vocabulary, code: str | None) -> str:
    if not code:
        return ""
    try:
        return QCoreApplication.translate("Vocabulary", vocabulary.label(code))
    except ValueError:
        return code


def kind(code: str | None) -> str:
    return _label(MEETING_KINDS, code)


def participation(code: str | None) -> str:
    return _label(PARTICIPATIONS, code)


def role(code: str | None) -> str:
    return _label(ROLES, code) if code else QCoreApplication.translate("Meetings", "Guest organisation")


def task_status(code: str | None) -> str:
    return _label(TASK_STATUSES, code)


PARTICIPATION_CODES = tuple(t.code for t in PARTICIPATIONS.terms)
PARTICIPATION_COLOURS = {"attended": ("#dff1e0", "#1e6b2a"), "written_comments": ("#dff3f1", "#0f5c55"),
                         "confirmed": ("#e3ecf7", "#1d3f6e"), "excused": ("#fff1d0", "#7a4b00"),
                         "no_show": ("#f9e0de", "#8c1d18"), "invited": ("#ececec", "#505050")}
