"""`frontline watch`: poll feeds, fetch each new article once, ingest it (or keep it as skipped).

    with Watcher(store, FeedList.read("feeds.txt")) as watcher:
        summary = watcher.round()       # one pass over every feed; `run(every_s)` loops

Resumable: an item is marked done (ingested / skipped) only after its article is committed, so a
watch killed mid-round fetches the unfinished items again when restarted, and the store's own
idempotence (same URL and content hash: unchanged) keeps them from being stored twice. A failed
item (timeout, 404, too large) is retried in later rounds up to MAX_ATTEMPTS times.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import feedparser
import sqlalchemy as sa

from frontline.errors import FrontlineError, InputError
from frontline.feeds.fetch import Fetcher, FetchError, FetchPolicy
from frontline.ingest.readers import article_from_html
from frontline.ingest.relevance import relevance
from frontline.model import Article
from frontline.store.schema import feed_items, feeds

log = logging.getLogger("frontline.watch")
MAX_ATTEMPTS = 3


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs, one a line; blank lines and '#' comments ignored."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    urls = [line.split("#", 1)[0].strip() for line in lines]
    urls = [u for u in urls if u]
    bad = [u for u in urls if not u.startswith(("http://", "https://"))]
    if bad or not urls:
        raise InputError(
            f"{path}: {'not a feed URL: ' + bad[0] if bad else 'no feed URLs'}",
            hint="one http(s):// RSS or Atom URL a line; '#' starts a comment",
        )
    return list(dict.fromkeys(urls))


@dataclass(slots=True)
class FeedResult:
    url: str
    status: str  # ok, not_modified, error
    entries: int = 0
    new: int = 0
    ingested: int = 0
    skipped: int = 0
    failed: int = 0
    error: str | None = None
    seconds: float = 0.0

    def line(self) -> str:
        if self.status == "error":
            return f"feed {self.url}: error: {self.error} ({self.seconds:.1f} s)"
        if self.status == "not_modified":
            return f"feed {self.url}: not modified ({self.seconds:.1f} s)"
        return (
            f"feed {self.url}: {self.entries} entries, {self.new} new: {self.ingested} ingested,"
            f" {self.skipped} skipped as off-topic, {self.failed} failed ({self.seconds:.1f} s)"
        )


@dataclass(slots=True)
class RoundSummary:
    number: int
    feeds: list[FeedResult] = field(default_factory=list)
    events: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        total = {
            k: sum(getattr(f, k) for f in self.feeds)
            for k in ("new", "ingested", "skipped", "failed")
        }
        errors = sum(1 for f in self.feeds if f.status == "error")
        unchanged = sum(1 for f in self.feeds if f.status == "not_modified")
        return (
            f"round {self.number}: {len(self.feeds)} feeds ({unchanged} not modified, {errors} failed);"
            f" {total['new']} new articles: {total['ingested']} ingested, {total['skipped']} skipped,"
            f" {total['failed']} failed; {self.events} events in the store ({self.seconds:.1f} s)"
        )


class Watcher:
    """Polls a list of feeds into a store; `coder` as for Store.ingest."""

    def __init__(
        self,
        store,  # noqa: ANN001 - frontline.store.Store (imported lazily by the CLI)
        feed_urls: list[str],
        *,
        coder: Callable | None = None,
        policy: FetchPolicy | None = None,
        relevance_filter: bool = True,
        echo: Callable[[str], None] = log.info,
    ) -> None:
        self.store, self.feed_urls, self.coder = store, feed_urls, coder
        self.fetcher = Fetcher(policy or FetchPolicy())
        self.relevant = relevance if relevance_filter else None
        self.echo = echo
        self.rounds = 0

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.fetcher.close()

    def run(self, every_s: float, rounds: int | None = None) -> None:
        """Poll every `every_s` seconds (from the start of one round to the next)."""
        while rounds is None or self.rounds < rounds:
            started = time.monotonic()
            self.round()
            if rounds is not None and self.rounds >= rounds:
                return
            time.sleep(max(0.0, every_s - (time.monotonic() - started)))

    def round(self) -> RoundSummary:
        self.rounds += 1
        started = time.monotonic()
        summary = RoundSummary(self.rounds)
        for url in self.feed_urls:
            result = self.poll(url)
            self.echo(result.line())
            summary.feeds.append(result)
        summary.events = self.store.count_events()
        summary.seconds = time.monotonic() - started
        self.echo(summary.line())
        return summary

    # -- one feed ----------------------------------------------------------------------------
    def poll(self, url: str) -> FeedResult:
        started = time.monotonic()
        result = FeedResult(url, "ok")
        state = self._feed_state(url)
        try:
            got = self.fetcher.get(url, state.get("etag"), state.get("last_modified"))
            if got.status == 304:
                result.status = "not_modified"
                self._save_feed(url, result, {})
            else:
                parsed = feedparser.parse(got.body)
                links = [e.get("link") for e in parsed.entries if e.get("link")]
                if parsed.bozo and not links:
                    raise FetchError(
                        "broken_feed",
                        f"{url}: not a readable RSS/Atom feed ({parsed.bozo_exception})",
                    )
                result.entries = len(links)
                self._take(url, list(dict.fromkeys(links)), parsed, result)
                self._save_feed(url, result, {"etag": got.etag, "last_modified": got.last_modified,
                                              "title": parsed.feed.get("title")})  # fmt: skip
        except FetchError as exc:
            result.status, result.error = "error", str(exc)
            self._save_feed(url, result, {})
        result.seconds = time.monotonic() - started
        return result

    def _take(self, feed_url: str, links: list[str], parsed, result: FeedResult) -> None:  # noqa: ANN001
        """Fetch and ingest the feed's items not done yet, one committed article at a time."""
        todo = self._todo(links)
        result.new = len(todo)
        entries = {e.get("link"): e for e in parsed.entries}
        for link in todo:
            try:
                article = self._article(link, entries.get(link, {}), parsed.feed.get("title"))
            except (FetchError, FrontlineError) as exc:
                result.failed += 1
                self._mark(link, feed_url, "failed", error=str(exc))
                continue
            self.store.ingest_stream([article], coder=self.coder, relevant=self.relevant)
            # judged again (cheap) so that an item skipped before a crash is labelled so too
            off_topic = self.relevant is not None and not self.relevant(article).relevant
            status = "skipped" if off_topic else "ingested"
            result.skipped += status == "skipped"
            result.ingested += status == "ingested"
            self._mark(link, feed_url, status, article_id=article.id)

    def _article(self, link: str, entry, feed_title: str | None) -> Article:  # noqa: ANN001
        page = self.fetcher.get(link)
        # the page's own date and outlet first (trafilatura, with htmldate); the feed's fill gaps
        article = article_from_html(page.text, url=link, where=link)
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        if article.published is None and published:
            article.published = dt.date(*published[:3])
        article.source = article.source or feed_title
        article.title = article.title or entry.get("title")
        return article

    # -- state -------------------------------------------------------------------------------
    def _feed_state(self, url: str) -> dict:
        with self.store.engine.connect() as conn:
            row = conn.execute(sa.select(feeds).where(feeds.c.url == url)).first()
        return dict(row._mapping) if row else {}

    def _save_feed(self, url: str, result: FeedResult, values: dict) -> None:
        now = dt.datetime.now(dt.UTC)
        with self.store.engine.begin() as conn:
            row = conn.execute(sa.select(feeds).where(feeds.c.url == url)).first()
            if row is None:
                conn.execute(sa.insert(feeds).values(url=url))
                row = conn.execute(sa.select(feeds).where(feeds.c.url == url)).first()
            update = {
                "polled_at": now,
                "status": result.status,
                "error": result.error,
                "last_new": result.new,
                "ingested": row.ingested + result.ingested,
                "skipped": row.skipped + result.skipped,
                "failed": row.failed + result.failed,
            }
            if result.status == "ok":
                update["entries"] = result.entries
            update.update({k: v for k, v in values.items() if v is not None})
            conn.execute(sa.update(feeds).where(feeds.c.url == url).values(update))

    def _todo(self, links: list[str]) -> list[str]:
        """The links not done yet: never seen, or failed fewer than MAX_ATTEMPTS times."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                sa.select(feed_items.c.url, feed_items.c.status, feed_items.c.attempts).where(
                    feed_items.c.url.in_(links)
                )
            ).all()
        done = {r.url for r in rows if r.status != "failed" or r.attempts >= MAX_ATTEMPTS}
        return [link for link in links if link not in done]

    def _mark(self, link: str, feed_url: str, status: str, **values: str | None) -> None:
        now = dt.datetime.now(dt.UTC)
        with self.store.engine.begin() as conn:
            row = conn.execute(sa.select(feed_items).where(feed_items.c.url == link)).first()
            attempts = (row.attempts if row else 0) + (status == "failed")
            fields = {"feed_url": feed_url, "status": status, "attempts": attempts, "seen_at": now,
                      "error": values.get("error"), "article_id": values.get("article_id")}  # fmt: skip
            if row is None:
                conn.execute(sa.insert(feed_items).values(url=link, **fields))
            else:
                conn.execute(sa.update(feed_items).where(feed_items.c.url == link).values(fields))


def parse_every(value: str) -> float:
    """'15m', '30s', '1h', '900' -> seconds."""
    units = {"s": 1, "m": 60, "h": 3600}
    text = value.strip().lower()
    try:
        unit = units.get(text[-1:], 0)
        seconds = float(text[:-1]) * unit if unit else float(text)
    except ValueError:
        seconds = -1
    if seconds <= 0:
        raise InputError(f"--every expects a period such as 15m, 30s or 1h, got {value!r}")
    return seconds
