"""Where launched projectiles came down: ACLED codes a missile, rocket or shell where it hit, not
where it was launched from ("launched two ballistic missiles from Sanaa governorate ... One fell in
Amran governorate and the other in Sadah governorate": two events, in Amran and in Sadah).

The impact is read from the frame's clause and the follow-up sentences it owns; the cue words are
in data/lexicons/cues.yaml (impact_place_before, impact_more_before, impact_sentence).
"""

from __future__ import annotations

import re

from frontline.events.context import ArticleContext
from frontline.events.frames import PROJECTILE_TYPES, Frame
from frontline.events.lexicon import cues
from frontline.events.place_lists import ListedPlace, lexicon
from frontline.events.when_where import MIN_PLACE_SCORE, specific_places
from frontline.model import PlaceMention
from frontline.nlp.figures import sentence_spans

LOOK_BACK = 160  # characters before a place searched for the words saying something fell there


# "launched two missiles from alleged facilities in Sanaa": a launch site (a target follows "at")
_LAUNCH_SITE = re.compile(
    r"\bfrom\b(?:(?!\b(?:at|on|onto|into|towards?|targeting|against)\b)[^.;])*$", re.I
)


def impact_places(ctx: ArticleContext, frame: Frame) -> list[PlaceMention]:
    """The distinct places the frame's projectiles are said to have come down at, in reading order,
    when they locate the event: said in the frame's clause, or the clause names only launch sites
    ("struck positions in Gaza City. One bomb landed in Beit Lahia" stays in Gaza City)."""
    if frame.sub_event_type not in PROJECTILE_TYPES:
        return []
    places = _impacts(ctx, frame)
    ce = frame.clause[1]
    if any(p.end <= ce for p in places):
        return places
    text, trigger = ctx.text, frame.trigger[0]
    targets = [
        p
        for p in specific_places(ctx, trigger, ce)
        if not _LAUNCH_SITE.search(text, trigger, p.start)
    ]
    return [] if targets else places


def _impacts(ctx: ArticleContext, frame: Frame) -> list[PlaceMention]:
    """Every place of the frame's clause and follow-ups said to be where something came down."""
    lo, hi = frame.clause[0], frame.window_end
    text = ctx.text
    c = cues()
    found: list[PlaceMention] = []
    for s_lo, s_hi in sentence_spans(text):
        if s_hi <= lo or s_lo >= hi:
            continue
        sentence = [
            p
            for p in ctx.places
            if max(lo, s_lo) <= p.start and p.end <= min(hi, s_hi) and p.score >= MIN_PLACE_SCORE
        ]
        prev: PlaceMention | None = None  # the sentence's last impact so far
        for p in sorted(sentence, key=lambda p: p.start):
            start = max(s_lo, p.start - LOOK_BACK)
            told = c.impact_place_before.search(text, start, p.start)
            more = prev is not None and c.impact_more_before.match(text[prev.end : p.start])
            if told or more:  # "One fell in A" / "... and the other in B"
                prev = p
                found.append(p)
    return _distinct([p for p in found if p.feature != "country"] or found)


def impact_place(ctx: ArticleContext, frame: Frame) -> tuple[PlaceMention, int] | None:
    """The frame's first impact place and its geo_precision, if the text says where it fell."""
    places = impact_places(ctx, frame)
    if not places:
        return None
    return places[0], _item(ctx, places[0]).geo_precision


def impact_items(ctx: ArticleContext, frame: Frame) -> list[ListedPlace]:
    """One item per impact place when projectiles came down at two places or more (one event each)."""
    places = impact_places(ctx, frame)
    return [_item(ctx, p) for p in places] if len(places) > 1 else []


def _item(ctx: ArticleContext, p: PlaceMention) -> ListedPlace:
    """ "fell in Amran governorate": a place called a governorate is known to that level only."""
    return ListedPlace(
        p, near=False, province=bool(lexicon().province_after.match(ctx.text, p.end))
    )


def _distinct(places: list[PlaceMention]) -> list[PlaceMention]:
    seen: set[str] = set()
    out: list[PlaceMention] = []
    for p in places:
        if p.key not in seen:
            seen.add(p.key)
            out.append(p)
    return out
