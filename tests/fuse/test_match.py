"""Matching: event family, actor lineage, place by geo_precision, date window by time_precision."""

from __future__ import annotations

import datetime as dt

from frontline.fuse import Report
from frontline.fuse.match import actors_match, dates_match, places_match, same_event
from tests.store.coded import event

# Saraqib and Sarmin: towns 8 km apart in the same district of Idlib.
SARMIN = dict(location="Sarmin", place_id="165000", latitude=35.9036, longitude=36.7253)
SARAQIB = dict(location="Saraqib", place_id="164816", latitude=35.8646, longitude=36.8006)


def _r(article: str, published: str = "2020-03-01", **fields) -> Report:
    return Report(f"{article}-1", event(article, 1, **fields), dt.date.fromisoformat(published))


def test_reports_of_one_article_never_fuse() -> None:
    assert not same_event(_r("a"), Report("a-2", event("a", 2)))


def test_the_same_event_in_two_articles_fuses() -> None:
    assert same_event(_r("a"), _r("b"))


def test_a_different_family_stays_apart_except_strikes_on_the_day_of_a_battle() -> None:
    protest = dict(event_type="Protests", sub_event_type="Peaceful protest")
    assert not same_event(_r("a"), _r("b", **protest))
    strike = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    assert same_event(_r("a"), _r("b", **strike))
    assert not same_event(_r("a"), _r("b", event_date="2015-03-27", **strike))


def test_dates_match_within_the_window_of_the_coarser_precision() -> None:
    assert dates_match(_r("a"), _r("b"))
    assert not dates_match(_r("a"), _r("b", event_date="2015-03-29"))  # ACLED: one day, one event
    assert dates_match(_r("a"), _r("b", event_date="2015-03-31", time_precision=2))
    assert not dates_match(_r("a"), _r("b", event_date="2015-04-10", time_precision=2))
    assert dates_match(_r("a"), _r("b", event_date="2015-04-10", time_precision=3))


def test_generic_actors_naming_different_groups_are_different_events() -> None:
    protest = dict(
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters (Lebanon)",
        actor1_id=None,
        actor2="",
        actor2_id=None,
    )
    teachers = event("a", **protest, assoc_actor_1="Teachers (Lebanon)")
    students = event("b", **protest, assoc_actor_1="Students (Lebanon)")
    assert not actors_match(teachers, students)
    assert actors_match(teachers, event("c", **protest))


def test_a_background_mention_looks_back_to_an_earlier_event() -> None:
    later = _r("b", "2015-04-26", event_date="2015-04-26", background=True)
    assert dates_match(later, _r("a"))
    long_after = _r("c", "2017-01-01", event_date="2017-01-01", background=True)
    assert not dates_match(long_after, _r("a"))
    before = _r("d", "2015-03-01", event_date="2015-03-01", background=True)
    assert not dates_match(before, _r("a"))
    dated = _r("e", "2015-06-01", event_date="2015-03-15", time_precision=3, background=True)
    assert dates_match(dated, _r("a"))  # "in March 2015"
    wrong_month = _r("f", "2015-06-01", event_date="2015-05-15", time_precision=3, background=True)
    assert not dates_match(wrong_month, _r("a"))


def test_precise_places_must_be_the_same_place() -> None:
    a, b = event("a", **SARAQIB), event("b", **SARMIN)
    assert places_match(a, event("c", **SARAQIB))
    assert not places_match(a, b)  # same day, different town


def test_a_coarse_place_matches_inside_the_same_admin2() -> None:
    near = event("b", **{**SARMIN, "geo_precision": 2})
    assert places_match(event("a", **SARAQIB), near)
    other_district = event("c", **{**SARMIN, "geo_precision": 2, "admin2": "Ariha"})
    assert not places_match(event("a", **SARAQIB), other_district)
    abroad = event("d", **{**SARAQIB, "country": "Iraq"})
    assert not places_match(event("a", **SARAQIB), abroad)


def test_a_governorate_wide_report_matches_anywhere_in_its_admin1() -> None:
    # coded at the seat with the seat's admin2, as ACLED does, yet about the whole governorate
    idlib = event("b", location="Idlib", place_id="adm1:SY.12", geo_precision=3, admin2="Idleb")
    jisr = event("a", location="Jisr ash Shughur", place_id="173334", admin2="Jisr-Ash-Shugur")
    assert places_match(jisr, idlib)
    assert not places_match(jisr, event("c", **{**SARMIN, "geo_precision": 2}))  # 2: its admin2


def test_actors_match_through_lineage_and_coalitions() -> None:
    hts = event("a", actor1="HTS", actor1_id="hts")
    nusra = event("b", actor1="Jabhat al Nusra", actor1_id="jabhat-al-nusra")
    assert actors_match(hts, nusra)  # al-Nusra -> JFS -> HTS
    jaysh_al_fatah = event("c")  # a coalition al-Nusra belonged to
    assert actors_match(nusra, jaysh_al_fatah)
    isis = event("d", actor1="Islamic State (Syria)", actor1_id="islamic-state-syria")
    assert not actors_match(isis, jaysh_al_fatah)


def test_the_sides_may_be_given_in_either_order_and_unknown_actors_do_not_block() -> None:
    army_first = event(
        "a",
        actor1="Military Forces of Syria",
        actor1_id="syria-military",
        actor2="Jaysh al Fatah",
        actor2_id="jaysh-al-fatah",
    )
    assert actors_match(army_first, event("b"))
    assert actors_match(event("c", actor1="", actor1_id=None), event("b"))


def test_date_reach_bounds_every_date_match() -> None:
    """Incremental fusion queries only reports dated within `date_reach` (plus undated reports and,
    for news, background mentions), so every date match must fall inside it."""
    import random

    from frontline.fuse.match import date_reach

    rng = random.Random(7)
    base = dt.date(2020, 3, 1)

    def rand(name: str) -> Report:
        day = base + dt.timedelta(days=rng.randint(-400, 400))
        published = rng.choice([None, day, day + dt.timedelta(days=rng.randint(0, 400))])
        e = event(name, 1, event_date=rng.choice([None, day.isoformat()]))
        e.time_precision, e.background = rng.choice([1, 2, 3]), rng.random() < 0.4
        return Report(f"{name}-1", e, published)

    matched = 0
    for n in range(4000):
        a, b = rand(f"a{n}"), rand(f"b{n}")
        if not dates_match(a, b):
            continue
        matched += 1
        reach, day = date_reach(a), b.event.event_date
        exempt = day is None or (b.event.background and not a.event.background)
        assert exempt or reach is None or reach[0].isoformat() <= day <= reach[1].isoformat()
    assert matched > 300


ARMY2 = dict(actor2="Military Forces of Syria (2000-2024)", actor2_id="syria-military")


def test_coalition_partners_are_one_side_while_partners_and_rivals_after_the_split() -> None:
    """al-Nusra and Ahrar al-Sham fought together in Jaysh al-Fatah (2015-2017), then each other."""
    for day, one_side in (("2015-04-25", True), ("2017-07-20", False)):
        nusra = event("a", event_date=day, actor1="HTS", actor1_id="hts", **ARMY2)
        ahrar = event("b", event_date=day, actor1="Ahrar", actor1_id="ahrar-al-sham", **ARMY2)
        assert actors_match(nusra, ahrar) is one_side, day
        assert actors_match(ahrar, nusra) is one_side, day


def test_a_renamed_group_stays_one_side() -> None:
    for day in ("2015-04-25", "2016-09-01", "2019-01-01"):
        nusra = event("a", event_date=day, actor1="Nusra", actor1_id="jabhat-al-nusra", **ARMY2)
        jfs = event("b", event_date=day, actor1="JFS", actor1_id="jfs", **ARMY2)
        hts = event("c", event_date=day, actor1="HTS", actor1_id="hts", **ARMY2)
        assert actors_match(nusra, jfs) and actors_match(jfs, hts) and actors_match(hts, nusra)


def test_sides_are_judged_on_the_day_of_the_more_precise_report() -> None:
    from frontline.fuse.match import sides_day

    news = event("a", event_date="2015-04-25", time_precision=1)
    week = event("b", event_date="2015-04-28", time_precision=2)
    mention = event("c", event_date="2017-08-01", time_precision=1, background=True)
    assert sides_day(news, week) == sides_day(week, news) == dt.date(2015, 4, 25)
    assert sides_day(mention, news) == dt.date(2015, 4, 25)  # a mention is dated by its writing
    assert sides_day(event("d", event_date=None), mention) == dt.date(2017, 8, 1)
    assert sides_day(event("d", event_date=None), event("e", event_date=None)) is None
