"""Articles: stored versions and metadata; one article's text with its coded events."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from frontline.api import queries
from frontline.api.deps import NotFound, store
from frontline.api.schemas import ArticleDetailOut, ArticleOut
from frontline.errors import StoreError
from frontline.store import Store

router = APIRouter(tags=["articles"])
StoreDep = Annotated[Store, Depends(store)]


@router.get("/articles", response_model=list[ArticleOut])
def list_articles(
    s: StoreDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
    all_versions: bool = False,
) -> list[ArticleOut]:
    """Stored articles, newest ingest first (current versions unless all_versions)."""
    return [ArticleOut(**a) for a in s.articles(limit, offset, all_versions)]


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
