"""Thin adapters over frontline.store for what the API offers beyond the Store's own methods:
source filter, sort orders, an actor without its lineage, an article's coded reports, places.
Each works through the Store's public methods or its schema, never by changing the store."""

from __future__ import annotations

from typing import Any, Literal

import sqlalchemy as sa

from frontline.link.actors import default_kb
from frontline.store import EventFilter, Store
from frontline.store.schema import articles, events, reports

Sort = Literal["-event_date", "event_date", "-fatalities", "fatalities", "-n_sources"]
# Orders the Store sorts in SQL; the others are sorted here.
STORE_ORDERS = {
    "-event_date": "date_desc",
    "event_date": "date_asc",
    "-fatalities": "fatalities_desc",
    "-n_sources": "sources_desc",
}


def find_events(
    store: Store,
    f: EventFilter,
    *,
    source: str | None = None,
    lineage: bool = True,
    sort: Sort = "-event_date",
    limit: int = 100,
    offset: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """(total, page). The Store filters, sorts and pages in SQL; a source filter, an actor without
    its lineage and ascending fatalities are applied here over the SQL-filtered events."""
    order = STORE_ORDERS.get(sort)
    if order and source is None and (lineage or not f.actor):
        return store.count_events(f), store.events(f, limit=limit, offset=offset, order=order)
    found = store.events(f, limit=None, order=order or "date_desc")
    if source:
        key = source.lower()
        found = [e for e in found if any(key in _outlet(s) for s in e.get("sources") or [])]
    if f.actor and not lineage:
        found = [e for e in found if _is_actor(e, f.actor)]
    if order is None:
        field, reverse = sort.lstrip("-"), sort.startswith("-")
        # Undated events and missing values go last in either direction.
        present = [e for e in found if e.get(field) is not None]
        missing = [e for e in found if e.get(field) is None]
        found = sorted(present, key=lambda e: e[field], reverse=reverse) + missing
    return len(found), found[offset : offset + limit]


def _outlet(source: dict[str, Any]) -> str:
    return f"{source.get('source') or ''} {source.get('url') or ''}".lower()


def _is_actor(event: dict[str, Any], actor: str) -> bool:
    """The actor itself (by KB id, or by any of its names), not its predecessors or successors."""
    kb = default_kb()
    own = actor if actor in kb else kb.lookup_name(actor)
    if own is None or own.startswith("generic:"):
        found = kb.search(actor, limit=1, cutoff=90.0)
        own = found[0].id if found else None
    if own and own in {event.get("actor1_id"), event.get("actor2_id")}:
        return True
    names = [n.lower() for n in (kb.get(own).all_names() if own else [actor])]
    roles = " | ".join(event.get(k) or "" for k in ("assoc_actor_1", "assoc_actor_2")).lower()
    return any(n in roles for n in names)


def article_reports(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The events coded from the current version of an article, each with its fused event id."""
    query = (
        sa.select(reports.c.report_id, reports.c.event_id, reports.c.record)
        .join(articles, articles.c.pk == reports.c.article_pk)
        .where(articles.c.article_id == article_id, articles.c.current)
        .order_by(reports.c.report_id)
    )
    with store.engine.connect() as conn:
        return [
            {**r.record, "report_id": r.report_id, "fused_event_id": r.event_id}
            for r in conn.execute(query)
        ]


def places(
    store: Store, country: str | None = None, admin1: str | None = None, q: str | None = None
) -> list[dict[str, Any]]:
    """Places that have events, with their event counts, most events first."""
    cols = (events.c.location, events.c.place_id, events.c.country, events.c.admin1)
    query = (
        sa.select(
            *cols,
            events.c.admin2,
            sa.func.avg(events.c.latitude).label("latitude"),
            sa.func.avg(events.c.longitude).label("longitude"),
            sa.func.count().label("events"),
        )
        .where(sa.not_(events.c.deleted), events.c.location != "")
        .group_by(*cols, events.c.admin2)
        .order_by(sa.desc("events"), events.c.location)
    )
    if country:
        query = query.where(sa.func.lower(events.c.country) == country.lower())
    if admin1:
        query = query.where(sa.func.lower(events.c.admin1) == admin1.lower())
    if q:
        query = query.where(sa.func.lower(events.c.location).contains(q.lower(), autoescape=True))
    with store.engine.connect() as conn:
        return [{**r._mapping, "name": r.location} for r in conn.execute(query)]
