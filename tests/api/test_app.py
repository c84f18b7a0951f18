"""The app: OpenAPI document, pages and offline assets, error shapes."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from frontline.api import ApiSettings, create_app

ENDPOINTS = {
    ("get", "/api/events"),
    ("get", "/api/events/{event_id}"),
    ("get", "/api/actors"),
    ("get", "/api/actors/{actor_id}"),
    ("get", "/api/actors/{actor_id}/events"),
    ("get", "/api/places"),
    ("get", "/api/control"),
    ("get", "/api/places/{place}/control"),
    ("get", "/api/articles"),
    ("get", "/api/articles/{article_id}"),
    ("get", "/api/articles/{article_id}/mentions"),
    ("get", "/api/export"),
    ("get", "/api/deletions"),
    ("post", "/api/ingest"),
    ("post", "/api/ingest/files"),
    ("post", "/api/code"),
    ("get", "/api/config"),
}


def test_openapi_describes_every_endpoint(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    found = {(m, p) for p, ops in doc["paths"].items() for m in ops}
    assert found >= ENDPOINTS
    assert doc["paths"]["/api/ingest"]["post"]["summary"]
    assert doc["paths"]["/api/ingest"]["post"]["security"] == [{"HTTPBearer": []}]
    assert doc["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert "401" in doc["paths"]["/api/ingest"]["post"]["responses"]
    assert "404" in doc["paths"]["/api/events/{event_id}"]["get"]["responses"]


def test_config_says_whether_ingestion_is_on(client: TestClient, db: str) -> None:
    assert client.get("/api/config").json()["ingestion"] is True
    off = TestClient(create_app(ApiSettings(db=db)))
    assert off.get("/api/config").json() == {
        "version": off.get("/api/config").json()["version"],
        "tiles_url": None,
        "ingestion": False,
    }


def test_pages_are_served(client: TestClient) -> None:
    for path in ("/", "/code", "/actors/hts", "/articles", "/articles/a-jisr"):
        r = client.get(path)
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/html")
        assert "<main" in r.text


def test_pages_load_nothing_from_another_host(client: TestClient) -> None:
    """No CDN: every script and stylesheet is a local path that the server answers."""
    for path in ("/", "/code", "/actors/hts", "/articles", "/articles/a-jisr", "/docs"):
        html = client.get(path).text
        refs = re.findall(r'(?:src|href)=["\']([^"\']+)["\']', html)
        assert refs
        for ref in refs:
            assert not re.match(r"(?:https?:)?//", ref), ref
            if ref.startswith(("/static/", "/assets/")):
                assert client.get(ref).status_code == 200, ref


def test_npm_assets_are_served(client: TestClient) -> None:
    assert "Leaflet" in client.get("/assets/leaflet/dist/leaflet.js").text[:2000]
    atlas = client.get("/assets/world-atlas/countries-50m.json").json()
    assert atlas["type"] == "Topology" and "countries" in atlas["objects"]
    assert client.get("/assets/leaflet/package.json").status_code == 200


def test_admin1_outlines_are_served_with_acled_names(client: TestClient) -> None:
    outlines = client.get("/static/admin1.geojson").json()
    names = {f["properties"]["admin1"] for f in outlines["features"]}
    assert {"Idleb", "Aleppo", "Ninewa", "Sanaa", "Beirut", "Gaza Strip"} <= names


def test_unknown_api_path_is_404(client: TestClient) -> None:
    assert client.get("/api/nothing-here").status_code == 404


def test_online_tiles_are_an_option(db: str) -> None:
    url = "https://tiles.example.org/{z}/{x}/{y}.png"
    c = TestClient(create_app(ApiSettings(db=db, tiles_url=url)))
    assert c.get("/api/config").json()["tiles_url"] == url
