"""Villages of the Who's On First file (data/places/wof_localities.tsv.gz) in the gazetteer:
merged with cities500 by GeoNames id, found only by their exact name and only when the text
gives a reason (its admin1 named, a place nearby, or the only place of that name)."""

import pytest

from frontline.link.places import Gazetteer, default_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _found(gaz: Gazetteer, text: str, **kw) -> dict:
    return {m.text: m for m in gaz.find(text, **kw)}


def test_one_row_per_geonames_id_and_a_town_takes_the_villages_spellings(gaz):
    idx = gaz.index
    assert len(idx.ids) == len(set(idx.ids))
    (idlib,) = [r for r in range(len(idx.ids)) if idx.ids[r] == "169389"]
    assert not idx.village[idlib]  # cities500's town, not a second village row
    assert gaz.lookup("إدلب")[0].place_id == "169389"  # WOF's Arabic name


def test_a_village_in_the_governorate_the_sentence_names(gaz):
    found = _found(gaz, "Regime forces shelled Kansafra in Jabal al-Zawiya, Idlib.")
    assert (found["Kansafra"].name, found["Kansafra"].admin1) == ("Kansafrah", "Idleb")
    assert found["Kansafra"].geo_precision == 1


def test_a_homonym_is_ranked_by_the_named_governorate(gaz):
    quneitra = _found(gaz, "Shelling hit Ad Dardarah in Quneitra countryside on Monday.")
    tartus = _found(gaz, "Shelling hit Ad Dardarah in the countryside of Tartus on Monday.")
    assert quneitra["Ad Dardarah"].admin1 == "Quneitra"
    assert tartus["Ad Dardarah"].admin1 == "Tartous"


def test_a_village_homonym_without_context_is_no_place(gaz):
    assert "Dardarah" not in _found(gaz, "Syrian regime forces shelled Dardarah on Monday.")


def test_a_unique_village_of_the_country_the_text_is_about(gaz):
    found = _found(gaz, "Regime forces shelled Kansafra, Syria.")
    assert found["Kansafra"].admin1 == "Idleb"
    # ... but not when the text is about another country
    assert "Kansafra" not in _found(gaz, "Police dispersed a protest in Kansafra, Turkey.")


def test_a_village_near_another_place_of_the_text(gaz):
    text = "Turkish drones struck Batifa and Kani Masi in northern Iraq, near Zakho."
    found = _found(gaz, text)
    assert found["Batifa"].admin1 == "Dahuk"


def test_a_village_in_another_district_than_the_note_names_gives_way_to_the_district(gaz):
    text = "On 2 May 2020, forces clashed in Al Amir (As Sawmaah, Al Bayda) areas."
    m = _found(gaz, text)["Al Amir"]
    assert (m.admin1, m.admin2, m.place_id) == ("Al Bayda", "As Sawmaah", None)


def test_a_name_followed_by_district_is_the_district_not_its_namesake_village(gaz):
    m = _found(gaz, "Saudi forces fired artillery at villages west of Haydan district (Sadah).")[
        "Haydan"
    ]
    assert (m.feature, m.admin1) == ("admin2", "Sadah")


def test_villages_are_never_ranked_by_their_consonant_skeleton(gaz):
    # 'Sfuhen' is Safuhun's skeleton only: no score without its admin1 beside it (geo_loose)
    idx = gaz.index
    hits = gaz.lookup_rows("Sfuhen", country="Syria")
    assert all(score == 0.0 for score, row in hits if idx.village[row])


def test_a_village_said_to_lie_in_another_district_is_no_place(gaz):
    text = (
        "On 30 April 2020, tribal militia clashed with pro-Houthi groups in Adh Dharwah and "
        "Al Milh areas of Az Zahir district (Al Bayda)."
    )
    found = _found(gaz, text)
    assert "Al Milh" not in found  # WOF's Al Milh of Al Bayda lies in another district
    assert found["Az Zahir"].admin2 == "Az Zahir"


def test_a_syrian_town_named_ras_is_found_by_its_own_name(gaz):
    # "Ra's al 'Ayn" keyed as a possessive once left the Turkish twin town's alias to win
    text = (
        "Jihadists attacked a Kurdish town in northeastern Syria, near the Turkish border, on "
        "Friday. Their assault on the border town of Ras al-Ain went on into Saturday."
    )
    found = _found(gaz, text)
    assert (found["Ras al-Ain"].country, found["Ras al-Ain"].admin1) == ("Syria", "Al-Hasakeh")


def test_a_village_alone_with_its_own_name_is_placed_beside_alternate_name_homonyms():
    # 'Naameh' is also an alternate name of Naamet el Faouqa: the village of that own name wins
    from frontline.link.places import default_gazetteer

    found = default_gazetteer().find("Rioters blocked roads on the Naameh highway.", home="Lebanon")
    assert [(p.name, p.admin1) for p in found] == [("Naameh", "Mount Lebanon")]


def test_two_records_of_one_village_are_one_place():
    # Furn el Chebbak and Furn Ech Chebbak: one suburb recorded twice, half a kilometre apart
    from frontline.link.places import default_gazetteer

    found = default_gazetteer().find("Rioters burned two ATMs in Furn el Chebbak.", home="Lebanon")
    assert [(p.name, p.admin1) for p in found] == [("Furn el Chebbak", "Mount Lebanon")]


def test_a_village_written_with_a_lower_case_article_apart(gaz):
    found = _found(gaz, "Rioters blocked the Baalbek road in the town of el Ain.")
    assert found["el Ain"].admin1 == "Baalbek-Hermel"
    # the English "at" is no article: "at Baalbek" is Baalbek, not a place called "Al Baalbek"
    assert "at Baalbek" not in _found(gaz, "Protesters gathered at Baalbek.")


def test_a_town_ties_with_a_village_at_the_top_of_the_scale_by_evidence_not_float_noise(gaz):
    # Mari' bears "Maarrata" as an alternate name; the village Ma'arratah as its own
    found = _found(gaz, "A demonstration took place in the town of Maarrata in Aleppo province.")
    assert found["Maarrata"].name == "Ma'arratah"


def test_a_name_ending_in_an_arabic_positional_adjective_is_found_by_its_english_form(gaz):
    found = _found(
        gaz, "A gunman clashed with a soldier on Western Ghariyeh - Kahil road in Dar'a."
    )
    assert (found["Western Ghariyeh"].name, found["Western Ghariyeh"].admin1) == (
        "Ghariyah al Gharbiyah",
        "Dar'a",
    )
    # lower-case, the direction is a part of a place, not the village's name
    assert "western Ghariyeh" not in _found(gaz, "Shelling hit the western Ghariyeh area in Dar'a.")


def test_a_spot_named_after_its_village_in_a_province_is_the_village(gaz):
    found = _found(gaz, "Protesters gathered at the Kamed el Loz triangle in Bekaa.")
    square = _found(gaz, "Protesters gathered at the Halba square in Tripoli, Lebanon.")
    assert found["Kamed el Loz"].score > found["Bekaa"].score
    # in a town, the spot is the town's: the name before it only names the spot
    assert "Halba" not in square or square["Halba"].score < square["Tripoli"].score
