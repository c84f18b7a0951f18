"""Lists of places a sentence reports an event at: "on the Sirwah (Marib), Nihm (Sanaa), and Al Jawf
frontlines" (events/split_places.py makes one event of each).

A frame's place is one item of a list when the sentence joins it to other places by commas and a
conjunction, each item maybe followed by its admin qualifier in brackets and a word such as
"front" or "governorates" (data/lexicons/place_lists.yaml). Not a list: "between A and B", where
fire or people came from ("from A, B and C"), an "A-B road", a place inside another place's
bracketed qualifier, a place that is only the admin unit of another item, one area ("A and B
combined"), where a participant once was (a relative clause apart from the trigger), and places
of other sentences. A name the gazetteer does not know stands for its item through what it is
said to be in ("Zap (Amadiya)", "Haftanin regions of Dahuk"): the known place is then only near
the event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from frontline.events.context import ArticleContext
from frontline.events.frames import Frame
from frontline.events.lexicon import place_list_words
from frontline.events.when_where import MIN_PLACE_SCORE, is_origin
from frontline.link.translit import name_key, skeleton_key
from frontline.model import PlaceMention
from frontline.nlp.figures import sentence_spans
from frontline.nlp.numbers import alternation

PLACE_INFERRED = "place inferred from the article"  # set by when_where.choose_place
_UNIT_KINDS = ("admin1", "admin2", "district")
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]*)*"  # "Khabb wa ash Shaaf", "Zap"


@dataclass(frozen=True)
class _Lexicon:
    gap: re.Pattern[str]  # the whole text between two items of one list
    near_before: re.Pattern[str]  # the text before an item that makes it a stand-in
    trailing_nouns: re.Pattern[str]
    unit_joint: re.Pattern[str]  # ", " or " in " between a place and the unit it lies in
    province_after: re.Pattern[str]  # "Taizz governorate": the item is the province
    not_a_list_before: re.Pattern[str]
    not_a_list_after: re.Pattern[str]


@cache
def lexicon() -> _Lexicon:
    """The patterns built from data/lexicons/place_lists.yaml."""
    raw = place_list_words()
    nouns = f"(?i:{alternation(raw['item_nouns'])})"
    seps = "|".join(
        r"\s*" + re.escape(s.strip()).replace(r"\ ", r"\s+") + r"\s*"
        if s.strip()[0] in ",;"
        else r"\s+" + re.escape(s).replace(r"\ ", r"\s+") + r"\s+"
        for s in sorted(raw["separators"], key=len, reverse=True)
    )
    preps = f"(?i:{alternation(raw['item_prepositions'])})"
    dirs = f"(?i:{alternation(raw['item_directions'])})"
    quantifiers = alternation(raw["item_quantifiers"])
    vague = rf"(?i:{quantifiers})\s+(?i:{alternation(raw['item_parts'])})\s+(?:in|of)\s+"
    qualifier = r"(?:\s*\([^()]*\))?"
    near = (
        rf"(?:{dirs}\s+(?:(?i:part)\s+)?of\s+|{_NAME}\s*[\[(]|{_NAME}{qualifier}\s+{nouns}\s+of\s+)"
    )
    unit_preps = f"(?i:{alternation(raw['unit_prepositions'])})"
    joint = rf"(?:\s*,|\s+(?P<prep>{unit_preps}))\s+(?:(?i:the)\s+)?"
    # Between two items: the end of a bracket the first sits in ("Salim [Al Fajir]"), its
    # qualifier and kind ("front (Al Qabbaytah, Lahij)"), a separator, then what may open the next
    # item: a preposition and "the", a vague part ("various locations in"), "the fronts of", or
    # words that make it a stand-in ("east of", "Zap (", "Haftanin regions of").
    gap = (
        rf"^[\])]?{qualifier}(?:\s+{nouns})?{qualifier}(?:{seps})"
        rf"(?:{preps}\s+)?(?:(?i:the)\s+)?(?:{vague}(?:(?i:the)\s+)?)?"
        rf"(?:{nouns}\s+of\s+(?:(?i:the)\s+)?)?{near}?$"
    )
    return _Lexicon(
        gap=re.compile(gap),
        near_before=re.compile(rf"{near}$"),
        trailing_nouns=re.compile(rf"(?:\s+{nouns})+$"),
        unit_joint=re.compile(joint),
        province_after=re.compile(
            rf"[\])]?{qualifier}\s+(?i:(?P<noun>{alternation(raw['province_nouns'])}))\b"
        ),
        not_a_list_before=re.compile("|".join(raw["not_a_list_before"]), re.I),
        not_a_list_after=re.compile("|".join(raw["not_a_list_after"]), re.I),
    )


@dataclass(frozen=True)
class ListedPlace:
    place: PlaceMention
    near: bool  # the known place stands for an unlisted one beside or around it
    province: bool = False  # called a governorate or province: known to that level only

    @property
    def geo_precision(self) -> int:
        floor = 3 if self.province else 2 if self.near else 1
        return max(self.place.geo_precision, floor)


def listed_places(ctx: ArticleContext, frame: Frame) -> list[ListedPlace]:
    """The places of the list the frame's place belongs to, or [] when it is in no list."""
    place = frame.place
    if not isinstance(place, PlaceMention) or PLACE_INFERRED in frame.flags:
        return []
    # the sentence by full stops: a parser may cut one at ACLED's "Salim [Al Fajir]"
    lo, hi = next(
        ((a, b) for a, b in sentence_spans(ctx.text) if a <= frame.trigger[0] < b), (0, 0)
    )
    if not lo <= place.start < hi:
        return []  # placed from another sentence: nothing is listed here
    text = ctx.text
    known = [p for p in ctx.places if lo <= p.start and p.end <= hi]
    pool = [
        p
        for p in sorted(known, key=lambda p: p.start)
        if p.score >= MIN_PLACE_SCORE
        and p.feature != "country"
        and not is_origin(text, p)
        and not _hyphen_joined(text, p)
        and not _is_qualifier(text, lo, p, known)
    ]
    pool, ends = _without_units_written_after(text, pool)
    chain = _chain(text, pool, place, ends)
    if len(chain) < 2 or not _stands_alone(ctx, frame, chain, lo):
        return []
    listed = [
        ListedPlace(
            p, bool(lexicon().near_before.search(text, lo, p.start)), _province(text, p, chain)
        )
        for p in chain
    ]
    # a stand-in is an item of its own even when it names the unit of another ("Haftanin regions
    # of Dahuk" beside "Zap (Amadiya)")
    listed = [i for i in listed if i.near or not _unit_of_another(text, i.place, chain)]
    seen: set[str] = set()
    items: list[ListedPlace] = []
    for item in listed:
        if item.place.key not in seen:
            seen.add(item.place.key)
            items.append(item)
    return items if len(items) > 1 else []


def _without_units_written_after(
    text: str, pool: list[PlaceMention]
) -> tuple[list[PlaceMention], dict[int, int]]:
    """ "Saraqib in Idlib and Atarib in Aleppo", "Kafr Nabl, Idlib": a unit written right after a
    place it contains says where that place is. Returns the places left and, by index, where a
    place's words end when its unit follows it."""
    out: list[PlaceMention] = []
    ends: dict[int, int] = {}
    for p in pool:
        start = ends.get(len(out) - 1, out[-1].end) if out else 0
        joint = lexicon().unit_joint.fullmatch(text, start, p.start) if out else None
        levels = ("admin1", "admin2") if joint and joint["prep"] else ("admin1",)
        if joint and any(_contains(p, out[-1], level) for level in levels):
            ends[len(out) - 1] = p.end
            continue
        out.append(p)
    return out, ends


def _contains(unit: PlaceMention, place: PlaceMention, level: str) -> bool:
    """`unit` is (or is the town named as) the admin unit `place` lies in, at `level`."""
    name = getattr(unit, level)
    if not name or getattr(place, level) != name:
        return False
    kinds = ("admin1",) if level == "admin1" else ("admin2", "district")
    return unit.feature in kinds or skeleton_key(unit.name) == skeleton_key(name)


def _chain(
    text: str, pool: list[PlaceMention], place: PlaceMention, ends: dict[int, int]
) -> list[PlaceMention]:
    """The run of places around `place` joined by list gaps; a list needs a conjunction ("A, B"
    alone is a place and its province)."""
    at = next((i for i, p in enumerate(pool) if p is place), None)
    if at is None:
        return []
    gap = lexicon().gap

    def between(i: int) -> str:  # the text from item i (and its unit) to item i + 1
        return text[ends.get(i, pool[i].end) : pool[i + 1].start]

    first = last = at
    while first > 0 and gap.match(between(first - 1)):
        first -= 1
    while last + 1 < len(pool) and gap.match(between(last)):
        last += 1
    chain = pool[first : last + 1]
    gaps = [between(i) for i in range(first, last)]
    if not any(re.search(r"\b(?:and|as well as)\b", g) for g in gaps):
        return []
    return chain


def _stands_alone(ctx: ArticleContext, frame: Frame, chain: list[PlaceMention], lo: int) -> bool:
    """The list is where the event happened: not the ends of a line ("between A and B"), not one
    area ("A and B combined"), not where a participant once was ("demonstrators who had been
    arrested for protests in A, B and C were tortured")."""
    lex = lexicon()
    if lex.not_a_list_before.search(ctx.text, lo, chain[0].start):
        return False
    if lex.not_a_list_after.search(ctx.text[chain[-1].end : chain[-1].end + 30]):
        return False
    return not _in_relative_clause_apart(ctx, chain[0], frame.trigger)


def _in_relative_clause_apart(
    ctx: ArticleContext, p: PlaceMention, trigger: tuple[int, int]
) -> bool:
    span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span.root.ancestors:
        if tok.dep_ == "relcl":
            sub = list(tok.subtree)
            return not sub[0].idx <= trigger[0] < sub[-1].idx + len(sub[-1])
    return False


def _province(text: str, p: PlaceMention, chain: list[PlaceMention]) -> bool:
    """Called a governorate or province, by its own noun or by a plural after the list."""
    after = lexicon().province_after
    if after.match(text, p.end) or after.search(" " + p.text.split()[-1]):
        return True
    end = chain[-1]  # its mention may hold the noun: "Ad Dali governorates"
    last = after.match(text, end.end) or after.search(" " + end.text.split()[-1])
    return bool(last and last["noun"].lower().endswith("s"))


def _hyphen_joined(text: str, p: PlaceMention) -> bool:
    """ "the Marib-Sanaa road": a place named as one end of something else."""
    return text[p.start - 1 : p.start] == "-" or text[p.end : p.end + 1] == "-"


def _is_qualifier(text: str, lo: int, p: PlaceMention, known: list[PlaceMention]) -> bool:
    """A place in brackets right after another place ("Sirwah (Marib)") is that place's admin
    unit; after a name the gazetteer does not know ("Zap (Amadiya)") it stands for that name."""
    opened = _open_bracket(text, lo, p.start)
    if opened is None or text[opened] == "[":
        return False  # ACLED's "Salim [Al Fajir]": the bracket names where it was coded
    before = text[lo:opened].rstrip()
    nouns = lexicon().trailing_nouns.search(before)
    head_end = lo + (nouns.start() if nouns else len(before))
    if any(q.end == head_end for q in known):
        return True
    return not re.search(r"(?-i:[A-Z])[\w'’-]*$", text[lo:head_end])


def _open_bracket(text: str, lo: int, at: int) -> int | None:
    """Where the bracket enclosing offset `at` opens (within the sentence), if any."""
    depth = 0
    for i in range(at - 1, lo - 1, -1):
        ch = text[i]
        if ch in ")]":
            depth += 1
        elif ch in "([":
            if depth == 0:
                return i
            depth -= 1
    return None


def _unit_of_another(text: str, p: PlaceMention, chain: list[PlaceMention]) -> bool:
    """ "Sirwah and Marib governorate": Marib only says where Sirwah is."""
    level = _unit_level(text, p)
    if level is None:
        return False
    return any(q is not p and getattr(q, level) == getattr(p, level) for q in chain)


def _unit_level(text: str, p: PlaceMention) -> str | None:
    if p.feature == "admin1":
        return "admin1"
    if p.feature in _UNIT_KINDS:
        return "admin2"
    # a town named as its province counts as the province when called so: "Marib governorate"
    called = lexicon().province_after.match(text, p.end)
    if called and p.admin1 and name_key(p.admin1) == name_key(p.name):
        return "admin1"
    return None
