"""clean_text: junk goes, reporting stays, and every run of the offset map is exact."""

from __future__ import annotations

import random
import re

import pytest
import yaml

from frontline.ingest.clean import BOILERPLATE_FILE, clean_text, load_patterns
from frontline.model import Article

# Made-up pages that mimic the junk found around real reports.
VICE_LIKE = """This story is over 7 years old.

Militants Overrun Border Post in Desert Province

Gunmen stormed a border post in the desert province on Sunday, killing three guards.
Photo by Ahmad Example/AFP

A provincial official said the attackers arrived in four pickup trucks before dawn.


Related: Timeline of the border dispute

The army said it had sent reinforcements to the area.

Follow Sam Example on Twitter: @samexample"""

LWJ_LIKE = """Rebels claim capture of hill town

Rebel factions said on Monday they had captured the hill town after two days of clashes.

Footage published by the factions:

Warning: Some scenes may be graphic

Northern Brigade:


Mountain Front:

Alex Example is an editor of Example Journal and a senior analyst at the Example Institute.

Like our work? Support our independent reporting by considering a monthly donation today.

Tags: , , ,

  • Reader Person says:

    I think the tanks in that video are very old models.

  • Another Reader says:

    Great article.

Unrelated widget words"""

WIRE_FLAT = (
    "Fri 3 Jun 2016 Strikes kill 12 in town (Photo AFP) Air strikes killed 12 civilians in a "
    "rebel-held town on Friday, a monitor said. BEIRUT (AFP) - Rescue workers searched rubble. "
    "Get short URL 0 51 Source ExampleWorld and agencies Related News Other story | Another"
)


def assert_exact(raw: str) -> tuple[str, list[tuple[int, int, int]]]:
    clean, runs = clean_text(raw)
    assert sum(n for _, _, n in runs) == len(clean)
    for c, r, n in runs:
        assert n > 0
        assert clean[c : c + n] == raw[r : r + n]
    # runs tile the clean text in order
    assert [c for c, _, _ in runs] == [sum(n for _, _, n in runs[:i]) for i in range(len(runs))]
    return clean, runs


def test_clean_drops_vice_like_furniture():
    clean, _ = assert_exact(VICE_LIKE)
    assert clean.startswith("Militants Overrun Border Post in Desert Province\n\nGunmen")
    for junk in ("years old", "Photo by", "Related:", "Follow Sam", "@samexample"):
        assert junk not in clean
    assert "killing three guards." in clean
    assert clean.endswith("The army said it had sent reinforcements to the area.")


def test_clean_drops_video_list_bio_appeal_tags_and_comments():
    clean, _ = assert_exact(LWJ_LIKE)
    assert clean == (
        "Rebels claim capture of hill town\n\n"
        "Rebel factions said on Monday they had captured the hill town after two days of clashes."
    )


def test_clean_flattened_page_drops_inline_credit_and_footer_but_keeps_dateline():
    clean, runs = assert_exact(WIRE_FLAT)
    assert "(Photo AFP)" not in clean and "short URL" not in clean
    assert "Related News" not in clean and "Other story" not in clean
    assert "BEIRUT (AFP) - Rescue workers searched rubble." in clean
    assert "town Air strikes killed 12 civilians" in clean  # one raw space joins the pieces
    assert clean.endswith("searched rubble.")  # widget and related-news strip are gone
    assert len(runs) == 2


def test_clean_keeps_plain_reporting_untouched():
    raw = "Clashes erupted in the city.\nTwo fighters were killed, the group said.\n"
    clean, runs = assert_exact(raw)
    assert clean == raw.strip()
    assert runs == [(0, 0, len(raw.strip()))]


def test_clean_normalises_blank_runs_and_crlf():
    raw = (
        "Title here now\r\n\r\n\r\n\r\nFirst paragraph.\r\nSame paragraph.\r\n\r\n  \t\r\nLast one."
    )
    clean, _ = assert_exact(raw)
    assert clean == "Title here now\n\nFirst paragraph.\nSame paragraph.\n\nLast one."


def test_clean_keeps_reporting_that_resembles_junk():
    raw = (
        "The statement says:\n"
        "Photographs by activists showed bodies in the street.\n"
        "3 commanders were killed in the raid.\n"
        "Iran vowed to support our brothers in Syria, the minister said."
    )
    clean, _ = assert_exact(raw)
    assert clean == raw


def test_clean_offset_map_feeds_article_raw_offset():
    clean, runs = assert_exact(VICE_LIKE)
    article = Article(id="a", text=clean, raw=VICE_LIKE, offset_map=runs)
    for m in re.finditer(r"\w+", clean):
        raw_start = article.raw_offset(m.start())
        assert VICE_LIKE[raw_start : raw_start + len(m.group())] == m.group()


REPORTING = [
    "Shelling killed four people in the old market, medics said.",
    "The ministry denied that its aircraft had struck the hospital.",
    "Protesters blocked the main road for several hours on Tuesday.",
    "The group claimed the attack in a statement posted online.",
    "Two soldiers were wounded when a roadside bomb exploded near the base.",
]
JUNK = [
    "Photo: Example Agency",
    "Related: More on the fighting",
    "Tags: war, town",
    "Share this article",
    "Copyright 2020 Example Media.",
    "Read more: What we know",
    "Follow us on Facebook",
    "(AFP Photo)",
    "Sign up for our newsletter to get updates in your inbox.",
]
GAPS = ["\n", "\n\n", "\n \n\n", "\r\n", "\n\t\n", "\n\xa0\n"]


@pytest.mark.parametrize("seed", range(40))
def test_clean_offsets_exact_on_random_pages(seed: int):
    rng = random.Random(seed)
    lines = [rng.choice(REPORTING + JUNK) for _ in range(rng.randint(1, 12))]
    pad = ["", " ", "  ", "\t"]
    raw = "".join(rng.choice(pad) + line + rng.choice(pad) + rng.choice(GAPS) for line in lines)
    if rng.random() < 0.5:
        raw += "  • Some Reader says:\n\nA comment " + rng.choice(REPORTING)
    clean, _ = assert_exact(raw)
    assert "\n\n\n" not in clean and clean == clean.strip()
    for line in lines:
        assert (line in clean) == (line in REPORTING)


def test_clean_every_pattern_matches_its_examples_and_spares_its_keeps():
    entries = yaml.safe_load(BOILERPLATE_FILE.read_text("utf-8"))["patterns"]
    compiled = {p.id: p for p in load_patterns()}
    assert len(compiled) == len(entries)
    for entry in entries:
        assert entry.get("why") and entry.get("source") and entry.get("examples"), entry["id"]
        pattern = compiled[entry["id"]]
        for example in entry["examples"]:
            if pattern.kind in ("span", "tail_span", "end_span"):
                assert pattern.regex.search(example), (entry["id"], example)
            else:
                assert pattern.matches_line(example), (entry["id"], example)
        for keep in entry.get("keeps", []):
            if pattern.kind in ("span", "tail_span", "end_span"):
                assert not pattern.regex.search(keep), (entry["id"], keep)
            else:
                assert not pattern.matches_line(keep), (entry["id"], keep)


def test_clean_comment_right_after_a_video_list_still_ends_the_story():
    raw = "Town falls to rebels\n\nVideos posted by the factions:\n\nNorth Front:\n\n"
    raw += "  • Pat Reader says:\n\nNice video of the tanks.\n"
    clean, _ = assert_exact(raw)
    assert clean == "Town falls to rebels"


def test_clean_drops_a_flattened_tag_strip_between_standfirst_and_story():
    raw = (
        "Jets struck a market in the hill town, activists said. Tags Syria Example Brigade "
        "Hill Town airstrikes Jund al-Example Rebels At least 9 people were killed on Monday "
        "when jets struck the market."
    )
    clean, _ = assert_exact(raw)
    assert "Tags" not in clean and "Example Brigade" not in clean and "Jund" not in clean
    assert "activists said. At least 9 people were killed on Monday" in clean


def test_clean_keeps_a_tag_strip_with_no_story_lead_after_it():
    raw = "Rebels said they held the ridge. Tags syria ridge rebels"
    clean, _ = assert_exact(raw)
    assert clean == raw


def test_clean_keeps_the_full_stop_that_ends_a_tag_strip():
    raw = (
        "Ten soldiers died, the monitor said Tags Syria Example Front war. A bomber struck a post."
    )
    clean, _ = assert_exact(raw)
    assert "Example Front" not in clean
    assert clean.endswith("the monitor said . A bomber struck a post.")
