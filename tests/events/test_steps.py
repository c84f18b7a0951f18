"""Two events told in one clause, one after the other, on sentences we wrote ourselves."""

from __future__ import annotations

import pytest

from frontline.model import Event

pytestmark = pytest.mark.model


def code(text: str) -> list[Event]:
    from frontline import code_article

    return [e for e in code_article(text, published="2021-03-05") if not e.background]


def test_a_fight_and_then_a_gain_elsewhere_are_two_events_coded_as_the_gain() -> None:
    events = code(
        "On 4 March 2021, pro-Hadi forces thwarted a Houthi attack on the Sirwah front (Marib) and "
        "subsequently gained control over positions in Nihm district (Sanaa), killing 9 Houthi "
        "fighters. Fatalities spread across two locations."
    )
    assert [e.admin1 for e in events] == ["Marib", "Sanaa"]
    assert {e.sub_event_type for e in events} == {"Government regains territory"}
    # the deaths are told with the later step: it takes the remainder
    assert [e.fatalities for e in events] == [4, 5]


def test_an_attack_and_then_shelling_elsewhere_keep_their_own_types() -> None:
    events = code(
        "On 4 March 2021, IS militants attacked an army post in Tarmiyah and later shelled Samarra."
    )
    assert [(e.admin1, e.sub_event_type) for e in events] == [
        ("Baghdad", "Armed clash"),
        ("Sala al-Din", "Shelling/artillery/missile attack"),
    ]


def test_one_event_with_a_later_step_at_the_same_place_stays_one() -> None:
    events = code(
        "On 4 March 2021, rebels attacked army positions in Saraqib and then took control of Saraqib."
    )
    assert [e.location for e in events] == ["Saraqib"]


def test_a_step_without_an_event_of_its_own_is_no_event() -> None:
    events = code(
        "On 4 March 2021, government forces arrived in Saraqib and then clashed with rebels in Sarmin."
    )
    assert [e.location for e in events] == ["Sarmin"]
