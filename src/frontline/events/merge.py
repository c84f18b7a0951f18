"""One event per actors/type/place/day within an article (ACLED), and salience order.

Shelling or air strikes reported inside a battle at the same place and day merge into the battle.
"""

from __future__ import annotations

from frontline.events.taxonomy import TERRITORIAL
from frontline.model import Event

# When two reports of one event disagree on its type, the more decisive one wins.
_PRIORITY = {
    "Non-state actor overtakes territory": 3,
    "Government regains territory": 3,
    "Armed clash": 1,
}


def _actor_key(e: Event) -> str:
    return e.actor1_id or e.actor1


def _same(a: Event, b: Event) -> bool:
    if a.background != b.background:
        return False
    same_place = (a.place_id or a.location) == (b.place_id or b.location) and bool(a.location)
    same_day = a.event_date == b.event_date or None in (a.event_date, b.event_date)
    if not (same_place and same_day):
        return False
    if a.event_type == b.event_type and _actor_key(a) == _actor_key(b):
        return True
    if a.event_type == b.event_type == "Battles":
        # one battle, whichever side a sentence names first
        pair_a = {a.actor1_id or a.actor1, a.actor2_id or a.actor2} - {"", None}
        pair_b = {b.actor1_id or b.actor1, b.actor2_id or b.actor2} - {"", None}
        if not (a.actor1 and b.actor1) or pair_a == pair_b:
            return True
    # Strikes inside a battle at the same place and day are part of the battle.
    battle = {a.event_type, b.event_type} == {"Battles", "Explosions/Remote violence"}
    return battle and a.event_date is not None and a.event_date == b.event_date


def _absorb(keep: Event, other: Event) -> None:
    if other.event_type == "Battles" and keep.event_type != "Battles":
        keep.event_type, keep.sub_event_type = other.event_type, other.sub_event_type
        keep.disorder_type = other.disorder_type
    if _PRIORITY.get(other.sub_event_type, 0) > _PRIORITY.get(keep.sub_event_type, 0) and (
        other.event_type == keep.event_type and _actor_key(other) == _actor_key(keep)
    ):
        keep.sub_event_type = other.sub_event_type
    for field in ("actor1", "actor2"):
        if not getattr(keep, field) and getattr(other, field):
            for suffix in ("", "_id"):
                setattr(keep, field + suffix, getattr(other, field + suffix))
            setattr(keep, "inter" + field[-1], getattr(other, "inter" + field[-1]))
    for field in ("assoc_actor_1", "assoc_actor_2"):
        names = [n for n in (getattr(keep, field) + "; " + getattr(other, field)).split("; ") if n]
        names = [n for n in dict.fromkeys(names) if n not in (keep.actor1, keep.actor2)]
        setattr(keep, field, "; ".join(names))
    if other.event_date and (keep.event_date is None or other.time_precision < keep.time_precision):
        keep.event_date, keep.time_precision = other.event_date, other.time_precision
    if other.geo_precision < keep.geo_precision and other.location:
        for f in (
            "location",
            "latitude",
            "longitude",
            "place_id",
            "admin1",
            "admin2",
            "admin3",
            "geo_precision",
        ):
            setattr(keep, f, getattr(other, f))
    keep.fatalities = max(keep.fatalities, other.fatalities)
    keep.claims += [c for c in other.claims if c not in keep.claims]
    keep.evidence += [e for e in other.evidence if e not in keep.evidence]
    keep.flags = list(dict.fromkeys(keep.flags + other.flags))


def merge(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    for event in events:
        target = next((e for e in out if _same(e, event)), None)
        if target is None:
            out.append(event)
        else:
            _absorb(target, event)
    return out


def salience(event: Event, position: int) -> tuple[int, int, int]:
    """Main reported event first: not background, then the earliest, with territory breaking ties."""
    return (int(event.background), position, 0 if event.sub_event_type in TERRITORIAL else 1)


def order(events: list[Event]) -> list[Event]:
    ranked = sorted(enumerate(events), key=lambda p: salience(p[1], p[0]))
    for _, e in ranked:
        e.confidence = _confidence(e)
    return [e for _, e in ranked]


def _confidence(e: Event) -> float:
    score = 0.35
    score += 0.15 if e.actor1 else 0
    score += 0.15 if e.location and e.geo_precision == 1 else 0.05 if e.location else 0
    score += 0.1 if e.event_date and e.time_precision == 1 else 0
    score += 0.1 if len(e.evidence) > 2 else 0
    score -= 0.1 if "place inferred from the article" in e.flags else 0
    score -= 0.1 if e.claims and all(c.claimant_is_party for c in e.claims) else 0
    return round(max(0.05, min(0.95, score)), 2)
