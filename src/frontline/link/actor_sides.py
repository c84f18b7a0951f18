"""Sides by date: which ids stand with an actor on a given day.

An actor's side on a day is every id it can be reported as then:
- its whole lineage, undated: a renaming is the same fighters (al-Nusra in 2015 and HTS in 2017 are
  one side, and an outlet may call the 2015 group by its 2017 name);
- the coalitions any name of that lineage belonged to on the day, and the coalitions those belonged
  to (Faylaq al-Sham in the National Front for Liberation, the Front in the Syrian National Army);
- for a coalition, its members on the day, their members, and their lineages.
Two actors are one side on a day when their sides share an id: Ahrar al-Sham and al-Nusra share
Jaysh al-Fatah in 2015 and nothing once it dissolved in 2017, when they fought each other.

Affiliation (an al-Qaeda franchise, IRGC- or STC-backed forces) is not a side: a patron or a
franchise does not make two groups co-belligerents in one event or holders of one town.

An actor named after its lineage ended (Jaysh al-Fatah in a report of 2017, after it dissolved) is
judged on its last day: reporters use the old name for its former members, and what a dissolved
coalition held passes to them.

Without a day (undated reports) a side is every relation the actor ever had: an undated report is
the least constrained, as elsewhere. Sides change only on the dates of membership spans, so each
actor's sides are computed once per span boundary and looked up by bisection (fusion asks a lot).
"""

from __future__ import annotations

import bisect
import datetime as dt
from functools import cache

from frontline.link.actor_dates import lineage_end
from frontline.link.actor_model import Span
from frontline.link.actors import ActorKB, default_kb

NO_SIDE: frozenset[str] = frozenset()
# Days the side may change, the side from each of them, the lineage's last day (None: it goes
# on), and the side undated.
_Timeline = tuple[list[dt.date], list[frozenset[str]], dt.date | None, frozenset[str]]


class SideIndex:
    """Sides of the actors of one knowledge base, per day (the KB is not changed after load)."""

    def __init__(self, kb: ActorKB) -> None:
        self.kb = kb
        self._members: dict[str, list[tuple[str, Span]]] = {}  # coalition -> (member, span)
        for actor in kb.actors.values():
            for span in actor.member_of:
                self._members.setdefault(span.id, []).append((actor.id, span))
        self._timelines: dict[str, _Timeline] = {}
        self._lineages: dict[str, tuple[str, ...]] = {}

    def known(self, actor_id: str | None) -> bool:
        """Reviewed KB actors only: generic actors ("Civilians") and provisional ones (named in one
        article, never reviewed) have no side and so constrain nothing."""
        return bool(actor_id) and actor_id in self.kb.actors

    def side_on(self, actor_id: str, on: dt.date | None) -> frozenset[str]:
        """The side as computed from the KB (uncached: `side` is the fast path)."""
        if not self.known(actor_id):
            return NO_SIDE
        ids = set(self._lineage(actor_id))
        todo = list(ids)  # up: coalitions of the lineage, and theirs
        while todo:
            for span in self.kb.actors[todo.pop()].member_of:
                if span.covers(on) and span.id in self.kb.actors and span.id not in ids:
                    new = [i for i in self._lineage(span.id) if i not in ids]
                    ids.update(new)
                    todo.extend(new)
        todo = list(self._lineage(actor_id))  # down: members of the actor, and theirs
        seen = set(todo)
        while todo:
            for member, span in self._members.get(todo.pop(), ()):
                if span.covers(on) and member not in seen:
                    new = [i for i in self._lineage(member) if i not in seen]
                    seen.update(new)
                    ids.update(new)
                    todo.extend(new)
        return frozenset(ids)

    def side(self, actor_id: str | None, on: dt.date | None = None) -> frozenset[str]:
        """The side on `on` (None: every relation ever; after the lineage ended: on its last day),
        from the actor's cached timeline."""
        timeline = self._timelines.get(actor_id or "")
        if timeline is None:
            if not actor_id or not self.known(actor_id):
                return NO_SIDE  # not cached: provisional ids come and go with the articles
            timeline = self._timelines[actor_id] = self._timeline(actor_id)
        days, sides, last, ever = timeline
        if on is None:
            return ever
        if last is not None and on > last:
            on = last
        return sides[bisect.bisect_right(days, on) - 1]

    def _timeline(self, actor_id: str) -> _Timeline:
        """Sides from each date a membership of anyone in the actor's widest side starts or ends
        (between two such dates the side cannot change), its lineage's last day, its widest side."""
        ever = self.side_on(actor_id, None)
        cuts = {
            d
            for i in ever
            for span in self.kb.actors[i].member_of
            for d in (span.start, span.end)
            if d is not None
        }
        days = [dt.date.min, *sorted(cuts)]
        end = lineage_end(self.kb, actor_id)
        last = end - dt.timedelta(days=1) if end else None
        return days, [self.side_on(actor_id, d) for d in days], last, ever

    def _lineage(self, actor_id: str) -> tuple[str, ...]:
        if actor_id not in self._lineages:
            self._lineages[actor_id] = tuple(self.kb.lineage(actor_id))
        return self._lineages[actor_id]


@cache
def default_sides() -> SideIndex:
    """Sides of the default KB (shipped plus the user's reviewed files), built once per process."""
    return SideIndex(default_kb())


def side_of(actor_id: str | None, on: dt.date | None = None) -> frozenset[str]:
    """The side of `actor_id` on `on` in the default KB (empty: unknown, generic or provisional)."""
    return default_sides().side(actor_id, on)
