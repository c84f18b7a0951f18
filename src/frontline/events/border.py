"""Fighting "along the Yemeni-Saudi border" with no finer place: ACLED codes it on the side of the
country whose war it is ("ACLED uses a Yemeni location close to the border to record events between
pro-Houthi and anti-Houthi troops"), never in the neighbour named by the same phrase. The phrase:
data/lexicons/cues.yaml border_pair.
"""

from __future__ import annotations

from collections import Counter

from frontline.events.context import ArticleContext
from frontline.events.frames import Frame
from frontline.events.lexicon import cues
from frontline.link.places import default_gazetteer
from frontline.model import PlaceMention

BORDER_PRECISION = 3  # the country only: a stretch of a border is a region, not a town


def border_side(ctx: ArticleContext, frame: Frame) -> PlaceMention | None:
    """The theatre's side of an "X-Y border" named in the frame's sentence, as a country place."""
    lo, hi = frame.sentence.start_char, frame.sentence.end_char
    m = cues().border_pair.search(ctx.text, lo, hi)
    if m is None:
        return None
    gazetteer = default_gazetteer()
    sides = [gazetteer.country(m.group(i)) for i in (1, 2)]
    named = [c for c in sides if c is not None]
    if len(named) != 2 or named[0].iso2 == named[1].iso2:
        return None
    side = _theatre(ctx, [c.name for c in named])
    info = next(c for c in named if c.name == side)
    row = gazetteer.country_row(info.iso2)
    if row is None:
        return None
    return gazetteer.mention(row, m.group(0), m.start(), m.end(), 1.0, precision=BORDER_PRECISION)


def _theatre(ctx: ArticleContext, countries: list[str]) -> str:
    """The side the article's specific places lie in; else the first named (a writer names the
    country the report is about first: "the Yemeni-Saudi border" in a report on Yemen)."""
    counts = Counter(p.country for p in ctx.places if p.feature != "country" and p.score >= 0.3)
    a, b = countries
    if counts[a] != counts[b]:
        return a if counts[a] > counts[b] else b
    return a
