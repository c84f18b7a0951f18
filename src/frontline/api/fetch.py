"""Fetch an article page by URL for ingestion (the only network use of the server, on request)."""

from __future__ import annotations

import httpx

from frontline.errors import InputError
from frontline.ingest import article_from_html, article_from_text
from frontline.model import Article

TIMEOUT_S = 20.0
MAX_BYTES = 5_000_000


def fetch_article(url: str) -> Article:
    """GET the page and read it as HTML (or plain text when served as such)."""
    if not url.startswith(("http://", "https://")):
        raise InputError(f"not an http(s) URL: {url!r}", hint="give full URLs, e.g. https://...")
    try:
        resp = httpx.get(url, timeout=TIMEOUT_S, follow_redirects=True)
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        raise InputError(f"cannot fetch {url}: {exc}", hint="check the URL is reachable") from None
    if len(resp.content) > MAX_BYTES:
        raise InputError(f"{url} is larger than {MAX_BYTES} bytes", hint="ingest it as a file")
    if resp.headers.get("content-type", "").startswith("text/plain"):
        return article_from_text(resp.text, url=url, where=url)
    return article_from_html(resp.text, url=url, where=url)
