"""Incremental fusion: ingesting, correcting and re-coding articles in any order and batches, with
analysts' edits in between, gives the events a full rebuild gives (property-style, seeded)."""

from __future__ import annotations

import copy
import dataclasses
import os
import random
from collections.abc import Iterator
from typing import Any

import pytest

from frontline.model import Article, Event
from frontline.store import EventFilter, Store
from tests.conftest import ROOT

pytestmark = pytest.mark.model
FIXTURES = ROOT / "tests" / "fuse" / "fixtures" / "fusion.jsonl"
CORRECTED = "\n\n(Corrected.)"


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[Article, list[Event]]]:
    """The fusion fixtures coded once by the real coder."""
    from frontline.ingest import read_articles
    from frontline.pipeline import code_articles

    return {a.id: (a, events) for a, events in code_articles(read_articles([str(FIXTURES)]))}


class CachedCoder:
    """The coder's output for each fixture; a corrected version reports its events a day later
    with one more death (so corrections move reports between events)."""

    def __init__(self, coded: dict[str, tuple[Article, list[Event]]]) -> None:
        self.coded = coded

    def __call__(self, batch: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
        import datetime as dt

        for a in batch:
            events = copy.deepcopy(self.coded[a.id][1])
            if a.text.endswith(CORRECTED):
                for e in events:
                    if e.event_date:
                        day = dt.date.fromisoformat(e.event_date) + dt.timedelta(days=1)
                        e.event_date = day.isoformat()
                    e.fatalities += 1
            yield a, events


def _fresh(coded: dict[str, tuple[Article, list[Event]]], ids: list[str]) -> list[Article]:
    return [dataclasses.replace(coded[i][0]) for i in ids]


def _corrected(article: Article) -> Article:
    return dataclasses.replace(article, text=article.text + CORRECTED, raw=article.raw + CORRECTED)


def _events(store: Store, with_ids: bool) -> dict[frozenset[str], dict[str, Any]]:
    out = {}
    for record in store.events(EventFilter(include_deleted=True), limit=None):
        key = frozenset(s["report_id"] for s in record["sources"])
        out[key] = record if with_ids else {k: v for k, v in record.items() if k != "event_id"}
    return out


def _random_edit(store: Store, rng: random.Random) -> None:
    events = store.events(limit=None)
    action = rng.choice(["edit", "merge", "split", "delete"])
    if action == "merge" and len(events) > 1:
        keep, other = rng.sample(events, 2)
        store.merge_events(keep["event_id"], other["event_id"], who="t", why="same")
    elif action == "split" and (multi := [e for e in events if len(e["sources"]) > 1]):
        e = rng.choice(multi)
        store.split_event(e["event_id"], [e["sources"][-1]["report_id"]], who="t", why="two")
    elif action == "delete" and events:
        store.delete_event(rng.choice(events)["event_id"], who="t", why="duplicate")
    elif events:
        store.edit_event(rng.choice(events)["event_id"], {"fatalities": 7}, who="t", why="x")


def _ingest_randomly(
    store: Store, coded: dict, rng: random.Random, with_edits: bool
) -> tuple[list[Article], CachedCoder]:
    coder = CachedCoder(coded)
    ids = list(coded)
    rng.shuffle(ids)
    final = {i: coded[i][0] for i in ids}
    corrected = set(rng.sample(ids, 4))
    i = 0
    while i < len(ids):
        size = rng.randint(1, 6)
        batch = _fresh(coded, ids[i : i + size])
        if i and rng.random() < 0.5:  # a correction of an article stored earlier
            old = rng.choice(ids[:i])
            if old in corrected:
                final[old] = _corrected(coded[old][0])
                batch.append(final[old])
        if i and rng.random() < 0.3:  # the same article again changes nothing
            batch.append(dataclasses.replace(final[ids[0]]))
        store.ingest(batch, coder=coder)
        if with_edits and rng.random() < 0.5:
            _random_edit(store, rng)
        i += size
    if rng.random() < 0.5:  # re-coding some articles re-fuses their neighbourhood only
        store.recode(coder=coder, article_ids=rng.sample(ids, 3))
    return list(final.values()), coder


@pytest.mark.parametrize("seed", range(int(os.environ.get("FRONTLINE_PROPERTY_RUNS", "5"))))
def test_incremental_fusion_equals_a_full_ingest(store: Store, coded, tmp_path, seed) -> None:
    final, coder = _ingest_randomly(store, coded, random.Random(seed), with_edits=False)
    with Store.open(tmp_path / "full.db") as full:
        full.ingest(final, coder=coder)
        assert _events(store, with_ids=False) == _events(full, with_ids=False)
    before = _events(store, with_ids=True)
    store.rebuild()
    assert _events(store, with_ids=True) == before


@pytest.mark.parametrize("seed", range(int(os.environ.get("FRONTLINE_PROPERTY_RUNS", "5"))))
def test_incremental_fusion_with_edits_equals_a_full_rebuild(store: Store, coded, seed) -> None:
    _ingest_randomly(store, coded, random.Random(100 + seed), with_edits=True)
    before = _events(store, with_ids=True)
    assert before
    store.rebuild()
    assert _events(store, with_ids=True) == before


def test_an_ingest_re_fuses_only_the_neighbourhood(store: Store, coded, monkeypatch) -> None:
    import frontline.store.neighbourhood as hood

    coder = CachedCoder(coded)
    ids = sorted(coded)
    store.ingest(_fresh(coded, ids[:-1]), coder=coder)
    seen: list[int] = []
    real = hood.plan
    monkeypatch.setattr(
        hood, "plan", lambda cur, *a, **k: seen.append(len(cur)) or real(cur, *a, **k)
    )
    store.ingest(_fresh(coded, ids[-1:]), coder=coder)
    total = sum(len(events) for _, events in coded.values())
    assert seen and max(seen) < total / 2


class GrownCoder(CachedCoder):
    """The coder after the knowledge grew: some articles' events move a day later."""

    def __init__(self, coded: dict[str, tuple[Article, list[Event]]], moved: set[str]) -> None:
        super().__init__(coded)
        self.moved = moved

    def __call__(self, batch: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for a, events in super().__call__(batch):
            if a.id in self.moved:
                for e in events:
                    e.event_date = e.event_date and _next_day(e.event_date)
            yield a, events


def _next_day(day: str) -> str:
    import datetime as dt

    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


@pytest.mark.parametrize("seed", range(int(os.environ.get("FRONTLINE_PROPERTY_RUNS", "5"))))
def test_recoding_everything_batch_by_batch_equals_a_full_rebuild(
    store: Store, coded, seed
) -> None:
    rng = random.Random(200 + seed)
    _ingest_randomly(store, coded, rng, with_edits=True)
    grown = GrownCoder(coded, set(rng.sample(sorted(coded), 8)))
    report = store.recode(coder=grown, write_every=rng.randint(1, 6))
    assert sorted(report.recoded) == sorted(coded)
    before = _events(store, with_ids=True)
    store.rebuild()
    assert _events(store, with_ids=True) == before
