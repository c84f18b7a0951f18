"""The control layer in a real browser on the seeds' data (read from ../shared, never copied):
moving the control date shows Jisr al-Shughur changing hands."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import SHARED
from tests.web.conftest import coded_store, serve, shot

pytestmark = [pytest.mark.shared, pytest.mark.model, pytest.mark.browser]


@pytest.fixture(scope="module")
def seeds_url(tmp_path_factory) -> Iterator[str]:
    db = coded_store(
        tmp_path_factory.mktemp("seeds") / "seeds.db", [str(SHARED / "seeds" / "articles.jsonl")]
    )
    yield from serve(db)


def _holder(page, place: str) -> str | None:
    items = page.locator("#c-legend .control-list li").all_inner_texts()
    return next((i.split(": ", 1)[1] for i in items if i.startswith(place + ":")), None)


def test_moving_the_control_date_shows_jisr_al_shughur_change_hands(page, seeds_url) -> None:
    page.goto(seeds_url + "/")
    page.wait_for_selector("#event-list li")
    page.get_by_label("Show who holds each place", exact=True).check()
    page.get_by_label("Control on", exact=True).fill("2015-04-24")
    page.wait_for_selector('#c-legend[data-date="2015-04-24"]')
    before = _holder(page, "Jisr ash Shughur")
    shot(page, "control-before")
    slider = page.get_by_label("Control date slider", exact=True)
    slider.focus()
    slider.press("ArrowRight")  # one day later
    assert page.get_by_label("Control on", exact=True).input_value() == "2015-04-25"
    page.wait_for_selector('#c-legend[data-date="2015-04-25"]')
    after = _holder(page, "Jisr ash Shughur")
    assert after and after != before
    assert "Nusra" in after or "Fatah" in after
    marker = page.locator('.control-marker[data-place="Jisr ash Shughur"]')
    assert marker.count() == 1
    shot(page, "control-after")
    # Its history on click: the capture of 25 April 2015 with its source.
    page.locator("#c-legend button", has_text="Jisr ash Shughur").click()
    history = page.locator("#detail table.history")
    history.wait_for()
    first = history.locator("tbody tr").first.inner_text()
    assert "2015-04-25" in first and ("Nusra" in first or "Fatah" in first)
    assert "Long War Journal" in first
    shot(page, "control-history")


def test_a_fused_event_shows_every_source(page, seeds_url) -> None:
    """The fall of Idlib is reported by more than one seed: its card has one section per source."""
    fused = page.request.get(f"{seeds_url}/api/events?sort=-n_sources&limit=1").json()["items"][0]
    assert fused["n_sources"] >= 2
    page.goto(f"{seeds_url}/?event={fused['event_id']}")
    page.wait_for_selector("#detail .event-card")
    sources = page.locator("#detail details.source")
    assert sources.count() == len(
        page.request.get(f"{seeds_url}/api/events/{fused['event_id']}").json()["sources"]
    )
    assert sources.count() >= 2
    for i in range(sources.count()):
        if i:  # the first source is open; open the others
            sources.nth(i).locator("summary").click()
        sources.nth(i).locator("mark.evidence").first.wait_for()
    shot(page, "fused-event-card")
