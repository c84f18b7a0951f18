"""What the coder knows about one article: its parsed text and every mention found in it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.tokens import Doc, Span

from frontline.link.actor_countries import country_of_demonym
from frontline.model import ActorMention, Article, DateMention, PlaceMention

_PARAGRAPH = re.compile(r"\n\s*\n")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


@dataclass
class ArticleContext:
    article: Article
    doc: Doc
    actors: list[ActorMention]
    places: list[PlaceMention]
    dates: list[DateMention]
    figures: list[Any]  # frontline.nlp.figures.Figure
    paragraph_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        text = self.article.text
        self.paragraph_starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def sentences(self) -> list[Span]:
        # doc.sents is a generator that walks the whole Doc; frames ask for it once each.
        return list(self.doc.sents)

    def paragraph_of(self, offset: int) -> int:
        n = 0
        for i, start in enumerate(self.paragraph_starts):
            if start <= offset:
                n = i
        return n

    def within(self, items: list[Any], start: int, end: int) -> list[Any]:
        return [m for m in items if m.start >= start and m.end <= end]

    def country_focus(self) -> str | None:
        """The country most places in the article belong to (the article's theatre)."""
        counts = Counter(p.country for p in self.places if p.country and p.score >= 0.3)
        if not counts:
            counts = Counter(a.country for a in self.actors if a.country)
        if not counts:  # "Lebanese", "Kurdish"...: nationality words tie a text to a country
            counts = Counter(
                c for w in _CAPITALISED.findall(self.text) if (c := country_of_demonym(w))
            )
        return counts.most_common(1)[0][0] if counts else None
