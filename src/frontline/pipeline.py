"""The whole pipeline as library calls: article -> spaCy Doc -> mentions -> coded events.

ingest (Article) -> nlp (Doc, dates, figures) -> link (actors, places) -> events (Event list)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from frontline.events.coder import code
from frontline.events.context import ArticleContext
from frontline.events.naming import Namer
from frontline.ingest import article_from_text
from frontline.link.actor_countries import country_of_outlets
from frontline.link.actors import ActorKB, default_kb
from frontline.link.place_context import actor_theatre, article_focus, plausible_places, weak_focus
from frontline.link.places import Gazetteer, default_gazetteer
from frontline.link.state_forces import find_state_forces
from frontline.model import Article, Event
from frontline.nlp.dates import find_dates
from frontline.nlp.figures import find_figures
from frontline.nlp.pipeline import load_nlp

BATCH_SIZE = 32


@dataclass(slots=True)
class Coder:
    """The loaded resources; build once, code many articles."""

    nlp: Language
    kb: ActorKB
    gazetteer: Gazetteer

    @classmethod
    @cache
    def default(cls) -> Coder:
        return cls(load_nlp(), default_kb(), default_gazetteer())

    def context(self, article: Article, doc: Doc) -> ArticleContext:
        text = article.text
        places = self.gazetteer.find(text, home=country_of_outlets(article.source))
        focus = article_focus(places)
        actors = self.kb.find(text, country=focus)
        theatre = actor_theatre(actors, lambda aid: self.kb.get(aid).kind)
        if theatre and theatre != focus and weak_focus(places, focus):
            # "Taliban gunmen ... in Farah province": the group's country, unless the text
            # names another (it leads only where the text names no country, as an outlet does)
            again = self.gazetteer.find(text, home=theatre)
            if article_focus(again) == theatre:
                places, focus = again, theatre
                actors = self.kb.find(text, country=focus)
        state = find_state_forces(text, self.kb)
        # "military forces of Armenia", "the army of South Sudan": the named state's forces, not
        # the generic "military forces" of the country the article is about
        covers = [
            m for m in state
            if any(a.start < m.end and m.start < a.end and a.end - a.start < m.end - m.start
                   for a in actors)
        ]  # fmt: skip
        actors = [
            a for a in actors if not any(m.start <= a.start and a.end <= m.end for m in covers)
        ]
        taken = [(a.start, a.end) for a in actors]
        actors += [m for m in state if not any(m.start < e and s < m.end for s, e in taken)]
        actors.sort(key=lambda m: m.start)
        places = plausible_places(places, actors, focus)
        return ArticleContext(
            article=article,
            doc=doc,
            actors=actors,
            places=places,
            dates=find_dates(text, article.published),
            figures=find_figures(text),
        )

    def code_doc(self, article: Article, doc: Doc) -> list[Event]:
        return code(self.context(article, doc), Namer(self.kb))

    def code_articles(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[tuple[Article, list[Event]]]:
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(
            pairs, as_tuples=True, batch_size=BATCH_SIZE, n_process=n_process
        ):
            yield article, self.code_doc(article, doc)


def code_article(
    text: str,
    *,
    article_id: str | None = None,
    published: dt.date | str | None = None,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> list[Event]:
    """Code one article's text into events, main event first (the same records as the CLI)."""
    article = article_from_text(
        text, id=article_id, title=title, published=published, source=source, url=url
    )
    return code_one(article)


def code_one(article: Article) -> list[Event]:
    coder = Coder.default()
    return coder.code_doc(article, coder.nlp(article.text))


def code_articles(
    articles: Iterable[Article], n_process: int = 1
) -> Iterator[tuple[Article, list[Event]]]:
    """Code many articles through spaCy's batched `nlp.pipe`."""
    return Coder.default().code_articles(articles, n_process=n_process)
