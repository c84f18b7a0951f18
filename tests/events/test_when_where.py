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


def test_event_place_is_not_any_town_of_a_list_people_came_from():
    e = _main(
        "Activists from Beirut, Jounieh and Zahle gathered at the al Nour square in Tripoli "
        "to protest against the arrests."
    )
    assert (e.location, e.admin1) == ("Tripoli", "North")


def test_event_place_is_not_a_list_people_came_from_named_with_its_kind_and_unit():
    e = _main(
        "Houthi reinforcements from Ibb governorate and Yarim (Ibb) arrived in Qatabah "
        "district (Ad Dali)."
    )
    assert e.admin1 == "Ad Dali"


def test_event_place_is_not_where_banned_travel_comes_from():
    e = _main(
        "The governor of Lahij governorate imposed a ban on bus travel from Aden governorate, "
        "citing coronavirus cases."
    )
    assert e.admin1 == "Lahij"


def test_a_national_government_measure_is_placed_at_the_capital():
    e = _main("The Turkish Government imposed a weekend curfew in 30 provinces on Friday.")
    assert (e.admin1, e.geo_precision) == ("Ankara", 3)


def test_a_camp_beside_a_city_across_the_line_is_no_homonym_abroad():
    e = _main(
        "Israeli forces clashed with Palestinian youths at the Qalandia refugee camp in Jerusalem."
    )
    assert e.admin1 == "West Bank"


def test_a_protest_is_where_it_gathered_not_where_the_arrests_it_protests_were():
    e = _main(
        "Youths gathered outside the Justice Palace in Beirut, in demonstration against activists "
        "who had been detained during demonstrations in Tripoli and Sidon."
    )
    assert (e.location, e.admin1) == ("Beirut", "Beirut")


def test_a_protest_in_solidarity_with_people_elsewhere_is_where_it_was_held():
    e = _main("Dozens demonstrated in Sidon in solidarity with protesters detained in Tripoli.")
    assert e.location == "Sidon"


def test_a_protest_blocking_a_road_after_its_grievance_is_at_the_road():
    e = _main("Protesters demonstrating against the arrests blocked the main road in Zahle.")
    assert e.location == "Zahle"


def test_a_place_alone_in_its_province_beside_two_of_another_is_a_homonym():
    e = _main(
        "A group gathered in Kazanci Yokusu street of Beyoglu, Istanbul city and held a "
        "demonstration to commemorate the victims of the 1977 massacre in Istanbul's Taksim area."
    )
    assert e.admin1 == "Istanbul"


def test_a_note_saying_where_it_was_coded_gives_the_place():
    e = _main(
        "Houthi forces thwarted two attacks on a site in the Jizan axis, coded in Al Malahit "
        "(Al Dhaher, Sadah), killing 10 fighters."
    )
    assert (e.location, e.admin1) == ("Al Malahit", "Sadah")


def test_a_place_said_to_lie_in_a_province_it_is_not_in_gives_way_to_the_province():
    # Al Ghariyah is a town of As-Sweida
    e = _main(
        "An unidentified gunman clashed with a soldier on the Ghariyeh - Kahil road in Dar'a."
    )
    assert (e.admin1, e.geo_precision) == ("Dar'a", 2)
    # ... while Western Ghariyeh (Ghariyah al Gharbiyah) lies in Dar'a
    e = _main(
        "An unidentified gunman clashed with a soldier on the Western Ghariyeh - Kahil road in Dar'a."
    )
    assert (e.location, e.geo_precision) == ("Ghariyah al Gharbiyah", 1)


def test_places_of_a_list_keep_their_own_provinces():
    from frontline import code_article

    events = code_article(
        "Regime forces shelled Saraqib and Tell Rifaat in Aleppo.", published="2020-05-01"
    )
    assert [e.admin1 for e in events] == ["Idleb", "Aleppo"]


def test_a_road_named_by_its_ends_is_at_the_place_it_is_said_to_run_through():
    e = _main("Protesters blocked the Majdel Aanjar-Masnaa road in Rashayya.")
    assert e.location == "Rashayya"


def test_a_road_named_only_by_its_ends_keeps_an_end():
    e = _main("Houthi forces attacked government positions on the Marib-Sanaa road.")
    assert e.admin1 == "Marib"


def test_a_place_inside_a_town_named_with_its_possessive_is_the_place_at_the_towns_precision():
    e = _main("Dozens of men clashed with police in Jerusalem's Bet Shemesh neighbourhood.")
    assert e.location == "Bet Shemesh"
    e = _main("Rioters hurled stones at soldiers in Beirut's Hamra district.")
    assert (e.admin1, e.geo_precision) == ("Beirut", 1)


def test_a_march_is_where_it_set_out_from():
    e = _main(
        "A car demonstration set out from Beirut to Tripoli with dozens of cars, to protest "
        "against living conditions."
    )
    assert e.location == "Beirut"


def test_missiles_launched_from_a_town_are_not_at_it_when_their_target_is_named():
    e = _main(
        "Pro-Houthi forces launched a ballistic missile from Sanaa governorate at Marib city in Yemen."
    )
    assert e.admin1 == "Marib"


def test_a_rally_in_support_of_a_cause_elsewhere_is_where_it_was_held():
    e = _main("In Aden, hundreds rallied in support of the protesters detained in Mukalla.")
    assert e.admin1 == "Aden"


def test_event_place_is_not_a_homonym_in_another_province_than_the_note_names():
    # Colonia San Francisco resolves to a place in Morelos; the note is in Leon, Guanajuato
    e = _main(
        "On 3 May 2020, in Leon de los Aldama, Guanajuato, gunmen shot dead a shopkeeper "
        "in Colonia San Francisco."
    )
    assert e.admin1 == "Guanajuato"
