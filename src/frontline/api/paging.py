"""Paged lists: the link to the next page is the same request with the offset a page on."""

from __future__ import annotations

from fastapi import Request


def next_link(request: Request, offset: int, limit: int, total: int) -> str | None:
    """The path and query of the next page (filters and sort kept), None on the last page."""
    if offset + limit >= total:
        return None
    url = request.url.include_query_params(offset=offset + limit, limit=limit)
    return f"{url.path}?{url.query}"
