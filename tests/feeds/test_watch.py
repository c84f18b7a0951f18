"""`watch` against a local HTTP server: feeds in, each new article fetched once and ingested;
conditional GET, robots.txt, a per-host pace, and failures (broken feed, 404, slow host, huge page,
redirects) that cost only their own item."""

from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from frontline.errors import InputError
from frontline.feeds.fetch import FetchPolicy
from frontline.feeds.watch import Watcher, parse_every, read_feed_list
from frontline.store import Store
from frontline.store.schema import feed_items
from tests.feeds.server import SPORT, STORIES, Site, atom, page, rss, serving

FAST = FetchPolicy(timeout_s=0.5, max_bytes=200_000, per_host_interval_s=0.0)


def no_events(batch):  # noqa: ANN001, ANN201 - a coder that codes nothing (no spaCy)
    return ((a, []) for a in batch)


@pytest.fixture
def site():  # noqa: ANN201
    with serving(Site()) as s:
        yield s


@pytest.fixture
def store(tmp_path):  # noqa: ANN201
    with Store.open(tmp_path / "w.db") as s:
        yield s


def stories(site: Site, start: int, n: int) -> list[tuple[str, str]]:
    return [
        (t, site.add(f"/news/{i}", page(t, x)))
        for i, (t, x) in enumerate(STORIES[start : start + n], start)
    ]


def watcher(store, urls, lines=None, **kw):  # noqa: ANN001, ANN003, ANN201
    return Watcher(store, urls, coder=no_events, policy=kw.pop("policy", FAST),
                   echo=(lines.append if lines is not None else lambda _: None), **kw)  # fmt: skip


def test_rss_and_atom_items_are_ingested_and_off_topic_ones_skipped(site, store):
    links = stories(site, 0, 3)
    sport = ("Derby", site.add("/sport/1", page(*SPORT)))
    feed_a = site.add(
        "/rss.xml", rss("Outlet A", [*links[:2], sport]), content_type="application/rss+xml"
    )
    feed_b = site.add("/atom.xml", atom("Outlet B", links[2:]), content_type="application/atom+xml")
    lines: list[str] = []
    with watcher(store, [feed_a, feed_b], lines) as w:
        summary = w.round()
    assert [f.ingested for f in summary.feeds] == [2, 1] and summary.feeds[0].skipped == 1
    assert store.count_articles() == 3 and store.count_skipped() == 1
    assert lines[0].startswith(f"feed {feed_a}: 3 entries, 3 new: 2 ingested, 1 skipped")
    assert lines[-1].startswith("round 1: 2 feeds (0 not modified, 0 failed); 4 new articles")
    article = store.articles()[-1]
    assert article["url"] == links[0][1] and article["published"] == "2024-03-04"


def test_a_second_round_asks_conditionally_and_fetches_nothing_again(site, store):
    links = stories(site, 0, 2)
    with_etag = site.add("/etag.xml", rss("E", links[:1]), etag='"v1"')
    plain = site.add("/plain.xml", rss("P", links))
    with watcher(store, [with_etag, plain]) as w:
        w.round()
        second = w.round()
    assert [f.status for f in second.feeds] == ["not_modified", "ok"]
    assert second.feeds[1].new == 0
    assert site.hits["/news/0"] == 1 and site.hits["/news/1"] == 1
    assert store.count_articles() == 2


def test_a_feed_listing_new_items_later_brings_only_those(site, store):
    links = stories(site, 0, 3)
    feed = site.add("/rss.xml", rss("A", links[:1]))
    with watcher(store, [feed]) as w:
        w.round()
        site.add("/rss.xml", rss("A", links))
        second = w.round()
    assert second.feeds[0].new == 2 and store.count_articles() == 3


def test_a_broken_feed_fails_alone(site, store):
    links = stories(site, 0, 1)
    broken = site.add(
        "/broken.xml", "<rss><channel><item><title>cut off", content_type="application/rss+xml"
    )
    missing = site.base + "/no-such-feed.xml"
    good = site.add("/rss.xml", rss("A", links))
    lines: list[str] = []
    with watcher(store, [broken, missing, good], lines) as w:
        summary = w.round()
    assert [f.status for f in summary.feeds] == ["error", "error", "ok"]
    assert "not a readable RSS/Atom feed" in lines[0] and "HTTP 404" in lines[1]
    assert store.count_articles() == 1
    status = {f["url"]: f["status"] for f in store.feeds()}
    assert status[broken] == "error" and status[good] == "ok"


def test_failed_items_cost_only_themselves_and_are_retried_a_few_times(site, store):
    links = stories(site, 0, 1)
    slow = site.add("/slow", page(*STORIES[1]), delay_s=1.2)
    huge = site.add("/huge", page("Huge", STORIES[2][1] + " x" * 150_000))
    gone = site.base + "/gone"
    feed = site.add("/rss.xml", rss("A", [*links, ("slow", slow), ("huge", huge), ("gone", gone)]))
    with watcher(store, [feed]) as w:
        first = w.round().feeds[0]
        for _ in range(3):
            w.round()
    assert (first.ingested, first.failed) == (1, 3)
    with store.engine.connect() as conn:
        rows = {r.url: r for r in conn.execute(sa.select(feed_items))}
    assert (
        "timed out" in rows[slow].error
        and "bytes" in rows[huge].error
        and "404" in rows[gone].error
    )
    assert rows[gone].attempts == 3 and site.hits["/gone"] == 3  # then given up


def test_redirects_are_followed_and_the_feed_link_is_the_articles_url(site, store):
    target = site.add("/news/final", page(*STORIES[0]))
    moved = site.add("/news/moved", status=301, headers={"Location": target})
    feed = site.add("/rss.xml", rss("A", [("moved", moved)]))
    with watcher(store, [feed]) as w:
        assert w.round().feeds[0].ingested == 1
    assert store.articles()[0]["url"] == moved


def test_robots_txt_is_respected(site, store):
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    private = site.add("/private/1", page(*STORIES[0]))
    public = stories(site, 1, 1)
    feed = site.add("/rss.xml", rss("A", [("p", private), *public]))
    with watcher(store, [feed]) as w:
        result = w.round().feeds[0]
    assert (result.ingested, result.failed) == (1, 1)
    assert "/private/1" not in site.hits


def test_the_same_article_in_two_feeds_is_stored_once(site, store):
    links = stories(site, 0, 2)
    a = site.add("/a.xml", rss("A", links))
    b = site.add("/b.xml", atom("B", links))
    with watcher(store, [a, b]) as w:
        summary = w.round()
    assert [f.new for f in summary.feeds] == [2, 0] and store.count_articles() == 2


def test_requests_to_one_host_are_paced(site, store):
    links = stories(site, 0, 3)
    feed = site.add("/rss.xml", rss("A", links))
    policy = FetchPolicy(timeout_s=2, max_bytes=200_000, per_host_interval_s=0.15)
    started = time.monotonic()
    with watcher(store, [feed], policy=policy) as w:
        w.round()
    assert time.monotonic() - started >= 4 * 0.15 * 0.95  # robots.txt, feed, 3 pages: 4 waits


def test_feed_lists_and_periods_are_checked(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# outlets\nhttps://a.example/rss  # A\n\nhttps://a.example/rss\n")
    assert read_feed_list(path) == ["https://a.example/rss"]
    path.write_text("a.example/rss\n")
    with pytest.raises(InputError, match="not a feed URL"):
        read_feed_list(path)
    assert [parse_every(v) for v in ("15m", "30s", "1h", "90")] == [900, 30, 3600, 90]
    with pytest.raises(InputError):
        parse_every("soon")
