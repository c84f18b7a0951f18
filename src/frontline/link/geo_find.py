"""Find place mentions in English text (news or ACLED notes) with the gazetteer.

Candidate spans are the token n-grams of the text's key stream that are gazetteer name keys (one
hash look-up each, no automaton to build), kept only where the span looks like a proper name
(capitalised words, lower-case Arabic particles inside). Context then ranks or rejects them:
"X (District, Governorate)", "X in Y province", "the city of X", "near X", "Idlib rebels",
"Damascus said", and the countries the text is about.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from frontline.link import geo_data
from frontline.link.gazetteer import MAX_KEY_TOKENS, distance_km
from frontline.link.geo_admin import (
    PARTICLES,
    Paren,
    adjacent,
    admin1_after,
    admin2_name,
    admin2_row,
    beside,
    direction_keys,
    find_parens,
    from_parens,
    in_district,
    list_paren_for,
    outside_town,
    paren_for,
    province_only,
)
from frontline.link.geo_focus import inferred_focus, nested_focus, text_focus
from frontline.link.geo_loose import loose_places
from frontline.link.places import TOWN_LIKE, Context, Gazetteer
from frontline.link.translit import key_tokens, name_key, skeleton_key, strip_article
from frontline.model import PlaceMention

MIN_SCORE = 0.3
METONYMY_FACTOR = 0.3
FACILITY_CUT = 0.3  # "X Square in Y": X names the square, Y is the place
FACILITY_MAX = 0.45  # below when_where's WEAK_PLACE_SCORE: Y wins the event
DEMONYM_SCORE = 0.35  # just above MIN_SCORE: it places an event only when nothing else does
_THE_RE = re.compile(r"\bthe\s+$")
# the rest of a list of names up to its last item: ' and Opytne' of 'Pisky and Opytne, Donetsk'
_LIST_TAIL_RE = re.compile(
    r"(?:(?:\s*,\s*|\s+(?:and|&)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})+(?=,)"
)
_DISTRICT_OF_RE = re.compile(
    r"\s+(?:areas?|villages?|region|front)\s+of\s+(?:the\s+)?"
    r"([A-Z][\w'’\-]*(?:\s+(?:al\s+)?[A-Z][\w'’\-]*){0,2})\s+district\b"
)


@dataclass(slots=True)
class _Span:
    i: int  # first token
    j: int  # one past the last token
    key: str
    start: int
    end: int


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    cues = geo_data.read_cues()

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    # a suffix that is also an area word names an organisation only capitalised: "the Nusra
    # Front", but "the Tuwarsah front" is the frontline at Tuwarsah
    both = set(cues["org_suffixes"]) & set(cues["near_after"])
    plain = [w for w in cues["org_suffixes"] if w not in both]
    proper = [w.title() for w in both]
    return {
        # "Aleppo Military Council", and through capitalised words "Beirut Arab University"
        "org": re.compile(
            rf"^(?:[\s\-]+[A-Z][\w'’\-]*){{0,2}}[\s\-]+(?:(?i:{alt(plain)})|{alt(proper)})\b"
        ),
        # "Idlib rebels"; "the Al Salih and Al Tlais families"
        "actor": re.compile(
            rf"^(?:\s+(?:{alt(cues['actor_nouns'])})|\s+and\s+(?:the\s+)?(?:[Aa]l[\s-]+)?"
            rf"[A-Z][\w'-]+\s+(?:families|clans|tribes))\b"
        ),
        "metonymy": re.compile(rf"^\s+(?:{alt(cues['metonymy_verbs'])})\b"),
        "near_before": re.compile(
            rf"\b(?:{alt(cues['near_before'])})\s+(?:the\s+)?(?:(?:town|city|village) of\s+)?$",
            re.I,
        ),
        "near_after": re.compile(rf"^\s+(?:{alt(cues['near_after'])})\b", re.I),
        "admin_after": re.compile(rf"^\s+(?:{alt(cues['admin_after'])})\b", re.I),
        "town_before": re.compile(rf"\b(?:{alt(cues['town_before'])})\s+(?:the\s+)?$", re.I),
        "town_after": re.compile(rf"^\s+(?:{alt(cues['town_after'])})\b", re.I),
        # lower case: "Hakkari Governor's Office" is the province's own authority, a place
        "title": re.compile(
            rf"^\s+(?:(?:{alt(cues['title_modifiers'])})\s+){{0,2}}(?:{alt(cues['title_nouns'])})\b"
        ),
        "route": re.compile(
            rf"\b(?:{alt(cues['route_before'])})\s+(?:the\s+)?"
            r"(?:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}\s+(?:to|and|with)\s+)?$"
        ),
        "container": re.compile(rf"^\s+(?:{alt(cues['container_after'])})\s+(?:the\s+)?[A-Z]"),
        # "the Khaldeh bridge", "the Tripoli-Beirut highway", "the Bar Elias-el Marj intersection"
        "road": re.compile(rf"^(?:\s*-\s*[\w'’ ]{{1,30}}?)?\s+(?i:{alt(cues['road_after'])})\b"),
        "street": re.compile(rf"^\s+(?i:{alt(cues['street_after'])})\b"),
        "org_before": re.compile(
            rf"\b(?:{'|'.join(w.capitalize() for w in cues['org_before'])})\s+(?:for|of)\s+"
            r"(?:the\s+)?$"
        ),
        "national": re.compile(rf"\s+(?i:{alt(cues['national_nouns'])})\b"),
        "facility": re.compile(
            rf"^\)?\s+(?i:{alt(cues['facility_after'])})s?\b[^.;()]{{0,40}}?\s(?:in|of)\s+"
            r"(?:the\s+)?[A-Z]"
        ),
    }


@functools.lru_cache(maxsize=1)
def _head_keys() -> frozenset[str]:
    return frozenset(name_key(w) for w in geo_data.read_cues()["name_heads"])


def _bare_head(text: str, toks: list[tuple[int, int, str]], s: _Span) -> bool:
    """'Kafr', 'Ein' or 'Bab' alone, or opening a longer name ('Bab Ghaliq'): not a place."""
    if s.key in _head_keys():
        return True
    return strip_article(s.key) in _head_keys() and _continues(text, toks, s)


def _key_ngrams(keys: Mapping[str, object], toks: list[tuple[int, int, str]]
                ) -> list[tuple[int, int, str]]:  # fmt: skip
    """(first token, one past the last, key) of every token n-gram that is a name key.

    A hash look-up per n-gram (names have at most MAX_KEY_TOKENS words) finds exactly what an
    Aho-Corasick automaton over the 500k keys would, without its 2 s, 60 MB build per process.
    """
    out = []
    for i in range(len(toks)):
        gram = ""
        for j in range(i, min(len(toks), i + MAX_KEY_TOKENS)):
            gram = f"{gram} {toks[j][2]}" if gram else toks[j][2]
            if gram in keys:
                out.append((i, j + 1, gram))
    return sorted(out, key=lambda m: (m[1], m[0]))


def _spans(gaz: Gazetteer, text: str, toks: list[tuple[int, int, str]]) -> list[_Span]:
    """Token ranges whose key is a gazetteer name and whose shape is a proper name."""
    caps = [text[s].isupper() for s, _, _ in toks]
    # "Syrias Idlib": a possessive that lost its apostrophe ends the name before it
    for n, (s, e, _) in enumerate(toks):
        if caps[n] and text[e - 1] == "s" and name_key(text[s : e - 1]) in gaz.index.country_keys:
            caps[n] = False
    out = []
    for i, j, key in _key_ngrams(gaz.index.keys, toks):
        if not (_name_shaped(text, toks, caps, i, j) or _feature_phrase(gaz, caps, i, j, key)):
            continue
        if key in gaz.index.stop_keys or _article_stop(gaz, text, toks, caps, i, key):
            continue
        if key in gaz.index.positional_keys and not caps[i]:
            continue  # "western Ghariyeh" is a part of Ghariyah; "Western Ghariyeh" the village
        if key in gaz.index.focus_keys and key not in gaz.index.country_keys:
            continue  # an actor word (Houthi) ties the text to a country but is no place
        if key in gaz.index.demonym_keys:
            continue
        out.append(_Span(i, j, key, toks[i][0], toks[j - 1][1]))
    return out


def _feature_phrase(gaz: Gazetteer, caps: list[bool], i: int, j: int, key: str) -> bool:
    """'Baghdad airport', 'Abu al-Duhur airbase': a reviewed feature's alias, its head noun in
    lower case as news writes it (only features.yaml's: a town's lower-case alias stays a word)."""
    return (
        caps[i]
        and j - i > 1
        and all(gaz.index.ids[r].startswith("fl:") for r in gaz.index.rows(key))
    )


def _name_shaped(text: str, toks: list[tuple[int, int, str]], caps: list[bool], i: int,
                 j: int) -> bool:  # fmt: skip
    if not caps[j - 1]:
        return False
    # 'Jammu and Kashmir', 'Trinidad and Tobago': a name the gazetteer has whole may hold "and"
    if any(not caps[t] and toks[t][2] not in PARTICLES and toks[t][2] != "and"
           for t in range(i + 1, j - 1)):  # fmt: skip
        return False
    # "al-Bab", and "el Ain" / "al Arrub" with the article apart (not the English "at", "an")
    article = toks[i][2] == "al" and (
        text[toks[i][1] : toks[i][1] + 1] == "-" or text[toks[i][0] : toks[i][1]] in ("al", "el")
    )
    # "east Jerusalem": a lower-case direction word may open a name the gazetteer has whole
    direction = toks[i][2] in direction_keys() and j - i > 1
    if not caps[i] and not ((article or direction) and j - i > 1):
        return False  # only "al-Bab", "el Ain" and "east Jerusalem" may start lower-case
    k = i  # skip back over lower-case particles: "Ahrar al-Sham" continues "Ahrar"
    while (
        k > 0
        and not caps[k - 1]
        and toks[k - 1][2] in PARTICLES
        and adjacent(text, toks[k - 1][1], toks[k][0])
    ):
        k -= 1
    if k > 0 and caps[k - 1] and adjacent(text, toks[k - 1][1], toks[k][0]):
        prev = toks[k - 1][2]
        if prev == "al" and k == i:
            return True  # "Al Jawf" matched without its article: judged by its longer twin
        # inside a longer capitalised name (Hayat Tahrir al-Sham), unless a direction word
        return k == i and (prev in direction_keys() or _is_sentence_start(text, toks[k - 1][0]))
    return True


def _article_stop(gaz: Gazetteer, text: str, toks: list[tuple[int, int, str]], caps: list[bool],
                  i: int, key: str) -> bool:  # fmt: skip
    """'Jazeera' in 'Al Jazeera': the name with its article is a stop phrase, or a longer name
    the gazetteer lacks (a village of that name is no evidence: 'Al-Badri' is no Badri)."""
    if i == 0 or toks[i - 1][2] != "al" or not adjacent(text, toks[i - 1][1], toks[i][0]):
        return False
    return f"al {key}" in gaz.index.stop_keys or (
        caps[i - 1]
        and not any(not gaz.index.village[r] for r in gaz.index.rows(f"al {key}"))
        and not _is_sentence_start(text, toks[i - 1][0])
    )


def _facility_in_town(gaz: Gazetteer, text: str, s: _Span, focus: frozenset[str],
                      cues: dict[str, re.Pattern[str]]) -> bool:  # fmt: skip
    """'the al Nour square in Tripoli': X names a spot of the town after it. Not so when what
    follows is only a province ('the Kamed el Loz triangle in Bekaa'): the spot bears the name
    of the village it lies at."""
    m = cues["facility"].match(text[s.end : s.end + 80])  # the cue is anchored with ^
    if not m:
        return False
    name = re.match(
        r"[A-Z][\w'’\-]*(?:[ \-]+(?:al[ \-]+)?[A-Z][\w'’\-]*){0,2}", text[s.end + m.end() - 1 :]
    )
    rows = gaz.rank_rows(name_key(name.group())) if name else set()
    idx = gaz.index
    # no country named: the countries with a province of that name
    scope = focus or {idx.cc[r] for r in rows if idx.kind[r] == "admin1"}
    units = {idx.admin1[r] for r in rows if idx.kind[r] == "admin1" and idx.cc[r] in scope}
    if not units or any(idx.kind[r] in TOWN_LIKE and not idx.village[r] for r in rows
                        if idx.cc[r] in scope):  # fmt: skip
        return True
    spot = gaz.rank_rows(s.key) | set(idx.rows(skeleton_key(text[s.start : s.end]), skeleton=True))
    return not any(idx.admin1[r] in units for r in spot)  # a place called X lies there


def _is_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\n\"'“(—"


def find_places(gaz: Gazetteer, text: str, hint: str | None = None,
                home: str | None = None) -> list[PlaceMention]:  # fmt: skip
    """Place mentions of `text`; `hint` is the country it is about when known, `home` the home
    country of the outlet that published it (see `_focus`)."""
    toks = key_tokens(text)
    if not toks:
        return []
    idx, cues = gaz.index, _cues()
    focus, focus_main, by_actors = text_focus(gaz, text, toks, hint, home)
    spans = _spans(gaz, text, toks)
    # the head of a longer unknown name ('Qara' of 'Qara Tepe') proves nothing
    # every name counts as context, heads of unknown longer names too ('Tripoli' of
    # 'Tripoli-Beirut'), but not a part of a longer known one ('Mato' of 'Mato Grosso do Sul')
    whole = [s for s in spans if not any(o.start <= s.start and s.end <= o.end and o is not s
                                         for o in spans)]  # fmt: skip
    single = inferred_focus(gaz, [s.key for s in whole if not _continues(text, toks, s)],
                            [s.key for s in whole],
                            [s.key for s in whole if _route_pair(gaz, text, toks, s)],
                            {s.key: text[s.start : s.end] for s in whole})  # fmt: skip
    nested = nested_focus(gaz, text, [(s.start, s.end, s.key) for s in spans])
    if not focus_main and len(nested) == 1:
        focus_main = next(iter(nested))
    focus = focus | nested
    termed = any(t[2] in idx.term_keys for t in toks)
    if focus and not termed and not any(idx.cc[r] in focus and idx.kind[r] != "country"
                                        for s in whole for r in gaz.rank_rows(s.key)):  # fmt: skip
        # no name of the text lies in the countries it names: its towns with one reading name
        # the country ("protested in Mogilev ... against integration with Russia": Belarus),
        # unless a word for one country's units places it ("Barangays Pahug ..., Samar")
        focus |= single
    focus = focus or single
    parens = find_parens(gaz, text, focus)
    # the admin1 units the text names (as such, or by a town of the same name): a village must
    # lie in one of them, unless it is the only place of its name and the text names none
    unit_of = {id(s): frozenset(idx.admin1[r] for r in gaz.rank_rows(s.key)
                                if idx.kind[r] == "admin1") for s in spans}  # fmt: skip
    named = frozenset().union(*unit_of.values(), *(p.codes for p in parens))
    spans = [s for s in spans if not any(p.start <= s.start < p.end for p in parens)]
    paren_of = {id(s): paren_for(text, s.end, parens) for s in spans}
    # first pass: the admin1 of every confidently resolved name is context for the others
    contexts = {
        id(s): replace(_context(gaz, text, s, (focus, focus_main), paren_of[id(s)], cues),
                       about=focus | single, admin1_named=named, focus_by_actors=by_actors)
        for s in spans
    }  # fmt: skip
    first = {id(s): _ranked(gaz, s, contexts[id(s)])[:1] for s in spans}
    text_rows = [
        (s, r[0][1])
        for s in spans
        if (r := first[id(s)]) and r[0][0] >= 0.6 and idx.kind[r[0][1]] != "country"
        and not _bare_head(text, toks, s) and not _fragment(text, toks, s)
    ]  # fmt: skip
    text_admin1 = [(s, idx.admin1[r]) for s, r in text_rows]
    # where each name lies, when known: its parenthesis, else its confident reading
    owners = {o.start: frozenset({a}) for o, a in text_admin1}
    owners |= {s.start: p.codes for s in spans if (p := paren_of[id(s)]) and p.codes}
    seats = {o.start: r for o, r in text_rows if idx.kind[r] == "populated place"}
    found: list[tuple[float, _Span, PlaceMention]] = []
    for s in spans:
        after = text[s.end : s.end + 40]
        if cues["org"].match(after) or cues["actor"].match(after) or cues["street"].match(after):
            continue  # part of an organisation or actor name: "Aleppo Military Council"
        if cues["org_before"].search(text, max(0, s.start - 40), s.start):
            continue  # the end of one: "the Popular National Conference for Jerusalem"
        # "the Bar Elias-el Marj intersection": a hyphen joins two towns, not one longer name
        road = bool(cues["road"].match(after))
        if _bare_head(text, toks, s) or (_fragment(text, toks, s) and not road):
            continue
        # "the al Nour square in Tripoli": the square's name, not the event's place
        score_cut = FACILITY_CUT if _facility_in_town(gaz, text, s, focus, cues) else 0.0
        others = frozenset(a for o, a in text_admin1 if o is not s)
        # what supports a village: the towns of the text (other villages prove nothing: two
        # hamlets of a city's neighbourhood names may lie together in another province)
        towns = [r for o, r in text_rows if o is not s and not idx.village[r]]
        points = tuple((idx.lat[r], idx.lon[r]) for r in towns if idx.kind[r] != "admin1")
        ranked = _ranked(
            gaz,
            s,
            replace(
                contexts[id(s)],
                admin1_text=others,
                points=points,
                admin1_named=named | {idx.admin1[r] for r in towns},
            ),
        )
        paren = paren_of[id(s)]
        if paren and paren.admin2:
            ranked = [x for x in ranked if not idx.village[x[1]] or in_district(gaz, x[1], paren)]
        if _in_parens(text, s):  # 'Xakurke (Sidakan) region': the district of the name before
            ranked = [x for x in ranked if not idx.village[x[1]]]
        if district := _DISTRICT_OF_RE.match(text, s.end):  # 'Al Milh areas of Az Zahir district'
            ranked = [
                x
                for x in ranked
                if not idx.village[x[1]]
                or in_district(
                    gaz, x[1], Paren(frozenset({idx.admin1[x[1]]}), district.group(1), 0, 0)
                )
            ]
        if not ranked or ranked[0][0] < MIN_SCORE:
            continue
        if not paren:
            # what the text names beside the list the name is in ("Sanaa, Taiz and Zinjibar"
            # may span provinces: the list's own items are no evidence against each other)
            mates = {id(o) for o in spans if _list_mates(text, s, o)}
            units = frozenset().union(*(unit_of[id(o)] for o in spans if id(o) not in mates),
                                      *(p.codes for p in parens))  # fmt: skip
            far = [r for o, r in text_rows if id(o) not in mates and not idx.village[r]]
            if _stray(gaz, ranked[0][1], units, far):
                continue  # its weaker readings are no better: they lost to a far namesake
        score, row = ranked[0]
        if paren and idx.admin1[row] not in paren.codes:
            continue  # the text names other admin units beside it: a homonym; see from_parens
        if paren and idx.kind[row] == "admin1" and (unit := admin2_row(gaz, paren)) is not None:
            row = unit  # "Nihm front northeast of Sanaa (Nihm, Sanaa)": the note's district
        elif paren and (unit := _district_of_city(gaz, row, paren)) is not None:
            row = unit  # "in the city of Aden (Al Mansurah, Aden)": the city's district named
        listed = None if paren else list_paren_for(text, s.end, parens)
        if listed and listed.codes and idx.admin1[row] not in listed.codes:
            continue  # 'A, B and C camps (X, Y)': the list's admin units rule out B abroad
        if not paren and idx.kind[row] == "populated place":
            codes, plain = admin1_after(gaz, text, s.end, focus)
            if not codes and (tail := _LIST_TAIL_RE.match(text, s.end)):
                # "near Pisky and Opytne, Donetsk": the province after a list holds every item
                codes, plain = admin1_after(gaz, text, tail.end(), focus)
            if plain and idx.admin1[row] not in codes:
                continue  # "Tuzla, Istanbul" is not the Tuzla of Adana
            if (
                codes
                and idx.cc[row] not in {c.split(".")[0] for c in codes}
                and not beside(gaz, row, codes)
            ):
                continue  # "Al Karaa market in the north of Aden": not a Saudi Al Qarah
        if score_cut:  # weak beside the place it is in, so the event goes there
            score = min(score - score_cut, FACILITY_MAX)
        if (
            _container(text, s, cues)
            or cues["title"].match(after)
            or cues["route"].search(text, max(0, s.start - 60), s.start)
        ):  # a unit that holds the place, an official's area, the ends of a road
            score = min(score, FACILITY_MAX)
        if outside_town(gaz, text, s.end, row, owners, seats):
            continue  # "Ar Rubat area of Tuban (Lahij)": not a Rubat in another province
        # a road named after a town of the region is at the town ("the Palma bridge" is no Palma)
        road = road and idx.cc[row] in idx.core | focus
        # "the Shufat neighbourhood", "the Qalandia camp": a named unit, not a building
        unit = bool(cues["town_after"].match(after))
        if _continues(text, toks, s) and not road:
            if focus and idx.cc[row] not in focus and idx.kind[row] == "populated place":
                continue  # only the head of a longer name, abroad: 'Qara' of 'Qara Tepe'
            score -= 0.2  # the capitalised name goes on: "Damascus International Airport"
        if (
            idx.kind[row] == "populated place"
            and not (road or unit)
            and _THE_RE.search(text, max(0, s.start - 5), s.start)
        ):
            score -= 0.3  # "outside the Seray in Tripoli": a building or area, not a town
        if gaz.is_capital(row) and cues["metonymy"].match(after):
            score *= METONYMY_FACTOR  # "Damascus said": the government, not the place
        near = bool(cues["near_before"].search(text[max(0, s.start - 30): s.start])
                    or cues["near_after"].match(after))  # fmt: skip
        # "Baqim district": a district coded at its seat town is ACLED's geo_precision 2
        district = contexts[id(s)].cue == "admin" and idx.kind[row] == "populated place"
        precision = max(idx.precision[row], 2) if near or district else idx.precision[row]
        mention = gaz.mention(row, text[s.start : s.end], s.start, s.end, score, precision)
        if paren and paren.admin2:
            mention.admin2 = admin2_name(gaz, paren)
        found.append((score, s, mention))
    chosen = _non_overlapping(found)
    chosen += loose_places(gaz, text, toks, chosen, parens, focus)
    chosen += from_parens(gaz, text, toks, chosen, parens, focus_main)
    chosen += _demonyms(gaz, text, toks, chosen)
    return sorted(chosen, key=lambda m: m.start)


_LIST_GAP_RE = re.compile(r"(?:\s*(?:,|\band\b|&|\bor\b)\s*|\s+|[A-Z][\w'’-]*)*")


def _list_mates(text: str, s: _Span, o: _Span) -> bool:
    """`s` and `o` are the same name or items of one list of names ("Pisky and Opytne")."""
    a, b = (s, o) if s.start <= o.start else (o, s)
    gap = text[a.end : b.start]
    return a.end >= b.start or (len(gap) <= 80 and _LIST_GAP_RE.fullmatch(gap) is not None)


STRAY_KM = 150.0
STRAY_POP = 20_000


def _stray(gaz: Gazetteer, row: int, units: frozenset[str], towns: list[int]) -> bool:
    """ "near Pisky and Opytne, Donetsk": a small town of the name outside the provinces the text
    names, far from every town it names in them, is not the place meant (that one is missing from
    the gazetteer). Villages have their own rule (a village must lie in a named unit)."""
    idx = gaz.index
    if idx.kind[row] != "populated place" or idx.village[row] or not units:
        return False
    if idx.admin1[row] in units or idx.pop[row] >= STRAY_POP:
        return False
    points = [(idx.lat[r], idx.lon[r]) for r in towns
              if idx.admin1[r] in units and idx.kind[r] != "admin1"]  # fmt: skip
    lat, lon = idx.lat[row], idx.lon[row]
    return bool(points) and all(distance_km(lat, lon, la, lo) > STRAY_KM for la, lo in points)


def _demonyms(gaz: Gazetteer, text: str, toks: list[tuple[int, int, str]],
              chosen: list[PlaceMention]) -> list[PlaceMention]:  # fmt: skip
    """'Turkish', 'Iraqi' as weak country mentions: evidence of the theatre, and the place of
    a country-wide event ('the Turkish Government imposed a curfew') when nothing finer is said."""
    idx, out = gaz.index, []
    for start, end, key in toks:
        if key not in idx.demonym_keys or not text[start].isupper():
            continue
        if not _cues()["national"].match(text, end):
            continue  # "Turkish forces": who acted, not where
        if any(m.start < end and start < m.end for m in chosen):
            continue
        row = gaz.country_row(idx.country_keys[key])
        if row is not None:
            out.append(gaz.mention(row, text[start:end], start, end, DEMONYM_SCORE, precision=3))
    return out


def _ranked(gaz: Gazetteer, s: _Span, ctx: Context) -> list[tuple[float, int]]:
    ranked = gaz.rank(s.key, ctx)
    if s.key in gaz.index.country_keys:  # "Lebanon" is the country, not Lebanon, Tennessee
        ranked = [x for x in ranked if gaz.index.kind[x[1]] == "country"]
    return ranked


def _context(gaz: Gazetteer, text: str, s: _Span, focus_pair: tuple[frozenset[str], str],
             paren: Paren | None, cues: dict[str, re.Pattern[str]]) -> Context:  # fmt: skip
    focus, focus_main = focus_pair
    after, before = text[s.end : s.end + 30], text[max(0, s.start - 30) : s.start]
    cue = ""
    if cues["admin_after"].match(after) or _container(text, s, cues):
        cue = "admin"
    elif cues["town_before"].search(before) or cues["town_after"].match(after):
        cue = "town"
    if paren:
        if (
            cue == "admin"
            and paren.admin2
            and s.key != name_key(paren.admin2)
            and not any(gaz.index.kind[r] == "admin1" for r in gaz.index.rows(s.key))
        ):
            cue = ""  # "Dhirwah region (Mukayras, Al Bayda)": an area inside the district named
        return Context(focus=focus, focus_main=focus_main, admin1_near=paren.codes, cue=cue)
    near, _ = admin1_after(gaz, text, s.end, focus)
    if before.endswith(", "):  # "Dilovasi, Kocaeli": the province, not a Kocaeli town elsewhere
        near |= province_only(gaz, text[s.start : s.end], s.key, focus)
    return Context(focus=focus, focus_main=focus_main, admin1_near=frozenset(near), cue=cue)


CITY_DISTRICT_KM = 20.0  # a city's district seat lies this close to the city's own point


def _district_of_city(gaz: Gazetteer, row: int, paren: Paren) -> int | None:
    """The seat of the district a parenthesis names inside the city just named: a city spread
    over several districts is coded at the one the note gives."""
    idx = gaz.index
    if idx.kind[row] != "populated place" or not paren.admin2 or idx.cc[row] not in idx.core:
        return None  # districts are known (acled_admin2.tsv) only in the core countries
    unit = admin2_row(gaz, paren)
    if unit is None or unit == row or idx.kind[unit] != "populated place":
        return None
    if name_key(idx.names[row]) == name_key(paren.admin2):
        return None
    near = distance_km(idx.lat[row], idx.lon[row], idx.lat[unit], idx.lon[unit])
    return unit if 0 < near <= CITY_DISTRICT_KM and idx.pop[row] > idx.pop[unit] else None


def _in_parens(text: str, s: _Span) -> bool:
    """The name is the first part of a parenthesis that follows another name: 'X (Y)', 'X (Y, Z)'."""
    before = text[max(0, s.start - 3) : s.start].rstrip()
    return before.endswith("(") and ")" in text[s.end : s.end + 60]


def _container(text: str, s: _Span, cues: dict[str, re.Pattern[str]]) -> bool:
    """'the Aley town of Ain er Roummaneh': the name is the unit holding the place named next."""
    return bool(
        _THE_RE.search(text, max(0, s.start - 5), s.start)
        and cues["container"].match(text[s.end : s.end + 40])
    )


def _fragment(text: str, toks: list[tuple[int, int, str]], s: _Span) -> bool:
    """The name goes on through a particle into a capitalised word ('Kut e Abdollah', 'Ras al
    Mi'ah'): the span is only the first part of a longer name the gazetteer lacks."""
    j = s.j
    if j + 1 >= len(toks) or toks[j][2] not in PARTICLES:
        return False
    nxt = toks[j + 1][0]
    return (adjacent(text, s.end, toks[j][0]) and adjacent(text, toks[j][1], nxt)
            and text[nxt].isupper())  # fmt: skip


_ROUTE_JOIN = re.compile(r"\s?[-–—]\s?")


def _route_pair(gaz: Gazetteer, text: str, toks: list[tuple[int, int, str]], s: _Span) -> bool:
    """'the Kaduna-Abuja highway': the name goes on into another place's, one of a pair."""
    join = _ROUTE_JOIN.match(text, s.end)
    if join is None or s.j >= len(toks) or toks[s.j][0] != join.end():
        return False
    return bool(gaz.index.rows(toks[s.j][2]))


def _continues(text: str, toks: list[tuple[int, int, str]], s: _Span) -> bool:
    """The capitalised name goes on after the span, maybe through a particle ('Ein al Hilweh')."""
    j, end = s.j, s.end
    while j < len(toks) and toks[j][2] in PARTICLES and adjacent(text, end, toks[j][0]):
        j, end = j + 1, toks[j][1]
    if j >= len(toks):
        return False
    start = toks[j][0]
    return text[start].isupper() and adjacent(text, end, start)


def _non_overlapping(found: list[tuple[float, _Span, PlaceMention]]) -> list[PlaceMention]:
    """Longest spans first, then the higher score."""
    taken: list[tuple[int, int]] = []
    out = []
    for _, s, m in sorted(found, key=lambda f: (-(f[1].end - f[1].start), -f[0])):
        if any(s.start < b and a < s.end for a, b in taken):
            continue
        taken.append((s.start, s.end))
        out.append(m)
    return out
