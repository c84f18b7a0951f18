"""Country-scoped knowledge: operations a state acts as, bare unit names, supporter phrases."""

import datetime as dt

import pytest

from frontline.link.actors import default_kb


@pytest.fixture(scope="module")
def kb():
    return default_kb()


def test_actors_scoped_saudi_forces_in_yemen_act_as_the_operation(kb):
    assert (
        kb.acting_as("saudi-military", "Yemen", dt.date(2020, 5, 1)) == "operation-restoring-hope"
    )
    assert (
        kb.acting_as("saudi-military", "Yemen", dt.date(2015, 4, 1)) == "operation-decisive-storm"
    )
    assert kb.acting_as("saudi-military", "Saudi Arabia", dt.date(2020, 5, 1)) is None
    assert kb.acting_as("saudi-military", None, dt.date(2020, 5, 1)) is None


def test_actors_scoped_bare_unit_name_resolves_in_its_country(kb):
    found = [(m.text, m.actor_id) for m in kb.find("the Gendarmerie said", country="Turkey")]
    assert found == [("Gendarmerie", "turkey-gendarmerie")]
    amajid = kb.find("Amajid Brigade forces advanced", country="Yemen")
    assert amajid[0].actor_id == "yemen-amajid-brigade"


def test_actors_scoped_an_acronym_two_countries_share_is_the_one_of_the_country(kb):
    # SNA: the Syrian National Army in Syria, the Somali National Army in Somalia
    assert [m.actor_id for m in kb.find("SNA troops advanced", country="Syria")] == ["sna"]
    somalia = [m.actor_id for m in kb.find("SNA troops advanced", country="Somalia")]
    assert somalia == ["somalia-military"]
    assert kb.validate() == []


def test_actors_scoped_supporter_phrase_takes_any_force_noun(kb):
    for text in ("pro-Houthi reinforcements arrived", "the pro-Houthi air defence fired"):
        assert [m.actor_id for m in kb.find(text)] == ["houthis"], text
    assert [m.actor_id for m in kb.find("pro-STC fighters clashed")] == ["yemen-security-belt"]


def test_actors_scoped_named_tribes_become_named_generic_actors(kb):
    found = kb.find("clashes between Al Muaili and Al Mahtam tribesmen", country="Yemen")
    named = [(m.text, m.actor_id) for m in found if m.actor_id.startswith("generic:tribal-militia")]
    assert named == [
        ("Al Muaili", "generic:tribal-militia:al-muaili:yemen"),
        ("Al Mahtam", "generic:tribal-militia:al-mahtam:yemen"),
    ]
    named_actor = kb.generic("tribal-militia", "Yemen", name="Al Muaili")
    assert named_actor.name == "Al Muaili Tribal Militia (Yemen)"


def test_actors_scoped_state_force_members_are_the_countrys_forces(kb):
    found = kb.find("IS militants killed a soldier and a police officer", country="Iraq")
    assert [m.actor_id for m in found] == ["islamic-state-iraq", "iraq-military", "iraq-police"]


def test_actors_scoped_own_descriptor_beats_a_generic_template(kb):
    found = kb.find("soldiers fired rubber bullets", country="Lebanon")
    assert [m.actor_id for m in found] == ["lebanon-military"]
