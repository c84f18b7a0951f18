"""The shipped actor KB: loading, validation, mention finding, generic and provisional actors."""

import datetime as dt
from pathlib import Path

import pytest

from frontline.errors import KnowledgeError
from frontline.link.actors import ActorKB, default_kb, strip_period

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return default_kb()


def mentions(kb, text, country=None):
    return [(m.text, m.actor_id) for m in kb.find(text, country=country)]


def test_actors_load_from_the_shipped_files():
    # load time and memory are measured in bench/load.py, not asserted here
    kb = ActorKB.load()
    assert len(kb) > 150 and kb.alias_count > 1000


def test_actors_shipped_files_validate_clean(kb):
    assert kb.validate() == []


def test_actors_every_actor_has_a_source(kb):
    assert all(a.sources for a in kb.actors.values())


def test_actors_validate_reports_broken_data():
    bad = ActorKB.load([FIXTURES / "actors_bad.yaml"])
    problems = "\n".join(bad.validate())
    assert "ends before it starts" in problems
    assert "overlap" in problems
    assert "'Shared Name' claimed by alpha and beta" in problems
    assert "missing-successor" in problems
    assert "no-such-coalition" in problems
    assert "beta: no sources" in problems
    assert "inter 9" in problems


def test_actors_find_hts_spellings(kb):
    text = (
        "Hayat Tahrir-al-Sham (HTS) fighters and Hay’at Tahrir al-Sham members met Tahrir al-Sham."
    )
    assert [aid for _, aid in mentions(kb, text)] == ["hts"] * 4


def test_actors_find_nusra_spellings(kb):
    text = "Jabhat al-Nusra, also called al Nusrah Front, the Nusra Front or Jabhat al Nusra."
    found = mentions(kb, text)
    assert [t for t, _ in found] == [
        "Jabhat al-Nusra",
        "al Nusrah Front",
        "Nusra Front",
        "Jabhat al Nusra",
    ]
    assert {aid for _, aid in found} == {"jabhat-al-nusra"}


def test_actors_find_offsets_point_into_original_text(kb):
    text = "On Monday, Hay’at Tahrir al-Sham shelled positions."
    (m,) = kb.find(text)
    assert text[m.start : m.end] == m.text == "Hay’at Tahrir al-Sham"
    assert (m.kind, m.inter, m.country) == ("kb", 2, "Syria")


def test_actors_find_islamic_state_acronyms_case_sensitive(kb):
    text = "Is this the work of the Islamic State (IS, formerly ISIS)? It is, said IS militants."
    found = mentions(kb, text)
    assert [t for t, _ in found] == ["Islamic State", "IS", "ISIS", "IS militants"]
    assert {aid for _, aid in found} == {"islamic-state"}


def test_actors_find_is_verb_never_matches(kb):
    assert mentions(kb, "Is this true? It is. This is what is said.") == []


def test_actors_find_branch_by_country(kb):
    assert mentions(kb, "IS militants attacked a checkpoint.", "Iraq") == [
        ("IS militants", "islamic-state-iraq")
    ]


def test_actors_find_longest_match_wins(kb):
    assert mentions(kb, "pro-Houthi forces shelled the Syrian National Army.") == [
        ("pro-Houthi forces", "houthis"),
        ("Syrian National Army", "sna"),
    ]


def test_actors_find_skips_negated_prefix(kb):
    found = mentions(kb, "anti-Houthi National Resistance forces repelled Houthi forces.")
    assert found == [
        ("National Resistance forces", "national-resistance-forces"),
        ("Houthi forces", "houthis"),
    ]


def test_actors_find_descriptor_needs_country_when_ambiguous(kb):
    text = "Government forces shelled the village."
    # without a country: the state's military, named once the event's country is known
    assert mentions(kb, text) == [("Government forces", "generic:military")]
    assert mentions(kb, text, "Syria") == [("Government forces", "syria-military")]
    assert mentions(kb, text, "Yemen") == [("Government forces", "yemen-military")]


def test_actors_find_unique_descriptor_without_country(kb):
    assert mentions(kb, "regime forces shelled Kafr Nabl") == [("regime forces", "syria-military")]


def test_actors_find_generic_mentions(kb):
    (m,) = kb.find("unidentified gunmen opened fire", country="Yemen")
    assert (m.actor_id, m.kind, m.inter, m.country) == (
        "generic:unidentified-armed-group:yemen",
        "generic",
        3,
        "Yemen",
    )


def test_actors_find_state_forces_abroad_are_external(kb):
    (m,) = kb.find("Turkish forces shelled Tal Rifaat.", country="Syria")
    assert (m.actor_id, m.inter) == ("turkey-military", 8)
    (m,) = kb.find("Turkish forces raided a village.", country="Turkey")
    assert m.inter == 1


def test_actors_coalition_membership_jaysh_al_fatah_2015(kb):
    import datetime as dt

    members = set(kb.members("jaysh-al-fatah", dt.date(2015, 6, 1)))
    assert {"jabhat-al-nusra", "ahrar-al-sham", "jund-al-aqsa", "faylaq-al-sham", "liwa-al-haqq",
            "jaysh-al-sunna", "ajnad-al-sham"} <= members  # fmt: skip
    assert "hts" not in members
    assert "jaysh-al-fatah" in kb.coalitions_of("ahrar-al-sham", dt.date(2015, 6, 1))
    assert kb.coalitions_of("ahrar-al-sham", dt.date(2020, 1, 1)) == [
        "national-front-for-liberation"
    ]


def test_actors_generic_templates(kb):
    assert kb.generic("civilians", "Syria").name == "Civilians (Syria)"
    assert kb.generic("Protesters ({country})", "Lebanon").inter == 6
    assert (
        kb.generic("tribal-militia", "Yemen", name="Al Awad").name
        == "Al Awad Tribal Militia (Yemen)"
    )
    assert kb.generic("police", "Yemen").name == "Police Forces of Yemen (2012-)"
    assert kb.generic("settlers").name == "Settlers (Israel)"
    with pytest.raises(KnowledgeError):
        kb.generic("tribal-militia", "Yemen")
    with pytest.raises(KnowledgeError):
        kb.generic("no-such-template", "Yemen")


def test_actors_lookup_acled_names(kb):
    assert kb.lookup_name("Military Forces of Syria (2000-)") == "syria-military"
    assert (
        kb.lookup_name("Military Forces of Yemen (2012-) Security Belt Forces")
        == "yemen-security-belt"
    )
    assert (
        kb.lookup_name("Unidentified Clan Militia (Lebanon)") == "generic:unidentified-clan-militia"
    )
    assert kb.lookup_name("Nonexistent Brigade of Nowhere") is None
    assert strip_period("Military Forces of Yemen (2016-) Supreme Political Council") == (
        "Military Forces of Yemen Supreme Political Council"
    )


def test_actors_provisional(kb):
    actor = kb.provisional("Liwa Imaginary Example", 2, "Syria")
    assert actor.id == "prov:liwa-imaginary-example"
    assert kb.get(actor.id) is actor and actor.origin == "provisional"


def test_actors_search_fuzzy(kb):
    assert kb.search("Hayat Tahrir al Sham")[0].id == "hts"
    assert kb.search("Jabhat al-Nusrah")[0].id == "jabhat-al-nusra"
    assert kb.search("Hezbolla")[0].id == "hezbollah"


def test_actors_find_possessive_keeps_the_name(kb):
    assert mentions(kb, "the PMF's rocket shelling") == [("PMF", "iraq-pmf")]
    assert mentions(kb, "Hay'at Tahrir al-Sham") == [("Hay'at Tahrir al-Sham", "hts")]


def test_actors_find_common_noun_inside_a_proper_name_is_not_a_group(kb):
    text = "They marked International Workers' Day. Workers protested."
    assert mentions(kb, text, country="Turkey") == [("Workers", "generic:labour-group:turkey")]


def test_actors_find_civilian_as_an_adjective_of_places_is_not_people(kb):
    assert mentions(kb, "shelled civilian houses and farms", country="Yemen") == []
    assert mentions(kb, "killing a civilian", country="Yemen") == [
        ("a civilian", "generic:civilians:yemen")
    ]


def test_actors_a_facility_named_after_an_actor_is_not_the_actor(kb):
    text = "Military Intelligence raided the area around Al-Fateh Hospital in Kafr Batna."
    assert all(aid != "fatah" for _, aid in mentions(kb, text, "Syria"))
    assert ("Fatah", "fatah") in mentions(kb, "Fatah supporters rallied in Ramallah.", "Palestine")


def test_actors_two_groups_sharing_one_head_noun_are_both_found(kb):
    text = "Martyr Soro Amed and Martyr Sorxwin Roboski Vengeance Units claimed the attack."
    assert [(m.text, m.actor_id) for m in kb.find(text)] == [
        ("Martyr Soro Amed", "msav"),
        ("Martyr Sorxwin Roboski Vengeance Units", "msrv"),
    ]


def test_actors_an_elided_head_is_never_guessed_without_the_alias(kb):
    text = "Local Notables and Martyr Sorxwin Roboski Vengeance Units met."
    assert [m.actor_id for m in kb.find(text) if m.kind == "kb"] == ["msrv"]


def test_actors_a_possessive_alias_matches_without_its_apostrophe(kb):
    # scraped text often loses apostrophes: "Assads air force" is "Assad's air force"
    assert ("Assads air force", "syria-military") in mentions(kb, "Assads air force struck")
    assert ("Assad's air force", "syria-military") in mentions(kb, "Assad's air force struck")


def test_actors_the_syrian_coalition_is_not_the_us_led_coalition(kb):
    assert mentions(kb, "The Syrian Coalition condemned the raids") == [
        ("Syrian Coalition", "syrian-national-coalition")
    ]


def test_actors_another_countrys_descriptor_does_not_hide_a_name(kb):
    # "coalition air strikes" describes the Saudi-led coalition in Yemen only
    assert mentions(kb, "in US-led coalition air strikes", country="Syria") == [
        ("US-led coalition", "global-coalition")
    ]


def test_actors_ukraine_security_service_is_a_state_unit():
    kb = default_kb()
    (m,) = [m for m in kb.find("The SBU detained a man in Kharkiv.") if m.text == "SBU"]
    actor = kb.get(m.actor_id)
    assert (actor.kind, actor.country) == ("state", "Ukraine")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("5 FC personnel were killed in Kech.", "Police Forces of Pakistan (2018-) Frontier Corps"),
        ("BSF personnel fired at smugglers.", "Police Forces of India (2014-) Border Security Force"),
        ("Nepal Armed Police personnel stopped them.", "Police Forces of Nepal (2015-) Armed Police Force"),
        ("The FSB raided a flat.", "Police Forces of Russia (2000-) Federal Security Service"),
    ],
)  # fmt: skip
def test_actors_paramilitary_and_security_services_are_units_of_their_state(text, name):
    kb = default_kb()
    names = {kb.get(m.actor_id).name_at(dt.date(2020, 5, 8)) for m in kb.find(text)}
    assert name in names


def test_actors_france_s_sahel_operation_is_its_military():
    kb = default_kb()
    (m,) = kb.find("Barkhane forces struck a jihadist camp.")
    assert kb.get(m.actor_id).name_at(dt.date(2020, 5, 9)) == "Military Forces of France (2017-)"


def test_actors_the_maras_are_named_groups():
    kb = default_kb()
    found = {
        kb.get(m.actor_id).name for m in kb.find("MS-13 members and the 18th Street gang clashed.")
    }
    assert found == {"MS-13: Mara Salvatrucha", "Barrio 18"}


def test_actors_sinai_province_is_the_islamic_state_s_egyptian_branch():
    kb = default_kb()
    (m,) = kb.find("Wilayat Sinai militants attacked an army checkpoint in Bir al-Abd.")
    actor = kb.get(m.actor_id)
    assert (actor.name, actor.branch_of) == ("Islamic State (Egypt)", "islamic-state")
    found = kb.find("Gunmen killed a man in Arish, North Sinai Province.")
    assert m.actor_id not in {f.actor_id for f in found}  # the governorate is no actor


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("LeT militants attacked a police party.", "India", "LeT: Lashkar-e-Taiba"),
        ("Dozo hunters attacked a village.", "Mali", "Dozo Communal Militia (Mali)"),
        ("Dozo hunters attacked a village.", "Burkina Faso", "Dozo Communal Militia (Burkina Faso)"),
        ("Koglweogo militiamen abducted two men.", "Burkina Faso", "Koglweogo Militia"),
        ("Ahlu Sunna Wal Jamaa fighters clashed with Al Shabaab.", "Somalia",
         "ASWJ: Ahlu Sunna Wal Jamaa"),
        ("Ahlu Sunnah Wal Jamaa insurgents attacked the town.", "Mozambique",
         "Islamist Militia (Mozambique)"),
    ],
)  # fmt: skip
def test_actors_armed_groups_of_the_sahel_kashmir_and_somalia(text, country, name):
    kb = default_kb()
    assert name in {kb.get(m.actor_id).name for m in kb.find(text, country=country)}
