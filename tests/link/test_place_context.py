"""Which places an article keeps, and the country it is about."""

from frontline.link.place_context import article_focus, plausible_places
from frontline.model import PlaceMention


def _place(text: str, name: str, country: str, score: float, feature: str = "populated place"):
    return PlaceMention(start=0, end=len(text), text=text, name=name, country=country,
                        score=score, feature=feature)  # fmt: skip


def test_focus_weighs_places_by_match_score():
    places = [
        _place("Seray", "Eminonu", "Turkey", 0.37),
        _place("Tripoli", "Tripoli", "Lebanon", 0.78),
    ]
    assert article_focus(places) == "Lebanon"


def test_towns_abroad_need_a_strong_match_on_their_own_name():
    home = _place("Amadiya", "Al 'Amadiyah", "Iraq", 0.9)
    alias = _place("Zap", "Andac", "Turkey", 0.95)  # an alternate name of a Turkish village
    weak = _place("Korin", "Khurin", "Iran", 0.8)
    strong = _place("Ankara", "Ankara", "Turkey", 0.95)
    country = _place("Turkey", "Turkey", "Turkey", 0.8, feature="country")
    kept = plausible_places([home, alias, weak, strong, country], [], "Iraq")
    assert [p.text for p in kept] == ["Amadiya", "Ankara", "Turkey"]


def test_focus_ignores_weak_foreign_homonyms():
    # "regime forces shelled Bara in Idleb": a weak foreign homonym does not outvote Idleb
    assert (
        article_focus(
            [_place("Bara", "Bara", "Iran", 0.54), _place("Idleb", "Idleb", "Syria", 0.93)]
        )
        == "Syria"
    )
    assert article_focus([_place("Bara", "Bara", "Iran", 0.2)]) is None
