"""User places: what an analyst adds to the gazetteer is checked, written whole, and indexed."""

import pytest

from frontline.errors import InputError, KnowledgeError
from frontline.link import geo_build, geo_review
from frontline.link.gazetteer import GazIndex, full_fingerprint
from frontline.link.geo_data import admin1_by_country, read_countries, read_features
from frontline.link.places import Gazetteer

ADMIN1 = {"Lebanon": {"Bekaa", "Beirut", "Mount Lebanon"}, "Iraq": set()}


def _village(**over):
    entry = geo_review.place_entry(
        "Testabaya", "Lebanon", 33.81, 35.86, ["https://example.org/village"], admin1="Bekaa"
    )
    return {**entry, **over}


def test_place_entry_has_an_id_from_country_and_name_and_drops_empty_fields():
    entry = _village()
    assert entry["id"] == "user:lebanon:testabaya"
    assert "admin2" not in entry and "aliases" not in entry
    assert entry["source"] == "https://example.org/village"


def test_check_places_accepts_a_sound_list():
    assert geo_review.check_places([_village()], ADMIN1) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"source": ""}, "lacks source"),
        ({"lat": 133.8}, "bad coordinates"),
        ({"lon": "east"}, "bad coordinates"),
        ({"country": "Lebanom"}, "unknown country"),
        ({"admin1": "Bekaa Valley"}, "is not an admin1 of Lebanon"),
        ({"aliases": "Testabaya"}, "aliases must be a list"),
    ],
)
def test_check_places_names_each_fault(change, problem):
    (found,) = geo_review.check_places([_village(**change)], ADMIN1)
    assert problem in found


def test_check_places_refuses_a_duplicate_id_and_allows_any_admin1_without_a_table():
    twice = geo_review.check_places([_village(), _village()], ADMIN1)
    assert twice == ["user:lebanon:testabaya: id used twice"]
    iraq = _village(id="x", country="Iraq", admin1="Anything")
    assert geo_review.check_places([iraq], ADMIN1) == []


def test_add_place_appends_and_writes_nothing_when_refused(tmp_path):
    path = tmp_path / "places.yaml"
    geo_review.add_place(path, _village(), ADMIN1)
    geo_review.add_place(path, _village(id="user:lebanon:jdita", name="Jdita"), ADMIN1)
    before = path.read_text()
    with pytest.raises(KnowledgeError, match="id used twice"):
        geo_review.add_place(path, _village(), ADMIN1)
    assert path.read_text() == before
    assert [p["name"] for p in geo_review.read_places_file(path)] == ["Testabaya", "Jdita"]


def test_places_from_csv_reads_aliases_and_a_default_source(tmp_path):
    path = tmp_path / "villages.csv"
    path.write_text(
        "name,lat,lon,country,aliases,admin1\nTestabaya,33.81,35.86,Lebanon,Tistabaya|Test Abaya,Bekaa\n"
    )
    (entry,) = geo_review.places_from_csv(path, "https://example.org/list")
    assert entry["aliases"] == ["Tistabaya", "Test Abaya"]
    assert entry["source"] == "https://example.org/list" and entry["lat"] == 33.81


def test_places_from_csv_errors_say_what_is_wrong(tmp_path):
    path = tmp_path / "v.csv"
    path.write_text("name,latitude,lon,country\nX,1,2,Lebanon\n")
    with pytest.raises(InputError, match="missing columns"):
        geo_review.places_from_csv(path, "s")
    path.write_text("name,lat,lon,country\nX,1,2,Lebanon\n")
    with pytest.raises(InputError, match="no source"):
        geo_review.places_from_csv(path)


def test_nearest_town_warning_catches_swapped_coordinates():
    towns = [("Lebanon", 33.85, 35.90), ("Syria", 35.86, 33.81)]
    assert geo_review.nearest_town_warning(_village(), towns) is None
    swapped = geo_review.nearest_town_warning(_village(lat=35.86, lon=33.81), towns)
    assert swapped and "lat, lon order" in swapped


def test_user_places_are_read_with_the_features_and_change_the_index_key(tmp_path, monkeypatch):
    path = tmp_path / "places.yaml"
    admin1 = admin1_by_country()
    geo_review.add_place(path, _village(), admin1)
    plain = full_fingerprint(tmp_path)
    monkeypatch.setenv(geo_review.USER_PLACES_ENV, str(path))
    assert full_fingerprint(tmp_path) != plain  # the cached index is rebuilt with the new place
    assert read_features()[-1]["id"] == "user:lebanon:testabaya"
    path.write_text("- id: broken\n  name: Broken\n")
    with pytest.raises(KnowledgeError, match="lacks"):
        read_features()


def test_a_user_place_is_found_by_the_gazetteer_with_its_admin1(tmp_path, monkeypatch):
    path = tmp_path / "places.yaml"
    entry = _village(aliases=["Tistabaya"])
    geo_review.add_place(path, entry, admin1_by_country())
    monkeypatch.setenv(geo_review.USER_PLACES_ENV, str(path))
    idx = GazIndex(fingerprint="test")
    idx.countries = read_countries()
    geo_build._add_admin1(idx, {})  # admin1 names only: no towns in this small index
    geo_build._add_features(idx)
    idx.freeze()
    (best, *_) = Gazetteer(idx).lookup("Tistabaya", country="Lebanon")
    assert (best.place_id, best.name, best.admin1) == (
        "user:lebanon:testabaya",
        "Testabaya",
        "Bekaa",
    )
    assert (best.latitude, best.longitude, best.geo_precision) == (33.81, 35.86, 1)
