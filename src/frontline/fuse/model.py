"""What fusion works on: a `Report` (one article's coded event) and a `FusedEvent` (one real event)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from frontline.model import Event

# Fields whose per-source values are kept when the sources disagree.
COMPARED = (
    "event_date",
    "time_precision",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "geo_precision",
    "fatalities",
)


@dataclass(slots=True)
class Report:
    """One coded event of one article, with what fusion needs to know about the article."""

    report_id: str
    event: Event
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None

    @property
    def article_id(self) -> str:
        return self.event.article_id

    def source_record(self) -> dict[str, Any]:
        """The per-source view kept on the fused event."""
        e = self.event
        return {
            "report_id": self.report_id,
            "article_id": e.article_id,
            "source": e.source,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "background": e.background,
            **{f: getattr(e, f) for f in COMPARED},
            "claims": [c.to_record() for c in e.claims],
            "evidence": [{"text": v.text, "start": v.start, "end": v.end} for v in e.evidence],
        }


@dataclass(slots=True)
class FusedEvent:
    """One event and the reports behind it. `event` holds the values chosen by ACLED's rules."""

    event_id: str
    event: Event
    reports: list[Report] = field(default_factory=list)
    disagreements: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def n_sources(self) -> int:
        """Distinct articles supporting the event."""
        return len({r.article_id for r in self.reports})

    @property
    def party_claim_only(self) -> bool:
        """True when every source's only basis is a claim by a party to the fighting."""
        return all(
            r.event.claims and all(c.claimant_is_party for c in r.event.claims)
            for r in self.reports
        )

    def to_record(self) -> dict[str, Any]:
        """The fused event as one JSON-ready dict: the Event contract plus sources and support."""
        record = self.event.to_record()
        record["event_id"] = self.event_id
        record["n_sources"] = self.n_sources
        record["party_claim_only"] = self.party_claim_only
        record["sources"] = [r.source_record() for r in self.reports]
        record["disagreements"] = self.disagreements
        return record
