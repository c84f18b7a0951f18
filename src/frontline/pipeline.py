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
from frontline.link.actor_countries import countries
from frontline.link.actors import ActorKB, default_kb
from frontline.link.gazetteer import distance_km
from frontline.link.geo_admin import BESIDE_KM
from frontline.link.places import Gazetteer, default_gazetteer
from frontline.link.state_forces import find_state_forces
from frontline.link.translit import name_key, strip_article
from frontline.model import Article, Event, PlaceMention
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
        places = self.gazetteer.find(text)
        focus = _focus(places)
        actors = self.kb.find(text, country=focus)
        taken = [(a.start, a.end) for a in actors]
        actors += [
            m for m in find_state_forces(text, self.kb)
            if not any(m.start < e and s < m.end for s, e in taken)
        ]  # fmt: skip
        actors.sort(key=lambda m: m.start)
        places = _plausible_places(places, actors, focus)
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


FOREIGN_PLACE_MIN_SCORE = 0.75
FOREIGN_TOWN_MIN_SCORE = 0.9


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(d.lower() for c in countries().values() for d in c.demonyms)


def _plausible_places(places: list, actors: list, focus: str | None) -> list:
    """Drop place names inside actor names ("Ahrar al Sham", "Idlib rebels"), nationality words
    ("Uzbek", "Chechen"), and weak matches abroad when the article has a clear theatre."""
    spans = [(a.start, a.end) for a in actors if a.kind == "kb"]
    out = []
    for p in places:
        demonym = p.text.lower() in _demonyms()
        # "Turkish Government imposed a curfew": the state body is an actor, the country the place
        if any(p.start < e and s < p.end for s, e in spans) and not (
            demonym and p.feature == "country"
        ):
            continue
        if demonym and p.feature != "country":
            continue
        if focus and p.country != focus and not (_strong_abroad(p) or _beside(p, places, focus)):
            continue
        out.append(p)
    return out


def _beside(p: PlaceMention, places: list, focus: str) -> bool:
    """Named next to a place of the article's country across a border line: 'the Qalandia camp
    in Jerusalem' (West Bank beside Israel's Jerusalem) is no homonym abroad."""
    if p.latitude is None or p.longitude is None:
        return False
    return any(
        q.country == focus
        and q.latitude is not None
        and q.longitude is not None
        and distance_km(p.latitude, p.longitude, q.latitude, q.longitude) <= BESIDE_KM
        for q in places
    )


def _strong_abroad(p: PlaceMention) -> bool:
    """A place outside the article's country needs a strong match; a town also its own name
    (an alternate or old name abroad, 'Zap' for Andac, is a homonym far more often)."""
    if p.feature in ("country", "admin1"):
        return p.score >= FOREIGN_PLACE_MIN_SCORE
    own_name = strip_article(name_key(p.text)) == strip_article(name_key(p.name or ""))
    return p.score >= FOREIGN_TOWN_MIN_SCORE and own_name


def _focus(places: list) -> str | None:
    """The country the article is about: the most place evidence, weighed by match score."""
    weight: dict[str, float] = {}
    for p in places:
        if p.country and p.score >= 0.3 and p.text.lower() not in _demonyms():
            weight[p.country] = weight.get(p.country, 0.0) + p.score
    return max(weight, key=lambda c: weight[c]) if weight else None


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
