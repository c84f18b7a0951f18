"""Named tribes and clans: "Al Hayash tribesmen", "between Al Tilan and Al Dahshal tribal militias",
"the Al Salih and Al Tlais families".

ACLED codes them with generic templates that carry the name ("Al Hayash Tribal Militia (Yemen)",
"Al Omar Clan Militia (Lebanon)"); no knowledge base can list every tribe, so the name is read from
the text: capitalised words directly before a tribal or family noun, with "X and Y <noun>" naming two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml

from frontline.link.actor_countries import DATA_DIR, country_of_demonym

_WORD = r"[A-Z][\w'’-]*"
_PARTICLE = r"(?:al|ba|bin|ibn|bani|abu|Al|Ba|Bin|Ibn|Bani|Abu|Beni|Aal|Bayt|Ait)"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD})*"
_TRIBAL = r"tribesmen|tribes|tribe|tribal militias?|tribal militiamen|tribal fighters|tribal gunmen"
_CLAN = r"families|family|clans|clan|clansmen|clan members|clan militias?"
_PATTERN = re.compile(
    rf"(?P<first>{_NAME})(?:\s+and\s+(?P<second>{_NAME}))?\s+(?P<noun>{_TRIBAL}|{_CLAN})\b"
)
# Capitalised words that open a sentence or describe rather than name ("Armed tribesmen").
_NOT_NAMES = frozenset(
    ["The", "A", "An", "On", "In", "At", "Armed", "Local", "Rival", "Two", "Three", "Several", "Some", "Many", "Other", "Both", "Sunni", "Shia", "Shiite", "Arab", "Arabs", "Bedouin", "Druze", "Christian", "Muslim", "Alawite", "Kurdish", "Tribal", "Clan", "Pro", "Anti", "Gunmen", "Members", "Clashes", "Tensions", "Dozens", "Hundreds", "Unidentified", "Unknown", "Unnamed", "Prominent", "Major", "Powerful", "Two", "Government", "Regime", "Houthi", "Hadi"]
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class NamedGroup:
    start: int
    end: int
    name: str
    template: (
        str  # "tribal-militia", "clan-militia", "ethnic-militia", "communal-militia", "named-gang"
    )
    # the whole phrase ("communal militias from Yagaba"): other mentions inside it are this group
    phrase: tuple[int, int] | None = None


def _trim(text: str, start: int) -> tuple[str, int] | None:
    """Drop descriptive leading words ("Armed Al Awad" -> "Al Awad"); None if nothing is left."""
    words = list(re.finditer(r"\S+", text))
    while words and (words[0].group() in _NOT_NAMES or country_of_demonym(words[0].group())):
        words = words[1:]
    if not words or all(re.fullmatch(_PARTICLE, w.group()) for w in words):
        return None
    return text[words[0].start() :], start + words[0].start()


# Armed members of an ethnic group (data/actors/ethnic_groups.yaml): "Tiv militias", "suspected
# Fulani herdsmen", "Murle gunmen"; the bare name ("3 Fulani were killed") names people, not a militia.
_ETHNIC_NOUN = (
    r"militias?|militiamen|militia members|herdsmen|herders|pastoralists|raiders|cattle raiders|"
    r"gunmen|fighters|armed youths?"
)


# A community's militia, named by its village or town ("communal militias from Yagaba and
# Kubori", "the Okpanan communal militia"): ACLED's "{name} Communal Militia ({country})".
_COMMUNAL = re.compile(
    rf"\bcommunal militia(?:s|men)?\s+(?:from|of)\s+(?:the\s+)?(?P<first>{_NAME})"
    rf"(?:\s+and\s+(?P<second>{_NAME}))?"
    rf"|(?P<before>{_NAME})\s+communal militia(?:s|men)?\b"
)


# A named criminal group: "members of the Los Enanos gang", "Los Pinas Cartel", "Gente Nueva
# Gang members" -> ACLED's "{name} Gang" (the KB's big cartels are found by name first).
_GANG_WORD = r"[A-Z][\w'’-]+"
_GANG_NAME = rf"{_GANG_WORD}(?:\s+(?:del|de|de la|de los|y)?\s*{_GANG_WORD}){{0,3}}"
_GANG = re.compile(rf"(?P<name>{_GANG_NAME})\s+(?P<noun>gang|Gang|cartel|Cartel)s?\b")
# a proper name, not "In Tijuana gang members": an article of Spanish names, a capitalised head
# noun, or "members of" before it
_GANG_PROPER = re.compile(r"(?:Los|Las|La|El)\s")
_MEMBERS_OF = re.compile(r"\bmembers?\s+of\s+(?:the\s+)?$")
_NOT_GANG = frozenset(["The", "A", "An", "Rival", "Local", "Armed", "Criminal", "Drug", "Street"])


@cache
def _ethnic() -> tuple[dict[str, str], re.Pattern[str]]:
    doc = yaml.load((DATA_DIR / "ethnic_groups.yaml").read_text("utf-8"), Loader=yaml.CSafeLoader)
    forms = {form: name for name, spellings in doc["groups"].items() for form in spellings}
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    # "Tiv and Ichen Ethnic Militias": two groups share the noun
    return forms, re.compile(
        rf"\b(?P<name>{alt})(?:\s+and\s+(?P<second>{alt}))?\s+(?:[Ee]thnic\s+)?"
        rf"(?i:{_ETHNIC_NOUN})\b"
    )


# Herders that an act takes or harms ("abducted 5 Fulani herders") are its civilian victims, not the
# group's armed herdsmen (ACLED codes people hurt while herding as civilians)
_HERDERS = re.compile(r"\s+(?:herdsmen|herders|pastoralists)\b")
_TAKEN_BEFORE = re.compile(
    r"\b(?:kill|abduct|kidnapp?|attack|shot|shoot|injur|wound|rob|raid|ambush|beat|hack|massacr)\w*\s+"
    r"(?:(?:\d+|an?|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|some)\s+)?"
    r"(?:[a-z]+\s+)?$",
    re.I,
)


def _victim_herders(text: str, m: re.Match[str]) -> bool:
    return bool(
        _HERDERS.match(text, m.end("second") if m["second"] else m.end("name"))
        and _TAKEN_BEFORE.search(text, max(0, m.start() - 50), m.start())
    )


def find_named_groups(text: str) -> list[NamedGroup]:
    """Every named tribe, clan or armed ethnic group, one per name, in text order."""
    forms, ethnic = _ethnic()
    out: list[NamedGroup] = [
        NamedGroup(m.start(part), m.end(part), forms[m[part]], "ethnic-militia", m.span())
        for m in ethnic.finditer(text)
        if not _victim_herders(text, m)
        for part in ("name", "second")
        if m[part]
    ]
    for m in _GANG.finditer(text):
        words = m["name"].split()
        while words and (words[0] in _NOT_GANG or words[0] in ("Members", "Member")):
            words = words[1:]
        proper = (
            m["noun"][0].isupper()
            or _GANG_PROPER.match(m["name"])
            or _MEMBERS_OF.search(text, max(0, m.start() - 20), m.start())
        )
        if proper and words and not (len(words) == 1 and country_of_demonym(words[0])):
            name = " ".join(words)
            start = m.start("name") + m["name"].index(name)
            out.append(NamedGroup(start, start + len(name), name, "named-gang", m.span()))
    for m in _COMMUNAL.finditer(text):
        for part in ("first", "second", "before"):
            if m.group(part) is None:
                continue
            trimmed = _trim(m.group(part), m.start(part))
            if trimmed is not None and trimmed[0] not in forms:
                name, start = trimmed
                phrase = (min(m.start(), start), max(m.end(), start + len(name)))
                group = NamedGroup(start, start + len(name), name, "communal-militia", phrase)
                out.append(group)
    for m in _PATTERN.finditer(text):
        template = "tribal-militia" if re.match(_TRIBAL, m.group("noun")) else "clan-militia"
        for part in ("first", "second"):
            if m.group(part) is None:
                continue
            trimmed = _trim(m.group(part), m.start(part))
            if trimmed is None:
                continue
            name, start = trimmed
            if not any(g.start <= start < g.end for g in out):
                out.append(NamedGroup(start, start + len(name), name, template))
    return sorted(out, key=lambda g: g.start)
