import datetime as dt
import json
from pathlib import Path

import pytest

from frontline.model import DateMention
from frontline.nlp.dates import event_date_for, find_dates, relative_offset

FRIDAY = dt.date(2024, 11, 29)
DEV = Path(__file__).resolve().parents[3] / "shared" / "eval-dev"


def first(text: str, published: dt.date | None = FRIDAY) -> DateMention:
    found = find_dates(text, published)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On 9 May 2020, clashes erupted", dt.date(2020, 5, 9)),
        ("coded 9-May-20 in the export", dt.date(2020, 5, 9)),
        ("On May 9, 2020, clashes", dt.date(2020, 5, 9)),
        ("published 2015-03-28 at noon", dt.date(2015, 3, 28)),
        ("Wed 05 Apr 2017 Syria attack", dt.date(2017, 4, 5)),
        ("On 29 Apr 2020, an IED", dt.date(2020, 4, 29)),
    ],
)
def test_dates_absolute_day(text: str, value: dt.date) -> None:
    mention = first(text, None)
    assert (mention.value, mention.precision, mention.relative) == (value, 1, False)
    assert text[mention.start : mention.end] == mention.text


def test_dates_year_from_publication() -> None:
    assert first("on 27 November, shelling").value == dt.date(2024, 11, 27)
    assert first("on 27 December, shelling").value == dt.date(2023, 12, 27)  # the past
    assert first("on 27 November, shelling", None).value is None


def test_dates_month_and_year_only() -> None:
    march = first("fighting in March 2015 was heavy", None)
    assert (march.value, march.precision) == (dt.date(2015, 3, 15), 3)
    year = first("the town fell in 2017", None)
    assert (year.value, year.precision, year.relative) == (None, 3, False)
    late = first("until late April the road was shut")
    assert (late.value, late.precision) == (dt.date(2024, 4, 25), 2)


def test_dates_may_the_verb_is_not_a_month() -> None:
    assert find_dates("the group may 5 times attack", FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("on Friday", FRIDAY, FRIDAY),
        ("on Thursday", FRIDAY, dt.date(2024, 11, 28)),
        ("Saturday", dt.date(2015, 3, 28), dt.date(2015, 3, 28)),
        ("Saturday", FRIDAY, dt.date(2024, 11, 23)),
        ("last Friday", FRIDAY, dt.date(2024, 11, 22)),
    ],
)
def test_dates_weekday_on_or_before_publication(
    text: str, published: dt.date, value: dt.date
) -> None:
    mention = first(text, published)
    assert (mention.value, mention.precision, mention.relative) == (value, 1, True)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("yesterday", dt.date(2024, 11, 28), 1),
        ("today", FRIDAY, 1),
        ("this morning", FRIDAY, 1),
        ("last night", dt.date(2024, 11, 28), 1),
        ("two days ago", dt.date(2024, 11, 27), 1),
        ("in the past hours", FRIDAY, 1),
        ("last week", dt.date(2024, 11, 20), 2),
        ("earlier this month", dt.date(2024, 11, 15), 3),
        ("this week", dt.date(2024, 11, 27), 2),
        ("in recent days", dt.date(2024, 11, 27), 2),
        ("over the past few days", dt.date(2024, 11, 27), 2),
        ("a few days ago", dt.date(2024, 11, 26), 2),
    ],
)
def test_dates_relative_to_publication(text: str, value: dt.date, precision: int) -> None:
    mention = first(text)
    assert (mention.value, mention.precision, mention.relative) == (value, precision, True)


@pytest.mark.parametrize(
    ("text", "published", "saturday"),
    [
        ("Rebels shelled the ridge over the weekend.", dt.date(2024, 12, 2), dt.date(2024, 11, 30)),
        ("Rebels shelled the ridge over the weekend.", dt.date(2024, 12, 1), dt.date(2024, 11, 30)),
        ("Rebels shelled the ridge this past weekend.", FRIDAY, dt.date(2024, 11, 23)),
        ("Rebels shelled the ridge last weekend.", dt.date(2024, 12, 1), dt.date(2024, 11, 23)),
    ],
)
def test_dates_the_weekend_is_its_saturday_with_week_precision(
    text: str, published: dt.date, saturday: dt.date
) -> None:
    mention = first(text, published)
    assert (mention.value, mention.precision) == (saturday, 2)


@pytest.mark.parametrize(
    "text", ["on Friday", "yesterday", "last week", "two days ago", "over the weekend"]
)
def test_dates_relative_without_publication_is_never_invented(text: str) -> None:
    mention = first(text, None)
    assert (mention.value, mention.precision, mention.relative) == (None, 3, True)


def test_dates_anchored_offsets_stay_unresolved() -> None:
    after = first("Two days after it launched the offensive")
    assert (after.text, after.value, after.relative) == ("Two days after", None, True)
    assert first("after three days of fighting").value is None


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("two days after", 2),
        ("2 days later", 2),
        ("three days earlier", -3),
        ("two days before", -2),
        ("a week later", 7),
        ("the next day", 1),
        ("the previous day", -1),
        ("the same day", 0),
        ("after three days of fighting", None),
        ("yesterday", None),
    ],
)
def test_dates_relative_offset(text: str, offset: int | None) -> None:
    assert relative_offset(text) == offset


def test_dates_reported_around_widens_precision() -> None:
    assert first("Around 29 April 2020 (midweek), a body was found", None).precision == 2
    assert first("As reported on 28 April 2020, two men", None).precision == 2


def test_dates_event_date_for_sentence() -> None:
    text = "On 3 May 2020, shelling hit the town. Two people were killed. Rockets fell."
    dates = find_dates(text, FRIDAY)
    assert event_date_for(0, 37, dates, FRIDAY)[:2] == (dt.date(2020, 5, 3), 1)
    value, precision, mention = event_date_for(38, 61, dates, FRIDAY)  # inherits the date
    assert (value, precision, mention) == (dt.date(2020, 5, 3), 1, dates[0])
    assert event_date_for(38, 61, dates, FRIDAY, paragraph_start=38) == (FRIDAY, 2, None)
    assert event_date_for(38, 61, [], None) == (None, 3, None)


@pytest.mark.shared
@pytest.mark.skipif(not DEV.exists(), reason="../shared/eval-dev not available")
def test_dates_acled_dev_first_date_matches_gold() -> None:
    import csv

    gold = {
        r["event_id_cnty"]: dt.datetime.strptime(r["event_date"], "%d-%b-%y").date()
        for r in csv.DictReader((DEV / "acled_middle_east_dev.csv").open(encoding="utf-8"))
    }
    rows = [json.loads(x) for x in (DEV / "acled_middle_east_dev_articles.jsonl").open()]
    find_dates("warm up 9 May 2020", None)
    hits = 0
    for row in rows:
        found = find_dates(row["text"], dt.date.fromisoformat(row["published"]))
        hits += bool(found) and found[0].value == gold[row["id"]]
    assert hits / len(rows) > 0.95


def test_a_figure_may_follow_the_year_of_a_headline_date():
    # "4 September 2016 2 killed ...": the day is read, not only "September 2016"
    text = "4 September 2016 2 killed 8 injured in rocket attacks on Aleppo"
    [d] = find_dates(text, dt.date(2016, 9, 4))
    assert (text[d.start : d.end], d.value, d.precision) == (
        "4 September 2016",
        dt.date(2016, 9, 4),
        1,
    )
