"""Time questions about actors: did a lineage exist on a day, was a group in a coalition then."""

from __future__ import annotations

import datetime as dt

from frontline.link.actors import ActorKB


def lineage_exists(kb: ActorKB, actor_id: str, on: dt.date | None) -> bool:
    """Some name of the actor's lineage was valid on `on` (no Jaysh al-Fatah in 2013; unknown
    actors and undated events pass)."""
    if on is None or actor_id not in kb:
        return True
    lineage = [kb.get(i) for i in kb.lineage(actor_id)]
    start = min((a.start for a in lineage if a.start), default=None)
    end = lineage_end(kb, actor_id)
    return (start is None or start <= on) and (end is None or on < end)


def lineage_end(kb: ActorKB, actor_id: str) -> dt.date | None:
    """The first day no name of the actor's lineage is valid (None: it still exists)."""
    ends = [kb.get(i).end for i in kb.lineage(actor_id)]
    return None if None in ends else max(e for e in ends if e)


def member_off_dates(kb: ActorKB, actor_id: str, named: set[str], on: dt.date | None) -> bool:
    """The article names `actor_id` with a coalition it names too ("Jaysh al-Fatah, led by the
    Nusra Front") but was not in it on `on`: the article's present coalition tells nothing about
    who the rebels of an earlier event were."""
    if on is None or actor_id not in kb:
        return False
    spells = [s for s in kb.get(actor_id).member_of if s.id in named]
    return bool(spells) and not any(s.covers(on) for s in spells)
