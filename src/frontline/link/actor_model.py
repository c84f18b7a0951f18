"""The actor record and its YAML form.

An actor carries every ACLED name it has had (one per regime or naming period), the vocabulary
reporters use for it, and dated links to predecessors, successors, coalitions and networks.
Date ranges are half-open: `start` is the first day, `end` the first day it no longer holds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from frontline.errors import KnowledgeError

KINDS = frozenset(
    {"state", "rebel", "militia", "identity", "coalition", "operation", "network", "party",
     "union", "organisation", "external", "generic", "imported", "provisional"}
)  # fmt: skip
# bodies of unarmed people: their members who fight are rioters, their members attacked civilians
CIVIC_KINDS = frozenset({"party", "union", "organisation"})
ORIGINS = frozenset({"kb", "generic", "provisional", "import"})


@dataclass(frozen=True, slots=True)
class Span:
    """A dated relation to another id (membership, affiliation) or a code valid in a period."""

    id: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, on: dt.date | None) -> bool:
        if on is None:
            return True
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class ActsAs(Span):
    """In `country` and [start, end), ACLED codes this actor as `id` (its coalition's operation),
    keeping the actor itself as an associate: Saudi forces in Yemen are "Operation Restoring Hope"."""

    country: str = ""


@dataclass(frozen=True, slots=True)
class Link:
    """A lineage step: `id` took over (successor) or was replaced (predecessor) on `on`."""

    id: str
    on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class NamePeriod:
    """The ACLED name valid in [start, end); `variants` are other exported spellings of it."""

    name: str
    start: dt.date | None = None
    end: dt.date | None = None
    variants: tuple[str, ...] = ()

    def covers(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(slots=True)
class Actor:
    id: str
    names: list[NamePeriod]
    aliases: list[str] = field(default_factory=list)
    # Phrases whose referent depends on the country reported on ("government forces").
    descriptors: list[str] = field(default_factory=list)
    # Countries the descriptors apply in (default: the actor's own).
    scope: list[str] = field(default_factory=list)
    inter: int = 0
    country: str | None = None
    kind: str = ""
    predecessors: list[Link] = field(default_factory=list)
    successors: list[Link] = field(default_factory=list)
    member_of: list[Span] = field(default_factory=list)
    affiliation: list[Span] = field(default_factory=list)
    parent: str | None = None  # state sub-units: the force they belong to
    unit: str | None = None  # sub-unit suffix appended to the parent's names
    branch_of: str | None = None  # country branch of a network ("Islamic State (Iraq)")
    sources: list[str] = field(default_factory=list)
    codes: list[Span] = field(default_factory=list)  # external codes (CAMEO/PETRARCH), dated
    acts_as: list[ActsAs] = field(default_factory=list)
    note: str = ""
    origin: str = "kb"
    evidence: list[str] = field(default_factory=list)  # provisional actors: sentences naming them

    @property
    def name(self) -> str:
        """The latest ACLED name."""
        return self.names[-1].name if self.names else self.id

    @property
    def start(self) -> dt.date | None:
        return self.names[0].start if self.names else None

    @property
    def end(self) -> dt.date | None:
        return self.names[-1].end if self.names else None

    def name_at(self, on: dt.date | None) -> str:
        """The own name valid on `on`; before the first period the first, after the last the last."""
        if on is None or not self.names:
            return self.name
        for period in self.names:
            if period.covers(on):
                return period.name
        first = self.names[0]
        return first.name if first.start and on < first.start else self.name

    def all_names(self) -> list[str]:
        return [n for p in self.names for n in (p.name, *p.variants)]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise KnowledgeError(f"{where}: bad date {value!r}", hint="use YYYY-MM-DD") from exc


def _spans(items: Any, where: str) -> list[Span]:
    out = []
    for item in items or []:
        if isinstance(item, str):
            out.append(Span(item))
        else:
            out.append(
                Span(item["id"], _date(item.get("start"), where), _date(item.get("end"), where))
            )
    return out


def _acts_as(items: Any, where: str) -> list[ActsAs]:
    out = []
    for item in items or []:
        if not isinstance(item, dict) or not item.get("id") or not item.get("country"):
            raise KnowledgeError(f"{where}: acts_as needs an id and a country", hint=str(item))
        start, end = _date(item.get("start"), where), _date(item.get("end"), where)
        out.append(ActsAs(str(item["id"]), start, end, str(item["country"])))
    return out


def _links(items: Any, where: str) -> list[Link]:
    out = []
    for item in items or []:
        if isinstance(item, str):
            out.append(Link(item))
        else:
            out.append(Link(item["id"], _date(item.get("date"), where)))
    return out


def _names(items: Any, where: str) -> list[NamePeriod]:
    out = []
    for item in items or []:
        if isinstance(item, str):
            out.append(NamePeriod(item))
        else:
            variants = tuple(item.get("variants") or ())
            start, end = _date(item.get("start"), where), _date(item.get("end"), where)
            out.append(NamePeriod(item["name"], start, end, variants))
    return sorted(out, key=lambda p: p.start or dt.date.min)


@dataclass(slots=True)
class Parsed:
    """An actor as read, plus what the loader needs to finish it (life bounds, listed members)."""

    actor: Actor
    start: dt.date | None
    end: dt.date | None
    members: list[Span]


def actor_from_dict(raw: dict[str, Any], where: str) -> Parsed:
    """Build one actor from its YAML mapping; structural errors raise KnowledgeError."""
    if "id" not in raw:
        raise KnowledgeError(f"{where}: actor without id", hint="every actor needs a stable `id`")
    where = f"{where}:{raw['id']}"
    unknown = set(raw) - _KEYS
    if unknown:
        raise KnowledgeError(f"{where}: unknown keys {sorted(unknown)}")
    actor = Actor(
        id=str(raw["id"]),
        names=_names(raw.get("names"), where),
        aliases=[str(a) for a in raw.get("aliases") or []],
        descriptors=[str(a) for a in raw.get("descriptors") or []],
        scope=[str(c) for c in raw.get("scope") or []],
        inter=int(raw.get("inter") or 0),
        country=raw.get("country"),
        kind=str(raw.get("kind") or ""),
        predecessors=_links(raw.get("predecessor"), where),
        successors=_links(raw.get("successor"), where),
        member_of=_spans(raw.get("member_of"), where),
        affiliation=_spans(raw.get("affiliation"), where),
        acts_as=_acts_as(raw.get("acts_as"), where),
        parent=raw.get("parent"),
        unit=raw.get("unit"),
        branch_of=raw.get("branch_of"),
        sources=[str(s) for s in raw.get("sources") or []],
        note=str(raw.get("note") or ""),
    )
    # A sub-unit may bound its own life; its names are derived from the parent's by the loader.
    start, end = _date(raw.get("start"), where), _date(raw.get("end"), where)
    return Parsed(actor, start, end, _spans(raw.get("members"), where))


_KEYS = frozenset(
    {"id", "names", "aliases", "descriptors", "scope", "inter", "country", "kind", "predecessor",
     "successor", "member_of", "members", "affiliation", "parent", "unit", "branch_of", "sources",
     "note", "start", "end", "acts_as"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Extension:
    """Reviewed additions to an actor defined elsewhere (a user KB's `extend:` entry)."""

    id: str
    aliases: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


def extension_from_dict(raw: dict[str, Any], where: str) -> Extension:
    if not isinstance(raw, dict) or "id" not in raw:
        raise KnowledgeError(f"{where}: extend entry without id", hint="extend: [{id: hts, ...}]")
    unknown = set(raw) - {"id", "aliases", "descriptors", "sources"}
    if unknown:
        raise KnowledgeError(f"{where}:{raw['id']}: unknown keys {sorted(unknown)} in extend")
    return Extension(
        str(raw["id"]),
        tuple(str(a) for a in raw.get("aliases") or ()),
        tuple(str(d) for d in raw.get("descriptors") or ()),
        tuple(str(s) for s in raw.get("sources") or ()),
    )
