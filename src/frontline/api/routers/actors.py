"""Actors from the knowledge base: search, and one actor's names over time, aliases, lineage and
coalitions. Its events are GET /api/events?actor=ID&lineage=true."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from frontline.api.deps import NotFound, kb
from frontline.api.schemas import ActorDetailOut, ActorOut, NamePeriodOut, SpanOut
from frontline.link.actors import ActorKB

router = APIRouter(tags=["actors"])
KB = Annotated[ActorKB, Depends(kb)]


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
    if actor_id not in k:
        raise NotFound(f"no actor {actor_id!r} in the knowledge base (GET /api/actors?q=...)")
    a = k.get(actor_id)
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
