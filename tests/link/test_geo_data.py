"""The reviewed place data files: every curated feature is sourced and sits in a known admin unit."""

from collections import defaultdict

from frontline.link import geo_data
from frontline.link.gazetteer import distance_km


def _admin_names(file: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for row in geo_data.read_admin(file):
        out[row.country].add(row.acled)
    return out


def test_features_have_unique_ids_and_a_source():
    features = geo_data.read_features()
    ids = [f["id"] for f in features]
    assert len(ids) == len(set(ids))
    assert all(f["id"].startswith("fl:") and str(f["source"]).strip() for f in features)


def test_features_use_acled_admin_spellings():
    admin1, admin2 = _admin_names("acled_admin1.tsv"), _admin_names("acled_admin2.tsv")
    for f in geo_data.read_features():
        assert f["admin1"] in admin1[f["country"]], f["id"]
        if f.get("admin2") and admin2.get(f["country"]):
            assert f["admin2"] in admin2[f["country"]], f["id"]


def test_features_lie_within_their_country():
    capitals = {"Syria": (33.51, 36.29), "Lebanon": (33.89, 35.50), "Yemen": (15.35, 44.21),
                "Palestine": (31.90, 35.20), "Turkey": (39.93, 32.86), "Iraq": (33.34, 44.40)}  # fmt: skip
    reach_km = {"Turkey": 1200, "Yemen": 900, "Iraq": 700, "Syria": 600}
    for f in geo_data.read_features():
        lat, lon = capitals[f["country"]]
        assert distance_km(lat, lon, float(f["lat"]), float(f["lon"])) < reach_km.get(
            f["country"], 250
        ), f["id"]
