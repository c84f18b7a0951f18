"""Alias matching with Aho-Corasick automata over a normalised text that maps back to the original.

Normalisation keeps letters and digits (diacritics stripped), drops apostrophes and quotes
("Hay'at" == "Hayat"), turns every other character into a space and collapses runs of spaces, so
"Hayat Tahrir-al-Sham", "Hayat Tahrir al Sham" and "HAYAT TAHRIR AL-SHAM" meet. Patterns are padded
with spaces, which makes every hit word-bounded. Acronym-like aliases ("IS", "SAA", "JaN") live in a
second, case-sensitive automaton so that the verb "is" never matches the Islamic State.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from ahocorasick_rs import AhoCorasick, MatchKind

_DROP = frozenset("'’‘`´ʼʻʿʾ\"“”«»")
_APOSTROPHES = frozenset("'’ʼ")
_POSSESSIVE = re.compile(r"s(?![A-Za-z0-9])")
# A hit directly after "anti-"/"pro-"/"non-" names the other side ("anti-Houthi forces").
NEGATING_PREFIX = re.compile(r"(?i)\b(?:anti|pro|non)\s?[-‐‑–]\s?$")


def _fold(ch: str) -> str:
    if ch.isascii():
        return ch if ch.isalnum() else ("" if ch in _DROP else " ")
    if ch in _DROP:
        return ""
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return "".join(c if c.isalnum() else " " for c in base) or " "


def normalise(text: str) -> tuple[str, list[int]]:
    """Return (" folded text ", index) where index[i] is the original offset of folded char i."""
    chars, index = [" "], [0]
    for pos, ch in enumerate(text):
        if ch in _APOSTROPHES and _POSSESSIVE.match(text, pos + 1):
            ch = " "  # "PMF's" is "PMF" + "s", while "Hay'at" is one word
        for out in _fold(ch):
            if out == " " and chars[-1] == " ":
                continue
            chars.append(out)
            index.append(pos)
    if chars[-1] != " ":
        chars.append(" ")
        index.append(len(text))
    return "".join(chars), index


def _lower(folded: str) -> str:
    # Character by character so the lowered text keeps the same length (and offsets).
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


def _written_forms(alias: str) -> tuple[str, ...]:
    """The alias, and a possessive's form without its apostrophe ("Assad's air force" is also
    "Assads air force"): scraped and re-keyed text often loses apostrophes."""
    bare = re.sub(r"['’ʼ](?=s\b)", "", alias)
    return (alias, bare) if bare != alias else (alias,)


def alias_key(alias: str) -> str:
    return normalise(alias)[0].strip()


def is_case_sensitive(alias: str) -> bool:
    """Acronym-like aliases match only as written: any token with 2+ capitals, or a 1-3 letter one."""
    tokens = alias_key(alias).split()
    return any(
        sum(c.isupper() for c in t) >= 2 or (len(tokens) == 1 and len(t) <= 3) for t in tokens
    )


@dataclass(frozen=True, slots=True)
class Entry:
    """What one alias points to: an actor (or generic template) and whether it is a descriptor."""

    target: str
    descriptor: bool = False
    country: str | None = None
    generic: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # offsets into the original text
    end: int
    entries: tuple[Entry, ...]


class AliasMatcher:
    """Two automata (case-folded and case-sensitive) over space-padded normalised aliases."""

    def __init__(self, aliases: Iterable[tuple[str, Entry]]) -> None:
        tables: dict[bool, dict[str, list[Entry]]] = {False: {}, True: {}}
        for alias, entry in aliases:
            cs = is_case_sensitive(alias)
            for form in _written_forms(alias):
                key = alias_key(form) if cs else _lower(alias_key(form))
                if not key:
                    continue
                bucket = tables[cs].setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
        self._keys: dict[bool, list[str]] = {cs: list(t) for cs, t in tables.items()}
        self._entries = {cs: [tuple(tables[cs][k]) for k in self._keys[cs]] for cs in tables}
        self._automata = {
            cs: AhoCorasick([f" {k} " for k in keys], matchkind=MatchKind.Standard)
            for cs, keys in self._keys.items()
            if keys
        }

    @property
    def size(self) -> int:
        return sum(len(k) for k in self._keys.values())

    def find(self, text: str, country: str | None = None) -> list[Hit]:
        """Longest non-overlapping word-bounded hits, in text order. With `country`, another
        country's descriptors are no hit, so they do not hide a shorter name they overlap
        ("US-led coalition air strikes" in Syria: not Yemen's "coalition air strikes")."""
        folded, index = normalise(text)
        haystacks = {False: _lower(folded), True: folded}
        candidates: list[tuple[int, int, tuple[Entry, ...]]] = []
        for cs, automaton in self._automata.items():
            for pattern, start, end in automaton.find_matches_as_indexes(
                haystacks[cs], overlapping=True
            ):
                # Drop the padding spaces: the hit is folded[start+1 : end-1].
                o_start, o_end = index[start + 1], index[end - 2] + 1
                if NEGATING_PREFIX.search(text, 0, o_start):
                    continue
                entries = self._entries[cs][pattern]
                if country is not None:
                    entries = tuple(e for e in entries if not _elsewhere(e, country))
                if entries:
                    candidates.append((o_start, o_end, entries))
        candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
        taken: list[tuple[int, int]] = []
        hits = []
        for start, end, entries in candidates:
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            hits.append(Hit(start, end, entries))
        return sorted(hits, key=lambda h: h.start)


def _elsewhere(entry: Entry, country: str) -> bool:
    """A descriptor scoped to another country than the one reported on."""
    return entry.descriptor and entry.country is not None and entry.country != country
