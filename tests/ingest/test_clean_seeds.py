"""The founding seed articles (read from ../shared at run time, never copied) lose their junk."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontline.ingest.clean import clean_text

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the repository"),
]


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text("utf-8")


def _clean(prefix: str) -> tuple[str, str]:
    raw = _seed(prefix)
    clean, runs = clean_text(raw)
    assert all(clean[c : c + n] == raw[r : r + n] for c, r, n in runs)
    return raw, clean


def test_clean_seed_000_drops_banner_credit_related_and_follow():
    _, clean = _clean("000")
    for junk in ("This story is over", "Photo by", "Related:", "Follow Olivia Becker", "@obecker"):
        assert junk not in clean
    assert clean.startswith("Videos Show Wild Celebration by Syrian Rebels")
    assert "seven rebels and many regime soldiers were killed" in clean
    assert clean.rstrip().endswith("the country's largest city.")


def test_clean_seed_001_drops_videos_bio_appeal_tags_comments_and_trailer():
    _, clean = _clean("001")
    junk = (
        "Videos released by", "Warning:", "Junud al Sham:", "Caleb Weiss is an editor",
        "donation", "Tags:", "says:", "T-55MV", "Boko Haram", "Al shabaab", "(For more, see",
    )  # fmt: skip
    for text in junk:
        assert text not in clean, text
    assert clean.startswith("Jihadists celebrate in key Idlib city")
    assert "captured Jisr al Shughur after three days of fighting" in clean
    assert clean.endswith("its gains in the Al Ghab plain.")


def test_clean_seed_002_has_no_junk_and_is_kept_whole():
    raw, clean = _clean("002")
    assert clean == raw.strip()
