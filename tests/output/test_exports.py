"""Exports of stored events: ACLED CSV, GeoJSON, Parquet, JSONL and the deletions feed."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from frontline.errors import InputError
from frontline.model import ACLED_COLUMNS
from frontline.store import EventFilter, Store
from tests.store.coded import FakeCoder, article, event


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store.open(tmp_path / "x.db")
    coder = FakeCoder(
        {
            "a": [event("a", 1, fatalities=3)],
            "b": [
                event(
                    "b",
                    1,
                    event_date="2016-05-01",
                    location="Aleppo",
                    place_id="170063",
                    admin1="Aleppo",
                    latitude=None,
                    longitude=None,
                )
            ],
            "c": [
                event(
                    "c",
                    1,
                    event_date="2015-01-01",
                    background=True,
                    time_precision=3,
                    location="Ar Raqqah",
                    place_id="172955",
                    admin1="Ar-Raqqa",
                    admin2="Ar-Raqqa",
                    latitude=35.95,
                    longitude=39.01,
                )
            ],
        }
    )
    s.ingest([article("a", "a"), article("b", "b"), article("c", "c")], coder=coder)
    return s


def test_acled_csv_has_acleds_columns_and_leaves_background_events_out(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(store.export("acled-csv").decode())))
    assert list(rows[0]) == list(ACLED_COLUMNS)
    assert {r["location"] for r in rows} == {"Idlib", "Aleppo"}
    assert store.count_events() == 3


def test_geojson_is_a_feature_collection_with_points(store: Store) -> None:
    doc = json.loads(store.export("geojson", EventFilter(admin1="Idleb", include_background=False)))
    assert doc["type"] == "FeatureCollection"
    (feature,) = doc["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.63393, 35.93062]}
    assert feature["properties"]["fatalities"] == 3 and feature["properties"]["n_sources"] == 1
    aleppo = json.loads(store.export("geojson", EventFilter(place="Aleppo")))["features"][0]
    assert aleppo["geometry"] is None


def test_parquet_and_jsonl_carry_the_same_events(store: Store, tmp_path) -> None:
    path = tmp_path / "e.parquet"
    path.write_bytes(store.export("parquet"))
    table = pq.read_table(path)
    assert (
        table.num_rows == 3
        and "event_id_cnty" in table.column_names
        and "sources" in table.column_names
    )
    lines = store.export("jsonl").decode().splitlines()
    assert sorted(json.loads(x)["event_id"] for x in lines) == sorted(
        table.column("event_id").to_pylist()
    )


def test_deletions_feed_and_unknown_formats(store: Store) -> None:
    victim = store.events(EventFilter(place="Aleppo"))[0]["event_id"]
    store.delete_event(victim, who="analyst", why="duplicate")
    rows = list(csv.DictReader(io.StringIO(store.export("deletions").decode())))
    assert [r["event_id_cnty"] for r in rows] == [victim] and int(rows[0]["deleted_timestamp"]) > 0
    assert "Aleppo" not in store.export("acled-csv").decode()
    with pytest.raises(InputError):
        store.export("xlsx")


def test_parquet_types_columns_when_some_events_lack_a_second_actor(tmp_path) -> None:
    from frontline.model import Event
    from frontline.output.exports import write_parquet

    one_sided = Event("a1", "ev-1", "2024-11-29", actor1="Protesters (Syria)", inter1=6).to_record()
    two_sided = Event("a2", "ev-2", "2024-11-29", actor1="HTS", inter1=2, inter2=1).to_record()
    path = tmp_path / "mixed.parquet"
    with path.open("wb") as out:
        write_parquet([one_sided, two_sided], out)
    table = pq.read_table(path)
    assert str(table.schema.field("inter2").type) == "int64"
    assert table.column("inter2").to_pylist() == [None, 1]
    assert str(table.schema.field("latitude").type) == "double"
