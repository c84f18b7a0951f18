"""Names the gazetteer lacks in this spelling, beside the admin1 they lie in: 'Sfuhen in Idleb' is
the village WOF spells Safuhun, 'Mukeshefah in Saladin province' is Mukayshifah.

Only a name written next to its admin1 (or in a note's parenthesis, within its district), and
not the name of a place of that admin1 as written, is looked up by its consonant skeleton, and
only among the places of that admin1 ('Ftireh in Idleb' is Fatirah there, not a Greek Fteri); it
is placed when every candidate is one place (records within `SAME_PLACE_KM`), else the name stays
unknown.
"""

from __future__ import annotations

from frontline.link.gazetteer import distance_km
from frontline.link.geo_admin import (
    Paren,
    adjacent,
    admin1_after,
    admin2_name,
    in_district,
    paren_for,
)
from frontline.link.places import Gazetteer
from frontline.link.translit import skeleton_key
from frontline.model import PlaceMention

LOOSE_SCORE = 0.6  # above a weak match, below an exact one beside its admin1
SAME_PLACE_KM = 3.0
MIN_SKELETON = 3  # two-letter skeletons would collide with half a province
# lower-case words inside a name as written ('at', 'as', 'an' are English words too)
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bani", "beni", "bu", "um", "umm", "abu"})


def _runs(text: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Token ranges of capitalised names (particles inside), at most three words."""
    out, n = [], 0
    while n < len(toks):
        if not text[toks[n][0]].isupper():
            n += 1
            continue
        m = n + 1
        while (
            m < len(toks)
            and m - n < 3
            and adjacent(text, toks[m - 1][1], toks[m][0])
            and (text[toks[m][0]].isupper() or text[toks[m][0] : toks[m][1]] in _NAME_PARTICLES)
        ):
            m += 1
        while m > n + 1 and not text[toks[m - 1][0]].isupper():
            m -= 1
        out.append((n, m))
        n = m
    return out


def loose_places(gaz: Gazetteer, text: str, toks: list[tuple[int, int, str]],
                 chosen: list[PlaceMention], parens: list[Paren],
                 focus: frozenset[str]) -> list[PlaceMention]:  # fmt: skip
    idx, out = gaz.index, []
    for n, m in _runs(text, toks):
        start, end = toks[n][0], toks[m - 1][1]
        if any(p.start < end and start < p.end for p in chosen):
            continue
        before = text[:start].rstrip()
        if not before or before[-1] in '.!?:;\n"“(':
            continue  # a sentence's first word is capitalised whatever it is
        key = " ".join(t[2] for t in toks[n:m])
        if any(t[2] in idx.stop_keys or t[2] in idx.focus_keys for t in toks[n:m]):
            continue
        sk = skeleton_key(text[start:end])
        if len(sk) < MIN_SKELETON:
            continue
        paren = paren_for(text, end, parens)
        codes = paren.codes if paren else admin1_after(gaz, text, end, focus)[0]
        if not codes:
            continue
        if key in idx.keys and any(idx.admin1[r] in codes for r in gaz.rank_rows(key)):
            continue  # the name as written is a place of that admin1: not ours to respell
        rows = [
            r
            for r in idx.rows(sk, skeleton=True)
            if idx.admin1[r] in codes
            and idx.kind[r] == "populated place"
            and (paren is None or in_district(gaz, r, paren))
        ]
        if not rows or any(
            distance_km(idx.lat[r], idx.lon[r], idx.lat[rows[0]], idx.lon[rows[0]]) > SAME_PLACE_KM
            for r in rows
        ):
            continue
        row = min(rows, key=lambda r: (idx.village[r], -idx.pop[r], r))
        mention = gaz.mention(row, text[start:end], start, end, LOOSE_SCORE, precision=1)
        if paren and paren.admin2:
            mention.admin2 = admin2_name(gaz, paren)
        out.append(mention)
    return out
