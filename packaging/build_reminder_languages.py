"""Build resources/reference/reminder_languages.csv: the language of a partner's reporting reminders when
the desk has not chosen one for its focal point, by the organisation's country.

Run from the repository root: ``python packaging/build_reminder_languages.py [SOURCE_DIR]`` (the folder
holding country-codes.csv, by default ../shared/reference-data). The output is committed; the app never
reads the source at run time.

Rule: the first of French or Spanish (or English, which then wins) in the country's language list
(datasets/country-codes, column ``Languages``, GeoNames' list, official languages first); countries
listed are those where it is French or Spanish, every other country's reminders are in English.
Corrections (see resources/reference/SOURCES.md): the list also names widely spoken languages that are not
official. They are dropped where French or Spanish is neither official nor the usual language of
administration (Aruba, Brazil, Italy, Qatar, Syria, Cambodia, Lao PDR, Holy See); Algeria (French, the
usual language of administration besides Arabic, like Morocco and Tunisia) and Puerto Rico (Spanish)
are added.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

DROPPED = {"ABW", "BRA", "ITA", "QAT", "SYR", "KHM", "LAO", "VAT"}
ADDED = {"DZA": "fr", "PRI": "es"}


def build(source: Path, out: Path) -> int:
    with (source / "country-codes.csv").open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["ISO3166-1-Alpha-3"].strip()]
    chosen: dict[str, tuple[str, str]] = {}
    for r in rows:
        iso3 = r["ISO3166-1-Alpha-3"].strip()
        listed = [code.split("-")[0].strip() for code in r["Languages"].split(",") if code.strip()]
        first = next((code for code in listed if code in ("en", "fr", "es")), "en")
        if iso3 in ADDED:
            first = ADDED[iso3]
        if first in ("fr", "es") and iso3 not in DROPPED:
            chosen[iso3] = (first, r["Languages"])
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(("iso3", "language", "languages_listed"))
        for iso3 in sorted(chosen):
            writer.writerow((iso3, *chosen[iso3]))
    return len(chosen)


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "reference-data"
    count = build(source, root / "resources" / "reference" / "reminder_languages.csv")
    print(f"Wrote {count} countries.")
