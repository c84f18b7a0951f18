"""The map by keyboard and its admin-1 base layer, in a real browser on demo data from examples/."""

from __future__ import annotations

import pytest

from tests.web.conftest import shot

pytestmark = [pytest.mark.model, pytest.mark.browser]

FOCUSED = "document.activeElement"


def _tab_to(page, selector: str, limit: int = 80) -> None:
    """Press Tab until the focused element matches `selector` (fails after `limit` presses)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"{FOCUSED}.matches({selector!r})"):
            return
    pytest.fail(f"Tab never reached {selector}")


def test_tab_reaches_a_marker_and_enter_opens_its_event(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.wait_for_selector("#event-list li")
    page.locator("#map").focus()
    _tab_to(page, ".leaflet-marker-icon")
    for _ in range(4):
        if page.evaluate(f"{FOCUSED}.querySelector('.cluster') === null"):
            break
        # A cluster: Enter zooms into it (or, for events at one place, spreads them out) and gives
        # the focus back to the map; Tab goes on to its markers, or to a cluster inside it.
        page.keyboard.press("Enter")
        page.wait_for_timeout(600)
        single = ".leaflet-marker-icon:has(.ev-marker)"
        _tab_to(page, single if page.locator(single).count() else ".leaflet-marker-icon")
    event_id = page.evaluate(f"{FOCUSED}.querySelector('.ev-marker').dataset.id")
    assert page.evaluate(f"{FOCUSED}.getAttribute('role')") == "button"
    assert page.evaluate(f"{FOCUSED}.title")  # an accessible name: date, type, place
    page.keyboard.press("Enter")
    card = page.locator("#detail .event-card")
    card.wait_for()
    assert card.locator("code").first.inner_text() == event_id
    shot(page, "map-marker-by-keyboard")


def test_a_cluster_opens_by_keyboard(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.wait_for_selector("#event-list li")
    page.evaluate("window.scrollTo(0, 0)")
    clusters = page.locator(".leaflet-marker-icon:has(.cluster)")
    if clusters.count() == 0:  # zoom out until the demo events cluster
        for _ in range(4):
            page.locator(".leaflet-control-zoom-out").click()
            page.wait_for_timeout(400)
    assert clusters.count() > 0
    before = page.locator(".leaflet-marker-icon").count()
    clusters.first.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.querySelectorAll('.leaflet-marker-icon').length > {before}")


def test_admin1_outlines_show_names_and_filter_on_click(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.wait_for_selector("#event-list li")
    assert page.locator(".leaflet-admin1-pane path").count() > 150  # the nine countries' units
    events = page.request.get(f"{base_url}/api/events").json()["items"]
    admin1 = next(e["admin1"] for e in events if e["admin1"] and e["country"] == "Syria")
    outline = page.locator(f'.leaflet-admin1-pane path[data-admin1="{admin1}"]')
    assert outline.count() == 1
    outline.dispatch_event("mouseover")
    tooltip = page.locator(".leaflet-tooltip", has_text=admin1)
    tooltip.wait_for()
    assert "Syria" in tooltip.inner_text()
    shot(page, "map-admin1-hover")
    outline.dispatch_event("click")
    page.wait_for_function("new URLSearchParams(location.search).get('admin1') !== null")
    assert page.locator("#f-admin1").input_value() == admin1
    page.wait_for_function("document.querySelector('#status').textContent.includes('match')")
    total = page.request.get(f"{base_url}/api/events", params={"admin1": admin1}).json()["total"]
    assert page.locator("#event-list li").count() == total > 0
