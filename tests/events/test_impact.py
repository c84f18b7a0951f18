"""Projectiles are coded where they came down, one event per impact, on sentences we wrote ourselves."""

from __future__ import annotations

import pytest

from frontline.model import Event

pytestmark = pytest.mark.model


def code(text: str) -> list[Event]:
    from frontline import code_article

    return [e for e in code_article(text, published="2021-03-05") if not e.background]


def test_missiles_that_fell_in_two_governorates_are_two_events_there_not_at_the_launch_site() -> (
    None
):
    events = code(
        "On 4 March 2021, Houthi forces launched two ballistic missiles from Dhamar governorate "
        "towards Saudi Arabia. One fell in Hajjah governorate and the other in Al Jawf governorate. "
        "No fatalities were reported."
    )
    assert [e.admin1 for e in events] == ["Hajjah", "Al Jawf"]
    assert {e.sub_event_type for e in events} == {"Shelling/artillery/missile attack"}
    assert {e.geo_precision for e in events} == {3}  # known to the governorate only
    assert len({e.event_id for e in events}) == 2


def test_a_sentence_saying_where_the_rocket_exploded_continues_the_launch_and_places_it() -> None:
    events = code(
        "On 4 March 2021, militants launched a rocket from the Gaza Strip into Israel. "
        "The rocket exploded in an open field near Sderot. No injuries were reported."
    )
    assert len(events) == 1
    assert (events[0].location, events[0].admin1) == ("Sderot", "HaDarom")


def test_shells_landing_east_of_a_town_are_coded_there() -> None:
    events = code(
        "On 4 March 2021, Israeli forces fired shells from their positions across the fence. Two "
        "shells landed in open fields east of Rafah, injuring a farmer."
    )
    assert [e.location for e in events] == ["Rafah"]


def test_a_launch_without_an_impact_keeps_its_target() -> None:
    events = code(
        "On 4 March 2021, Houthi forces fired a ballistic missile at Marib city from Sanaa."
    )
    assert [e.admin1 for e in events] == ["Marib"]


def test_an_impact_named_for_another_kind_of_event_changes_nothing() -> None:
    events = code(
        "On 4 March 2021, protesters gathered in Sidon against the shells that fell in Tyre last week."
    )
    assert [e.location for e in events] == ["Sidon"]


def test_a_bomb_landing_elsewhere_after_a_strike_on_a_named_target_leaves_the_target() -> None:
    events = code(
        "On 4 March 2021, Israeli jets struck Hamas positions in Gaza City. One of the bombs "
        "landed near a school in Beit Lahia."
    )
    assert events[0].location == "Gaza"
