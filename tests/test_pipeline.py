"""The pipeline wires the stages: the outlet that published an article, or the armed group it
names, tells the gazetteer which country the article is about when its text names none."""

from frontline.pipeline import code_article


def _main(text: str, source: str | None):
    return next(e for e in code_article(text, published="2020-05-04", source=source)
                if not e.background)  # fmt: skip


def test_a_local_outlets_story_is_not_placed_abroad_by_an_alternate_name():
    text = "Farmers held a sit-in against the planned Bisri dam on their land."
    event = _main(text, "Murr TV")
    assert event.country != "Iraq"
    assert event.admin1 != "Basrah"


def test_the_same_story_from_an_outlet_at_home_keeps_the_place():
    text = "Farmers held a sit-in against the planned Bisri dam on their land."
    assert _main(text, "Al Sumaria TV").admin1 == "Basrah"


def test_an_armed_group_of_one_country_tells_where_a_text_naming_none_is():
    # 'Farah' alone matches Faro (Portugal) loosely; the Taliban say Afghanistan
    event = _main("Taliban gunmen shot and killed a tribal elder in Farah province.", None)
    assert (event.country, event.admin1, event.location) == ("Afghanistan", "Farah", "Farah")


def test_a_country_the_text_names_outweighs_the_groups_country():
    event = _main("Taliban negotiators met protesters in Doha, Qatar.", None)
    assert event.country == "Qatar"
