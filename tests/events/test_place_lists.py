"""Which places a sentence lists as an event's locations, on sentences we wrote ourselves."""

from __future__ import annotations

import pytest

from frontline.events.split_places import SPLIT_FLAG
from frontline.model import Event

pytestmark = pytest.mark.model


def code(text: str) -> list[Event]:
    from frontline import code_article

    return [e for e in code_article(text, published="2021-03-05") if not e.background]


def places(events: list[Event]) -> list[str]:
    return [e.location for e in events]


# --- lists --------------------------------------------------------------------------------------


def test_fronts_with_bracketed_admin_qualifiers_are_one_event_each() -> None:
    events = code(
        "On 4 March 2021, Houthi forces clashed with pro-Hadi forces on the Sirwah (Marib) and "
        "Nihm (Sanaa) fronts."
    )
    assert [(e.location, e.admin1) for e in events] == [("Sirwah", "Marib"), ("Nihm", "Sanaa")]


def test_vague_parts_of_a_named_area_make_the_area_an_item() -> None:
    events = code(
        "On 4 March 2021, Houthi reinforcements were reported on the Nihm front (Nihm, Sanaa), "
        "in various locations in Hajjah governorate, and on the Sirwah front (Sirwah, Marib)."
    )
    assert [e.admin1 for e in events] == ["Sanaa", "Hajjah", "Marib"]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2021, airstrikes hit Saraqib in Idlib and Atarib in Aleppo province.",
        "On 4 March 2021, airstrikes hit Saraqib, Idlib province, and Atarib in Aleppo.",
    ],
)
def test_a_unit_written_after_each_place_only_says_where_it_is(text: str) -> None:
    events = code(text)
    assert [(e.location, e.admin1) for e in events] == [
        ("Saraqib", "Idleb"),
        ("Al Atarib", "Aleppo"),
    ]


def test_a_known_place_standing_for_an_unknown_one_is_only_near_the_event() -> None:
    events = code(
        "On 4 March 2021, rebels shelled government positions in Kafr Nabl as well as east of "
        "Saraqib."
    )
    assert [(e.location, e.geo_precision) for e in events] == [("Kafranbel", 1), ("Saraqib", 2)]


def test_places_said_to_hold_unknown_ones_are_items_near_them() -> None:
    events = code(
        "On 4 March 2021, Turkish aircraft struck PKK positions in Xakurke (Sidakan) region of "
        "Erbil, Kurajo (Amadiya) and Batifa."
    )
    assert [(e.admin1, e.geo_precision) for e in events] == [
        ("Erbil", 2),
        ("Dahuk", 2),
        ("Dahuk", 1),
    ]


# --- not lists ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the two ends of a road or a line
        "On 4 March 2021, government forces and rebels clashed on the road between Saraqib and "
        "Maarat al-Numan.",
        # where fire came from
        "On 4 March 2021, shells fired from Saraqib and Sarmin hit Maarat al-Numan, killing 2 "
        "civilians.",
        # where a march came from, even when nothing else places the event
        "On 4 March 2021, hundreds of protesters marched from Saraqib and Sarmin.",
        # an A-B road
        "On 4 March 2021, an IED exploded on the Saraqib-Ariha road, killing 2 soldiers.",
        # a place and the bracketed admin unit it is in
        "On 4 March 2021, Houthi forces clashed with pro-Hadi forces in Sirwah district west of "
        "Marib city (Marib).",
        # places of another sentence
        "On 4 March 2021, government forces shelled Saraqib. Residents fled to Sarmin and Binnish.",
        # the province a town is in
        "On 4 March 2021, government forces clashed with rebels in Saraqib and Idlib province.",
        # a town and its province, by a comma
        "On 4 March 2021, government forces shelled Kafr Nabl, Idlib.",
        # parts of a city, the last of them known
        "On 4 March 2021, rockets hit the Damascus suburbs of Ain Tarma Zamalka and Jobar.",
        # one area a figure covers
        "On 4 March 2021, in Saraqib and Sarmin combined, shelling killed 12 civilians.",
        # where a participant once was
        "On 4 March 2021, police beat protesters who had been arrested in Saraqib, Sarmin and "
        "Binnish.",
    ],
)
def test_names_that_are_not_a_list_of_event_places_make_one_event(text: str) -> None:
    events = code(text)
    assert len(events) == 1
    assert not any(f.startswith(SPLIT_FLAG) for f in events[0].flags)


def test_a_place_inside_an_actor_name_is_no_list_item() -> None:
    events = code(
        "On 4 March 2021, IS militants shelled Hajin and Deir ez Zor Military Council positions."
    )
    assert places(events) == ["Hajin"]
    assert events[0].actor2 == "Deir ez Zor Military Council"
