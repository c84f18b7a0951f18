"""The pages under their Content-Security-Policy, and a hostile article rendered inert."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.web.conftest import serve

pytestmark = [pytest.mark.model, pytest.mark.browser]

HOSTILE = (
    'Rebels <img src=x onerror="window.__pwned=1"> captured the town of Ariha in Idlib '
    "province on Sunday <script>window.__pwned=2</script> from government forces, "
    "activists said. <svg onload=window.__pwned=3></svg>"
)


@pytest.mark.parametrize("path", ["/", "/code", "/articles", "/actors/hts", "/docs"])
def test_every_page_runs_under_its_policy(strict_page, base_url: str, path: str) -> None:
    # the fixture fails the test on any CSP violation or script error the page reports
    strict_page.goto(base_url + path)
    strict_page.wait_for_load_state("networkidle")
    if path == "/":
        assert strict_page.locator(".leaflet-container").count() == 1
    if path == "/docs":
        strict_page.wait_for_selector(".swagger-ui .opblock")


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from frontline.ingest import article_from_text
    from frontline.store import Store

    db = str(tmp_path_factory.mktemp("hostile") / "hostile.db")
    with Store.open(db) as store:
        store.ingest(
            [
                article_from_text(
                    HOSTILE,
                    id="hostile<b>1",
                    title='<img src=x onerror="window.__pwned=4">',
                    source="<script>window.__pwned=5</script>",
                    published="2015-05-31",
                )
            ]
        )
    yield from serve(db)


def test_a_stored_script_article_is_rendered_as_text(strict_page, hostile_url: str) -> None:
    pg = strict_page
    pg.goto(hostile_url + "/articles")
    pg.wait_for_selector("#article-table tbody tr a")
    pg.locator("#article-table tbody tr a").first.click()
    pg.wait_for_selector("#article mark")
    assert "<script>window.__pwned=2</script>" in pg.locator("#article").inner_text()
    pg.goto(hostile_url + "/")
    pg.wait_for_selector("#event-list li button")
    pg.locator("#event-list li button").first.click()
    pg.wait_for_selector(".event-card")
    assert pg.evaluate("() => window.__pwned") is None
    assert pg.locator("#article img, .event-card img, svg[onload]").count() == 0
