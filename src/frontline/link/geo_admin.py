"""Admin units written next to a place name, which pick its homonym or stand in for it.

ACLED notes tie names to admin units in parentheses ('Al Madid (Nihm, Sanaa)', 'Thirah mountain
[Aqabat Thirah] (Mukayras, Al Bayda)'); news writes 'Mamak, Ankara', 'Ghaydah in Kirkuk province'
or 'Daman in the eastern countryside of Deir-ez-Zor'. A name the gazetteer lacks still gets the
admin units of its parenthesis (`from_parens`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from frontline.link import geo_data
from frontline.link.gazetteer import distance_km
from frontline.link.places import Gazetteer
from frontline.link.translit import name_key, token_key
from frontline.model import PlaceMention

PAREN_SCORE = 0.75  # a name the note ties to admin units we know
_PAREN_RE = re.compile(r"\s*\(([^()]{2,80})\)")
_ADJACENT_RE = re.compile(r"[ \t\-]*")

# Lower-case words inside names, as token keys ('bani' -> 'bana'); 'e' is the Persian ezafe;
# Romance and Germanic names have their articles and prepositions (Juiz de Fora, Rio Grande do
# Norte, Playa del Carmen, Bergen op Zoom).
# fmt: off
PARTICLES = frozenset(token_key(w) for w in (
    "al", "bin", "ibn", "bani", "beni", "wa", "bu", "um", "umm", "e",
    "de", "do", "da", "dos", "das", "del", "la", "las", "los", "di", "du", "des", "le", "y",
    "van", "von", "op", "aan",
))
# fmt: on


@functools.lru_cache(maxsize=1)
def direction_keys() -> frozenset[str]:
    """Direction words as name keys ('northern' -> 'nurtirn'), to compare with token keys."""
    return frozenset(name_key(w) for w in geo_data.read_cues()["direction_words"])


def adjacent(text: str, end: int, start: int) -> bool:
    return bool(_ADJACENT_RE.fullmatch(text, end, start))


@dataclass(slots=True)
class Paren:
    codes: frozenset[str]  # admin1 codes the parenthesis names
    admin2: str | None
    start: int  # offset of "("
    end: int  # offset after ")"


def find_parens(gaz: Gazetteer, text: str, focus: frozenset[str]) -> list[Paren]:
    """ACLED-note parentheses naming admin units: '(Nihm, Sanaa)', '(Marib)'."""
    out = []
    for m in _PAREN_RE.finditer(text):
        parts = [p.strip() for p in m.group(1).split(",") if p.strip()]
        if not parts or len(parts) > 3:
            continue
        codes = gaz.admin1_codes(parts[-1])
        if focus:
            codes = {c for c in codes if c.split(".")[0] in focus} or codes
        if codes:
            admin2 = parts[-2] if len(parts) >= 2 else None
            out.append(Paren(frozenset(codes), admin2, m.start(1) - 1, m.end()))
    return out


@functools.lru_cache(maxsize=1)
def _gap_re() -> re.Pattern[str]:
    """What may stand between a name and its parenthesis: cue or lower-case words ('Mukayras
    District (Al Bayda)', 'Enma market (Al Mansurah, Aden)') and ACLED's bracketed location
    ('Thirah mountain [Aqabat Thirah] (Mukayras, Al Bayda)'), a section number, a region of the
    country; a name inside the bracket ends it."""
    cues = geo_data.read_cues()
    words = {
        w for k in ("near_after", "town_after", "admin_after") for w in cues[k] if " " not in w
    }
    alt = "|".join(sorted(words, key=len, reverse=True))
    # a section number ends some names ("Khutsong Extension 3", "Sector 7")
    word = rf"(?:(?i:{alt})|[a-z][a-z'\-]*|\d{{1,3}}[A-Za-z]?)"
    # a region of the country between them: "Al Jarr area in northwestern Yemen (Abs, Hajjah)"
    region = r"(?:\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)\w*|central)\s+[A-Z][\w'\-]*)?"
    return re.compile(rf"\]?(?:\s+{word}){{0,3}}{region}(?:\s*\[[^\[\]]{{1,60}}\])?\s*")


def paren_for(text: str, end: int, parens: list[Paren]) -> Paren | None:
    for p in parens:
        if p.start >= end and _gap_re().fullmatch(text, end, p.start):
            return p
    return None


_NAME = r"[A-Z][\w'’\-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’\-]*)*"
# the rest of a list of names, then a plural noun that shares one parenthesis among them
_LIST_TAIL_RE = re.compile(
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME})+\s+(?:[a-z]+\s+)?"
    r"(?:camps|villages|towns|areas|neighbou?rhoods|fronts|frontlines|districts|positions)\s*"
)


def list_paren_for(text: str, end: int, parens: list[Paren]) -> Paren | None:
    """'Mori, Ash Shawati, and Nawjid military camps (Hidaybu, Suqutra)': the parenthesis
    after a list's plural noun holds for every name of the list."""
    m = _LIST_TAIL_RE.match(text, end)
    return next((p for p in parens if p.start == m.end()), None) if m else None


_ADMIN_AFTER_RE = re.compile(
    r"(?P<lead>,|(?:,?\s+and\s+[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*)?)?"  # 'X and Y in Z'
    r"\s+(?:[a-z]+\s+){0,2}"  # 'village of', 'qat market in'
    r"(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+(?:of\s+)?)?"
    r"(?:(?:countryside|outskirts|suburbs|province|governorate)\s+of\s+)?)"
    r"\s*(?P<name>[A-Z][\w'\-]*(?:[ \-]+(?:al[ \-]+)?[A-Z][\w'\-]*){0,2})"
)
_BRACKET_RE = re.compile(r"\s*\([^()]{1,40}\)")
_LIST_GOES_ON_RE = re.compile(r"\s*(?:,|and|or)\s+(?:the\s+)?[A-Z]")


def _names_the_country(gaz: Gazetteer, name: str, codes: set[str], focus: frozenset[str]) -> bool:
    """The name is a country the text is about and none of its own units ("Georgia" in a text
    about Georgia; but "Tenancingo, Mexico" names the State of Mexico)."""
    key = name_key(name)
    country = gaz.index.country_keys.get(key)
    if country is None or key in gaz.index.demonym_keys or country not in focus:
        return False
    return not any(c.split(".")[0] == country for c in codes)


def admin1_after(gaz: Gazetteer, text: str, end: int, focus: frozenset[str]
                  ) -> tuple[frozenset[str], bool]:  # fmt: skip
    """The admin1 written right after a name: 'Mamak, Ankara', 'Ghaydah in Kirkuk province',
    'Daman in the eastern countryside of Deir-ez-Zor', 'Dogankoy village of Pervari, Siirt'.
    Also whether that admin1 follows a comma ('X, Y', 'X neighbourhood of Y, Z'): then X lies in
    it, which rules out X's homonyms in other provinces."""
    pos = end
    for _hop in range(2):  # the name, then what it is part of
        m = _ADMIN_AFTER_RE.match(text, pos)
        if not m:
            break
        comma = m.group("lead") == ","
        if comma and _LIST_GOES_ON_RE.match(text, m.end()):
            break  # a list of places: "Aleppo, Idlib and Hama"
        words = m.group("name").split()
        if name_key(words[0]) in direction_keys():
            break  # "Dahuk, Northern Iraq": a region of a country, not an admin1
        for n in range(len(words), 0, -1):
            codes = gaz.admin1_codes(" ".join(words[:n]))
            if _names_the_country(gaz, " ".join(words[:n]), codes, focus):
                return frozenset(), False  # "Batumi, Georgia": the country, not the US state
            if focus:
                codes = {c for c in codes if c.split(".")[0] in focus} or codes
            if codes:
                return frozenset(codes), comma
        pos = m.end()
        # "Saray neighbourhood of Kahramankazan (Kazan), Ankara": the alias in brackets is skipped
        skip = _BRACKET_RE.match(text, pos)
        pos = skip.end() if skip else pos
    return frozenset(), False


def from_parens(gaz: Gazetteer, text: str, toks: list[tuple[int, int, str]],
                 chosen: list[PlaceMention], parens: list[Paren],
                 focus_main: str = "") -> list[PlaceMention]:  # fmt: skip
    """Names the gazetteer lacks: 'Al Madid (Nihm, Sanaa)' still gives its admin units."""
    claimed = {id(p) for m in chosen if (p := paren_for(text, m.end, parens))}
    out = []
    for paren in parens:
        if id(paren) in claimed:
            continue
        span = _name_before(gaz, text, toks, paren.start)
        if not span or name_key(text[span[0] : span[1]]) in gaz.index.country_keys:
            # "Al Jabaliyah area in western Yemen (At Tuhayat, Al Hudaydah)": the district
            span = _district_inside(gaz, text, paren) or span
        if span is None:
            continue
        # a gazetteer name inside the longer unknown one ("Bab" of "Bab Ghaliq") gives way
        chosen[:] = [m for m in chosen if not (span[0] <= m.start and m.end <= span[1])]
        if any(m.start < span[1] and span[0] < m.end for m in chosen + out):
            continue
        start, end = span
        # "(Al Jawf)" names a Yemeni and a Saudi province: the text's leading country decides
        code = min(paren.codes, key=lambda c: (c.split(".")[0] != focus_main, c))
        row = admin2_row(gaz, paren)
        row = gaz.index.admin1_rows.get(code) if row is None else row
        if row is None:
            continue
        m = gaz.mention(row, text[start:end], start, end, PAREN_SCORE, precision=2)
        m.place_id, m.name, m.feature = None, text[start:end], "populated place"
        m.admin1, m.admin2 = gaz.index.admin1_names.get(code), admin2_name(gaz, paren)
        out.append(m)
    return out


def admin2_name(gaz: Gazetteer, paren: Paren) -> str | None:
    """ACLED's spelling of the parenthesis' district: the admin2 table's where the name is a
    district we know ('(Raizh, Sadah)' is Razih) or the seat of one ('(Al Mansurah, Aden)' is the
    town whose district ACLED writes Al Mansura), else the note's own."""
    row = admin2_row(gaz, paren)
    if row is None or not paren.admin2:
        return paren.admin2
    idx = gaz.index
    same = name_key(idx.admin2[row]) == name_key(paren.admin2)
    return (
        idx.admin2[row] if idx.kind[row] == "admin2" or (idx.admin2[row] and same) else paren.admin2
    )


def _district_inside(gaz: Gazetteer, text: str, paren: Paren) -> tuple[int, int] | None:
    """'clashes in the tribal region (At Taffah, Al Bayda)': no name before the parenthesis, so
    the district it names is the place."""
    if not paren.admin2 or admin2_row(gaz, paren) is None:
        return None
    start = text.find(paren.admin2, paren.start, paren.end)
    return (start, start + len(paren.admin2)) if start >= 0 else None


def _name_before(gaz: Gazetteer, text: str, toks: list[tuple[int, int, str]],
                 paren_start: int) -> tuple[int, int] | None:  # fmt: skip
    """The capitalised name that ends right before a parenthesis (cue words may sit between)."""
    last = max((n for n, t in enumerate(toks) if t[1] <= paren_start), default=-1)
    while last >= 0 and not text[toks[last][0]].isupper():
        last -= 1  # skip the cue words: "district", "area", "frontline"
    if last < 0 or not _gap_re().fullmatch(text, toks[last][1], paren_start):
        return None
    first = last
    while (
        first > 0
        and adjacent(text, toks[first - 1][1], toks[first][0])
        and (text[toks[first - 1][0]].isupper() or toks[first - 1][2] in PARTICLES)
    ):
        first -= 1
    while first <= last and (
        not text[toks[first][0]].isupper()
        or (toks[first][2] in gaz.index.stop_keys and toks[first][2] != "al")
    ):
        first += 1
    return (toks[first][0], toks[last][1]) if first <= last else None


def admin2_row(gaz: Gazetteer, paren: Paren) -> int | None:
    """The place the parenthesis' district names ('(Nihm, Sanaa)'), in its admin1."""
    if not paren.admin2:
        return None
    for code in sorted(paren.codes):
        admin1 = gaz.index.admin1_names.get(code)
        hits = gaz.lookup_rows(paren.admin2, country=code.split(".")[0], admin1=admin1)
        hits = [(sc, r) for sc, r in hits if sc >= 0.5 and gaz.index.admin1[r] == code]
        if hits:
            return hits[0][1]
    return None


def in_district(gaz: Gazetteer, row: int, paren: Paren) -> bool:
    """A village lies in the district its parenthesis names ('Al Amir (As Sawmaah, Al Bayda)' is
    not the Al 'Amir of another district): by its district's name, or near the district's seat."""
    if not paren.admin2:
        return True
    idx = gaz.index
    unit = admin2_row(gaz, paren)
    names = {name_key(paren.admin2)} | ({name_key(idx.admin2[unit])} if unit is not None else set())
    if idx.admin2[row] and name_key(idx.admin2[row]) in names:
        return True
    return (
        unit is not None
        and distance_km(idx.lat[row], idx.lon[row], idx.lat[unit], idx.lon[unit]) <= BESIDE_KM
    )


BESIDE_KM = 15.0  # a city's own neighbourhoods lie within this of its centre
_PART_OF_RE = re.compile(  # ("Besta (Dereler) area of Sirnak": the name may sit in brackets)
    r"\)?\s+(?:area|village|neighbourhood|neighborhood|quarter|suburb|town)\s+of\s+(?:the\s+)?"
)


_QUARTER_RE = re.compile(r"neighbou?rhood|quarter|suburb")


def province_only(gaz: Gazetteer, name: str, key: str, focus: frozenset[str]) -> set[str]:
    """Admin1 codes a name means when no town of that name lies in that admin1 (Kocaeli)."""
    idx = gaz.index
    codes = {c for c in gaz.admin1_codes(name) if c.split(".")[0] in (focus or idx.core)}
    towns = {
        idx.admin1[r]
        for r in idx.rows(key)
        if idx.kind[r] == "populated place" and name_key(idx.names[r]) == key
    }
    return codes - towns if not codes & towns else set()


def outside_town(gaz: Gazetteer, text: str, end: int, row: int,
                 owners: dict[int, frozenset[str]], towns: dict[int, int]) -> bool:  # fmt: skip
    """'X area of Y' with Y's admin1 known: X lies in it (or right beside its seat). With Y a
    town, X lies beside it: 'Maltepe neighbourhood of Zeytinburnu' is no district 20 km off."""
    m = _PART_OF_RE.match(text, end)
    if not m:
        return False
    idx = gaz.index
    town = towns.get(m.end())
    # (only a quarter: a village or area "of" a town may lie in its district, farther off, as
    # Dogankoy village of Pervari does)
    if town is not None and town != row and idx.kind[row] == "populated place" and \
            _QUARTER_RE.search(m.group()):  # fmt: skip
        return distance_km(idx.lat[row], idx.lon[row], idx.lat[town], idx.lon[town]) > BESIDE_KM
    codes = owners.get(m.end())
    if not codes or idx.admin1[row] in codes:
        return False
    return not beside(gaz, row, codes)


def beside(gaz: Gazetteer, row: int, codes: frozenset[str]) -> bool:
    """The place lies next to the seat of a named admin1 across a border line: 'Shufat
    neighbourhood of Jerusalem' is in East Jerusalem (West Bank), not in Israel's Jerusalem."""
    idx = gaz.index
    seats = [idx.admin1_rows[c] for c in codes if c in idx.admin1_rows]
    return any(
        distance_km(idx.lat[row], idx.lon[row], idx.lat[s], idx.lon[s]) <= BESIDE_KM for s in seats
    )
