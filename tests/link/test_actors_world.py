"""The world KB (data/actors/africa, americas, asia, caucasus, europe, libya .yaml): an alias found
in a sentence resolves to the ACLED name valid on the event's date."""

import datetime as dt

import pytest

from frontline.link.actors import default_kb

MAY_2020 = dt.date(2020, 5, 8)


@pytest.fixture(scope="module")
def kb():
    return default_kb()


def names(kb, text, country=None, on=MAY_2020):
    return [kb.name_on(m.actor_id, on) for m in kb.find(text, country=country) if m.kind == "kb"]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "LNA forces shelled Mitiga Airport.",
            "Libya",
            "Military Forces of Libya (2014-) Haftar Faction",
        ),
        (
            "GNA air force targeted positions near Sirt.",
            "Libya",
            "Military Forces of Libya (2016-) Government of National Accord",
        ),
        (
            "military forces of Artsakh fired on positions",
            "Azerbaijan",
            "Military Forces of Artsakh (2007-)",
        ),
        (
            "Boko Haram attacked a village in Borno.",
            "Nigeria",
            "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
        ),
        ("ISWAP fighters ambushed a convoy.", "Nigeria", "Islamic State (West Africa)"),
        ("JNIM claimed the attack.", "Mali", "JNIM: Group for Support of Islam and Muslims"),
        ("Al-Shabaab militants attacked a base.", "Somalia", "Al Shabaab"),
        (
            "Imbonerakure members beat a man.",
            "Burundi",
            "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy (Imbonerakure Faction)",
        ),
        (
            "ADF rebels killed villagers near Beni.",
            "Democratic Republic of Congo",
            "ADF: Allied Democratic Forces",
        ),
        (
            "Raia Mutomboki militiamen looted a village.",
            "Democratic Republic of Congo",
            "Mayi Mayi Militia (Raia Mutomboki)",
        ),
        (
            "NAF shelled UAF positions near Avdiivka.",
            "Ukraine",
            "NAF: United Armed Forces of Novorossiya",
        ),
        (
            "NAF shelled UAF positions near Avdiivka.",
            "Ukraine",
            "Military Forces of Ukraine (2019-)",
        ),
        ("NAS rebels attacked an SSPDF base.", "South Sudan", "NAS: National Salvation Front"),
        ("NPA rebels clashed with the army.", "Philippines", "NPA: New People's Army"),
        ("the BLA claimed it", "Pakistan", "BLA: Baloch Liberation Army"),
        ("members of the CJNG killed two men", "Mexico", "CJNG: Jalisco New Generation Cartel"),
        ("an operation against the Red Command", "Brazil", "CV: Red Command"),
        (
            "Suspected Islamic militants attacked Natugo village.",
            "Mozambique",
            "Islamist Militia (Mozambique)",
        ),
        (
            "Maoists ambushed a patrol in Bijapur.",
            "India",
            "CPI (Maoist): Communist Party of India (Maoist)",
        ),
    ],
)
def test_actors_world_alias_resolves_to_acled_name(kb, text, country, expected):
    assert expected in names(kb, text, country)


def test_actors_world_brazil_police_units(kb):
    assert names(kb, "the Military Police carried out an operation", "Brazil") == [
        "Military Forces of Brazil (2019-2022) Military Police"
    ]
    assert names(kb, "federal police forces seized 3 tons of marijuana", "Brazil") == [
        "Police Forces of Brazil (2019-2022) Federal Police"
    ]
    assert names(kb, "civil police forces dismantled a lab", "Brazil") == [
        "Police Forces of Brazil (2019-2022) Civil Police"
    ]


def test_actors_world_unit_names_stay_in_their_country(kb):
    # a bare unit name is a descriptor: in Iraq, federal police forces are Iraq's, not Brazil's
    assert names(kb, "federal police forces seized drugs", "Iraq") == [
        "Police Forces of Iraq (2018-) Federal Police"
    ]
    assert names(kb, "the Federal Police entered Mosul", "Iraq") == [
        "Police Forces of Iraq (2018-) Federal Police"
    ]


def test_actors_world_country_scoped_descriptors(kb):
    # "insurgents" is Al Shabaab in Somalia and the Islamist Militia in Mozambique, nothing elsewhere
    assert names(kb, "insurgents attacked the town", "Somalia") == ["Al Shabaab"]
    assert names(kb, "insurgents attacked the town", "Mozambique") == [
        "Islamist Militia (Mozambique)"
    ]
    assert names(kb, "insurgents attacked the town", "Chile") == []


def test_actors_world_libya_gna_name_follows_the_government(kb):
    assert names(kb, "GNA forces", "Libya", on=dt.date(2022, 1, 1)) == [
        "Military Forces of Libya (2021-) Government of National Unity"
    ]


def test_actors_world_state_forces_of_afghanistan_and_somalia(kb):
    assert names(kb, "ANDSF repelled a Taliban attack", "Afghanistan") == [
        "Military Forces of Afghanistan (2014-2021)",
        "Taliban",
    ]
    assert names(kb, "Somali National Army troops", "Somalia") == [
        "Military Forces of Somalia (2017-2022)"
    ]
    # "SNA" stays the Syrian National Army
    assert names(kb, "SNA fighters", "Syria") == [kb.name_on("sna", MAY_2020)]


def test_actors_world_border_unit_by_its_nationality(kb):
    assert names(kb, "The Kyrgyz border guards fired warning shots", "Kyrgyzstan") == [
        "Police Forces of Kyrgyzstan (2017-) Kyrgyz Frontier Force"
    ]


def test_actors_world_bandits_are_an_unidentified_armed_group(kb):
    [bandits, *_] = kb.find("bandits killed 12 villagers", country="Nigeria")
    assert (bandits.text, bandits.actor_id) == (
        "bandits",
        "generic:unidentified-armed-group:nigeria",
    )


def test_actors_world_security_forces_are_the_military_of_the_country(kb):
    [forces, *_] = kb.find("security forces killed 2 militants", country="India")
    assert (forces.text, forces.actor_id) == ("security forces", "generic:military:india")


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("M23 rebels captured Kitshanga", "Democratic Republic of Congo", "M23: March 23 Movement"),
        ("FARDC soldiers repelled the attack", "Democratic Republic of Congo",
         "Military Forces of the Democratic Republic of Congo (2019-)"),
        ("ENDF troops clashed with TPLF forces", "Ethiopia", "Military Forces of Ethiopia (2018-)"),
    ],
)  # fmt: skip
def test_actors_world_groups_and_forces_of_the_great_lakes_and_the_horn(
    kb, text, country, expected
):
    assert names(kb, text, country)[0] == expected


def test_actors_world_myanmars_junta_and_the_peoples_defence_force(kb):
    assert names(kb, "PDF fighters ambushed junta troops", "Myanmar", dt.date(2022, 5, 9)) == [
        "PDF: People's Defense Force",
        "Military Forces of Myanmar (2021-)",
    ]
