"""Finding actors in text: KB names, country-scoped descriptors, generic templates, named tribes
and clans, and groups the KB lacks (provisional actors). `ActorKB.find` is the entry point."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontline.link.actor_model import slug
from frontline.link.actor_named_groups import find_named_groups
from frontline.link.actor_provisional import find_provisional
from frontline.model import ActorMention

if TYPE_CHECKING:
    from frontline.link.actors import ActorKB


def find_mentions(kb: ActorKB, text: str, country: str | None = None) -> list[ActorMention]:
    """All actor mentions (longest match wins). `country` resolves descriptors and branches."""
    out: list[ActorMention] = []
    for hit in kb.alias_hits(text, country):
        named = [e for e in hit.entries if not e.descriptor and not e.generic]
        described = [e for e in hit.entries if e.descriptor]
        # A country's own descriptor ("soldiers" in Lebanon) wins over a generic template.
        own = [e for e in described if country is not None and e.country == country]
        generic = [
            e for e in hit.entries
            if e.generic and not own and _used_in(kb.templates[e.target].countries, country)
        ]  # fmt: skip
        span = text[hit.start : hit.end]
        if named and _FACILITY_AFTER.match(text, hit.end):
            continue  # "Al-Fateh Hospital", "Baath Street": a place named after it, not the actor
        if named:
            # an acronym two countries' actors share (SNA: the Syrian or the Somali National
            # Army) is the one of the country reported on
            named.sort(key=lambda e: country is not None and kb.get(e.target).country != country)
            aid = kb.localize(named[0].target, country)
            actor = kb.get(aid)
            inter = kb.inter_in(aid, country)
            out.append(ActorMention(hit.start, hit.end, span, aid, "kb", inter, actor.country))
        elif generic:
            if _inside_proper_name(text, hit.start, hit.end):
                continue  # "International Workers' Day", "Students Union": not the people
            if _PROPERTY_AFTER.match(text, hit.end):
                continue  # "civilian houses", "civilian facilities": places, not people
            if _INFORMER_AFTER.match(text, hit.end):
                continue  # "a police informer": a civilian said to inform, not the police
            actor = kb.generic(generic[0].target, country) if country else None
            tid = actor.id if actor else f"generic:{generic[0].target}"
            inter = kb.templates[generic[0].target].inter
            out.append(ActorMention(hit.start, hit.end, span, tid, "generic", inter, country))
        elif described:
            pick = [e for e in described if country is None or e.country == country]
            if len({e.target for e in pick}) == 1:  # ambiguous without a country: skip
                aid = _same_coalition(kb, pick[0].target, out)
                actor = kb.get(aid)
                inter = kb.inter_in(aid, country)
                out.append(ActorMention(hit.start, hit.end, span, aid, "kb", inter, actor.country))
    return _with_named_groups(kb, text, _with_elided_heads(kb, text, out, country), country)


def _used_in(countries: tuple[str, ...], country: str | None) -> bool:
    """A generic actor ACLED uses only in some countries ("Settlers (Israel)") names nobody
    elsewhere ("Fulani settlers" in Ghana)."""
    return not countries or country is None or country in countries


# "Martyr Soro Amed and Martyr Sorxwin Roboski Vengeance Units": two groups sharing one head noun.
_ELIDED = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5})\s+and\s+$")


def _with_elided_heads(
    kb: ActorKB, text: str, found: list[ActorMention], country: str | None
) -> list[ActorMention]:
    """The first of two coordinated names written with the head noun only once is a group of its
    own when the name plus the shared head is a KB alias (never a guess: the alias must exist)."""
    extra = []
    for m in found:
        if m.kind != "kb":
            continue
        before = _ELIDED.search(text, max(0, m.start - 80), m.start)
        if before is None or any(o.start < m.start and before.start() < o.end for o in found):
            continue
        words = m.text.split()
        for k in range(len(words) - 1, 0, -1):
            candidate = f"{before['name']} {' '.join(words[k:])}"
            hit = next(iter(kb.alias_hits(candidate)), None)
            named = [e for e in hit.entries if not e.descriptor and not e.generic] if hit else []
            if hit and named and (hit.start, hit.end) == (0, len(candidate)):
                aid = kb.localize(named[0].target, country)
                inter, home = kb.inter_in(aid, country), kb.get(aid).country
                name = before["name"]
                start = before.start("name")
                extra.append(ActorMention(start, start + len(name), name, aid, "kb", inter, home))
                break
    return sorted(found + extra, key=lambda x: x.start)


def _same_coalition(kb: ActorKB, aid: str, before: list[ActorMention]) -> str:
    """'the coalition' after a coalition was named by name is that one, not the theatre's
    default ("the Battle of Victory coalition ... the coalition has made gains")."""
    if kb.get(aid).kind not in ("coalition", "operation"):
        return aid
    named = [
        m.actor_id for m in before
        if m.kind == "kb" and kb.get(m.actor_id).kind in ("coalition", "operation")
    ]  # fmt: skip
    return named[-1] if named else aid


def _with_named_groups(
    kb: ActorKB, text: str, found: list[ActorMention], country: str | None
) -> list[ActorMention]:
    """Add named tribes and clans; a KB actor's own name wins over them."""
    named = [m for m in found if m.kind == "kb"]
    extra = []
    groups = find_named_groups(text)
    phrase_of = {g.start: g.phrase for g in groups if g.phrase}
    for group in groups:
        if any(group.start < m.end and m.start < group.end for m in named):
            continue
        template = kb.templates.get(group.template)
        if template is None or not _used_in(template.countries, country):
            continue
        if country:
            tid = kb.generic(template.id, country, name=group.name).id
        else:
            tid = f"generic:{template.id}:{slug(group.name)}"
        extra.append(
            ActorMention(
                group.start, group.end, group.name, tid, "generic", template.inter, country
            )
        )
    spans = [(g.start, g.end) for g in extra]
    # the group's head noun ("communal militias from Yagaba") is the group, not a generic actor
    phrases = [p for m in extra if (p := phrase_of.get(m.start))]
    kept = [
        m for m in found
        if not any(m.start < e and s < m.end for s, e in spans)
        and not (m.kind == "generic" and any(s <= m.start and m.end <= e for s, e in phrases))
    ]  # fmt: skip
    return _with_provisional(kb, text, sorted(kept + extra, key=lambda m: m.start), country)


def _with_provisional(
    kb: ActorKB, text: str, found: list[ActorMention], country: str | None
) -> list[ActorMention]:
    """Groups named in the text that the KB lacks become provisional actors, not dropped."""
    taken = [(m.start, m.end) for m in found]
    groups = find_provisional(text, taken)
    spans = taken + [(g.start, g.end) for g in groups]
    extra = []
    for group in groups:
        note = f"type guessed from context: {group.kind} ({group.cue})"
        actor = kb.provisional(group.name, group.inter, country, group.evidence, note)
        # the name introduced once is the group wherever the article repeats it
        for m in re.finditer(rf"\b{re.escape(group.name)}\b", text):
            if any(m.start() < e and s < m.end() for s, e in spans):
                continue
            spans.append(m.span())
            extra.append(
                ActorMention(m.start(), m.end(), group.name, actor.id, "provisional", group.inter,
                             country)
            )  # fmt: skip
        extra.append(
            ActorMention(
                group.start, group.end, group.name, actor.id, "provisional", group.inter,
                country,
            )
        )  # fmt: skip
    return sorted(found + extra, key=lambda m: m.start)


# Capitalised heads of facility and street names.
_FACILITY_AFTER = re.compile(
    r"[ -](?:Hospital|Clinic|School|University|College|Mosque|Church|Street|Square|Roundabout|"
    r"Bridge|Stadium|Hotel|Market|Mall|Avenue|Boulevard|Highway|Road|Park|Garden|Bakery|Station)\b"
)
_INFORMER_AFTER = re.compile(r"\s+(?:informers?|informants?|collaborators?|spies|spy)\b", re.I)
_PROPERTY_AFTER = re.compile(
    r"\s+(?:houses?|homes?|areas?|facilit(?:y|ies)|propert(?:y|ies)|infrastructure|buildings?|"
    r"neighbou?rhoods?|objects?|targets?|sites?|installations?|structures?)\b",
    re.I,
)
_NEXT_CAPITALISED = re.compile(r"['’]?\s+[A-Z]")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n][\"”’']?)\s*$")


def _inside_proper_name(text: str, start: int, end: int) -> bool:
    """A common noun written capitalised mid-sentence and followed by another capitalised word."""
    word = text[start:end]
    if not word[:1].isupper() or _SENTENCE_START.search(text, max(0, start - 3), start):
        return False
    return bool(_NEXT_CAPITALISED.match(text, end))
