"""The countries a text is about, which rank its place names (see `Gazetteer.score`).

Evidence, strongest first: a country the caller knows (`hint`), the countries the text names
(names, demonyms, actor words such as 'Houthi'), the home country of the outlet that published
it, and, when nothing else is said, the countries of names that have only one reading.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from frontline.link import geo_data
from frontline.link.places import Gazetteer, own_name
from frontline.link.translit import ascii_fold

WORLD_TOWN_POP = 15_000
EXONYM_CITY_POP = 100_000
# "in Culianca, Sinaloa": a capitalised name the gazetteer may lack, then a comma, before a province
_UNKNOWN_TOWN_BEFORE = re.compile(
    r"\b(?i:in|at|near)\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,\s*$"
)


@functools.lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """English words that fold to a place's or country's key (stoplist.txt: 'they' -> 'Thai'),
    but not the country words themselves (Houthi is a word of the stoplist and of Yemen)."""
    country_words = {w.lower() for c in geo_data.read_countries().values() for w in c.words}
    return frozenset(w.lower() for w in geo_data.read_stoplist()) - country_words


@functools.lru_cache(maxsize=1)
def _sponsor_re() -> re.Pattern[str]:
    """'-led', '-backed', '-based' after a country word: a sponsor, maker or base elsewhere."""
    words = sorted(geo_data.read_cues()["sponsor_suffixes"], key=len, reverse=True)
    return re.compile(rf"^-(?:{'|'.join(re.escape(w) for w in words)})\b", re.I)


@functools.lru_cache(maxsize=1)
def _force_re() -> re.Pattern[str]:
    from frontline.link.state_forces import ACTS, FORCE_NOUNS

    # "Ukrainian drones", "Russia launched": who acted
    return re.compile(rf"\s+(?:(?i:{FORCE_NOUNS})\b|{ACTS})")


def text_focus(gaz: Gazetteer, text: str, toks: list[tuple[int, int, str]], hint: str | None,
               home: str | None = None) -> tuple[frozenset[str], str, bool]:  # fmt: skip
    """The countries the text names and the one it names most, if one leads: an article about
    Syria that mentions the US is still about Syria. "Saudi-led coalition" names no theatre.

    `hint` is a country the caller knows the text is about; `home` the home country of the
    outlet that published it, weaker: it leads only when the text names no country, else it
    joins the countries the text is about (a Lebanese outlet's "Israeli drone" story).

    The third value: every country word is the nationality of forces ("Ukrainian drones hit
    Belgorod"), which says who acted more than where: a city abroad may still be the place."""
    keys, sponsor = gaz.index.focus_keys, _sponsor_re()
    counts: Counter[str] = Counter()
    places = False  # a country word that is not a force's nationality
    for n in range(len(toks)):
        # country words are proper names: "they" (or a sentence's "They") is no "Thai"; a
        # stoplist word may open a longer one ("South Sudan", "North Macedonia")
        if text[toks[n][0]].islower():
            continue
        stop = text[toks[n][0] : toks[n][1]].lower() in _words()
        for width in (1, 2, 3, 4):
            if n + width > len(toks):
                break
            if stop and width == 1:
                continue
            gram = " ".join(t[2] for t in toks[n : n + width])
            end = toks[n + width - 1][1]
            if gram in keys and not sponsor.match(text[end : end + 20]):
                counts[keys[gram]] += 1
                places |= not _force_re().match(text, end)
    info = gaz.country(hint) if hint else None
    if info:
        return frozenset(counts) | {info.iso2}, info.iso2, False
    ranked = counts.most_common(2)
    lead = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""
    outlet = gaz.country(home) if home else None
    if outlet:
        return frozenset(counts) | {outlet.iso2}, lead or outlet.iso2, False
    return frozenset(counts), lead, bool(counts) and not places


def inferred_focus(gaz: Gazetteer, keys: list[str], context: Sequence[str] = (),
                   pairs: Sequence[str] = (),
                   written: Mapping[str, str] | None = None) -> frozenset[str]:  # fmt: skip
    """Without country words, the countries of names that have one reading, by the place's own
    name: an alternate name ('Masnaa' for a Yemeni hamlet) proves nothing, nor does a village of
    the Who's On First file (thousands of hamlets share names of towns abroad).

    Beyond the core countries only towns of some size count, for a name that is no core place's
    own name, in a text no core name places: a city's English name may be its alternate name
    (Patras for Patra) unless a core place has it too, and a city ten times larger than any
    homonym is the reading (Gomel, not Gumel in Nigeria). `pairs`: names joined to another
    place's ('Kaduna-Abuja highway'), read like `keys` but still context like longer names.
    `written`: key -> the name as the text spells it; the one town abroad of that very spelling
    is its reading, whatever else the spelling folds share ('Djibo', not Jebba nor Jaba')."""
    idx = gaz.index
    found, world = set(), set()
    for key in [*keys, *pairs]:
        rows = idx.rows(key)
        if written and (town := _spelled_town(idx, rows, written.get(key, ""))) is not None:
            world.add(idx.cc[town])
            continue
        units = _spelled_units(idx, rows, written.get(key, "") if written else "") or rows
        if len(units) == 1 and idx.kind[units[0]] == "admin1" and idx.cc[units[0]] not in idx.core:
            # a province no other place is named like (North Kivu), or spelled like (Gauteng,
            # not Gauting in Bavaria)
            world.add(idx.cc[units[0]])
            continue
        own = _own_rows(idx, key)
        countries = {
            idx.cc[r]
            for r in rows
            if not idx.village[r] and (idx.kind[r] != "populated place" or r in own)
        }
        if len(countries) == 1 and next(iter(countries)) in idx.core:
            found |= countries
        elif not any(idx.cc[r] in idx.core for r in own):
            # a core place's alternate name leaves the name to a town abroad of that very name
            exonyms = not any(idx.cc[r] in idx.core for r in rows)
            world |= _world_reading(idx, rows, own, exonyms)
    # a text placed in a core country by one name (`context`: all its names, heads of longer
    # ones too) names a town abroad only as a namesake ("the Palma bridge" on the Tripoli-Beirut
    # highway)
    if found or any(_core_town(idx, k) for k in context if k not in keys):
        return frozenset(found)
    return frozenset(world)


def _spelled_town(idx, rows: list[int], spelling: str) -> int | None:
    """The one place of exactly this spelling, when it is a town of some size abroad (the unit
    named after it, Fier county of Fier, is the same place)."""
    same = _same_spelling(idx, rows, spelling)
    towns = [r for r in same if idx.kind[r] != "admin1"]
    if len(towns) != 1 or any(idx.admin1[r] != idx.admin1[towns[0]] for r in same):
        return None
    r = towns[0]
    big = idx.kind[r] == "populated place" and idx.pop[r] >= WORLD_TOWN_POP
    return r if big and idx.cc[r] not in idx.core and not idx.village[r] else None


def _spelled_units(idx, rows: list[int], spelling: str) -> list[int]:
    """The first-level units of exactly this spelling, when only units have it."""
    same = _same_spelling(idx, rows, spelling)
    return same if same and all(idx.kind[r] == "admin1" for r in same) else []


def _same_spelling(idx, rows: list[int], spelling: str) -> list[int]:
    """The rows whose own name is spelled exactly so (accents and case aside)."""
    folded = ascii_fold(spelling).lower()
    return [r for r in rows if folded and ascii_fold(idx.names[r]).lower() == folded]


def _own_rows(idx, key: str) -> set[int]:
    """The rows whose own name (not an alternate name) has the key."""
    return {r for r in idx.rows(key) if own_name(idx, r, key)}


def _core_town(idx, key: str) -> bool:
    return any(idx.cc[r] in idx.core and not idx.village[r] for r in _own_rows(idx, key))


def _world_reading(idx, rows: list[int], own: set[int], exonyms: bool) -> set[str]:
    """The country of the one town of some size a name outside the core countries reads as."""
    largest: dict[str, int] = {}
    for r in rows:
        if idx.kind[r] != "populated place":
            continue
        pop = idx.pop[r]
        if r in own and pop >= WORLD_TOWN_POP or exonyms and pop >= EXONYM_CITY_POP:
            largest[idx.cc[r]] = max(largest.get(idx.cc[r], 0), pop)
    small = max((idx.pop[r] for r in rows if idx.cc[r] not in largest), default=0)
    ranked = sorted(largest.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 10 * max(small, ranked[1][1] if len(ranked) > 1 else 0):
        return {ranked[0][0]}
    return set()


@functools.lru_cache(maxsize=1)
def _nesting_gap_re() -> re.Pattern[str]:
    """What stands between a place and the province it lies in: 'Contagem, Minas Gerais',
    'Cuauhtemoc municipality, Chihuahua', 'Bar-Sanguun village (Kismaayo, Lower Juba)'."""
    words = sorted(geo_data.read_cues()["admin_after"], key=len, reverse=True)
    unit = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"^(?:\s+(?:{unit}|village|town|city))?\s*(?:,|\(|\bin\b|\bof\b)\s*(?:the\s+)?$", re.I
    )


def nested_focus(gaz: Gazetteer, text: str, spans: list[tuple[int, int, str]]) -> frozenset[str]:
    """Countries of a name written beside the first-level unit it lies in ('Contagem, Minas
    Gerais'): the way news and ACLED notes place a town without naming its country. Only a town
    and a province that are really nested count, so a homonym alone proves nothing.

    `spans` are (start, end, key) of the text's candidate place names, in text order."""
    idx, gap = gaz.index, _nesting_gap_re()
    found: set[str] = set()
    for n, (_, a_end, a_key) in enumerate(spans):
        inner = {idx.admin1[r] for r in idx.rows(a_key) if idx.kind[r] not in ("country", "admin1")}
        if not inner:
            continue
        for b_start, _, b_key in spans[n + 1 : n + 3]:
            if b_start - a_end > 40 or not gap.match(text[a_end:b_start]):
                continue
            found |= {
                idx.cc[r]
                for r in idx.rows(b_key)
                if idx.kind[r] == "admin1" and idx.admin1[r] in inner
            }
    # "in Culianca, Sinaloa": a town the gazetteer lacks, written before its province, as ACLED
    # notes and news place a town; a province name of one country then names that country
    for b_start, b_end, b_key in spans:
        if any(a == b_start and e > b_end for a, e, _ in spans):
            continue  # the head of a longer name: 'San Luis' of San Luis Potosi
        m = _UNKNOWN_TOWN_BEFORE.search(text, max(0, b_start - 60), b_start)
        if m is None:
            continue
        units = {idx.admin1[r] for r in idx.rows(b_key) if idx.kind[r] == "admin1"}
        countries = {unit.split(".")[0] for unit in units}
        if len(countries) != 1:
            continue
        # a known name that is only the head of the town's ('Minas' of Minas Viejas) or has no
        # reading in that province ('La Sabana, Guerrero') leaves the town unknown
        town_end = text.rindex(",", m.start(), b_start)
        known = any(
            m.start() < a_start and a_end == town_end
            and any(idx.admin1[r] in units for r in idx.rows(k))
            for a_start, a_end, k in spans
        )  # fmt: skip
        if not known:
            found |= countries
    return frozenset(found)
