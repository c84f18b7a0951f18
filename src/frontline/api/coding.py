"""Code one pasted article and keep what the coder saw: the mentions behind the "code an article"
page (actors, places, dates and figures highlighted in the text) next to the coded events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from frontline.events.coder import code
from frontline.events.naming import Namer
from frontline.ingest import article_from_document
from frontline.model import Article, Event
from frontline.pipeline import Coder

Label = Literal["ACTOR", "PLACE", "DATE", "FIGURE"]


@dataclass(slots=True)
class Highlight:
    """A span of the cleaned text with its label and what the coder resolved it to."""

    start: int
    end: int
    text: str
    label: Label
    detail: str = ""


@dataclass(slots=True)
class CodedArticle:
    article: Article
    highlights: list[Highlight] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def read_pasted(
    content: str,
    *,
    fmt: Literal["text", "html"] = "text",
    published: dt.date | str | None = None,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
    where: str = "pasted article",
) -> Article:
    """An article from pasted text or HTML (errors are frontline.errors.InputError, naming
    `where`)."""
    return article_from_document(
        content,
        fmt,
        id=article_id,
        title=title,
        published=published,
        source=source,
        url=url,
        where=where,
    )


def code_with_highlights(article: Article, coder: Coder | None = None) -> CodedArticle:
    """Run the coder once and return its events with the mentions it found, in text order."""
    coder = coder or Coder.default()
    ctx = coder.context(article, coder.nlp(article.text))
    events = code(ctx, Namer(coder.kb))
    spans: list[Highlight] = []
    for a in ctx.actors:
        spans.append(Highlight(a.start, a.end, a.text, "ACTOR", _actor_detail(coder, a)))
    for p in ctx.places:
        where = ", ".join(x for x in (p.name, p.admin1, p.country) if x)
        spans.append(Highlight(p.start, p.end, p.text, "PLACE", where))
    for d in ctx.dates:
        value = d.value.isoformat() if d.value else "unresolved"
        spans.append(
            Highlight(d.start, d.end, d.text, "DATE", f"{value} (precision {d.precision})")
        )
    for f in ctx.figures:
        count = "uncounted" if f.count is None else str(f.count)
        spans.append(Highlight(f.start, f.end, f.text, "FIGURE", f"{f.kind}: {count}"))
    return CodedArticle(article, _without_overlaps(spans), events)


def _actor_detail(coder: Coder, mention) -> str:
    if mention.kind == "kb" and mention.actor_id in coder.kb:
        return f"{mention.actor_id}: {coder.kb.get(mention.actor_id).name}"
    return mention.actor_id or mention.kind


def _without_overlaps(spans: list[Highlight]) -> list[Highlight]:
    """Text order; where spans overlap the longer one wins, so the page can mark them inline."""
    kept: list[Highlight] = []
    for s in sorted(spans, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and s.start < kept[-1].end:
            continue
        kept.append(s)
    return kept
