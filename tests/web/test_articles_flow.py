"""The articles page in a real browser: the list, one article with its mentions and coded events,
and the way there from an event card's sources."""

from __future__ import annotations

import pytest

from tests.web.conftest import shot

pytestmark = [pytest.mark.model, pytest.mark.browser]


def test_articles_lists_the_stored_articles(page, base_url: str) -> None:
    page.goto(base_url + "/articles")
    page.wait_for_selector("#article-table tbody tr a")
    stored = page.request.get(f"{base_url}/api/articles").json()["items"]
    assert page.locator("#article-table tbody tr").count() == len(stored)
    assert not page.locator("#one-view").is_visible()  # the one-article view stays hidden
    shot(page, "articles-list")
    page.get_by_label("Find by title, outlet or id").fill("aleppo")
    visible = page.locator("#article-table tbody tr:visible")
    assert 0 < visible.count() < len(stored)


def test_the_article_list_shows_more_a_page_at_a_time(page, base_url: str) -> None:
    total = page.request.get(f"{base_url}/api/articles").json()["total"]
    assert total > 2
    page.goto(base_url + "/articles?limit=2")
    page.wait_for_selector("#article-table tbody tr a")
    rows = page.locator("#article-table tbody tr")
    assert rows.count() == 2 and page.locator("#count").inner_text() == f"(2 of {total})"
    more = page.get_by_role("button", name="Show more articles")
    while more.is_visible():
        shown = rows.count()
        more.click()
        page.wait_for_function(
            f"document.querySelectorAll('#article-table tbody tr').length > {shown}"
        )
    assert rows.count() == total and page.locator("#count").inner_text() == f"({total})"
    ids = page.locator("#article-table tbody tr a").evaluate_all("els => els.map(e => e.href)")
    assert len(set(ids)) == total  # no article twice


def test_one_article_with_mentions_and_coded_events(page, base_url: str) -> None:
    page.goto(base_url + "/articles")
    page.locator('#article-table a[href="/articles/ex-jisr-al-shughur-2015"]').click()
    page.wait_for_selector("#article mark.PLACE")
    assert "/articles/ex-jisr-al-shughur-2015" in page.url
    for label in ("ACTOR", "PLACE", "DATE"):
        assert page.locator(f"#article mark.{label}").count() > 0, label
    coded = page.request.get(f"{base_url}/api/articles/ex-jisr-al-shughur-2015").json()["events"]
    cards = page.locator("#events .event-card")
    assert cards.count() == len(coded) > 0
    shot(page, "article-mentions")
    # An event's evidence, then back to the mentions; the card leads to the fused event.
    show = page.locator("#events .show-evidence").first
    show.click()
    assert page.locator("#article mark.evidence").count() > 0
    assert page.locator("#article mark.ACTOR").count() == 0
    shot(page, "article-evidence")
    show.click()
    assert page.locator("#article mark.ACTOR").count() > 0
    cards.first.get_by_role("link", name="Open the event on the map").click()
    page.wait_for_selector("#detail .event-card")
    assert page.locator("#detail code").first.inner_text() == coded[0]["fused_event_id"]


def test_event_card_sources_link_to_their_article(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.wait_for_selector("#event-list li button")
    page.locator("#event-list li button").first.click()
    link = page.locator("#detail details.source").first.get_by_role("link", name="Open the article")
    link.wait_for()
    link.click()
    page.wait_for_selector("#article mark")
    assert page.url.startswith(base_url + "/articles/")
    assert page.locator("#events .event-card").count() >= 1


def test_unknown_article_says_so(page, base_url: str) -> None:
    page.goto(base_url + "/articles/no-such-article")
    page.wait_for_selector("#article .error")
    assert "404" in page.locator("#article .error").inner_text()
