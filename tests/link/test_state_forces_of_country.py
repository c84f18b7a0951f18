"""State forces named with the country's name: "military forces of Armenia"."""

from frontline.link.actors import default_kb
from frontline.link.state_forces import find_state_forces


def found(text):
    return [(m.text, m.actor_id) for m in find_state_forces(text, default_kb())]


def test_state_forces_of_country_name():
    text = "military forces of Armenia fired on the positions of the military forces of Azerbaijan"
    assert found(text) == [
        ("military forces of Armenia", "generic:military:armenia"),
        ("military forces of Azerbaijan", "generic:military:azerbaijan"),
    ]
    assert default_kb().generic("military", "Armenia").name == "Military Forces of Armenia (2018-)"


def test_state_forces_of_country_with_article_and_police():
    assert found("police forces of the Philippines arrested him") == [
        ("police forces of the Philippines", "generic:police:philippines")
    ]


def test_state_forces_of_country_kb_actor():
    assert found("soldiers of Syria") == [("soldiers of Syria", "syria-military")]


def test_state_forces_of_a_chain_of_countries():
    assert found("military forces of India and Pakistan exchanged fire") == [
        ("military forces of India", "generic:military:india"),
        ("Pakistan", "generic:military:pakistan"),
    ]


def test_state_forces_possessive_and_defence_forces():
    assert found("Mozambique's military re-captured Quissanga") == [
        ("Mozambique's military", "generic:military:mozambique")
    ]
    assert found("the Defense Forces of Mozambique bombed militants") == [
        ("Defense Forces of Mozambique", "generic:military:mozambique")
    ]
    assert (
        default_kb().generic("military", "Mozambique").name
        == "Military Forces of Mozambique (1990-)"
    )


def test_state_forces_of_a_country_acled_names_with_the_article_are_the_kb_actor():
    actor = default_kb().generic("military", "United States")
    assert actor.name.startswith("Military Forces of the United States (")
    assert not actor.id.startswith("generic:")
