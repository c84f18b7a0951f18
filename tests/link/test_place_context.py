"""Which places an article keeps, and the country it is about."""

from frontline.link.place_context import actor_theatre, article_focus, plausible_places, weak_focus
from frontline.model import ActorMention, PlaceMention


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


def _actor(actor_id: str, country: str | None, kind: str = "kb"):
    return ActorMention(start=0, end=1, text="x", actor_id=actor_id, kind=kind, country=country)


def test_the_armed_groups_of_one_country_name_the_theatre():
    kinds = {"taliban": "rebel", "al-shabaab": "rebel", "russia-military": "state"}.get
    taliban, shabaab = _actor("taliban", "Afghanistan"), _actor("al-shabaab", "Somalia")
    assert actor_theatre([taliban, _actor("russia-military", "Russia")], kinds) == "Afghanistan"
    assert actor_theatre([taliban, shabaab], kinds) is None  # groups of two countries
    assert actor_theatre([_actor("russia-military", "Russia")], kinds) is None  # states travel


def test_a_focus_without_a_full_own_name_match_is_weak():
    faro = _place("Farah", "Faro", "Portugal", 0.65, feature="admin1")
    assert weak_focus([faro], "Portugal")
    assert not weak_focus([_place("Faro", "Faro", "Portugal", 0.95)], "Portugal")
