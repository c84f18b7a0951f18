"""GET /api/actors (search) and GET /api/actors/{id}: names over time, aliases, lineage,
coalitions; its events through /api/events?actor=."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_search_finds_actors_by_alias(client: TestClient) -> None:
    found = client.get("/api/actors", params={"q": "Nusra Front"}).json()
    assert found[0]["id"] == "jabhat-al-nusra"
    syrian = client.get("/api/actors", params={"country": "Syria", "limit": 500}).json()
    assert syrian and all(a["country"] == "Syria" for a in syrian)
    assert client.get("/api/actors", params={"limit": 0}).status_code == 422


def test_actor_has_names_over_time_lineage_and_coalitions(client: TestClient) -> None:
    a = client.get("/api/actors/hts").json()
    assert a["name"].endswith("Hayat Tahrir al Sham")
    assert [x["id"] for x in a["lineage"]] == ["jabhat-al-nusra", "jfs", "hts"]
    assert a["names"][0]["start"] == "2017-01-28"
    assert "HTS" in a["aliases"]
    assert a["coalitions"] and all(c["name"] for c in a["coalitions"])
    assert a["sources"]
    nusra = client.get("/api/actors/jabhat-al-nusra").json()
    assert any(c["id"] == "jaysh-al-fatah" for c in nusra["coalitions"])
    fatah = client.get("/api/actors/jaysh-al-fatah").json()
    assert any(m["id"] == "jabhat-al-nusra" for m in fatah["members"])


def test_unknown_actor_is_404(client: TestClient) -> None:
    r = client.get("/api/actors/nobody-at-all")
    assert r.status_code == 404 and "nobody-at-all" in r.json()["message"]


def test_actor_events_with_and_without_lineage(client: TestClient) -> None:
    page = client.get("/api/actors/hts/events").json()
    assert page["total"] == 2
    assert {e["actor1_id"] for e in page["items"]} == {"hts", "jabhat-al-nusra"}
    alone = client.get("/api/actors/hts/events", params={"lineage": "false"}).json()
    assert [e["actor1_id"] for e in alone["items"]] == ["hts"]
    assert client.get("/api/actors/nobody/events").status_code == 404
