"""Loading the shipped reference tables (programmes, countries) into a new database.

Their ids are derived from their codes (`natural_id`: uuid5 of the ISO3 code or programme code), so a
link to a country or a programme names the same row on every laptop of a desk (docs/SYNC.md).
"""

from __future__ import annotations

import csv
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from opn_desk.db.models import Country, Programme, natural_id, utcnow
from opn_desk.domain.programmes import PROGRAMMES
from opn_desk.paths import resource


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def country_rows() -> list[dict]:
    # csv, not pandas: Namibia's ISO2 code "NA" must stay a string, not become a missing value.
    with resource("reference", "countries.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [
        {
            **{k: r[k] for k in ("iso3", "iso2", "m49", "name_en", "name_fr", "name_es", "name_ru",
                                 "name_zh", "name_ar", "formal_name_en")},
            "regional_group": r["regional_group"] or None,
            "ldc_from": _date(r["ldc_from"]),
            "ldc_until": _date(r["ldc_until"]),
            "lldc": r["lldc"] == "1",
            "sids": r["sids"] == "1",
        }
        for r in rows
    ]


def load_reference_data(session: Session) -> None:
    """Add the programmes and countries a database lacks (never touches the user's edits)."""
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now, "version": 1}
    have = set(session.scalars(select(Programme.code)))
    new = [{"id": natural_id("programme", p.code), "code": p.code, "name": p.name, "active": p.active, **stamp}
           for p in PROGRAMMES if p.code not in have]
    if new:
        session.execute(insert(Programme), new)
    have = set(session.scalars(select(Country.iso3)))
    new = [{"id": natural_id("country", row["iso3"]), **row, **stamp} for row in country_rows() if row["iso3"] not in have]
    if new:
        session.execute(insert(Country), new)
