"""Time expressions: absolute dates, and relative ones resolved against the publication date only.

A small regex grammar (words in data/lexicons/dates.yaml) rather than dateparser: it is faster and
predictable ("on Friday" is the Friday on or before publication; "two days after" is never turned into
a date). Relative expressions without a publication date keep value None: a date is never invented.
Precision is ACLED's time_precision: 1 day, 2 week or similar span, 3 month or vaguer.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from frontline.errors import KnowledgeError
from frontline.model import DateMention
from frontline.nlp.numbers import alternation, parse_count


@cache
def _lexicon() -> dict[str, Any]:
    path = resources.files("frontline") / "data" / "lexicons" / "dates.yaml"
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read {path}: {exc}", hint="check the YAML syntax") from exc


@cache
def _patterns() -> dict[str, Any]:
    lex = _lexicon()
    month = rf"(?P<mon>{alternation(lex['months'])})\.?"
    # a bare month must be capitalised: "may" is usually the verb
    cap_month = rf"(?P<mon>{alternation([m.capitalize() for m in lex['months']], True)})\.?"
    weekday = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+"
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<y>(?:19|20)\d{2})"
    small = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few)"
    unit = r"(?P<unit>day|week|month|hour)s?"
    parts = alternation(lex["month_parts"])
    approx = alternation(lex["approximate_cues"])
    anchors = alternation(lex["anchor_words"])
    weekdays = "|".join(w.capitalize() for w in lex["weekdays"])
    forms = [  # (name, regex); earlier forms win on overlap at the same start
        ("iso", rf"\b{year}-(?P<m>[01]\d)-{day}\b"),
        ("dmy_dash", rf"\b{day}-{month}-(?P<y2>\d{{4}}|\d{{2}})\b"),
        # a figure may follow the year ("4 September 2016 2 killed"), not a bare day and month
        (
            "dmy",
            rf"\b(?:{weekday})?{day}\s+(?:of\s+)?{month}(?:,?\s+{year}\b(?![:.]\d)|\b(?!\s*\d))",
        ),
        ("mdy", rf"\b(?:{weekday})?{month}\s+{day}(?:,?\s+{year})?\b(?![:\d])"),
        ("part", rf"\b(?P<part>(?i:{parts}))[\s-]*{cap_month}(?:,?\s+{year})?\b"),
        ("month_year", rf"\b{cap_month},?\s+{year}\b"),
        ("in_month", rf"\b(?i:in|during|since|until|by|throughout)\s+{cap_month}\b(?!\s+\d)"),
        ("year", rf"\b(?:in|during)\s+{year}\b"),
        ("relative_day", rf"\b(?P<rel>{alternation(lex['relative_days'])})\b"),
        ("weekend", rf"\b(?P<wkd>{alternation(lex['weekend_phrases'])})\b"),
        ("ago", rf"\b(?P<n>{small})\s+{unit}\s+ago\b"),
        ("anchored", rf"\b(?P<n>{small})\s+{unit}\s+(?P<dir>{anchors})\b"),
        ("anchor_phrase", rf"\b(?P<ap>{alternation(lex['anchor_phrases'])})\b"),
        ("duration", rf"\b(?:after|for|within)\s+(?P<n>{small})\s+{unit}\b"),
        (
            "period",
            r"\b(?P<when>last|this|earlier\s+this|later\s+this)\s+(?P<per>week|month|year)\b",
        ),
        ("last_weekday", rf"\b(?P<last>last|this\s+past|past)\s+(?P<wd>{weekdays})\b"),
        ("weekday", rf"(?<![-\w])(?P<wd>{weekdays})\b"),
    ]
    flags = {"weekday": 0, "last_weekday": 0, "in_month": 0, "part": 0, "month_year": 0}
    month_keys = tuple(k.lower() for k in lex["months"])
    units = ("day", "week", "month", "hour")
    # a form runs only when its text has one of these (lower-case) substrings: cheap "in" tests
    # spare most regex scans
    needs = {
        "iso": tuple("0123456789"),
        "dmy_dash": ("-",),
        "relative_day": ("yesterday", "today", "tonight", "night", "morning", "afternoon",
                         "evening", "hours", "ago", "days", "week"),
        "weekend": ("weekend",),
        "ago": (" ago",),
        "anchored": units,
        "anchor_phrase": (" day", " date"),
        "duration": units,
        "period": ("last ", "this "),
        "year": ("in 1", "in 2", "during"),
        "last_weekday": ("day",),
        "weekday": ("day",),
    }  # fmt: skip
    compiled = [(n, re.compile(p, flags.get(n, re.I)), needs.get(n, month_keys)) for n, p in forms]
    return {
        "forms": compiled,
        "month_keys": month_keys,
        "month_anchor": re.compile(rf"\b{month}", re.I),
        "approx": re.compile(rf"\b(?:{approx})\s*$", re.I),
        "months": {k.lower(): v for k, v in lex["months"].items()},
        "weekdays": {k.lower(): v for k, v in lex["weekdays"].items()},
        "parts": {re.sub(r"\s+", " ", k.lower()): v for k, v in lex["month_parts"].items()},
        "relative": {re.sub(r"\s+", " ", k.lower()): v for k, v in lex["relative_days"].items()},
        "weekends": {re.sub(r"\s+", " ", k.lower()): v for k, v in lex["weekend_phrases"].items()},
        "suffixes": tuple(s.lower() for s in lex["approximate_suffixes"]),
        "anchor_words": lex["anchor_words"],
        "anchor_phrases": {
            re.sub(r"\s+", " ", k.lower()): v for k, v in lex["anchor_phrases"].items()
        },
    }


_SATURDAY = 5  # date.weekday()


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """A year-less date is the latest one not after publication (news reports the past)."""
    if published is None:
        return None
    candidate = _safe_date(published.year, month, day)
    if candidate and candidate > published + dt.timedelta(days=7):
        return published.year - 1
    return published.year


def _amount(text: str | None) -> int | None:
    if text is None:
        return None
    if text.strip().lower() in ("a", "an"):
        return 1
    count = parse_count(text)
    return count.value if count else None


def _weekend(published: dt.date, previous: int) -> dt.date:
    """The Saturday of the weekend before publication; `previous` 1 skips the weekend the report
    is itself published in ("last weekend" said on a Sunday)."""
    back = (published.weekday() - _SATURDAY) % 7
    if previous and published.weekday() >= _SATURDAY:
        back += 7
    return published - dt.timedelta(days=back)


def _midweek(day: dt.date) -> dt.date:
    """ACLED codes a week to its middle ("Around 29 April 2020 (midweek)" is a Wednesday)."""
    return day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=2)


def _resolve(name: str, m: re.Match[str], published: dt.date | None, p: dict) -> tuple:
    """(value, precision, relative) for one match."""
    g = m.groupdict()
    month = p["months"].get((g.get("mon") or "").lower().rstrip("."))
    if name == "iso":
        return _safe_date(int(g["y"]), int(g["m"]), int(g["d"])), 1, False
    if name in ("dmy_dash", "dmy", "mdy"):
        year = g.get("y") or g.get("y2")
        if year and len(year) == 2:
            year = str(2000 + int(year) if int(year) < 70 else 1900 + int(year))
        y = int(year) if year else _year_for(month, int(g["d"]), published)
        value = _safe_date(y, month, int(g["d"])) if y else None
        return value, 1 if value else 3, False
    if name in ("part", "month_year", "in_month"):
        day, precision = p["parts"].get(re.sub(r"\s+", " ", (g.get("part") or "").lower()), (15, 3))
        y = int(g["y"]) if g.get("y") else _year_for(month, 1, published)
        return (_safe_date(y, month, day) if y else None), precision, False
    if name == "year":
        return None, 3, False  # year only: vaguer than ACLED's month precision, no value
    if published is None:
        return None, 3, True
    if name == "relative_day":
        offset, precision = p["relative"][re.sub(r"\s+", " ", g["rel"].lower())]
        return published + dt.timedelta(days=offset), precision, True
    if name == "weekend":
        return _weekend(published, p["weekends"][re.sub(r"\s+", " ", g["wkd"].lower())]), 2, True
    if name == "ago":
        n = _amount(g["n"])
        if n is None:
            return None, 3, True
        unit = g["unit"].lower()
        days = {"day": n, "week": 7 * n, "month": 30 * n, "hour": n // 24}[unit]
        precision = {"day": 1, "week": 2, "month": 3, "hour": 1}[unit]
        if re.match(r"a\s+few$", g["n"].strip(), re.I):
            precision = max(precision, 2)  # "a few days ago": which day is not said
        return published - dt.timedelta(days=days), precision, True
    if name == "period":
        when, per = re.sub(r"\s+", " ", g["when"].lower()), g["per"].lower()
        if per == "week":
            day = _midweek(published - dt.timedelta(days=7) if when == "last" else published)
            return min(day, published), 2, True
        if per == "month":
            base = (
                (published.replace(day=1) - dt.timedelta(days=1)) if when == "last" else published
            )
            return min(base.replace(day=15), published), 3, True
        return None, 3, True
    if name in ("weekday", "last_weekday"):
        back = (published.weekday() - p["weekdays"][g["wd"].lower()]) % 7
        if name == "last_weekday" and back == 0:
            back = 7  # "last Friday" said on a Friday is a week ago
        return published - dt.timedelta(days=back), 1, True
    return None, 3, True  # anchored offsets and durations: resolved against an event, not here


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Every time expression in `text`, in reading order, resolved where that is safe."""
    p = _patterns()
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    low = text.lower()
    # month forms are searched only around month names: one scan instead of five
    windows = [(max(0, a.start() - 30), a.end() + 30) for a in p["month_anchor"].finditer(text)]
    for order, (name, rx, needs) in enumerate(p["forms"]):
        if not any(n in low for n in needs):
            continue
        spans = windows if needs is p["month_keys"] else [(0, len(text))]
        matches = {m.span(): m for a, b in spans for m in rx.finditer(text, a, b)}
        for m in matches.values():
            if name in ("mdy", "dmy") and m["mon"] == "may":
                continue  # "may 5" is more often the verb
            found.append((m.start(), m.start() - m.end(), order, name, m))
    found.sort(key=lambda x: x[:3])  # leftmost, then longest, then the form listed first
    mentions: list[DateMention] = []
    last_end = -1
    for start, _, _, name, m in found:
        if start < last_end:
            continue
        value, precision, relative = _resolve(name, m, published, p)
        after = text[m.end() : m.end() + 16].lower().lstrip()
        if value and (
            p["approx"].search(text[max(0, start - 25) : start]) or after.startswith(p["suffixes"])
        ):
            precision = max(precision, 2)
        mentions.append(DateMention(start, m.end(), m.group(), value, precision, relative))
        last_end = m.end()
    return mentions


def relative_offset(text: str) -> int | None:
    """Days from the anchor event: "two days after" -> 2, "three days earlier" -> -3, "the next day"
    -> 1, "the same day" -> 0; None for durations ("after three days of fighting") and the rest."""
    p = _patterns()
    s = re.sub(r"\s+", " ", text.strip().lower())
    if s in p["anchor_phrases"]:
        return p["anchor_phrases"][s]
    m = re.fullmatch(r"(.+?) (day|week)s? (\w+)", s)
    if not m or m[3] not in p["anchor_words"]:
        return None
    n = _amount(m[1])
    if n is None:
        return None
    return n * (7 if m[2] == "week" else 1) * p["anchor_words"][m[3]]


def event_date_for(
    sentence_start: int,
    sentence_end: int,
    dates: list[DateMention],
    published: dt.date | None,
    paragraph_start: int = 0,
) -> tuple[dt.date | None, int, DateMention | None]:
    """The date governing a sentence: (value, time_precision, the mention used or None).

    1. the first resolved date inside the sentence;
    2. else the nearest resolved date before it, from `paragraph_start` on (pass the paragraph's start
       to keep a previous paragraph's date from leaking in);
    3. else the publication date with precision 2: news reports events of the last days before
       publication, so the day itself is uncertain (ACLED: "a week or similar span");
    4. else (None, 3, None): no date is invented.
    """
    resolved = [d for d in dates if d.value is not None]
    inside = [d for d in resolved if sentence_start <= d.start < sentence_end]
    if inside:
        return inside[0].value, inside[0].precision, inside[0]
    before = [d for d in resolved if paragraph_start <= d.start < sentence_start]
    if before:
        return before[-1].value, before[-1].precision, before[-1]
    if published is not None:
        return published, 2, None
    return None, 3, None
