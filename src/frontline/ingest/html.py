"""Main-text and metadata extraction from a saved HTML page (trafilatura, offline)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura

from frontline.errors import InputError

# Prefer the date the page says it was first published over "last modified".
_DATE_PARAMS = {"original_date": True, "extensive_search": True}


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    """What a page yields: its main text (comments excluded) and the metadata found."""

    text: str
    title: str | None = None
    date: dt.date | None = None
    sitename: str | None = None


def _as_date(value: str | None) -> dt.date | None:
    """trafilatura reports dates as YYYY-MM-DD strings; anything else is treated as unknown."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Extract the article body (no comments, no tables) plus title, date and outlet name.

    Raises InputError when no main text can be found (an index page, an empty shell, a paywall).
    """
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(
            "no article text found in the HTML page" + (f" ({url})" if url else ""),
            hint="check that the file is a single article page, not an index, a login wall or a "
            "script-rendered shell; or pass the article text instead",
        )
    return HtmlExtract(
        text=text,
        title=getattr(doc, "title", None) or None,
        date=_as_date(getattr(doc, "date", None)),
        sitename=getattr(doc, "sitename", None) or None,
    )
