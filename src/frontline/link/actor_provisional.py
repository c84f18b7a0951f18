"""Groups the knowledge base does not know yet, read from the text as provisional actors.

"the small Uzbek group Katibat al Tawhid wal Jihad", "the larger Uzbek group Imam Bukhari Jamaat",
"Harakat Fajr al Sham al Islamiyya": a name introduced by a group noun, or built on a head word that
only armed groups use (Katibat, Jaysh, Liwa, Harakat...), is a group even when no list has it. Such a
group is kept as a provisional actor with the sentence that names it and a type (ACLED inter code)
read from the words around it, for a reviewer to promote into the KB (`frontline kb propose`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontline.link.actor_countries import countries, country_of_demonym

_WORD = r"[A-Z][\w'’-]+"
_PARTICLE = r"(?:al|el|ul|wal|wa|w|ad|ash|as|at|az|an|ar|bin|ibn|li|fi|min|of|the|and|-)"
_NAME = rf"{_WORD}(?:[ -](?:{_PARTICLE}[ -])*{_WORD})*"
# Head words of Arabic group names: a name starting with one of them names a group.
_HEADS = (
    r"Katibat|Kataib|Kata'ib|Jaysh|Jaish|Jeish|Liwa|Liwaa|Harakat|Harakah|Jabhat|Saraya|Jamaat|"
    r"Jama'at|Firqat|Faylaq|Tajammu|Tajamu|Alwiya|Alwiyat|Fawj|Junud|Jund|Ansar|Hizb|Asaib|Majlis"
)
_GROUP_NOUNS = (
    r"group|faction|militia|brigade|battalion|movement|organi[sz]ation|outfit|alliance|front|"
    r"party|union|syndicate|association|network|unit"
)
_TAIL = r"Jamaat|Brigades?|Battalions?|Movement|Front|Army|Militia|Party|Syndicate|Forces"
_INTRODUCED = re.compile(
    rf"\b(?:{_GROUP_NOUNS})\s+(?:called\s+|named\s+|known as\s+)?(?P<n>{_NAME})"
)
_HEADED = re.compile(
    rf"\b(?P<n>(?:{_HEADS})[ -](?:{_PARTICLE}[ -])*{_WORD}(?:[ -](?:{_PARTICLE}[ -])*{_WORD})*)"
)
_TAILED = re.compile(rf"\b(?P<n>(?:{_WORD} ){{1,4}}(?:{_TAIL}))\b")
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]|$)")

# Words around a name that tell what kind of group it is (ACLED inter codes); the nearest wins.
# Lower case only: "Party" inside another group's proper name says nothing about this one.
_TYPE_CUES: tuple[tuple[re.Pattern[str], int, str], ...] = (
    (re.compile(r"\b(?:tribe|tribal|tribesmen|clans?)\b"), 4, "identity"),
    (re.compile(r"\b(?:unions?|syndicates?|associations?|workers)\b"), 6, "union"),
    (re.compile(r"\b(?:party|parties)\b"), 3, "party"),
    (re.compile(r"\bmilitias?\b|\bparamilitar"), 3, "militia"),
    (
        re.compile(
            r"\b(?:jihadis|islamis|rebel|insurgen|opposition|armed group|fighters|militants|"
            r"faction|brigade|battalion|coalition)\w*|\b[Aa]l[ -]Qa[e']?ida\b"
        ),
        2,
        "rebel",
    ),
)
_HEAD_START = re.compile(rf"^(?:{_HEADS})\b")
# Descriptive words of regular units ("Naval Brigade", "Special Forces"): not a group's own name.
_UNIT_WORDS = frozenset(
    ["Naval", "Marine", "Mechanized", "Mechanised", "Infantry", "Armored", "Armoured", "Special", "Coalition", "Reinforcement", "Support", "Security", "Border", "Presidential", "Republican", "Rapid", "Reaction", "Air", "Defence", "Defense", "Commando", "Elite", "Storm", "Artillery", "Missile", "Tank", "Military", "Army", "Police", "Forces", "Brigade", "Brigades", "Battalion", "Government", "Regime", "Syrian", "Iraqi", "Yemeni", "Turkish", "Lebanese", "Israeli", "Iranian", "Saudi",
     "Joint", "Southern", "Northern", "Eastern", "Western", "Allied", "Local", "Tribal", "Popular",
     "National", "Federal", "Pro", "Anti"]
)  # fmt: skip
_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$")
_PART_OF = re.compile(r"^\s+of\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?")
# Capitalised words that start a sentence or a description, not a name.
_NOT_NAMES = frozenset({"The", "A", "An", "Its", "Their", "This", "That", "These", "Those"})


@dataclass(frozen=True, slots=True)
class ProvisionalGroup:
    name: str
    start: int
    end: int
    inter: int
    kind: str
    evidence: str  # the sentence that names it
    evidence_start: int
    cue: str  # why it was taken for a group


# News agencies, days and months run into names in careless text ("told Reuters Tuesday").
_NOISE = frozenset({
    "Reuters", "REUTERS", "AFP", "AP", "Anadolu", "SANA", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
    "June", "July", "August", "September", "October", "November", "December",
})  # fmt: skip
_INNER_PARTICLE = re.compile(rf"\s(?:{_PARTICLE})\s", re.I)


def _not_a_group(name: str, cue: str) -> bool:
    """A person ("the group's head Rami Abdel Rahman"), a state's forces ("US Air Forces",
    "Russias Aerospace Forces") or text noise is not a new group."""
    words = name.split()
    if any(w in _NOISE for w in words):
        return True
    first = words[0].removesuffix("s") if words[0].endswith("as") else words[0]
    if country_of_demonym(first) or first in countries() or first in ("US", "UK", "UN", "EU"):
        return True
    # a bare capitalised run after "group" is as likely a person as a group
    return cue.startswith("introduced") and not (
        _HEAD_START.match(name)
        or _INNER_PARTICLE.search(name)
        or re.search(rf"\b(?:{_TAIL})$", name)
    )


def _sentence_at(text: str, offset: int) -> tuple[int, str]:
    for m in _SENTENCE.finditer(text):
        if m.start() <= offset < max(m.end(), m.start() + 1):
            return m.start(), m.group().strip()
    return offset, ""


def _type_of(sentence: str, name: str) -> tuple[int, str]:
    at = sentence.find(name)
    centre = at + len(name) // 2 if at >= 0 else len(sentence) // 2
    context = sentence.replace(name, " " * len(name))
    best: tuple[int, int, str] | None = None
    for pattern, inter, kind in _TYPE_CUES:
        for m in pattern.finditer(context):
            distance = min(abs(m.start() - centre), abs(m.end() - centre))
            if best is None or distance < best[0]:
                best = (distance, inter, kind)
    if best is not None:
        return best[1], best[2]
    if _HEAD_START.match(name):
        return 2, "rebel"  # Arabic armed-group head word with no other cue: a non-state armed group
    return 3, "militia"


def find_provisional(text: str, taken: list[tuple[int, int]]) -> list[ProvisionalGroup]:
    """Group names not overlapping `taken` spans (what the KB already matched), first mention each."""
    found: dict[str, ProvisionalGroup] = {}
    spans: list[tuple[int, int]] = list(taken)
    for pattern, cue in ((_INTRODUCED, "introduced by a group noun"), (_HEADED, "group head word"),
                         (_TAILED, "group tail word")):  # fmt: skip
        for m in pattern.finditer(text):
            start, end = m.span("n")
            name = m.group("n")
            first = name.split()[0]
            if first in _NOT_NAMES:
                start += len(first) + 1
                name = name[len(first) + 1 :]
            if len(name.split()) < 2 or any(start < e and s < end for s, e in spans):
                continue
            if _ORDINAL_BEFORE.search(text, 0, start) or set(name.split()) <= _UNIT_WORDS:
                continue  # "1st Naval Brigade": a numbered unit of a known force
            if _not_a_group(name, cue):
                continue
            after = _PART_OF.match(text[end : end + 20])
            if after and any(s <= end + after.end() < e for s, e in taken):
                continue  # "X Battalion of the Southern Resistance": the known actor stands
            spans.append((start, end))
            if name.lower() in (k.lower() for k in found):
                continue
            sent_start, sentence = _sentence_at(text, start)
            inter, kind = _type_of(sentence, name)
            found[name] = ProvisionalGroup(name, start, end, inter, kind, sentence, sent_start, cue)
    return sorted(found.values(), key=lambda g: g.start)
