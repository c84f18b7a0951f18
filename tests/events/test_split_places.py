"""One event per listed place, each with its share of the deaths, on sentences we wrote ourselves."""

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


def test_a_list_of_towns_is_one_event_per_town_with_the_deaths_split_between_them() -> None:
    events = code(
        "On 4 March 2021, government forces shelled Kafr Nabl, Maarat al-Numan and Saraqib, "
        "killing 7 civilians."
    )
    assert places(events) == ["Kafranbel", "Ma'arrat an Nu'man", "Saraqib"]
    assert [e.fatalities for e in events] == [3, 2, 2]  # the first places take the remainder
    assert {e.sub_event_type for e in events} == {"Shelling/artillery/missile attack"}
    assert {e.actor1 for e in events} == {"Military Forces of Syria (2000-2024)"}
    assert len({e.event_id for e in events}) == 3
    # each event shows the place it is at
    for e in events:
        assert any(ev.start > 0 and ev.text in ("Kafr Nabl", "Maarat al-Numan", "Saraqib")
                   for ev in e.evidence)  # fmt: skip
        assert any(f.startswith(SPLIT_FLAG) for f in e.flags)


def test_governorates_follow_a_note_that_splits_its_figure_between_the_events() -> None:
    events = code(
        "On 4 March 2021, Houthi forces shelled pro-Hadi positions in Taizz, Al Bayda and Ad Dali "
        "governorates. Unclear fatalities coded as 10 and split between 3 events."
    )
    assert [e.admin1 for e in events] == ["Taizz", "Al Bayda", "Ad Dali"]
    assert {e.geo_precision for e in events} == {3}  # known to the governorate only
    assert [e.fatalities for e in events] == [4, 3, 3]


def test_a_later_sentence_restating_the_report_splits_its_deaths_too() -> None:
    events = code(
        "On 4 March 2021, Houthi forces clashed with pro-Hadi forces on the Sirwah (Marib) and "
        "Nihm (Sanaa) fronts. The clashes killed 9 fighters."
    )
    assert [(e.location, e.fatalities) for e in events] == [("Sirwah", 5), ("Nihm", 4)]


def test_a_note_over_days_splits_per_day_then_per_place() -> None:
    events = code(
        "On 4 March 2021, rebels took control of Kafr Nabl, Saraqib and Sarmin after clashes with "
        "government forces. Unknown fatalities coded as 10 and spread across three locations in "
        "two days."
    )
    assert [e.fatalities for e in events] == [2, 2, 1]


def test_other_locations_named_in_addition_to_a_list_are_one_more_place() -> None:
    events = code(
        "On 4 March 2021, Southern Resistance forces took control of Al Amir (As Sawmaah, Al Bayda) "
        "and Dhirwah (Mukayras, Al Bayda) areas, in addition to other locations in the east of "
        "Mukayras district. Unknown fatalities coded as 10 and split between 3 events."
    )
    assert places(events) == ["Al Amir", "Dhirwah", "Mukayras"]
    assert [e.fatalities for e in events] == [4, 3, 3]
    assert events[2].geo_precision == 2  # an unnamed spot east of the district's town
