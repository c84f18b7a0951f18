"""GET /api/feeds: per-feed status from `watch`; GET /api/skipped: off-topic articles with reasons."""

from __future__ import annotations

from fastapi.testclient import TestClient

from frontline.api import ApiSettings, create_app
from frontline.feeds.watch import Watcher
from frontline.store import Store
from tests.feeds.server import SPORT, STORIES, Site, page, rss, serving
from tests.feeds.test_watch import FAST, no_events


def test_feeds_report_each_feeds_status_and_the_skipped_articles(tmp_path):
    db = str(tmp_path / "f.db")
    with serving(Site()) as site, Store.open(db) as store:
        good = site.add("/rss.xml", rss("Outlet", [
            ("a", site.add("/a", page(*STORIES[0]))), ("s", site.add("/s", page(*SPORT))),
            ("gone", site.base + "/gone")]))  # fmt: skip
        broken = site.add("/bad.xml", "not xml at all <")
        with Watcher(store, [good, broken], coder=no_events, policy=FAST, echo=lambda _: None) as w:
            w.round()
    with TestClient(create_app(ApiSettings(db=db))) as client:
        body = client.get("/api/feeds").json()
        skipped = client.get("/api/skipped").json()
    by_url = {f["url"]: f for f in body["feeds"]}
    assert by_url[good]["status"] == "ok" and by_url[good]["title"] == "Outlet"
    assert (by_url[good]["entries"], by_url[good]["ingested"], by_url[good]["skipped"]) == (3, 1, 1)
    assert by_url[good]["failed"] == 1 and by_url[good]["failing_items"] == 1
    assert by_url[broken]["status"] == "error" and "RSS/Atom" in by_url[broken]["error"]
    assert body["skipped_articles"] == 1 and body["events"] == 0
    assert skipped[0]["url"].endswith("/s") and skipped[0]["reason"].startswith("score")
