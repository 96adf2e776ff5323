"""The map of partners and initiatives: who works with whom, placed where they are.

Each organisation taking part in an initiative that is not closed (lead or partner; one programme or
every one) is placed at its country (resources/reference/country_centroids.csv, docs/REPORTING.md); each
pair of organisations sharing initiatives is a link, weighted by how many they share. The land drawn
under them is resources/reference/land_110m.json. Plain values for the window's map (gui/portfolio).
"""

from __future__ import annotations

import csv
import json
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from opn_desk.db.models import Country, Organisation
from opn_desk.domain.text import fold
from opn_desk.domain.vocab import InitiativeStatus
from opn_desk.paths import resource
from opn_desk.services import portfolio
from opn_desk.services.countries import shown_name


@dataclass(frozen=True, slots=True)
class MapOrganisation:
    id: uuid.UUID
    name: str
    iso3: str  # "" when its country is not recorded
    country: str
    place: tuple[float, float] | None  # (latitude, longitude) of its country; None: not placed
    initiatives: tuple[str, ...]  # titles of the initiatives it takes part in (not closed)


@dataclass(frozen=True, slots=True)
class PartnerMap:
    organisations: tuple[MapOrganisation, ...]  # by name
    links: tuple[tuple[uuid.UUID, uuid.UUID, int], ...]  # pairs sharing initiatives, most shared first
    names: dict[uuid.UUID, str]

    @property
    def pairs(self) -> list[tuple[str, str, int]]:
        """The links in words: (organisation, works with, initiatives shared)."""
        return [(self.names[a], self.names[b], n) for a, b, n in self.links]

    @property
    def not_placed(self) -> tuple[MapOrganisation, ...]:
        return tuple(o for o in self.organisations if o.place is None)


@lru_cache(maxsize=1)
def country_places() -> dict[str, tuple[float, float]]:
    """ISO3 code -> (latitude, longitude) where the country's organisations are drawn."""
    with resource("reference", "country_centroids.csv").open(encoding="utf-8", newline="") as f:
        return {r["iso3"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)}


@lru_cache(maxsize=1)
def land_rings() -> tuple[tuple[tuple[float, float], ...], ...]:
    """The land as rings of (longitude, latitude), to draw under the partners."""
    data = json.loads(resource("reference", "land_110m.json").read_text(encoding="utf-8"))
    return tuple(tuple((float(lon), float(lat)) for lon, lat in ring) for ring in data["rings"])


def partner_map(session: Session, *, programme: str | None = None, today: date | None = None) -> PartnerMap:
    taking_part: dict[uuid.UUID, list[str]] = defaultdict(list)
    links: Counter = Counter()
    for r in portfolio.initiatives(session, portfolio.InitiativeQuery(programme=programme), today=today):
        if r.status == InitiativeStatus.CLOSED.value:
            continue
        members = list(dict.fromkeys(r.partner_ids))
        for org in members:
            taking_part[org].append(r.title)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                links[(a, b) if str(a) < str(b) else (b, a)] += 1
    places = country_places()
    found = {}
    ids = list(taking_part)
    for start in range(0, len(ids), 900):
        found.update({org: (name, iso3 or "", country or "") for org, name, iso3, country in session.execute(
            select(Organisation.id, Organisation.name, Country.iso3, shown_name())
            .outerjoin(Country, Country.id == Organisation.country_id)
            .where(Organisation.id.in_(ids[start:start + 900])))})
    organisations = sorted(
        (MapOrganisation(org, name, iso3, country, places.get(iso3), tuple(sorted(set(taking_part[org]), key=fold)))
         for org, (name, iso3, country) in found.items()),
        key=lambda o: (fold(o.name), str(o.id)))
    names = {o.id: o.name for o in organisations}
    # Each pair and the pairs in the order `portfolio.collaborations` gives them: most shared first, then by name.
    ordered = [((a, b) if (names[a], str(a)) <= (names[b], str(b)) else (b, a), n)
               for (a, b), n in links.items() if a in names and b in names]
    ordered.sort(key=lambda kv: (-kv[1], names[kv[0][0]], names[kv[0][1]]))
    return PartnerMap(tuple(organisations), tuple((a, b, n) for (a, b), n in ordered), names)
