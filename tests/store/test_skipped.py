"""Off-topic articles are stored as skipped with the reason, never dropped, and only once."""

from __future__ import annotations

from frontline.ingest.relevance import relevance
from tests.store.coded import FakeCoder, article, event

CONFLICT = article("c1", "Militants attacked an army post near the border, killing three soldiers.")
SPORT = article("s1", "The striker shot twice and the home side attacked until the final whistle "
                      "to win the league match.", url="https://x.example/sport")  # fmt: skip


def test_off_topic_articles_go_to_skipped_with_the_reason_and_are_not_coded(store):
    coder = FakeCoder({"c1": [event("c1")], "s1": [event("s1")]})
    report = store.ingest_stream([CONFLICT, SPORT], coder=coder, relevant=relevance)
    assert report.added == ["c1"] and report.skipped == ["s1"]
    assert coder.calls == ["c1"]
    [row] = store.skipped()
    assert row["id"] == "s1" and row["url"] == SPORT.url and "sport" in row["reason"]
    assert store.count_skipped() == 1 and store.count_articles() == 1


def test_skipping_the_same_article_again_keeps_one_row(store):
    coder = FakeCoder({"c1": [event("c1")]})
    store.ingest_stream([SPORT], coder=coder, relevant=relevance)
    again = store.ingest_stream([SPORT], coder=coder, relevant=relevance)
    assert again.unchanged == ["s1"] and not again.skipped
    assert store.count_skipped() == 1


def test_without_the_filter_everything_is_coded(store):
    coder = FakeCoder({"c1": [event("c1")], "s1": [event("s1")]})
    report = store.ingest_stream([CONFLICT, SPORT], coder=coder)
    assert sorted(report.added) == ["c1", "s1"] and store.count_skipped() == 0
