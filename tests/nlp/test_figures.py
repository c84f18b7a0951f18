import csv
import json
from pathlib import Path

import pytest

from frontline.nlp.fatalities import fatalities_from
from frontline.nlp.figures import Figure, find_figures

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval-dev"


def summary(text: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind, f.count, f.subject) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The group said seven rebels and many regime soldiers were killed or captured.",
            [("killed", 7, "seven rebels"), ("killed", None, "many regime soldiers")],
        ),
        ("TMF forces killed 15 IS militants in Anbar.", [("killed", 15, "15 IS militants")]),
        (
            "The clashes resulted in more than 20 pro-Houthi elements killed.",
            [("killed", 20, "more than 20 pro-Houthi elements")],
        ),
        (
            "The raids hit the market, leaving hundreds dead and wounded.",
            [("casualties", 100, "hundreds")],
        ),
        (
            "The army eliminated more than 400 enemy combatants.",
            [("killed", 400, "more than 400 enemy combatants")],
        ),
        ("A rapid reaction officer was killed.", [("killed", 1, "A rapid reaction officer")]),
        ("Gunmen opened fire, killing a civilian.", [("killed", 1, "a civilian")]),
        ("Two policemen were wounded.", [("wounded", 2, "Two policemen")]),
        ("The death toll rose to 12.", [("killed", 12, "12")]),
        ("12 dead after the blast.", [("killed", 12, "12")]),
        ("The gunmen killed 3 and injured 5.", [("killed", 3, "3"), ("wounded", 5, "5")]),
        ("A child was killed when a shell hit the house.", [("killed", 1, "A child")]),
        ("The bodies of 4 soldiers were found.", [("killed", 4, "4 soldiers")]),
        ("HTS executed 3 in Idleb.", [("killed", 3, "3")]),
        ("A police officer was shot dead by snipers.", [("killed", 1, "A police officer")]),
        ("US forces shot dead a civilian.", [("killed", 1, "a civilian")]),
        ("Snipers opened fire on a man, killing him.", [("killed", 1, "him")]),
        (
            "Shells hit the house, killing a woman and her son, and injuring her husband.",
            [("killed", 1, "a woman"), ("killed", 1, "her son"), ("wounded", 1, "her husband")],
        ),
        (
            "An IS attack left 3 TMF fighters (including the director) dead and 6 others injured.",
            [("killed", 3, "3 TMF fighters"), ("wounded", 6, "6 others")],
        ),
        (
            "Between 43 and 52 persons were killed and many were wounded.",
            [("killed", 43, "Between 43 and 52 persons")],
        ),
        ("Clashes killed or injured 4 PKK militants.", [("casualties", 4, "4 PKK militants")]),
        ("Troops took 13 prisoners.", [("captured", 13, "13 prisoners")]),
        ("HPG confirmed 3 PKK fatalities.", [("killed", 3, "3 PKK fatalities")]),
        ("The bomb left the driver dead.", [("killed", 1, "the driver")]),
        ("An old man's body was found near the river.", [("killed", 1, "An old man")]),
        ("Clashes resulted in the killing of 1 member of the police.", [("killed", 1, "1 member")]),
    ],
)
def test_figures_casualty_statements(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_figures_peoples_and_groups_are_counted_by_their_plural_names() -> None:
    assert summary("Israeli forces killed 3 Palestinians.") == [("killed", 3, "3 Palestinians")]
    assert summary("The strike killed 5 Houthis and 2 Saudis.") == [
        ("killed", 5, "5 Houthis"),
        ("killed", 2, "2 Saudis"),
    ]
    assert summary("Troops raided a hideout, killing 4 Taliban.") == [("killed", 4, "4 Taliban")]
    # the adjective is no noun: the soldiers are counted; a one-form group noun heads a singular
    assert summary("Shelling killed 3 Syrian soldiers.") == [("killed", 3, "3 Syrian soldiers")]
    assert summary("Police shot dead a Baloch man.") == [("killed", 1, "a Baloch man")]


@pytest.mark.parametrize(
    "text",
    [
        "No fatalities were reported.",
        "Neither injuries nor fatalities were reported.",
        "Shells fell on farms, with no report of fatalities nor injuries.",
        "The shelling hit the village causing no damages.",
        "No one was killed.",
    ],
)
def test_figures_explicit_zero(text: str) -> None:
    figures = find_figures(text)
    assert figures and all(f.count == 0 for f in figures)
    assert fatalities_from(figures) == 0


def test_figures_uncounted_deaths() -> None:
    figures = find_figures(
        "Pro-Hadi forces thwarted an attack, incurring fatalities among Houthi forces."
    )
    assert [(f.kind, f.count, f.subject) for f in figures] == [("killed", None, "Houthi forces")]
    assert fatalities_from(figures) is None  # the coder applies ACLED's default


@pytest.mark.parametrize(
    ("text", "count", "split", "parts"),
    [
        ("Unclear fatalities coded as 10.", 10, False, 1),
        ("Unknown number of fatalities coded as 10.", 10, False, 1),
        ("20 fatalities split up between 3 events.", 6, True, 3),
        ("Unclear fatalities coded as 10 and spread between 3 locations.", 3, True, 3),
        (
            "Unknown reported fatalities coded as 10 and spread across three locations in two days.",
            1,
            True,
            6,
        ),
        (
            "Unclear reported fatalities coded as 6 (half of a dozen) and spread across three locations.",
            2,
            True,
            3,
        ),
    ],
)
def test_figures_acled_note_conventions(text: str, count: int, split: bool, parts: int) -> None:
    notes = [f for f in find_figures(text) if f.note]
    assert len(notes) == 1
    assert (notes[0].kind, notes[0].count, notes[0].split, notes[0].parts) == (
        "killed",
        count,
        split,
        parts,
    )


def test_figures_note_over_days_keeps_the_days_apart_from_the_places() -> None:
    [note] = find_figures(
        "Unclear fatalities coded as 12 and spread across four locations in three days."
    )
    assert (note.total, note.parts, note.days) == (12, 12, 3)


def test_figures_offsets_point_into_text() -> None:
    text = "On 2 May 2020, IS militants killed 2 soldiers near Kirkuk."
    (fig,) = find_figures(text)
    assert isinstance(fig, Figure)
    assert text[fig.start : fig.end] == fig.text
    assert text[fig.subject_start : fig.subject_end] == fig.subject == "2 soldiers"


@pytest.mark.shared
@pytest.mark.skipif(not DEV.exists(), reason="../shared/eval-dev not available")
def test_figures_acled_dev_fatalities_match_gold() -> None:
    gold = {
        r["event_id_cnty"]: int(r["fatalities"])
        for r in csv.DictReader((DEV / "acled_middle_east_dev.csv").open(encoding="utf-8"))
    }
    rows = [json.loads(x) for x in (DEV / "acled_middle_east_dev_articles.jsonl").open()]
    find_figures("warm up: 2 soldiers were killed.")
    hits = sum((fatalities_from(find_figures(r["text"])) or 0) == gold[r["id"]] for r in rows)
    assert hits / len(rows) > 0.9
