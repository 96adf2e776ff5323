"""Words the window shows for the desk's codes, each through Qt's translation."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from opn_desk.domain.programmes import PROGRAMMES
from opn_desk.domain.vocab import (
    Gender,
    MembershipStatus,
    OrganisationType,
    RegionalGroup,
    Role,
    StakeholderCluster,
    group_label,
)


def _vocab(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def regional_group(code: str | None) -> str:
    return _vocab(group_label(code))


def cluster(code: str | None) -> str:
    if not code:
        return ""
    try:
        return _vocab(StakeholderCluster(code).label)
    except ValueError:
        return code


def role(code: str) -> str:
    try:
        return _vocab(Role(code).label)
    except ValueError:
        return code


_TYPE_LABELS = {
    "national_government": "National government",
    "local_government": "Local government",
    "un_agency": "UN agency",
    "intergovernmental": "Inter-governmental organisation",
    "ngo": "NGO",
    "network": "Network",
    "university": "University",
    "research_institute": "Research institute",
    "company": "Company",
    "business_association": "Business association",
    "other": "Other",
}


def organisation_type(code: str | None) -> str:
    if not code:
        return ""
    try:
        return _vocab(_TYPE_LABELS.get(code) or OrganisationType(code).label)
    except ValueError:
        return code


def gender(code: str) -> str:
    try:
        return _vocab(Gender(code).label)
    except ValueError:
        return code


def status(code: str) -> str:
    try:
        return _vocab(MembershipStatus(code).label)
    except ValueError:
        return code


def programme(code: str) -> str:
    for p in PROGRAMMES:
        if p.code == code:
            return _vocab(p.name)
    return code


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
