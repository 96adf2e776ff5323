"""Words the window shows for the desk's codes, each through Qt's translation.

The English words come from `opn_desk.domain.vocab`, the one table of every vocabulary's codes,
labels, short labels and accepted spellings; nothing here keeps its own copy.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from opn_desk.domain import vocab
from opn_desk.domain.vocab import (
    ApplicationStatus,
    Gender,
    OrganisationType,
    RegionalGroup,
    Role,
    StakeholderCluster,
    Vocabulary,
)


def _vocab(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def _label(vocabulary: Vocabulary, code: str | None, short: bool = False) -> str:
    """The code's label (or short label), translated; an unknown code is shown as it is."""
    if not code:
        return ""
    try:
        return _vocab(vocabulary.short(code) if short else vocabulary.label(code))
    except ValueError:
        return code


def regional_group(code: str | None) -> str:
    """The group's geographic name ("Africa", "Afrique"; vocab.group_name); no group is "No group"."""
    return vocab.group_name(code)


def short_regional_group(code: str | None) -> str:
    """"Asia-Pacific", "GRULAC": for narrow columns and chart axes."""
    return vocab.group_name(code, short=True)


def cluster(code: str | None) -> str:
    return _label(vocab.STAKEHOLDER_CLUSTERS, code)


def short_cluster(code: str | None) -> str:
    """"UN / IGO", "Science & tech.": for narrow columns and chart axes."""
    return _label(vocab.STAKEHOLDER_CLUSTERS, code, short=True)


def role(code: str) -> str:
    return _label(vocab.ROLES, code)


def role_list(text: str | None) -> str:
    """"Co-lead, Core partner" (English labels the services join) in the window's language."""
    return ", ".join(_vocab(part) for part in (text or "").split(", ") if part)


def organisation_type(code: str | None) -> str:
    return _label(vocab.ORGANISATION_TYPES, code)


def gender(code: str) -> str:
    return _label(vocab.GENDERS, code)


def short_gender(code: str) -> str:
    return _label(vocab.GENDERS, code, short=True)


def status(code: str) -> str:
    return _label(vocab.MEMBERSHIP_STATUSES, code)


def programme(code: str) -> str:
    return _label(vocab.PROGRAMMES, code)


def programme_name(code: str, stored: str) -> str:
    """A programme's name in the officer's language (the network's six); a programme the desk added
    itself keeps the name it was given."""
    shown = programme(code)
    return stored if shown == code else shown


GROUPS = tuple(RegionalGroup)
CLUSTERS = tuple(StakeholderCluster)
ROLES = tuple(Role)
TYPES = tuple(OrganisationType)
GENDERS = tuple(Gender)


def _locale() -> QLocale:
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        loc = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return loc


def number(n: int) -> str:
    """12345 -> "12,345" (or the user's own grouping)."""
    loc = _locale()
    loc.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return loc.toString(n)


def decimal(value: float, decimals: int = 2) -> str:
    """3.5 -> "3.50" in English, "3,50" in French and Spanish (a score, an average)."""
    loc = _locale()
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(float(value), "f", decimals)


def short_decimal(value: float) -> str:
    """0.25 -> "0.25", 4.0 -> "4" in English; "0,25" in French and Spanish (a weight, a reviewer's score)."""
    loc = _locale()
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(float(value), "g", 6)


def percent(rate: float | None, decimals: int = 0) -> str:
    """0.756 -> "76%" in English, "76 %" in French: the chosen language's digits, separators and sign
    (QLocale's default follows Edit › Preferences' language)."""
    if rate is None:
        return ""
    loc = _locale()
    value = loc.toString(rate * 100, "f", decimals)
    return f"{value}\u202f%" if loc.language() in (QLocale.Language.French, QLocale.Language.Spanish) \
        else f"{value}{loc.percent()}"


def organisations(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Labels", "1 organisation")
    return QCoreApplication.translate("Labels", "{count} organisations").format(count=number(n))


# Every date the window shows goes through day(), long_day() or moment() below: the chosen language's
# month names (QLocale's default follows Edit › Preferences' language), the day first and the year in
# full, so that "3/2/26" is never read as 2 March in one office and 3 February in another.
SHORT_DAY = "d MMM yyyy"  # "3 Feb 2026", "3 févr. 2026", "3 feb 2026": table cells and short notes


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def day(d: date | None) -> str:
    """2026-02-03 -> "3 Feb 2026" / "3 févr. 2026" / "3 feb 2026"; "" for none. A table column of these
    sorts by the date itself (day_key), never by this text."""
    return _locale().toString(_qdate(d), SHORT_DAY) if d else ""


def long_day(d: date | None) -> str:
    """A date inside a sentence: "3 February 2026", "3 février 2026" (the first: "1er février"),
    "3 de febrero de 2026"; "" for none."""
    if not d:
        return ""
    loc = _locale()
    language = loc.language()
    if language == QLocale.Language.Spanish:
        return loc.toString(_qdate(d), "d 'de' MMMM 'de' yyyy")
    text = loc.toString(_qdate(d), "d MMMM yyyy")
    if language == QLocale.Language.French and d.day == 1:
        text = "1er" + text[1:]
    return text


_SHOWN_DAY = re.compile(r"\d{1,2} \S+ \d{4}")  # the shape of SHORT_DAY, checked before any parsing


def shown_day(text: str) -> date | None:
    """The date a cell shows, when the whole text is one written by day() ("3 févr. 2026"), else None:
    what an export writes as a date a spreadsheet sorts and computes with."""
    if not _SHOWN_DAY.fullmatch(text):
        return None
    loc = _locale()
    q = loc.toDate(text, SHORT_DAY)
    if not q.isValid():
        return None
    found = date(q.year(), q.month(), q.day())
    return found if loc.toString(q, SHORT_DAY) == text else None


def day_key(d: date | None) -> int:
    """What a date column sorts by: the day's number (no date first), whatever the language shows."""
    return d.toordinal() if d else 0


def date_input_format() -> str:
    """The display format of a date field (QDateEdit): the language's own short numeric order with the
    year in full ("dd/MM/yyyy" in French and Spanish, "M/d/yyyy" in American English)."""
    shape = _locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in shape:
        shape = shape.replace("yy", "yyyy")
    return shape


def input_day(d: date | None) -> str:
    """A date as a text field shows it for editing, in date_input_format ("03/02/2026"); "" for none."""
    return _locale().toString(_qdate(d), date_input_format()) if d else ""


def read_day(text: str) -> date:
    """A date typed in the language's order ("03/02/2026"), as the tables show it ("3 févr. 2026"), or
    as ISO ("2026-02-03"); ValueError for anything else."""
    text = text.strip()
    loc = _locale()
    for shape in (date_input_format(), SHORT_DAY):
        q = loc.toDate(text, shape)
        if q.isValid():
            return date(q.year(), q.month(), q.day())
    return date.fromisoformat(text)


def local_moment(at: datetime) -> str:
    """A time as it is, to the minute: "3 Feb 2026 09:15" ("3 févr. 2026 09:15")."""
    loc = _locale()
    return f"{day(at.date())} {loc.toString(QTime(at.hour, at.minute), loc.timeFormat(QLocale.FormatType.ShortFormat))}"


def moment(at: datetime) -> str:
    """A UTC time from the audit trail, shown in local time to the minute."""
    local = at.replace(tzinfo=UTC).astimezone() if at.tzinfo is None else at.astimezone()
    return local_moment(local)


S = ApplicationStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationDialogs", text)


def status_label(code: str | None) -> str:
    if not code:
        return ""
    try:
        return _vocab(S(code).label)
    except ValueError:
        return code


def size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return _tr("{size:.1f} MB").format(size=n / 1024 / 1024)
    return _tr("{size} KB").format(size=max(1, round(n / 1024)))
