"""Groups the KB lacks are kept as provisional actors with evidence and a guessed type."""

import threading

import pytest

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
    kb = ActorKB.load()
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


OTHER = "Fighters of the group Liwa Suqur al Jabal shelled a village near Hama."


def test_provisional_actors_belong_to_the_article_not_to_the_shared_kb():
    kb = default_kb()
    first = {m.actor_id for m in kb.find(LIST, country="Syria") if m.kind == "provisional"}
    assert first and all(i in kb for i in first)
    assert not any(a.id.startswith("prov:") for a in kb.actors.values())
    second = {m.actor_id for m in kb.find(OTHER, country="Syria") if m.kind == "provisional"}
    assert second == {"prov:liwa-suqur-al-jabal"}
    assert not any(i in kb for i in first)  # the first article's groups are gone
    assert {a.id for a in kb.provisional_actors()} == second


def test_provisional_actors_of_a_passage_stay_with_its_article():
    kb = default_kb()
    kb.find(LIST, country="Syria")
    kb.find("Katibat Suyuf al Haqq fighters", new_article=False)
    assert "prov:imam-qasim-jamaat" in kb


def test_provisional_actors_of_concurrent_articles_do_not_mix():
    kb = default_kb()
    seen: dict[str, set[str]] = {}

    def code(name: str, text: str) -> None:
        kb.find(text, country="Syria")
        seen[name] = {a.id for a in kb.provisional_actors()}

    threads = [threading.Thread(target=code, args=a) for a in (("a", LIST), ("b", OTHER))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen["b"] == {"prov:liwa-suqur-al-jabal"}
    assert "prov:liwa-suqur-al-jabal" not in seen["a"] and len(seen["a"]) == 3


@pytest.mark.model
def test_provisional_actors_do_not_leak_between_articles_coded_by_one_coder():
    from frontline.model import Article
    from frontline.pipeline import Coder

    coder = Coder.default()
    text_a = (
        "The small Uzbek group Katibat Suyuf al Haqq and the larger Uzbek group Imam Qasim Jamaat "
        "attacked army posts in Idlib."
    )
    a = Article(id="a", text=text_a, published=None)
    b = Article(id="b", text="Unknown gunmen attacked an army post in Idlib.", published=None)
    (_, events_a), (_, events_b) = coder.code_articles([a, b])
    ids_a = {i for e in events_a for i in (e.actor1_id, e.actor2_id) if i and i.startswith("prov:")}
    assert ids_a, "article A names groups the KB lacks"
    named_b = {e.actor1 for e in events_b} | {e.actor2 for e in events_b}
    assert not any(n in named_b for n in ("Katibat Suyuf al Haqq", "Imam Qasim Jamaat"))
    assert not any(i in coder.kb for i in ids_a)
    assert not any(a.id.startswith("prov:") for a in coder.kb.actors.values())


def test_a_provisional_group_is_found_again_where_the_article_repeats_its_name():
    from frontline import code_article

    [event] = code_article(LIST + " Katibat Suyuf al Haqq attacked army posts in Idlib.")
    assert (event.actor1, event.actor1_id) == (
        "Katibat Suyuf al Haqq",
        "prov:katibat-suyuf-al-haqq",
    )
