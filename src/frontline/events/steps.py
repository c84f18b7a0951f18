"""Two events told in one clause, one after the other: "thwarted a pro-Houthi attack on the Qaniyah
frontline (Mahliyah, Marib) and subsequently gained control over Al Yasbil checkpoint (As Sawadiyah,
Al Bayda)". The frame holds the later step (its trigger and its place); the earlier step at another
place is an event of its own there, as ACLED codes one event per location (events/split_places.py
makes the copy). The words opening the later step: data/lexicons/cues.yaml sequence_marker.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontline.events.context import ArticleContext
from frontline.events.frames import Frame
from frontline.events.lexicon import cues, find_triggers, mask_context
from frontline.events.place_lists import PLACE_INFERRED, ListedPlace, lexicon
from frontline.events.taxonomy import classify
from frontline.events.when_where import is_origin, specific_places
from frontline.model import PlaceMention


@dataclass(frozen=True)
class Step:
    """An event told before the frame's own in its clause: its place and its own type."""

    item: ListedPlace
    sub_event_type: str
    rank: int


def earlier_step(ctx: ArticleContext, frame: Frame) -> Step | None:
    """The event the frame's clause tells before its own step, if it is at another place."""
    place = frame.place
    if not isinstance(place, PlaceMention) or PLACE_INFERRED in frame.flags:
        return None
    cs, ce = frame.clause
    text = ctx.text
    for m in cues().sequence_marker.finditer(text, cs, ce):
        at = m.start()
        if not at < frame.trigger[0] <= place.start:
            continue  # the frame's own step must be the later one
        hits = [
            h
            for h in find_triggers(mask_context(text[cs:at]))
            if classify(h.sub_event_type).event_type != "Strategic developments"
        ]
        if not hits:
            continue  # nothing happened before the marker ("arrived in A and then clashed")
        step = _first_place(ctx, cs + hits[0].start, at)
        if step is None or step.key == place.key:
            return None
        near = bool(lexicon().near_before.search(text, cs, step.start))
        item = ListedPlace(step, near, bool(lexicon().province_after.match(text, step.end)))
        return Step(item, hits[0].sub_event_type, hits[0].rule.rank)
    return None


def own_item(frame: Frame) -> ListedPlace:
    """The frame's own place as an item, at the precision already chosen for it."""
    place = frame.place
    assert isinstance(place, PlaceMention)
    return ListedPlace(place, near=frame.geo_precision > place.geo_precision)


def _first_place(ctx: ArticleContext, lo: int, hi: int) -> PlaceMention | None:
    """The first specific place after the earlier step's trigger (not where fire came from)."""
    found = [p for p in specific_places(ctx, lo, hi) if not is_origin(ctx.text, p)]
    return min(found, key=lambda p: p.start) if found else None
