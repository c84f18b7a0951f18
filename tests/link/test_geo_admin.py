"""Admin units written next to a name: 'X, Y', 'X village of Y, Z', 'in the countryside of Y'."""

import pytest

from frontline.link.geo_admin import admin1_after
from frontline.link.places import Gazetteer, default_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def test_admin1_after_reaches_two_hops_and_countryside_phrases(gaz):
    text = "An IED detonated in Dogankoy village of Pervari, Siirt, killing one."
    codes, plain = admin1_after(gaz, text, text.index(" village"), frozenset({"TR"}))
    assert codes == frozenset(gaz.admin1_codes("Siirt", "TR")) and plain
    text = "Clashes in the village of Daman in the eastern countryside of Deir-ez-Zor."
    codes, _ = admin1_after(gaz, text, text.index(" in the eastern"), frozenset({"SY"}))
    assert codes == frozenset(gaz.admin1_codes("Deir-ez-Zor", "SY"))


def test_admin1_after_a_plain_comma_but_not_in_a_list(gaz):
    text = "Police detained five people in Mamak, Ankara on Friday."
    codes, plain = admin1_after(gaz, text, text.index(","), frozenset({"TR"}))
    assert codes == frozenset(gaz.admin1_codes("Ankara", "TR")) and plain
    text = "Shelling hit Aleppo, Idlib and Hama."
    assert admin1_after(gaz, text, text.index(","), frozenset({"SY"})) == (frozenset(), False)


def test_admin1_after_lower_case_words_and_a_direction(gaz):
    text = "Gunmen shot a man in Karaa qat market in the north of Aden on Monday."
    codes, plain = admin1_after(gaz, text, text.index(" qat"), frozenset({"YE"}))
    assert codes == frozenset(gaz.admin1_codes("Aden", "YE")) and not plain


def test_a_name_whose_admin1_is_written_after_it_is_not_a_homonym_abroad(gaz):
    found = {
        m.text: m
        for m in gaz.find("Gunmen shot a man in Al Karaa qat market in the north of Aden.")
    }
    assert "Al Karaa" not in found or found["Al Karaa"].country == "Yemen"
    assert found["Aden"].country == "Yemen"


def test_an_alias_in_brackets_does_not_hide_the_province_after_it():
    gaz = default_gazetteer()
    text = "Arsonists hit a plant in Saray neighborhood of Kahramankazan (Kazan), Ankara."
    assert {m.admin1 for m in gaz.find(text) if m.text == "Saray"} <= {"Ankara"}


def test_a_parenthesis_after_no_name_places_its_district(gaz):
    text = "Tribesmen clashed with Houthi forces in the mountains (Mukayras, Al Bayda) on Monday."
    (m,) = [m for m in gaz.find(text) if m.text == "Mukayras"]
    assert (m.admin1, m.admin2, m.geo_precision) == ("Al Bayda", "Mukayras", 2)
    assert text[m.start : m.end] == "Mukayras"  # the offsets of the district inside the brackets


def test_a_country_before_a_parenthesis_gives_way_to_the_district_inside(gaz):
    text = "Shells fell on farms of Al Qutay area in western Yemen (Hays, Al Hudaydah) on Monday."
    found = {m.text: m for m in gaz.find(text)}
    assert "Yemen" not in found
    assert (found["Hays"].admin1, found["Hays"].geo_precision) == ("Al Hudaydah", 2)
    # no district in the parenthesis: the country's name still carries the governorate
    (m,) = gaz.find("Saudi shelling hit villages in northwestern Yemen (Sadah).")
    assert (m.admin1, m.geo_precision) == ("Sadah", 2)


def test_admin1_after_a_country_name_is_the_country_unless_it_has_such_a_unit(gaz):
    text = "Residents held a protest in Batumi, Georgia against a highway."
    assert admin1_after(gaz, text, text.index(","), frozenset({"GE"})) == (frozenset(), False)
    [batumi, _] = gaz.find(text)
    assert (batumi.name, batumi.country) == ("Batumi", "Georgia")
    text = "In Tenancingo, Mexico, traders demonstrated in front of the DIF."
    codes, plain = admin1_after(gaz, text, text.index(","), frozenset({"MX"}))
    assert codes == frozenset(gaz.admin1_codes("Mexico", "MX")) and plain
