"""Who holds a place, since when, on what evidence.

Changes come from fused events: a capture or regain names the new controller (actor1) on the event
date; a statement of standing control ("controlled by government forces since 2016") names the
controller from the year it gives, or as of the article's publication. Only precisely located
events (geo_precision 1) count, and a change is filed under the place itself: a governorate is
never reported as held because its capital is.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from frontline.events.lexicon import compile_patterns, lexicon_file
from frontline.events.taxonomy import TERRITORIAL
from frontline.link.actor_sides import default_sides

# Changes of different controllers this close together mean the place is fought over.
CONTEST_DAYS = 7
_SINCE = re.compile(r"control statement: since (\d{4})")


@dataclass(slots=True)
class Change:
    """One step of a place's control timeline."""

    place_id: str
    location: str
    admin1: str
    admin2: str
    country: str
    latitude: float | None
    longitude: float | None
    date: str  # the day control is known from (a statement without a year: its publication)
    time_precision: int
    controller: str
    controller_id: str | None
    lineage: list[str]
    kind: str  # sub-event type, or "control statement"
    event_id: str
    sources: list[str] = field(default_factory=list)
    party_claim_only: bool = False
    denied: bool = False
    background_only: bool = False  # known only from mentions in passing: too weak to contest
    since_known: bool = True  # False: a statement of control without a year, true as of `date`

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


TRANSFER = "Non-violent transfer of territory"
NOBODY = "unknown (vacated)"


@cache
def _relinquish() -> re.Pattern[str]:
    return compile_patterns(lexicon_file("control.yaml")["relinquish"], "control.yaml relinquish")


def _new_holder(record: dict[str, Any]) -> tuple[str, str | None, str]:
    """Controller name, id and kind of change. A withdrawal or hand-over passes the place to
    actor2, or to nobody known; every other change to actor1."""
    trigger = (record.get("evidence") or [{}])[0].get("text", "")
    if record.get("sub_event_type") == TRANSFER and _relinquish().search(trigger):
        if record.get("actor2"):
            return record["actor2"], record.get("actor2_id"), "handed over"
        return NOBODY, None, f"withdrawal of {record['actor1']}"
    return record["actor1"], record.get("actor1_id"), record["sub_event_type"]


def is_control_record(record: dict[str, Any]) -> bool:
    return record.get("sub_event_type") in TERRITORIAL or any(
        f.startswith("control statement") for f in record.get("flags") or []
    )


@cache
def _lineage(actor_id: str | None) -> tuple[str, ...]:
    if not actor_id:
        return ()
    from frontline.link.actors import default_kb

    kb = default_kb()
    return tuple(kb.lineage(actor_id)) if actor_id in kb else (actor_id,)


def _change(record: dict[str, Any]) -> Change | None:
    if (
        not is_control_record(record)
        or record.get("geo_precision", 3) != 1
        or not record.get("actor1")
    ):
        return None
    sources = record.get("sources") or []
    statement = next(
        (f for f in record.get("flags") or [] if f.startswith("control statement")), None
    )
    if statement:
        since = _SINCE.match(statement)
        published = min((s["published"] for s in sources if s.get("published")), default=None)
        date, tp = (f"{since.group(1)}-01-01", 3) if since else (published, 3)
    else:
        date, tp = record.get("event_date"), record.get("time_precision", 3)
    controller, controller_id, change = _new_holder(record)
    kind = "control statement" if statement else change
    if not date:
        return None
    claims = [c for s in sources for c in s.get("claims") or []]
    return Change(
        place_id=record.get("place_id") or record.get("location", ""),
        location=record.get("location", ""),
        admin1=record.get("admin1", ""),
        admin2=record.get("admin2", ""),
        country=record.get("country", ""),
        latitude=record.get("latitude"),
        longitude=record.get("longitude"),
        date=date,
        time_precision=tp,
        controller=controller,
        controller_id=controller_id,
        lineage=list(_lineage(controller_id)),
        kind=kind,
        event_id=record["event_id"],
        sources=[f"{s.get('source') or '?'} ({s['article_id']})" for s in sources],
        party_claim_only=bool(record.get("party_claim_only")),
        denied=_denied(claims),
        background_only=bool(record.get("background")) and not statement,
        since_known=not statement or bool(_SINCE.match(statement)),
    )


def _denied(claims: list[dict[str, Any]]) -> bool:
    """A party denies the change and no independent source confirms it: the claims conflict.
    ("The army denied its lines had collapsed" against a monitor's report that the town fell does
    not leave the town contested.)"""
    denied = any(c.get("stance") == "denied" for c in claims)
    confirmed = any(
        c.get("stance") == "reported" and not c.get("claimant_is_party") for c in claims
    )
    return denied and not confirmed


def changes_from(records: list[dict[str, Any]]) -> list[Change]:
    """Control changes of the given fused event records, oldest first."""
    out = [c for c in map(_change, records) if c is not None]
    # on one day the better-attested change comes last, so it is the one that holds
    return sorted(out, key=lambda c: (c.date, not c.background_only, -c.time_precision, c.event_id))


def _same_side(earlier: Change, later: Change) -> bool:
    """Whether `later` continues the control of `earlier`'s controller: one lineage, or partners in
    a coalition or operations room (al-Nusra and the Jaysh al-Fatah it belongs to) on the later
    change's day. Allies taking a town together do not contest it, but former partners who have
    split do: Ahrar al-Sham's 2015 capture with al-Nusra in Jaysh al-Fatah and HTS's capture from
    Ahrar in 2017 are two changes of control.

    Why the later day, not both days: the question is whether the new holder counts the old one
    among its own side when it takes over; a group that held a town before joining a coalition
    still holds it when the coalition is reported there. A controller that no longer existed by
    then (a dissolved coalition) is judged on its last day: its members inherit what it held
    (frontline.link.actor_sides)."""
    if earlier.controller == later.controller or set(earlier.lineage) & set(later.lineage):
        return True
    day = dt.date.fromisoformat(later.date)
    sides = default_sides()
    return bool(sides.side(earlier.controller_id, day) & sides.side(later.controller_id, day))


def _days(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _state(history: list[Change]) -> dict[str, Any]:
    """The controller after the last change, since when, how sure, and whether it is contested."""
    last = history[-1]
    since = last
    for earlier in reversed(history[:-1]):  # the same side held it before: since the first of those
        if not _same_side(earlier, last):
            break
        since = earlier
    rivals = [
        c
        for c in history[:-1]
        if not _same_side(c, last)
        and not c.background_only
        and _days(c.date, last.date) <= CONTEST_DAYS
    ]
    contested = bool(rivals) or last.denied
    basis = [c for c in history if _same_side(c, last) and c.date >= since.date]
    n_sources = len({s for c in basis for s in c.sources})
    confidence = 0.5 + 0.1 * min(n_sources - 1, 4)
    confidence -= 0.2 if last.party_claim_only else 0
    confidence = min(confidence, 0.3) if contested else confidence
    return {
        "place_id": last.place_id,
        "location": last.location,
        "admin1": last.admin1,
        "admin2": last.admin2,
        "country": last.country,
        "latitude": last.latitude,
        "longitude": last.longitude,
        "controller": "contested" if contested else last.controller,
        "controller_id": None if contested else last.controller_id,
        "lineage": [] if contested else last.lineage,
        "claimants": sorted({c.controller for c in [last, *rivals]}),
        "since": since.date if since.since_known else None,
        "since_precision": since.time_precision,
        "known_from": since.date,
        "events": [c.event_id for c in basis + rivals],
        "sources": sorted({s for c in basis + rivals for s in c.sources}),
        "confidence": round(max(0.1, confidence), 2),
    }


def control_at(
    records: list[dict[str, Any]], on: dt.date | str, admin1: str | None = None
) -> list[dict[str, Any]]:
    """Places with a known controller on `on` (optionally within one admin1), by place name."""
    return state_at(changes_from(records), on, admin1)


def state_at(
    changes: list[Change], on: dt.date | str, admin1: str | None = None
) -> list[dict[str, Any]]:
    """`control_at` over changes already read (`changes_from`), oldest first."""
    day = str(on)
    by_place: dict[str, list[Change]] = {}
    for change in changes:
        if change.date <= day and (admin1 is None or change.admin1.lower() == admin1.lower()):
            by_place.setdefault(change.place_id, []).append(change)
    return sorted(
        (_state(h) for h in by_place.values()), key=lambda s: (s["admin1"], s["location"])
    )


def place_history(
    records: list[dict[str, Any]], place: str, place_ids: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """Every change of control of one place (its name, its gazetteer id, or one of `place_ids`),
    oldest first."""
    return history_of(changes_from(records), place, place_ids)


def history_of(
    changes: list[Change], place: str, place_ids: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """`place_history` over changes already read (`changes_from`)."""
    key = place.lower()
    ids = {place, *place_ids}
    return [c.to_dict() for c in changes if c.place_id in ids or c.location.lower() == key]
