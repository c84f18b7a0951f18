"""A local HTTP server (http.server in a thread) serving the fixture feeds and pages we write."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # a slow host
    etag: str | None = None  # answer 304 to If-None-Match with it


class Site:
    """Routes by path; counts the requests each path got."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self.base = ""

    def add(self, path: str, body: str | bytes = b"", **kw) -> str:  # noqa: ANN003
        self.routes[path] = Route(body.encode() if isinstance(body, str) else body, **kw)
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_: object) -> None:  # quiet tests
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            path = self.path.split("?", 1)[0]
            site.hits[path] = site.hits.get(path, 0) + 1
            route = site.routes.get(path)
            if route is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if route.delay_s:
                time.sleep(route.delay_s)
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", route.etag)
            for key, value in route.headers.items():
                self.send_header(key, value)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a client gave up
                self.wfile.write(route.body)

    return Handler


@contextmanager
def serving(site: Site) -> Iterator[Site]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


# -- fixture content (made up) -------------------------------------------------------------------
STORIES = [
    ("Gunmen kill two at checkpoint", "Gunmen on motorbikes opened fire on a police checkpoint outside the market town of Qarni on Sunday, killing two officers."),
    ("Protest over detained students", "Hundreds of students protested outside the ministry in the capital on Tuesday, demanding the release of classmates detained last week."),
    ("Shelling hits village", "Government forces shelled rebel positions near the village of Tell Aswad overnight, wounding four civilians, a local monitor said."),
    ("Roadside bomb strikes patrol", "A roadside bomb struck an army patrol near the border crossing on Monday, wounding three soldiers, the military said."),
    ("Militants abduct chief", "Militants abducted a village chief and two of his sons from their farm in the north on Wednesday, residents said."),
    ("Rioters torch shops", "Rioters torched shops and cars in the old quarter after the court verdict on Thursday; police fired tear gas to disperse them."),
    ("Clashes over oil field", "Two rival militias clashed over an oil field east of the city on Friday, leaving six fighters dead, according to tribal sources."),
    ("Drone strike on convoy", "A drone strike hit a convoy of armed men on the desert road south of the town on Saturday, killing five, officials said."),
]  # fmt: skip
SPORT = ("Derby thriller", "The home side attacked down the left all afternoon and the striker shot into the top corner to win the league match in stoppage time, the coach said.")  # fmt: skip


def page(title: str, text: str, day: str = "2024-03-04") -> str:
    filler = " ".join(
        f"{text.split(',')[0]} was the latest such incident in the area, local reporters wrote."
        for _ in range(2)
    )
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        f'<meta property="article:published_time" content="{day}"></head><body>'
        f"<nav>Home | World</nav><article><h1>{title}</h1><p>{text}</p><p>{filler}</p></article>"
        "</body></html>"
    )


def rss(title: str, links: list[tuple[str, str]]) -> str:
    items = "".join(
        f"<item><title>{t}</title><link>{u}</link><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>"
        for t, u in links
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{items}</channel></rss>'


def atom(title: str, links: list[tuple[str, str]]) -> str:
    entries = "".join(
        f'<entry><title>{t}</title><link href="{u}"/><id>{u}</id><updated>2024-03-04T10:00:00Z</updated></entry>'
        for t, u in links
    )
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>{entries}</feed>'
