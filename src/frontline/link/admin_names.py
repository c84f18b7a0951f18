"""The English conventional name of a first-order admin unit, as ACLED writes admin1.

GeoNames names a unit in its own language ('Ţarābulus', 'Attikí', 'Minskaja voblasć',
'Veracruz de Ignacio de la Llave'); ACLED, like GADM, writes the short English form (Tripoli,
Attica, Minsk, Veracruz). The unit's alternate names usually carry that form, among spellings in
other scripts and languages and long official styles ('Estado Libre y Soberano de ...'), with
nothing to say which is English. Three signs do: a word-prefix of the official name is its short
form; an alternate name with an English unit word ('Split-Dalmatia County') is English; a name in
letters English does not use, with one Latin-script alternate ('Attikí' / 'Attica'), has that as
its English form. Units of the reviewed ACLED table (acled_admin1.tsv) keep its spelling.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from frontline.link.translit import ascii_fold, name_key, skeleton_key, strip_article

_ENGLISH_UNITS = (
    r"district|region|province|oblast|county|governorate|municipality|prefecture|department|"
    r"state|voivodeship|division|territory|autonomous region|rayon"
)
_ENGLISH_SUFFIX_RE = re.compile(rf"\s+(?:{_ENGLISH_UNITS})$", re.IGNORECASE)
_ENGLISH_PREFIX_RE = re.compile(
    rf"^(?:autonomous\s+)?(?:{_ENGLISH_UNITS}|city|emirate) of\s+", re.I
)
_MORE_ENGLISH = 1.0  # Zipf: ten times as often written in English
_COMMON_WORD = 4.5  # Zipf frequency of an everyday English word ('Federal' of 'Federal District')
_ANY_PREFIX_RE = re.compile(r"^(?:estado|land|misto|horad|grad)\s+(?:(?:de|do|da|del)\s+)?", re.I)
_STYLE_RE = re.compile(r" (?:de|del|do|da|di|y|e) ", re.IGNORECASE)  # ' de Ocampo'
_ANY_SUFFIX_RE = re.compile(
    r"\s+(?:rayonu|oblysy|oblisi|okrug|zupanija|sheng|shi|viloyati|muhafazasi|marz)$", re.I
)

_LOWER_UNIT_RE = re.compile(rf"\s+(?:{_ENGLISH_UNITS}|kray|avtonomnyy okrug|avtonomnaya oblast)'?$")


def _is_latin(text: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in text if c.isalpha())


def _is_name(text: str) -> bool:
    """A capitalised name, not an abbreviation ('FCT') or a transliteration with marks."""
    return (
        sum(c.isalpha() for c in text) >= 3
        and text[0].isupper()
        and not text.isupper()
        and all(c.isalpha() or c in " '-." for c in text)
    )


def _bare(alias: str) -> tuple[str, bool]:
    """The name without its unit words, and whether an English unit word was there."""
    text = alias.strip()
    english = bool(_ENGLISH_SUFFIX_RE.search(text) or _ENGLISH_PREFIX_RE.match(text))
    text = _ENGLISH_PREFIX_RE.sub("", _ENGLISH_SUFFIX_RE.sub("", text))
    text = _ANY_PREFIX_RE.sub("", _ANY_SUFFIX_RE.sub("", ascii_fold(text)))
    return text.strip().rstrip("'"), english


def _own_style(folded: str) -> str:
    """The name without an own-language unit word; English unit words stay ('Free State',
    'Central Province'), unless written lower-case as a romanization writes them ('oblast')."""
    text = _ANY_PREFIX_RE.sub("", _ANY_SUFFIX_RE.sub("", folded))
    return _LOWER_UNIT_RE.sub("", text).strip()


def _same_key(a: str, b: str) -> bool:
    return strip_article(name_key(a)) == strip_article(name_key(b))


def _same_name(a: str, b: str) -> bool:
    a, b = strip_article(name_key(a)), strip_article(name_key(b))
    return a == b or skeleton_key(a) == skeleton_key(b)


def _more_english(stem: str, bare: list[tuple[str, bool, bool]],
                  english: Callable[[str], float]) -> str | None:  # fmt: skip
    """Another spelling of the same name (as many words) that English writes far more often:
    Tirana (Tiranë), Yerevan (Erevan), Chittagong (Chattogram), the older forms ACLED keeps."""
    n = len(stem.split())
    common = [
        b for b, _, ascii in bare
        if ascii and b != stem and len(b.split()) == n and _same_name(b, stem)
        and english(b) >= english(stem) + _MORE_ENGLISH
    ]  # fmt: skip
    return max(common, key=lambda b: (english(b), -len(b), b)) if common else None


def conventional_name(name: str, aliases: list[str],
                      english: Callable[[str], float] | None = None) -> str:  # fmt: skip
    """'Veracruz de Ignacio de la Llave' + ['Veracruz', ...] -> 'Veracruz'; 'Ţarābulus' +
    ['Tripoli', 'طرابلس'] -> 'Tripoli'. A name already in English letters only gives way to its
    short form ('Rio Grande do Norte' keeps its name, not its Italian alias 'Rio Grande del
    Nord'). `english`: how often a name is written in English text (Zipf scale), which tells an
    exonym (Tripoli, Attica) from another language's spelling (Uzbek 'Taxor' for Takhār)."""
    folded = ascii_fold(name)
    # a name written with its unit word ('Kharkivska oblast', 'Zhambyl oblysy', 'Horad Minsk') is
    # an own-language style: the name is what is left, or an English alternate of it
    own = _own_style(folded)
    styled = own != folded and _is_name(own)
    bare = [(*_bare(a), a.isascii()) for a in aliases if _is_latin(a)]
    bare = [(b, unit, ascii) for b, unit, ascii in bare if _is_name(b)]

    if english and (common := _more_english(own if styled else folded, bare, english)):
        return common

    def words(text: str) -> str:
        return " " + " ".join(re.split(r"[\s\-]+", text.lower())) + " "

    # a longer style of the name itself is not another name ('Querétaro de Arteaga', 'Provincia
    # de Los Ríos', 'Iz-Żejtun')
    stem = own if styled else folded
    forms = sorted({b for b, _, _ in bare if words(stem) not in words(b) or b == stem},
                   key=lambda b: (len(b), b))  # fmt: skip
    # the short form of an official style: Michoacán (de Ocampo), Coahuila (de Zaragoza)
    short = [f for f in forms if folded.startswith(f) and _STYLE_RE.match(folded[len(f) :])]
    if folded == name and not styled:
        return short[0] if short else folded
    # another spelling of the same name is not another name: GeoNames' own spelling stands
    # (Al Jabal al Gharbī, not 'Jabal al Gharbi District'; Kandahār, not Uzbek 'Qandahor')
    # ... unless English writes it so with its unit word: Paktia (Province), not Paktiyā
    spellings = {f for f in forms if _same_name(f, name) and not _same_key(f, name)}
    forms = [f for f in forms if not _same_name(f, name)]

    def with_unit(names: list[str] | set[str]) -> str | None:
        """'Split-Dalmatia County': the most often written, then the shortest."""
        counts = Counter(b for b, unit, _ in bare if unit and b in names
                         and not (english and english(b) >= _COMMON_WORD))  # fmt: skip
        return min(counts, key=lambda b: (-counts[b], len(b), b)) if counts else None

    if found := with_unit(forms) or with_unit(spellings):
        return found
    if short:
        return short[0]
    # one other name in plain English letters, more often written in English than GeoNames'
    # romanization: Attikí -> Attica, Ţarābulus -> Tripoli (but Falcón, not 'Coro')
    others = {b for b, _, ascii in bare if ascii and b in forms}
    if english and len(others) == 1:
        other = others.pop()
        if english(other) > english(folded):
            return other
    return stem
