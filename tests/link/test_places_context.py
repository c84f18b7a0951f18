"""Place context rules: roads and streets named after towns, named units after 'the', places
beside a border line, district seats, place lists before an admin unit, homonyms abroad."""

import pytest

from frontline.link.places import Gazetteer, default_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _names(mentions) -> dict[str, tuple[str, str]]:
    return {m.text: (m.name, m.admin1) for m in mentions}


def test_a_road_named_after_a_town_is_at_the_town_even_after_the(gaz):
    found = _names(gaz.find("Protesters blocked the Khaldeh bridge with burning tyres."))
    assert found["Khaldeh"] == ("Khalde", "Mount Lebanon")


def test_a_road_between_two_towns_places_the_first(gaz):
    found = _names(gaz.find("Rioters closed the Tripoli-Beirut highway at dawn."))
    assert found["Tripoli"] == ("Tripoli", "North")


def test_a_hyphen_joins_two_towns_at_an_intersection(gaz):
    found = _names(gaz.find("Youths blocked the Bar Elias-el Marj intersection on Sunday."))
    assert found["Bar Elias"] == ("Bar Elias", "Bekaa")


def test_a_bridge_named_after_a_town_abroad_is_no_town_abroad(gaz):
    found = _names(gaz.find("Drivers blocked the Tripoli-Beirut highway near the Palma bridge."))
    assert "Palma" not in found


def test_a_street_named_after_a_city_is_not_that_city(gaz):
    found = _names(gaz.find("Shells hit homes on Sanaa Street in the east of Hodeidah city."))
    assert "Sanaa" not in found
    assert found["Hodeidah"][1] == "Al Hudaydah"


def test_a_named_neighbourhood_after_the_is_a_place(gaz):
    found = _names(gaz.find("Settlers assaulted a farmer in the Shufat neighbourhood."))
    assert found["Shufat"] == ("Shu'fat", "West Bank")


def test_a_neighbourhood_of_jerusalem_across_the_line_is_kept(gaz):
    text = "Settlers assaulted a farmer in the Shufat neighbourhood of Jerusalem on Friday."
    assert _names(gaz.find(text))["Shufat"] == ("Shu'fat", "West Bank")


def test_a_lower_case_direction_word_opens_a_known_name(gaz):
    found = _names(gaz.find("Police detained two activists in east Jerusalem overnight."))
    assert found["east Jerusalem"] == ("East Jerusalem", "West Bank")


def test_a_district_whose_seat_cities500_lacks_is_placed(gaz):
    found = gaz.find("Hundreds of people gathered in Chouf on Friday.")
    assert [(m.name, m.admin1, m.geo_precision) for m in found] == [("Chouf", "Mount Lebanon", 2)]


def test_a_reviewed_town_is_the_seat_of_its_district(gaz):
    found = _names(gaz.find("Shop owners protested in Miniyeh on Monday."))
    assert found["Miniyeh"] == ("Miniyeh", "North")


def test_the_admin1_after_a_two_name_list_rules_out_a_homonym_abroad(gaz):
    text = "Jets struck positions in rural Maariya and Tal Ahmar in Dar'a countryside."
    assert all(m.country == "Syria" for m in gaz.find(text))


def test_the_part_of_a_town_lies_in_that_towns_province(gaz):
    text = "Gunmen seized a farm in Ar Rubat area of Tuban district (Lahij) on Monday."
    assert {m.admin1 for m in gaz.find(text)} == {"Lahij"}


def test_a_neighbourhood_of_a_town_is_no_namesake_district_far_off(gaz):
    # Istanbul's Maltepe district lies 22 km from Zeytinburnu: the neighbourhood is another place
    text = "Arsonists hit a factory in Maltepe neighborhood of Zeytinburnu, Istanbul."
    assert [m.name for m in gaz.find(text)][0] == "Zeytinburnu"


def test_a_village_of_a_district_seat_may_lie_farther_off(gaz):
    text = "An IED detonated in Dogankoy village of Pervari, Siirt, killing a soldier."
    assert "Dogankoy" in [m.name for m in gaz.find(text)]


def test_a_facility_named_after_a_place_is_weak_beside_its_town(gaz):
    text = "Drivers held a sit-in at the Gamal Abdel Nasser (Al Tall) Square in Tripoli."
    found = {m.text: m for m in gaz.find(text)}
    assert found["Tripoli"].score > 0.5 > found["Al Tall"].score


def test_a_mid_sized_city_abroad_named_without_its_country_is_no_place(gaz):
    assert gaz.find("Soldiers removed tents at the roundabout in the town of Douris.") == []


def test_a_world_city_abroad_may_be_named_without_its_country(gaz):
    assert (
        _names(gaz.find("Thousands rallied in London against the war."))["London"][1] == "England"
    )


def test_the_head_of_a_longer_name_is_no_town(gaz):
    found = gaz.find("A car bomb went off at the Bab al-Sharqi market in Baghdad, police said.")
    assert [(m.name, m.country) for m in found] == [("Baghdad", "Iraq")]


@pytest.mark.parametrize(
    "text",
    [
        "Regime artillery shelled Ariha on Tuesday, killing two civilians.",
        "Syrian government forces shelled Ariha and Saraqib, activists said.",
        "Russian jets struck the town of Ariha overnight.",
    ],
)
def test_ariha_in_a_syrian_text_is_the_idlib_town_not_jericho(gaz, text):
    ariha = _names(gaz.find(text))["Ariha"]
    assert ariha == ("Ariha", "Idleb")


def test_a_name_ending_an_organisations_name_is_no_place(gaz):
    text = "Police detained the head of the National Conference for Jerusalem in east Jerusalem."
    assert [m.text for m in gaz.find(text)] == ["east Jerusalem"]


def test_dateline_abbreviations_are_no_places(gaz):
    assert [m.text for m in gaz.find("Clashes near Aleppo AFP Sunday 26 Nov 2017")] == ["Aleppo"]


def test_the_qalamoun_region_is_in_rural_damascus(gaz):
    found = _names(gaz.find("The army repelled an attack by militants in the Qalamoun region."))
    assert found["Qalamoun region"] == ("Qalamoun Mountains", "Rural Damascus")


def test_a_parenthesis_after_a_plural_list_holds_for_every_name(gaz):
    text = "Jets flew over the Foo, Ash Shawati and Nawjid military camps (Hidaybu, Suqutra)."
    assert {m.admin1 for m in gaz.find(text)} == {"Suqutra"}


def test_a_parenthesis_after_the_last_name_of_a_list_is_that_names(gaz):
    found = _names(gaz.find("Clashes in Aleppo and Saraqib (Saraqib, Idleb)."))
    assert found["Aleppo"][1] == "Aleppo" and found["Saraqib"][1] == "Idleb"


def test_a_province_after_a_comma_is_not_a_homonym_town_elsewhere(gaz):
    found = _names(gaz.find("Arsonists set fire to a warehouse in Dilovasi, Kocaeli."))
    assert found["Kocaeli"] == ("Kocaeli", "Kocaeli")


def test_a_city_after_a_comma_stays_the_city(gaz):
    found = {m.text: m for m in gaz.find("Police raided homes in Mamak, Ankara.")}
    assert (found["Ankara"].feature, found["Ankara"].admin1) == ("populated place", "Ankara")


def test_a_city_inside_a_longer_organisation_name_is_no_place(gaz):
    found = [m.text for m in gaz.find("Students rallied at the Sidon Arab University campus.")]
    assert "Sidon" not in found


def test_the_ends_of_a_route_are_weak_beside_the_place_on_it(gaz):
    text = "Tribesmen closed the road linking Aden to Taizz in Mawiyah."
    found = {m.text: m.score for m in gaz.find(text)}
    assert max(found["Aden"], found["Taizz"]) < 0.5 < found["Mawiyah"]


def test_a_reviewed_feature_is_found_with_its_head_noun_in_lower_case(gaz):
    found = {m.text: m for m in gaz.find("Katyusha rockets fell near Baghdad airport in Iraq.")}
    assert found["Baghdad airport"].name == "Baghdad International Airport"
