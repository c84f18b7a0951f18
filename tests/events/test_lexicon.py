"""The trigger lexicon: what each rule recognises, what it yields to, and how context is masked."""

from __future__ import annotations

import pytest

from frontline.errors import KnowledgeError
from frontline.events import lexicon
from frontline.events.lexicon import TriggerRule, find_triggers, mask_context, trigger_rules


def best(sentence: str) -> str | None:
    hits = find_triggers(mask_context(sentence), sentence)
    return hits[0].sub_event_type if hits else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Loyalist forces thwarted a rebel-led incursion near the river.", "Armed clash"),
        ("The militia waged 4 attacks against rival groups in the valley.", "Armed clash"),
        ("Government troops killed 2 militants near the mountains.", "Armed clash"),
        # the present of headlines and the verb after "managed to" report the killing too
        ("Kurdish forces kill 47 militants near the dam.", "Armed clash"),
        ("The army managed to kill 12 insurgents in the hills.", "Armed clash"),
        ("Gunmen kill 9 civilians in a market.", "Attack"),
        # state media call the armed opposition "terrorists": killing them is a fight's toll
        ("The army killed 10 terrorists near its post.", "Armed clash"),
        ("Five terrorists were killed in the attack on the checkpoint.", "Armed clash"),
        ("The army carried out an operation against the insurgents.", "Armed clash"),
        ("The two sides exchanged artillery with each other on three fronts.", "Armed clash"),
        ("Fighters entered the western districts of the city.", "Armed clash"),
        ("Villagers clashed with police at the checkpoint.", "Mob violence"),
        ("Soldiers fired tear gas canisters at farmers in their fields.", "Attack"),
        ("A shopkeeper was severely beaten by two men.", "Attack"),
        ("The body of a man was found in the fields.", "Attack"),
        ("Militants carried out a remote explosive attack on a warehouse.",
         "Remote explosive/landmine/IED"),
        ("Military aircraft flew over the camps, dropping light bombs.", "Air/drone strike"),
        ("Forces ambushed a convoy, assumedly with heavy weapons.",
         "Shelling/artillery/missile attack"),
        ("The governor extended the ban on marches, protests and sit-ins.",
         "Change to group/activity"),
        ("A protest took place in the city centre.", "Peaceful protest"),
        ("Residents gathered outside the hotel and voiced their rejection of the plan.",
         "Peaceful protest"),
    ],
)  # fmt: skip
def test_trigger_rules_recognise_acled_wording(sentence: str, expected: str) -> None:
    assert best(sentence) == expected


def test_a_protest_clause_dominates_the_violence_it_names() -> None:
    sentence = "Families who say the group kidnapped their sons continued their sit-in protest."
    assert best(sentence) == "Peaceful protest"


def test_a_protest_grievance_is_masked_but_its_marker_kept() -> None:
    clause = "Protesters gathered to demonstrate against the killing of a demonstrator."
    masked = mask_context(clause)
    assert len(masked) == len(clause)
    assert "killing" not in masked and "against" in masked
    assert best(clause) == "Peaceful protest"


def test_a_setting_mentioned_in_passing_is_masked() -> None:
    sentence = "Reinforcements arrived on the frontlines as battles continue in those areas."
    assert best(sentence) == "Change to group/activity"
    # with nothing else to report, the mention still counts
    assert find_triggers("Battles continue in those areas.")


def test_killed_by_is_not_a_fight_with_the_killers() -> None:
    assert best("A man was found killed by unknown gunmen.") == "Attack"


def test_follow_up_rules_continue_and_join() -> None:
    by_sub: dict[str, list[TriggerRule]] = {}
    for rule in trigger_rules():
        by_sub.setdefault(rule.sub_event_type, []).append(rule)
    intervention = by_sub["Protest with intervention"][0]
    assert intervention.continues_frame("Peaceful protest")
    assert intervention.joined_type("Peaceful protest") == "Protest with intervention"
    assert not intervention.continues_frame("Armed clash")
    answered = next(r for r in by_sub["Armed clash"] if r.joins)
    assert answered.joined_type("Shelling/artillery/missile attack") == "Armed clash"


def test_an_unknown_type_in_the_lexicon_is_a_knowledge_error(monkeypatch) -> None:
    bad = [{"sub": "Armed clash", "rank": 1, "patterns": ["x"], "joins": {"Armed clsh": "Attack"}}]
    monkeypatch.setattr(lexicon, "lexicon_file", lambda name: bad)
    lexicon.trigger_rules.cache_clear()
    try:
        with pytest.raises(KnowledgeError):
            lexicon.trigger_rules()
    finally:
        lexicon.trigger_rules.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen killed 3 members of a family in the village.", "Attack"),
        ("Troops pushed into the town.", "Armed clash"),
        ("The army announced new military operations in the north.", None),
        ("The soldiers left the area.", None),
        ("Forces pushed two migrants into the river.", "Attack"),
        ("An IED exploded and was followed by gunshots which left 3 soldiers dead.", "Armed clash"),
        ("The war began in March 2011 and has killed thousands.", None),
        ("Police killed two people who joined the march.", "Excessive force against protesters"),
        (
            "Forces seized a large area of Palestinian-owned land near the village.",
            "Looting/property destruction",
        ),
        ("The militia besieged the region of Hadibu from the east.", "Change to group/activity"),
        ("Residents of the besieged areas ate leaves to survive.", None),
        (
            "The US is withdrawing two Patriot missile batteries and 300 troops from the kingdom.",
            "Change to group/activity",
        ),
        (
            "The army deployed rocket launchers near the border and shelled the town.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_generic_words_need_their_context(sentence: str, expected: str | None) -> None:
    assert best(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Clashes erupted between villagers and soldiers while troops carried out arrest raids.",
         "Mob violence"),
        ("During an arrest raid, soldiers shot a Palestinian in the foot.", "Attack"),
        ("Settlers beat and attacked a shepherd near the village.", "Mob violence"),
        ("Families of people killed in attacks protested outside the ministry.",
         "Peaceful protest"),
    ],
)  # fmt: skip
def test_settings_and_perpetrators_decide_the_type(sentence: str, expected: str) -> None:
    assert best(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Armed clash: exchange of fire, direct fire, armed targets
        ("A shoot-out took place in the market district.", "Armed clash"),
        ("Rebel forces fired with unspecified weapons on the positions of the army.", "Armed clash"),
        ("Separatists used small arms and grenade launchers against army positions.", "Armed clash"),
        ("Militants violated the ceasefire, firing at the army's positions.", "Armed clash"),
        ("Two police officers were shot by men on a motorbike.", "Armed clash"),
        ("The victim was a known drug dealer.", "Armed clash"),
        ("Armed men attacked an alleged drug dealer in the market.", "Armed clash"),
        # Shelling: launched grenades are projectiles, a thrown one is a grenade
        ("Troops fired under-barrel grenade launchers at the village.",
         "Shelling/artillery/missile attack"),
        ("A man threw a grenade into a bar.", "Grenade"),
        ("Monitors recorded 14 explosions near the front line.", "Shelling/artillery/missile attack"),
        ("An explosion hit a car in the market.", "Remote explosive/landmine/IED"),
        ("Troops retaliated against the shelling.", "Armed clash"),
        ("Gunmen attacked a patrol with grenades and rifles.", "Armed clash"),
        # Attack: killings told by their manner, raids
        ("A shopkeeper was shot to death near the bus stop.", "Attack"),
        ("Human remains were found in plastic bags beside the road.", "Attack"),
        ("Bandits raided the farm at night.", "Attack"),
        # Mob violence: crowds, not organised groups
        ("A mob of residents beat a suspected thief.", "Mob violence"),
        ("About 250 people targeted police forces in the neighbourhood.", "Mob violence"),
        ("A man accused of theft was lynched by villagers.", "Mob violence"),
        ("A group of people threw molotov cocktails at a parking lot.", "Mob violence"),
        ("A clash ensued between four homebound foreign nationals and armed police personnel.",
         "Mob violence"),
        ("Supporters of the two parties fought one another with sticks.", "Mob violence"),
        # Riots and protests
        ("Traders demonstrated over the closure and burned tyres on the road.",
         "Violent demonstration"),
        ("Workers held a motorcade to demand unpaid wages.", "Peaceful protest"),
        ("Dozens of protesting teachers were dispersed by police.", "Protest with intervention"),
        # a grievance word in a relative clause does not swallow the protest that follows it
        ("Followers of a cleric arrested for remarks against scholars protested in the city.",
         "Peaceful protest"),
        # any protest rule ("blocked some streets") masks the grievance it names
        ("Young locals blocked some streets to express their anger following the killing of a "
         "trader by armed men.", "Peaceful protest"),
        ("Migrant workers protested. Police lathi-charged the protesters.",
         "Protest with intervention"),
        # a crowd that blocks a road or makes demands is demonstrating, not a mob
        ("Residents blocked the road and burnt tyres demanding rations.", "Violent demonstration"),
        ("Migrant workers torched two buses in the city, demanding to be sent home.",
         "Violent demonstration"),
        ("Unidentified individuals burned two trucks belonging to a forestry company.",
         "Looting/property destruction"),
        # barricades are a demonstration's; people who make demands are demonstrating
        ("Hooded youths set up barricades and set them on fire.", "Violent demonstration"),
        ("Community members occupied a farm, demanding the return of ancestral lands.",
         "Peaceful protest"),
        ("Employees of the hospital gathered in front of its building demanding salaries.",
         "Peaceful protest"),
        ("Dissidents killed a social leader in the town.", "Attack"),
        ("Troops recovered four improvised explosive devices planted by rebels.",
         "Disrupted weapons use"),
        # (a change of territory here; state forces make it Government regains territory)
        ("Soldiers recovered territory following a clash with the rebels.",
         "Non-state actor overtakes territory"),
        ("Peacekeepers installed a new temporary military base in the village.",
         "Headquarters or base established"),
        # ordnance left from a past war is no act of a conflict actor
        ("A rocket, believed to be leftover from the civil war, exploded in the village.", "Other"),
        ("Unidentified actors destroyed the water scheme of the town.",
         "Looting/property destruction"),
        ("A man was found on the road. The body was burned.", "Attack"),
        # "neutralised" fighters were killed; a neutralised device was disrupted
        ("Soldiers neutralized several terrorists near the town.", "Armed clash"),
        ("Soldiers neutralized an IED near the town.", "Disrupted weapons use"),
        # "engaged in" a task is no fighting; "engaged in a gunfight" is
        ("Rebels torched three vehicles engaged in road construction.",
         "Looting/property destruction"),
        ("Soldiers engaged in a fierce gunfight with rebels.", "Armed clash"),
        ("People blocked the roads demanding news, and had verbal confrontations with drivers.",
         "Peaceful protest"),
        # Strategic developments
        ("Police seized two tons of marijuana hidden in a truck.", "Looting/property destruction"),
        ("Herders stole 40 cows from the farm.", "Looting/property destruction"),
        ("Members of the cartel delivered food packages to families.", "Change to group/activity"),
    ],
)  # fmt: skip
def test_codebook_rules_beyond_the_middle_east(sentence: str, expected: str) -> None:
    assert best(sentence) == expected


def test_a_violated_ceasefire_is_no_agreement() -> None:
    hits = find_triggers("Troops violated the ceasefire by firing mortars at the border.")
    assert "Agreement" not in {h.sub_event_type for h in hits}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Mob violence: lynchings and crowds of unorganised people, whatever else they do
        ("Some forty people tried to lynch a man accused of stealing a goat.", "Mob violence"),
        ("A suspected burglar was lynched and killed by a crowd.", "Mob violence"),
        ("Hundreds of people beat two men caught stealing cables.", "Mob violence"),
        ("A reporter was injured by shopkeepers angry at the coverage.", "Mob violence"),
        ("A clash took place between police and street vendors near the bus park.",
         "Mob violence"),
        ("Young members of the ruling party clashed with members of an opposition party.",
         "Mob violence"),
        ("A physical fight broke out between two deputies during the session.", "Mob violence"),
        # organised armed men stay a battle or an attack
        ("Gunmen clashed with police near the market.", "Armed clash"),
    ],
)  # fmt: skip
def test_crowds_and_lynchings_are_mob_violence(sentence: str, expected: str) -> None:
    assert best(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Protest with intervention: the participants are dispersed, removed, arrested or attacked
        ("Nurses held a protest in the square, demanding pay, and were dispersed by police.",
         "Protest with intervention"),
        ("About 60 farmers marched on the capital. Several arrests were made.",
         "Protest with intervention"),
        ("Residents rallied against the mine. Police arrested 4 and the rest fled.",
         "Protest with intervention"),
        ("Students demonstrated at the faculty and were peacefully removed by guards.",
         "Protest with intervention"),
        # ... not the people the protest is about
        ("Activists protested at the court, demanding the release of students who were detained.",
         "Peaceful protest"),
        # Violent demonstration: the participants fight, hurt people or damage property
        ("Workers demonstrated at the depot. A brawl broke out between the workers and guards.",
         "Violent demonstration"),
        ("Marchers rallied for the mayor; a cameraman was beaten up by demonstrators.",
         "Violent demonstration"),
        ("Some 50 demonstrators blocked the highway with tyres on fire.", "Violent demonstration"),
        ("Police used tear gas to end violent demonstrations by inmates.",
         "Violent demonstration"),
    ],
)  # fmt: skip
@pytest.mark.model
def test_what_happens_at_a_protest_decides_its_type(sentence: str, expected: str) -> None:
    assert best_in_article(sentence) == expected


def best_in_article(text: str) -> str | None:
    """The type of the first event of a short text, follow-up sentences included."""
    from frontline import code_article

    events = [e for e in code_article(text, published="2020-05-09") if not e.background]
    return events[0].sub_event_type if events else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Attack: the victims decide, unless the text tells of a fight or of combatants hit
        ("Rebels killed 4 villagers during an incursion into the hamlet.", "Attack"),
        ("Raiders ambushed and killed two herders on the track.", "Attack"),
        ("Fighting broke out and rebels killed 4 villagers and 2 soldiers.", "Armed clash"),
        ("Armed men opened fire against a police unit at the toll booth.", "Armed clash"),
        ("A severed head was found beside the canal.", "Attack"),
        ("Two men fatally shot a councillor outside his home.", "Attack"),
        # an abduction that kills is an attack; an attack to abduct stays an abduction
        ("Bandits abducted a trader and killed two women in the village.", "Attack"),
        ("Gunmen attacked the village and abducted a farmer.", "Abduction/forced disappearance"),
        ("Soldiers killed at least 12 Misseriya in the county.", "Attack"),
        ("Islamic militants claimed an attack in Cajembe.", "Attack"),
        ("Combatants kidnapped a driver during an ambush near the village.",
         "Abduction/forced disappearance"),
        ("Militiamen abducted 6 men during an incursion and looted goods.",
         "Abduction/forced disappearance"),
        ("Rebels kidnapped a driver during an ambush that killed two soldiers.", "Armed clash"),
    ],
)  # fmt: skip
def test_who_is_hurt_decides_attack_and_abduction(sentence: str, expected: str) -> None:
    assert best(sentence) == expected


@pytest.mark.model
def test_a_killing_told_after_an_abduction_makes_it_an_attack() -> None:
    text = "Armed men kidnapped a driver in the town. He was taken out of the town and was killed."
    assert best_in_article(text) == "Attack"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Strategic developments: goods seized, weapons found, property destroyed, shots in the air
        ("Agents dismantled a cocaine laboratory on a farm.", "Looting/property destruction"),
        ("Officers seized on route (N-4) 300 kg of cannabis.", "Looting/property destruction"),
        ("Troops dismantled an IED planted under the bridge.", "Disrupted weapons use"),
        ("Police found a cache of weapons in an abandoned house.", "Disrupted weapons use"),
        ("Two men threw Molotov cocktails at a pharmacy overnight.",
         "Looting/property destruction"),
        ("A lorry was set on fire by unknown assailants on the bypass.",
         "Looting/property destruction"),
        ("Coastguards fired warning shots in the air near the pier.", "Other"),
        # Explosions/Remote violence
        ("Militants blew up a pylon outside the town.", "Remote explosive/landmine/IED"),
        ("A single mortar shell landed near the school.", "Shelling/artillery/missile attack"),
        ("The army bombed insurgent camps in the hills.", "Air/drone strike"),
        ("Two army soldiers were killed during clashes with rebels.", "Armed clash"),
        # a road blocked is a protest
        ("Teachers blocked the main bridge's access for two hours.", "Peaceful protest"),
    ],
)  # fmt: skip
def test_strategic_developments_and_remote_violence_by_definition(
    sentence: str, expected: str
) -> None:
    assert best(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A clash took place between the residents of a housing block and police.", "Mob violence"),
        ("Foreign nationals clashed with armed police at the crossing.", "Mob violence"),
        ("Locals retaliated by pelting the officers with stones.", "Mob violence"),
        ("Supporters of two rival candidates clashed with machetes and sticks.", "Mob violence"),
        ("Rebels ambushed and killed 3 youths on the road to the mine.", "Attack"),
        ("Two civilians were killed in an attack blamed on the militia.", "Attack"),
        # fire answered with fire stays a battle
        ("Troops retaliated against the militants' fire.", "Armed clash"),
    ],
)  # fmt: skip
def test_crowds_answering_with_stones_and_civilian_victims(sentence: str, expected: str) -> None:
    assert best(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of students formed a human chain along the highway.",
        "Farmers staged a dharna outside the district office.",
        "Traders observed a shutter-down strike across the town.",
        "Employees gheraoed the manager over unpaid wages.",
    ],
)
def test_south_asian_forms_of_protest_are_protests(sentence: str) -> None:
    assert best(sentence) == "Peaceful protest"


def test_a_strike_called_off_is_no_protest() -> None:
    assert best("The bandh was called off after talks.") != "Peaceful protest"


@pytest.mark.parametrize(
    "sentence",
    [
        "Police officers fought with street vendors at the bus terminal.",
        "Residents engaged in a street fight with police officers over the relief food.",
    ],
)
def test_crowds_and_police_fighting_each_other_are_mob_violence(sentence: str) -> None:
    assert best(sentence) == "Mob violence"


def test_clan_violence_and_hostages_taken_are_coded() -> None:
    from frontline import code_article

    [clash] = code_article("On 3 May 2020, inter-clan violence erupted in Kismayo, leaving 5 dead.")
    assert (clash.sub_event_type, clash.fatalities) == ("Armed clash", 5)
    [taken, *_] = code_article("On 8 May 2020, farm workers were taken as hostages in Yby Yau.")
    assert taken.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.model
def test_a_crowd_dispersed_after_it_set_out_to_demonstrate_is_an_intervention() -> None:
    text = "Youths blocked a highway to demonstrate over the killings. Police dispersed the crowd."
    from frontline import code_article

    [event] = [e for e in code_article(text, published="2020-05-08") if not e.background]
    assert event.sub_event_type == "Protest with intervention"
