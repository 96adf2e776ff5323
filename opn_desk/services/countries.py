"""Countries as the desk counts them: the UN regional group each belongs to is the desk's to correct.

The shipped table follows how the groups are counted for elections (Türkiye and the United States in
WEOG, Kiribati in Asia-Pacific, Palestine and the Holy See in no group); a desk that counts a country
otherwise changes it here. The change is audited and undoable, and every balance count, filter and
report uses it at once, because they all read the group from the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from opn_desk.db.models import Country, Organisation
from opn_desk.db.reference import country_rows
from opn_desk.domain.countries import ldc_on
from opn_desk.domain.text import fold
from opn_desk.domain.vocab import RegionalGroup, group_label
from opn_desk.i18n import current_language, translate
from opn_desk.services.errors import InvalidInput, NotFound
from opn_desk.services.first_rows import _NAME_COLUMNS, country_sql  # noqa: F401 - plain SQL's form


def name_column_text() -> str:
    """The column holding countries' names in the officer's language (the document's, inside
    `report_language`): ``name_en`` for English or a language the reference data lacks."""
    return _NAME_COLUMNS.get(current_language(), "name_en")


def shown_name():
    """A country's name in the officer's (or the document's) language, as a SQL expression: the UN's
    French or Spanish name, English where the reference data has none (labelled ``country_name``)."""
    column = name_column_text()
    if column == "name_en":
        return Country.name_en.label("country_name")
    return func.coalesce(func.nullif(getattr(Country, column), ""), Country.name_en).label("country_name")


def name_of(country: Country | None) -> str:
    """`shown_name` for a country already loaded ("" for none)."""
    if country is None:
        return ""
    return getattr(country, name_column_text(), "") or country.name_en


@dataclass(frozen=True, slots=True)
class CountryValue:
    iso3: str
    name: str
    regional_group: str | None  # as the desk counts it; None = no group
    shipped_group: str | None  # as shipped with OPN Desk
    ldc: bool  # on the day asked
    lldc: bool
    sids: bool
    organisations: int  # in the registry (merged records left out)

    @property
    def changed(self) -> bool:
        return self.regional_group != self.shipped_group


def _shipped() -> dict[str, str | None]:
    return {r["iso3"]: r["regional_group"] for r in country_rows()}


def list_countries(session: Session, *, as_of: date | None = None) -> list[CountryValue]:
    """Every country, by its name in the officer's language, with its group as counted and as shipped."""
    on = as_of or date.today()
    shipped = _shipped()
    counts = dict(session.execute(
        select(Organisation.country_id, func.count()).where(Organisation.merged_into_id.is_(None))
        .group_by(Organisation.country_id)).all())
    rows = sorted(session.scalars(select(Country)).all(), key=lambda c: fold(name_of(c)))
    return [CountryValue(c.iso3, name_of(c), c.regional_group, shipped.get(c.iso3, c.regional_group),
                         ldc_on(c.ldc_from, c.ldc_until, on), bool(c.lldc), bool(c.sids), counts.get(c.id, 0))
            for c in rows]


def set_regional_group(session: Session, iso3: str, group: str | None) -> None:
    """Count ``iso3`` in ``group`` (a group code, or None / "" for no group)."""
    country = session.scalar(select(Country).where(Country.iso3 == (iso3 or "").strip().upper()))
    if country is None:
        raise NotFound(translate("Countries", "There is no country with the code '{code}'.").format(code=iso3))
    code = (group or "").strip() or None
    if code is not None and code not in {g.value for g in RegionalGroup}:
        raise InvalidInput("regional_group", translate("Countries", "'{code}' is not a UN regional group; choose {groups} "
                                                       "or no group.").format(
            code=code, groups=", ".join(translate("Vocabulary", g.label) for g in RegionalGroup)))
    if country.regional_group != code:
        country.regional_group = code


def describe_change(name: str, group: str | None) -> str:
    """The operation's name in the history and the Edit menu."""
    if group:
        return translate("Countries", "Count {name} in {group}").format(name=name,
                                                                        group=translate("Vocabulary", group_label(group)))
    return translate("Countries", "Count {name} in no regional group").format(name=name)
