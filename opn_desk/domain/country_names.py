"""Recognising a country however a spreadsheet writes it.

Accepted: ISO 3166 alpha-3 and alpha-2 codes (Namibia's "NA" included), M49 numeric codes, the
UN short and formal names in the six UN languages, and the common variants people type
("Turkey", "Ivory Coast", "USA", "UK", "Russia", "South Korea", "Holland", "Swaziland"...).
Matching ignores case, accents, punctuation and a leading "the"; "St" is read as "Saint";
"Korea, Republic of" is read as "Republic of Korea"; a name's bracketed part may be left out
("Bolivia" for "Bolivia (Plurinational State of)"). An unknown name gets close suggestions.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from opn_desk.domain.text import fold

NAME_FIELDS = ("name_en", "name_fr", "name_es", "name_ru", "name_zh", "name_ar", "formal_name_en")

# Common names that are not the UN's (folded form -> ISO3). Used only when the target exists.
VARIANTS: dict[str, str] = {
    "turkey": "TUR", "turkiye": "TUR", "republic of turkey": "TUR", "turquie": "TUR", "turquia": "TUR",
    "ivory coast": "CIV", "cote d ivoire": "CIV", "cote divoire": "CIV",
    "usa": "USA", "us": "USA", "u s": "USA", "u s a": "USA", "united states": "USA", "america": "USA",
    "united states of america": "USA", "etats unis": "USA", "estados unidos": "USA",
    "uk": "GBR", "u k": "GBR", "united kingdom": "GBR", "great britain": "GBR", "britain": "GBR",
    "england": "GBR", "scotland": "GBR", "wales": "GBR", "northern ireland": "GBR", "royaume uni": "GBR",
    "reino unido": "GBR",
    "russia": "RUS", "russie": "RUS", "rusia": "RUS", "россия": "RUS",
    "iran": "IRN", "persia": "IRN",
    "syria": "SYR", "syrie": "SYR", "siria": "SYR",
    "vietnam": "VNM", "viet nam": "VNM",
    "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA", "laos": "LAO", "lao pdr": "LAO", "lao": "LAO",
    "south korea": "KOR", "korea south": "KOR", "republic of korea": "KOR", "korea republic": "KOR",
    "korea rep": "KOR", "rok": "KOR",
    "north korea": "PRK", "korea north": "PRK", "dprk": "PRK", "korea dpr": "PRK",
    "moldova": "MDA", "czech republic": "CZE", "czechia": "CZE", "slovak republic": "SVK",
    "holland": "NLD", "netherlands": "NLD", "nederland": "NLD", "the netherlands": "NLD",
    "swaziland": "SWZ", "eswatini": "SWZ",
    "macedonia": "MKD", "republic of macedonia": "MKD", "fyrom": "MKD",
    "former yugoslav republic of macedonia": "MKD",
    "cape verde": "CPV", "cabo verde": "CPV",
    "palestine": "PSE", "palestinian territories": "PSE", "occupied palestinian territory": "PSE",
    "palestinian territory": "PSE",
    "vatican": "VAT", "vatican city": "VAT", "vatican city state": "VAT", "holy see": "VAT",
    "east timor": "TLS", "timor leste": "TLS", "burma": "MMR", "brunei": "BRN", "micronesia": "FSM",
    "drc": "COD", "dr congo": "COD", "d r congo": "COD", "democratic republic of congo": "COD",
    "democratic republic of the congo": "COD", "congo kinshasa": "COD", "rdc": "COD",
    "congo brazzaville": "COG", "republic of the congo": "COG", "republic of congo": "COG",
    "gambia": "GMB", "bahamas": "BHS", "uae": "ARE", "emirates": "ARE", "ksa": "SAU", "saudi": "SAU",
    "prc": "CHN", "mainland china": "CHN", "peoples republic of china": "CHN",
    "republic of ireland": "IRL", "eire": "IRL", "kyrgyz republic": "KGZ", "kirghizia": "KGZ",
    "bosnia": "BIH", "bosnia herzegovina": "BIH", "sao tome": "STP", "saint vincent": "VCT",
    "saint kitts": "KNA", "hong kong": "HKG", "macau": "MAC", "macao": "MAC", "taiwan": "TWN",
    "curacao": "CUW", "reunion": "REU", "falklands": "FLK", "falkland islands": "FLK",
    "federated states of micronesia": "FSM", "the gambia": "GMB", "the bahamas": "BHS",
}

_BRACKETS = re.compile(r"\s*[(\[].*?[)\]]\s*")
_DIGITS = re.compile(r"\d{1,3}")


@dataclass(frozen=True, slots=True)
class CountryRecord:
    iso3: str
    iso2: str
    m49: str
    names: tuple[str, ...]  # every name in every language; the first is the English short name

    @property
    def name(self) -> str:
        return self.names[0] if self.names else self.iso3


@dataclass(frozen=True, slots=True)
class CountryResolution:
    iso3: str | None
    name: str = ""  # English short name when found
    suggestions: tuple[str, ...] = ()  # English names, closest first, when not found

    @property
    def found(self) -> bool:
        return self.iso3 is not None


def _keys(text: str) -> list[str]:
    """The folded forms a written country name may be matched under."""
    keys = []
    base = fold(text)
    if not base:
        return keys
    variants = [base]
    if "," in text:  # "Korea, Republic of" -> "Republic of Korea"
        head, _, tail = text.partition(",")
        variants.append(fold(f"{tail} {head}"))
    unbracketed = _BRACKETS.sub(" ", text).strip()
    if unbracketed and unbracketed != text:  # "Bolivia (Plurinational State of)" -> "Bolivia"
        variants.append(fold(unbracketed))
    for v in variants:
        tokens = v.split()
        if tokens and tokens[0] == "the":
            tokens = tokens[1:]
        tokens = ["saint" if t in ("st", "ste", "sainte") else t for t in tokens]
        for key in (" ".join(tokens), "".join(tokens)):
            if key and key not in keys:
                keys.append(key)
    return keys


class CountryResolver:
    """Resolves written country names and codes against a country table (built once per import)."""

    def __init__(self, records: Iterable[CountryRecord], variants: Mapping[str, str] = VARIANTS):
        self.records = {r.iso3.upper(): r for r in records}
        self._iso2 = {r.iso2.upper(): r.iso3.upper() for r in self.records.values() if r.iso2}
        self._m49 = {r.m49.lstrip("0") or "0": r.iso3.upper() for r in self.records.values() if r.m49}
        self._names: dict[str, str] = {}
        ambiguous: set[str] = set()
        for record in self.records.values():
            for name in record.names:
                for key in _keys(name):
                    if self._names.get(key, record.iso3) != record.iso3:
                        ambiguous.add(key)
                    self._names.setdefault(key, record.iso3)
        for key in ambiguous:
            del self._names[key]
        for variant, iso3 in variants.items():
            if iso3 in self.records:
                for key in _keys(variant):
                    self._names.setdefault(key, iso3)
        self._choices = sorted(self._names)
        self._cache: dict[str, CountryResolution] = {}

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]]) -> CountryResolver:
        """From mappings with iso3, iso2, m49 and the name columns of the country table."""
        return cls(CountryRecord(str(r["iso3"]), str(r.get("iso2") or ""), str(r.get("m49") or ""),
                                 tuple(str(r[f]) for f in NAME_FIELDS if r.get(f)))
                   for r in rows)

    def name(self, iso3: str) -> str:
        record = self.records.get(iso3.upper())
        return record.name if record else iso3

    def resolve(self, text: str | None) -> CountryResolution:
        raw = (text or "").strip()
        if not raw:
            return CountryResolution(None)
        cached = self._cache.get(raw)
        if cached is None:
            cached = self._cache[raw] = self._resolve(raw)
        return cached

    def _found(self, iso3: str) -> CountryResolution:
        return CountryResolution(iso3, self.records[iso3].name)

    def _resolve(self, raw: str) -> CountryResolution:
        upper = raw.upper()
        if len(upper) == 3 and upper.isalpha() and upper in self.records:
            return self._found(upper)
        if len(upper) == 2 and upper.isalpha() and upper in self._iso2:
            return self._found(self._iso2[upper])
        if _DIGITS.fullmatch(raw):
            iso3 = self._m49.get(raw.lstrip("0") or "0")
            return self._found(iso3) if iso3 else CountryResolution(None)
        for key in _keys(raw):
            iso3 = self._names.get(key)
            if iso3:
                return self._found(iso3)
        return CountryResolution(None, suggestions=self.suggest(raw))

    def suggest(self, raw: str, limit: int = 3) -> tuple[str, ...]:
        key = fold(raw)
        if not key:
            return ()
        found: list[str] = []
        candidates = difflib.get_close_matches(key, self._choices, n=12, cutoff=0.6)
        # Also names that contain what was written as a whole word ("Korea" -> both Koreas).
        if len(key) >= 4:
            candidates += [c for c in self._choices if f" {key} " in f" {c} "][:12]
        for choice in candidates:
            name = self.records[self._names[choice]].name
            if name not in found:
                found.append(name)
            if len(found) == limit:
                break
        return tuple(found)
