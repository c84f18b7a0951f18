"""Places with events, control of territory at a date, and a place's control history."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from frontline.api import queries
from frontline.api.deps import NotFound, store
from frontline.api.schemas import ControlChangeOut, ControlOut, PlaceHistoryOut, PlaceOut
from frontline.store import Store

router = APIRouter(tags=["places and control"])
StoreDep = Annotated[Store, Depends(store)]


@router.get("/places", response_model=list[PlaceOut])
def list_places(
    s: StoreDep,
    country: str | None = None,
    admin1: str | None = None,
    q: Annotated[str | None, Query(description="part of the place name")] = None,
) -> list[PlaceOut]:
    """Places that have events, most events first."""
    return [PlaceOut(**p) for p in queries.places(s, country=country, admin1=admin1, q=q)]


@router.get("/control", response_model=list[ControlOut])
def control_at(
    s: StoreDep,
    at: Annotated[dt.date, Query(description="the day, YYYY-MM-DD")],
    admin1: str | None = None,
) -> list[ControlOut]:
    """Who holds each place on `at`: controller and lineage, since when, on which events and
    sources, how sure; `contested` while claims conflict."""
    return [ControlOut.from_store(row) for row in s.control_at(at, admin1=admin1)]


@router.get("/places/{place}/control", response_model=PlaceHistoryOut)
def place_history(place: str, s: StoreDep) -> PlaceHistoryOut:
    """Every change of control of a place (its name or gazetteer id), oldest first."""
    changes = s.place_history(place)
    if not changes:
        raise NotFound(f"no change of control is known for {place!r} (GET /api/control?at=...)")
    return PlaceHistoryOut(
        place=changes[-1]["location"], changes=[ControlChangeOut(**c) for c in changes]
    )
