"""Actors from the knowledge base: search, and one actor's names over time, aliases, lineage and
coalitions, and its events (with or without its lineage)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from frontline.api import queries
from frontline.api.deps import NotFound, kb, store
from frontline.api.paging import Offset
from frontline.api.schemas import (
    ActorDetailOut,
    ActorOut,
    EventOut,
    EventPage,
    NamePeriodOut,
    SpanOut,
)
from frontline.link.actor_model import Actor
from frontline.link.actors import ActorKB
from frontline.store import EventFilter, Store

router = APIRouter(tags=["actors"])
KB = Annotated[ActorKB, Depends(kb)]


def _actor(k: ActorKB, actor_id: str) -> Actor:
    if actor_id not in k:
        raise NotFound(f"no actor {actor_id!r} in the knowledge base (GET /api/actors?q=...)")
    return k.get(actor_id)


def _brief(k: ActorKB, actor_id: str) -> ActorOut:
    a = k.get(actor_id)
    return ActorOut(id=a.id, name=a.name, kind=a.kind, inter=a.inter, country=a.country)


@router.get("/actors", response_model=list[ActorOut])
def search_actors(
    k: KB,
    q: Annotated[str | None, Query(description="name or alias, fuzzy")] = None,
    country: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[ActorOut]:
    """Actors matching `q` (fuzzy, best first), or all actors by name; optionally of one country."""
    if q:
        found = [a.id for a in k.search(q, limit=limit * 2)]
    else:
        found = sorted(k.actors, key=lambda i: k.actors[i].name.lower())
    out = [_brief(k, i) for i in found]
    if country:
        out = [a for a in out if (a.country or "").lower() == country.lower()]
    return out[:limit]


@router.get("/actors/{actor_id}", response_model=ActorDetailOut)
def get_actor(actor_id: str, k: KB) -> ActorDetailOut:
    """Names over time, aliases, lineage (predecessors and successors), coalitions and members."""
    a = _actor(k, actor_id)
    return ActorDetailOut(
        **_brief(k, actor_id).model_dump(),
        names=[NamePeriodOut(name=n.name, start=n.start, end=n.end) for n in a.names],
        aliases=list(a.aliases),
        lineage=[_brief(k, i) for i in k.lineage(actor_id)],
        coalitions=[
            SpanOut(id=s.id, name=k.get(s.id).name if s.id in k else s.id, start=s.start, end=s.end)
            for s in a.member_of
        ],
        members=[_brief(k, i) for i in k.members(actor_id)],
        sources=list(a.sources),
    )


@router.get("/actors/{actor_id}/events", response_model=EventPage)
def actor_events(
    actor_id: str,
    k: KB,
    s: Annotated[Store, Depends(store)],
    lineage: Annotated[bool, Query(description="with predecessors and successors")] = True,
    sort: queries.Sort = "-event_date",
    limit: Annotated[int, Query(ge=1, le=5000)] = 100,
    offset: Offset = 0,
) -> EventPage:
    """The actor's events: the same as GET /api/events?actor=ID."""
    _actor(k, actor_id)
    total, items = queries.find_events(
        s, EventFilter(actor=actor_id), lineage=lineage, sort=sort, limit=limit, offset=offset
    )
    return EventPage(total=total, offset=offset, limit=limit, items=[EventOut(**e) for e in items])
