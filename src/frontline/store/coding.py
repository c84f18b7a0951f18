"""What ingest and re-coding share: the coder, the rows of an article's coded reports, and the
report of what a run did."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from frontline.fuse.match import parse_date
from frontline.model import Article, Event

Coder = Callable[[list[Article]], Iterable[tuple[Article, list[Event]]]]


@dataclass(slots=True)
class IngestReport:
    """What an ingest did, article by article."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    recoded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # judged off-topic: kept in `skipped`
    events: int = 0

    def merge(self, other: IngestReport) -> None:
        """Add another batch's report to this one (the event count is the latest)."""
        self.added += other.added
        self.unchanged += other.unchanged
        self.replaced += other.replaced
        self.recoded += other.recoded
        self.skipped += other.skipped
        self.events = other.events

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "unchanged": self.unchanged,
            "replaced": self.replaced,
            "recoded": self.recoded,
            "skipped": self.skipped,
            "events": self.events,
        }


def default_coder(batch: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
    from frontline.pipeline import code_articles

    return code_articles(batch)


def _day(value: str | None) -> str | None:
    day = parse_date(value)
    return day.isoformat() if day else None


def report_rows(article_pk: int, coded: list[Event]) -> list[dict[str, Any]]:
    """The `reports` rows of one stored article's coded events."""
    return [
        {
            "report_id": e.event_id,
            "article_pk": article_pk,
            "background": e.background,
            "record": e.to_record(),
            "country": e.country or "",
            "admin1": e.admin1 or "",
            "event_date": _day(e.event_date),
        }
        for e in coded
    ]
