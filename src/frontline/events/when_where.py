"""Where and when a frame happened: its place and date, with ACLED's precision codes."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache

from frontline.events.border import border_side
from frontline.events.context import ArticleContext
from frontline.events.frames import Frame
from frontline.events.lexicon import cues, place_list_words
from frontline.events.place_cues import (
    container,
    grievance_spans,
    outside_its_unit,
    place_precision,
    road_end,
    stray,
)
from frontline.model import DateMention, PlaceMention
from frontline.nlp.numbers import alternation

_SPAN_WORDS = {
    "week": 7,
    "a week": 7,
    "days": 4,
    "a few days": 3,
    "two weeks": 14,
}
_LESS_THAN = re.compile(
    r"\b(?:in|within) (?:less than |under )?(a week|days|a few days|two weeks)\b", re.I
)
_OFFSET = re.compile(r"^(\w+|\d+) (day|week|hour)s? (after|before)$", re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}  # fmt: skip
MIN_PLACE_SCORE = 0.3
WEAK_PLACE_SCORE = 0.5
# "from X", and "from X, Y and Z": the list after "from" goes on through capitalised names
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]*)*"


@cache
def _origin_re() -> re.Pattern[str]:
    # each earlier name may carry its kind and admin unit: "from Dhamar governorate and Rada"
    nouns = alternation(place_list_words()["item_nouns"])
    item = rf"{_NAME}(?:\s+(?i:{nouns}))?(?:\s*\([^()]*\))?"
    return re.compile(rf"\b(?i:from|towards|toward)\s+(?:the\s+)?(?:{item}(?:,\s+|,?\s+and\s+))*$")


def is_origin(text: str, p: PlaceMention) -> bool:
    """'from X' / 'towards X': where people, fire or a march came from or went, not the event."""
    m = _origin_re().search(text, max(0, p.start - 80), p.start)
    # "set out from Beirut", "starting from Turnabah": a route's start is where it happened
    return bool(m) and not cues().route_start_before.search(text, max(0, m.start() - 30), m.start())


def specific_places(ctx: ArticleContext, lo: int, hi: int) -> list[PlaceMention]:
    """Confident places finer than a country within [lo, hi), in reading order."""
    return [
        p
        for p in ctx.places
        if lo <= p.start and p.end <= hi and p.score >= MIN_PLACE_SCORE and p.feature != "country"
    ]


def choose_place(ctx: ArticleContext, frame: Frame) -> tuple[PlaceMention | None, int]:
    """The frame's place and geo_precision: clause, then sentence, then follow-ups, then the
    article's most-named specific place; a country name only when nothing finer is said."""
    places = [p for p in ctx.places if p.score >= MIN_PLACE_SCORE]
    finer = [p for p in places if p.feature != "country"]
    best = _nearest(ctx, frame, finer)
    # "along the Yemeni-Saudi border": the theatre's side, unless the sentence names a finer place
    side = border_side(ctx, frame)
    if side is not None and (best is None or best.start >= frame.sentence.end_char):
        return side, side.geo_precision
    if best is not None:
        return best, place_precision(ctx.text, best, finer)
    main = _most_named(finer)
    if main is not None:
        frame.flags.append("place inferred from the article")
        return main, max(main.geo_precision, 2)
    best = _nearest(ctx, frame, places)
    if best is not None:
        return best, best.geo_precision
    return None, 3


def _nearest(ctx: ArticleContext, frame: Frame, pool: list[PlaceMention]) -> PlaceMention | None:
    """The place of the frame's clause, else sentence, else follow-up sentences: the first after
    the trigger ("clashed ... in X", "captured Y village in Z"), unless it is only where people or
    fire came from ("fighters from X", "fired from X at Y") or a weak match beside a strong one."""
    cs, ce = frame.clause
    ss, se = frame.sentence.start_char, frame.sentence.end_char
    text = ctx.article.text
    grievances = grievance_spans(ctx, frame)
    for lo, hi in ((cs, ce), (ss, se), (se, frame.window_end)):
        found = [p for p in pool if p.start >= lo and p.end <= hi]
        if found:
            # "banned travel from Aden" names where travel came from: the event is elsewhere
            here = [p for p in found if not is_origin(text, p)] or found
            # "gathered in Beirut against arrests in Tripoli": Tripoli is what they protest
            here = [p for p in here if not any(a <= p.start < b for a, b in grievances)] or here
            here = [p for p in here if not outside_its_unit(text, p, found)] or here
            # "in Tijuana, Baja California, ... found dead in Colonia Lomas de la Presa": a name
            # alone in another province than the two the sentence agrees on is a homonym
            here = [p for p in here if not stray(p, found)] or here
            # "the Majdel Aanjar-Masnaa road in Rashayya", "Jerusalem's Bet Shemesh neighbourhood":
            # a road's ends and a place's container are not where it happened when it is named
            here = [
                p for p in here if not road_end(text, p) and not container(text, p, found)
            ] or here
            # "..., coded in Al Malahit": the note says where the event is located
            coded = [p for p in here if cues().coded_place_before.search(text, lo, p.start)]
            if coded:
                return coded[0]
            after = [p for p in here if p.start >= frame.trigger[0]] or here
            return min(after, key=lambda p: (is_origin(text, p), p.score < WEAK_PLACE_SCORE,
                                             stray(p, found), p.start, p.geo_precision))  # fmt: skip
    return None


def _most_named(places: list[PlaceMention]) -> PlaceMention | None:
    """The article's most-named place (then the most precise, then the first)."""
    if not places:
        return None
    counts = Counter(p.key for p in places)
    first: dict[str, int] = {}
    for i, p in enumerate(places):
        first.setdefault(p.key, i)

    def key(p: PlaceMention) -> tuple[int, int, int]:
        k = p.key
        return (-counts[k], p.geo_precision, first[k])

    return min(places, key=key)


def _resolved(dates: list[DateMention], lo: int, hi: int) -> DateMention | None:
    found = [d for d in dates if d.start >= lo and d.end <= hi]
    return next((d for d in found if d.value is not None), found[0] if found else None)


def choose_date(
    ctx: ArticleContext, frame: Frame, anchor: Frame | None
) -> tuple[dt.date | None, int]:
    """The frame's event date and time_precision; never invented when the text does not give it."""
    dates = ctx.dates
    cs, ce = frame.clause
    published = ctx.article.published
    if frame.relative_anchor and anchor is not None:
        return _from_anchor(frame, anchor)
    para = ctx.paragraph_of(frame.sentence.start_char)
    for lo, hi in (
        (cs, ce),
        (frame.sentence.start_char, frame.sentence.end_char),
        (frame.sentence.end_char, frame.window_end),
    ):
        d = _resolved(dates, lo, hi)
        if d is not None:
            return _value(d, frame)
    before = [
        d for d in dates
        if d.end <= frame.sentence.start_char and ctx.paragraph_of(d.start) == para
    ]  # fmt: skip
    if before and before[-1].value is not None:
        return before[-1].value, before[-1].precision
    if published is not None:
        return published, 1
    frame.flags.append("no publication date: event date unresolved")
    return None, 3


def _value(d: DateMention, frame: Frame) -> tuple[dt.date | None, int]:
    if d.value is None:
        frame.flags.append(f"date '{d.text}' unresolved")
        return None, 3
    return d.value, d.precision


def _from_anchor(frame: Frame, anchor: Frame) -> tuple[dt.date | None, int]:
    """'X happened, two days after Y': Y's date is X's date shifted back by the stated offset."""
    base = anchor.date
    if base is None:
        return None, 3
    m = _OFFSET.match(frame.relative_anchor or "")
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS.get(m.group(1).lower())
        if n is not None:
            days = n * {"day": 1, "week": 7, "hour": 0}[m.group(2).lower()]
            sign = -1 if m.group(3).lower() == "after" else 1
            return base + dt.timedelta(days=sign * days), 1 if m.group(2).lower() != "week" else 2
    span = _LESS_THAN.search(frame.sentence.text)
    if span and (frame.relative_anchor or "").lower().endswith("after"):
        half = _SPAN_WORDS[span.group(1).lower()] // 2 or 1
        return base - dt.timedelta(days=half), 2
    return None, 3
