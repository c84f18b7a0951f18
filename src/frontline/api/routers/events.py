"""Events: filtered, sorted, paginated lists; one event with its claims, sources and evidence."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from frontline.api import queries
from frontline.api.deps import NotFound, store
from frontline.api.filters import Filters, event_filters
from frontline.api.paging import Offset, next_link
from frontline.api.schemas import ClaimOut, EventDetailOut, EventOut, EventPage, SourceOut
from frontline.errors import StoreError
from frontline.fuse.model import COMPARED
from frontline.store import Store

router = APIRouter(tags=["events"])
StoreDep = Annotated[Store, Depends(store)]


@router.get("/events", response_model=EventPage)
def list_events(
    request: Request,
    s: StoreDep,
    f: Annotated[Filters, Depends(event_filters)],
    sort: Annotated[queries.Sort, Query(description="field, '-' for descending")] = "-event_date",
    limit: Annotated[int, Query(ge=1, le=5000)] = 100,
    offset: Offset = 0,
) -> EventPage:
    """Fused events matching the filters (as in `frontline events`), one page."""
    total, items = queries.find_events(
        s, f.event, source=f.source, lineage=f.lineage, sort=sort, limit=limit, offset=offset
    )
    return EventPage(
        total=total,
        offset=offset,
        limit=limit,
        next=next_link(request, offset, limit, total),
        items=[EventOut(**e) for e in items],
    )


def source_out(src: dict[str, Any]) -> SourceOut:
    return SourceOut(
        article_id=src["article_id"],
        title=src.get("title"),
        source=src.get("source"),
        published=src.get("published"),
        url=src.get("url"),
        values={k: src.get(k) for k in COMPARED},
        evidence=src.get("evidence") or [],
    )


@router.get("/events/{event_id}", response_model=EventDetailOut)
def get_event(event_id: str, s: StoreDep) -> EventDetailOut:
    """One event: its fields, every source (per-source values and evidence), every claim."""
    try:
        e = s.event(event_id)
    except StoreError as exc:
        raise NotFound(exc.args[0]) from None
    return EventDetailOut(
        **{k: v for k, v in e.items() if k not in ("claims", "sources", "evidence")},
        claims=[ClaimOut(**c) for c in e.get("claims") or []],
        sources=[source_out(x) for x in e.get("sources") or []],
        evidence=e.get("evidence") or [],
    )
