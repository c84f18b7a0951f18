"""Counts and the control timeline are cached per generation of the events: a write from another
process (here: another Store on the same database) is seen by the next read, never a stale one."""

from __future__ import annotations

from frontline.store import EventFilter, Store
from tests.store.coded import FakeCoder, article, event

TOOK = "Rebels took the town of {0} on Saturday."


def _coder(*towns: str) -> FakeCoder:
    """One capture per town, the towns 20 km apart (so they do not fuse)."""
    return FakeCoder(
        {
            t: [event(t, 1, location=t, place_id=f"id-{t}", latitude=35.0 + 0.2 * i, longitude=36.6)]
            for i, t in enumerate(towns)
        }
    )  # fmt: skip


def _other(store: Store) -> Store:
    return Store.open(store.engine.url.render_as_string(hide_password=False))


def test_every_write_to_the_events_changes_the_generation(store: Store) -> None:
    first = store.generation()
    store.ingest([article("Idlib", TOOK.format("Idlib"), "2015-03-28", "X")], coder=_coder("Idlib"))
    after_ingest = store.generation()
    (idlib,) = store.events()
    store.delete_event(idlib["event_id"], who="analyst", why="test")
    assert first < after_ingest < store.generation()


def test_a_write_by_another_process_is_seen_by_the_next_count_and_control_read(
    store: Store,
) -> None:
    towns = ("Idlib", "Ariha", "Saraqib")
    coder = _coder(*towns)
    store.ingest([article(towns[0], TOOK.format(towns[0]), "2015-03-28", "X")], coder=coder)
    assert store.count_events() == 1
    assert [p["location"] for p in store.control_at("2015-04-01")] == ["Idlib"]
    assert store.count_events(EventFilter(place="Ariha")) == 0

    with _other(store) as other:
        other.ingest(
            [article(t, TOOK.format(t), "2015-03-28", "X") for t in towns[1:]], coder=coder
        )
    assert store.count_events() == 3
    assert store.count_events(EventFilter(place="Ariha")) == 1
    assert sorted(p["location"] for p in store.control_at("2015-04-01")) == sorted(towns)
    assert [h["location"] for h in store.place_history("Saraqib")] == ["Saraqib"]
