"""Transliteration-robust keys for Arabic, Persian, Kurdish and Turkish place names in Latin script.

News, ACLED and GeoNames spell the same place many ways (Idlib/Idleb, Deir ez-Zor/Dayr az Zawr,
Jisr ash-Shughur/Jisr al Shughur). `name_key` folds the common variation (diacritics, ayn/hamza
marks, sun-letter articles, vowel and digraph spellings) into one key; `skeleton_key` keeps only
the consonants for a looser second-tier lookup whose collisions (Duma/Damascus) must be ranked.
Keys are built token by token, so a text's key stream lines up with its tokens (see `key_tokens`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from unidecode import unidecode

# Apostrophe-like marks that stand for ayn/hamza (or are just apostrophes): dropped.
_MARKS = "'`\u2018\u2019\u02bb\u02bc\u02be\u02bf\u00b4\u2032\u02b9"
_MARK_RE = re.compile(f"[{_MARKS}]")
# Letters unidecode folds unlike English: Azerbaijani schwa is romanized "a" (Tərtər -> Tartar,
# Gədəbəy -> Gadabay); unidecode writes "@".
_LETTER_FOLDS = str.maketrans({"\u0259": "a", "\u018f": "A"})
# Sun-letter (and French/Turkish-style) spellings of the Arabic article "al-".
ARTICLES = frozenset(
    [
        "al",
        "el",
        "il",
        "ul",
        "ad",
        "adh",
        "ed",
        "ar",
        "er",
        "as",
        "es",
        "ash",
        "esh",
        "ach",
        "ech",
        "at",
        "et",
        "ath",
        "az",
        "ez",
        "an",
        "en",
    ]
)
# A word in Latin or Arabic script, keeping inner ayn/hamza marks (Dar'a, Ma‘arrat).
TOKEN_RE = re.compile(rf"[^\W\d_](?:[^\W_]|[{_MARKS}](?=[^\W\d_]))*")
_ARABIC_RE = re.compile("[\u0600-\u06ff]")
_TASHKEEL_RE = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و"})

# Ordered digraph/vowel folds applied to a lower-case ASCII token.
_FOLDS: tuple[tuple[str, str], ...] = (
    ("ch", "sh"),  # French transcription: Chouf, Cheikh
    ("dj", "j"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ei", "ay"),
    ("ey", "ay"),
    ("ai", "ay"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
    ("q", "k"),
    ("ck", "k"),
    ("e", "i"),
    ("o", "u"),
)
# Whole words that name-part spellings fold to after the letter folds: Tell/Tall/Tel (hill),
# Jebel/Jabal (mountain), Kfar/Kafr (village), Khirbet/Khirbat (ruin), Qaryat/Qarya (village).
_WORD_FOLDS = {"til": "tal", "jibil": "jabal", "kfar": "kafr", "kafar": "kafr", "kifr": "kafr",
               "kirbit": "kirbat", "karyat": "karya"}  # fmt: skip
_FINAL_RE = re.compile(r"[aiu]h?$")
_DOUBLE_RE = re.compile(r"([a-z])\1+")
_VOWELS_RE = re.compile(r"[aeiouyw]")


def is_arabic(text: str) -> bool:
    return bool(_ARABIC_RE.search(text))


def _arabic_key(text: str) -> str:
    text = _TASHKEEL_RE.sub("", unicodedata.normalize("NFC", text)).translate(_ARABIC_FOLD)
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in text.split()]
    return " ".join(words)


def ascii_fold(text: str) -> str:
    """Latin-script ASCII form of a name: 'Tərtər' -> 'Tartar', 'Ţarābulus' -> 'Tarabulus'."""
    return unidecode(text.translate(_LETTER_FOLDS))


@functools.lru_cache(maxsize=300_000)
def token_key(token: str) -> str:
    """The key of one word; articles become "al", a possessive 's is dropped."""
    tok = ascii_fold(token).lower()
    tok = _MARK_RE.sub("", tok)
    tok = re.sub(r"[^a-z]", "", tok)
    if not tok:
        return ""
    if tok in ARTICLES:
        return "al"
    for old, new in _FOLDS:
        tok = tok.replace(old, new)
    tok = _DOUBLE_RE.sub(r"\1", tok)
    if len(tok) > 3:
        tok = _FINAL_RE.sub("a", tok)  # Raqqah/Raqqa, Hasakeh/Hasaka, Hama/Hamah
    return _WORD_FOLDS.get(tok, tok)


def _split_words(text: str) -> list[str]:
    words = []
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        # Aleppo's; not a two-letter stem: "Ra's" (Arabic ra's, a headland) is a word, not a
        # possessive (Ra's al 'Ayn is Ras al-Ain)
        if len(word) > 4 and word[-1] in "sS" and word[-2] in _MARKS:
            word = word[:-2]
        # "Al-Bab" written solid as "Albab" is rare; "Jisrash" never: keep words as they are
        words.append(word)
    return words


def name_key(text: str) -> str:
    """Normalised key of a name: 'Jisr ash-Shughūr' -> 'jisr al sugur'; Arabic script kept."""
    if is_arabic(text):
        return _arabic_key(text)
    keys = [token_key(w) for w in _split_words(text)]
    return " ".join(k for k in keys if k)


def strip_article(key: str) -> str:
    """'al raka' -> 'raka' (the article-less form writers also use)."""
    return key[3:] if key.startswith("al ") else key


# Arabic letters English writers confuse: dhal/tha (Dhiban, Thiban), ghain/kha (Aghtrin, Akhtarin);
# kh/gh become Kurdish and Turkish 'x' (Xakurke), apart from the k that q folds to
_SKELETON_DIGRAPHS = re.compile(r"([dDgGkK])[hH]")
_SKELETON_LETTER = {"d": "t", "g": "x", "k": "x"}


def skeleton_key(text: str) -> str:
    """Consonant skeleton without articles or spaces: 'Deir ez-Zor' -> 'drzr'; 'dh' is 't' and
    'gh', 'kh' are 'x' in it."""
    if is_arabic(text):
        return name_key(text).replace(" ", "")
    key = name_key(_SKELETON_DIGRAPHS.sub(lambda m: _SKELETON_LETTER[m.group(1).lower()], text))
    parts = [t for t in key.split(" ") if t != "al"]
    return "".join(
        p[0] + _VOWELS_RE.sub("", p[1:]) if p[0] in "aeiu" else _VOWELS_RE.sub("", p)
        for p in parts
        if p
    )


def key_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token key) for every word of `text`, offsets into `text`."""
    out = []
    for m in TOKEN_RE.finditer(text):
        start, end = m.span()
        word = m.group()
        if len(word) > 2 and word[-1] in "sS" and word[-2] in _MARKS:
            end -= 2
            word = word[:-2]
        key = token_key(word)
        if key:
            out.append((start, end, key))
    return out
