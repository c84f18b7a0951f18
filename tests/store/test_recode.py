"""Re-coding codes with no lock held and writes in short transactions: another writer is not
blocked meanwhile, every batch is visible once written, and an article replaced while it was being
coded keeps its new version."""

from __future__ import annotations

from collections.abc import Iterator

import sqlalchemy as sa

from frontline.model import Article, Event
from frontline.store import Store
from tests.store.coded import FakeCoder, article, event

TEXT = "Rebels took the town, report {}."


def _articles(n: int) -> list[Article]:
    return [article(f"r{i}", TEXT.format(i), "2015-03-28") for i in range(n)]


def _coder(n: int, fatalities: int = 0) -> FakeCoder:
    """One event per article, each on its own day (no fusion between them)."""
    return FakeCoder(
        {
            f"r{i}": [event(f"r{i}", 1, event_date=f"2015-03-{i + 1:02d}", fatalities=fatalities)]
            for i in range(n)
        }
    )


def _impatient(store: Store) -> Store:
    """A second store on the same database that gives up on a lock after a second (the CLI's
    `ingest` or the API writing while `recode` runs in another process)."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite":
        engine = sa.create_engine(url, connect_args={"timeout": 1.0})
    else:
        engine = sa.create_engine(url, connect_args={"options": "-c lock_timeout=1000"})
    return Store(engine)


def _fatalities(store: Store) -> dict[str, int]:
    return {e["sources"][0]["article_id"]: e["fatalities"] for e in store.events(limit=None)}


def test_another_writer_is_not_blocked_while_articles_are_coded(store: Store) -> None:
    store.ingest(_articles(3), coder=_coder(3))
    other = _impatient(store)
    recoder = _coder(3, fatalities=5)

    def coding(batch: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for i, item in enumerate(recoder(batch)):
            if i == 1:  # half-way through the coding, another process ingests
                new = article("late", "Rebels took another town.", "2015-04-20")
                coded = FakeCoder({"late": [event("late", 1, event_date="2015-04-20")]})
                assert other.ingest([new], coder=coded).added == ["late"]
            yield item

    report = store.recode(coder=coding)
    other.close()
    assert sorted(report.recoded) == ["r0", "r1", "r2"]
    assert _fatalities(store) == {"r0": 5, "r1": 5, "r2": 5, "late": 0}


def test_each_batch_is_written_before_the_next_is_coded(store: Store) -> None:
    store.ingest(_articles(4), coder=_coder(4))
    reader = _impatient(store)
    recoder = _coder(4, fatalities=5)
    seen: list[dict[str, int]] = []

    def coding(batch: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for item in recoder(batch):
            seen.append(_fatalities(reader))
            yield item

    store.recode(coder=coding, write_every=2)
    reader.close()
    recoded = [sorted(a for a, n in s.items() if n == 5) for s in seen]
    assert recoded == [[], [], ["r0", "r1"], ["r0", "r1"]]


def test_an_article_replaced_while_it_was_coded_keeps_its_new_version(store: Store) -> None:
    store.ingest(_articles(2), coder=_coder(2))
    other = _impatient(store)
    recoder = _coder(2, fatalities=5)

    def coding(batch: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
        newer = article("r0", "Rebels took the town, corrected.", "2015-03-28")
        coded = FakeCoder({"r0": [event("r0", 1, event_date="2015-03-01", fatalities=9)]})
        assert other.ingest([newer], coder=coded).replaced == ["r0"]
        yield from recoder(batch)

    report = store.recode(coder=coding)
    other.close()
    assert report.recoded == ["r1"]
    assert _fatalities(store) == {"r0": 9, "r1": 5}
    assert store.article("r0")["text"] == "Rebels took the town, corrected."
