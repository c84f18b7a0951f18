"""The founding reports through the store: one fall of Idlib from two outlets, the control of
Idlib governorate's towns at the end of April 2015, and a party's claim that says so."""

from __future__ import annotations

import pytest

from frontline.store import EventFilter, Store
from tests.conftest import SHARED

pytestmark = [pytest.mark.shared, pytest.mark.model]
SEEDS = SHARED / "seeds" / "articles.jsonl"


@pytest.fixture
def seeded(store: Store) -> Store:
    from frontline.ingest import read_articles

    store.ingest(read_articles([str(SEEDS)], "jsonl", None, None))
    return store


def test_the_fall_of_idlib_is_one_event_from_two_articles(seeded: Store) -> None:
    news = seeded.events(
        EventFilter(
            place="Idlib",
            event_type="Non-state actor overtakes territory",
            include_background=False,
        )
    )
    fall = [e for e in news if e["event_date"] == "2015-03-28"]
    assert len(fall) == 1
    articles = {s["article_id"][:3] for s in fall[0]["sources"]}
    assert articles == {"000", "001"} and fall[0]["n_sources"] == 2


def test_control_of_idleb_at_the_end_of_april_2015(seeded: Store) -> None:
    places = {p["location"]: p for p in seeded.control_at("2015-04-30", admin1="Idleb")}
    assert places["Idlib"]["controller"] == "Jaysh al Fatah"
    assert places["Idlib"]["since"] == "2015-03-28"
    assert "Idleb" not in places  # the governorate is not held because its capital is
    assert [h["date"] for h in seeded.place_history("Idlib")][0] == "2015-03-28"


def test_the_claimed_capture_of_jisr_al_shughur_lists_the_partys_claim(seeded: Store) -> None:
    jisr = seeded.events(EventFilter(place="Jisr ash Shughur", actor="Jabhat al Nusra"))
    claims = [c for e in jisr for c in seeded.claims(e["event_id"])]
    assert any(c["claimant_is_party"] and c["stance"] == "claimed" for c in claims)
