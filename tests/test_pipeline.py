"""The pipeline wires the stages: the outlet that published an article tells the gazetteer which
country the article is about when its text names none."""

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
