"""Hand-coded articles and events for store tests (no spaCy): a coder that returns them."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator

from frontline.model import Article, Claim, Event, Evidence


def article(
    article_id: str,
    text: str,
    published: str = "2015-03-28",
    source: str = "Outlet",
    url: str | None = None,
    title: str | None = None,
) -> Article:
    return Article(
        id=article_id,
        text=text,
        raw=text,
        title=title,
        published=dt.date.fromisoformat(published),
        source=source,
        url=url,
    )


def event(article_id: str, n: int = 0, **fields) -> Event:
    base = dict(
        event_date="2015-03-28",
        time_precision=1,
        disorder_type="Political violence",
        event_type="Battles",
        sub_event_type="Non-state actor overtakes territory",
        actor1="Jaysh al Fatah",
        actor1_id="jaysh-al-fatah",
        inter1=2,
        actor2="Military Forces of Syria (2000-2024)",
        actor2_id="syria-military",
        inter2=1,
        country="Syria",
        admin1="Idleb",
        admin2="Idleb",
        location="Idlib",
        place_id="169389",
        latitude=35.93062,
        longitude=36.63393,
        geo_precision=1,
        source="Outlet",
    )
    base.update(fields)
    e = Event(article_id=article_id, event_id=f"{article_id}-{n:08x}", **base)
    if not e.evidence:
        e.evidence = [Evidence("rebels took the city", 0, 21)]
    return e


def claim(
    claimant: str, party: bool, stance: str = "claimed", fatalities: int | None = None
) -> Claim:
    return Claim(
        claimant, party, "said", stance, fatalities, Evidence(f"{claimant} said so.", 0, 10)
    )


class FakeCoder:
    """Returns the events registered for an article id (fresh copies each time it is called)."""

    def __init__(self, by_article: dict[str, list[Event]]) -> None:
        self.by_article = by_article
        self.calls: list[str] = []

    def __call__(self, articles: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for a in articles:
            self.calls.append(a.id)
            coded = copy.deepcopy(self.by_article.get(a.id, []))
            for e in coded:  # as the coder does: the outlet comes from the article
                e.source = a.source or ""
            yield a, coded
