"""One event per listed place: ACLED codes a report of fighting "on the Sirwah (Marib), Nihm (Sanaa),
and Al Jawf frontlines" as three events, one per location, and splits the deaths between them
("20 fatalities split up between 3 events"). Which places form a list: events/place_lists.py.
"""

from __future__ import annotations

import dataclasses

from frontline.events.context import ArticleContext
from frontline.events.frames import Frame
from frontline.events.impact import impact_items
from frontline.events.place_lists import PLACE_INFERRED, listed_places
from frontline.events.steps import earlier_step, own_item
from frontline.events.taxonomy import same_event_type
from frontline.model import Event, PlaceMention
from frontline.nlp.fatalities import fatalities_from, split_counts
from frontline.nlp.figures import Figure

SPLIT_FLAG = "one of the places listed"  # "one of the places listed at 57: 2 of 3 (Nihm)"


def split_all(ctx: ArticleContext, frames: list[Frame]) -> list[Frame]:
    """Every frame split by its listed places; a later frame of the same paragraph that only
    restates the split report ("The clashes resulted in 20 killed", placed from the article at one
    of the listed places) is folded into it, its deaths split between the places too."""
    out: list[Frame] = []
    group: list[Frame] = []
    for frame in frames:
        if group and _restates_group(ctx, frame, group):
            _fold_into(ctx, frame, group)
            continue
        parts = split_by_place(ctx, frame)
        out += parts
        if len(parts) > 1:
            group = parts
        elif group and ctx.paragraph_of(frame.start) != ctx.paragraph_of(group[0].start):
            group = []
    return out


def split_by_place(ctx: ArticleContext, frame: Frame) -> list[Frame]:
    """The frame, or one frame per listed place, per place its projectiles came down at, or per
    step it tells at its own place (in reading order), each with its share of the deaths."""
    items = impact_items(ctx, frame) or listed_places(ctx, frame)
    step = earlier_step(ctx, frame)
    if step is not None:  # "thwarted an attack on A and subsequently took B": A, then B's items
        items = [step.item, *(items or [own_item(frame)])]
    if len(items) < 2:
        return [frame]
    shares = fatality_shares(ctx, frame, len(items), frame.fatalities)
    if step is not None:  # the deaths are told with the later step: it takes an uneven remainder
        shares = shares[-1:] + shares[:-1]
    pristine = _copy(frame)
    # the item at the frame's own place (else the first) carries the frame and keeps its id
    mine = next((k for k, item in enumerate(items) if item.place is frame.place), 0)
    parts: list[Frame] = []
    for k, item in enumerate(items):
        own = k == mine
        part = frame if own else _copy(pristine)
        part.place = item.place
        part.geo_precision = item.geo_precision
        part.fatalities = shares[k]
        part.split_key = "" if own else f"{item.place.start}"
        where = f"{SPLIT_FLAG} at {frame.trigger[0]}"
        part.flags.append(f"{where}: {k + 1} of {len(items)} ({item.place.text})")
        if (
            step is not None
            and item is step.item
            and not same_event_type(step.sub_event_type, frame.sub_event_type)
        ):
            # an attack, then shelling: each its own type; a fight, then a gain: both the gain
            # (the more decisive type of one operation, as merge.py keeps for one battle)
            part.sub_event_type, part.rank = step.sub_event_type, step.rank
        parts.append(part)
    return parts


def _restates_group(ctx: ArticleContext, frame: Frame, group: list[Frame]) -> bool:
    if PLACE_INFERRED not in frame.flags or frame.background:
        return False
    if ctx.paragraph_of(frame.start) != ctx.paragraph_of(group[0].start):
        return False
    same_type = same_event_type(frame.sub_event_type, group[0].sub_event_type)
    return same_type and any(_key(frame.place) == _key(part.place) for part in group)


def _key(place: object) -> str | None:
    return place.key if isinstance(place, PlaceMention) else None


def _fold_into(ctx: ArticleContext, frame: Frame, group: list[Frame]) -> None:
    window_end = max(frame.window_end, group[0].window_end)
    for part in group:
        part.window_end = window_end
        part.evidence += [e for e in frame.evidence if e not in part.evidence]
        part.claims += [c for c in frame.claims if c not in part.claims]
    told = [p.fatalities for p in group]
    before = None if None in told else sum(t for t in told if t is not None)
    counts = [c for c in (before, frame.fatalities) if c is not None]
    total = max(counts) if counts else None  # the report's count, before the split
    for part, share in zip(group, fatality_shares(ctx, group[0], len(group), total), strict=True):
        part.fatalities = share


def siblings(a: Event, b: Event) -> bool:
    """Two events split from one listed report: never one event again."""
    ga, gb = _group(a), _group(b)
    return ga is not None and ga == gb


def _group(e: Event) -> str | None:
    flag = next((f for f in e.flags if f.startswith(SPLIT_FLAG)), None)
    return flag.split(":", 1)[0] if flag else None


def _copy(frame: Frame) -> Frame:
    return dataclasses.replace(
        frame,
        evidence=list(frame.evidence),
        claims=list(frame.claims),
        assoc1=list(frame.assoc1),
        assoc2=list(frame.assoc2),
        flags=list(frame.flags),
    )


def fatality_shares(
    ctx: ArticleContext, frame: Frame, n: int, total: int | None
) -> list[int | None]:
    """Each listed place's deaths, in list order, from the report's `total` (None: reported but
    not counted). A note's split ("coded as 10 and split between 3 events") is followed as ACLED
    does, the first places taking the remainder ("... in two days": per day, then per place); a
    note splitting over places the list does not name keeps its per-event figure; without a note
    the total is split across the listed places."""
    lo, hi = frame.sentence.start_char, frame.window_end
    figures = [f for f in ctx.figures if f.start >= lo and f.end <= hi]
    notes: list[Figure] = [f for f in figures if f.note]
    if not notes:
        return [None] * n if total is None else split_counts(total, n)
    note = min(notes, key=lambda f: f.count if f.count is not None else 1 << 30)
    if note.total is not None:
        total = note.total
    else:  # "Fatalities spread across two locations": the deaths the text counts
        total = fatalities_from([f for f in figures if not f.note])
    if total is None:
        return [None] * n
    locations = max(1, note.parts // note.days)
    if locations in (1, n):
        return split_counts(total // note.days, n)
    return [total // note.parts] * n
