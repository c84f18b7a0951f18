"""A name the gazetteer lacks in this spelling, written beside its admin1, is looked up by its
consonant skeleton among that admin1's places (geo_loose)."""

import pytest

from frontline.link.places import Gazetteer, default_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _found(gaz: Gazetteer, text: str) -> dict:
    return {m.text: m for m in gaz.find(text)}


def test_a_spelling_variant_beside_its_admin1_is_the_village(gaz):
    m = _found(gaz, "On 1 May 2020, regime forces shelled Sfuhen in the countryside of Idleb.")
    assert (m["Sfuhen"].name, m["Sfuhen"].admin1, m["Sfuhen"].geo_precision) == (
        "Safuhun", "Idleb", 1)  # fmt: skip


def test_a_spelling_variant_in_a_province_named_after_it(gaz):
    text = "IS militants attacked the PMF at Mukeshefah in Saladin province."
    assert _found(gaz, text)["Mukeshefah"].name == "Mukayshifah"


def test_without_its_admin1_a_spelling_variant_is_no_place(gaz):
    assert "Sfuhen" not in _found(gaz, "On 1 May 2020, regime forces shelled Sfuhen again.")


def test_the_skeleton_is_looked_up_only_in_the_named_admin1(gaz):
    # Safuhun lies in Idleb: a Sfuhen said to be in Hama is not it
    assert "Sfuhen" not in _found(gaz, "On 1 May 2020, regime forces shelled Sfuhen in Hama.")


def test_a_three_consonant_skeleton_is_enough_within_the_named_admin1(gaz):
    text = "A police officer was shot dead by IS snipers in Zaghniya village in Diyala province."
    assert _found(gaz, text)["Zaghniya"].name == "Zaghiniyah"


def test_a_spelling_that_names_a_place_abroad_is_still_respelled_beside_its_admin1(gaz):
    # 'Ftireh' is also a key of places abroad; beside Idleb it is the village Fatirah
    m = _found(gaz, "On 29 April 2020, regime forces shelled Ftireh in Idleb using rocket fire.")
    assert (m["Ftireh"].name, m["Ftireh"].admin1) == ("Fatirah", "Idleb")


def test_a_kh_spelling_of_a_gh_name_is_the_village(gaz):
    m = _found(gaz, "A man was found dead in the town of Aghtrin in the countryside of Aleppo.")
    assert (m["Aghtrin"].name, m["Aghtrin"].admin1) == ("Akhtarin", "Aleppo")
