"""Reference tables as the app uses them (countries with LDC status as of a date)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from opn_desk.db.reference import country_rows
from opn_desk.domain.countries import ldc_on
from opn_desk.domain.vocab import group_label
from opn_desk.io.tables import write_table

COUNTRY_COLUMNS = ("iso3", "iso2", "m49", "name_en", "name_fr", "name_es", "name_ru", "name_zh", "name_ar",
                   "regional_group", "regional_group_name", "ldc", "lldc", "sids")


def database_country_rows(session) -> list[dict]:
    """The country table of a database, in the shipped rows' shape (its groups as the desk counts them)."""
    from sqlalchemy import select

    from opn_desk.db.models import Country

    keys = ("iso3", "iso2", "m49", "name_en", "name_fr", "name_es", "name_ru", "name_zh", "name_ar",
            "regional_group", "ldc_from", "ldc_until", "lldc", "sids")
    return [{k: getattr(c, k) for k in keys} for c in session.scalars(select(Country).order_by(Country.name_en))]


def write_countries(out: Path, *, as_of: date, rows: list[dict] | None = None) -> int:
    """The country table (shipped, or ``rows`` from a database), LDC status evaluated on ``as_of``."""
    source = country_rows() if rows is None else rows
    rows = (
        [r["iso3"], r["iso2"], r["m49"], r["name_en"], r["name_fr"], r["name_es"], r["name_ru"], r["name_zh"],
         r["name_ar"], r["regional_group"] or "", group_label(r["regional_group"]),
         _yes(ldc_on(r["ldc_from"], r["ldc_until"], as_of)), _yes(r["lldc"]), _yes(r["sids"])]
        for r in source
    )
    return write_table(out, COUNTRY_COLUMNS, rows)


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"
