"""Pydantic read models of the API, apart from the store's tables: what clients see."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field


class ErrorOut(BaseModel):
    error: str
    message: str
    hint: str | None = None


class EvidenceOut(BaseModel):
    text: str
    start: int
    end: int


class ClaimOut(BaseModel):
    claimant: str
    claimant_is_party: bool
    verb: str
    stance: str
    fatalities: int | None = None
    article_id: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None


class EventOut(BaseModel):
    """An event: ACLED's fields plus frontline's (ids, sources count, flags)."""

    event_id: str
    event_date: str | None = None
    time_precision: int = 1
    disorder_type: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    interaction: int | None = None
    civilian_targeting: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 1
    fatalities: int = 0
    source: str = ""
    notes: str = ""
    actor1_id: str | None = None
    actor2_id: str | None = None
    place_id: str | None = None
    background: bool = False
    n_sources: int = 1
    party_claim_only: bool = False
    confidence: float | None = None
    flags: list[str] = Field(default_factory=list)


class SourceOut(BaseModel):
    """One article that reports the event, with the values it gave and its evidence."""

    article_id: str
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    url: str | None = None
    values: dict[str, Any] = Field(default_factory=dict)
    evidence: list[EvidenceOut] = Field(default_factory=list)


class EventDetailOut(EventOut):
    deleted: bool = False
    disagreements: dict[str, Any] = Field(default_factory=dict)
    edits: list[dict[str, Any]] = Field(default_factory=list, description="analysts' audit log")
    claims: list[ClaimOut] = Field(default_factory=list)
    sources: list[SourceOut] = Field(default_factory=list)
    evidence: list[EvidenceOut] = Field(default_factory=list)


class EventPage(BaseModel):
    total: int
    offset: int
    limit: int
    next: str | None = Field(None, description="the next page's path and query; None: last page")
    items: list[EventOut]


class HighlightOut(BaseModel):
    start: int
    end: int
    text: str
    label: Literal["ACTOR", "PLACE", "DATE", "FIGURE"]
    detail: str = ""


class ArticleOut(BaseModel):
    article_id: str
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    url: str | None = None
    version: int | None = None
    current: bool | None = None
    content_hash: str | None = None
    ingested_at: str | None = None


class ArticlePage(BaseModel):
    total: int
    offset: int
    limit: int
    next: str | None = Field(None, description="the next page's path and query; None: last page")
    items: list[ArticleOut]


class ArticleDetailOut(ArticleOut):
    text: str
    events: list[dict[str, Any]] = Field(
        default_factory=list, description="coded mentions (reports) of this article"
    )
    versions: list[ArticleOut] = Field(default_factory=list)


class CodeIn(BaseModel):
    content: str = Field(min_length=1, description="the article as plain text or HTML")
    format: Literal["text", "html"] = "text"
    published: dt.date | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None


class CodedArticleOut(BaseModel):
    article: ArticleOut
    text: str
    highlights: list[HighlightOut]
    events: list[dict[str, Any]] = Field(description="coded events in frontline's output contract")


class IngestIn(BaseModel):
    """New articles: pasted texts/HTML, or URLs the server fetches."""

    articles: list[CodeIn] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)


class IngestOut(BaseModel):
    """What an ingest did: article ids added, unchanged (same text) or replaced (new version)."""

    added: list[str]
    unchanged: list[str]
    replaced: list[str]
    articles: int = Field(description="articles received")
    events: int = Field(description="fused events in the store afterwards")


class NamePeriodOut(BaseModel):
    name: str
    start: dt.date | None = None
    end: dt.date | None = None


class SpanOut(BaseModel):
    id: str
    name: str
    start: dt.date | None = None
    end: dt.date | None = None


class ActorOut(BaseModel):
    id: str
    name: str
    kind: str = ""
    inter: int = 0
    country: str | None = None


class ActorDetailOut(ActorOut):
    names: list[NamePeriodOut]
    aliases: list[str]
    lineage: list[ActorOut]
    coalitions: list[SpanOut]
    members: list[ActorOut]
    sources: list[str]


class PlaceOut(BaseModel):
    place_id: str | None = None
    name: str
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    events: int | None = None


class ControlOut(BaseModel):
    """Who holds a place on a date, since when, on what evidence."""

    place_id: str | None = None
    location: str
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    controller: str | None = Field(None, description="None while contested")
    controller_id: str | None = None
    lineage: list[str] = Field(default_factory=list)
    contested: bool = False
    claimants: list[str] = Field(default_factory=list, description="sides claiming it")
    since: str | None = None
    since_precision: int | None = None
    confidence: float | None = None
    event_ids: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)

    @classmethod
    def from_store(cls, row: dict[str, Any]) -> ControlOut:
        """The store names a contested place's controller "contested"; we keep a flag instead."""
        contested = row.get("controller") == "contested" and not row.get("controller_id")
        values = {k: v for k, v in row.items() if k in cls.model_fields}
        values["event_ids"] = row.get("events") or []
        values["contested"] = contested
        if contested:
            values["controller"] = None
        return cls(**values)


class ControlChangeOut(BaseModel):
    """One step of a place's control timeline."""

    date: str
    time_precision: int | None = None
    controller: str
    controller_id: str | None = None
    lineage: list[str] = Field(default_factory=list)
    kind: str = Field(description="sub-event type, or 'control statement'")
    event_id: str
    sources: list[str] = Field(default_factory=list)
    party_claim_only: bool = False
    denied: bool = False


class PlaceHistoryOut(BaseModel):
    place: str
    changes: list[ControlChangeOut]
