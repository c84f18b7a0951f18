"""Analysts correct the machine: edit, merge, split, delete; audit log; edits survive re-coding."""

from __future__ import annotations

import pytest

from frontline.errors import StoreError
from frontline.store import EventFilter, Store
from tests.store.coded import FakeCoder, article, event


def _two_reports_apart(store: Store) -> tuple[FakeCoder, str, str]:
    """Idlib on 28 March and on 2 April: too far apart for fusion, one event for the analyst."""
    coder = FakeCoder(
        {"a": [event("a", 1)], "b": [event("b", 1, event_date="2015-04-02", fatalities=4)]}
    )
    store.ingest([article("a", "text a"), article("b", "text b", "2015-04-03")], coder=coder)
    ids = [e["event_id"] for e in store.events()][::-1]  # oldest first: a, b
    assert len(ids) == 2
    return coder, ids[0], ids[1]


def test_an_edit_changes_fields_and_is_logged_with_who_when_why_before_after(store: Store) -> None:
    _two_reports_apart(store)
    (target,) = store.events(EventFilter(date_from="2015-04-01"))
    after = store.edit_event(
        target["event_id"], {"fatalities": 7}, who="analyst1", why="hospital figures"
    )
    assert after["fatalities"] == 7
    (log,) = store.audit_log(target["event_id"])
    assert (log["action"], log["who"], log["why"]) == ("edit", "analyst1", "hospital figures")
    assert log["before"]["fatalities"] == 4 and log["after"]["fatalities"] == 7 and log["at"]


def test_edits_need_a_known_event_an_editable_field_and_a_reason(store: Store) -> None:
    _, first, _ = _two_reports_apart(store)
    with pytest.raises(StoreError):
        store.edit_event("ev-nope", {"fatalities": 1}, who="a", why="b")
    with pytest.raises(StoreError):
        store.edit_event(first, {"sources": []}, who="a", why="b")
    with pytest.raises(StoreError):
        store.edit_event(first, {"fatalities": 1}, who="a", why="")


def test_merge_makes_one_event_with_both_sources(store: Store) -> None:
    _, first, second = _two_reports_apart(store)
    merged = store.merge_events(first, second, who="analyst1", why="same capture, late report")
    assert merged["event_id"] == first and merged["n_sources"] == 2
    assert [e["event_id"] for e in store.events()] == [first]
    assert store.audit_log(second)[0]["action"] == "merge"


def test_split_moves_reports_to_a_new_event(store: Store) -> None:
    _, first, second = _two_reports_apart(store)
    store.merge_events(first, second, who="a", why="thought they were one")
    moved = [s["report_id"] for s in store.event(first)["sources"] if s["article_id"] == "b"]
    new = store.split_event(first, moved, who="a", why="two captures after all")
    assert new["event_id"] not in (first, second) and new["n_sources"] == 1
    assert store.count_events() == 2
    with pytest.raises(StoreError):
        store.split_event(
            first, [s["report_id"] for s in store.event(first)["sources"]], who="a", why="b"
        )


def test_delete_hides_the_event_and_feeds_the_deletions_export(store: Store) -> None:
    _, first, _ = _two_reports_apart(store)
    store.delete_event(first, who="analyst1", why="not an event: a rumour")
    assert first not in [e["event_id"] for e in store.events()]
    assert store.event(first)["deleted"] is True
    assert store.count_events(EventFilter(include_deleted=True)) == 2
    (row,) = store.deletions()
    assert row["event_id_cnty"] == first and row["deleted_timestamp"] > 0


def test_edits_survive_recoding_and_reingest(store: Store) -> None:
    coder, first, second = _two_reports_apart(store)
    store.edit_event(second, {"fatalities": 9, "location": "Idlib city"}, who="a", why="checked")
    store.delete_event(first, who="a", why="duplicate of a wire story")
    coder.by_article["b"] = [
        event(
            "b",
            1,
            event_date="2015-04-02",
            fatalities=5,
            actor1="Jabhat al Nusra",
            actor1_id="jabhat-al-nusra",
        )
    ]
    report = store.recode(coder=coder)
    assert sorted(report.recoded) == ["a", "b"]
    again = store.event(second)
    assert (again["fatalities"], again["location"]) == (9, "Idlib city")
    assert again["actor1"] == "Jabhat al Nusra"  # the new coding shows through where not edited
    assert store.event(first)["deleted"] is True
    assert store.count_events() == 1


def test_an_edit_follows_its_event_when_recoding_changes_the_report_ids(store: Store) -> None:
    coder, _, second = _two_reports_apart(store)
    store.edit_event(second, {"fatalities": 9}, who="a", why="checked")
    coder.by_article["b"] = [event("b", 7, event_date="2015-04-02")]  # another trigger, another id
    store.recode(coder=coder)
    assert store.event(second)["fatalities"] == 9
    store.ingest([article("b", "text b, corrected", "2015-04-03")], coder=coder)
    assert store.event(second)["fatalities"] == 9  # and through a corrected version
