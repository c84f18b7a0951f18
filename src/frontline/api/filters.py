"""The event filters of the API, as in `frontline events`: one dependency shared by the list,
the exports and the timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import Query

from frontline.store import EventFilter


@dataclass(slots=True)
class Filters:
    event: EventFilter
    source: str | None
    lineage: bool


def event_filters(
    date_from: Annotated[dt.date | None, Query(description="first day, YYYY-MM-DD")] = None,
    date_to: Annotated[dt.date | None, Query(description="last day, YYYY-MM-DD")] = None,
    actor: Annotated[str | None, Query(description="KB id or name, e.g. hts")] = None,
    lineage: Annotated[
        bool, Query(description="with the actor's predecessors and successors")
    ] = True,
    place: Annotated[str | None, Query(description="location name or gazetteer id")] = None,
    admin1: str | None = None,
    country: str | None = None,
    event_type: Annotated[str | None, Query(description="event type or sub-event type")] = None,
    source: Annotated[str | None, Query(description="outlet name or URL fragment")] = None,
    include_background: Annotated[
        bool, Query(description="also events only mentioned as context")
    ] = True,
) -> Filters:
    if date_from and date_to and date_from > date_to:
        from frontline.errors import InputError

        raise InputError(
            f"date_from {date_from} is after date_to {date_to}",
            hint="give date_from <= date_to (YYYY-MM-DD)",
        )
    return Filters(
        EventFilter(
            date_from=date_from.isoformat() if date_from else None,
            date_to=date_to.isoformat() if date_to else None,
            actor=actor or None,
            place=place or None,
            admin1=admin1 or None,
            event_type=event_type or None,
            country=country or None,
            include_background=include_background,
        ),
        source or None,
        lineage,
    )
