"""State forces named by nationality and a force noun, or by the weapon they fire."""

import pytest

from frontline.link.actors import default_kb
from frontline.link.state_forces import find_state_forces


@pytest.fixture(scope="module")
def kb():
    return default_kb()


def found(kb, text):
    return [(m.text, m.actor_id) for m in find_state_forces(text, kb)]


def test_state_forces_chain_of_demonyms(kb):
    assert found(kb, "Russian and Syrian jets struck") == [
        ("Russian", "russia-military"),
        ("Syrian", "syria-military"),
    ]


def test_state_forces_either_of_two_states_names_both_the_first_leading(kb):
    assert found(kb, "Syrian or Russian warplanes struck") == [
        ("Syrian", "syria-military"),
        ("Russian", "russia-military"),
    ]
    assert [a for _, a in found(kb, "by Syrian government or Russian warplanes")] == [
        "syria-military",
        "russia-military",
    ]


def test_state_forces_noun_in_any_case_and_weapons(kb):
    assert found(kb, "PKK militants attacked Turkish Army units") == [
        ("Turkish", "turkey-military")
    ]
    assert found(kb, "Saudi rocket and artillery shelling hit Razih") == [
        ("Saudi", "saudi-military")
    ]
    assert found(kb, "Israeli airstrikes hit Gaza") == [("Israeli", "israel-military")]


def test_state_forces_not_led_or_backed_groups(kb):
    assert found(kb, "Saudi-led coalition aircraft") == []
    assert found(kb, "the Syrian Observatory for Human Rights") == []


@pytest.mark.parametrize(
    "text, template, country, name",
    [
        ("Mexican soldiers raided a ranch", "military", "Mexico", "Military Forces of Mexico (2018-)"),
        ("Filipino police shot a suspect", "police", "Philippines", "Police Forces of the Philippines (2016-)"),
        ("Central African troops retook the town", "military", "Central African Republic",
         "Military Forces of the Central African Republic (2016-)"),
    ],
)  # fmt: skip
def test_state_forces_of_a_country_without_a_kb_entry_take_acleds_generic_name(
    kb, text, template, country, name
):
    # the country table gives the regime period and the article ACLED writes in the name
    [mention] = find_state_forces(text, kb)
    actor = kb.generic(template, country)
    assert (mention.actor_id, mention.kind, mention.country) == (actor.id, "generic", country)
    assert actor.names[0].name == name


def test_state_forces_an_act_stands_for_the_force(kb):
    assert found(kb, "Ukrainian forces repelled a Russian assault") == [
        ("Ukrainian", "ukraine-military"),
        ("Russian", "russia-military"),
    ]


def test_state_forces_a_country_that_acts_by_force_is_its_military(kb):
    assert found(kb, "Turkey shelled Kurdish positions near Tal Rifaat") == [
        ("Turkey", "turkey-military")
    ]
    assert found(kb, "Protesters in Turkey demanded elections") == []


def test_state_forces_where_a_force_stands_stands_for_it(kb):
    assert found(kb, "Russian forces shelled Ukrainian positions near Robotyne") == [
        ("Russian", "russia-military"),
        ("Ukrainian", "ukraine-military"),
    ]
    assert found(kb, "gunmen attacked Nigerien army outposts") == [
        ("Nigerien", "generic:military:niger")
    ]


def test_state_forces_jets_named_by_their_model(kb):
    assert found(kb, "two Belgian F-16 combat jets were operating in the area") == [
        ("Belgian", "generic:military:belgium")
    ]
    assert found(kb, "Turkish F-16s bombed PKK positions") == [("Turkish", "turkey-military")]
    assert found(kb, "Syrian MiG-23 warplanes hit the town") == [("Syrian", "syria-military")]


def test_state_forces_pro_or_anti_a_state_are_another_side(kb):
    assert found(kb, "pro-Russian forces fired at UAF positions") == []
    assert found(kb, "anti-Turkish fighters attacked a base") == []
