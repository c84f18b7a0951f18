"""Small pure scoring functions shared by the ACLED and FA-KES harnesses."""

from __future__ import annotations

import datetime as dt
import math
import re
import statistics
from collections import Counter
from collections.abc import Hashable, Sequence

NONE_LABEL = "(none)"  # the predicted label when the coder produced no event for a row

_EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
# ACLED's regime periods: "(2012-)", "(2000-2024)", "(2016-)"; other brackets ("(Syria)") are kept.
_YEAR_RANGE = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
_SPACES = re.compile(r"\s+")


def accuracy(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    """Share of positions where gold equals pred (0.0 for empty input)."""
    _check_lengths(gold, pred)
    if not gold:
        return 0.0
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)


def share(flags: Sequence[bool]) -> float:
    """Share of true flags (0.0 for empty input)."""
    return sum(flags) / len(flags) if flags else 0.0


def per_label_f1(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    """F1 per label over the gold labels and the real predicted ones (not `NONE_LABEL`)."""
    _check_lengths(gold, pred)
    labels = set(gold) | {p for p in pred if p != NONE_LABEL}
    scores: dict[str, float] = {}
    for label in sorted(labels):
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        n_pred = sum(p == label for p in pred)
        n_gold = sum(g == label for g in gold)
        scores[label] = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0
    return scores


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Unweighted mean of per-label F1; a missing prediction counts against the gold label only."""
    scores = per_label_f1(gold, pred)
    return sum(scores.values()) / len(scores) if scores else 0.0


def confusion(gold: Sequence[str], pred: Sequence[str]) -> Counter[tuple[str, str]]:
    """Counts of (gold, predicted) pairs, correct ones included."""
    _check_lengths(gold, pred)
    return Counter(zip(gold, pred, strict=True))


def top_confusions(table: Counter[tuple[str, str]], n: int = 10) -> list[tuple[str, str, int]]:
    """The n most frequent wrong (gold, predicted) pairs, most frequent first."""
    wrong = [(g, p, c) for (g, p), c in table.items() if g != p]
    return sorted(wrong, key=lambda x: (-x[2], x[0], x[1]))[:n]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS84 points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def normalize_actor(name: str | None) -> str:
    """ACLED actor name compared without its regime period, case- and space-insensitively.

    "Military Forces of Syria (2000-2024) Air Force" -> "military forces of syria air force"
    """
    if not name:
        return ""
    return _SPACES.sub(" ", _YEAR_RANGE.sub(" ", name)).strip().casefold()


def normalize_label(value: str | None) -> str:
    """Case- and space-insensitive form of a place or category name."""
    return _SPACES.sub(" ", value or "").strip().casefold()


_DATE_FORMATS = ("%d-%b-%y", "%d %B %Y", "%d-%B-%Y", "%m/%d/%y", "%m/%d/%Y")


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """Read ISO dates, ACLED's "9-May-20" and FA-KES's "4/5/17"; None if unreadable."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    text = value.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _check_lengths(gold: Sequence[object], pred: Sequence[object]) -> None:
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} items but pred has {len(pred)}")
