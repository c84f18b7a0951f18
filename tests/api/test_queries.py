"""frontline.api.queries: what the API adds over the Store (sort orders, source, own actor)."""

from __future__ import annotations

from frontline.api import queries
from frontline.store import EventFilter, Store


def test_sort_puts_missing_values_last_both_ways(db: str) -> None:
    with Store.open(db) as s:
        total, asc = queries.find_events(s, EventFilter(), sort="event_date", limit=10)
        _, desc = queries.find_events(s, EventFilter(), sort="-fatalities", limit=10)
    assert total == 4
    assert [e["event_date"] for e in asc] == sorted(e["event_date"] for e in asc)
    assert [e["fatalities"] for e in desc] == [60, 30, 2, 0]


def test_source_and_own_actor_filters_page_after_filtering(db: str) -> None:
    with Store.open(db) as s:
        total, page = queries.find_events(s, EventFilter(), source="levant", limit=1, offset=1)
        assert total == 2 and len(page) == 1
        total, own = queries.find_events(s, EventFilter(actor="Jabhat al Nusra"), lineage=False)
    assert total == 1 and own[0]["actor1_id"] == "jabhat-al-nusra"


def test_places_group_events(db: str) -> None:
    with Store.open(db) as s:
        found = queries.places(s, admin1="idleb")
    assert [(p["name"], p["events"]) for p in found] == [("Idlib", 2), ("Jisr ash Shughur", 2)]
