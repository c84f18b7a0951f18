"""Fuzzing the coder: any text that reads as an article codes to valid events or to none."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontline.errors import InputError
from frontline.ingest import article_from_text
from frontline.model import Event

pytestmark = pytest.mark.model

WORDS = st.sampled_from(
    [
        "Syrian warplanes struck",
        "Ariha",
        "Jisr al-Shughur",
        "on Sunday,",
        "killing 7 civilians.",
        "HTS claimed",
        "the attack",
        "SOHR reported",
        "rebels captured",
        "from government forces",
        "protesters gathered in",
        "Aleppo",
        "قصف",
        "أريحا",
        "\u200b",
        "\u200f",
        "\u202e",
        "\n\n",
        " ",
        "1,000,000",
        "on 31 February 2015",
        "in 1850",
    ]
)
ARTICLES = st.lists(WORDS | st.text(max_size=12), min_size=1, max_size=40).map(" ".join)


def _valid(event: Event, text: str) -> None:
    assert event.actor1, "actor1 is never empty"
    assert event.event_type and event.sub_event_type
    assert event.fatalities >= 0
    for ev in event.evidence:
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=ARTICLES, published=st.sampled_from([None, "2015-05-31", "1900-01-01", "2099-12-31"]))
def test_any_text_codes_to_valid_events(raw: str, published: str | None) -> None:
    from frontline.pipeline import code_one

    try:
        article = article_from_text(raw, published=published)
    except InputError:
        return
    for event in code_one(article):
        _valid(event, article.text)
