"""Two processes ingesting overlapping files into one PostgreSQL store: every article once, no
duplicate reports or events, the same events as one process ingesting everything."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from frontline.store import Store
from tests.store.coded import FakeCoder, article, event
from tests.store.conftest import PG_URL, _reset_postgres

N = 24


def _articles(ids: list[int]) -> list:
    return [article(f"c{i:02d}", f"Rebels took the town, report {i}.", "2015-03-28") for i in ids]


def _coder() -> FakeCoder:
    """Articles i and i+8 and i+16 report one event (same day and place): fusion across files."""
    return FakeCoder(
        {f"c{i:02d}": [event(f"c{i:02d}", event_date=f"2015-03-{1 + i % 8:02d}")] for i in range(N)}
    )


def _worker(url: str, ids: list[int], start: multiprocessing.synchronize.Barrier) -> None:
    with Store.open(url) as store:
        start.wait()
        for i in range(0, len(ids), 3):  # small batches, so the two processes interleave
            store.ingest(_articles(ids[i : i + 3]), coder=_coder())


def _events(store: Store) -> set[tuple]:
    return {
        (frozenset(s["report_id"] for s in e["sources"]), e["event_date"], e["n_sources"])
        for e in store.events(limit=None)
    }


def test_two_processes_ingesting_overlapping_files(tmp_path) -> None:
    if not PG_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but FRONTLINE_TEST_PG_URL is unset: .ci/run must start PostgreSQL")
        pytest.skip("FRONTLINE_TEST_PG_URL is unset (source .ci/postgres.sh; start_postgres)")
    _reset_postgres(PG_URL)
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2)
    first = list(range(0, 16))  # articles 8..15 are in both files
    second = list(reversed(range(8, N)))
    workers = [ctx.Process(target=_worker, args=(PG_URL, ids, start)) for ids in (first, second)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert [w.exitcode for w in workers] == [0, 0]
    with Store.open(PG_URL) as store:
        stored = store.articles(limit=None, all_versions=True)
        assert sorted(a["article_id"] for a in stored) == [f"c{i:02d}" for i in range(N)]
        assert store.count_events() == 8
        with Store.open(tmp_path / "one.db") as one:
            one.ingest(_articles(list(range(N))), coder=_coder())
            assert _events(store) == _events(one)
