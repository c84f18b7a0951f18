"""What the words around a place say about it: where a demonstration's grievance is (not where it
was), a place written as lying in a province it is not in (a wrong match), a road's ends, a place
named as another's container ("Jerusalem's Bet Shemesh"), a homonym alone in its province.
Used by events/when_where.py to choose an event's place among those its sentence names.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from frontline.events.context import ArticleContext
from frontline.events.frames import Frame
from frontline.events.lexicon import cues, place_list_words
from frontline.events.taxonomy import classify
from frontline.link.translit import name_key
from frontline.model import PlaceMention
from frontline.nlp.numbers import alternation

_DEMONSTRATIONS = ("Protests", "Riots")


@cache
def _in_unit_re() -> re.Pattern[str]:
    """The words between a place and the province it is said to lie in: its bracket, its kind,
    other names ("village (Kurdish name) in Besta (Dereler) area of", "- Kahil road in", ",")."""
    nouns = alternation([*place_list_words()["item_nouns"], "road", "street", "highway"])
    part = rf"\s*\([^()]*\)|\s+-|\s+(?-i:[A-Z][\w'’-]*)|\s+(?i:{nouns}|in|of|the)\b"
    return re.compile(rf"^(?:{part})*\s*(?:\b(?:in|of)\b|,)\s+(?:the\s+)?$")


def outside_its_unit(text: str, p: PlaceMention, found: list[PlaceMention]) -> bool:
    """Written as lying in a province it is not in ("Besta area of Sirnak" read as a village of
    Siirt): a wrong match for an unknown place, whose province is the better location."""
    return any(
        _is_province(u)
        and u.country == p.country
        and u.admin1 != p.admin1
        and p.end <= u.start
        and _in_unit_re().match(text[p.end : u.start])
        for u in found
    )


def _is_province(p: PlaceMention) -> bool:
    """A province, or its capital named as it ("Sirnak", "Dar'a")."""
    return p.feature == "admin1" or bool(p.admin1 and name_key(p.name) == name_key(p.admin1))


def place_precision(text: str, best: PlaceMention, finer: list[PlaceMention]) -> int:
    """The chosen place's geo_precision, from the places written around it."""
    # "Besta area of Sirnak", Besta unknown: the province's town is only near the event
    if any(outside_its_unit(text, p, [best]) for p in finer):
        return max(best.geo_precision, 2)
    # "Beirut's Hamra district": a named part of a town is known as precisely as the town
    towns = [p for p in finer if container(text, p, [best]) and p.admin1 == best.admin1]
    return min([best.geo_precision, *(p.geo_precision for p in towns)])


def road_end(text: str, p: PlaceMention) -> bool:
    """ "the Sidon-Tyr highway": a place named as one end of a road or line."""
    return text[p.start - 1 : p.start] in ("-", "–") or text[p.end : p.end + 1] in ("-", "–")


def container(text: str, p: PlaceMention, found: list[PlaceMention]) -> bool:
    """ "Jerusalem's Bet Shemesh neighbourhood": the place the next one lies in."""
    if text[p.end : p.end + 3] not in ("'s ", "’s "):
        return False
    return any(p.end < q.start <= p.end + 30 for q in found)


def stray(p: PlaceMention, found: list[PlaceMention]) -> bool:
    """Alone in its province while two other places of the text agree on another one: most often a
    homonym ("Kazanci Yokusu street of Beyoglu, Istanbul" is no Kazanci village in Diyarbakir)."""
    others = Counter(q.admin1 for q in found if q is not p and q.admin1 and q.country == p.country)
    return bool(p.admin1) and p.admin1 not in others and any(n >= 2 for n in others.values())


def grievance_spans(ctx: ArticleContext, frame: Frame) -> list[tuple[int, int]]:
    """What a demonstration is against, for or in solidarity with (cues.yaml protest_grievances):
    the marker's phrase in the parse ("against activists who had been detained in Tripoli"), cut
    where the grievance pattern ends. Places there are not where the demonstration was."""
    if classify(frame.sub_event_type).event_type not in _DEMONSTRATIONS:
        return []
    lo, hi = frame.sentence.start_char, frame.sentence.end_char
    spans = []
    for pattern in cues().protest_grievances:
        for m in pattern.finditer(ctx.text[lo:hi]):
            marker = ctx.doc.char_span(lo + m.start(), lo + m.end(), alignment_mode="expand")
            if marker is None:
                continue
            head = marker[0].head if marker[0].dep_ == "aux" else marker[0]  # "to protest"
            phrase = list(head.subtree)
            end = min(lo + m.end(), phrase[-1].idx + len(phrase[-1]))
            spans.append((max(lo + m.start(), phrase[0].idx), end))
    return spans
