"""frontline.api.queries: what the API adds over the Store (sort orders, source, own actor), on
SQLite and on PostgreSQL (the adapters write SQL of their own)."""

from __future__ import annotations

import os

import pytest

from frontline.api import queries
from frontline.store import EventFilter, Store
from tests.api import stored
from tests.store.conftest import PG_URL, _reset_postgres


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        path = str(tmp_path / "q.db")
    else:
        if not PG_URL:
            if os.environ.get("CI") == "true":
                pytest.fail("CI=true but FRONTLINE_TEST_PG_URL is unset: .ci/run starts PostgreSQL")
            pytest.skip("FRONTLINE_TEST_PG_URL is unset (source .ci/postgres.sh; start_postgres)")
        _reset_postgres(PG_URL)
        path = PG_URL
    stored.fill(path)
    return path


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


def test_article_reports_carry_their_fused_event(db: str) -> None:
    with Store.open(db) as s:
        [report] = queries.article_reports(s, "a-idlib")
        fused = s.event(report["fused_event_id"])
    assert report["article_id"] == "a-idlib"
    assert fused["sources"][0]["article_id"] == "a-idlib"
