"""Seed articles from ../shared: the places they are about are found."""

import json
from pathlib import Path

import pytest

from frontline.link.places import default_gazetteer

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "articles.jsonl"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds not present"),
]


def test_places_seeds_name_idlib_jisr_and_busra():
    gaz = default_gazetteer()
    names = set()
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        for m in gaz.find(article["text"], country_hint="Syria"):
            assert article["text"][m.start : m.end] == m.text
            names.add(m.name)
    assert {"Idlib", "Jisr ash Shughur", "Aleppo", "Ar Raqqah"} <= names
