"""Which place an event takes: its clause's place, not an origin, and a specific place over a country."""

import pytest

pytestmark = pytest.mark.model


def _main(text: str):
    from frontline import code_article

    events = [e for e in code_article(text, published="2020-05-01") if not e.background]
    return events[0]


def test_event_place_is_not_where_the_fighters_came_from():
    e = _main("Rebel fighters from Deir ez-Zor clashed with police in the town of Jarabulus.")
    assert (e.location, e.admin1) == ("Jarabulus", "Aleppo")


def test_event_place_is_the_articles_specific_place_before_a_country():
    text = (
        "Air strikes killed 12 civilians in Syria on Monday, a monitor said. "
        "The strikes hit a market in Saraqib. Rescuers searched the rubble of Saraqib."
    )
    e = _main(text)
    assert e.admin1 == "Idleb"
