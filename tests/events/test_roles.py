"""Roles: who acted, on whom, from word order and a few cue words."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _main(text: str, published: str = "2020-05-07"):
    from frontline import code_article

    return [e for e in code_article(text, published=published) if not e.background][0]


def test_roles_object_named_before_the_trigger():
    event = _main(
        "Turkish Army Forces killed 4 PKK militants during airstrikes in Haftanin region of Dahuk."
    )
    assert event.actor1 == "Military Forces of Turkey (2016-)"
    assert event.actor2 == "PKK: Kurdistan Workers Party"


def test_roles_the_source_of_a_report_is_not_a_party():
    event = _main(
        "HPG reported that Turkish Military forces conducted airstrikes in Haftanin region of Dahuk."
    )
    assert event.actor1 == "Military Forces of Turkey (2016-)"
    # the reporting group is not the attacker; with no other target it reports strikes on itself
    assert event.actor2 == "PKK: Kurdistan Workers Party"


def test_roles_a_source_quoted_with_according_to_is_not_a_party():
    event = _main(
        "According to a source at Aleppo Police Command two people were killed in a rocket "
        "attack launched by terrorists on Salah Eddin neighborhood in Aleppo."
    )
    assert event.actor1 == "Unidentified Armed Group (Syria)"
    assert "Police" not in event.actor2


def test_roles_a_government_that_strikes_does_so_by_its_military():
    # ACLED: Government of X is the civilian authority, Military Forces of X its armed forces
    event = _main("Syrian government air strikes killed 5 people in Douma.")
    assert event.actor1 == "Military Forces of Syria (2000-2024)"


def test_roles_a_possessive_that_owns_the_act_is_the_actor():
    event = _main("The PMF's rocket shelling targeted IS gatherings east of Amerli in Saladin.")
    assert event.actor1.startswith("Military Forces of Iraq (2018-) Popular Mobilization Forces")


def test_roles_a_possessive_that_qualifies_another_actor_is_not():
    from frontline.events.roles import role_candidates
    from frontline.link.actors import default_kb

    text = "al Qaeda's branch, the Nusra Front, attacked Idlib."
    kept = role_candidates(text, default_kb().find(text, country="Syria"))
    assert [m.actor_id for m in kept] == ["jabhat-al-nusra"]


def test_roles_the_attacker_of_a_thwarted_attack_is_actor1():
    event = _main("On 4 May 2020, Iraqi forces repelled an IS attack near Shirqat in Saladin.")
    assert event.actor1 == "Islamic State (Iraq)"
    assert event.actor2 == "Military Forces of Iraq (2018-)"


def test_roles_a_mention_inside_the_trigger_is_the_actor():
    event = _main("Gunmen riding a motorcycle shot dead an IDP civilian in Mastumeh, Idleb.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Syria)", "Civilians (Syria)")


def test_roles_the_owner_of_a_targeted_post_is_the_party():
    from frontline.events.roles import role_candidates
    from frontline.link.actors import default_kb

    text = "A Turkish drone attacked a military post belonging to Asayish in Ain al Arab."
    kept = role_candidates(text, default_kb().find(text, country="Syria"))
    assert "syria-military" not in [m.actor_id for m in kept]


def test_roles_a_pronoun_subject_is_the_previous_sentences_actor():
    text = (
        "On 5 May 2020, pro-Hadi forces reportedly thwarted attacks of pro-Houthi forces in Marib. "
        "They then reportedly made territorial gains."
    )
    from frontline import code_article

    gains = [
        e for e in code_article(text, published="2020-05-05") if "territory" in e.sub_event_type
    ]
    assert gains and gains[0].actor1 == "Military Forces of Yemen (2012-)"


def test_roles_between_in_another_clause_does_not_name_the_sides():
    event = _main(
        "On 3 May 2020, pro-Houthi reinforcements reportedly arrived in At Taffah, Al Bayda, as "
        "tensions between tribesmen and pro-Houthi forces are increasing."
    )
    assert event.actor1 == "Military Forces of Yemen (2016-) Supreme Political Council"


def test_roles_between_x_and_y_on_one_side_and_z_on_the_other():
    event = _main(
        "On 7 May 2020, clashes were reported between pro-Hadi forces and Popular Resistance "
        "fighters on one side and pro-Houthi forces on the other in Yisbal, Al Bayda."
    )
    assert event.actor1 == "Military Forces of Yemen (2012-)"
    assert event.assoc_actor_1 == "Popular Resistance"
    assert event.actor2 == "Military Forces of Yemen (2016-) Supreme Political Council"


def test_roles_an_active_clause_has_no_passive_agent():
    event = _main(
        "On 1 May 2020, Turkish forces clashed with a group of QSD fighters in Ein Issa, Raqqa, "
        "following an attempt by QSD fighters to infiltrate Turkish positions."
    )
    assert event.actor1 == "Military Forces of Turkey (2016-)"
    assert event.actor2 == "QSD: Syrian Democratic Forces"


def test_roles_victims_left_by_an_explosion_are_not_its_actor():
    event = _main(
        "On 9 May 2020, an IED explosion near Sulayman Bak in Saladin left 3 rapid reaction "
        "forces personnel injured."
    )
    assert "Rapid Reaction Force" not in event.actor1


def test_roles_the_subject_of_a_passive_harm_is_its_victim():
    event = _main(
        "A member of the National Defense Forces was found dead in his house near Aleppo."
    )
    # no killer named: an unidentified group, never the victim's own side
    assert event.actor1 == "Unidentified Armed Group (Syria)"


def test_roles_the_acronym_is_is_no_passive_auxiliary():
    event = _main("Gunmen believed to belong to IS shot and killed a man in Deir ez-Zor.")
    assert event.actor1 == "Islamic State (Syria)"


def test_roles_victims_named_before_the_trigger_are_the_target_of_the_actor_after_it():
    event = _main(
        "3 PKK militants were killed during the security operations carried out by the "
        "Gendarmerie forces in Ovacik district of Tunceli."
    )
    assert event.actor1 == "Military Forces of Turkey (2016-) Gendarmerie"
    assert event.actor2 == "PKK: Kurdistan Workers Party"


def test_roles_a_head_noun_of_a_place_stands_for_itself():
    event = _main(
        "The governor of Hadramawt governorate closed border crossings across the governorate "
        "and instituted a curfew to combat the spread of the coronavirus."
    )
    assert event.actor1 == "Government of Yemen (2012-)"


def test_roles_an_actor_of_a_later_coordinated_clause_is_not_a_party():
    from frontline.events.roles import before_later_clause

    text = "Rebels took the town of Tabqa in May 2013 and later lost it to the Islamic State group."
    trigger_end = text.index("took") + len("took")
    assert text[: before_later_clause(text, trigger_end, len(text))].endswith("May 2013")
    # a plain "and" joins allies, not a later event
    allies = "Rebels and the Nusra Front took the town of Tabqa."
    assert before_later_clause(allies, allies.index("took") + 4, len(allies)) == len(allies)


def test_roles_a_capture_followed_by_a_later_clause_has_no_actor_from_it():
    event = _main(
        "On 5 May 2020, rebels took the village of Kafr Nabudah in Hama and subsequently joined "
        "the Islamic State group."
    )
    assert event.sub_event_type == "Non-state actor overtakes territory"
    # neither a party nor who the generic "rebels" were
    assert (event.actor1, event.actor2) == ("Opposition Rebels (Syria)", "")


def test_roles_the_agent_of_a_passive_named_before_its_act_is_actor1():
    event = _main("A Ukrainian soldier was killed by NAF sniper fire near Pisky (Donetsk).")
    assert event.actor1 == "NAF: United Armed Forces of Novorossiya"
    assert event.actor2 == "Military Forces of Ukraine (2019-)"
    event = _main("Two Ukrainian soldiers were wounded by NAF shelling near Pisky (Donetsk).")
    assert (event.sub_event_type, event.actor1) == (
        "Shelling/artillery/missile attack",
        "NAF: United Armed Forces of Novorossiya",
    )


def test_roles_the_agent_of_a_passive_may_follow_as_a_result_of_or_in():
    event = _main(
        "A Ukrainian serviceman was killed as a result of NAF sniper fire near Opytne (Donetsk)."
    )
    assert (event.actor1, event.actor2, event.fatalities) == (
        "NAF: United Armed Forces of Novorossiya",
        "Military Forces of Ukraine (2019-)",
        1,
    )
    event = _main("Two SDF fighters were killed in Turkish shelling on Ain Issa.")
    assert (event.actor1, event.actor2) == (
        "Military Forces of Turkey (2016-)",
        "QSD: Syrian Democratic Forces",
    )


def test_roles_the_subject_of_a_passive_harm_is_the_target_even_with_no_agent_named():
    # a bomb or an air strike with no named agent: ACLED's generic actor acts on the victims
    event = _main("A Syrian soldier was wounded by a landmine explosion near Tal Abyad, Raqqa.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Remote explosive/landmine/IED",
        "Unidentified Armed Group (Syria)",
        "Military Forces of Syria (2000-2024)",
    )
    event = _main("3 PKK militants were killed in airstrikes in Hakkari.")
    assert event.actor2 == "PKK: Kurdistan Workers Party"
    assert event.actor1 != "PKK: Kurdistan Workers Party"
    # a side killed in a clash is still a side of it, named first
    event = _main(
        "In Goiania, Goias, a military police officer was killed after exchanging fire with "
        "suspected drug traffickers."
    )
    assert event.actor1.startswith("Military Forces of Brazil")


def test_roles_stepping_on_a_mine_is_a_landmine_event_on_the_soldier():
    event = _main("A UAF soldier was wounded after stepping on a mine near Opytne, Donetsk.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Remote explosive/landmine/IED",
        "Unidentified Armed Group (Ukraine)",
        "Military Forces of Ukraine (2019-)",
    )


def test_roles_a_foreign_soldier_is_his_state_s_forces():
    event = _main("A Turkish soldier was killed by YPG sniper fire near Tal Abyad, Raqqa.")
    assert (event.actor1, event.actor2) == (
        "YPG: People's Protection Units",
        "Military Forces of Turkey (2016-)",
    )


def test_roles_party_supporters_who_clash_unarmed_are_rioters():
    event = _main(
        "Members of the BJP and TMC clashed in Bhatpara, West Bengal. 5 people were injured."
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence",
        "Rioters (India)",
        "Rioters (India)",
    )
    assert event.assoc_actor_1 == "BJP: Bharatiya Janata Party"
    armed = _main("BJP and TMC workers clashed in Bhatpara, West Bengal and opened fire.")
    assert armed.sub_event_type == "Armed clash"


def test_roles_a_person_of_a_party_is_a_civilian_victim():
    event = _main("Gunmen opened fire outside the house of PML-N's MPA in Toba Tek Singh city.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Pakistan)")


def test_roles_a_police_informer_is_no_police():
    event = _main("Maoists killed a villager suspecting him of being a police informer in Bijapur.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (India)")


def test_roles_the_agent_of_a_relative_clause_is_actor1():
    event = _main(
        "57 Afghan citizens who were caught by Iranian border guards as they tried to cross into "
        "Razavi Khorasan province were allegedly beaten and pushed into a river."
    )
    assert event.actor1.startswith("Police Forces of Iran")


def test_roles_between_the_x_and_the_y_names_both_sides():
    event = _main(
        "Two NPA militants were killed during a firefight between the NPA and the military in "
        "Barangay Lamfugon, Lake Sebu, South Cotabato."
    )
    assert (event.actor1, event.actor2) == (
        "NPA: New People's Army",
        "Military Forces of the Philippines (2016-)",
    )


def test_roles_air_defence_that_intercepts_is_actor1():
    event = _main("Ukrainian air defence shot down a Russian drone over Kharkiv.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Disrupted weapons use",
        "Military Forces of Ukraine (2019-)",
        "Military Forces of Russia (2000-)",
    )


def test_roles_the_army_of_a_named_country_is_that_countrys():
    event = _main("Soldiers of the army of South Sudan looted goods from households in Faradje.")
    assert event.actor1 == "Military Forces of South Sudan (2011-)"


def test_roles_guided_bombs_are_an_air_strike_by_their_state():
    event = _main("Russian guided aerial bombs hit Vovchansk.")
    assert (event.sub_event_type, event.actor1, event.location) == (
        "Air/drone strike",
        "Military Forces of Russia (2000-)",
        "Vovchansk",
    )


def test_roles_a_country_that_launches_drones_strikes_where_they_hit():
    event = _main("Russia launched 30 drones at Odesa overnight.")
    assert (event.sub_event_type, event.actor1, event.location) == (
        "Air/drone strike",
        "Military Forces of Russia (2000-)",
        "Odesa",
    )


def test_roles_an_exchange_of_fire_with_rocket_propelled_grenades_is_a_clash():
    event = _main("In Braytal, the two families exchanged fire and used rocket propelled grenades.")
    assert event.sub_event_type == "Armed clash"


def test_roles_a_brawl_between_community_groups_is_mob_violence():
    event = _main(
        "Two groups of Solangi community clashed over water rotation in Mirpurkhas city "
        "(Mirpurkhas, Sindh), injuring two men."
    )
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Pakistan)")
    # militias that clash and kill are armed groups
    armed = _main("Militias from Umumubu and Omor in Ayamelum LGA (Anambra) clashed; 1 killed.")
    assert armed.sub_event_type == "Armed clash"


def test_roles_by_right_after_the_act_names_its_agent_whoever_opened_the_clause():
    event = _main(
        "The head of the Civil Defense Corps in Aleppo mourned five rescue workers killed in "
        "airstrikes by regime forces on a center in the town of Al-Atareb on Monday.",
        published="2016-04-26",
    )
    assert event.actor1.startswith("Military Forces of Syria")


def test_roles_who_condemns_or_mourns_an_act_speaks_of_it():
    event = _main(
        "The Syrian Coalition condemned the massacre committed by Assad's air force in Raqqa, "
        "where 65 civilians were killed in air raids.",
        published="2014-11-26",
    )
    assert event.actor1.startswith("Military Forces of Syria")
    assert "Coalition" not in event.actor2


def test_roles_who_holds_a_place_or_surrounds_a_side_is_not_the_agent():
    event = _main(
        "Twenty-three civilians were killed in air strikes on a town in eastern Syria held by "
        "Daesh on Thursday, a monitor said.",
        published="2016-09-15",
    )
    assert "Islamic State" not in event.actor1
    event = _main(
        "Coalition warplanes carried out four air strikes against Syrian forces surrounded by "
        "the Islamic State group in the Deir Ezzor air base.",
        published="2016-09-18",
    )
    assert event.actor1 == "Global Coalition Against Daesh"


def test_roles_two_subjects_of_a_reciprocal_act_are_its_two_sides():
    event = _main("On 5 May 2020, BJP and TMC supporters clashed in Bhatpara, West Bengal.")
    assert event.sub_event_type == "Mob violence"
    assert "BJP: Bharatiya Janata Party" in event.assoc_actor_1
    assert event.actor2 == "Rioters (India)"
    assert "AITC: All India Trinamool Congress" in event.assoc_actor_2
    allied = _main("On 5 May 2020, Houthi and Saleh forces clashed with Saudi troops in Taiz.")
    assert allied.actor2 == "Operation Restoring Hope"


def test_roles_a_sides_positions_are_where_it_is_hit():
    event = _main("On 8 May 2020, the enemy opened fire on Ukrainian positions near Shyrokyne.")
    assert event.actor2 == "Military Forces of Ukraine (2019-)"
    assert not event.actor1.startswith("Military Forces of Ukraine")
    event = _main(
        "On 8 May 2020, Russian-backed forces shelled Ukrainian positions near Shyrokyne."
    )
    assert event.actor1 == "NAF: United Armed Forces of Novorossiya"


def test_roles_members_from_a_group_act_for_it_and_a_sources_institution_is_no_party():
    event = _main(
        "Two people were killed when terrorists from Jaish al-Fateh fired rocket shells on "
        "residential areas in Aleppo city.",
        published="2016-09-04",
    )
    assert event.actor1 == "Jaysh al Fatah"
    event = _main(
        "A source at the Aleppo Police Command said that terrorists fired rocket shells on "
        "al-Akramiya neighborhood in Aleppo, killing two people.",
        published="2016-09-04",
    )
    assert "Police" not in event.actor1


def test_roles_whose_funeral_or_body_it_is_was_hit_not_acting():
    event = _main(
        "On 19 April 2017, an explosion occurred near a mosque in Aleppo during the funeral "
        "of a regime fighter.",
        published="2017-04-19",
    )
    assert not event.actor1.startswith("Military Forces of Syria")


def test_roles_who_holds_the_positions_struck_is_hit():
    event = _main(
        "Overnight air strikes on positions held by Syrian government forces in Deir ez-Zor "
        "province killed at least 57 fighters, a war monitor said.",
        published="2021-01-13",
    )
    assert event.actor1 == "Unidentified Military Forces"
    assert event.actor2.startswith("Military Forces of Syria")


def test_roles_forces_shot_with_no_exchange_are_the_target_and_off_duty_ones_civilians():
    event = _main("On 4 May 2020, in Leon, Guanajuato, two police officers were shot and injured.")
    assert (event.actor1, event.actor2) == (
        "Unidentified Armed Group (Mexico)",
        "Police Forces of Mexico (2018-)",
    )
    event = _main("On 4 May 2020, in Leon, Guanajuato, two off-duty police officers were shot.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Mexico)")
    # killed in an exchange of fire, the officer's side is still a side that fought
    event = _main(
        "On 3 May 2020, in Goiania, Goias, a military police officer was killed after exchanging "
        "fire with suspected drug traffickers."
    )
    assert event.actor1.startswith("Military Forces of Brazil")


def test_roles_who_made_the_attack_another_side_repelled_is_actor1():
    event = _main(
        "On 1 May 2020, GNA forces repelled an attack by LNA forces in Wadi al-Rabi (Aljfara)."
    )
    assert event.actor1 == "Military Forces of Libya (2014-) Haftar Faction"
    assert event.actor2 == "Military Forces of Libya (2016-) Government of National Accord"


def test_roles_in_an_exchange_of_fire_between_two_states_the_home_forces_lead():
    event = _main(
        "On 1 May 2020, military forces of India and Pakistan exchanged fire across the LoC in "
        "Bhimber district, Azad Kashmir, Pakistan."
    )
    assert event.actor1 == "Military Forces of Pakistan (2018-)"
    assert event.actor2 == "Military Forces of India (2014-)"


def test_roles_who_comes_under_fire_is_the_target_and_who_fired_it_the_attacker():
    event = _main("On 9 May 2020, Ukrainian positions near Shyrokyne came under fire from NAF.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash",
        "NAF: United Armed Forces of Novorossiya",
        "Military Forces of Ukraine (2019-)",
    )
    event = _main("On 9 May 2020, a police patrol came under fire in Kidal, Mali.")
    assert (event.actor1, event.actor2) == (
        "Unidentified Armed Group (Mali)",
        "Police Forces of Mali (2013-)",
    )


def test_roles_two_parties_whose_workers_clash_are_two_sides_of_mob_violence():
    event = _main("On 9 May 2020, BJP and TMC workers clashed in Bhatpara (West Bengal), India.")
    assert event.sub_event_type == "Mob violence"
    assert event.assoc_actor_2 == "AITC: All India Trinamool Congress"


def test_roles_who_an_arrest_takes_is_its_target_even_when_the_arrester_is_unknown():
    event = _main("Puntland forces arrested 5 suspected Al Shabaab members in Bosaso, Bari.")
    assert event.actor2 == "Al Shabaab"
    assert event.actor1 != "Al Shabaab"


def test_roles_what_a_grenade_is_thrown_at_is_its_target_after_an_article_too():
    event = _main("Militants lobbed a grenade at a CRPF party in Sopore, Jammu and Kashmir.")
    assert event.actor2 == "Police Forces of India (2014-) Central Reserve Police Force"
    assert event.actor1 == "Unidentified Armed Group (India)"


def test_roles_who_runs_into_a_device_is_its_target():
    event = _main(
        "A MINUSMA convoy hit an IED near Aguelhok, Kidal. Two peacekeepers were injured."
    )
    assert event.actor2.startswith("MINUSMA")
    assert event.actor1 == "Unidentified Armed Group (Mali)"


def test_roles_herders_an_act_takes_are_civilians_not_an_ethnic_militia():
    event = _main("Dan Na Ambassagou militiamen abducted 5 Fulani herders near Koro, Mopti.")
    assert (event.sub_event_type, event.actor2) == (
        "Abduction/forced disappearance",
        "Civilians (Mali)",
    )
    attack = _main("Suspected Fulani herdsmen attacked Tiv farmers in Guma LGA, Benue, killing 4.")
    assert attack.actor1 == "Fulani Ethnic Militia (Nigeria)"


def test_roles_an_attack_on_a_military_detachment_is_a_battle_with_the_army():
    event = _main("Suspected JNIM militants attacked a military detachment in Djibo (Soum, Sahel).")
    assert (event.sub_event_type, event.actor2) == (
        "Armed clash",
        "Military Forces of Burkina Faso (2015-)",
    )


def test_roles_two_subjects_with_articles_of_a_reciprocal_act_are_its_sides():
    event = _main("The RCSS and the TNLA clashed in Kyaukme township, Shan state.")
    assert (event.actor1, event.actor2) == (
        "RCSS/SSA-S: Restoration Council of Shan State/Shan State Army-South",
        "TNLA: Ta'ang National Liberation Army",
    )


def test_roles_the_victims_an_attack_verb_takes_are_its_target_not_its_actor():
    event = _main("Arab militiamen attacked farmers in Kutum, North Darfur, killing 2.")
    assert event.actor1 == "Unidentified Armed Group (Sudan)"
    assert (event.actor2, event.assoc_actor_2) == ("Civilians (Sudan)", "Farmers (Sudan)")


def test_roles_the_enemy_of_ukrainian_reports_is_the_naf_and_fires_on_positions():
    event = _main("The enemy opened fire on JFO positions near Avdiivka using 82mm mortars.")
    assert (event.actor1, event.actor2) == (
        "NAF: United Armed Forces of Novorossiya",
        "Military Forces of Ukraine (2019-)",
    )


def test_roles_whose_body_is_found_is_the_victim():
    event = _main("The body of a woman with gunshot wounds was found dumped in fields in Afrin.")
    assert (event.actor1, event.actor2, event.assoc_actor_2) == (
        "Unidentified Armed Group (Syria)",
        "Civilians (Syria)",
        "Women (Syria)",
    )


def test_roles_state_forces_that_recover_territory_regain_it():
    event = _main("FARDC soldiers recovered territory following a clash with the ADF near Beni.")
    assert (event.sub_event_type, event.actor2) == (
        "Government regains territory",
        "ADF: Allied Democratic Forces",
    )
