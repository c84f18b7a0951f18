"""The country table: demonyms and ISO codes."""

from frontline.link.actor_countries import countries, country_by_iso3, country_of_demonym


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
