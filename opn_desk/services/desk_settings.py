"""Desk-wide settings kept in the database: they travel with the data to every laptop that opens it.

First: the screening checklist per role. The Terms of Reference leave eligibility and due diligence
to each desk, so the items a new application starts with are the desk's to define; the shipped
defaults apply until a desk changes them. Existing applications keep the items they started with.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import DeskSetting
from opn_desk.domain.applications import default_checklist
from opn_desk.domain.vocab import Role
from opn_desk.i18n import translate
from opn_desk.services.errors import InvalidInput

MAX_ITEMS = 40
MAX_ITEM_LENGTH = 300


def _key(role: str) -> str:
    try:
        return f"screening_checklist.{Role(role).value}"
    except ValueError:
        raise InvalidInput("role", translate("DeskSettings", "{role} is not a role (co-lead, core partner or network member).").format(role=repr(role))) from None


def _row(session: Session, key: str) -> DeskSetting | None:
    return session.scalar(select(DeskSetting).where(DeskSetting.key == key))


def screening_checklist(session: Session, role: str) -> tuple[str, ...]:
    """The items a new application for this role starts its screening with."""
    row = _row(session, _key(role))
    if row is not None and isinstance(row.value, list) and row.value:
        return tuple(str(item) for item in row.value)
    return default_checklist(role)


def is_customised(session: Session, role: str) -> bool:
    return _row(session, _key(role)) is not None


def clean_items(items: Sequence[str]) -> list[str]:
    """Trimmed, blanks and repeats dropped (case-insensitively), order kept; refused when unusable."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in items:
        item = " ".join(str(raw).split())
        if not item or item.casefold() in seen:
            continue
        if len(item) > MAX_ITEM_LENGTH:
            raise InvalidInput("items", translate("DeskSettings", "The check \"{check}…\" is longer than {limit} "
                                                                  "characters; shorten it.")
                               .format(check=item[:40], limit=MAX_ITEM_LENGTH))
        seen.add(item.casefold())
        out.append(item)
    if not out:
        raise InvalidInput("items", translate("DeskSettings", "A screening checklist needs at least one check; use Restore defaults to go "
                           "back to the shipped list."))
    if len(out) > MAX_ITEMS:
        raise InvalidInput("items", translate("DeskSettings", "A screening checklist can hold at most {limit} checks, not {count}.").format(
            limit=MAX_ITEMS, count=len(out)))
    return out


def set_screening_checklist(session: Session, role: str, items: Sequence[str]) -> tuple[str, ...]:
    """Set the checklist new applications for this role start with; returns the items as stored."""
    key = _key(role)
    cleaned = clean_items(items)
    row = _row(session, key)
    if list(cleaned) == list(default_checklist(role)):
        if row is not None:  # back to the defaults: nothing customised to keep
            session.delete(row)
        return tuple(cleaned)
    if row is None:
        session.add(DeskSetting(key=key, value=cleaned))
    elif row.value != cleaned:
        row.value = cleaned
    return tuple(cleaned)


def restore_default_checklist(session: Session, role: str) -> tuple[str, ...]:
    row = _row(session, _key(role))
    if row is not None:
        session.delete(row)
    return default_checklist(role)


# --- letterheads ------------------------------------------------------------------------------------

MAX_LETTERHEAD_LINES = 4
MAX_LETTERHEAD_LENGTH = 400


def _letterhead_key(programme_code: str) -> str:
    from opn_desk.domain.programmes import PROGRAMMES

    code = programme_code.strip().upper()
    if code not in {p.code for p in PROGRAMMES}:
        raise InvalidInput("programme", translate("DeskSettings", "{code} is not a programme code ({codes}).")
                           .format(code=repr(programme_code), codes=", ".join(p.code for p in PROGRAMMES)))
    return f"letterhead.{code}"


def letterhead(session: Session, programme_code: str) -> str:
    """The programme's letterhead for PDFs and letters as the desk set it, else "" (the reports then print
    "One Planet network — <programme>"). Only the database counts, so every laptop prints the same."""
    row = _row(session, _letterhead_key(programme_code))
    if row is not None and isinstance(row.value, str) and row.value.strip():
        return row.value
    return ""


def set_letterhead(session: Session, programme_code: str, text: str) -> str:
    """Set (or, with empty text, clear) a programme's letterhead: at most four lines, the first bold."""
    key = _letterhead_key(programme_code)
    lines = [" ".join(line.split()) for line in str(text).splitlines()]
    lines = [line for line in lines if line]
    if len(lines) > MAX_LETTERHEAD_LINES:
        raise InvalidInput("letterhead", translate("DeskSettings", "A letterhead has at most {limit} lines, not {count}.").format(
            limit=MAX_LETTERHEAD_LINES, count=len(lines)))
    value = "\n".join(lines)
    if len(value) > MAX_LETTERHEAD_LENGTH:
        raise InvalidInput("letterhead", translate("DeskSettings", "A letterhead has at most {limit} characters; shorten it.").format(
            limit=MAX_LETTERHEAD_LENGTH))
    row = _row(session, key)
    if not value:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(DeskSetting(key=key, value=value))
    elif row.value != value:
        row.value = value
    return value


# --- the due list -----------------------------------------------------------------------------------

WAITING_DAYS_KEY = "due.waiting_days"
WAITING_DAYS_DEFAULT = 14
WAITING_DAYS_RANGE = (1, 365)


def waiting_days(session: Session) -> int:
    """After how many days without a move an open application is listed as waiting too long."""
    row = _row(session, WAITING_DAYS_KEY)
    if row is not None and isinstance(row.value, int) and not isinstance(row.value, bool):
        return row.value
    return WAITING_DAYS_DEFAULT


def set_waiting_days(session: Session, days: int) -> int:
    low, high = WAITING_DAYS_RANGE
    if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
        raise InvalidInput("waiting_days", translate("DeskSettings", "The waiting time is a whole number of days from {low} to {high}.").format(
            low=low, high=high))
    row = _row(session, WAITING_DAYS_KEY)
    if days == WAITING_DAYS_DEFAULT:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(DeskSetting(key=WAITING_DAYS_KEY, value=days))
    elif row.value != days:
        row.value = days
    return days


def letterheads(session: Session, codes: Sequence[str]) -> dict[str, str]:
    """Each programme's letterhead, by code (Edit › Preferences › Letterheads)."""
    return {code: letterhead(session, code) for code in codes}


def set_letterheads(session: Session, texts: dict[str, str]) -> None:
    """Set several programmes' letterheads as one change."""
    for code, text in texts.items():
        set_letterhead(session, code, text)


def checklist_for(session: Session, role: str) -> tuple[tuple[str, ...], bool]:
    """The screening checklist for applications of ``role`` and whether the desk changed it."""
    return tuple(screening_checklist(session, role)), is_customised(session, role)
