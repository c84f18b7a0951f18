"""Store: articles with versions, idempotent ingest, corrections, queries with filters and pages."""

from __future__ import annotations

import pytest

from frontline.errors import InputError, StoreError
from frontline.store import EventFilter, Store
from tests.store.coded import FakeCoder, article, claim, event
from tests.store.test_migrate import HEAD

IDLIB = "Rebels took the city of Idlib on Saturday."
IDLIB_2 = "Weeks after jihadists took the city of Idlib, they moved on."
ALEPPO = "HTS fighters entered Aleppo on Friday."


def _coder() -> FakeCoder:
    return FakeCoder(
        {
            "a1": [event("a1", 1, claims=[claim("Jaysh al Fatah", True)])],
            "a2": [event("a2", 1, source="Other", background=True, event_date="2015-04-26", time_precision=3)],
            "a3": [
                event(
                    "a3", 1, event_date="2024-11-29", sub_event_type="Armed clash",
                    actor1="HTS: Hayat Tahrir al Sham", actor1_id="hts", location="Aleppo",
                    place_id="170063", admin1="Aleppo", admin2="Jebel Saman",
                    latitude=36.20124, longitude=37.16117, fatalities=20,
                    claims=[claim("Syrian Observatory for Human Rights", False, "reported", 20)],
                )
            ],
        }
    )  # fmt: skip


def _ingest(store: Store, coder: FakeCoder | None = None) -> FakeCoder:
    coder = coder or _coder()
    store.ingest(
        [
            article("a1", IDLIB, "2015-03-28", "VICE News", url="https://example.org/idlib"),
            article("a2", IDLIB_2, "2015-04-26", "Long War Journal"),
            article("a3", ALEPPO, "2024-11-29", "RT"),
        ],
        coder=coder,
    )
    return coder


def test_opening_runs_the_migrations_and_reopening_is_harmless(store: Store) -> None:
    assert store.revision == HEAD
    again = Store(store.engine)
    assert again.revision == HEAD


def test_articles_are_kept_with_original_and_cleaned_text_hash_and_metadata(store: Store) -> None:
    _ingest(store)
    a = store.article("a1")
    assert a["text"] == IDLIB and a["raw"] == IDLIB
    assert len(a["content_hash"]) == 64
    assert (a["source"], a["published"], a["url"]) == (
        "VICE News",
        "2015-03-28",
        "https://example.org/idlib",
    )
    assert {x["article_id"] for x in store.articles()} == {"a1", "a2", "a3"}


def test_ingesting_the_same_article_again_changes_nothing(store: Store) -> None:
    coder = _ingest(store)
    before = store.events(limit=None)
    report = store.ingest([article("a1", IDLIB, "2015-03-28", "VICE News")], coder=coder)
    assert report.unchanged == ["a1"] and not report.added
    assert coder.calls.count("a1") == 1
    assert store.events(limit=None) == before


def test_a_corrected_article_replaces_its_events_and_keeps_the_old_version(store: Store) -> None:
    coder = _ingest(store)
    coder.by_article["a3"] = [
        event(
            "a3",
            2,
            event_date="2024-11-30",
            sub_event_type="Armed clash",
            location="Aleppo",
            place_id="170063",
            admin1="Aleppo",
            admin2="Jebel Saman",
            fatalities=25,
        )
    ]
    report = store.ingest(
        [article("a3", ALEPPO + " Updated: 25 killed.", "2024-11-29", "RT")], coder=coder
    )
    assert report.replaced == ["a3"]
    aleppo = store.events(EventFilter(admin1="Aleppo"))
    assert [e["fatalities"] for e in aleppo] == [25]
    versions = store.article("a3")["versions"]
    assert [(v["version"], v["current"]) for v in versions] == [(2, True), (1, False)]


def test_a_new_text_at_the_same_url_is_a_correction(store: Store) -> None:
    coder = _ingest(store)
    coder.by_article["a1-fixed"] = coder.by_article["a1"]
    report = store.ingest(
        [article("a1-fixed", IDLIB + " (corrected)", url="https://example.org/idlib")], coder=coder
    )
    assert report.replaced == ["a1"]
    assert len(store.article("a1")["versions"]) == 2
    assert store.count_articles() == len(store.articles()) == 3  # current versions
    assert store.count_articles(all_versions=True) == len(store.articles(all_versions=True)) == 4
    assert [a["article_id"] for a in store.articles(limit=2)] == ["a1", "a3"]  # newest ingest first
    assert [a["article_id"] for a in store.articles(limit=2, offset=2)] == ["a2"]


def test_filters_by_date_place_admin1_type_country_and_pages(store: Store) -> None:
    _ingest(store)
    assert store.count_events() == 2  # Idlib fused from two articles, Aleppo
    assert [e["location"] for e in store.events(EventFilter(date_from="2024-01-01"))] == ["Aleppo"]
    assert [e["location"] for e in store.events(EventFilter(date_to="2016-01-01"))] == ["Idlib"]
    assert store.count_events(EventFilter(place="idlib")) == 1
    assert store.count_events(EventFilter(admin1="Idleb", country="Syria")) == 1
    assert store.count_events(EventFilter(event_type="Armed clash")) == 1
    assert store.count_events(EventFilter(event_type="Battles")) == 2
    assert store.count_events(EventFilter(country="Yemen")) == 0
    first, second = store.events(limit=1), store.events(limit=1, offset=1)
    assert first[0]["event_id"] != second[0]["event_id"]


def test_an_actor_query_expands_to_the_lineage(store: Store) -> None:
    _ingest(store)
    for query in ("HTS", "Jabhat al Nusra", "hts"):
        assert [e["location"] for e in store.events(EventFilter(actor=query))] == ["Aleppo"]
    assert [e["location"] for e in store.actor_events("Jaysh al Fatah")] == ["Idlib"]
    assert store.events(EventFilter(actor="Jabhat al Nusra", lineage=False)) == []
    assert store.count_events(EventFilter(actor="hts", lineage=False)) == 1


def test_an_event_comes_with_sources_claims_and_evidence(store: Store) -> None:
    _ingest(store)
    (idlib,) = store.events(EventFilter(place="Idlib"))
    full = store.event(idlib["event_id"])
    assert full["n_sources"] == 2
    assert {s["source"] for s in full["sources"]} == {"VICE News", "Long War Journal"}
    assert all(s["evidence"] for s in full["sources"])
    assert [c["claimant"] for c in full["claims"]] == ["Jaysh al Fatah"]
    with pytest.raises(StoreError):
        store.event("ev-missing")


def test_claims_are_records_with_claimant_party_stance_figures_article_and_sentence(
    store: Store,
) -> None:
    _ingest(store)
    (aleppo,) = store.events(EventFilter(admin1="Aleppo"))
    (c,) = store.claims(aleppo["event_id"])
    assert c["claimant"] == "Syrian Observatory for Human Rights"
    assert (c["claimant_is_party"], c["stance"], c["fatalities"], c["article_id"]) == (
        False,
        "reported",
        20,
        "a3",
    )
    assert c["sentence"]
    assert aleppo["party_claim_only"] is False
    (idlib,) = store.events(EventFilter(place="Idlib"))
    assert idlib["party_claim_only"] is False  # the background source has no claim of a party


def test_an_event_whose_only_source_is_a_partys_claim_says_so(store: Store) -> None:
    coder = FakeCoder({"p": [event("p", 1, claims=[claim("Jabhat al Nusra", True)])]})
    store.ingest([article("p", "Nusra said it took Idlib.")], coder=coder)
    (only,) = store.events()
    assert only["party_claim_only"] is True
    assert "only source: a claim by a party to the fighting" in only["flags"]


def test_events_can_be_ordered_by_date_fatalities_or_sources(store: Store) -> None:
    _ingest(store)
    assert [e["location"] for e in store.events(order="date_asc")] == ["Idlib", "Aleppo"]
    assert [e["location"] for e in store.events(order="fatalities_desc")] == ["Aleppo", "Idlib"]
    assert [e["location"] for e in store.events(order="sources_desc")] == ["Idlib", "Aleppo"]
    with pytest.raises(InputError):
        store.events(order="random")


def test_an_unreachable_database_is_a_clean_error() -> None:
    with pytest.raises(StoreError):
        Store.open("postgresql://nobody@127.0.0.1:1/none")
    with pytest.raises(StoreError):
        Store.open("mysql://x/y")


def test_two_versions_in_one_batch_keep_the_last(store: Store) -> None:
    coder = _coder()
    report = store.ingest(
        [article("a3", ALEPPO, "2024-11-29"), article("a3", ALEPPO + " More.", "2024-11-29")],
        coder=coder,
    )
    assert report.added == ["a3"] and report.replaced == ["a3"]
    assert store.count_events() == 1 and coder.calls == ["a3"]


def test_a_coder_failure_leaves_the_store_as_it_was(store: Store) -> None:
    def broken(articles):
        raise RuntimeError("model crashed")
        yield

    with pytest.raises(RuntimeError):
        store.ingest([article("x", "some text")], coder=broken)
    assert store.articles() == []
    coder = FakeCoder({"x": [event("x", 1)]})
    assert store.ingest([article("x", "some text")], coder=coder).added == ["x"]
    assert store.count_events() == 1


def test_a_long_ingest_shows_a_progress_bar(store: Store, capsys) -> None:
    _ingest(store)
    assert "coding" not in capsys.readouterr().err  # off unless asked (the CLI asks on a terminal)
    store.ingest([article("a4", "More news.", "2015-03-28")], coder=_coder(), progress=True)
    assert "coding" in capsys.readouterr().err


def test_recoding_some_articles_recodes_only_those(store: Store) -> None:
    coder = _ingest(store)
    coder.calls.clear()
    report = store.recode(coder=coder, article_ids=["a3"])
    assert report.recoded == ["a3"] and coder.calls == ["a3"] and report.events == 2
    with pytest.raises(StoreError, match="no article"):
        store.recode(coder=coder, article_ids=["nope"])


def test_articles_are_coded_before_the_write_and_a_race_is_settled_there(store: Store) -> None:
    other = Store(store.engine)  # as another process would, while this one is coding
    coder = _coder()

    def racing(batch):
        if not other.articles():
            other.ingest([article("a1", IDLIB, "2015-03-28")], coder=_coder())
        yield from coder(batch)

    report = store.ingest([article("a1", IDLIB, "2015-03-28")], coder=racing)
    assert report.unchanged == ["a1"] and coder.calls == ["a1"]
    assert len(store.articles(all_versions=True)) == 1 and store.count_events() == 1
