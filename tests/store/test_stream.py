"""Streaming ingest: batches of a stream are stored as they come; the whole equals one ingest."""

from __future__ import annotations

from collections.abc import Iterator

from frontline.model import Article
from tests.store.coded import FakeCoder, article, event


def _articles(n: int) -> Iterator[Article]:
    for i in range(n):
        yield article(f"a{i}", f"Clashes in town {i} on Saturday.", url=f"https://x.example/{i}")


def _coder(n: int) -> FakeCoder:
    return FakeCoder({f"a{i}": [event(f"a{i}", location=f"Town {i}")] for i in range(n)})


def test_stream_ingest_stores_each_batch_and_reports_the_running_total(store):
    seen: list[int] = []
    report = store.ingest_stream(
        _articles(10), coder=_coder(10), batch_size=4, on_batch=lambda r: seen.append(len(r.added))
    )
    assert seen == [4, 8, 10]
    assert len(report.added) == 10 and store.count_articles() == 10


def test_stream_ingest_is_consumed_lazily_one_batch_at_a_time(store):
    pulled: list[int] = []

    def stream() -> Iterator[Article]:
        for i, a in enumerate(_articles(9)):
            pulled.append(i)
            yield a

    counts: list[int] = []
    store.ingest_stream(
        stream(), coder=_coder(9), batch_size=3, on_batch=lambda r: counts.append(len(pulled))
    )
    assert counts == [3, 6, 9]  # never more than one batch read ahead of the store


def test_stream_ingest_again_changes_nothing_and_equals_one_big_ingest(store, tmp_path):
    from frontline.store import Store

    store.ingest_stream(_articles(7), coder=_coder(7), batch_size=3)
    again = store.ingest_stream(_articles(7), coder=_coder(7), batch_size=3)
    assert len(again.unchanged) == 7 and not again.added
    with Store.open(tmp_path / "one.db") as whole:
        whole.ingest(list(_articles(7)), coder=_coder(7))
        assert whole.count_events() == store.count_events()


def test_stream_ingest_of_nothing_reports_the_stored_events(store):
    store.ingest_stream(_articles(2), coder=_coder(2))
    assert store.ingest_stream(iter(()), coder=_coder(0)).events == store.count_events() > 0
