"""Counts written in news and ACLED notes: "1,200", "twenty-three", "dozens", "more than 400".

The words and their values live in data/lexicons/figures.yaml (section `numbers`), with the ACLED rule
behind each vague number. `COUNT_PATTERN` finds count phrases in text; `parse_count` reads one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from frontline.errors import KnowledgeError


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    approximate: bool = False  # "about 30", "dozens", "between 43 and 52"
    lower_bound: bool = False  # "more than 400", "at least 70": the truth may be higher


@cache
def figures_lexicon() -> dict[str, Any]:
    """The reviewed lexicon shared by numbers and figures."""
    path = resources.files("frontline") / "data" / "lexicons" / "figures.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read {path}: {exc}", hint="check the YAML syntax") from exc
    if not isinstance(data, dict) or "numbers" not in data or "figures" not in data:
        raise KnowledgeError(f"{path} lacks the 'numbers' or 'figures' section")
    return data


def alternation(words: list[str] | dict[str, Any], keep_case: bool = False) -> str:
    """A regex matching any of `words`, as a trie ("kill(?:ed|ing)?") so the engine prunes by
    letter; the longest word wins where several match ("more than" over "more"). A space matches
    any run of whitespace."""
    trie: dict[str, Any] = {}
    for word in {w if keep_case else w.lower() for w in words}:
        node = trie
        for ch in word:
            node = node.setdefault(r"\s+" if ch == " " else re.escape(ch), {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [key + build(child) for key, child in sorted(node.items()) if key]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@cache
def _grammar() -> dict[str, Any]:
    lex = figures_lexicon()["numbers"]
    words = {**lex["units"], **lex["tens"], **lex["multipliers"]}
    word = rf"(?:{alternation(words)})"
    word_number = rf"{word}(?:(?:\s+|-)(?:and\s+)?{word})*"
    digits = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?"
    number = rf"(?:{digits}|{word_number})"
    # "5-10" only for digits: "twenty-three" is one number
    dash = rf"(?:{digits})\s*[-–]\s*(?:{digits})"
    rng = rf"(?:between\s+{number}\s+and\s+{number}|{number}\s+(?:to|or)\s+{number}|{dash})"
    phrases = {**lex["exact_phrases"], **lex["vague"]}
    qualifier = alternation(lex["lower_bound"] + lex["approximate"])
    core = rf"(?:{rng}|{alternation(phrases)}|{number})"
    pattern = rf"\b(?:(?:{qualifier})\s+)?{core}\b(?![.,]\d)"  # not "12" of "12.7mm"
    return {
        "pattern": pattern,
        "number": re.compile(rf"^(?:{number})$", re.I),
        "range": re.compile(
            rf"^(?:between\s+(?P<a>{number})\s+and\s+{number}|(?P<b>{number})\s+(?:to|or)\s+{number}"
            rf"|(?P<c>{digits})\s*[-–]\s*(?:{digits}))$",
            re.I,
        ),
        "qualifier": re.compile(rf"^(?P<q>{qualifier})\s+(?P<rest>.+)$", re.I),
        "words": {k.lower(): v for k, v in words.items()},
        "multipliers": {k.lower() for k in lex["multipliers"]},
        "phrases": {re.sub(r"\s+", " ", k.lower()): v for k, v in phrases.items()},
        "vague": {re.sub(r"\s+", " ", k.lower()) for k in lex["vague"]},
        "lower_bound": {q.lower() for q in lex["lower_bound"]},
    }


def count_pattern() -> str:
    """Regex source matching one count phrase (qualifier, range, vague word, digits or words)."""
    return _grammar()["pattern"]


def _number_value(text: str) -> int | None:
    """Digits or number words ("1,200", "2.5 million", "two hundred and fifty")."""
    text = text.strip().lower()
    g = _grammar()
    if re.fullmatch(r"[\d,.]+(?:\s+(?:million|thousand))?", text):
        num, _, mult = text.partition(" ")
        try:
            value = float(num.replace(",", ""))
        except ValueError:
            return None
        return int(value * (1_000_000 if mult == "million" else 1000 if mult else 1))
    total = current = 0
    for token in re.split(r"[\s-]+", text):
        if token == "and":
            continue
        if token not in g["words"]:
            return None
        value = g["words"][token]
        if token in g["multipliers"]:
            current = max(current, 1) * value
            if value >= 1000:  # "two thousand three hundred": close the thousands group
                total, current = total + current, 0
        else:
            current += value
    return total + current


def parse_count(text: str) -> Count | None:
    """Read one count phrase; None when it is not a number ("many" and "a number of" are not)."""
    g = _grammar()
    s = re.sub(r"\s+", " ", text.strip().lower())
    approximate = lower_bound = False
    m = g["qualifier"].match(s)
    if m and (m["rest"] in g["phrases"] or re.match(r"[\d]|[a-z]", m["rest"])):
        rest_count = parse_count(m["rest"])
        if rest_count is not None:
            lower_bound = m["q"] in g["lower_bound"]
            approximate = not lower_bound or rest_count.approximate
            return Count(rest_count.value, approximate, lower_bound or rest_count.lower_bound)
    if s in g["phrases"]:
        return Count(g["phrases"][s], approximate=s in g["vague"])
    m = g["range"].match(s)
    if m:  # the lower end is the conservative figure
        value = _number_value(m["a"] or m["b"] or m["c"])
        return Count(value, approximate=True) if value is not None else None
    if g["number"].match(s):
        value = _number_value(s)
        return Count(value, approximate, lower_bound) if value is not None else None
    return None
