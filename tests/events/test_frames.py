"""Event frames: which sentences start an event and which continue one (whole pipeline, own texts)."""

from __future__ import annotations

import pytest

from frontline.model import Event

pytestmark = pytest.mark.model


def code(text: str) -> list[Event]:
    from frontline import code_article

    return code_article(text, published="2020-05-04")


def main(text: str) -> Event:
    return next(e for e in code(text) if not e.background)


def test_an_intervention_in_the_next_sentence_makes_a_protest_with_intervention() -> None:
    text = (
        "On 4 May 2020, dismissed workers organized a sit-in protest in Ankara to demand their "
        "jobs back. Police intervened and moved the protesters out of the area by force."
    )
    events = [e for e in code(text) if not e.background]
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_fire_answered_in_the_next_sentence_is_a_clash() -> None:
    text = (
        "On 4 May 2020, Houthi forces fired mortar shells at government forces in Hays district. "
        "Government forces responded to the fire, killing several Houthi fighters."
    )
    assert main(text).sub_event_type == "Armed clash"


def test_a_toll_in_the_next_sentence_belongs_to_the_event() -> None:
    text = (
        "On 4 May 2020, an IED exploded near an army patrol in Kirkuk. "
        "Two soldiers were killed and three wounded."
    )
    events = [e for e in code(text) if not e.background]
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
    assert events[0].fatalities == 2


def test_protesters_who_demand_are_protesting_not_hypothetical() -> None:
    text = "On 4 May 2020, hundreds of protesters in Kut city demanded new elections."
    assert main(text).sub_event_type == "Peaceful protest"


def test_a_conjoined_verb_is_asserted_in_its_own_right() -> None:
    text = (
        "On 4 May 2020, police forces prevented and detained 5 people who gathered in Ankara "
        "to mark Workers' Day."
    )
    assert main(text).sub_event_type == "Protest with intervention"


def test_a_threat_is_still_no_event() -> None:
    text = "On 4 May 2020, the group threatened to attack army positions in Idlib."
    assert all(e.background for e in code(text)) or not code(text)


def test_a_verb_conjoined_under_a_threat_is_still_hypothetical() -> None:
    text = "On 4 May 2020, the group vowed to retaliate and attack army positions in Idlib."
    assert all(e.background for e in code(text)) or not code(text)


def test_the_same_attack_asserted_is_an_event() -> None:
    text = "On 4 May 2020, the group retaliated and attacked army positions in Idlib."
    assert main(text).sub_event_type == "Armed clash"


def test_a_follow_up_in_a_relative_clause_does_not_escalate_the_event() -> None:
    text = (
        "On 4 May 2020, fighting raged inside the air base near Tabqa. "
        "The army lost its last foothold to a group which has captured the town."
    )
    assert main(text).sub_event_type == "Armed clash"


def test_fleeing_the_fighting_is_the_setting_of_the_strike() -> None:
    text = (
        "On 4 May 2020, an air strike killed 38 civilians in Deir ez-Zor as they tried "
        "to escape the fighting."
    )
    assert main(text).sub_event_type == "Air/drone strike"


def test_a_months_toll_is_background() -> None:
    text = "September was the deadliest month this year, with the war killing 3000 people."
    assert all(e.background for e in code(text))


def test_a_body_found_in_the_next_sentence_is_the_same_killing() -> None:
    text = (
        "On 4 May 2020, unknown gunmen shot dead a shop owner in Deir ez-Zor. "
        "His body was found near the market."
    )
    assert [e.sub_event_type for e in code(text) if not e.background] == ["Attack"]


def test_a_follow_up_is_read_in_its_frames_context() -> None:
    text = (
        "On 4 May 2020, a group of women gathered outside the prison in Gebze to protest a new "
        "law. Police intervened and prevented the group from reading their statement."
    )
    assert [e.sub_event_type for e in code(text) if not e.background] == [
        "Protest with intervention"
    ]


def test_history_in_a_month_of_a_past_year_is_background() -> None:
    text = (
        "On 4 May 2020, protesters gathered in Beirut. "
        "The movement began in October 2019 when police cracked down on protests."
    )
    events = code(text)
    assert [e.sub_event_type for e in events if not e.background] == ["Peaceful protest"]


def test_a_trigger_word_in_a_group_name_is_no_battle() -> None:
    text = "The Battle of Victory operations room was formed on 22 April 2015 by factions in Idlib."
    assert all(e.event_type != "Battles" for e in code(text))


def test_the_noun_a_group_mention_ends_on_is_still_the_event() -> None:
    text = "On 4 May 2020, Saudi-led coalition airstrikes targeted Sirwah district in Marib."
    assert main(text).sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(
    "negation",
    [
        "No arrests or clashes were reported.",
        "There were no clashes.",
        "It ended without fighting.",
    ],
)
def test_what_did_not_happen_is_no_event(negation: str) -> None:
    text = f"On 30 April 2020, police dispersed protesters in Deir ez-Zor city. {negation}"
    assert "Armed clash" not in {e.sub_event_type for e in code(text)}


def test_a_clash_beside_a_negated_toll_is_still_a_clash() -> None:
    text = "On 30 April 2020, QSD and IS clashed in Deir ez-Zor city. No fatalities were reported."
    assert main(text).sub_event_type == "Armed clash"
