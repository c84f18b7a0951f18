"""Fusion measured end to end: our own fixture articles, and the seeds (read from ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontline.fuse.evaluate import evaluate_paths
from tests.conftest import SHARED

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = SHARED / "seeds" / "articles.jsonl"


@pytest.mark.model
def test_fusion_on_the_fixture_set_is_precise_and_finds_most_pairs() -> None:
    score = evaluate_paths([FIXTURES / "fusion.jsonl"])
    assert score.articles == 24
    assert score.precision >= 0.85
    assert score.recall >= 0.7


@pytest.mark.model
@pytest.mark.shared
def test_the_seeds_fuse_the_fall_of_idlib_and_the_aleppo_offensive_across_outlets() -> None:
    score = evaluate_paths([FIXTURES / "fusion.jsonl", SEEDS], FIXTURES / "seeds_gold.json")
    assert score.missing == []
    seed_pairs = [(a, b) for a, b in score.missed if a[:3].isdigit() or b[:3].isdigit()]
    assert seed_pairs == []  # Idlib 000 + 001 (background), Aleppo 002 + our two reports
    assert score.precision >= 0.85
