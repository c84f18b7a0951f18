"""Pipeline helpers: the article's theatre (focus country) from its places."""

from frontline.model import PlaceMention
from frontline.pipeline import _focus


def _place(country: str, score: float) -> PlaceMention:
    return PlaceMention(0, 1, "x", country=country, score=score)


def test_pipeline_focus_weighs_places_by_score():
    # "regime forces shelled Bara in Idleb": a weak foreign homonym does not outvote Idleb
    assert _focus([_place("Iran", 0.54), _place("Syria", 0.93)]) == "Syria"
    assert _focus([_place("Iran", 0.2)]) is None
