"""GET /api/events (filters, sorting, pages, bad filters) and GET /api/events/{id}."""

from __future__ import annotations

from fastapi.testclient import TestClient


def _events(client: TestClient, **params) -> dict:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def _locations(page: dict) -> list[tuple[str, str]]:
    return [(e["event_date"], e["location"]) for e in page["items"]]


def test_lists_events_newest_first(client: TestClient) -> None:
    page = _events(client)
    assert page["total"] == 4
    assert _locations(page) == [
        ("2018-02-03", "Idlib"),
        ("2015-06-01", "Jisr ash Shughur"),
        ("2015-04-25", "Jisr ash Shughur"),
        ("2015-03-28", "Idlib"),
    ]
    assert page["items"][0]["event_type"] == "Explosions/Remote violence"


def test_pages_with_limit_and_offset(client: TestClient) -> None:
    first = _events(client, limit=2)
    second = _events(client, limit=2, offset=2)
    assert first["total"] == second["total"] == 4
    assert len(first["items"]) == len(second["items"]) == 2
    ids = [e["event_id"] for e in first["items"] + second["items"]]
    assert len(set(ids)) == 4
    assert second["next"] is None
    follow = client.get(first["next"]).json()  # the same query, a page on
    assert [e["event_id"] for e in follow["items"]] == ids[2:]
    filtered = _events(client, limit=1, admin1="Idleb")
    assert "admin1=Idleb" in filtered["next"] and "offset=1" in filtered["next"]


def test_sorts_by_date_and_fatalities(client: TestClient) -> None:
    assert [d for d, _ in _locations(_events(client, sort="event_date"))] == [
        "2015-03-28",
        "2015-04-25",
        "2015-06-01",
        "2018-02-03",
    ]
    by_deaths = [e["fatalities"] for e in _events(client, sort="-fatalities")["items"]]
    assert by_deaths == [60, 30, 2, 0]
    assert _events(client, sort="-n_sources")["total"] == 4
    page = _events(client, sort="fatalities", limit=1, offset=1)
    assert page["total"] == 4 and page["items"][0]["fatalities"] == 2


def test_actor_filter_follows_the_lineage(client: TestClient) -> None:
    """HTS includes its predecessor al-Nusra (which took Idlib in 2015)."""
    with_lineage = _events(client, actor="hts")
    assert {loc for _, loc in _locations(with_lineage)} == {"Idlib"}
    assert with_lineage["total"] == 2
    alone = _events(client, actor="hts", lineage="false")
    assert _locations(alone) == [("2018-02-03", "Idlib")]


def test_filters_by_type_place_country_admin1_dates_and_source(client: TestClient) -> None:
    assert _events(client, event_type="Strategic developments")["total"] == 2
    assert _events(client, event_type="Government regains territory")["total"] == 1
    assert _events(client, place="Jisr ash Shughur")["total"] == 2
    assert _events(client, place="Jisr al-Shughur")["total"] == 2  # read through the gazetteer
    assert _events(client, country="syria", admin1="Idleb")["total"] == 4
    assert _events(client, country="Lebanon")["total"] == 0
    window = _events(client, date_from="2015-04-01", date_to="2015-12-31")
    assert [d for d, _ in _locations(window)] == ["2015-06-01", "2015-04-25"]
    assert _events(client, source="orontes")["total"] == 2
    assert _events(client, source="Orontes Daily", sort="event_date")["items"][0]["event_date"] == (
        "2015-04-25"
    )


def test_bad_filters_are_rejected_with_a_reason(client: TestClient) -> None:
    for params in (
        {"date_from": "28/03/2015"},
        {"date_to": "yesterday"},
        {"limit": 0},
        {"limit": 100000},
        {"offset": -1},
        {"sort": "actor1"},
        {"lineage": "perhaps"},
    ):
        r = client.get("/api/events", params=params)
        assert r.status_code == 422, params
        body = r.json()
        assert body["detail"] and body["message"] and body["hint"], params
        assert next(iter(params)) in body["message"], params
    r = client.get("/api/events", params={"date_from": "2016-01-01", "date_to": "2015-01-01"})
    assert r.status_code == 400
    assert r.json()["hint"]


def test_event_has_claims_sources_and_evidence(client: TestClient) -> None:
    idlib = _events(client, place="Idlib", event_type="Strategic developments")["items"][0]
    e = client.get(f"/api/events/{idlib['event_id']}").json()
    assert e["sub_event_type"] == "Non-state actor overtakes territory"
    assert e["actor1"] == "Jabhat al Nusra" and e["fatalities"] == 30
    assert e["time_precision"] == 1 and e["geo_precision"] == 1
    [claim] = e["claims"]
    assert claim["claimant"] == "Jabhat al Nusra" and claim["claimant_is_party"] is True
    assert claim["stance"] == "claimed" and claim["fatalities"] == 30
    assert claim["sentence"].startswith("The Nusra Front said")
    [source] = e["sources"]
    assert source["article_id"] == "a-idlib" and source["source"] == "Levant Wire"
    assert source["values"]["fatalities"] == 30
    [ev] = source["evidence"]
    text = client.get("/api/articles/a-idlib").json()["text"]
    assert text[ev["start"] : ev["end"]] == ev["text"]
    assert "captured the city of Idlib" in ev["text"]


def test_unknown_event_is_404(client: TestClient) -> None:
    r = client.get("/api/events/ev-does-not-exist")
    assert r.status_code == 404
    assert "ev-does-not-exist" in r.json()["message"]
