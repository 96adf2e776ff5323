"""Build resources/reference/countries.csv from the public files in ../shared/reference-data.

Run from the repository root: ``python packaging/build_reference_data.py [SOURCE_DIR]``.
The output is committed; the app never reads the source files at run time.

Corrections applied on top of the sources (see resources/reference/SOURCES.md):
- Türkiye takes part in two groups but counts as WEOG for elections; listed once, as WEOG.
- The United States is counted as WEOG for elections (observer, not a formal member).
- Kiribati: sources conflict; the current DGACM list says Asia-Pacific, which we keep (editable).
- São Tomé and Príncipe graduated from the LDC list on 13 December 2024 (still in ldc.csv).
- Exact graduation dates where the UN publishes them; otherwise the end of the graduation year.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

GROUP_CODES = {
    "African Group": "AFRICA",
    "Asia-Pacific Group": "APG",
    "Eastern European Group": "EEG",
    "GRULAC": "GRULAC",
    "WEOG": "WEOG",
}
ELECTION_GROUP = {"TUR": "WEOG", "USA": "WEOG", "KIR": "APG"}
GRADUATION_DATES = {
    "BTN": "2023-12-13",
    "BWA": "1994-12-31",
    "MDV": "2011-01-01",
    "CPV": "2007-12-20",
    "WSM": "2014-01-01",
    "GNQ": "2017-06-04",
    "VUT": "2020-12-04",
    "STP": "2024-12-13",
}
NAME_COLUMNS = {
    "name_en": ("UNTERM English Short", "CLDR display name", "official_name_en"),
    "name_fr": ("UNTERM French Short", "official_name_fr"),
    "name_es": ("UNTERM Spanish Short", "official_name_es"),
    "name_ru": ("UNTERM Russian Short", "official_name_ru"),
    "name_zh": ("UNTERM Chinese Short", "official_name_cn"),
    "name_ar": ("UNTERM Arabic Short", "official_name_ar"),
}
FIELDS = ["iso3", "iso2", "m49", "name_en", "name_fr", "name_es", "name_ru", "name_zh", "name_ar",
          "formal_name_en", "regional_group", "ldc_from", "ldc_until", "lldc", "sids"]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _first(row: dict[str, str], columns: tuple[str, ...]) -> str:
    for column in columns:
        value = (row.get(column) or "").strip()
        if value:
            return value
    return ""


_ARTICLE = re.compile(r"\s*\((the|le|la|les|l'|l’|el|los|las)\)$", re.IGNORECASE)


def _clean_name(name: str) -> str:
    """UNTERM short names carry a trailing article in brackets and '*' for observers; drop both."""
    name = name.rstrip(" *")
    return _ARTICLE.sub("", name).strip()


def build(source: Path, out: Path) -> int:
    groups: dict[str, str] = {}
    for row in _read(source / "un-regional-groups.csv"):
        groups.setdefault(row["Code"], GROUP_CODES[row["Region"]])
    groups.update(ELECTION_GROUP)
    ldc_from = {r["Code"]: f'{r["Year-Of-Inclusion"]}-01-01' for r in _read(source / "ldc.csv")}
    for r in _read(source / "graduated-ldcs.csv"):
        ldc_from[r["Code"]] = f'{r["Year-Of-Inclusion"]}-01-01'
    lldc = {r["Code"] for r in _read(source / "lldc.csv")}
    sids = {r["Code"] for r in _read(source / "sids.csv")}

    rows = []
    for row in _read(source / "country-codes.csv"):
        iso3 = row["ISO3166-1-Alpha-3"].strip()
        if not iso3:
            continue
        names = {key: _first(row, cols) for key, cols in NAME_COLUMNS.items()}
        names = {key: _clean_name(value) for key, value in names.items()}
        m49 = (row["M49"] or row["ISO3166-1-numeric"]).strip()
        rows.append({
            "iso3": iso3,
            "iso2": row["ISO3166-1-Alpha-2"].strip(),
            "m49": m49.zfill(3) if m49 else "",
            **names,
            "formal_name_en": _clean_name((row.get("UNTERM English Formal") or "").strip()),
            "regional_group": groups.get(iso3, ""),
            "ldc_from": ldc_from.get(iso3, ""),
            "ldc_until": GRADUATION_DATES.get(iso3, ""),
            "lldc": "1" if iso3 in lldc else "0",
            "sids": "1" if iso3 in sids else "0",
        })
    missing = set(groups) - {r["iso3"] for r in rows}
    if missing:
        raise SystemExit(f"regional-group codes missing from country-codes.csv: {sorted(missing)}")
    rows.sort(key=lambda r: r["iso3"])
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/reference-data")
    n = build(src, Path("resources/reference/countries.csv"))
    print(f"wrote {n} countries")
