"""GET /api/export: ACLED CSV, GeoJSON, Parquet and JSONL with the event filters; deletions."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
from fastapi.testclient import TestClient

from frontline.model import ACLED_COLUMNS


def _get(client: TestClient, **params):
    r = client.get("/api/export", params=params)
    assert r.status_code == 200, r.text
    assert "attachment" in r.headers["content-disposition"]
    return r


def test_acled_csv_has_acleds_columns(client: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(_get(client, format="acled-csv").text)))
    assert len(rows) == 4
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert {r["location"] for r in rows} == {"Idlib", "Jisr ash Shughur"}


def test_geojson_points(client: TestClient) -> None:
    doc = json.loads(_get(client, format="geojson", place="Jisr ash Shughur").content)
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 2
    f = doc["features"][0]
    assert f["geometry"]["coordinates"] == [36.31983, 35.81418]
    assert f["properties"]["source"] == "Orontes Daily"
    assert f["properties"]["event_date"] in ("2015-04-25", "2015-06-01")


def test_parquet_table(client: TestClient) -> None:
    table = pq.read_table(io.BytesIO(_get(client, format="parquet").content))
    assert table.num_rows == 4
    assert {"event_id", "event_date", "fatalities", "sources"} <= set(table.column_names)
    assert sorted(table.column("fatalities").to_pylist()) == [0, 2, 30, 60]


def test_jsonl_with_filters(client: TestClient) -> None:
    lines = _get(client, format="jsonl", actor="hts").text.splitlines()
    records = [json.loads(x) for x in lines]
    assert {r["actor1_id"] for r in records} == {"hts", "jabhat-al-nusra"}
    assert all(r["sources"] for r in records)


def test_bad_export_requests(client: TestClient) -> None:
    assert client.get("/api/export", params={"format": "xlsx"}).status_code == 422
    assert client.get("/api/export", params={"date_from": "x"}).status_code == 422


def test_deletions_feed_starts_empty(client: TestClient) -> None:
    assert client.get("/api/deletions").json() == []
