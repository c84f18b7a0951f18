"""POST /api/ingest: behind a token; pasted text, HTML and URLs coded into the store."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from frontline.api import ApiSettings, create_app

TOKEN = "s3cret-token"
REPORT = (
    "Rebels capture town in northwest Syria\n\n"
    "Islamist rebels led by the Nusra Front captured the town of Jisr al-Shughur in Idlib "
    "province on Saturday after three days of fighting with government forces, a monitoring "
    "group said. The Syrian Observatory for Human Rights said at least 60 soldiers were killed."
)
HTML = f"<html><head><title>Town falls</title></head><body><article><p>{REPORT}</p></article></body></html>"
SERVED = HTML.replace("Town falls", "Rebels take Jisr al-Shughur").replace(
    "on Saturday", "on Saturday, 25 April"
)
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def writable(tmp_path) -> Iterator[TestClient]:
    app = create_app(ApiSettings(db=str(tmp_path / "w.db"), token=TOKEN))
    with TestClient(app) as c:
        yield c


@pytest.fixture
def page_server() -> Iterator[str]:
    """A local web server with one article page (no traffic leaves the machine)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            if self.path != "/report.html":
                self.send_error(404)
                return
            body = SERVED.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _article(**extra) -> dict:
    return {"content": REPORT, "published": "2015-04-25", "source": "Test Wire", **extra}


def test_ingestion_needs_the_token(writable: TestClient) -> None:
    body = {"articles": [_article()]}
    assert writable.post("/api/ingest", json=body).status_code == 401
    wrong = writable.post("/api/ingest", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    assert writable.get("/api/articles").json()["items"] == []


def test_ingestion_is_off_without_a_server_token(tmp_path) -> None:
    off = TestClient(create_app(ApiSettings(db=str(tmp_path / "off.db"))))
    r = off.post("/api/ingest", json={"articles": [_article()]}, headers=AUTH)
    assert r.status_code == 401 and "FRONTLINE_API_TOKEN" in r.json()["message"]


def test_bad_ingestion_requests(writable: TestClient) -> None:
    assert writable.post("/api/ingest", json={}, headers=AUTH).status_code == 400
    blank = writable.post("/api/ingest", json={"articles": [{"content": "   "}]}, headers=AUTH)
    assert blank.status_code == 400 and blank.json()["hint"]
    ftp = writable.post("/api/ingest", json={"urls": ["ftp://example.org/x"]}, headers=AUTH)
    assert ftp.status_code == 400
    bad_date = writable.post(
        "/api/ingest", json={"articles": [_article(published="25/04/2015")]}, headers=AUTH
    )
    assert bad_date.status_code == 422


@pytest.mark.model
def test_ingests_text_once(writable: TestClient) -> None:
    r = writable.post("/api/ingest", json={"articles": [_article()]}, headers=AUTH)
    assert r.status_code == 200, r.text
    out = r.json()
    assert len(out["added"]) == 1 and out["events"] >= 1
    again = writable.post("/api/ingest", json={"articles": [_article()]}, headers=AUTH).json()
    assert again["unchanged"] == out["added"] and again["added"] == []
    events = writable.get("/api/events").json()["items"]
    assert any(e["location"] == "Jisr ash Shughur" for e in events)


@pytest.mark.model
def test_ingests_html_and_urls(writable: TestClient, page_server: str) -> None:
    html = _article(content=HTML, format="html", url="https://example.org/town-falls")
    r = writable.post("/api/ingest", json={"articles": [html]}, headers=AUTH)
    assert r.status_code == 200, r.text
    url = f"{page_server}/report.html"
    r = writable.post("/api/ingest", json={"urls": [url]}, headers=AUTH)
    assert r.status_code == 200, r.text
    stored = writable.get("/api/articles").json()["items"]
    assert {a["url"] for a in stored} == {"https://example.org/town-falls", url}
    assert {a["title"] for a in stored} == {"Town falls", "Rebels take Jisr al-Shughur"}
    missing = writable.post("/api/ingest", json={"urls": [f"{page_server}/gone"]}, headers=AUTH)
    assert missing.status_code == 400 and "404" in missing.json()["message"]


def test_file_uploads_need_the_token(writable: TestClient) -> None:
    files = [("files", ("report.txt", REPORT.encode(), "text/plain"))]
    assert writable.post("/api/ingest/files", files=files).status_code == 401


def test_file_upload_refuses_server_paths(writable: TestClient) -> None:
    files = [("files", ("batch.jsonl", b'{"id": "p", "path": "/etc/hostname"}', "text/plain"))]
    r = writable.post("/api/ingest/files", files=files, headers=AUTH)
    assert r.status_code == 400 and "path" in r.json()["message"]
    assert writable.get("/api/articles").json()["items"] == []


@pytest.mark.model
def test_ingests_uploaded_files(writable: TestClient) -> None:
    files = [
        ("files", ("report.txt", REPORT.encode(), "text/plain")),
        ("files", ("page.html", SERVED.encode(), "text/html")),
    ]
    data = {"published": "2015-04-25", "source": "Upload Wire"}
    r = writable.post("/api/ingest/files", files=files, data=data, headers=AUTH)
    assert r.status_code == 200, r.text
    assert r.json()["articles"] == 2 and len(r.json()["added"]) == 2
    stored = writable.get("/api/articles").json()["items"]
    assert {a["source"] for a in stored} == {"Upload Wire"}
