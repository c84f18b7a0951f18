"""The country table: demonyms and ISO codes."""

from frontline.link.actor_countries import (
    countries,
    country_by_iso3,
    country_of_demonym,
    country_of_outlets,
)


def test_actors_countries_demonyms():
    assert country_of_demonym("Syrian") == "Syria"
    assert country_of_demonym("yemeni") == "Yemen"
    assert country_of_demonym("Turkish") == "Turkey"
    assert country_of_demonym("US") == "United States"
    assert country_of_demonym("American") == "United States"
    assert country_of_demonym("us") is None
    assert country_of_demonym("Martian") is None


def test_actors_countries_iso_codes():
    table = countries()
    assert table["Syria"].iso == 760 and table["Palestine"].iso3 == "PSE"
    assert country_by_iso3("irq") == "Iraq"


def test_actors_countries_outlets_give_their_home_country():
    assert country_of_outlets("El Nashra") == "Lebanon"
    assert country_of_outlets("Bianet; Karar; Demokrat Haber") == "Turkey"
    assert country_of_outlets("al sumaria tv, Reuters") == "Iraq"  # unknown outlets are ignored


def test_actors_countries_outlets_that_disagree_or_are_unknown_give_nothing():
    assert country_of_outlets("El Nashra; Anadolu Agency") is None
    assert country_of_outlets("Reuters; AFP") is None
    assert country_of_outlets(None) is None and country_of_outlets("") is None


def test_actors_countries_words_only_one_country_uses():
    from frontline.link.actor_countries import countries_of_terms

    assert countries_of_terms("a police raid in Barangay Kapitan Pepe, Cabanatuan") == [
        "Philippines"
    ]
    assert countries_of_terms("in Bassa LGA (Plateau)") == ["Nigeria"]
    assert countries_of_terms("a barrage of fire") == []
