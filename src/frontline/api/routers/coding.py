"""POST /api/code: code a pasted article without storing it (the "code an article" page)."""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from frontline.api import coding
from frontline.api.schemas import ArticleOut, CodedArticleOut, CodeIn, HighlightOut

router = APIRouter(tags=["coding"])


@router.post("/code", response_model=CodedArticleOut)
async def code_article(body: CodeIn) -> CodedArticleOut:
    """Code pasted text or HTML; returns the cleaned text, highlighted mentions and the events."""

    def run() -> coding.CodedArticle:
        article = coding.read_pasted(
            body.content,
            fmt=body.format,
            published=body.published,
            source=body.source,
            title=body.title,
            url=body.url,
        )
        return coding.code_with_highlights(article)

    coded = await run_in_threadpool(run)  # spaCy is CPU-bound: keep the event loop free
    a = coded.article
    return CodedArticleOut(
        article=ArticleOut(
            article_id=a.id, title=a.title, source=a.source, published=a.published, url=a.url
        ),
        text=a.text,
        highlights=[HighlightOut(**asdict(h)) for h in coded.highlights],
        events=[e.to_record() for e in coded.events],
    )
