"""Words the window shows for the desk's codes, each through Qt's translation.

The English words come from `opn_desk.domain.vocab`, the one table of every vocabulary's codes,
labels, short labels and accepted spellings; nothing here keeps its own copy.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

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
    """The group's label; a country outside every group is "No group"."""
    return _label(vocab.REGIONAL_GROUPS, code) if code else _vocab(vocab.NO_GROUP_LABEL)


def short_regional_group(code: str | None) -> str:
    """"Asia-Pacific", "GRULAC": for narrow columns and chart axes."""
    return _label(vocab.REGIONAL_GROUPS, code, short=True) if code else _vocab(vocab.NO_GROUP_LABEL)


def cluster(code: str | None) -> str:
    return _label(vocab.STAKEHOLDER_CLUSTERS, code)


def short_cluster(code: str | None) -> str:
    """"UN / IGO", "Science & tech.": for narrow columns and chart axes."""
    return _label(vocab.STAKEHOLDER_CLUSTERS, code, short=True)


def role(code: str) -> str:
    return _label(vocab.ROLES, code)


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


def day(d: date | None) -> str:
    return d.isoformat() if d else ""


def moment(at: datetime) -> str:
    """A UTC time from the audit trail, shown in local time to the minute."""
    local = at.replace(tzinfo=UTC).astimezone() if at.tzinfo is None else at.astimezone()
    return local.strftime("%Y-%m-%d %H:%M")


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
