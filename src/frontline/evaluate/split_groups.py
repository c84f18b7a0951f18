"""ACLED's split reports: gold rows with one text, scored against the coder's events one-to-one.

ACLED codes a report naming several fronts as one event per location, each row with the same
note. Such a group is scored by giving each of the coder's events for the text to at most one
row, the pairing that places the most events within reach of their row (then the most admin1
matches, then the smallest total distance). Rows left over when the coder made fewer events are
compared with the main event, as a single row is, so a coder that never splits scores as before.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from frontline.model import Event

BRUTE_FORCE_LIMIT = 5040  # pairings tried exhaustively (7!); beyond it, greedy
_FAR_KM = 1e6  # the distance of an event or row without coordinates: it never wins a tie

# (within reach, same admin1, -distance): bigger is better, compared field by field
Quality = tuple[int, int, float]
PairQuality = Callable[[dict[str, str], Event], Quality]


@dataclass(frozen=True)
class SplitGroups:
    """Gold row indexes grouped by the text they were coded from (groups of one are single rows)."""

    groups: list[list[int]]

    @classmethod
    def by_text(cls, texts: Sequence[str]) -> SplitGroups:
        by: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            by.setdefault(text, []).append(i)
        return cls(list(by.values()))

    @property
    def split(self) -> list[list[int]]:
        return [g for g in self.groups if len(g) > 1]


def assign(
    rows: Sequence[dict[str, str]], events: Sequence[Event], quality: PairQuality
) -> list[Event | None]:
    """The event each row is compared with (None: no event of its own; the caller falls back to
    the main event). Each event goes to one row at most."""
    if not rows or not events:
        return [None] * len(rows)
    q = [[quality(row, event) for event in events] for row in rows]
    n, k = len(rows), len(events)
    if math.perm(max(n, k), min(n, k)) <= BRUTE_FORCE_LIMIT:
        pairs = _best_pairs(q, n, k)
    else:
        pairs = _greedy_pairs(q, n, k)
    chosen: list[Event | None] = [None] * n
    for i, j in pairs:
        chosen[i] = events[j]
    return chosen


def _total(q: list[list[Quality]], pairs: Sequence[tuple[int, int]]) -> Quality:
    within = sum(q[i][j][0] for i, j in pairs)
    admin1 = sum(q[i][j][1] for i, j in pairs)
    return within, admin1, sum(q[i][j][2] for i, j in pairs)


def _best_pairs(q: list[list[Quality]], n: int, k: int) -> list[tuple[int, int]]:
    """Every one-to-one pairing of the smaller side into the larger; the best total wins (the
    first found on ties, so rows keep the coder's order when nothing tells them apart)."""
    if n <= k:
        options = (
            [(i, j) for i, j in enumerate(perm)] for perm in itertools.permutations(range(k), n)
        )
    else:
        options = (
            [(i, j) for j, i in enumerate(perm)] for perm in itertools.permutations(range(n), k)
        )
    return max(options, key=lambda pairs: _total(q, pairs))


def _greedy_pairs(q: list[list[Quality]], n: int, k: int) -> list[tuple[int, int]]:
    """Best pair first, then the best among what is left (large groups only)."""
    ranked = sorted(
        ((i, j) for i in range(n) for j in range(k)), key=lambda p: q[p[0]][p[1]], reverse=True
    )
    rows_taken: set[int] = set()
    events_taken: set[int] = set()
    pairs = []
    for i, j in ranked:
        if i not in rows_taken and j not in events_taken:
            pairs.append((i, j))
            rows_taken.add(i)
            events_taken.add(j)
    return pairs


def far(distance_km: float | None) -> float:
    return _FAR_KM if distance_km is None else distance_km
