import datetime as dt

import pytest

from frontline.evaluate import metrics as m


def test_metrics_accuracy_counts_equal_positions():
    assert m.accuracy(["a", "b", "c", "d"], ["a", "x", "c", "y"]) == 0.5
    assert m.accuracy([], []) == 0.0


def test_metrics_accuracy_rejects_unequal_lengths():
    with pytest.raises(ValueError):
        m.accuracy(["a"], [])


def test_metrics_macro_f1_averages_labels_and_ignores_none_as_a_label():
    gold = ["A", "A", "B", "C"]
    pred = ["A", "B", "B", m.NONE_LABEL]
    # A: tp1 pred1 gold2 -> 2/3; B: tp1 pred2 gold1 -> 2/3; C: 0
    assert m.per_label_f1(gold, pred) == pytest.approx({"A": 2 / 3, "B": 2 / 3, "C": 0.0})
    assert m.macro_f1(gold, pred) == pytest.approx(4 / 9)


def test_metrics_macro_f1_counts_spurious_predicted_labels():
    assert m.macro_f1(["A", "A"], ["A", "Z"]) == pytest.approx((2 / 3 + 0) / 2)


def test_metrics_top_confusions_lists_only_errors_by_frequency():
    table = m.confusion(["A", "A", "A", "B", "B"], ["A", "B", "B", "A", "B"])
    assert table[("A", "A")] == 1
    assert m.top_confusions(table) == [("A", "B", 2), ("B", "A", 1)]


def test_metrics_haversine_matches_known_distances():
    assert m.haversine_km(0, 0, 0, 1) == pytest.approx(111.195, abs=0.01)
    # Damascus -> Aleppo, about 310 km
    assert m.haversine_km(33.5138, 36.2765, 36.2021, 37.1343) == pytest.approx(309, abs=5)
    assert m.haversine_km(10, 20, 10, 20) == 0.0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Military Forces of Syria (2000-)", "military forces of syria"),
        ("Military Forces of Syria (2000-2024)", "military forces of syria"),
        (
            "Military Forces of Yemen (2016-) Supreme Political Council",
            "military forces of yemen supreme political council",
        ),  # fmt: skip
        ("  Islamic State  (Syria) ", "islamic state (syria)"),
        ("", ""),
        (None, ""),
    ],
)
def test_metrics_normalize_actor_drops_regime_period_only(name, expected):
    assert m.normalize_actor(name) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("9-May-20", dt.date(2020, 5, 9)),
        ("2020-05-09", dt.date(2020, 5, 9)),
        ("4/5/17", dt.date(2017, 4, 5)),
        (dt.datetime(2020, 5, 9, 12), dt.date(2020, 5, 9)),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_metrics_parse_date_reads_acled_iso_and_fakes_forms(value, expected):
    assert m.parse_date(value) == expected


def test_metrics_median_of_empty_is_none():
    assert m.median([]) is None
    assert m.median([3.0, 1.0, 10.0]) == 3.0
