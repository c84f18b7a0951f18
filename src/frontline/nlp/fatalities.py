"""ACLED's death count for one report, from the casualty figures `nlp.figures` found in it."""

from __future__ import annotations

import re

from frontline.nlp.figures import Figure


def split_counts(total: int, parts: int) -> list[int]:
    """ACLED's split of `total` deaths between `parts` events: 20 over 3 -> [7, 7, 6]."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


_UPDATE = re.compile(r"\b(?:rose|risen|rising|climbed|increased|reached|jumped)\b", re.I)


def _deaths(figures: list[Figure]) -> int | None:
    killed = [
        f for f in figures if f.kind == "killed" and f.scope not in ("background", "subgroup")
    ]
    counted = [f for f in killed if f.count]
    if not counted:
        return None if any(f.count is None for f in killed) else 0
    total: int | None = None
    for idx in sorted({f.sentence for f in counted}):
        group = [f for f in counted if f.sentence == idx]
        tolls = [f.count for f in group if f.scope == "total" and f.count]
        amount = min(tolls) if tolls else sum(f.count for f in group if f.count)
        if total is None:  # the lead statement
            total = amount
        elif group[0].scope == "alternative":
            total = min(total, amount)
        elif tolls and any(_UPDATE.search(f.text) for f in group):
            total = max(total, amount)  # "the death toll rose to 12"
    return total


def fatalities_from(figures: list[Figure]) -> int | None:
    """ACLED's death count for one report, or None when deaths are reported but not counted.

    - An ACLED note convention ("coded as 10", "split between 3 events") wins: its count (after the
      split, floor(total/parts); see `split_counts` for ACLED's exact shares); several notes: the
      smallest. A split note without a number splits the deaths counted in the text.
    - Otherwise deaths only (wounded and casualties are not fatalities). The lead statement (first
      sentence with counted deaths) gives the figure: its stated total ("a total of", "death toll")
      or else the sum over its victim groups. Later sentences only lower it when they are an
      alternative account ("other sources report", "confirmed", "claimed") or raise it when a toll
      is updated ("the death toll rose to 12"); other later figures are restatements or background
      (news often recalls a war's overall toll), so they are not added.
    - Figures in a background clause (a past death protested) and subgroups are ignored.
    - Returns 0 when no death is reported (explicit zeros, wounded-only, nothing), None when deaths
      are reported without any count ("incurring fatalities") so the coder can apply ACLED's
      default (10 in a significant attack, 3 in a limited one).
    """
    notes = [f for f in figures if f.note]
    if notes:
        counted = [f.count for f in notes if f.count is not None]
        if counted:
            return min(counted)
        reported = _deaths([f for f in figures if not f.note])
        return reported // notes[0].parts if reported is not None else None
    return _deaths(figures)
