"""ACLED's actor-dependent rules applied after naming."""

from __future__ import annotations

from frontline.events.refine import CIVILIANS, STATE, apply_all
from frontline.model import Event


def test_civilians_are_no_side_in_a_battle() -> None:
    event = Event("a", event_type="Battles", sub_event_type="Armed clash", country="Syria",
                  actor1="Civilians (Syria)", inter1=CIVILIANS,
                  actor2="Military Forces of Syria (2000-)", inter2=STATE)  # fmt: skip
    [event] = apply_all([event])
    assert (event.actor1, event.actor2, event.interaction) == (
        "Military Forces of Syria (2000-)",
        "",
        10,
    )


def test_territory_taken_by_state_forces_is_regained() -> None:
    event = Event("a", event_type="Battles", sub_event_type="Non-state actor overtakes territory",
                  actor1="Military Forces of Syria (2000-)", inter1=STATE)  # fmt: skip
    [event] = apply_all([event])
    assert event.sub_event_type == "Government regains territory"


def test_a_militia_fighting_beside_state_forces_regains_territory() -> None:
    event = Event("a", event_type="Battles", sub_event_type="Non-state actor overtakes territory",
                  actor1="Southern Resistance", inter1=3,
                  assoc_actor_1="Military Forces of Yemen (2012-) Amajid Brigade")  # fmt: skip
    [event] = apply_all([event])
    assert event.sub_event_type == "Government regains territory"


def test_a_militia_alone_overtakes_territory() -> None:
    event = Event("a", event_type="Battles", sub_event_type="Government regains territory",
                  actor1="Southern Resistance", inter1=3)  # fmt: skip
    [event] = apply_all([event])
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_foreign_forces_in_a_riot_are_the_side_the_rioters_fight() -> None:
    # Israeli forces in the West Bank are external forces (inter 8), still not the mob
    event = Event("a", event_type="Riots", sub_event_type="Mob violence", country="Palestine",
                  actor1="Military Forces of Israel (2009-)", inter1=8)  # fmt: skip
    [event] = apply_all([event])
    assert (event.actor1, event.actor2) == (
        "Rioters (Palestine)",
        "Military Forces of Israel (2009-)",
    )


def test_an_armed_mob_stays_actor1_of_mob_violence() -> None:
    event = Event("a", event_type="Riots", sub_event_type="Mob violence", country="Yemen",
                  actor1="Al Hayash Tribal Militia (Yemen)", inter1=4)  # fmt: skip
    [event] = apply_all([event])
    assert event.actor1 == "Al Hayash Tribal Militia (Yemen)"


def test_a_riots_crowd_leads_and_the_forces_it_faced_are_the_second_side() -> None:
    event = Event("a", event_type="Riots", sub_event_type="Violent demonstration", country="Guinea",
                  actor1="Police Forces of Guinea (2010-)", inter1=STATE,
                  actor2="Protesters (Guinea)", inter2=6)  # fmt: skip
    [event] = apply_all([event])
    assert (event.actor1, event.actor2, event.interaction) == (
        "Rioters (Guinea)",
        "Police Forces of Guinea (2010-)",
        15,
    )


def test_party_supporters_who_clash_unarmed_are_rioters() -> None:
    event = Event("a", event_type="Battles", sub_event_type="Armed clash", country="India",
                  actor1="BJP: Bharatiya Janata Party", actor1_id="india-bjp", inter1=3,
                  actor2="AITC: All India Trinamool Congress", actor2_id="india-aitc", inter2=3)  # fmt: skip
    [event] = apply_all([event])
    assert (event.sub_event_type, event.actor1, event.assoc_actor_2, event.interaction) == (
        "Mob violence",
        "Rioters (India)",
        "AITC: All India Trinamool Congress",
        55,
    )


def test_an_armed_side_that_harms_people_with_no_fight_told_attacks_civilians() -> None:
    from frontline.model import Evidence

    def clash(text: str) -> Event:
        return Event("a", event_type="Battles", sub_event_type="Armed clash", country="Burundi",
                     actor1="Imbonerakure", inter1=3, evidence=[Evidence(text, 0, len(text))])  # fmt: skip

    [event] = apply_all([clash("Imbonerakure attacked and injured 3 CNL members in Kibungere.")])
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Burundi)")
    [event] = apply_all([clash("A shoot-out broke out; a drug dealer was shot and injured.")])
    assert event.sub_event_type == "Armed clash"


def test_a_strike_that_kills_people_with_no_armed_target_hits_civilians() -> None:
    from frontline.model import Evidence

    text = "Israeli airstrikes hit the Jabalia refugee camp, killing 40 Palestinians."
    event = Event("a", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                  country="Palestine", actor1="Military Forces of Israel (2022-)", inter1=STATE,
                  evidence=[Evidence(text, 0, len(text))])  # fmt: skip
    [event] = apply_all([event])
    assert (event.actor2, event.civilian_targeting) == (
        "Civilians (Palestine)",
        "Civilian targeting",
    )


def test_protesting_residents_are_protesters_with_no_civilians_associate() -> None:
    event = Event("a", event_type="Protests", sub_event_type="Peaceful protest", country="Georgia",
                  actor1="Civilians (Georgia)", inter1=CIVILIANS)  # fmt: skip
    [event] = apply_all([event])
    assert (event.actor1, event.assoc_actor_1) == ("Protesters (Georgia)", "")
    workers = Event("b", event_type="Protests", sub_event_type="Peaceful protest", country="Albania",
                    actor1="Labour Group (Albania)", inter1=CIVILIANS)  # fmt: skip
    [workers] = apply_all([workers])
    assert (workers.actor1, workers.assoc_actor_1) == (
        "Protesters (Albania)",
        "Labour Group (Albania)",
    )


def test_a_militia_in_a_mob_is_the_rioters_associate() -> None:
    event = Event("a", event_type="Riots", sub_event_type="Mob violence", country="Burundi",
                  actor1="CNDD-FDD-Imbonerakure", inter1=3,
                  actor2="CNL: National Congress for Liberation", inter2=3)  # fmt: skip
    [event] = apply_all([event])
    assert (event.actor1, event.assoc_actor_1) == ("Rioters (Burundi)", "CNDD-FDD-Imbonerakure")
    assert (event.actor2, event.assoc_actor_2) == (
        "Rioters (Burundi)",
        "CNL: National Congress for Liberation",
    )


def test_a_police_officer_shot_off_duty_is_a_civilian_victim() -> None:
    from frontline.model import Evidence

    text = "Armed men shot dead a police officer who was off-duty outside his home."
    event = Event("a", event_type="Battles", sub_event_type="Armed clash", country="Mexico",
                  actor1="Unidentified Gang (Mexico)", inter1=3,
                  actor2="Police Forces of Mexico (2018-)", inter2=STATE,
                  evidence=[Evidence(text, 0, len(text))])  # fmt: skip
    [event] = apply_all([event])
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Mexico)")
    fought = "An off-duty officer returned fire when armed men shot at him."
    event = Event("b", event_type="Battles", sub_event_type="Armed clash", country="Mexico",
                  actor1="Unidentified Gang (Mexico)", inter1=3,
                  actor2="Police Forces of Mexico (2018-)", inter2=STATE,
                  evidence=[Evidence(fought, 0, len(fought))])  # fmt: skip
    [event] = apply_all([event])
    assert event.sub_event_type == "Armed clash"


def test_a_battle_that_names_only_civilians_keeps_an_unidentified_armed_actor() -> None:
    event = Event("a", event_type="Battles", sub_event_type="Armed clash", country="Syria",
                  actor1="Civilians (Syria)", inter1=CIVILIANS)  # fmt: skip
    [event] = apply_all([event])
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Syria)", "")
    assert any(f.startswith("actor1 inferred") for f in event.flags)
