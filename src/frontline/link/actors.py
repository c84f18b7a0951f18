"""The time-aware actor knowledge base: ACLED names by period, lineages, coalitions, mentions.

Data lives in data/actors/*.yaml (one file per theatre, generic templates in generic.yaml, the
country table in countries.yaml); see data/SOURCES_actors.md for where the facts come from.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from contextvars import ContextVar
from functools import cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from frontline.errors import KnowledgeError
from frontline.link.actor_countries import DATA_DIR, countries
from frontline.link.actor_generic import Template, template_from_dict
from frontline.link.actor_match import AliasMatcher, Entry, Hit, alias_key, is_case_sensitive
from frontline.link.actor_model import (
    Actor,
    Extension,
    Link,
    NamePeriod,
    Parsed,
    Span,
    actor_from_dict,
    extension_from_dict,
    slug,
)
from frontline.link.actor_validate import validate_kb
from frontline.model import ActorMention

_PERIOD = re.compile(r"\s*\((?:\d{4}-(?:\d{4})?)\)")


def strip_period(name: str) -> str:
    """'Military Forces of Yemen (2012-) 30th Brigade' -> 'Military Forces of Yemen 30th Brigade'."""
    return _PERIOD.sub("", name).strip()


USER_KB_ENV = "FRONTLINE_USER_KB"  # extra KB files (os.pathsep-separated), e.g. from `kb add`


class ActorKB:
    def __init__(
        self,
        parsed: list[Parsed],
        templates: list[Template],
        extensions: list[Extension] | None = None,
    ) -> None:
        self.duplicates = _duplicates(p.actor.id for p in parsed)
        self.actors: dict[str, Actor] = {p.actor.id: p.actor for p in parsed}
        self.templates: dict[str, Template] = {t.id: t for t in templates}
        self.dangling: list[str] = []
        self._extend(extensions or [])
        self._finish(parsed)
        self._matcher = AliasMatcher(self._alias_entries())
        self._names = {
            strip_period(n).lower(): a.id for a in self.actors.values() for n in a.all_names()
        }

    # -- loading -----------------------------------------------------------------------------
    @classmethod
    def load(cls, paths: list[Path] | None = None) -> ActorKB:
        """The shipped files (default) or `paths`; `extend:` entries add aliases to known actors."""
        if paths is None:
            paths = shipped_paths()
        parsed: list[Parsed] = []
        templates: list[Template] = []
        extensions: list[Extension] = []
        for path in paths:
            try:
                text = Path(path).read_text("utf-8")
            except OSError as exc:
                raise KnowledgeError(f"cannot read KB file {path}: {exc}") from exc
            doc = yaml.load(text, Loader=yaml.CSafeLoader) or {}
            if isinstance(doc, list):
                doc = {"actors": doc}
            for raw in doc.get("actors") or []:
                parsed.append(actor_from_dict(raw, Path(path).name))
            for raw in doc.get("templates") or []:
                templates.append(template_from_dict(raw, Path(path).name))
            for raw in doc.get("extend") or []:
                extensions.append(extension_from_dict(raw, Path(path).name))
        return cls(parsed, templates, extensions)

    def _extend(self, extensions: list[Extension]) -> None:
        for ext in extensions:
            actor = self.actors.get(ext.id)
            if actor is None:
                self.dangling.append(f"extend: {ext.id!r} is not in the KB")
                continue
            if not ext.sources:
                self.dangling.append(f"extend {ext.id}: no sources")
            actor.aliases += [a for a in ext.aliases if a not in actor.aliases]
            actor.descriptors += [d for d in ext.descriptors if d not in actor.descriptors]
            actor.sources += [s for s in ext.sources if s not in actor.sources]

    def _finish(self, parsed: list[Parsed]) -> None:
        bounds = {p.actor.id: (p.start, p.end) for p in parsed}
        for actor in self.actors.values():
            if actor.unit and not actor.names:
                actor.names = self._unit_names(actor.id, bounds, set())
            for name in actor.all_names():
                if ": " in name and (full := name.split(": ", 1)[1]) not in actor.aliases:
                    actor.aliases.append(full)  # "HTS: Hayat Tahrir al Sham" is also written bare
            if actor.unit and actor.unit not in (*actor.aliases, *actor.descriptors):
                # Reporters write a unit bare ("the Gendarmerie", "Amajid Brigade"); which
                # country's unit it is depends on the country reported on.
                actor.descriptors.append(actor.unit)
        for p in parsed:  # coalitions may list their members; store them on the member side
            for member in p.members:
                if member.id in self.actors:
                    span = Span(p.actor.id, member.start, member.end)
                    self.actors[member.id].member_of.append(span)
                else:
                    self.dangling.append(f"{p.actor.id}: member {member.id!r} is not in the KB")
        for actor in list(self.actors.values()):  # lineage links are symmetric
            for link in actor.successors:
                other = self.actors.get(link.id)
                if other and not any(x.id == actor.id for x in other.predecessors):
                    other.predecessors.append(Link(actor.id, link.on))
            for link in actor.predecessors:
                other = self.actors.get(link.id)
                if other and not any(x.id == actor.id for x in other.successors):
                    other.successors.append(Link(actor.id, link.on))

    def _unit_names(self, aid: str, bounds: dict, seen: set[str]) -> list[NamePeriod]:
        actor = self.actors[aid]
        parent = self.actors.get(actor.parent or "")
        if parent is None or aid in seen:
            return [NamePeriod(actor.unit or aid)]
        if parent.unit and not parent.names:
            parent.names = self._unit_names(parent.id, bounds, seen | {aid})
        start, end = bounds.get(aid, (None, None))
        out = []
        for p in parent.names:
            lo = max((d for d in (p.start, start) if d), default=None)
            hi = min((d for d in (p.end, end) if d), default=None)
            if lo and hi and lo >= hi:
                continue
            variants = tuple(f"{v} {actor.unit}" for v in p.variants)
            out.append(NamePeriod(f"{p.name} {actor.unit}", lo, hi, variants))
        return out

    def _alias_entries(self) -> Iterable[tuple[str, Entry]]:
        for actor in self.actors.values():
            for alias in (*actor.all_names(), *actor.aliases):
                yield alias, Entry(actor.id)
                for variant in _supporter_variants(alias):
                    yield variant, Entry(actor.id)
            for phrase in actor.descriptors:
                for country in actor.scope or [actor.country]:
                    yield phrase, Entry(actor.id, descriptor=True, country=country)
        for template in self.templates.values():
            for alias in template.aliases:
                yield alias, Entry(template.id, generic=True)

    # -- lookup ------------------------------------------------------------------------------
    def get(self, actor_id: str) -> Actor:
        actor = self.actors.get(actor_id) or _article_provisional().get(actor_id)
        if actor is None:
            raise KeyError(actor_id)
        return actor

    def __contains__(self, actor_id: str) -> bool:
        return actor_id in self.actors or actor_id in _article_provisional()

    def __len__(self) -> int:
        return len(self.actors)

    @property
    def alias_count(self) -> int:
        return self._matcher.size

    def lookup_name(self, acled_name: str) -> str | None:
        """The actor id (or 'generic:<template>') of an ACLED name, ignoring its '(2012-)' part."""
        key = strip_period(acled_name)
        if hit := self._names.get(key.lower()):
            return hit
        for template in self.templates.values():
            if template.pattern.match(acled_name) or template.pattern.match(key):
                return f"generic:{template.id}"
        return None

    def localize(self, actor_id: str, country: str | None) -> str:
        """A network's branch for the country ('islamic-state' in Iraq -> 'islamic-state-iraq')."""
        if country:
            for actor in self.actors.values():
                if actor.branch_of == actor_id and actor.country == country:
                    return actor.id
        return actor_id

    def inter_in(self, actor_id: str, country: str | None) -> int:
        """ACLED inter in a given country: a state's forces abroad are external (8)."""
        actor = self.get(actor_id)
        if country and actor.kind == "state" and actor.country and actor.country != country:
            return 8
        return actor.inter

    # -- time --------------------------------------------------------------------------------
    def resolve_on(self, actor_id: str, on: dt.date | None) -> str:
        """The lineage member valid on `on` (None: the actor itself)."""
        current, seen = actor_id, set()
        while on is not None and current not in seen:
            seen.add(current)
            actor = self.get(current)
            later = [x for x in actor.successors if x.on and x.on <= on and x.id in self]
            earlier = [x for x in actor.predecessors if x.on and on < x.on and x.id in self]
            if later:
                current = max(later, key=lambda x: x.on).id
            elif earlier:
                current = min(earlier, key=lambda x: x.on).id
            else:
                break
        return current

    def name_on(self, actor_id: str, on: dt.date | None = None) -> str:
        """The ACLED name to use on `on`, following the lineage (None: the actor's latest name)."""
        return self.get(self.resolve_on(actor_id, on)).name_at(on)

    def lineage(self, actor_id: str) -> list[str]:
        """Every id linked by predecessor/successor steps, oldest first."""
        found, todo = {actor_id}, [actor_id]
        while todo:
            actor = self.get(todo.pop())
            for link in (*actor.predecessors, *actor.successors):
                if link.id in self and link.id not in found:
                    found.add(link.id)
                    todo.append(link.id)
        return sorted(found, key=lambda i: (self.get(i).start or dt.date.min, i))

    def lineage_root(self, actor_id: str) -> str:
        return self.lineage(actor_id)[0]

    def members(self, coalition_id: str, on: dt.date | None = None) -> list[str]:
        return [
            a.id
            for a in self.actors.values()
            if any(s.id == coalition_id and s.covers(on) for s in a.member_of)
        ]

    def acting_as(self, actor_id: str, country: str | None, on: dt.date | None) -> str | None:
        """The operation ACLED codes `actor_id` as in `country` on `on` (None: itself)."""
        if not country or actor_id not in self:
            return None
        for rule in self.get(actor_id).acts_as:
            if rule.country == country and rule.covers(on) and rule.id in self:
                return rule.id
        return None

    def coalitions_of(self, actor_id: str, on: dt.date | None = None) -> list[str]:
        return [s.id for s in self.get(actor_id).member_of if s.covers(on)]

    # -- text --------------------------------------------------------------------------------
    def alias_hits(self, text: str, country: str | None = None) -> list[Hit]:
        """Raw alias matches (longest, non-overlapping), before any resolution; with `country`,
        no other country's descriptors."""
        return self._matcher.find(text, country)

    def find(
        self, text: str, country: str | None = None, new_article: bool = True
    ) -> list[ActorMention]:
        """All actor mentions (longest match wins). `country` resolves descriptors and branches;
        named tribes and clans and unknown groups (provisional actors) are added.

        Finding an article's actors starts that article's set of provisional actors (`get` sees
        them until the next article); `new_article=False` looks up a passage of the same one."""
        from frontline.link.actor_find import find_mentions

        if new_article:
            _PROVISIONAL.set({})
        return find_mentions(self, text, country)

    def search(self, query: str, limit: int = 10, cutoff: float = 70.0) -> list[Actor]:
        """Fuzzy search over names and aliases, best first."""
        choices, owners = self._search_index()
        results = process.extract(
            query, choices, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=cutoff,
            processor=lambda s: " ".join(alias_key(s).lower().split()),
        )  # fmt: skip
        out: list[Actor] = []
        for _choice, _score, idx in results:
            actor = self.actors[owners[idx]]
            if actor not in out:
                out.append(actor)
        return out[:limit]

    @cache  # noqa: B019 - the KB is immutable after load and lives as long as its cache
    def _search_index(self) -> tuple[list[str], list[str]]:
        pairs = [(n, a.id) for a in self.actors.values() for n in (*a.all_names(), *a.aliases)]
        return [p[0] for p in pairs], [p[1] for p in pairs]

    # -- generic and provisional actors ---------------------------------------------------------
    def generic(self, template: str, country: str | None = None, **slots: str) -> Actor:
        """Instantiate a generic template by id or by name ("Civilians ({country})")."""
        found = self.templates.get(template) or next(
            (t for t in self.templates.values() if t.name == template), None
        )
        if found is None:
            raise KnowledgeError(f"unknown generic template {template!r}")
        shown = None
        if found.state_branch and "period" in found.slots and "period" not in slots and country:
            state = self._state_actor(found.state_branch, country)
            if state:
                return state
            # a state the KB has no actor for: ACLED's name from the country table's period
            known = countries().get(country)
            slots["period"] = (known and known.state_period) or "?"
            shown = (known and known.state_name) or None
        return found.instantiate(country, shown=shown, **slots)

    def _state_actor(self, branch: str, country: str) -> Actor | None:
        # ACLED writes some countries with the article: "Military Forces of the United States"
        prefixes = (f"{branch} of {country} (", f"{branch} of the {country} (")
        for actor in self.actors.values():
            if actor.kind == "state" and not actor.unit and actor.name.startswith(prefixes):
                return actor
        return None

    def provisional(
        self, name: str, inter: int, country: str | None = None, evidence: str = "", note: str = ""
    ) -> Actor:
        """An actor for a named group the KB lacks, kept with the current article (never in the
        shared KB: a long-lived server codes many articles with one KB); `get` finds it."""
        article = _article_provisional()
        actor = article.get(f"prov:{slug(name)}") or Actor(
            id=f"prov:{slug(name)}",
            names=[NamePeriod(name)],
            inter=inter,
            country=country,
            kind="provisional",
            origin="provisional",
            note=note,
        )
        if evidence and evidence not in actor.evidence:
            actor.evidence.append(evidence)
        actor.country = actor.country or country
        article[actor.id] = actor
        return actor

    def provisional_actors(self) -> list[Actor]:
        """The provisional actors of the article being coded."""
        return list(_article_provisional().values())

    def validate(self) -> list[str]:
        """Problems in the data: clashing aliases, bad dates, dangling ids, missing sources."""
        problems = [f"duplicate actor id {i!r}" for i in self.duplicates] + list(self.dangling)
        return problems + validate_kb(self.actors, self.templates, is_case_sensitive)


# "pro-Houthi forces" is written with many force nouns; a KB alias of that shape stands for all.
_SUPPORTER = re.compile(r"^(pro-\S+) forces$", re.I)
_SUPPORTER_NOUNS = (
    "force", "fighters", "troops", "elements", "reinforcements", "militants", "gunmen", "units",
    "militiamen", "soldiers", "air defence", "air defences", "air defense", "air defenses",
)  # fmt: skip


def _supporter_variants(alias: str) -> list[str]:
    """'pro-Houthi forces' -> 'pro-Houthi fighters', ..., and bare 'pro-Houthi' ("clashes between
    pro-Houthi and pro-Hadi forces", "pro-Houthi drones")."""
    m = _SUPPORTER.match(alias)
    return [m.group(1)] + [f"{m.group(1)} {noun}" for noun in _SUPPORTER_NOUNS] if m else []


def _duplicates(ids: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    return sorted({i for i in ids if i in seen or seen.add(i)})  # type: ignore[func-returns-value]


# The current article's provisional actors. A context variable, not KB state: each thread (and
# each request the API runs in its thread pool, with a copied context) sees its own article's.
_PROVISIONAL: ContextVar[dict[str, Actor] | None] = ContextVar("provisional_actors", default=None)


def _article_provisional() -> dict[str, Actor]:
    article = _PROVISIONAL.get()
    if article is None:
        article = {}
        _PROVISIONAL.set(article)
    return article


def shipped_paths() -> list[Path]:
    return sorted(
        p
        for p in DATA_DIR.glob("*.yaml")
        if p.name
        not in ("countries.yaml", "outlets.yaml", "ethnic_groups.yaml", "country_terms.yaml")
    )


def user_paths() -> list[Path]:
    """Reviewed additions named by $FRONTLINE_USER_KB (files written by `frontline kb add`)."""
    value = os.environ.get(USER_KB_ENV, "")
    return [Path(p) for p in value.split(os.pathsep) if p]


@cache
def default_kb() -> ActorKB:
    """The shipped knowledge base plus the user's reviewed files, loaded once per process."""
    return ActorKB.load(shipped_paths() + user_paths())
