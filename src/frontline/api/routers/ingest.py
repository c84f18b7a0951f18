"""POST /api/ingest: new articles (pasted text or HTML, or URLs to fetch) coded into the store.
Needs `Authorization: Bearer <token>` (the server's FRONTLINE_API_TOKEN)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, UploadFile

from frontline.api import coding
from frontline.api.deps import Token, store
from frontline.api.fetch import fetch_article
from frontline.api.schemas import ErrorOut, IngestIn, IngestOut
from frontline.api.uploads import read_upload
from frontline.errors import InputError
from frontline.model import Article
from frontline.store import Store

router = APIRouter(tags=["ingestion"])


@router.post(
    "/ingest",
    response_model=IngestOut,
    dependencies=[Token],
    responses={401: {"model": ErrorOut, "description": "Missing or wrong bearer token"}},
)
def ingest(body: IngestIn, s: Annotated[Store, Depends(store)]) -> IngestOut:
    """Code and store the articles; the same article again changes nothing, a new text under the
    same id or URL becomes a new version."""
    if not body.articles and not body.urls:
        raise InputError("nothing to ingest", hint="send `articles` (text or HTML) or `urls`")
    items = [
        coding.read_pasted(
            a.content,
            fmt=a.format,
            published=a.published,
            source=a.source,
            title=a.title,
            url=a.url,
        )
        for a in body.articles
    ]
    items += [fetch_article(url) for url in body.urls]
    return _ingest(s, items)


@router.post(
    "/ingest/files",
    response_model=IngestOut,
    dependencies=[Token],
    responses={401: {"model": ErrorOut, "description": "Missing or wrong bearer token"}},
)
def ingest_files(
    s: Annotated[Store, Depends(store)],
    files: Annotated[list[UploadFile], File(description="text, HTML or JSONL files")],
    published: Annotated[dt.date | None, Form(description="for files without a date")] = None,
    source: Annotated[str | None, Form(description="outlet, for files without one")] = None,
) -> IngestOut:
    """Code and store uploaded files, read as `frontline ingest` reads them (JSONL: one article
    a line, with `text` or `html`)."""
    items = [
        a
        for f in files
        for a in read_upload(f.filename or "upload", f.file.read(), published, source)
    ]
    return _ingest(s, items)


def _ingest(s: Store, items: list[Article]) -> IngestOut:
    report = s.ingest(items)
    return IngestOut(
        added=report.added,
        unchanged=report.unchanged,
        replaced=report.replaced,
        articles=len(items),
        events=report.events,
    )
