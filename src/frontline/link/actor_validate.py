"""Consistency checks for the actor KB: the review gate every data change must pass."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from frontline.link.actor_generic import Template
from frontline.link.actor_match import alias_key
from frontline.link.actor_model import KINDS, Actor


def _key(alias: str, case_sensitive: Callable[[str], bool]) -> str:
    key = alias_key(alias)
    return key if case_sensitive(key) else key.lower()


def validate_kb(
    actors: Mapping[str, Actor],
    templates: Mapping[str, Template],
    case_sensitive: Callable[[str], bool],
) -> list[str]:
    problems: list[str] = []
    owners: dict[str, str] = {}
    described: dict[tuple[str, str | None], str] = {}
    for actor in actors.values():
        where = actor.id
        if not actor.names:
            problems.append(f"{where}: no names")
        if not actor.sources:
            problems.append(f"{where}: no sources")
        if not 1 <= actor.inter <= 8:
            problems.append(f"{where}: inter {actor.inter} not in 1..8")
        if actor.kind not in KINDS:
            problems.append(f"{where}: unknown kind {actor.kind!r}")
        for period in actor.names:
            if period.start and period.end and period.start >= period.end:
                problems.append(f"{where}: name {period.name!r} ends before it starts")
        for a, b in zip(actor.names, actor.names[1:], strict=False):
            if a.end is None or (b.start is not None and b.start < a.end):
                problems.append(f"{where}: name periods {a.name!r} and {b.name!r} overlap")
        for span in (*actor.member_of, *actor.affiliation, *actor.acts_as):
            if span.id not in actors:
                problems.append(f"{where}: links to unknown actor {span.id!r}")
            if span.start and span.end and span.start >= span.end:
                problems.append(f"{where}: link to {span.id!r} ends before it starts")
        for link in (*actor.predecessors, *actor.successors):
            if link.id not in actors:
                problems.append(f"{where}: lineage links to unknown actor {link.id!r}")
        for ref in (actor.parent, actor.branch_of):
            if ref and ref not in actors:
                problems.append(f"{where}: parent/branch {ref!r} is not in the KB")
        for alias in {*actor.all_names(), *actor.aliases}:
            key = _key(alias, case_sensitive)
            other = owners.setdefault(key, actor.id)
            # actors of two countries may share an acronym: the country reported on tells them
            # apart (SNA in Syria, SNA in Somalia)
            if other != actor.id and not _other_countries(actors[other], actor):
                problems.append(f"alias {alias!r} claimed by {other} and {actor.id}")
        for phrase in set(actor.descriptors):
            for country in actor.scope or [actor.country]:
                slot = (_key(phrase, case_sensitive), country)
                other = described.setdefault(slot, actor.id)
                if other != actor.id:
                    problems.append(f"descriptor {phrase!r} ({country}) in {other} and {actor.id}")
    for (key, country), owner in described.items():
        if (other := owners.get(key)) not in (None, owner):
            problems.append(
                f"descriptor {key!r} ({country}) of {owner} is shadowed by {other}'s alias"
            )
    for template in templates.values():
        if not template.sources:
            problems.append(f"template {template.id}: no sources")
        for alias in template.aliases:
            if (other := owners.get(_key(alias, case_sensitive))) is not None:
                problems.append(f"template {template.id} alias {alias!r} also names {other}")
    return problems


def _other_countries(a: Actor, b: Actor) -> bool:
    return bool(a.country and b.country and a.country != b.country)
