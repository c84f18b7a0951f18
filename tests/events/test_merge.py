"""Merging reports of one event within an article, and which report carries the merged event."""

from __future__ import annotations

from frontline.events.merge import merge
from frontline.model import Event


def ev(sub: str, event_type: str, **kw: object) -> Event:
    base: dict[str, object] = dict(
        article_id="a", event_date="2021-01-12", country="Syria", admin1="Deir-ez-Zor",
        location="Deir-ez-Zor", place_id="1", geo_precision=1,
    )  # fmt: skip
    base.update(kw)
    return Event(sub_event_type=sub, event_type=event_type, **base)  # type: ignore[arg-type]


STRIKE = "Air/drone strike"
REMOTE = "Explosions/Remote violence"


def test_a_headline_strike_placed_only_in_the_country_joins_its_placed_twin() -> None:
    headline = ev(STRIKE, REMOTE, event_date="2021-01-13", admin1="", location="Syria",
                  place_id=None, geo_precision=3, fatalities=12)  # fmt: skip
    placed = ev(STRIKE, REMOTE, time_precision=2, actor1="Military Forces of Israel (2009-)",
                inter1=8, fatalities=57)  # fmt: skip
    [event] = merge([headline, placed])
    assert (event.location, event.admin1, event.event_date) == (
        "Deir-ez-Zor",
        "Deir-ez-Zor",
        "2021-01-12",
    )
    assert event.fatalities == 57 and event.actor1 == "Military Forces of Israel (2009-)"


def test_twins_need_the_same_type_and_no_conflicting_actor() -> None:
    unplaced = ev(STRIKE, REMOTE, admin1="", location="Syria", place_id=None, actor1="A")
    placed = ev(STRIKE, REMOTE, actor1="B")
    assert len(merge([unplaced, placed])) == 2
    shelling = ev("Shelling/artillery/missile attack", REMOTE)
    unplaced_strike = ev(STRIKE, REMOTE, admin1="", location="Syria", place_id=None)
    assert len(merge([unplaced_strike, shelling])) == 2


def test_a_protest_that_escalates_is_one_event_of_its_most_severe_type() -> None:
    protest = ev("Peaceful protest", "Protests", actor1="Protesters (Lebanon)", inter1=6)
    riot = ev("Violent demonstration", "Riots", actor1="Rioters (Lebanon)", inter1=5,
              actor2="Police Forces of Lebanon (2020-)", inter2=1)  # fmt: skip
    intervention = ev("Protest with intervention", "Protests", actor1="Protesters (Lebanon)")
    [event] = merge([protest, intervention, riot])
    assert event.sub_event_type == "Violent demonstration"
    assert (event.actor1, event.actor2) == ("Rioters (Lebanon)", "Police Forces of Lebanon (2020-)")
    assert event.interaction == 15


def test_protests_on_other_days_stay_apart() -> None:
    a = ev("Peaceful protest", "Protests", actor1="Protesters (Lebanon)")
    b = ev("Peaceful protest", "Protests", actor1="Protesters (Lebanon)", event_date="2021-01-14")
    assert len(merge([a, b])) == 2


def test_a_sides_troop_movement_joins_its_battle() -> None:
    battle = ev("Non-state actor overtakes territory", "Battles", actor1="Rebels",
                actor2="Military Forces of Syria (2000-)")  # fmt: skip
    moves = ev("Change to group/activity", "Strategic developments",
               actor1="Military Forces of Syria (2000-)")  # fmt: skip
    [event] = merge([moves, battle])
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 == "Rebels"


def test_a_third_partys_movement_stays_its_own_event() -> None:
    battle = ev("Armed clash", "Battles", actor1="Rebels", actor2="Army")
    moves = ev("Change to group/activity", "Strategic developments", actor1="Peacekeepers")
    assert len(merge([battle, moves])) == 2


def test_a_strike_on_civilians_stays_apart_from_a_battle_the_same_day() -> None:
    strike = ev(STRIKE, REMOTE, actor2="Civilians (Syria)", inter2=7,
                civilian_targeting="Civilian targeting")  # fmt: skip
    battle = ev("Armed clash", "Battles", actor1="Rebels", actor2="Army")
    assert len(merge([strike, battle])) == 2
    military = ev(STRIKE, REMOTE, actor2="Rebels")
    assert len(merge([military, battle])) == 1


def test_excessive_force_puts_the_forces_first_whichever_report_named_them() -> None:
    march = ev("Excessive force against protesters", "Protests", actor1="Protesters (Palestine)",
               inter1=6)  # fmt: skip
    dispersal = ev("Protest with intervention", "Protests", actor1="Protesters (Palestine)",
                   inter1=6, actor2="Military Forces of Israel (2009-)", inter2=1)  # fmt: skip
    [event] = merge([dispersal, march])
    assert event.sub_event_type == "Excessive force against protesters"
    assert (event.actor1, event.actor2) == (
        "Military Forces of Israel (2009-)",
        "Protesters (Palestine)",
    )
    assert event.interaction == 16


def test_excessive_force_with_no_perpetrator_named_keeps_an_actor1() -> None:
    # found by the coder's fuzz test ("protesters gathered in killing 7 civilians"): sides with
    # only crowds and civilians once left actor1 empty
    killing = ev("Excessive force against protesters", "Protests", actor1="Civilians (Syria)",
                 inter1=7, actor2="Protesters (Syria)", inter2=6)  # fmt: skip
    gathering = ev("Peaceful protest", "Protests", actor1="Protesters (Syria)", inter1=6)
    [event] = merge([killing, gathering])
    assert (event.actor1, event.actor2) == ("Civilians (Syria)", "Protesters (Syria)")


TAKES = "Non-state actor overtakes territory"
ARMY = "Military Forces of Syria (2000-2024)"


def test_a_capture_retold_a_day_later_by_its_coalition_is_one_event() -> None:
    capture = ev(TAKES, "Battles", event_date="2021-01-11", actor1="Group A", actor2=ARMY)
    retold = ev(
        TAKES,
        "Battles",
        actor1="Coalition C",
        actor2=ARMY,
        flags=["place inferred from the article"],
    )
    fighting = ev("Armed clash", "Battles", actor1="Coalition C", actor2=ARMY)
    [event] = merge([capture, fighting, retold])
    assert (event.sub_event_type, event.actor1, event.event_date) == (
        TAKES,
        "Group A",
        "2021-01-11",
    )
    assert "place inferred from the article" not in event.flags


def test_fighting_told_before_the_capture_joins_the_capture() -> None:
    fighting = ev("Armed clash", "Battles", actor1="Coalition C", actor2=ARMY)
    capture = ev(TAKES, "Battles", event_date="2021-01-11", actor1="Group A", actor2=ARMY)
    [event] = merge([fighting, capture])
    assert (event.sub_event_type, event.actor1, event.event_date) == (
        TAKES,
        "Group A",
        "2021-01-11",
    )


def test_captures_days_apart_or_recaptures_stay_apart() -> None:
    capture = ev(TAKES, "Battles", event_date="2021-01-09", actor1="Group A", actor2=ARMY)
    later = ev(TAKES, "Battles", actor1="Group A", actor2=ARMY)
    assert len(merge([capture, later])) == 2
    regained = ev("Government regains territory", "Battles", actor1=ARMY, actor2="Group A")
    same_day = ev(TAKES, "Battles", actor1="Group A", actor2=ARMY, event_date="2021-01-11")
    assert len(merge([same_day, regained])) == 2


def test_a_capture_only_near_a_place_stays_near_it_when_fighting_there_joins() -> None:
    near = ev(TAKES, "Battles", actor1="Group A", actor2=ARMY, geo_precision=2,
              flags=["at an unlisted place near Deir-ez-Zor"])  # fmt: skip
    fighting = ev("Armed clash", "Battles", actor1="Coalition C", actor2=ARMY)
    [event] = merge([fighting, near])
    assert (event.sub_event_type, event.geo_precision) == (TAKES, 2)


def test_events_split_from_one_listed_report_stay_apart() -> None:
    # one of the listed places has no admin1: without the split mark it would pass for the
    # other's unplaced twin
    group = "one of the places listed at 15"
    placed = ev(STRIKE, REMOTE, actor1="A", flags=[f"{group}: 1 of 2 (Deir-ez-Zor)"])
    unplaced = ev(STRIKE, REMOTE, actor1="A", admin1="", location="Jabal X", place_id="9",
                  flags=[f"{group}: 2 of 2 (Jabal X)"])  # fmt: skip
    assert len(merge([placed, unplaced])) == 2
    unmarked = ev(STRIKE, REMOTE, actor1="A", admin1="", location="Jabal X", place_id="9")
    assert len(merge([placed, unmarked])) == 1


def test_a_later_sentence_naming_whose_strikes_they_were_fills_an_unidentified_one() -> None:
    unknown = ev(STRIKE, REMOTE, actor1="Unidentified Military Forces", fatalities=12,
                 flags=["actor1 inferred: the report names no perpetrator"])  # fmt: skip
    named = ev(STRIKE, REMOTE, actor1="Military Forces of Syria (2000-2024)", actor1_id="syria-military",
               inter1=1, geo_precision=2)  # fmt: skip
    [event] = merge([unknown, named])
    assert (event.actor1, event.fatalities, event.flags) == (
        "Military Forces of Syria (2000-2024)", 12, [],
    )  # fmt: skip


def test_a_bombing_is_not_given_the_perpetrator_of_another_report() -> None:
    bomb = "Remote explosive/landmine/IED"
    unknown = ev(bomb, REMOTE, actor1="Unidentified Armed Group (Syria)", fatalities=3)
    named = ev(bomb, REMOTE, actor1="Police Forces of Syria (2000-2024)")
    assert len(merge([unknown, named])) == 2


def test_a_headlines_death_toll_names_the_story_among_the_lead_events() -> None:
    from frontline.events.merge import order

    gains = ev("Non-state actor overtakes territory", "Battles", actor1="SDF")
    caption = ev(STRIKE, REMOTE, actor1="Russia")
    raid = ev(STRIKE, REMOTE, actor1="Russia", location="Al Qurayya", fatalities=58)
    assert order([gains, caption, raid], frozenset({58}))[0] is raid
    # without a headline toll the earliest report leads
    assert order([gains, caption, raid])[0] is gains


def test_an_unattributed_shelling_a_day_from_its_attributed_report_is_one_event() -> None:
    shelling = "Shelling/artillery/missile attack"
    named = ev(shelling, REMOTE, event_date="2016-08-12", actor1="Hezbollah", inter1=2)
    unnamed = ev(shelling, REMOTE, event_date="2016-08-11", fatalities=3,
                 actor1="Unidentified Armed Group (Syria)", inter1=3)  # fmt: skip
    [event] = merge([unnamed, named])
    assert event.actor1 == "Hezbollah"
    # two days apart, they are two shellings
    assert len(merge([unnamed, ev(shelling, REMOTE, event_date="2016-08-13",
                                  actor1="Hezbollah", inter1=2)])) == 2  # fmt: skip
