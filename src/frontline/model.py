"""The one data model carried through every stage.

An `Article` owns its cleaned text; every mention (actor, place, date, figure) points into it with
character offsets, and every coded `Event` keeps `Evidence` spans so each field can show its source.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Stance = Literal["reported", "claimed", "denied"]


@dataclass(slots=True)
class Evidence:
    """A span of the article's cleaned text that supports a coded field."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Article:
    """One news report. `text` is the cleaned text all offsets refer to; `raw` is kept verbatim."""

    id: str
    text: str
    raw: str = ""
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    # (clean_start, raw_start, length) runs: clean text[c:c+n] == raw[r:r+n]
    offset_map: list[tuple[int, int, int]] = field(default_factory=list)

    def raw_offset(self, clean_offset: int) -> int | None:
        """Map an offset in the cleaned text back to the raw text (None if it fell in a gap)."""
        for c, r, n in self.offset_map:
            if c <= clean_offset <= c + n:
                return r + (clean_offset - c)
        return None if self.offset_map else clean_offset


@dataclass(slots=True)
class Mention:
    """A typed span of the cleaned text."""

    start: int
    end: int
    text: str


# ACLED inter codes of the armed sides: state, rebel, political militia, identity militia, external forces
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})


@dataclass(slots=True)
class ActorMention(Mention):
    actor_id: str = ""
    # "kb" (knowledge base), "generic" (Civilians/Protesters/Unidentified...), "provisional"
    kind: str = "kb"
    inter: int = 0
    country: str | None = None


@dataclass(slots=True)
class PlaceMention(Mention):
    place_id: str | None = None  # GeoNames id where known, else a curated feature id
    name: str = ""  # the gazetteer's name used as ACLED `location`
    country: str | None = None
    iso: int | None = None  # ISO 3166 numeric, as in ACLED exports
    admin1: str | None = None  # ACLED spelling
    admin2: str | None = None
    admin3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    feature: str = "populated place"  # populated place | admin1 | admin2 | country | feature kinds
    geo_precision: int = 1
    score: float = 0.0

    @property
    def key(self) -> str:
        """The place's identity: its gazetteer id, else its name (two mentions of one place)."""
        return self.place_id or self.name


@dataclass(slots=True)
class DateMention(Mention):
    value: dt.date | None = None  # None: could not be resolved (never invented)
    precision: int = 1  # ACLED time_precision: 1 day, 2 week-ish, 3 month or vaguer
    relative: bool = False  # written relative to another date ("Saturday", "two days after")


@dataclass(slots=True)
class Claim:
    claimant: str
    claimant_is_party: bool
    verb: str
    stance: Stance
    fatalities: int | None = None
    evidence: Evidence | None = None

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


# ACLED export columns, in ACLED's order (current export; see reference/acled-coding-notes.md).
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip


@dataclass(slots=True)
class Event:
    """A coded event: ACLED's fields plus frontline's extensions (ids, claims, evidence)."""

    article_id: str
    event_id: str = ""
    event_date: str | None = None
    time_precision: int = 1
    disorder_type: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int = 0
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int = 0
    interaction: int = 0
    civilian_targeting: str = ""
    country: str = ""
    iso: int | None = None
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 1
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    actor1_id: str | None = None
    actor2_id: str | None = None
    place_id: str | None = None
    background: bool = False
    claims: list[Claim] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    flags: list[str] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        """The output contract: one JSON-ready dict."""
        return asdict(self)


OUTPUT_FIELDS: tuple[str, ...] = tuple(Event.__dataclass_fields__)
