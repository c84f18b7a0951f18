"""Fighting along a border is coded on the theatre's side, on sentences we wrote ourselves."""

from __future__ import annotations

import pytest

from frontline.model import Event

pytestmark = pytest.mark.model


def main(text: str) -> Event:
    from frontline import code_article

    return [e for e in code_article(text, published="2021-03-05") if not e.background][0]


def test_a_strike_along_the_yemeni_saudi_border_is_in_yemen_not_saudi_arabia() -> None:
    e = main(
        "On 4 March 2021, coalition airstrikes targeted an area along the Yemeni-Saudi border. "
        "No casualties were reported in Saudi Arabia."
    )
    assert (e.country, e.geo_precision) == ("Yemen", 3)


def test_the_side_with_the_articles_places_wins_over_the_order_of_the_names() -> None:
    e = main(
        "On 4 March 2021, Houthi forces shelled positions along the Saudi-Yemeni border. "
        "Earlier, clashes were reported in Sadah and Haradh."
    )
    assert e.country == "Yemen"


def test_a_finer_place_beside_the_border_is_kept() -> None:
    e = main("On 4 March 2021, Turkish forces shelled Kobani along the Syrian-Turkish border.")
    assert (e.country, e.admin1) == ("Syria", "Aleppo")
