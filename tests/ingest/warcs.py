"""Write WARC files in the layout of Common Crawl News (a request and a response per page)."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page(title: str, body: str, day: str | None = None) -> str:
    """A small news page; `day` goes in the page's own date metadata."""
    meta = f'<meta property="article:published_time" content="{day}">' if day else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<!doctype html><html><head><title>{title}</title>{meta}</head><body>"
        f"<nav>Home | World | Sport</nav><article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    )


def write_warc(
    path: Path,
    pages: list[tuple[str, str]],
    *,
    crawled: str = "2024-03-05T10:00:00Z",
    extra_records: bool = True,
    content_type: str = "text/html; charset=utf-8",
    encoding: str = "utf-8",
) -> Path:
    """(url, html) pages as response records; with `extra_records`, also what a crawl holds
    besides articles: a warcinfo, requests, a 404 page and an image."""
    gz = path.name.endswith(".gz")
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        if extra_records:
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for url, html in pages:
            if extra_records:
                writer.write_record(_record(writer, url, "request", b"", None, crawled))
            writer.write_record(
                _record(writer, url, "response", html.encode(encoding), content_type, crawled)
            )
        if extra_records:
            writer.write_record(
                _record(
                    writer,
                    "https://news.example/gone",
                    "response",
                    b"<html>Not found</html>",
                    "text/html",
                    crawled,
                    status="404 Not Found",
                )  # fmt: skip
            )
            writer.write_record(
                _record(
                    writer,
                    "https://news.example/logo.png",
                    "response",
                    b"\x89PNG...",
                    "image/png",
                    crawled,
                )  # fmt: skip
            )
    return path


def _record(writer, url, kind, body, content_type, crawled, status="200 OK"):  # noqa: ANN001, ANN202
    headers = None
    if kind == "response":
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    elif kind == "request":
        headers = StatusAndHeaders(
            "GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True
        )
    return writer.create_warc_record(
        url, kind, payload=io.BytesIO(body), http_headers=headers,
        warc_headers_dict={"WARC-Date": crawled},
    )  # fmt: skip
