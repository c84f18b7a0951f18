"""Which place mentions an article keeps, and the country it is about.

A place name inside an actor name ("Ahrar al Sham", "Idlib rebels") or a nationality word is no
location; a town abroad needs a strong match on its own name unless it lies just across a line from
a place of the article's country.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from frontline.link.actor_countries import countries
from frontline.link.gazetteer import distance_km
from frontline.link.geo_admin import BESIDE_KM
from frontline.link.translit import name_key, strip_article
from frontline.model import PlaceMention

THEATRE_KINDS = frozenset({"rebel", "militia"})  # armed groups of one country
FOREIGN_PLACE_MIN_SCORE = 0.75
FOREIGN_TOWN_MIN_SCORE = 0.9


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(d.lower() for c in countries().values() for d in c.demonyms)


def plausible_places(places: list, actors: list, focus: str | None) -> list:
    """Drop place names inside actor names ("Ahrar al Sham", "Idlib rebels"), nationality words
    ("Uzbek", "Chechen"), and weak matches abroad when the article has a clear theatre."""
    spans = [(a.start, a.end) for a in actors if a.kind == "kb"]
    out = []
    for p in places:
        demonym = p.text.lower() in _demonyms()
        # "Turkish Government imposed a curfew": the state body is an actor, the country the place
        if any(p.start < e and s < p.end for s, e in spans) and not (
            demonym and p.feature == "country"
        ):
            continue
        if demonym and p.feature != "country":
            continue
        if focus and p.country != focus and not (_strong_abroad(p) or _beside(p, places, focus)):
            continue
        out.append(p)
    return out


def _beside(p: PlaceMention, places: list, focus: str) -> bool:
    """Named next to a place of the article's country across a border line: 'the Qalandia camp
    in Jerusalem' (West Bank beside Israel's Jerusalem) is no homonym abroad."""
    if p.latitude is None or p.longitude is None:
        return False
    return any(
        q.country == focus
        and q.latitude is not None
        and q.longitude is not None
        and distance_km(p.latitude, p.longitude, q.latitude, q.longitude) <= BESIDE_KM
        for q in places
    )


def _strong_abroad(p: PlaceMention) -> bool:
    """A place outside the article's country needs a strong match; a town also its own name
    (an alternate or old name abroad, 'Zap' for Andac, is a homonym far more often)."""
    if p.feature in ("country", "admin1"):
        return p.score >= FOREIGN_PLACE_MIN_SCORE
    own_name = strip_article(name_key(p.text)) == strip_article(name_key(p.name or ""))
    return p.score >= FOREIGN_TOWN_MIN_SCORE and own_name


def actor_theatre(actors: list, kind_of: Callable[[str], str]) -> str | None:
    """The one country of the armed groups the text names (Taliban, Al Shabaab, Boko Haram),
    if they agree: where a text that names no country is about."""
    found = {a.country for a in actors
             if a.kind == "kb" and a.country and kind_of(a.actor_id) in THEATRE_KINDS}  # fmt: skip
    return found.pop() if len(found) == 1 else None


def weak_focus(places: list, focus: str | None) -> bool:
    """No place of the focus country is named by its own name in full (Faro for 'Farah')."""
    return not any(p.country == focus and p.score >= FOREIGN_TOWN_MIN_SCORE for p in places)


def article_focus(places: list) -> str | None:
    """The country the article is about: the most place evidence, weighed by match score."""
    weight: dict[str, float] = {}
    for p in places:
        if p.country and p.score >= 0.3 and p.text.lower() not in _demonyms():
            weight[p.country] = weight.get(p.country, 0.0) + p.score
    return max(weight, key=lambda c: weight[c]) if weight else None
