"""Whether two reports describe the same event: family, actors' sides, place and date window.

ACLED treats reports as one event when they share the event type, the actors, the location and the
date. News reports differ in all four ways: outlets name a group by an older name or by its
coalition, place the event at a district rather than the town, and date it to the week. So the test
widens each criterion only as far as the reports' own precision codes allow, and a coalition only
as far as its membership on the event's day (frontline.link.actor_sides).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from frontline.events.taxonomy import TERRITORIAL
from frontline.fuse.model import Report
from frontline.link.actor_sides import side_of
from frontline.model import Event

# Days either side a date may differ, by ACLED time_precision (1 day, 2 week, 3 month).
DATE_WINDOW = {1: 0, 2: 7, 3: 31}
# A background mention ("weeks after jihadists took Idlib") looks back this far at most.
BACKGROUND_LOOKBACK = 366
# Two precise (geo_precision 1) places closer than this are one place under two gazetteer ids.
SAME_PLACE_KM = 3.0
# A geo_precision 2 place ("near X", a district) may be this far from the other report's place.
NEAR_PLACE_KM = 25.0

_FAMILY = {
    "Battles": "fighting",
    "Explosions/Remote violence": "remote violence",
    "Violence against civilians": "violence against civilians",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Strategic developments": "strategic",
}


def family(e: Event) -> str:
    """Event family: taking territory without a fight is still the fighting over that territory."""
    if e.sub_event_type in TERRITORIAL:
        return "fighting"
    return _FAMILY.get(e.event_type, e.event_type)


def parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def dates_match(a: Report, b: Report) -> bool:
    da, db = parse_date(a.event.event_date), parse_date(b.event.event_date)
    if a.event.background != b.event.background:
        bg, news = (a, b) if a.event.background else (b, a)
        return _looks_back_to(bg, parse_date(news.event.event_date))
    if da is None or db is None:
        # an unresolved date ("Saturday" without a publication date) only matches in the window
        # of the other report's publication
        known, ref = (db, a.published) if da is None else (da, b.published)
        return known is None or ref is None or abs((known - ref).days) <= DATE_WINDOW[3]
    window = max(_window(a), _window(b))
    return abs((da - db).days) <= window


def date_reach(r: Report) -> tuple[dt.date, dt.date] | None:
    """The days another report's date must fall in to possibly match `r` (None: any day). Kept
    next to `dates_match`, which it bounds, for incremental fusion. Undated reports and, for a news
    report, background mentions are not bounded by it (they match on other grounds)."""
    wide = max(DATE_WINDOW.values())
    own = parse_date(r.event.event_date)
    if r.event.background:
        anchors = [d for d in (own, r.published) if d is not None]
        if not anchors:
            return None
        lo = min(anchors) - dt.timedelta(days=BACKGROUND_LOOKBACK + wide)
        return lo, max(anchors) + dt.timedelta(days=wide + 1)
    day = own or r.published
    if day is None:
        return None
    return day - dt.timedelta(days=wide), day + dt.timedelta(days=wide)


def _window(r: Report) -> int:
    """ACLED's day is exact: reports of one place on two days are two events. (Allowing a day's
    slack for reports dated on their publication day tripled the false fusions on ACLED's dev
    notes and found no more true pairs in our fixtures.)"""
    return DATE_WINDOW.get(r.event.time_precision, DATE_WINDOW[3])


def _looks_back_to(bg: Report, day: dt.date | None) -> bool:
    """A background mention refers to something before it was written, and not long before; when
    it gives its own date ("in March 2015"), within that date's window."""
    if day is None:
        return True
    own = parse_date(bg.event.event_date)
    if own is not None and own != bg.published:
        return abs((own - day).days) <= _window(bg)
    ref = bg.published or own
    if ref is None:
        return True
    return -1 <= (ref - day).days <= BACKGROUND_LOOKBACK


def distance_km(a: Event, b: Event) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def places_match(a: Event, b: Event) -> bool:
    """The same place; or a precise place and a coarse report of it ("near X", "in X district")
    inside the same admin2 and, for geo_precision 2, near it. Two coarse reports only match at the
    same place and never at geo_precision 3: a governorate named twice is not one village twice."""
    if a.country and b.country and a.country != b.country:
        return False
    if not (a.location and b.location):
        return False
    fine, coarse = sorted((a.geo_precision, b.geo_precision))
    if a.place_id and a.place_id == b.place_id:
        return coarse < 3 or fine == 1
    km = distance_km(a, b)
    if coarse == 1:
        return km is not None and km <= SAME_PLACE_KM
    if fine > 1:
        return False
    # a governorate-wide report (3) carries its seat's admin2 but covers the whole admin1
    if coarse < 3 and a.admin2 and b.admin2:
        same_unit = a.admin2 == b.admin2 and a.admin1 == b.admin1
    else:
        same_unit = bool(a.admin1) and a.admin1 == b.admin1
    if not same_unit:
        return False
    return coarse >= 3 or km is None or km <= NEAR_PLACE_KM


# The side of an actor on a day (None: ever); see frontline.link.actor_sides.
ActorGroups = Callable[[str | None, dt.date | None], frozenset[str]]


# Ids an actor can be reported as on a day: its lineage (al-Nusra → JFS → HTS), the coalitions it
# belonged to that day and, for a coalition, its members that day. Empty: unknown, generic or
# provisional.
actor_groups: ActorGroups = side_of


def sides_day(a: Event, b: Event) -> dt.date | None:
    """The one day both reports' sides are judged on: matching reports describe one event, dated
    by the more precise report (news before a mention in passing, which is often dated only by
    its publication), as fusion dates it. The same for (a, b) and (b, a)."""
    dated = [(e.background, e.time_precision, d) for e in (a, b) if (d := parse_date(e.event_date))]
    return min(dated)[2] if dated else None


def actors_match(a: Event, b: Event, groups: ActorGroups = actor_groups) -> bool:
    """The acting side of one report is a side of the other (reports order the two sides freely),
    as of the event's day: partners in a coalition then are one side, and rivals after it split.
    A report without a known actor ("gunmen") constrains nothing against a named one; two reports
    of generic actors (protesters, rioters) differ when they name different associated groups."""
    on = sides_day(a, b)
    ga, gb = groups(a.actor1_id, on), groups(b.actor1_id, on)
    if ga and gb:
        return bool(ga & (gb | groups(b.actor2_id, on))) or bool(gb & groups(a.actor2_id, on))
    if ga or gb:
        return True
    assoc_a = set(a.assoc_actor_1.split("; ")) - {""}
    assoc_b = set(b.assoc_actor_1.split("; ")) - {""}
    return not (assoc_a and assoc_b and not assoc_a & assoc_b)


def families_match(a: Event, b: Event) -> bool:
    """Same family; or, as the coder does within an article, strikes reported at the place and on
    the day of a battle are part of the battle (one outlet reports the shelling, another the fight)."""
    if family(a) == family(b):
        return True
    battle_and_strikes = {family(a), family(b)} == {"fighting", "remote violence"}
    same_day = a.event_date is not None and a.event_date == b.event_date
    return battle_and_strikes and same_day and a.time_precision == b.time_precision == 1


def same_event(a: Report, b: Report, groups: ActorGroups = actor_groups) -> bool:
    """The fusion test for two reports from different articles."""
    if a.article_id == b.article_id:
        return False  # the coder already split one article's events
    ea, eb = a.event, b.event
    return (
        families_match(ea, eb)
        and places_match(ea, eb)
        and dates_match(a, b)
        and actors_match(ea, eb, groups)
    )
