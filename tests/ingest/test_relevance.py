"""The relevance filter: cheap, explained, and measured on a labelled fixture (QUALITY.md)."""

from __future__ import annotations

import pytest

from frontline.ingest.relevance import load_lexicon, relevance
from frontline.model import Article
from tests.ingest.relevance_fixture import SHARED, fixture, negatives


def judge(text: str, title: str | None = None):  # noqa: ANN201
    return relevance(Article(id="t", text=text, title=title))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a minibus at a checkpoint outside the town on Sunday, killing four.",
        "Hundreds of students protested outside the ministry on Tuesday, demanding the release of detained classmates.",
        "Government forces shelled rebel positions south of the river overnight, a monitor said.",
        "A roadside bomb struck an army patrol near the border crossing, wounding three soldiers.",
        "Rioters torched shops and cars in the old quarter after the verdict; police fired tear gas.",
        "The two militias agreed a ceasefire on Friday after a week of clashes over the oil field.",
        "Militants abducted a village chief and two of his sons from their farm, residents said.",
    ],
)
def test_reports_of_violence_and_protest_are_relevant(text):
    verdict = judge(text)
    assert verdict.relevant, verdict.reason


@pytest.mark.parametrize(
    "title, text",
    [
        (
            "Derby win",
            "The home side attacked down the left and the striker shot into the top corner to win the match.",
        ),
        (
            "Market crash",
            "Shares plunged in a market crash as investors fled; traders called it a bloodbath on the index.",
        ),
        (
            "On set",
            "The director began shooting a war film in the capital, with a cast of extras dressed as soldiers.",
        ),
        (
            "Storm",
            "The storm killed five people as heavy rain flooded the valley, forecasters said.",
        ),
        (
            "Bus plunge",
            "Twelve people were killed when a bus veered off a mountain road in a traffic accident.",
        ),
        (
            "Cancer drug",
            "The new drug attacks tumour cells, researchers said after a clinical trial of 300 patients.",
        ),
    ],
)
def test_hard_negatives_sharing_conflict_words_are_skipped_with_the_reason(title, text):
    verdict = judge(text, title)
    assert not verdict.relevant, verdict.reason
    assert verdict.reason.startswith(f"score {verdict.score} < {load_lexicon().threshold}")


def test_a_term_repeated_counts_once():
    once = judge("The protest went on.").score
    assert judge("The protest went on. " * 20).score == once


def test_every_group_of_the_lexicon_names_its_source():
    assert load_lexicon().groups  # load_lexicon refuses a group without a source


def test_the_negatives_are_hundreds_of_distinct_texts_in_every_family():
    items = negatives()
    assert len(items) >= 500 and len({i.text for i in items}) == len(items)
    assert len({i.kind for i in items}) == 9


@pytest.mark.skipif(not SHARED.exists(), reason="../shared (set FRONTLINE_SHARED) is absent")
@pytest.mark.parametrize("half", ["tune", "held"])
def test_precision_and_recall_on_the_fixture_meet_the_goal(half):
    items = [i for i in fixture() if i.half == half]
    verdicts = [
        (i.relevant, relevance(Article(id=i.id, text=i.text, title=i.title)).relevant)
        for i in items
    ]
    tp = sum(1 for gold, got in verdicts if gold and got)
    precision = tp / sum(1 for _, got in verdicts if got)
    recall = tp / sum(1 for gold, _ in verdicts if gold)
    specificity = sum(1 for g, got in verdicts if not g and not got) / sum(
        1 for g, _ in verdicts if not g
    )
    assert precision >= 0.95 and recall >= 0.97 and specificity >= 0.97, (
        precision,
        recall,
        specificity,
    )
