"""Articles: stored versions and metadata; one article's text with its coded events."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool

from frontline.api import coding, queries
from frontline.api.deps import NotFound, store
from frontline.api.paging import Offset, next_link
from frontline.api.schemas import ArticleDetailOut, ArticleOut, ArticlePage, HighlightOut
from frontline.errors import StoreError
from frontline.model import Article
from frontline.store import Store

router = APIRouter(tags=["articles"])
StoreDep = Annotated[Store, Depends(store)]


@router.get("/articles", response_model=ArticlePage)
def list_articles(
    request: Request,
    s: StoreDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Offset = 0,
    all_versions: bool = False,
) -> ArticlePage:
    """Stored articles, newest ingest first (current versions unless all_versions), one page;
    `next` links the following page, as for events."""
    total = s.count_articles(all_versions)
    return ArticlePage(
        total=total,
        offset=offset,
        limit=limit,
        next=next_link(request, offset, limit, total),
        items=[ArticleOut(**a) for a in s.articles(limit, offset, all_versions)],
    )


@router.get("/articles/{article_id}", response_model=ArticleDetailOut)
def get_article(article_id: str, s: StoreDep) -> ArticleDetailOut:
    """The current version's cleaned text (evidence offsets point into it) and its coded events
    (each with `fused_event_id`, the event it was fused into)."""
    try:
        a = s.article(article_id)
    except StoreError as exc:
        raise NotFound(exc.args[0]) from None
    return ArticleDetailOut(
        **{k: v for k, v in a.items() if k in ArticleOut.model_fields},
        text=a["text"],
        events=queries.article_reports(s, article_id),
        versions=[ArticleOut(**v) for v in a.get("versions") or []],
    )


@router.get("/articles/{article_id}/mentions", response_model=list[HighlightOut])
async def article_mentions(article_id: str, s: StoreDep) -> list[HighlightOut]:
    """Actors, places, dates and figures the coder finds in the current version's text (offsets
    into `text` of GET /api/articles/{id}): the highlighting of the "code an article" page. The
    coder runs now, so the mentions follow today's knowledge base."""
    try:
        a = s.article(article_id)
    except StoreError as exc:
        raise NotFound(exc.args[0]) from None
    published = dt.date.fromisoformat(a["published"]) if a.get("published") else None
    article = Article(
        id=a["article_id"], text=a["text"], published=published, source=a.get("source")
    )
    coded = await run_in_threadpool(coding.code_with_highlights, article)
    return [HighlightOut(**asdict(h)) for h in coded.highlights]
