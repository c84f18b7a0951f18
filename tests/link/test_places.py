"""Place lookup and mention finding on the real embedded gazetteer (cached after the first build)."""

import pytest

from frontline.link.places import Gazetteer, default_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _by_text(mentions):
    return {m.text: m for m in mentions}


def test_places_idlib_city_vs_province(gaz):
    city = gaz.find("Rebels captured the city of Idlib on Saturday.")[0]
    assert (city.feature, city.admin1, city.geo_precision) == ("populated place", "Idleb", 1)
    province = gaz.find("Shelling continued across Idlib province.")[0]
    assert (province.feature, province.admin1, province.geo_precision) == ("admin1", "Idleb", 3)


@pytest.mark.parametrize("spelling", ["Jisr al Shughur", "Jisr al-Shughur", "Jisr ash-Shughur"])
def test_places_jisr_al_shughur_spellings(gaz, spelling):
    text = f"Jihadists took {spelling} from the Syrian army."
    m = _by_text(gaz.find(text))[spelling]
    assert m.place_id == "169023"
    assert (m.admin1, m.admin2) == ("Idleb", "Jisr-Ash-Shugur")
    assert text[m.start : m.end] == spelling


def test_places_al_ghab_plain_is_a_curated_feature_in_hama(gaz):
    # the alias with its lower-case head noun is the feature's whole name
    m = _by_text(gaz.find("Regime forces advanced in the Al Ghab plain."))["Al Ghab plain"]
    assert (m.place_id, m.admin1, m.geo_precision) == ("fl:al-ghab", "Hama", 3)


@pytest.mark.parametrize("spelling", ["Busra", "Bosra", "Busra al-Sham"])
def test_places_busra_spellings_resolve_to_daraa(gaz, spelling):
    m = _by_text(gaz.find(f"Rebels captured {spelling}, in southern Syria."))[spelling]
    assert (m.name, m.admin1) == ("Busra ash Sham", "Dar'a")


def test_places_aleppo_and_raqqa(gaz):
    found = _by_text(gaz.find("Fighting in Aleppo, the country's largest city, and in Raqqa."))
    assert found["Aleppo"].admin1 == "Aleppo"
    assert found["Raqqa"].admin1 == "Ar-Raqqa"
    assert abs(found["Aleppo"].latitude - 36.2) < 0.1


def test_places_acled_note_parenthesis_gives_admin_units(gaz):
    text = "On 9 May 2020, clashes erupted in Al Madid (Nihm, Sanaa) between Houthi forces."
    m = _by_text(gaz.find(text))["Al Madid"]
    assert (m.country, m.admin1, m.admin2) == ("Yemen", "Sanaa", "Nihm")


def test_places_unknown_village_before_parenthesis_still_placed(gaz):
    text = "On 3 May 2020, Houthi forces shelled Bab Ghaliq front (Qaatabah, Ad Dali)."
    m = _by_text(gaz.find(text))["Bab Ghaliq"]
    assert (m.admin1, m.admin2, m.geo_precision, m.place_id) == ("Ad Dali", "Qaatabah", 2, None)
    # at the district's seat town (Qa'tabah), not at the governorate's seat (Ad Dali)
    assert (round(m.latitude, 1), round(m.longitude, 1)) == (13.9, 44.7)


def test_places_a_yemeni_district_sits_at_its_geonames_district_town(gaz):
    # GeoNames' town of Nihm district is Al Madid; Al Husha's is Dawran
    nihm = _by_text(gaz.find("Clashes erupted on the Nehm front (Nihm, Sanaa)."))["Nehm"]
    assert (nihm.admin2, round(nihm.latitude, 2), round(nihm.longitude, 2)) == (
        "Nihm",
        15.64,
        44.47,
    )
    husha = _by_text(gaz.find("Airstrikes targeted Al Husha district (Ad Dali)."))["Al Husha"]
    assert (husha.admin1, husha.admin2, husha.geo_precision) == ("Ad Dali", "Al Husha", 2)
    assert round(husha.latitude, 2) == 13.77


def test_places_a_yemeni_town_takes_the_district_it_is_the_seat_of(gaz):
    found = _by_text(gaz.find("Protesters gathered in Sanaa, Taiz and Zinjibar."))
    assert found["Sanaa"].admin2 == "Old City"
    assert found["Taiz"].admin2 == "Salh"
    assert found["Zinjibar"].admin2 == "Zingibar"  # ACLED's spelling of the district


def test_places_iraq_and_lebanon_notes(gaz):
    iraq = _by_text(
        gaz.find("On 6 May 2020, an IED exploded near Tikrit in Salah al-Din province.")
    )
    assert (iraq["Tikrit"].admin1, iraq["Tikrit"].geo_precision) == ("Sala al-Din", 2)
    assert iraq["Salah al-Din"].feature == "admin1"
    leb = _by_text(gaz.find("On 8 May 2020, protesters gathered in Tripoli, North Lebanon."))
    assert (leb["Tripoli"].country, leb["Tripoli"].admin1) == ("Lebanon", "North")


def test_places_actor_and_org_names_are_not_locations(gaz):
    found = _by_text(gaz.find("Idlib rebels met the Aleppo Military Council, Al Jazeera said."))
    assert not found


def test_places_ahrar_al_sham_is_not_damascus(gaz):
    assert not gaz.find("Ahrar al Sham and Hayat Tahrir al-Sham fighters.")


def test_places_capital_metonymy_scores_low(gaz):
    said = _by_text(gaz.find("Damascus said the strikes were illegal."))["Damascus"]
    located = _by_text(gaz.find("Explosions shook Damascus overnight."))["Damascus"]
    assert said.score < 0.5 < located.score


def test_places_lookup_ranks_country_and_skeleton(gaz):
    assert gaz.lookup("Duma", country="Syria")[0].admin1 == "Rural Damascus"
    assert gaz.lookup("Deir al-Zour")[0].admin1 == "Deir-ez-Zor"
    assert gaz.lookup("Ariha", country="Syria")[0].admin1 == "Idleb"
    assert gaz.lookup("Jericho")[0].country == "Palestine"


def test_places_country_info(gaz):
    syria = gaz.country("Syria")
    assert (syria.name, syria.iso, syria.iso3) == ("Syria", 760, "SYR")
    assert gaz.country("PS").name == "Palestine"
    assert gaz.country("887").name == "Yemen"
    assert gaz.country("Türkiye").name == "Turkey"
    assert gaz.country("Atlantis") is None


def test_places_admin1_by_name_uses_acled_spelling(gaz):
    m = gaz.admin1_by_name("Syria", "Deir ez-Zor")
    assert (m.admin1, m.feature, m.geo_precision) == ("Deir-ez-Zor", "admin1", 3)
    assert gaz.admin1_by_name("Iraq", "Dohuk").admin1 == "Dahuk"
    assert gaz.admin1_by_name("Lebanon", "Nabatieh").admin1 == "Nabatiye"
    assert gaz.admin1_by_name("Syria", "Nowhere") is None


def test_places_all_core_admin1_units_are_placed(gaz):
    idx = gaz.index
    for code, name in idx.admin1_names.items():
        if code.split(".")[0] in idx.core:
            assert code in idx.admin1_rows, f"{code} {name} has no coordinates"


def test_places_generic_heads_alone_or_opening_an_unknown_name_are_no_place(gaz):
    found = _by_text(gaz.find("Shelling hit Kafr and later Bab Sharqi Zawr, near Idlib city."))
    assert "Kafr" not in found and "Bab" not in found
    assert found["Idlib"].admin1 == "Idleb"


def test_places_alternate_names_abroad_are_not_places(gaz):
    # 'Molotov' is an old name of Perm (Russia): a word, not a place, in a Lebanese report
    found = _by_text(gaz.find("Rioters hurled a Molotov cocktail at a bank in Tripoli."))
    assert "Molotov" not in found
    assert found["Tripoli"].country == "Lebanon"


def test_places_a_name_after_the_definite_article_is_no_town(gaz):
    found = _by_text(gaz.find("Protesters gathered outside the Seray in Tripoli."))
    seray = found.get("Seray")
    assert seray is None or seray.score < found["Tripoli"].score


def test_places_bracketed_location_before_a_parenthesis(gaz):
    text = "An airstrike hit Tharwa mountain [Aqabat Tharwa] (Mukayras, Al Bayda) on Monday."
    m = _by_text(gaz.find(text))["Aqabat Tharwa"]
    assert (m.country, m.admin1, m.admin2, m.geo_precision) == ("Yemen", "Al Bayda", "Mukayras", 2)


def test_places_lower_case_words_between_a_name_and_its_parenthesis(gaz):
    text = "Gunmen opened fire in Zarqa market (Al Mansurah, Aden), injuring a guard."
    m = _by_text(gaz.find(text))["Zarqa"]
    # ACLED's admin2 column writes the district of Al Mansurah town 'Al Mansura'
    assert (m.country, m.admin1, m.admin2) == ("Yemen", "Aden", "Al Mansura")


def test_places_a_district_spelled_otherwise_in_the_parenthesis_takes_acleds_spelling(gaz):
    m = _by_text(gaz.find("Saudi shelling hit Al Ghor village (Raizh, Sadah) on Sunday."))[
        "Al Ghor"
    ]
    assert (m.admin1, m.admin2, m.geo_precision) == ("Sadah", "Razih", 2)


def test_places_possessive_without_apostrophe_ends_the_name_before(gaz):
    m = _by_text(gaz.find("An explosion hit a mosque in Syrias Idlib province on Friday."))["Idlib"]
    assert (m.feature, m.admin1) == ("admin1", "Idleb")


def test_places_district_named_by_its_seat_town_is_precision_2(gaz):
    m = _by_text(gaz.find("Shelling hit Qaatabah district (Ad Dali) on Monday."))["Qaatabah"]
    assert (m.admin1, m.geo_precision) == ("Ad Dali", 2)


def test_places_near_the_town_of_is_precision_2(gaz):
    m = _by_text(gaz.find("Clashes erupted near the town of Saraqib on Monday."))["Saraqib"]
    assert (m.admin1, m.geo_precision) == ("Idleb", 2)


def test_places_admin1_written_after_a_name_ranks_its_homonyms(gaz):
    found = _by_text(gaz.find("Rebels shelled Tripoli, North Lebanon, on Monday."))
    assert found["Tripoli"].country == "Lebanon"


def test_places_curated_camp_and_town_below_cities500(gaz):
    found = _by_text(gaz.find("Clashes broke out in the Ain al-Hilweh camp near Sidon."))
    camp = found["Ain al-Hilweh"]
    assert (camp.place_id, camp.country, camp.admin1, camp.admin2) == (
        "fl:lb-ain-al-hilweh",
        "Lebanon",
        "South",
        "Saida",
    )
    town = _by_text(gaz.find("Protesters blocked the Saadnayel highway on Monday."))["Saadnayel"]
    assert (town.admin1, town.admin2) == ("Bekaa", "Zahleh")


def test_places_admin1_after_a_comma_rules_out_homonyms_elsewhere(gaz):
    found = _by_text(gaz.find("Arsonists hit a factory in Tuzla, Istanbul on Monday."))
    assert "Tuzla" not in found or found["Tuzla"].admin1 == "Istanbul"
    assert found["Istanbul"].admin1 == "Istanbul"


def test_places_persian_ezafe_joins_a_name(gaz):
    found = _by_text(gaz.find("Municipality workers in Kut e Abdollah protested on Monday."))
    assert found["Kut e Abdollah"].country == "Iran"
    assert "Kut" not in found


def test_places_first_part_of_an_unknown_longer_name_is_no_place(gaz):
    found = _by_text(gaz.find("Shelling hit Tuz al Zarqa village in Iraq."))
    assert "Tuz" not in found


def test_places_square_named_after_a_place_yields_to_the_town_it_is_in(gaz):
    found = gaz.find("Protesters met at the Baalbek Square in Tripoli, North Lebanon.")
    best = max(found, key=lambda m: m.score)
    assert best.text == "Tripoli"


def test_places_nationality_of_a_state_body_is_a_weak_country_mention(gaz):
    m = _by_text(gaz.find("The Turkish Government imposed a two-day curfew."))["Turkish"]
    assert (m.feature, m.country, m.admin1, m.geo_precision) == ("country", "Turkey", "Ankara", 3)
    assert m.score < 0.5  # only places an event when nothing finer is said
    assert "Turkish" not in _by_text(gaz.find("Turkish forces shelled the village."))


def test_places_the_most_named_country_leads_the_focus(gaz):
    text = (
        "The Syrian regime fired rockets on rebel-held Ghouta, Syria's opposition said. "
        "Syrian activists and the US condemned the attack on Syria's civilians."
    )
    m = _by_text(gaz.find(text))["Ghouta"]
    assert (m.place_id, m.country, m.admin1) == ("fl:sy-ghouta", "Syria", "Rural Damascus")


def test_places_east_jerusalem_neighbourhood_is_coded_in_palestine(gaz):
    text = "Clashes erupted in the Isawiyah neighbourhood of Jerusalem during an arrest raid."
    m = _by_text(gaz.find(text))["Isawiyah"]
    assert (m.country, m.admin1, m.admin2, m.geo_precision) == (
        "Palestine",
        "West Bank",
        "Al Quds",
        2,
    )
    assert m.score >= 0.75  # "X neighbourhood" supports a neighbourhood as much as a town


def test_places_a_governorate_carries_the_district_of_its_seat(gaz):
    # ACLED codes a governorate-wide event at the seat town, with that town's admin2
    assert gaz.admin1_by_name("Yemen", "Al Jawf").admin2 == "Al Hazm"
    assert gaz.admin1_by_name("Yemen", "Amanat al Asimah").admin2 == "Old City"
    assert gaz.admin1_by_name("Iraq", "Ninewa").admin2 == "Mosul"


def test_places_a_reviewed_name_with_a_two_letter_key_is_found(gaz):
    # 'Ibb' folds to the key 'ib', shorter than the index keeps for other names
    found = _by_text(gaz.find("Gunmen killed a teacher in Ibb city, and clashes hit Ibb province."))
    assert (found["Ibb"].country, found["Ibb"].admin1) == ("Yemen", "Ibb")
    assert gaz.admin1_by_name("Yemen", "Ibb").admin2 == "Al Mashannah"  # GeoNames' district of Ibb


def test_places_every_yemeni_district_seat_is_a_town_of_its_governorate(gaz):
    from frontline.link import geo_data

    idx = gaz.index
    units = {
        (idx.admin1[r], idx.names[r]): r for r in range(len(idx.ids)) if idx.kind[r] == "admin2"
    }
    for row in geo_data.read_admin("acled_admin2.tsv"):
        if row.country == "Yemen":
            unit = units[(row.code.rsplit(".", 1)[0], row.acled)]
            assert idx.precision[unit] == (2 if row.seat else 3), row.code
