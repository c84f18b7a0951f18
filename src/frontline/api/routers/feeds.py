"""Feeds followed by `frontline watch`: per-feed status; and the articles the relevance filter
skipped, with its reasons (kept for review, never dropped)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from frontline.api.deps import store
from frontline.api.paging import Offset
from frontline.store import Store

router = APIRouter(tags=["feeds"])
StoreDep = Annotated[Store, Depends(store)]


class FeedOut(BaseModel):
    url: str
    title: str | None = None
    status: str = Field(description="new, ok, not_modified or error (of the last poll)")
    error: str | None = None
    polled_at: str | None = None
    entries: int = Field(description="items the feed listed at its last successful poll")
    last_new: int = Field(description="new items at the last poll")
    ingested: int
    skipped: int = Field(description="articles judged off-topic, kept as skipped")
    failed: int = Field(description="fetches that failed (timeouts, 404s, pages too large...)")
    failing_items: int = Field(description="items still failing, to be retried")


class FeedsOut(BaseModel):
    feeds: list[FeedOut]
    skipped_articles: int
    events: int = Field(description="events in the store now (the web app polls it)")


class SkippedOut(BaseModel):
    id: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None
    score: int
    reason: str
    skipped_at: str


@router.get("/feeds", response_model=FeedsOut)
def list_feeds(s: StoreDep) -> FeedsOut:
    """Each feed `frontline watch` follows: its last poll, status, error and counts."""
    return FeedsOut(
        feeds=[FeedOut(**f) for f in s.feeds()],
        skipped_articles=s.count_skipped(),
        events=s.count_events(),
    )


@router.get("/skipped", response_model=list[SkippedOut])
def list_skipped(
    s: StoreDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Offset = 0,
) -> list[SkippedOut]:
    """Articles the relevance filter judged off-topic, newest first, with score and reason."""
    return [SkippedOut(**r) for r in s.skipped(limit, offset)]
