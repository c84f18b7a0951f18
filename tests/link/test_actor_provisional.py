"""Groups the KB lacks are kept as provisional actors with evidence and a guessed type."""

from frontline.link.actor_provisional import find_provisional
from frontline.link.actors import ActorKB, default_kb

LIST = (
    "The coalition is made up of Ahrar al Sham, the small Uzbek group Katibat Suyuf al Haqq, "
    "the larger Uzbek group Imam Qasim Jamaat, and Harakat Nur al Sham al Islamiyya."
)


def test_provisional_groups_introduced_by_a_group_noun_or_a_head_word():
    kb = default_kb()
    taken = [(m.start, m.end) for m in kb.find(LIST) if m.kind == "kb"]
    names = [g.name for g in find_provisional(LIST, taken)]
    assert names == [
        "Katibat Suyuf al Haqq",
        "Imam Qasim Jamaat",
        "Harakat Nur al Sham al Islamiyya",
    ]


def test_provisional_type_comes_from_the_words_around():
    rebel = find_provisional("Jihadist fighters of Katibat Suyuf al Haqq attacked.", [])
    assert (rebel[0].inter, rebel[0].kind) == (2, "rebel")
    party = find_provisional("Members of the party Hizb al Nur al Jadid protested.", [])
    assert (party[0].name, party[0].inter, party[0].kind) == ("Hizb al Nur al Jadid", 3, "party")
    assert party[0].evidence == "Members of the party Hizb al Nur al Jadid protested."


def test_provisional_numbered_units_and_parts_of_known_actors_are_not_new_groups():
    kb = default_kb()
    text = (
        "fighters of the 1st Naval Brigade and the Ash Shuhada Battalion of the Southern Resistance"
    )
    taken = [(m.start, m.end) for m in kb.find(text, country="Yemen") if m.kind == "kb"]
    assert find_provisional(text, taken) == []


def test_provisional_actors_are_found_with_the_kb_and_resolvable():
    kb = ActorKB.load()  # a fresh KB: provisional actors are registered on the KB that found them
    found = [m for m in kb.find(LIST, country="Syria") if m.kind == "provisional"]
    assert [m.text for m in found][:1] == ["Katibat Suyuf al Haqq"]
    actor = kb.get(found[0].actor_id)
    assert actor.kind == "provisional" and actor.inter == 2 and actor.country == "Syria"
    assert any("Katibat Suyuf al Haqq" in s for s in actor.evidence)


def test_provisional_people_states_and_noise_are_not_groups():
    text = (
        "Rami Abdel Rahman, who heads the monitoring group, told Reuters Tuesday that US Air Forces "
        "and Russias Aerospace Forces struck. The group Mahmoud Khalil Saeed spoke."
    )
    assert find_provisional(text, []) == []
