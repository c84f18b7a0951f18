"""Live news in the browser: the map refreshes and says "N new events" when events arrive, and
the articles page shows each watched feed's status."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT
from tests.feeds.server import SPORT, STORIES, Site, page, rss, serving
from tests.feeds.test_watch import FAST, no_events
from tests.web.conftest import serve, shot

pytestmark = [pytest.mark.model, pytest.mark.browser]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(app URL, db path) on a store of one example article, with one watched feed."""
    from frontline.feeds.watch import Watcher
    from frontline.ingest import article_from_text
    from frontline.store import Store

    db = str(tmp_path_factory.mktemp("live") / "live.db")
    first = json.loads((ROOT / "examples" / "articles.jsonl").read_text().splitlines()[0])
    text = (ROOT / "examples" / first["path"]).read_text("utf-8")
    with Store.open(db) as store, serving(Site()) as site:
        store.ingest([article_from_text(text, id=first["id"], published=first["published"])])
        feed = site.add("/rss.xml", rss("Test Outlet", [
            ("a", site.add("/a", page(*STORIES[0]))), ("s", site.add("/s", page(*SPORT)))]))  # fmt: skip
        with Watcher(store, [feed], coder=no_events, policy=FAST, echo=lambda _: None) as w:
            w.round()
    yield from ((url, db) for url in serve(db))


def test_the_map_refreshes_and_tells_how_many_new_events_arrived(page, live) -> None:
    from frontline.ingest import article_from_text
    from frontline.store import Store

    base_url, db = live
    page.goto(base_url + "/?poll=1")
    page.wait_for_function("document.getElementById('status').textContent.includes('match')")
    before = page.request.get(f"{base_url}/api/events?limit=1").json()["total"]
    assert page.locator("#new-events").is_hidden()
    with Store.open(db) as store:
        store.ingest([article_from_text(
            "Government forces shelled the town of Kafr Nabl in Idlib on Monday, killing three "
            "civilians, a local monitor said.", id="live-1", published="2015-05-04")])  # fmt: skip
    after = page.request.get(f"{base_url}/api/events?limit=1").json()["total"]
    assert after > before
    notice = page.locator("#new-events")
    notice.wait_for(state="visible", timeout=10_000)
    n = after - before
    assert re.fullmatch(rf"{n} new events? \(map refreshed at \d\d:\d\d\)\.", notice.inner_text())
    page.wait_for_function(f"document.getElementById('status').textContent.startsWith('{after} ')")
    shot(page, "map-new-events")


def test_the_articles_page_shows_each_feeds_status(page, live) -> None:
    base_url, _ = live
    page.goto(base_url + "/articles")
    page.wait_for_selector("#feed-table tbody tr")
    row = page.locator("#feed-table tbody tr").first
    cells = row.locator("td").all_inner_texts()
    assert cells[0] == "Test Outlet" and cells[1] == "ok"
    assert cells[4:7] == ["1", "1", "0"]  # ingested, skipped as off-topic, failed
    assert "1 article(s) kept as skipped" in page.locator("#feeds-skipped").inner_text()
    shot(page, "articles-feeds")
