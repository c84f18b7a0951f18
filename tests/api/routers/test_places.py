"""GET /api/places, GET /api/control?at= and GET /api/places/{place}/control."""

from __future__ import annotations

from fastapi.testclient import TestClient


def _held(client: TestClient, day: str) -> dict[str, str | None]:
    r = client.get("/api/control", params={"at": day})
    assert r.status_code == 200, r.text
    return {row["location"]: row["controller"] for row in r.json()}


def test_places_with_event_counts(client: TestClient) -> None:
    places = client.get("/api/places").json()
    assert {(p["name"], p["events"]) for p in places} == {("Idlib", 2), ("Jisr ash Shughur", 2)}
    assert client.get("/api/places", params={"q": "jisr"}).json()[0]["place_id"] == "169023"
    assert client.get("/api/places", params={"country": "Iraq"}).json() == []


def test_control_changes_with_the_date(client: TestClient) -> None:
    assert "Jisr ash Shughur" not in _held(client, "2015-04-01")
    assert _held(client, "2015-05-01")["Jisr ash Shughur"] == "Jaysh al Fatah"
    assert _held(client, "2015-07-01")["Jisr ash Shughur"] == "Military Forces of Syria (2000-2024)"
    row = next(
        r
        for r in client.get("/api/control", params={"at": "2015-05-01"}).json()
        if r["location"] == "Jisr ash Shughur"
    )
    assert row["since"] == "2015-04-25" and row["contested"] is False
    assert row["event_ids"] and row["sources"] and row["latitude"]
    only_elsewhere = client.get("/api/control", params={"at": "2015-05-01", "admin1": "Aleppo"})
    assert only_elsewhere.json() == []


def test_place_history_lists_every_change(client: TestClient) -> None:
    h = client.get("/api/places/Jisr ash Shughur/control").json()
    assert h["place"] == "Jisr ash Shughur"
    assert [(c["date"], c["controller_id"]) for c in h["changes"]] == [
        ("2015-04-25", "jaysh-al-fatah"),
        ("2015-06-01", "syria-military"),
    ]
    assert client.get("/api/places/169023/control").json() == h


def test_bad_control_requests(client: TestClient) -> None:
    assert client.get("/api/control").status_code == 422
    assert client.get("/api/control", params={"at": "spring 2015"}).status_code == 422
    assert client.get("/api/places/Atlantis/control").status_code == 404
