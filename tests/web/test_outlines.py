"""frontline.web.outlines: Natural Earth's admin-1 layer cut to our countries for the base layer."""

from __future__ import annotations

import json

from frontline.web import outlines


def _square(x: float, y: float, n: int = 40) -> list[list[float]]:
    """A closed square ring with n points on each side (most of them redundant)."""
    side = [i / n for i in range(n)]
    ring = [[x + t, y] for t in side] + [[x + 1, y + t] for t in side]
    ring += [[x + 1 - t, y + 1] for t in side] + [[x, y + 1 - t] for t in side]
    return ring + [ring[0]]


def _feature(adm0: str, gn_code: str, name: str, ring: list[list[float]]) -> dict:
    props = {"adm0_a3": adm0, "gn_a1_code": gn_code, "name": name, "admin": "Somewhere"}
    return {
        "type": "Feature",
        "properties": props,
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


def test_simplify_keeps_corners_and_drops_straight_runs() -> None:
    ring = _square(36.0, 35.0)
    out = outlines.simplify(ring)
    assert out[0] == out[-1] == ring[0]
    assert len(out) == 5  # four corners, closed
    assert {tuple(p) for p in out} == {(36.0, 35.0), (37.0, 35.0), (37.0, 36.0), (36.0, 36.0)}


def test_tiny_rings_survive_simplification() -> None:
    island = [[0.0, 0.0], [0.001, 0.0], [0.0005, 0.0002], [0.0003, 0.0001], [0.0, 0.0]]
    assert len(outlines.simplify(island)) >= 4


def test_cut_keeps_our_countries_with_acled_admin1_names() -> None:
    world = {
        "type": "FeatureCollection",
        "features": [
            _feature("SYR", "SY.12", "Idlib", _square(36.0, 35.5)),  # ACLED spells it Idleb
            _feature("JOR", "JO.16", "Amman", _square(35.8, 31.5)),  # no row in our admin1 table
            _feature("ARG", "AR.08", "Entre Ríos", _square(-59.0, -32.0)),
        ],
    }
    cut = outlines.cut(world)
    props = [f["properties"] for f in cut["features"]]
    assert props == [
        {"name": "Amman", "country": "Somewhere", "admin1": None},
        {"name": "Idlib", "country": "Syria", "admin1": "Idleb"},
    ]
    assert all(f["geometry"]["type"] == "MultiPolygon" for f in cut["features"])


def test_the_shipped_outlines_cover_the_countries_of_our_data() -> None:
    shipped = json.loads(outlines.OUT.read_text(encoding="utf-8"))
    countries = {f["properties"]["country"] for f in shipped["features"]}
    assert countries >= {"Syria", "Iraq", "Yemen", "Lebanon", "Turkey", "Israel", "Palestine"}
    assert {"Iran", "Jordan", "Saudi Arabia"} <= countries
    syria = {
        f["properties"]["admin1"]
        for f in shipped["features"]
        if f["properties"]["country"] == "Syria"
    }
    assert {"Idleb", "Aleppo", "Deir-ez-Zor", "Rural Damascus"} <= syria
