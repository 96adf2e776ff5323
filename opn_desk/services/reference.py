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


def write_countries(out: Path, *, as_of: date) -> int:
    """The shipped country table, LDC status evaluated on ``as_of``."""
    rows = (
        [r["iso3"], r["iso2"], r["m49"], r["name_en"], r["name_fr"], r["name_es"], r["name_ru"], r["name_zh"],
         r["name_ar"], r["regional_group"] or "", group_label(r["regional_group"]),
         _yes(ldc_on(r["ldc_from"], r["ldc_until"], as_of)), _yes(r["lldc"]), _yes(r["sids"])]
        for r in country_rows()
    )
    return write_table(out, COUNTRY_COLUMNS, rows)


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"
