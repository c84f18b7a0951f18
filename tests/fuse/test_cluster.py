"""Fused events follow ACLED's rules and keep every source and the values they disagree on."""

from __future__ import annotations

import datetime as dt

from frontline.fuse import Report, fuse
from tests.store.coded import claim, event


def _r(article: str, published: str = "2015-03-29", **fields) -> Report:
    return Report(
        f"{article}-1",
        event(article, 1, source=f"Outlet {article}", **fields),
        dt.date.fromisoformat(published),
    )


def test_one_event_from_three_reports_with_the_most_conservative_fatalities() -> None:
    (e,) = fuse([_r("a", fatalities=12), _r("b", fatalities=7), _r("c", fatalities=0)])
    assert e.n_sources == 3
    assert e.event.fatalities == 7
    assert e.event.source == "Outlet a; Outlet b; Outlet c"
    assert {d["value"] for d in e.disagreements["fatalities"]} == {12, 7, 0}


def test_the_most_precise_date_and_place_win() -> None:
    vague = _r(
        "a",
        event_date="2015-03-27",
        time_precision=2,
        location="Idleb",
        place_id="169387",
        geo_precision=3,
    )
    exact = _r("b", event_date="2015-03-28", time_precision=1)
    (e,) = fuse([vague, exact])
    assert (e.event.event_date, e.event.time_precision) == ("2015-03-28", 1)
    assert (e.event.location, e.event.geo_precision) == ("Idlib", 1)
    assert "fused from 2 articles" in e.event.flags


def test_every_claim_is_kept_with_its_source() -> None:
    (e,) = fuse(
        [
            _r("a", claims=[claim("Jabhat al Nusra", True)]),
            _r("b", claims=[claim("SOHR", False, "reported", 3)]),
        ]
    )
    assert [c.claimant for c in e.event.claims] == ["Jabhat al Nusra", "SOHR"]
    assert not e.party_claim_only
    record = e.to_record()
    assert [s["claims"][0]["claimant"] for s in record["sources"]] == ["Jabhat al Nusra", "SOHR"]


def test_a_background_mention_corroborates_the_event_it_refers_to() -> None:
    news = _r("a", "2015-03-28")
    mention = _r("b", "2015-04-26", event_date="2015-04-26", time_precision=3, background=True)
    (e,) = fuse([news, mention])
    assert not e.event.background and e.n_sources == 2
    assert e.event.event_date == "2015-03-28"
    assert "corroborated by a background mention" in e.event.flags


def test_a_background_mention_with_no_event_creates_a_low_precision_one() -> None:
    (e,) = fuse([_r("b", "2015-04-26", event_date="2015-04-26", time_precision=1, background=True)])
    assert e.event.background and e.event.time_precision == 3
    assert "known only from background mentions" in e.event.flags


def test_near_misses_stay_apart() -> None:
    other_day = _r("b", event_date="2015-04-05")
    other_town = _r("c", location="Saraqib", place_id="164816", latitude=35.8646, longitude=36.8006)
    assert len(fuse([_r("a"), other_day, other_town])) == 3


def test_ids_are_stable_and_derived_from_the_reports() -> None:
    first = [f.event_id for f in fuse([_r("a"), _r("b")])]
    again = [f.event_id for f in fuse([_r("b"), _r("a")])]
    assert first == again and first[0].startswith("ev-")


def test_former_partners_fighting_the_army_on_one_day_are_two_events_after_their_split() -> None:
    army = dict(actor2="Military Forces of Syria (2000-2024)", actor2_id="syria-military")
    hts = dict(actor1="HTS: Hayat Tahrir al Sham", actor1_id="hts", **army)
    ahrar = dict(actor1="AAS: Ahrar al Sham", actor1_id="ahrar-al-sham", **army)
    in_2015 = dict(event_date="2015-04-25")  # both in Jaysh al-Fatah: one side
    assert len(fuse([_r("a", **hts, **in_2015), _r("b", **ahrar, **in_2015)])) == 1
    in_2017 = dict(event_date="2017-07-20")  # rivals since Jaysh al-Fatah dissolved
    assert len(fuse([_r("a", **hts, **in_2017), _r("b", **ahrar, **in_2017)])) == 2
