"""Paged lists: the link to the next page is the same request with the offset a page on."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request

# Bounded so that a hostile offset stays a 422 rather than overflowing the database's integers.
MAX_OFFSET = 1_000_000_000
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]


def next_link(request: Request, offset: int, limit: int, total: int) -> str | None:
    """The path and query of the next page (filters and sort kept), None on the last page."""
    if offset + limit >= total:
        return None
    url = request.url.include_query_params(offset=offset + limit, limit=limit)
    return f"{url.path}?{url.query}"
