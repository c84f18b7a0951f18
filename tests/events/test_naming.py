"""Naming: ACLED names valid on the day, never an ally as the other side, no invented periods."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

JISR = (
    "Fighters from the Jaysh al-Fatah coalition captured the town of Jisr al-Shughur in Syria's "
    "Idlib province on Saturday, the Nusra Front and allied groups claimed.\n\n"
    "The Syrian army said its units had pulled back to positions south of the town."
)
ALEPPO = (
    "Hayat Tahrir al-Sham fighters clashed with Syrian army troops west of Aleppo, the group said."
)


def _code(text: str, published: str | None):
    from frontline import code_article

    return [e for e in code_article(text, published=published) if not e.background]


def test_naming_opponent_is_never_a_coalition_partner():
    main = _code(JISR, "2015-04-25")[0]
    assert main.actor1 == "Jaysh al Fatah"
    assert main.actor2.startswith("Military Forces of Syria (2000-2024)")
    assert "Jabhat al Nusra" in main.assoc_actor_1


def test_naming_undated_event_uses_the_publication_date():
    events = _code(ALEPPO, "2015-03-01")
    assert events[0].actor1 == "Jabhat al Nusra"  # HTS's lineage on the day of publication
    assert events[0].actor2 == "Military Forces of Syria (2000-2024)"


def test_naming_without_any_date_leaves_the_period_out_and_says_so():
    event = _code(ALEPPO, None)[0]
    assert event.actor2 == "Military Forces of Syria"
    assert any("no date" in f and "period" in f for f in event.flags)


def test_naming_saudi_forces_in_yemen_are_the_coalition_operation():
    text = "Saudi forces fired artillery at villages in Razih district, Saada, Yemen, injuring a child."
    event = _code(text, "2020-05-09")[0]
    assert event.actor1 == "Operation Restoring Hope"
    assert event.assoc_actor_1 == "Military Forces of Saudi Arabia (2015-)"


def test_naming_a_source_is_not_the_agent_of_a_passive():
    text = (
        "PKK militants attacked Turkish Army units in Cukurca district of Hakkari, killing 2 "
        "Turkish soldiers, as reported by HPG."
    )
    event = _code(text, "2020-05-06")[0]
    assert event.actor1 == "PKK: Kurdistan Workers Party"
    assert event.actor2 == "Military Forces of Turkey (2016-)"


def test_naming_unknown_group_is_a_provisional_actor_with_a_flag():
    text = "Jihadists of the Uzbek group Katibat Suyuf al Haqq attacked regime positions in Idlib."
    event = _code(text, "2015-04-25")[0]
    assert (
        event.actor1 == "Katibat Suyuf al Haqq" and event.actor1_id == "prov:katibat-suyuf-al-haqq"
    )
    assert event.inter1 == 2
    assert any("provisional" in f for f in event.flags)


def test_naming_a_state_forces_own_group_is_coded_as_that_force():
    event = _code(
        "The PMF's Badr Organization killed 4 IS militants east of Samarra.", "2020-05-03"
    )[0]
    assert event.actor1 == "Military Forces of Iraq (2018-) Popular Mobilization Forces"
    assert event.assoc_actor_1 == "Badr Organization"
    text = (
        "The regime's Military Intelligence arrested 20 young people in Kafr Batna, Rural Damascus."
    )
    unit = _code(text, "2020-05-01")[0]
    assert unit.actor1 == "Military Forces of Syria (2000-2024) Military Intelligence"


def test_naming_unplaced_generic_actor_takes_the_country_the_article_names():
    text = "Protesters blocked the Zzqaqour highway against the collapse of the Lebanese pound."
    event = _code(text, "2020-05-05")[0]
    assert event.actor1 == "Protesters (Lebanon)"


def test_naming_generic_actor_in_a_text_naming_no_country_takes_the_outlets_country():
    from frontline.pipeline import code_article

    text = "Protesters blocked the Zzqaqour bridge in both directions."
    local = code_article(text, published="2020-05-05", source="El Nashra; An-Nahar")[0]
    assert local.actor1 == "Protesters (Lebanon)" and local.country == "Lebanon"
    # an international agency says nothing about where it happened
    wire = code_article(text, published="2020-05-05", source="Reuters")[0]
    assert wire.actor1 == "Protesters (Unknown)"


def test_naming_unplaced_state_force_abroad_is_in_the_country_named():
    text = "Saudi forces fired artillery at villages in northwestern Yemen, injuring a child."
    event = _code(text, "2020-05-09")[0]
    assert (event.country, event.actor1) == ("Yemen", "Operation Restoring Hope")


def test_naming_peaceful_protest_has_no_second_actor():
    text = "Protesters blocked the airport road in Beirut, calling for the release of prisoners."
    event = _code(text, "2020-05-06")[0]
    assert event.sub_event_type == "Peaceful protest"
    assert (event.actor1, event.actor2) == ("Protesters (Lebanon)", "")


def test_naming_targeted_identity_group_is_civilians_with_an_associate():
    text = "A Houthi supervisor shot and injured a woman in Wusab Al Ali district, Dhamar, Yemen."
    event = _code(text, "2020-05-06")[0]
    assert (event.actor2, event.assoc_actor_2) == ("Civilians (Yemen)", "Women (Yemen)")


def test_naming_rioters_attacking_property_act_on_civilians():
    text = (
        "Rioters hurled a Molotov cocktail at the Audi Bank in Beirut. No injuries were reported."
    )
    event = _code(text, "2020-05-03")[0]
    assert event.event_type == "Riots"
    assert (event.actor1, event.actor2) == ("Rioters (Lebanon)", "Civilians (Lebanon)")


def test_naming_rioters_fighting_forces_have_the_forces_as_actor2():
    text = (
        "Rioters hurled rocks and Molotov cocktails at Police forces in Bohssas, Tripoli, Lebanon."
    )
    event = _code(text, "2020-04-28")[0]
    assert event.event_type == "Riots" and event.actor2.startswith("Police Forces of Lebanon")


def test_naming_protest_with_intervention_has_the_intervening_force_as_actor2():
    text = (
        "Dismissed teachers held a sit-in protest on Ataturk Boulevard in Ankara to demand their "
        "jobs back. Police intervened and removed the protesters by force."
    )
    event = _code(text, "2020-05-02")[0]
    assert event.sub_event_type == "Protest with intervention"
    assert (event.actor1, event.actor2) == (
        "Protesters (Turkey)",
        "Police Forces of Turkey (2016-)",
    )


def test_naming_forces_named_before_the_country_is_known_are_that_countrys():
    from frontline.pipeline import code_article

    text = "Rioters blocked a road in Zzqaqour and clashed with military forces sent to reopen it."
    event = code_article(text, published="2020-04-28", source="An-Nahar")[0]
    assert event.actor1 == "Rioters (Lebanon)"
    assert event.actor2 == "Military Forces of Lebanon (2020-)"


def test_naming_members_of_a_party_are_civilians_with_the_party_as_associate():
    event = _code("Police detained members of the HDP in Diyarbakir.", "2020-05-04")[0]
    assert (event.actor2, event.assoc_actor_2) == (
        "Civilians (Turkey)",
        "HDP: Peoples Democratic Party",
    )


def test_naming_jisr_capture_is_the_coalition_against_the_army():
    from pathlib import Path

    text = (Path(__file__).parents[2] / "examples" / "jisr_al_shughur_2015.txt").read_text()
    main = _code(text, "2015-04-25")[0]
    assert main.sub_event_type == "Non-state actor overtakes territory"
    assert (main.actor1, main.actor2) == ("Jaysh al Fatah", "Military Forces of Syria (2000-2024)")
    assert "Jabhat al Nusra" in main.assoc_actor_1


# Our own text: a 2015 coalition article recalling a 2013 capture by rebels.
OLD_CAPTURE = (
    "The Jaysh al-Fatah coalition, led by the Nusra Front and Ahrar al-Sham, took Idlib city on "
    "Saturday.\n\n"
    "Idlib is the second provincial capital lost by the government, after Raqqa fell to rebels in "
    "March 2013 and later became the main stronghold of the Islamic State group."
)


def test_naming_generic_rebels_before_the_articles_coalition_existed_stay_generic():
    from frontline import code_article

    old = [e for e in code_article(OLD_CAPTURE, published="2015-03-28") if e.background]
    capture = next(e for e in old if e.event_date and e.event_date.startswith("2013-03"))
    assert capture.actor1 == "Opposition Rebels (Syria)"
    assert capture.actor2 != "Islamic State (Syria)"
    assert "Jabhat al Nusra" not in capture.assoc_actor_1 + capture.actor2


def test_naming_generic_rebels_inside_the_coalitions_dates_are_the_coalition():
    from frontline import code_article

    text = OLD_CAPTURE.replace("March 2013", "April 2015").replace(
        " and later became the main stronghold of the Islamic State group", ""
    )
    events = code_article(text, published="2015-04-30")
    capture = next(e for e in events if e.location and "Raqq" in e.location)
    assert capture.actor1 == "Jaysh al Fatah"


def test_naming_an_unidentified_attacker_of_a_cartel_killing_is_a_gang_in_latin_america():
    text = (
        "On 3 March 2024, unidentified gunmen shot dead a shopkeeper in Celaya, Guanajuato, "
        "Mexico, after he refused to pay the extortion demanded by a local cartel."
    )
    assert _code(text, "2024-03-05")[0].actor1 == "Unidentified Gang (Mexico)"


def test_naming_the_same_killing_without_marks_of_organised_crime_stays_an_armed_group():
    text = (
        "On 3 March 2024, unidentified gunmen shot dead a shopkeeper in Celaya, Guanajuato, Mexico."
    )
    assert _code(text, "2024-03-05")[0].actor1 == "Unidentified Armed Group (Mexico)"


def test_naming_an_execution_is_a_mark_of_organised_crime_a_wrapped_body_is_not():
    bound = (
        "On 3 May 2020, in Jacona, Michoacan, two men were shot and killed and their bodies "
        "found handcuffed near a ranch. 2 fatalities."
    )
    wrapped = (
        "On 3 May 2020, in Zapopan, Jalisco, a person was found dead. The body was wrapped in a "
        "blanket. 1 fatality."
    )
    assert _code(bound, "2020-05-05")[0].actor1 == "Unidentified Gang (Mexico)"
    assert _code(wrapped, "2020-05-05")[0].actor1 == "Unidentified Armed Group (Mexico)"


def test_naming_gangs_are_only_named_where_acled_codes_organised_crime_as_gangs():
    text = (
        "On 3 March 2024, unidentified gunmen shot dead a drug trafficker in Peshawar, "
        "Khyber Pakhtunkhwa, Pakistan."
    )
    assert _code(text, "2024-03-05")[0].actor1 == "Unidentified Armed Group (Pakistan)"


def test_naming_generic_rebels_are_never_the_group_they_fight():
    main = _code(
        "Rebels shelled the Sheikh Maqsoud neighbourhood of Aleppo, held by the Kurdish YPG "
        "militia, on Saturday.",
        "2016-06-18",
    )[0]
    assert main.actor1 == "Opposition Rebels (Syria)"
    assert main.actor2 == "YPG: People's Protection Units"
