"""Build the reference data of the partners' map: resources/reference/country_centroids.csv (where each
country's organisations are placed) and resources/reference/land_110m.json (the land drawn under them).

Run from the repository root:
``python packaging/build_map_data.py CENTROIDS_CSV LAND_TOPOJSON``

- CENTROIDS_CSV: 360info's country centroids (github.com/360-info/country-centroids,
  ``data/centroids-oflargestpoly.csv``, from geoBoundaries.org ADM0 boundaries; CC BY 4.0): the centroid of
  each country's largest polygon, so a point never falls in the sea. Kept: the countries of
  resources/reference/countries.csv, rounded to 0.01 degree. Correction: the State of Palestine, absent
  as such, takes the source's "West Bank" centroid.
- LAND_TOPOJSON: ``land-110m.json`` of the world-atlas npm package 2.0.2 (Natural Earth 4.1.0 land,
  1:110m; public domain; the package's ISC licence), decoded to plain rings of [longitude, latitude]
  rounded to 0.1 degree (a ring crossing the antimeridian goes on past 180 degrees).
The outputs are committed; the app never reads the sources.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "resources" / "reference"
ALIASES = {"PSE": "129"}  # the source's code for the West Bank


def centroids(source: Path) -> int:
    with source.open(encoding="utf-8", newline="") as f:
        found = {r["iso3"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)}
    with (REFERENCE / "countries.csv").open(encoding="utf-8", newline="") as f:
        ours = [r["iso3"] for r in csv.DictReader(f)]
    rows = []
    for iso3 in ours:
        place = found.get(iso3) or found.get(ALIASES.get(iso3, ""))
        if place is not None:
            rows.append((iso3, f"{place[0]:.2f}", f"{place[1]:.2f}"))
    with (REFERENCE / "country_centroids.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(("iso3", "lat", "lon"))
        writer.writerows(rows)
    return len(rows)


def land(source: Path) -> int:
    topology = json.loads(source.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:  # quantized and delta-encoded
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes) -> list[list[float]]:
        out: list[tuple[float, float]] = []
        for i in indexes:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(points[1:] if out else points)
        # A ring crossing the antimeridian (Chukotka, Fiji) goes on past 180 instead of jumping back across
        # the world; the map draws the land again 360 degrees to either side, so both halves show.
        unwrapped: list[tuple[float, float]] = []
        for lon, lat in out:
            if unwrapped:
                while lon - unwrapped[-1][0] > 180:
                    lon -= 360
                while lon - unwrapped[-1][0] < -180:
                    lon += 360
            unwrapped.append((lon, lat))
        rounded = [[round(lon, 1), round(lat, 1)] for lon, lat in unwrapped]
        return [p for k, p in enumerate(rounded) if k == 0 or p != rounded[k - 1]]

    rings = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            outer = ring(polygon[0])  # holes (lakes) are not drawn at this scale
            if len(outer) >= 4:
                rings.append(outer)
    (REFERENCE / "land_110m.json").write_text(json.dumps(
        {"source": "Natural Earth 4.1.0 land 1:110m (public domain), via world-atlas 2.0.2",
         "rings": rings}, separators=(",", ":")), encoding="utf-8")
    return len(rings)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(f"{centroids(Path(sys.argv[1]))} countries placed; {land(Path(sys.argv[2]))} land rings.")
