"""Every filter of /api/events is answered from an index: SQLite's plan for a filtered count
never scans the events table (on a million events a scan takes a second, the index milliseconds;
bench/api_load.py)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from frontline.store import EventFilter, Store
from frontline.store.query import count_events

FILTERS = {
    "none": EventFilter(),
    "admin1": EventFilter(admin1="Idleb"),
    "country": EventFilter(country="Syria"),
    "event type": EventFilter(event_type="Battles"),
    "sub-event type": EventFilter(event_type="Air/drone strike"),
    "place": EventFilter(place="Aleppo"),
    "date range": EventFilter(date_from="2024-01-01", date_to="2024-03-31"),
    "known actor": EventFilter(actor="hts"),
}


@pytest.mark.parametrize("name", FILTERS)
def test_a_filtered_count_reads_an_index(tmp_path, name: str) -> None:
    with Store.open(str(tmp_path / "f.db")) as store, store.engine.connect() as conn:
        sql = str(
            count_events(FILTERS[name]).compile(
                store.engine, compile_kwargs={"literal_binds": True}
            )
        )
        plan = " | ".join(row[-1] for row in conn.execute(sa.text(f"EXPLAIN QUERY PLAN {sql}")))
    assert "SCAN events" not in plan and "SCAN event_actors" not in plan, plan


@pytest.mark.parametrize("name", ["none", "admin1", "country", "event type", "date range"])
def test_a_filtered_page_is_read_in_order_without_sorting(tmp_path, name: str) -> None:
    from frontline.store.query import select_events

    with Store.open(str(tmp_path / "f.db")) as store, store.engine.connect() as conn:
        query = select_events(FILTERS[name]).limit(50)
        sql = str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))
        plan = " | ".join(row[-1] for row in conn.execute(sa.text(f"EXPLAIN QUERY PLAN {sql}")))
    assert "ix_events_live" in plan and "TEMP B-TREE" not in plan, plan


def test_a_frequent_actor_is_probed_in_date_order_a_rare_one_collected() -> None:
    from frontline.store.query import probe_in_date_order

    assert probe_in_date_order(matching=200_000, live=1_000_000, wanted=50)  # Houthis
    assert not probe_in_date_order(matching=1_000, live=1_000_000, wanted=50)
    assert not probe_in_date_order(matching=0, live=1_000_000, wanted=50)  # would read them all
    assert not probe_in_date_order(matching=20_000, live=1_000_000, wanted=50_000)  # deep page


def test_probing_reads_the_date_index_in_order(tmp_path) -> None:
    from frontline.store.query import select_events

    with Store.open(str(tmp_path / "f.db")) as store, store.engine.connect() as conn:
        query = select_events(EventFilter(actor="hts"), probe_actors=True).limit(50)
        sql = str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))
        plan = " | ".join(row[-1] for row in conn.execute(sa.text(f"EXPLAIN QUERY PLAN {sql}")))
    assert "ix_events_live_date" in plan and "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("query", ["hts", "Jaysh al Fatah", "Jabhat al Nusra", "nobody known"])
def test_either_actor_plan_gives_the_same_page(store: Store, query: str) -> None:
    from frontline.store.query import select_events
    from tests.store.test_store import _ingest

    _ingest(store)
    f = EventFilter(actor=query)
    with store.engine.connect() as conn:
        pages = [
            [row.record["event_id"] for row in conn.execute(select_events(f, probe_actors=p))]
            for p in (False, True)
        ]
    assert pages[0] == pages[1]
    assert pages[0] == [e["event_id"] for e in store.events(f)]
