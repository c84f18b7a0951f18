"""The countries a text is about: its country words (not a sponsor's: 'Saudi-led'), the outlet's
home country, and names with a single reading; they decide between homonyms."""

import pytest

from frontline.link.places import Gazetteer, default_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _countries(mentions) -> dict[str, str]:
    return {m.text: m.country for m in mentions}


def test_the_same_alternate_name_resolves_at_home(gaz):
    text = "Villagers marched against the planned Bisri dam on Sunday."
    assert _countries(gaz.find(text, home="Iraq"))["Bisri"] == "Iraq"


def test_an_alternate_name_of_a_hamlet_abroad_sets_no_country_focus(gaz):
    # 'Masnaa' is also an alternate name of a Yemeni hamlet: the Lebanese town sets the focus
    found = _countries(gaz.find("Drivers blocked the road between Zahle and Masnaa."))
    assert found["Zahle"] == "Lebanon"
    # Masnaa is also a Lebanese village (WOF), near Zahle: never the Yemeni hamlet
    assert found.get("Masnaa") in (None, "Lebanon")


def test_the_text_outranks_the_outlet(gaz):
    text = "Israeli drones flew over Tyre, and shelling hit Rafah in Gaza."
    found = _countries(gaz.find(text, home="Lebanon"))
    assert found["Tyre"] == "Lebanon"
    assert found["Rafah"] == "Palestine"


def test_a_sponsor_country_is_not_the_theatre(gaz):
    # "Saudi-led" names who leads the coalition, so "(Al Jawf)" is Yemen's province, not Saudi's
    found = gaz.find("Saudi-led coalition jets struck Wadi Qutba area in northern Yemen (Al Jawf).")
    assert {m.country for m in found if m.admin1 == "Al Jawf"} == {"Yemen"}


def test_a_single_reading_name_keeps_its_countrys_alternate_names(gaz):
    # "Turkish" names who struck; Mosul (only in Iraq) says Iraq is a theatre too
    assert _countries(gaz.find("Turkish drones struck Bisri and Mosul."))["Bisri"] == "Iraq"
    assert "Bisri" not in _countries(gaz.find("Turkish drones struck Bisri."))


@pytest.mark.parametrize(
    "text, town, admin1",
    [
        ("A man was shot dead in Contagem, Minas Gerais, on Friday.", "Contagem", "Minas Gerais"),
        ("Gunmen attacked a bar in Cuauhtemoc municipality, Chihuahua.", "Cuauhtemoc", "Chihuahua"),
        ("Militants raided a camp near Kismayo (Lower Juba) at dawn.", "Kismayo", "Lower Juba"),
    ],
)
def test_a_town_beside_its_province_names_the_country(gaz, text, town, admin1):
    # no country word: a small town abroad counts only when written beside the province it is in
    found = {m.text: m for m in gaz.find(text)}
    assert found[town].admin1 == admin1


def test_a_town_beside_another_countrys_province_sets_no_focus(gaz):
    # Contagem lies in Minas Gerais, not in Mexico's Chihuahua: no nesting, so no Brazil focus
    assert "Contagem" not in _countries(gaz.find("A man was shot in Contagem, Chihuahua."))


def test_a_capital_abroad_is_placed_without_its_country(gaz):
    assert (
        _countries(gaz.find("Police dispersed a rally in Tirana on Saturday."))["Tirana"]
        == "Albania"
    )


def test_a_province_named_as_one_is_placed_without_its_country(gaz):
    found = {m.text: m for m in gaz.find("A video from Guerrero state showed the beating.")}
    assert found["Guerrero"].country == "Mexico"
    assert "Guerrero" not in _countries(gaz.find("A video from Guerrero showed the beating."))


def test_a_town_of_a_region_names_the_country(gaz):
    found = {m.text: m for m in gaz.find("People drove in Contagem of the Minas Gerais region.")}
    assert found["Contagem"].country == "Brazil"


def test_a_town_of_some_size_abroad_names_its_country(gaz):
    # Gomel: a city fifty times larger than its Nigerian homonym Gumel
    assert _countries(gaz.find("Around 40 people protested in Gomel on Thursday."))["Gomel"] == (
        "Belarus"
    )
    # Patras is the English name (GeoNames' alternate name) of the city of Patra
    assert _countries(gaz.find("Artists rallied in Patras for support."))["Patras"] == "Greece"


def test_a_small_homonym_abroad_names_no_country(gaz):
    # Santa Cruz: Bolivia's is the largest, but not ten times Morocco's or Spain's
    assert "Santa Cruz" not in _countries(gaz.find("Gunmen shot a man in Santa Cruz on Monday."))


def test_names_with_romance_particles_are_one_place(gaz):
    found = {m.text: m for m in gaz.find("Drivers gathered in Juiz de Fora, Minas Gerais.")}
    assert found["Juiz de Fora"].country == "Brazil"
    found = {
        m.text: m for m in gaz.find("A man was shot in Corumba, Mato Grosso do Sul, on Friday.")
    }
    # 'Mato' is no Israeli village Matta' inside the state's name
    assert found["Mato Grosso do Sul"].admin1 == "Mato Grosso do Sul"
    assert "Mato" not in found


def test_a_unit_word_only_one_country_uses_sets_the_focus(gaz):
    # Benin has a Plateau department too; "LGA" is Nigeria's local government area
    found = {m.text: m for m in gaz.find("Gunmen killed a farmer in Miango (Bassa LGA, Plateau).")}
    assert found["Miango"].country == "Nigeria"


def test_a_province_after_a_town_the_gazetteer_lacks_names_its_country(gaz):
    found = {m.text: m for m in gaz.find("In Culianca, Sinaloa, armed men attacked a man.")}
    assert found["Sinaloa"].country == "Mexico"
    # a province named alone, with no town before it, still is not placed
    assert "Sinaloa" not in _countries(gaz.find("A video from Sinaloa showed the beating."))


def test_a_lower_case_word_is_no_country_word(gaz):
    # "they" folds to the key of "Thai": it set a Thailand focus on any text that used it
    text = "Artists rallied in Patras, where they demanded support."
    assert _countries(gaz.find(text))["Patras"] == "Greece"
    # nor at the start of a sentence, while the demonym itself still counts
    text = "Artists rallied in Patras. They demanded support."
    assert _countries(gaz.find(text))["Patras"] == "Greece"
    assert _countries(gaz.find("Thai soldiers clashed with rebels in Yala."))["Yala"] == "Thailand"


def test_a_town_of_a_route_pair_names_its_country(gaz):
    # 'Kaduna-Abuja highway': Kaduna goes on into Abuja's name, a pair, not a longer name
    found = gaz.find("Gunmen abducted 5 travellers on the Kaduna-Abuja highway.")
    assert [(p.name, p.country) for p in found][:1] == [("Kaduna", "Nigeria")]


def test_a_name_the_gazetteer_has_whole_may_hold_and(gaz):
    found = gaz.find("Militants were killed in Shopian, Jammu and Kashmir.")
    assert [(p.text, p.feature) for p in found] == [
        ("Shopian", "populated place"),
        ("Jammu and Kashmir", "admin1"),
    ]
    # two names joined by "and" stay two names
    assert [p.text for p in gaz.find("Clashes in Aleppo and Idlib.")] == ["Aleppo", "Idlib"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Clashes in South Africa.", "South Africa"),
        ("Protest in North Macedonia.", "North Macedonia"),
        ("Soldiers of the army of South Sudan looted goods.", "South Sudan"),
    ],
)
def test_a_stoplist_word_may_open_a_country_name(gaz, text, country):
    # 'South' alone is no country word, 'South Sudan' is (and not Sudan)
    assert [p.country for p in gaz.find(text)] == [country]


def test_a_unit_named_with_its_unit_word_outweighs_a_town_of_the_actors_country(gaz):
    # 'Russian forces' set a Russian focus; 'Donetsk oblast' is Ukraine's, not Donetsk, Rostov
    [m] = gaz.find("Russian forces captured the village of Lastochkyne in Donetsk oblast.")
    assert (m.country, m.admin1, m.feature) == ("Ukraine", "Donetsk", "admin1")


def test_a_town_abroad_stands_when_only_forces_nationality_set_the_focus(gaz):
    # 'Ukrainian drone' says who struck; Belgorod is where
    [m] = gaz.find("A Ukrainian drone attack on Belgorod killed a civilian.")
    assert (m.name, m.country) == ("Belgorod", "Russia")
    [m] = gaz.find("Russian guided aerial bombs hit Vovchansk.")
    assert (m.name, m.country) == ("Vovchansk", "Ukraine")
    # the English spelling of a Ukrainian town is GeoNames' alternate name (Avdiyivka)
    [m] = gaz.find("A Russian attack on Avdiivka was repelled.")
    assert (m.name, m.country) == ("Avdiyivka", "Ukraine")


def test_a_town_of_the_very_spelling_is_the_reading_whatever_the_folds_share(gaz):
    # 'Djibo' folds like Jebba (Nigeria) and Jaba' (West Bank); only Djibo is spelled so
    [m] = gaz.find("Militants attacked the town of Djibo, killing 20 people.")
    assert (m.name, m.country) == ("Djibo", "Burkina Faso")


def test_a_province_named_like_no_other_place_names_its_country(gaz):
    [m] = gaz.find("Clashes in North Kivu.")
    assert (m.admin1, m.country) == ("Nord-Kivu", "Democratic Republic of Congo")


def test_a_family_named_with_another_is_no_place(gaz):
    found = gaz.find(
        "A fight between the Al Salih and Al Tlais families in Braytal.", home="Lebanon"
    )
    assert [p.name for p in found] == ["Britel"]


def test_a_town_and_the_unit_named_after_it_are_one_spelling(gaz):
    # Fier is a town and the county it is the seat of: one place of that spelling, not two
    found = gaz.find("Workers held a protest in Fier against lower salaries.")
    assert [(m.name, m.country) for m in found][:1] == [("Fier", "Albania")]


def test_a_province_spelled_like_no_other_place_names_its_country(gaz):
    # 'Gauteng' folds like Gauting (Bavaria), but only the province is spelled so
    [m] = gaz.find("Residents protested in Gauteng.")
    assert (m.admin1, m.country) == ("Gauteng", "South Africa")


def test_a_town_known_only_elsewhere_written_before_a_province_is_unknown_there(gaz):
    # Minas Viejas is in San Luis Potosi, not Guerrero: the province still names Mexico
    found = {m.text: m for m in gaz.find("In Minas Viejas, Guerrero, two men were found dead.")}
    assert (found["Guerrero"].admin1, found["Guerrero"].country) == ("Guerrero", "Mexico")
    assert "Minas Viejas" not in found
    # the head of a province's longer name is no province: San Luis of San Luis Potosi
    found = {
        m.text: m for m in gaz.find("In Cardenas, San Luis Potosi, armed men attacked police.")
    }
    assert {m.country for m in found.values()} == {"Mexico"}


def test_towns_of_one_country_beside_only_another_countrys_word_name_their_own_country():
    from frontline.link.places import default_gazetteer

    text = (
        "Around 20 people protested in Gomel, demanding the release of a blogger who covered a "
        "Minsk demonstration against integration with Russia."
    )
    found = {m.text: m for m in default_gazetteer().find(text, home="Russia")}
    assert found["Gomel"].country == "Belarus"
    assert found["Minsk"].score > found["Russia"].score  # the article is about Belarus


def test_a_town_of_one_reading_names_its_country_when_the_text_s_country_has_no_place(gaz):
    text = "Activists protested in Mogilev against integration with Russia."
    assert _countries(gaz.find(text))["Mogilev"] == "Belarus"


def test_a_word_for_one_country_s_units_keeps_a_homonym_abroad_out(gaz):
    # 'Barangays' places the text in the Philippines; Ukraine's Samar is no reading of its 'Samar'
    text = (
        "Troops recovered IEDs at the boundary of Barangays Pahug and Madalunot, Pinabacdao, Samar."
    )
    assert "Ukraine" not in _countries(gaz.find(text)).values()
