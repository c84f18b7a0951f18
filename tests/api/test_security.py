"""Hostile clients: security headers, body limits, no CORS, hostile filters and paths."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from frontline.api import ApiSettings, create_app
from tests.api.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.mark.parametrize("path", ["/", "/articles", "/api/events", "/static/app.css", "/nowhere"])
def test_every_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert "script-src 'self';" in csp  # no inline, eval or foreign script
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


def test_the_pages_have_no_inline_script(client: TestClient) -> None:
    for path in ("/", "/code", "/articles", "/actors/hts"):
        html = client.get(path).text
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
        assert scripts and all("src=" in attrs and not body.strip() for attrs, body in scripts)
        assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers either


def test_the_api_docs_page_allows_only_its_own_inline_script(client: TestClient) -> None:
    r = client.get("/docs")
    nonce = re.search(r"'nonce-([^']+)'", r.headers["content-security-policy"]).group(1)
    inline = re.findall(r"<script( nonce=\"[^\"]+\")?>", r.text)
    assert inline == [f' nonce="{nonce}"']
    assert (
        client.get("/docs").headers["content-security-policy"]
        != r.headers["content-security-policy"]
    )  # a new nonce for every response


def test_online_tiles_are_the_only_foreign_images(db: str) -> None:
    url = "https://{s}.tile.example.org/{z}/{x}/{y}.png"
    with TestClient(create_app(ApiSettings(db=db, tiles_url=url))) as c:
        csp = c.get("/").headers["content-security-policy"]
    assert "img-src 'self' data: https://*.tile.example.org;" in csp


def test_cors_is_off(client: TestClient) -> None:
    r = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    pre = client.options(
        "/api/ingest",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in pre.headers


@pytest.fixture
def small_bodies(tmp_path) -> Iterator[TestClient]:
    settings = ApiSettings(db=str(tmp_path / "s.db"), token=TOKEN, max_body_bytes=2000)
    with TestClient(create_app(settings)) as c:
        yield c


def test_a_body_over_the_limit_is_413_before_anything_reads_it(small_bodies: TestClient) -> None:
    body = {"articles": [{"content": "Rebels captured Idlib. " * 200}]}
    r = small_bodies.post("/api/ingest", json=body, headers=AUTH)
    assert r.status_code == 413 and r.json()["error"] == "request_too_large"
    assert "FRONTLINE_MAX_BODY_BYTES" in r.json()["hint"]
    files = {"files": ("a.txt", b"Rebels captured Idlib. " * 200, "text/plain")}
    assert small_bodies.post("/api/ingest/files", files=files, headers=AUTH).status_code == 413
    assert small_bodies.post("/api/code", json={"content": "x" * 3000}).status_code == 413


def test_a_streamed_body_without_length_is_cut_at_the_limit(small_bodies: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"articles": [{"content": "'
        for _ in range(100):
            yield b"Rebels captured Idlib. "
        yield b'"}]}'

    r = small_bodies.post(
        "/api/ingest", content=chunks(), headers={**AUTH, "Content-Type": "application/json"}
    )
    assert r.status_code == 413
    # the store took nothing
    assert small_bodies.get("/api/articles").json()["total"] == 0


def test_a_body_under_the_limit_goes_through(small_bodies: TestClient) -> None:
    r = small_bodies.post("/api/code", json={"content": "Rebels captured Idlib on Sunday."})
    assert r.status_code == 200


@pytest.mark.parametrize(
    "value",
    [
        "' OR 1=1 --",
        "x'); DROP TABLE events; --",
        "%",
        "_",
        "\\",
        '"',
        "Idlib' UNION SELECT * FROM articles --",
    ],
)
def test_hostile_filter_values_match_nothing_and_harm_nothing(
    client: TestClient, value: str
) -> None:
    before = client.get("/api/events").json()["total"]
    for name in ("actor", "place", "admin1", "country", "event_type", "source"):
        r = client.get("/api/events", params={name: value})
        assert r.status_code in (200, 400), (name, r.status_code)
        if r.status_code == 200:
            assert r.json()["total"] == 0, name  # taken as a value, never as SQL or a pattern
    assert client.get("/api/events").json()["total"] == before


def test_page_sizes_are_bounded(client: TestClient) -> None:
    for path in ("/api/events", "/api/articles", "/api/actors", "/api/skipped"):
        assert client.get(path, params={"limit": 10**6}).status_code == 422, path
    assert client.get("/api/events", params={"offset": -1}).status_code == 422


@pytest.mark.parametrize(
    "path",
    [
        "/static/../../../pyproject.toml",
        "/static/..%2f..%2f..%2fpyproject.toml",
        "/static/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
        "/assets/leaflet/..%2f..%2fpackage.json",
        "/api/articles/..%2F..%2Fetc%2Fpasswd",
        "/api/export?format=../../etc/passwd",
    ],
)
def test_no_path_leaves_the_served_folders(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (404, 422), r.status_code
    assert "[project]" not in r.text and "root:" not in r.text


def test_a_nul_character_in_the_url_is_refused(client: TestClient) -> None:
    r = client.get("/api/events", params={"actor": "HTS\x00"})
    assert r.status_code == 400 and "NUL" in r.json()["message"]
    assert client.get("/api/articles/abc%00def").status_code == 400
