"""POST /api/code: a pasted article coded without storing it, with highlighted mentions."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.routers.test_ingest import HTML, REPORT


@pytest.mark.model
def test_codes_pasted_text_with_highlights(client: TestClient) -> None:
    r = client.post("/api/code", json={"content": REPORT, "published": "2015-04-25"})
    assert r.status_code == 200, r.text
    out = r.json()
    text = out["text"]
    labels = {h["label"] for h in out["highlights"]}
    assert {"ACTOR", "PLACE", "DATE", "FIGURE"} <= labels
    for h in out["highlights"]:
        assert text[h["start"] : h["end"]] == h["text"]
    spans = [(h["start"], h["end"]) for h in out["highlights"]]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), "no overlaps"
    place = next(h for h in out["highlights"] if h["text"] == "Jisr al-Shughur")
    assert "Idleb" in place["detail"]
    main = out["events"][0]
    assert main["location"] == "Jisr ash Shughur" and main["event_date"] == "2015-04-25"
    assert main["evidence"]
    assert client.get("/api/articles").json()["items"]  # the shared store is untouched...
    assert all(
        a["article_id"] != out["article"]["article_id"]
        for a in client.get("/api/articles").json()["items"]
    )


@pytest.mark.model
def test_codes_pasted_html(client: TestClient) -> None:
    out = client.post("/api/code", json={"content": HTML, "format": "html"}).json()
    assert out["article"]["title"] == "Town falls"
    assert "<p>" not in out["text"]


def test_rejects_empty_or_unknown_input(client: TestClient) -> None:
    assert client.post("/api/code", json={"content": ""}).status_code == 422
    blank = client.post("/api/code", json={"content": "   \n "})
    assert blank.status_code == 400 and blank.json()["error"] == "E100"
    assert client.post("/api/code", json={"content": "x", "format": "pdf"}).status_code == 422
