"""State forces named by nationality: "Russian and Syrian jets", "Turkish troops", "Iraqi police".

News names state forces by a demonym and a force noun far more often than by name; the knowledge
base knows each state's forces, the country table knows the demonyms.
"""

from __future__ import annotations

import re
from functools import cache

from frontline.link.actor_countries import countries, country_of_demonym
from frontline.link.actor_match import NEGATING_PREFIX
from frontline.link.actors import ActorKB
from frontline.model import ActorMention

# A side's positions: where it is hit, and a name for the side itself ("shelled Ukrainian positions")
POSITION_NOUNS = r"(?:military\s+|army\s+)?(?:positions|outposts)"
FORCE_NOUNS = (
    r"(?:armed forces|military forces|security forces|special forces|air force|air forces|navy|"
    r"forces|troops|soldiers?|servicem[ae]n|service ?members?|army|military|jets|warplanes|(?:fighter|combat) jets|aircraft|helicopters|"
    r"[a-z]{1,3}-\d{1,3}[a-z]?s|"  # the jets by their model: "Turkish F-16s"
    r"drones?|artillery|tanks|gunboats|warships|border guards?|coast guard|police(?:men)?|"
    r"gendarmerie|commandos|paratroopers|marines|air defen[cs]es?|air defen[cs]e (?:forces|systems?|units?)|"
    # where a force stands stands for it: "shelled Ukrainian positions"
    rf"{POSITION_NOUNS}|"
    # the weapon stands for the force: "Saudi rocket and artillery shelling", "Israeli airstrikes"
    r"(?:(?:rocket|artillery|mortar|missile|tank|drone|air|naval)\s+(?:and\s+(?:rocket|artillery|"
    r"mortar|missile)\s+)?)?(?:shelling|fire|bombardment|strikes?)|airstrikes?|air raids?|missiles|"
    r"(?:guided\s+)?(?:aerial\s+|glide\s+)?bombs|rockets|shells|"
    # the act stands for the force too: "a Russian assault", "the Turkish offensive"
    r"(?:ground\s+)?(?:assaults?|attacks?|offensives?|incursions?|advances?))"
)
_POLICE = re.compile(r"police|gendarmerie|border guard|coast guard", re.I)


@cache
def _demonym() -> re.Pattern[str]:
    forms = {d for c in countries().values() for d in c.demonyms if d[:1].isupper()}
    return re.compile("|".join(re.escape(d) for d in sorted(forms, key=len, reverse=True)))


@cache
def _pattern() -> re.Pattern[str]:
    alt = _demonym().pattern
    # "Syrian or Russian warplanes", "Syrian government or Russian jets": the source's doubt
    # between two states names both; the first named leads
    one = rf"(?:{alt})(?:\s+(?:government|regime))?"
    chain = rf"{one}(?:\s*(?:,|and|&|or)\s*{one})*"
    # Force nouns in any case ("Turkish Army units"); demonyms as written.
    # an aircraft's model may stand between: "Belgian F-16 combat jets", "Russian Su-25 jets"
    model = r"(?:[A-Z][A-Za-z]{0,2}-?\d{1,3}[A-Z]?\s+)?"
    return re.compile(
        rf"\b(?P<chain>{chain})(?:-led|-backed)?\s+{model}(?P<noun>(?i:{FORCE_NOUNS}))\b"
    )


# "military forces of Armenia", "police forces of the Philippines": the force named with the
# country's name, the form ACLED's own notes and many wire reports use.
_OF_NOUNS = (
    r"military forces|armed forces|security forces|police forces|state forces|defen[cs]e forces|"
    r"military|army|troops|soldiers|police|navy|air force|border guards?"
)


@cache
def _of_country() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names: dict[str, str] = {}
    for c in countries().values():
        names[c.name] = c.name
        if c.state_name:
            names[c.state_name.removeprefix("the ")] = c.name
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    one = rf"(?:the\s+)?(?:{alt})"
    chain = rf"(?P<chain>{one}(?:\s*(?:,|and|&)\s*{one})*)"
    return re.compile(
        rf"\b(?P<noun>(?i:{_OF_NOUNS}))\s+of\s+{chain}\b"
        # "Mozambique's military", "Armenia's armed forces"
        rf"|\b(?P<chain2>{alt})['’]s\s+(?P<noun2>(?i:{_OF_NOUNS}))\b"
    ), re.compile(alt)


# "Israel struck targets in Rafah", "Turkey shelled Tal Rifaat": a country that acts by force is
# its military (the name is no place then)
ACTS = (
    r"(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:struck|shelled|bombed|bombarded|launched|fired|attacked|"
    r"targeted|raided|invaded|intercepted|shot down|downed|carried out|conducted|dropped|deployed|"
    r"retook|recaptured)\b"
)


@cache
def _acting_country() -> re.Pattern[str]:
    names = sorted({c.name for c in countries().values()}, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\b(?P<name>{alt})\s+{ACTS}")


def _country_of_name(name: str) -> str | None:
    for c in countries().values():
        if name in (c.name, c.state_name.removeprefix("the ")):
            return c.name
    return None


def _state_mention(
    kb: ActorKB, text: str, start: int, end: int, noun: str, country: str
) -> ActorMention:
    branch = "Police Forces" if _POLICE.search(noun) else "Military Forces"
    actor = kb._state_actor(branch, country) or kb._state_actor("Military Forces", country)
    if actor is None:  # a state the KB has no entry for: ACLED's generic name
        actor = kb.generic("police" if branch == "Police Forces" else "military", country)
    kind = "generic" if actor.origin == "generic" else "kb"
    return ActorMention(start, end, text[start:end], actor.id, kind, actor.inter, actor.country)


def find_state_forces(text: str, kb: ActorKB) -> list[ActorMention]:
    """One mention per demonym in a chain, each linked to that state's forces in the KB; a
    force named "of <country>" is one mention spanning the whole phrase."""
    out: list[ActorMention] = []
    phrase, name = _of_country()
    for m in phrase.finditer(text):
        # "military forces of India and Pakistan": the first spans the force noun, the others
        # their own name
        if m["chain2"]:
            if country := _country_of_name(m["chain2"]):
                out.append(_state_mention(kb, text, m.start(), m.end(), m["noun2"], country))
            continue
        for i, c in enumerate(name.finditer(m["chain"])):
            country = _country_of_name(c.group(0))
            start = m.start() if i == 0 else m.start("chain") + c.start()
            end = m.start("chain") + c.end()
            if country:
                out.append(_state_mention(kb, text, start, end, m["noun"], country))
    for m in _acting_country().finditer(text):
        if any(o.start < m.end("name") and m.start() < o.end for o in out):
            continue  # "military forces of Armenia fired": named with its force already
        if (country := _country_of_name(m["name"])) is not None:
            out.append(_state_mention(kb, text, m.start(), m.end("name"), "forces", country))
    demonym = _demonym()
    for m in _pattern().finditer(text):
        if text[m.end("chain") : m.end("chain") + 4] in ("-led", "-bac"):
            continue  # "Saudi-led coalition", "Iranian-backed militias": another actor
        if NEGATING_PREFIX.search(text, max(0, m.start() - 6), m.start()):
            continue  # "pro-Russian forces", "anti-Turkish fighters": another side
        branch = "Police Forces" if _POLICE.search(m.group("noun")) else "Military Forces"
        for d in demonym.finditer(m.group("chain")):
            country = country_of_demonym(d.group(0))
            actor = kb._state_actor(branch, country) if country else None
            if actor is None and country:
                actor = kb._state_actor("Military Forces", country)
            if actor is None and country:  # a state the KB has no entry for: ACLED's generic name
                actor = kb.generic("police" if branch == "Police Forces" else "military", country)
            if actor is None:
                continue
            start = m.start("chain") + d.start()
            end = start + len(d.group(0))
            out.append(
                ActorMention(
                    start,
                    end,
                    text[start:end],
                    actor.id,
                    "generic" if actor.origin == "generic" else "kb",
                    actor.inter,
                    actor.country,
                )
            )
    return out
