"""frontline.api.coding: pasted articles and the mentions shown on the "code an article" page."""

from __future__ import annotations

import pytest

from frontline.api.coding import Highlight, _without_overlaps, code_with_highlights, read_pasted
from frontline.errors import InputError


def test_overlapping_mentions_keep_the_longer_span() -> None:
    spans = [
        Highlight(10, 20, "x" * 10, "ACTOR"),
        Highlight(0, 5, "y" * 5, "DATE"),
        Highlight(12, 30, "z" * 18, "PLACE"),
        Highlight(10, 14, "w" * 4, "FIGURE"),
    ]
    kept = _without_overlaps(spans)
    assert [(h.start, h.end, h.label) for h in kept] == [(0, 5, "DATE"), (10, 20, "ACTOR")]


def test_pasted_html_and_text() -> None:
    a = read_pasted("<html><body><p>Shelling hit the town.</p></body></html>", fmt="html")
    assert "Shelling hit the town." in a.text and "<p>" not in a.text
    b = read_pasted("Shelling hit the town.", published="2020-01-02", source="X")
    assert str(b.published) == "2020-01-02" and b.source == "X"
    with pytest.raises(InputError):
        read_pasted("   ")
    with pytest.raises(InputError):
        read_pasted("Shelling hit the town.", published="02/01/2020")


@pytest.mark.model
def test_highlights_point_into_the_cleaned_text() -> None:
    article = read_pasted(
        "Government forces shelled Maarat al-Numan in Idlib on Monday, killing 12 civilians, "
        "the Syrian Observatory for Human Rights said.",
        published="2019-12-23",
    )
    coded = code_with_highlights(article)
    assert {h.label for h in coded.highlights} >= {"ACTOR", "PLACE", "DATE", "FIGURE"}
    for h in coded.highlights:
        assert article.text[h.start : h.end] == h.text
    date = next(h for h in coded.highlights if h.label == "DATE")
    assert date.detail.startswith("2019-12-23")
    assert coded.events and coded.events[0].event_date == "2019-12-23"
