"""GET /api/articles and GET /api/articles/{id} with the article's coded events."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def test_lists_stored_articles(client: TestClient) -> None:
    page = client.get("/api/articles").json()
    listed = page["items"]
    assert {a["article_id"] for a in listed} == {"a-idlib", "a-jisr", "a-jisr-2", "a-hts"}
    assert all(a["version"] == 1 and a["content_hash"] for a in listed)
    assert (page["total"], page["offset"], page["limit"], page["next"]) == (4, 0, 100, None)
    assert client.get("/api/articles", params={"limit": -1}).status_code == 422
    assert client.get("/api/articles", params={"limit": 1001}).status_code == 422


def test_pages_of_articles_link_to_the_next_until_the_last(client: TestClient) -> None:
    seen, url, pages = [], "/api/articles?limit=3", 0
    while url:
        page = client.get(url).json()
        assert page["total"] == 4
        seen += [a["article_id"] for a in page["items"]]
        url, pages = page["next"], pages + 1
    assert pages == 2 and sorted(seen) == ["a-hts", "a-idlib", "a-jisr", "a-jisr-2"]
    assert client.get("/api/articles?limit=2&offset=2").json()["next"] is None
    first = client.get("/api/articles?limit=1&all_versions=true").json()
    assert "all_versions=true" in first["next"] and "offset=1" in first["next"]


def test_article_has_text_and_coded_mentions(client: TestClient) -> None:
    a = client.get("/api/articles/a-jisr").json()
    assert a["source"] == "Orontes Daily" and a["published"] == "2015-04-25"
    assert a["text"].startswith("Jaysh al-Fatah fighters seized Jisr al-Shughur")
    [coded] = a["events"]
    assert coded["sub_event_type"] == "Non-state actor overtakes territory"
    fused = client.get(f"/api/events/{coded['fused_event_id']}").json()
    assert fused["sources"][0]["article_id"] == "a-jisr"
    assert [v["version"] for v in a["versions"]] == [1]


def test_unknown_article_is_404(client: TestClient) -> None:
    assert client.get("/api/articles/nope").status_code == 404


@pytest.mark.model
def test_article_mentions_are_highlights_of_its_stored_text(client: TestClient) -> None:
    text = client.get("/api/articles/a-jisr").json()["text"]
    mentions = client.get("/api/articles/a-jisr/mentions").json()
    assert {"ACTOR", "PLACE"} <= {m["label"] for m in mentions}
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)
    assert any(m["label"] == "PLACE" and "Jisr" in m["text"] for m in mentions)


def test_mentions_of_an_unknown_article_are_404(client: TestClient) -> None:
    assert client.get("/api/articles/nope/mentions").status_code == 404
