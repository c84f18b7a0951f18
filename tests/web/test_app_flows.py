"""The analyst's main flows in a real browser, on demo data coded from examples/."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.web.conftest import shot

pytestmark = [pytest.mark.model, pytest.mark.browser]


def test_map_opens_on_the_demo_data(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.wait_for_selector(".leaflet-interactive")
    total = page.request.get(f"{base_url}/api/events").json()["total"]
    assert page.locator("#status").inner_text() == f"{total} event(s) match."
    assert page.locator("#event-list li").count() == total
    shot(page, "map-demo")
    for fmt in ("acled-csv", "geojson", "parquet", "jsonl"):  # the demo data exports
        assert page.request.get(f"{base_url}/api/export?format={fmt}").status == 200, fmt


def _listed(page) -> list[str]:
    return page.locator("#event-list li").all_inner_texts()


def test_filter_by_actor_and_date(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.wait_for_selector("#event-list li")
    everything = len(_listed(page))
    page.wait_for_selector("#country-list option[value='Syria']", state="attached")
    assert page.locator("#source-list option").count() >= 1
    page.get_by_label("Actor", exact=True).fill("hts")
    page.get_by_label("From", exact=True).fill("2024-11-01")
    page.get_by_label("To", exact=True).fill("2024-12-31")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_function("document.querySelector('#status').textContent.includes('match')")
    listed = _listed(page)
    assert 0 < len(listed) < everything
    assert all(item.startswith("2024-11") or item.startswith("2024-12") for item in listed)
    assert "actor=hts" in page.url and "date_from=2024-11-01" in page.url
    shot(page, "filter-actor-date")
    # The timeline's brush narrows the list further: keyboard selection of the first bin.
    timeline = page.locator("#timeline svg")
    timeline.focus()
    timeline.press("ArrowRight")
    assert page.locator("#timeline rect.brush").count() == 1
    assert len(_listed(page)) <= len(listed)
    timeline.press("Escape")
    assert len(_listed(page)) == len(listed)


def test_timeline_brush_filters_map_and_list(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.wait_for_selector("#event-list li")
    everything = len(_listed(page))
    box = page.locator("#timeline svg").bounding_box()
    # Drag over the right-hand tenth of the timeline: the latest events only.
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.86, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 5, y, steps=5)
    page.mouse.up()
    narrowed = _listed(page)
    assert 0 < len(narrowed) < everything
    assert all(item.startswith("2024") for item in narrowed)
    assert page.locator("#brush-status").inner_text().startswith("Timeline selection: 20")
    shot(page, "timeline-brush")


def test_event_card_shows_sources_claims_and_evidence(page, base_url: str) -> None:
    page.goto(base_url + "/?actor=hts&lineage=true")
    page.wait_for_selector("#event-list li button")
    page.locator("#event-list li button").first.click()
    card = page.locator("#detail .event-card")
    card.wait_for()
    for field in ("Who", "Where", "When", "Fatalities", "Precision", "Sources"):
        assert card.locator("dt", has_text=field).count() == 1
    page.wait_for_selector("#detail mark.evidence")
    event_id = card.locator("code").first.inner_text()
    detail = page.request.get(f"{base_url}/api/events/{event_id}").json()
    marked = page.locator("#detail details.source").first.locator("mark.evidence").all_inner_texts()
    for ev in detail["sources"][0]["evidence"]:  # every evidence span is highlighted
        assert any(" ".join(ev["text"].split()) in " ".join(m.split()) for m in marked), ev
    assert page.locator("#detail details.source").count() >= 1
    assert page.locator("#detail h3", has_text="Claims").count() == 1
    shot(page, "event-card")


def test_event_card_by_keyboard(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.wait_for_selector("#event-list li button")
    page.locator("#event-list li button").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#detail mark.evidence")


def test_code_a_pasted_article(page, base_url: str) -> None:
    page.goto(base_url + "/code")
    text = (ROOT / "examples" / "jisr_al_shughur_2015.txt").read_text("utf-8")
    page.get_by_label("Article text or HTML", exact=True).fill(text)
    page.get_by_label("Publication date", exact=True).fill("2015-04-25")
    page.get_by_role("button", name="Code it").click()
    page.wait_for_selector("#events .event-card")
    for label in ("ACTOR", "PLACE", "DATE"):
        assert page.locator(f"#article mark.{label}").count() > 0, label
    assert "Jisr" in page.locator("#events .event-card").first.inner_text()
    shot(page, "code-article")
    # An event's evidence, highlighted in the article, and back to the mentions.
    show = page.locator("#events .show-evidence").first
    show.click()
    assert show.get_attribute("aria-pressed") == "true"
    assert page.locator("#article mark.evidence").count() > 0
    assert page.locator("#article mark.ACTOR").count() == 0
    shot(page, "code-article-evidence")
    show.click()
    assert page.locator("#article mark.ACTOR").count() > 0
    page.get_by_label("Ingestion token", exact=True).fill("wrong")
    page.get_by_role("button", name="Save to the store").click()
    page.wait_for_selector("#save-status .error")
    from tests.web.conftest import TOKEN

    page.get_by_label("Ingestion token", exact=True).fill(TOKEN)
    page.get_by_role("button", name="Save to the store").click()
    page.wait_for_function("document.querySelector('#save-status').textContent.startsWith('Saved')")
    shot(page, "code-article-saved")


def test_actor_page(page, base_url: str) -> None:
    page.goto(base_url + "/actors/hts")
    page.wait_for_selector("#actor h2")
    lineage = page.locator("#actor ol li").all_inner_texts()
    assert lineage[0] == "Jabhat al Nusra" and len(lineage) == 3
    assert page.locator("#actor h3", has_text="Names over time").count() == 1
    page.wait_for_selector("#event-list li")
    assert page.locator(".leaflet-interactive").count() > 0
    shot(page, "actor-page")
    with_lineage = page.locator("#event-list li").count()
    own = page.request.get(f"{base_url}/api/actors/hts/events?lineage=false").json()["total"]
    page.get_by_label("with its predecessors and successors").uncheck()
    page.wait_for_function(f"document.querySelectorAll('#event-list li').length === {own}")
    assert own <= with_lineage


def test_api_docs_work_offline(page, base_url: str) -> None:
    page.goto(base_url + "/docs")
    page.wait_for_selector(".opblock-summary-path")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/events" in p for p in paths)
    shot(page, "api-docs")


LABEL_CHECK = """() => [...document.querySelectorAll('input, select, textarea, button')]
  .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
    && !el.textContent.trim() && el.type !== 'hidden' && !el.closest('.leaflet-control'))
  .map((el) => el.outerHTML.slice(0, 80))"""


@pytest.mark.parametrize(
    "path", ["/", "/code", "/actors/hts", "/articles", "/articles/ex-jisr-al-shughur-2015"]
)
def test_every_control_has_a_label(page, base_url: str, path: str) -> None:
    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")
    assert page.evaluate(LABEL_CHECK) == []
    # The skip link is the first stop of the keyboard and leads into the page.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
