"""What the words around a place say about it, on places we place by hand in our own sentences."""

from __future__ import annotations

from frontline.events.place_cues import (
    container,
    outside_its_unit,
    place_precision,
    road_end,
    stray,
)
from frontline.model import PlaceMention


def at(text: str, name: str, admin1: str, *, feature: str = "populated place", gp: int = 1,
       place: str | None = None, country: str = "Syria") -> PlaceMention:  # fmt: skip
    start = text.index(name)
    return PlaceMention(
        start=start, end=start + len(name), text=name, name=place or name, country=country,
        admin1=admin1, feature=feature, geo_precision=gp, score=0.9,
    )  # fmt: skip


def test_a_place_written_as_lying_in_another_province_is_outside_its_unit() -> None:
    text = "a gunman clashed with a soldier on the Western Ghariyeh - Kahil road in Dar'a."
    wrong = at(text, "Ghariyeh", "As-Sweida")
    unit = at(text, "Dar'a", "Dar'a")
    assert outside_its_unit(text, wrong, [wrong, unit])
    assert place_precision(text, unit, [wrong, unit]) == 2  # only near the unknown place


def test_two_items_of_a_list_keep_their_own_provinces() -> None:
    text = "regime forces shelled Saraqib and Tell Rifaat in Aleppo."
    saraqib = at(text, "Saraqib", "Idleb")
    aleppo = at(text, "Aleppo", "Aleppo", feature="admin1")
    assert not outside_its_unit(text, saraqib, [saraqib, aleppo])


def test_a_place_and_a_province_across_a_verb_are_not_one_address() -> None:
    text = "fighters from Hama clashed in Idlib."
    hama = at(text, "Hama", "Hama")
    idlib = at(text, "Idlib", "Idleb", feature="admin1")
    assert not outside_its_unit(text, hama, [hama, idlib])


def test_the_ends_of_a_road_are_road_ends() -> None:
    text = "protesters blocked the Sidon-Tyr highway near Ansariyeh."
    assert road_end(text, at(text, "Sidon", "South"))
    assert road_end(text, at(text, "Tyr", "South"))
    assert not road_end(text, at(text, "Ansariyeh", "South"))


def test_a_possessive_names_the_container_at_whose_precision_the_part_is_known() -> None:
    text = "rioters hurled stones at soldiers in Beirut's Hamra district."
    beirut = at(text, "Beirut", "Beirut", country="Lebanon")
    hamra = at(
        text, "Hamra", "Beirut", feature="neighbourhood", gp=2, place="Beirut", country="Lebanon"
    )
    assert container(text, beirut, [beirut, hamra])
    assert not container(text, hamra, [beirut, hamra])
    assert place_precision(text, hamra, [beirut, hamra]) == 1


def test_a_place_alone_in_its_province_beside_two_of_another_is_stray() -> None:
    text = "a group gathered in Kazanci Yokusu street of Beyoglu, Istanbul city."
    kazanci = at(text, "Kazanci", "Diyarbakir", country="Turkey")
    beyoglu = at(text, "Beyoglu", "Istanbul", feature="district", gp=2, country="Turkey")
    istanbul = at(text, "Istanbul", "Istanbul", country="Turkey")
    found = [kazanci, beyoglu, istanbul]
    assert stray(kazanci, found)
    assert not stray(beyoglu, found)
