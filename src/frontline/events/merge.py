"""One event per actors/type/place/day within an article (ACLED), and salience order.

Shelling or air strikes reported inside a battle at the same place and day merge into the battle; so do
the troop movements of one of its sides. A protest that escalates the same day at the same place is one
event of its most severe type. A strike a headline places only in a country is its placed twin.
"""

from __future__ import annotations

import datetime as dt

from frontline.events.split_places import siblings
from frontline.events.taxonomy import TERRITORIAL, disorder_of, interaction
from frontline.model import Event

# When two reports of one event disagree on its type, the more decisive one wins.
_PRIORITY = {
    "Non-state actor overtakes territory": 3,
    "Government regains territory": 3,
    "Armed clash": 1,
}
# One demonstration, reported as it escalates: the most severe form is the event (ACLED: a protest that
# turns violent is a riot; an intervention makes a peaceful protest a protest with intervention).
_SEVERITY = {
    "Peaceful protest": 1,
    "Protest with intervention": 2,
    "Excessive force against protesters": 3,
    "Violent demonstration": 4,
    "Mob violence": 4,
}
_DEMONSTRATIONS = {"Protests", "Riots"}
_RIOTERS, _PROTESTERS, _CIVILIANS = 5, 6, 7  # ACLED inter codes
_ACTOR_FIELDS = (
    "actor1", "actor1_id", "inter1", "assoc_actor_1",
    "actor2", "actor2_id", "inter2", "assoc_actor_2", "interaction", "civilian_targeting",
)  # fmt: skip
_TYPE_FIELDS = ("event_type", "sub_event_type", "disorder_type")
_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_PLACE_INFERRED = "place inferred from the article"
_INFERRED_ACTOR1 = "actor1 inferred"
UNLISTED_PLACE_FLAG = "at an unlisted place near"  # set by the coder: "X village in <place>"


def _actor_key(e: Event) -> str:
    return e.actor1_id or e.actor1


def _unidentified(e: Event) -> bool:
    """Its perpetrator is ACLED's generic unknown ("Unidentified Military Forces")."""
    return e.actor1.startswith("Unidentified ")


def _unplaced(e: Event) -> bool:
    """Placed only in a country (a headline's "air strikes on eastern Syria")."""
    return not e.admin1


def _twins(a: Event, b: Event) -> bool:
    """One event told twice, once without a place: same type, no conflicting actor, a day apart at most."""
    if a.sub_event_type != b.sub_event_type or _unplaced(a) == _unplaced(b):
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if a.actor1 and b.actor1 and _actor_key(a) != _actor_key(b):
        return False
    if a.event_date and b.event_date:
        days = abs((dt.date.fromisoformat(a.event_date) - dt.date.fromisoformat(b.event_date)).days)
        return days <= 1
    return True


def _days_apart(a: Event, b: Event) -> int | None:
    if not (a.event_date and b.event_date):
        return None
    return abs((dt.date.fromisoformat(a.event_date) - dt.date.fromisoformat(b.event_date)).days)


def _one_fight(a: Event, b: Event) -> bool:
    """A place changes hands once: fighting and a capture there told in one article, a day apart at
    most, with a side in common, are one event (a report dated by its publication day often repeats
    a capture dated in the text); a capture and a recapture are not."""
    if not (a.event_type == b.event_type == "Battles" and a.location):
        return False
    territorial = {a.sub_event_type, b.sub_event_type} & TERRITORIAL
    if len(territorial) != 1 or (a.place_id or a.location) != (b.place_id or b.location):
        return False
    days = _days_apart(a, b)
    if days is not None and days > 1:
        return False
    sides_a = {a.actor1_id or a.actor1, a.actor2_id or a.actor2} - {"", None}
    sides_b = {b.actor1_id or b.actor1, b.actor2_id or b.actor2} - {"", None}
    return bool(sides_a & sides_b)


def _escalation(a: Event, b: Event) -> bool:
    return {a.event_type, b.event_type} <= _DEMONSTRATIONS


def _side_moves(a: Event, b: Event) -> bool:
    """A side's troop movement reported with its battle (ACLED codes the battle only)."""
    moves, battle = (a, b) if a.sub_event_type == "Change to group/activity" else (b, a)
    if moves.sub_event_type != "Change to group/activity" or battle.event_type != "Battles":
        return False
    return bool(moves.actor1) and moves.actor1 in (battle.actor1, battle.actor2)


def _same(a: Event, b: Event) -> bool:
    if a.background != b.background or siblings(a, b):
        return False
    if _twins(a, b) or _one_fight(a, b):
        return True
    same_place = (a.place_id or a.location) == (b.place_id or b.location) and bool(a.location)
    same_day = a.event_date == b.event_date or None in (a.event_date, b.event_date)
    unknown_striker = a.sub_event_type == b.sub_event_type in _STRIKES and (
        _unidentified(a) != _unidentified(b)
    )
    if same_place and unknown_striker and (_days_apart(a, b) or 0) <= 1:
        # "Air strikes killed 12 ... It was unclear whether the strikes were carried out by
        # Syrian or Russian warplanes": the later sentence names whose aircraft or guns they
        # were (a bomber's identity is no state's to fill: bombings stay unidentified); a day
        # apart at most, as when one sentence is dated by the report and the other by its own
        # "on Thursday evening" (Hizballah's shelling of a funeral in Madaya)
        return True
    if not (same_place and same_day):
        return False
    if _escalation(a, b) or _side_moves(a, b):
        return True
    if a.event_type == b.event_type and _actor_key(a) == _actor_key(b):
        return True
    if a.event_type == b.event_type == "Battles":
        # one battle, whichever side a sentence names first
        pair_a = {a.actor1_id or a.actor1, a.actor2_id or a.actor2} - {"", None}
        pair_b = {b.actor1_id or b.actor1, b.actor2_id or b.actor2} - {"", None}
        if not (a.actor1 and b.actor1) or pair_a == pair_b:
            return True
    # Strikes inside a battle at the same place and day are part of the battle; a strike on
    # civilians is not (ACLED codes it as its own event).
    battle = {a.event_type, b.event_type} == {"Battles", "Explosions/Remote violence"}
    on_civilians = "Civilian targeting" in (a.civilian_targeting, b.civilian_targeting)
    return battle and not on_civilians and a.event_date is not None and a.event_date == b.event_date


def _near_only(keep: Event, other: Event) -> bool:
    """The keeper is known to be only near the place both name ("Al Ghani village in Latakia"):
    another report naming that place does not make it the event's exact location."""
    same = (keep.place_id or keep.location) == (other.place_id or other.location)
    return same and any(f.startswith(UNLISTED_PLACE_FLAG) for f in keep.flags)


def _absorb(keep: Event, other: Event) -> None:
    if other.event_type == "Battles" and keep.event_type != "Battles":
        keep.event_type, keep.sub_event_type = other.event_type, other.sub_event_type
        keep.disorder_type = other.disorder_type
    if _PRIORITY.get(other.sub_event_type, 0) > _PRIORITY.get(keep.sub_event_type, 0) and (
        other.event_type == keep.event_type and _actor_key(other) == _actor_key(keep)
    ):
        keep.sub_event_type = other.sub_event_type
    if _unidentified(keep) and other.actor1 and not _unidentified(other):
        keep.actor1, keep.actor1_id, keep.inter1 = other.actor1, other.actor1_id, other.inter1
        keep.flags = [f for f in keep.flags if not f.startswith(_INFERRED_ACTOR1)]
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
    if other.geo_precision < keep.geo_precision and other.location and not _near_only(keep, other):
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


def _keeper_first(keep: Event, other: Event) -> bool:
    """Whether `other`, found later, should carry the merged event instead of `keep`."""
    if _twins(keep, other):
        return _unplaced(keep)
    if _escalation(keep, other):
        return _SEVERITY.get(other.sub_event_type, 0) > _SEVERITY.get(keep.sub_event_type, 0)
    if _side_moves(keep, other):
        return other.event_type == "Battles"
    if _one_fight(keep, other):
        return other.sub_event_type in TERRITORIAL and keep.sub_event_type not in TERRITORIAL
    return False


def merge(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    for event in events:
        i = next((i for i, e in enumerate(out) if _same(e, event)), None)
        if i is None:
            out.append(event)
        elif _keeper_first(out[i], event):
            # the better report carries the event, at the earlier report's rank (a headline's)
            _absorb_into_keeper(event, out[i])
            out[i] = event
        else:
            _absorb_into_keeper(out[i], event)
    return out


def _absorb_into_keeper(keep: Event, other: Event) -> None:
    """Like `_absorb`, but `keep` is the better report: its type, actors, place and date stand."""
    if any(rule(keep, other) for rule in (_twins, _escalation, _side_moves, _one_fight)):
        saved = {f: getattr(keep, f) for f in (*_TYPE_FIELDS, *_ACTOR_FIELDS)}
        when = (keep.event_date, keep.time_precision) if keep.event_date else None
        own_place = _PLACE_INFERRED not in keep.flags
        _absorb(keep, other)
        if own_place and keep.location:  # the keeper's place stands: the other's doubt is not its
            keep.flags = [f for f in keep.flags if f != _PLACE_INFERRED]
        for f, v in saved.items():
            if f.startswith(("actor", "assoc", "inter")) and not v:
                continue  # a side the keeper lacks is filled from the other report
            setattr(keep, f, v)
        if when:
            keep.event_date, keep.time_precision = when
        keep.interaction = interaction(keep.inter1, keep.inter2)
        if keep.sub_event_type == "Mob violence" and other.event_type == "Protests":
            # riot acts at a demonstration: the demonstration turned violent
            keep.sub_event_type = "Violent demonstration"
            keep.disorder_type = disorder_of(keep.sub_event_type)
        if _escalation(keep, other):
            _demonstration_sides(keep, other)
        return
    _absorb(keep, other)


_Side = tuple[str, str | None, int, str]  # name, KB id, inter code, associated actors


def _sides(e: Event) -> list[_Side]:
    return [
        (e.actor1, e.actor1_id, e.inter1, e.assoc_actor_1),
        (e.actor2, e.actor2_id, e.inter2, e.assoc_actor_2),
    ]


def _demonstration_sides(keep: Event, other: Event) -> None:
    """The demonstrators and the forces facing them, from both reports, in ACLED's slots: forces
    first for excessive force, demonstrators first otherwise; a peaceful protest has no second side."""
    sides = [s for s in _sides(keep) + _sides(other) if s[0]]
    crowd = next((s for s in sides if s[2] in (_RIOTERS, _PROTESTERS)), None)
    forces = next((s for s in sides if s[2] not in (_RIOTERS, _PROTESTERS, _CIVILIANS, 0)), None)
    if crowd is None:
        return
    empty: _Side = ("", None, 0, "")
    if keep.sub_event_type == "Excessive force against protesters":
        if forces is None:  # neither report names the perpetrator: the keeper's own sides stand
            return  # (ACLED never leaves actor1 empty)
        first, second = forces, crowd
    elif keep.sub_event_type == "Peaceful protest":
        first, second = crowd, empty
    else:
        first, second = crowd, forces or empty
    keep.actor1, keep.actor1_id, keep.inter1, keep.assoc_actor_1 = first
    keep.actor2, keep.actor2_id, keep.inter2, keep.assoc_actor_2 = second
    keep.interaction = interaction(keep.inter1, keep.inter2)


def salience(event: Event, position: int) -> tuple[int, int, int]:
    """Main reported event first: not background, then the earliest, with territory breaking ties."""
    return (int(event.background), position, 0 if event.sub_event_type in TERRITORIAL else 1)


LEAD_EVENTS = 3  # the events of a headline and its lede


def order(events: list[Event], headline_deaths: frozenset[int] = frozenset()) -> list[Event]:
    """Salience order; a headline's death toll ("strikes kill 58 civilians") names the story
    among the lead's events."""
    ranked = sorted(enumerate(events), key=lambda p: salience(p[1], p[0]))
    lead = [p for p in ranked if not p[1].background][:LEAD_EVENTS]
    story = next((p for p in lead if p[1].fatalities in headline_deaths), None)
    if story is not None and story is not lead[0]:
        ranked.remove(story)
        ranked.insert(ranked.index(lead[0]), story)
    for _, e in ranked:
        e.confidence = _confidence(e)
    return [e for _, e in ranked]


def _confidence(e: Event) -> float:
    score = 0.35
    score += 0.15 if e.actor1 else 0
    score += 0.15 if e.location and e.geo_precision == 1 else 0.05 if e.location else 0
    score += 0.1 if e.event_date and e.time_precision == 1 else 0
    score += 0.1 if len(e.evidence) > 2 else 0
    score -= 0.1 if _PLACE_INFERRED in e.flags else 0
    score -= 0.1 if e.claims and all(c.claimant_is_party for c in e.claims) else 0
    return round(max(0.05, min(0.95, score)), 2)
