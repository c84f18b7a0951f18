"""ACLED's death count of a report: notes win, splits, lead statement, alternatives, tolls."""

import pytest

from frontline.nlp.fatalities import fatalities_from, split_counts
from frontline.nlp.figures import find_figures


def test_fatalities_note_wins_over_text() -> None:
    text = "The clashes resulted in more than 20 pro-Houthi elements killed. 20 fatalities split up between 3 events."
    assert fatalities_from(find_figures(text)) == 6


def test_fatalities_split_without_number_splits_the_text_count() -> None:
    text = "Forces repelled the attack, killing 57 pro-Houthi elements. Fatalities spread across two locations."
    assert fatalities_from(find_figures(text)) == 28


def test_fatalities_split_counts_like_acled() -> None:
    assert split_counts(20, 3) == [7, 7, 6]
    assert split_counts(10, 6) == [2, 2, 2, 2, 1, 1]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("The IED left 3 TMF fighters and 1 police personnel dead.", 4),  # sum of groups
        ("6 fighters were killed by direct fire and 3 were killed by IEDs.", 9),
        ("A blast killed 4 people, among them 3 civilians.", 4),
        (
            "An IED killed 1 soldier and injured 1 other. Other sources report that 2 soldiers were killed.",
            1,  # alternative account: the smaller
        ),
        (
            "3 PKK militants were killed. HPG confirmed 3 PKK fatalities, but also claimed 15 soldiers died.",
            3,
        ),
        ("Gunmen killed a civilian. Police said the gunmen killed the civilian.", 1),  # restated
        ("The attack killed 5 people. The death toll later rose to 12.", 12),  # a total wins
        ("Two policemen were wounded.", 0),  # wounded only
        ("Clashes killed or injured 4 PKK militants.", 0),  # casualties are not deaths
        ("Protesters rallied against the killing of a demonstrator last week.", 0),  # background
        ("Residents demonstrated over the killing of a taxi driver.", 0),
        ("Following the death of a shopkeeper, traders staged a protest.", 0),
        # ... but a death a statement follows is the event's own
        ("He sent condolences following the death of five rescue workers in airstrikes.", 5),
        ("Gunmen shot dead a religious scholar.", 1),  # occupations are victims
        ("Raiders attacked a cattle camp, killing 1 pastoralist.", 1),
        ("Gunmen attempted to kill a commander.", 0),
        ("A resident died from coronavirus.", 0),
        ("The army killed seven rebels and many regime soldiers.", 7),
    ],
)
def test_fatalities_fatalities_from(text: str, deaths: int | None) -> None:
    assert fatalities_from(find_figures(text)) == deaths
