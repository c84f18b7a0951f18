"""The coder end to end on our own sentences: restatements, ongoing fighting and vague dates."""

from __future__ import annotations

import pytest

from frontline.model import Event

pytestmark = pytest.mark.model

TAKES = "Non-state actor overtakes territory"


def code(text: str, published: str = "2015-05-31") -> list[Event]:
    from frontline import code_article

    return code_article(text, published=published)


def test_a_ranking_of_the_capture_corroborates_it_instead_of_naming_a_new_captor() -> None:
    text = (
        "Nusra Front fighters captured the town of Ariha from government forces on Saturday, "
        "activists said.\n\nAriha is only the third town in the province after Saraqib, now a "
        "stronghold of the Islamic State, to fall under rebel control since the war began."
    )
    events = code(text)
    at_ariha = [e for e in events if e.location == "Ariha"]
    assert [e.actor1 for e in at_ariha] == ["Jabhat al Nusra"]
    assert any("third town" in ev.text for ev in at_ariha[0].evidence)
    # the standing control it mentions on the way is still background knowledge
    assert any(
        e.background and "Islamic State" in e.actor1 for e in events if e.location != "Ariha"
    )


def test_a_background_ranking_with_nothing_to_corroborate_is_no_event() -> None:
    assert code("Hama is the second city to fall to the Islamic State since the war began.") == []


def test_ongoing_fighting_elsewhere_is_no_capture() -> None:
    text = (
        "Nusra Front fighters captured the town of Ariha from government forces on Saturday.\n\n"
        "Besides fighting in Ariha, the Nusra Front is also fighting in Saraqib and in other areas "
        "of the province."
    )
    events = code(text)
    assert [(e.location, e.sub_event_type) for e in events if e.sub_event_type == TAKES] == [
        ("Ariha", TAKES)
    ]
    assert [e.sub_event_type for e in events if e.location == "Saraqib"] == ["Armed clash"]


def test_a_report_of_the_weekend_is_dated_to_it_with_week_precision() -> None:
    text = "Rebels shelled the town of Saraqib in Idlib province over the weekend, activists said."
    [event] = code(text, published="2015-04-27")
    assert (event.event_date, event.time_precision) == ("2015-04-25", 2)


def test_a_capture_of_an_unlisted_village_in_a_known_place_is_only_near_it() -> None:
    text = "Nusra Front fighters captured Qarqur Jadid village in Latakia on Saturday."
    [event] = code(text)
    assert (event.admin1, event.geo_precision) == ("Lattakia", 2)
    named = code("Nusra Front fighters captured the village of Ariha on Saturday.")
    assert named[0].location == "Ariha" and named[0].geo_precision == 1


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in code(text, published="2020-05-10") if not e.background]


def test_arrests_of_the_participants_make_a_protest_one_with_intervention() -> None:
    text = "On 9 May 2020, nurses held a protest in Lisbon over unpaid wages. Police arrested 4 of them."
    assert _subs(text)[0] == "Protest with intervention"
    text = (
        "On 9 May 2020, nurses held a protest in Lisbon against the arrest of a union leader. "
        "He was arrested last week on a fraud charge."
    )
    assert _subs(text)[0] == "Peaceful protest"


def test_a_victim_who_was_a_gang_member_makes_the_killing_a_battle() -> None:
    text = "On 9 May 2020, a man was shot to death in Recife. The victim was a gang member."
    assert _subs(text)[0] == "Armed clash"
    assert _subs("On 9 May 2020, a man was shot to death in Recife.")[0] == "Attack"


def test_a_protest_that_clashes_with_police_is_a_violent_demonstration() -> None:
    text = (
        "On 9 May 2020, residents demonstrated in Lagos over power cuts. "
        "Some of them clashed with the police."
    )
    assert _subs(text)[0] == "Violent demonstration"


def test_an_article_over_the_time_limit_keeps_what_was_coded_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Syrian warplanes struck Ariha on Sunday, killing 7 civilians, activists said.\n\n" * 40
    assert code(text) and not any(
        f.startswith("coding-time-limit") for e in code(text) for f in e.flags
    )
    monkeypatch.setenv("FRONTLINE_MAX_CODING_SECONDS", "0")
    # no frame fits in a zero budget: the article is coded as nothing rather than hanging
    assert [e for e in code(text) if e.sub_event_type == "Air/drone strike"] == []


def test_the_headlines_death_toll_names_the_main_event() -> None:
    from frontline import code_article

    text = (
        "Syrian Democratic Forces made gains in Manbij on 26 June 2016. Russian jets were seen "
        "at Hmeimim air base. Three Russian air raids on Al Quriyah southeast of Deir Ezzor city "
        "killed 58 civilians on 26 June 2016."
    )
    [main, *_] = code_article(text, published="2016-06-26",
                              title="Russian strikes kill 58 civilians")  # fmt: skip
    assert (main.sub_event_type, main.fatalities) == ("Air/drone strike", 58)


def test_only_an_armed_actor_holds_ground_in_a_control_statement() -> None:
    events = code(
        "In Idlib city, all the hospital's beds were occupied by men, women and children."
    )
    assert not [e for e in events if e.flags and "control statement" in e.flags[0]]
    held = code(
        "Saraqib, a town in Idlib province, has been controlled by the Nusra Front since 2015."
    )
    assert any(e.background and e.actor1 == "Jabhat al Nusra" for e in held)


def test_working_people_demanding_or_marking_labour_day_are_protesting() -> None:
    text = (
        "On 5 May 2020, in Monclova, Coahuila, workers of a company demanded their unpaid salaries."
    )
    assert _subs(text) == ["Peaceful protest"]
    text = (
        "On 1 May 2020, in Chilpancingo, Guerrero, teachers commemorated labor day in the square."
    )
    assert _subs(text) == ["Peaceful protest"]
    # a government's demand is no demonstration
    assert _subs("On 5 May 2020, the Mexican government demanded an apology from Spain.") == []


def test_arrests_after_a_road_blockade_make_it_a_protest_with_intervention() -> None:
    text = (
        "On 28 April 2020, in Villahermosa, Tabasco, a group of people blocked an avenue to ask "
        "the state government for food. Five police patrols arrived and arrested three people."
    )
    assert _subs(text) == ["Protest with intervention"]


def test_a_nerve_gas_attack_is_a_chemical_weapon_event() -> None:
    text = "On 9 May 2020, at least 640 people were killed in a nerve gas attack on Ghouta, Syria."
    assert _subs(text) == ["Chemical weapon"]


def test_property_destruction_and_seizures_told_at_length_are_still_coded() -> None:
    arson = (
        "On 5 May 2020, in Ponce city, three apartments which were used to stash weapons and "
        "drugs by drug traffickers were set on fire by unknown individuals."
    )
    seizure = (
        "On 8 May 2020, in Seropedica, Rio de Janeiro, the Federal Highway Police seized in the "
        "Presidente Dutra Highway (BR-116) 1 ton of marijuana hidden in a truck."
    )
    smashed = (
        "On 1 May 2020, anarchists smashed with sledgehammers the glass front of a bank in Athens."
    )
    for text in (arson, seizure, smashed):
        assert _subs(text) == ["Looting/property destruction"], text
