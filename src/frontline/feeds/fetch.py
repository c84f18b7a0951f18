"""Polite HTTP for feeds and pages (httpx): conditional GET, robots.txt, a per-host pace,
timeouts and a size cap. Every failure is a FetchError saying what went wrong, never a hang.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from frontline import __version__

USER_AGENT = f"frontline/{__version__} (+conflict news coder; respects robots.txt)"


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    timeout_s: float = 20.0  # connect, read, write and pool, each
    max_bytes: int = 5 * 1024 * 1024  # a page larger than this is no article
    per_host_interval_s: float = 1.0  # at most one request a second to the same host
    max_redirects: int = 5


class FetchError(Exception):
    """A fetch that failed: `kind` is timeout, too_large, http_404, robots, network..."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(slots=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 Not Modified
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""

    @property
    def text(self) -> str:
        charset = "utf-8"
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                charset = value.strip("\"' ")
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


@dataclass
class Fetcher:
    """One HTTP client for a watch: robots.txt cached per host, requests paced per host."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    client: httpx.Client | None = None
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _last_request: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        if self.client is None:
            self.client = httpx.Client(
                timeout=self.policy.timeout_s,
                follow_redirects=True,
                max_redirects=self.policy.max_redirects,
                headers={"User-Agent": USER_AGENT},
            )

    def close(self) -> None:
        if self.client is not None:
            self.client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET `url` (conditional when validators are given); raises FetchError."""
        if not self.allowed(url):
            raise FetchError("robots", f"{url}: disallowed by the site's robots.txt")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, headers)

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            self._robots[host] = self._read_robots(host)
        robots = self._robots[host]
        return robots is None or robots.can_fetch(USER_AGENT, url)

    def _read_robots(self, host: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's rules; none (everything allowed) when it has no robots.txt (RFC 9309:
        4xx means no rules). A host that cannot serve it (5xx, timeout) is taken as disallowing."""
        parser = urllib.robotparser.RobotFileParser(host + "/robots.txt")
        try:
            got = self._get(host + "/robots.txt", {})
        except FetchError as exc:
            if exc.kind.startswith("http_4"):
                return None
            parser.parse(["User-agent: *", "Disallow: /"])
            return parser
        parser.parse(got.text.splitlines())
        return parser

    def _pace(self, url: str) -> None:
        host = urlsplit(url).netloc
        with self._lock:
            wait = self._last_request.get(host, 0.0) + self.policy.per_host_interval_s
            now = time.monotonic()
            if wait > now:
                time.sleep(wait - now)
            self._last_request[host] = time.monotonic()

    def _get(self, url: str, headers: dict[str, str]) -> Fetched:
        self._pace(url)
        deadline = time.monotonic() + 2 * self.policy.timeout_s  # a host trickling bytes too
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return Fetched(str(response.url), 304)
                if response.status_code != 200:
                    raise FetchError(
                        f"http_{response.status_code}", f"{url}: HTTP {response.status_code}"
                    )
                declared = int(response.headers.get("Content-Length") or 0)
                if declared > self.policy.max_bytes:
                    raise FetchError("too_large", f"{url}: {declared} bytes declared")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if time.monotonic() > deadline:
                        raise FetchError("timeout", f"{url}: still sending after the deadline")
                    if len(body) > self.policy.max_bytes:
                        raise FetchError("too_large", f"{url}: over {self.policy.max_bytes} bytes")
                return Fetched(
                    str(response.url),
                    200,
                    bytes(body),
                    response.headers.get("ETag"),
                    response.headers.get("Last-Modified"),
                    response.headers.get("Content-Type", ""),
                )
        except httpx.TimeoutException as exc:
            raise FetchError("timeout", f"{url}: timed out ({type(exc).__name__})") from exc
        except httpx.TooManyRedirects as exc:
            raise FetchError("redirects", f"{url}: too many redirects") from exc
        except httpx.HTTPError as exc:
            raise FetchError("network", f"{url}: {type(exc).__name__}: {exc}") from exc
