import csv
from pathlib import Path

import pytest

from frontline.evaluate import evaluate_acled
from frontline.evaluate.halves import acled_half, country_halves, hash_half

from .test_acled import COLUMNS, GOLD, _fake_coder

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "eval-dev"


def test_hash_half_is_stable_and_splits_both_ways():
    assert hash_half("SYR1") == "tune" and hash_half("YEM10") == "held"
    halves = {hash_half(f"ID{i}") for i in range(20)}
    assert halves == {"tune", "held"}


def test_world_countries_fall_by_country_not_by_row():
    halves = country_halves()
    assert halves["Ukraine"] == "held" and halves["Mexico"] == "tune"
    row = {"country": "Ukraine", "event_id_cnty": "SYR1"}  # SYR1 would hash to tune
    assert acled_half(row) == "held"
    assert acled_half({"country": "Syria", "event_id_cnty": "SYR1"}) == "tune"


@pytest.mark.skipif(not (SHARED / "acled_world_dev.csv").exists(), reason="no ../shared")
def test_every_world_dev_country_has_a_half_and_both_halves_are_big():
    with (SHARED / "acled_world_dev.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["country"] for r in rows} <= set(country_halves())
    tune = sum(acled_half(r) == "tune" for r in rows)
    assert 0.4 < tune / len(rows) < 0.6


def test_half_filters_rows_and_errors_list_only_the_tuning_half(tmp_path):
    held_row = {**GOLD[0], "event_id_cnty": "UKR1", "country": "Ukraine"}
    path = tmp_path / "gold.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS, restval="")
        writer.writeheader()
        writer.writerows([*GOLD, held_row])
    seen: list = []
    whole = evaluate_acled(path, coder=_fake_coder(seen), progress=False)
    assert "UKR1" not in {e["id"] for e in whole.errors()}  # a miss, but held out
    assert set(whole.to_dict()["by_half"]) == {"tune", "held"}
    held = evaluate_acled(path, coder=_fake_coder([]), progress=False, half="held")
    assert [r.id for r in held.rows] == ["UKR1"]
    tune = evaluate_acled(path, coder=_fake_coder([]), progress=False, half="tune")
    assert "UKR1" not in [r.id for r in tune.rows] and len(tune.rows) == 4
