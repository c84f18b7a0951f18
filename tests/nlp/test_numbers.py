import pytest

from frontline.nlp.numbers import Count, parse_count


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,200", 1200),
        ("20", 20),
        ("seven", 7),
        ("twenty-three", 23),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("two hundred", 200),
        ("two hundred and fifty", 250),
        ("one thousand two hundred", 1200),
        ("2.5 million", 2_500_000),
    ],
)
def test_numbers_exact_counts(text: str, value: int) -> None:
    assert parse_count(text) == Count(value, approximate=False, lower_bound=False)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tens", 10),
        ("dozens", 12),
        ("dozens of", 12),
        ("scores of", 20),
        ("hundreds", 100),
        ("thousands", 1000),
        ("several", 3),
        ("a few", 3),
    ],
)
def test_numbers_vague_words_follow_acled(text: str, value: int) -> None:
    assert parse_count(text) == Count(value, approximate=True, lower_bound=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than 400", Count(400, False, True)),
        ("at least 70", Count(70, False, True)),
        ("over 1,000", Count(1000, False, True)),
        ("more than a dozen", Count(12, False, True)),
        ("about 30", Count(30, True, False)),
        ("nearly 50", Count(50, True, False)),
        ("some 30", Count(30, True, False)),
        ("up to 12", Count(12, True, False)),
        ("between 43 and 52", Count(43, True, False)),
        ("between five and 23", Count(5, True, False)),
        ("5-10", Count(5, True, False)),
        ("two or three", Count(2, True, False)),
    ],
)
def test_numbers_qualifiers_and_ranges(text: str, expected: Count) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize("text", ["many", "a number of", "some", "", "soldiers", "5th"])
def test_numbers_not_a_count(text: str) -> None:
    assert parse_count(text) is None
