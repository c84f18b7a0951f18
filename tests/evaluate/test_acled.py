import csv
import json
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.evaluate import evaluate_acled, per_article
from frontline.evaluate.acled import MATCH_FIELDS
from frontline.model import Article, Event

# ACLED's 2020 export layout (as in eval-dev); the rows are made up.
COLUMNS = (
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
    "timestamp", "iso3",
)  # fmt: skip
GOLD = [
    dict(event_id_cnty="SYR1", event_date="1-May-20", event_type="Battles",
         sub_event_type="Armed clash", actor1="Military Forces of Syria (2000-)",
         actor2="HTS: Hayat Tahrir al Sham", interaction="12", country="Syria", admin1="Idleb",
         location="Town A", latitude="35.93", longitude="36.63", geo_precision="1",
         time_precision="1", fatalities="3", notes="On 1 May 2020, troops clashed with HTS."),
    dict(event_id_cnty="SYR2", event_date="2-May-20", event_type="Explosions/Remote violence",
         sub_event_type="Air/drone strike", actor1="Military Forces of Russia (2000-)",
         actor2="Civilians (Syria)", interaction="78", country="Syria", admin1="Idleb",
         location="Town B", latitude="35.80", longitude="36.50", geo_precision="1",
         time_precision="1", fatalities="2", notes="On 2 May 2020, a jet struck Town B."),
    dict(event_id_cnty="YEM1", event_date="3-May-20", event_type="Protests",
         sub_event_type="Peaceful protest", actor1="Protesters (Yemen)", actor2="",
         interaction="60", country="Yemen", admin1="Aden", location="Aden", latitude="12.78",
         longitude="45.04", geo_precision="1", time_precision="1", fatalities="0",
         notes="On 3 May 2020, people protested in Aden."),
    dict(event_id_cnty="YEM2", event_date="4-May-20", event_type="Battles",
         sub_event_type="Armed clash", actor1="Military Forces of Yemen (2016-)",
         actor2="Military Forces of Yemen (2012-)", interaction="11", country="Yemen",
         admin1="Marib", location="Sirwah", latitude="15.45", longitude="45.02",
         geo_precision="2", time_precision="1", fatalities="5",
         notes="On 4 May 2020, clashes near Sirwah."),
]  # fmt: skip

PREDICTED = {
    # right on every field; actor period written differently, location ~5 km north
    "SYR1": [Event("SYR1", event_date="2020-05-01", event_type="Battles",
                   sub_event_type="Armed clash", actor1="military forces of syria (2000-2024)",
                   actor2="HTS: Hayat Tahrir al Sham", interaction=12, admin1="Idleb",
                   latitude=35.975, longitude=36.63, fatalities=3)],
    # wrong type, admin1 and date; ~50 km off; actors and fatalities right
    "SYR2": [Event("SYR2", event_date="2020-05-03", event_type="Battles",
                   sub_event_type="Armed clash", actor1="Military Forces of Russia (2000-)",
                   actor2="Civilians (Syria)", interaction=78, admin1="Aleppo",
                   latitude=36.25, longitude=36.50, fatalities=2)],
    # right, but no coordinates; admin1 differs only in case/space; actor2 empty on both sides
    "YEM1": [Event("YEM1", event_date="2020-05-03", event_type="Protests",
                   sub_event_type="Peaceful protest", actor1="Protesters (Yemen)",
                   interaction=60, admin1=" aden ")],
    # only a background event: a miss on every field
    "YEM2": [Event("YEM2", event_type="Battles", sub_event_type="Armed clash",
                   actor1="Military Forces of Yemen (2016-)", background=True)],
}  # fmt: skip


def _fake_coder(seen: list[Article]):
    def code(article: Article) -> list[Event]:
        seen.append(article)
        return PREDICTED[article.id]

    return per_article(code)


@pytest.fixture
def gold_csv(tmp_path: Path) -> Path:
    path = tmp_path / "acled_fixture.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(GOLD)
    return path


def test_acled_scores_each_field(gold_csv):
    report = evaluate_acled(gold_csv, coder=_fake_coder([]), progress=False)
    s = report.to_dict()
    acc = {name: values["accuracy"] for name, values in s["fields"].items()}
    assert s["n"] == 4
    assert s["with_event"] == 0.75
    assert acc["event_type"] == 0.5
    assert acc["sub_event_type"] == 0.5
    assert acc["actor1"] == 0.75
    assert acc["actor2"] == 0.75
    assert acc["admin1"] == 0.5
    assert acc["event_date"] == 0.5
    assert acc["fatalities"] == 0.75
    assert acc["interaction"] == 0.75
    # Battles F1 1/2, Explosions 0, Protests 1
    assert s["fields"]["event_type"]["macro_f1"] == pytest.approx(0.5)
    assert s["fields"]["event_type"]["top_confusions"] == [
        ("Battles", "(none)", 1),
        ("Explosions/Remote violence", "Battles", 1),
    ]
    assert s["confusion"]["event_type"]["Explosions/Remote violence"] == {"Battles": 1}


def test_acled_location_distance_and_coverage(gold_csv):
    s = evaluate_acled(gold_csv, coder=_fake_coder([]), progress=False).to_dict()
    loc = s["location"]
    assert loc["coverage"] == 0.5
    assert loc["within_10km"] == 0.25
    assert loc["within_10km_of_located"] == 0.5
    assert loc["median_km"] == pytest.approx((5.0 + 50.0) / 2, abs=0.5)


def test_acled_breaks_down_by_country(gold_csv):
    by_country = evaluate_acled(gold_csv, coder=_fake_coder([]), progress=False).to_dict()[
        "by_country"
    ]
    assert by_country["Syria"] == {
        "n": 2, "with_event": 1.0, "sub_event_type": 0.5, "actor1": 1.0, "admin1": 0.5,
        "location": 0.5,
    }  # fmt: skip
    assert by_country["Yemen"]["actor1"] == 0.5


def test_acled_errors_list_failing_fields_with_note(gold_csv):
    report = evaluate_acled(gold_csv, coder=_fake_coder([]), progress=False)
    errors = {e["id"]: e for e in report.errors()}
    assert set(errors) == {"SYR2", "YEM1", "YEM2"}
    assert set(errors["SYR2"]["fields"]) == {
        "event_type", "sub_event_type", "admin1", "location", "event_date",
    }  # fmt: skip
    assert errors["SYR2"]["fields"]["admin1"] == {"gold": "Idleb", "pred": "Aleppo"}
    assert errors["YEM1"]["fields"]["location"]["pred"] == " (None, None)"
    assert set(errors["YEM2"]["fields"]) == set(MATCH_FIELDS)
    assert errors["YEM2"]["note"] == "On 4 May 2020, clashes near Sirwah."


def test_acled_reports_render_and_serialise(gold_csv, tmp_path):
    report = evaluate_acled(gold_csv, coder=_fake_coder([]), progress=False)
    text = report.to_text()
    assert "sub_event_type" in text and "Syria" in text
    json.dumps(report.to_dict())
    out = tmp_path / "errors.jsonl"
    assert report.write_errors(out) == 3
    assert len(out.read_text().splitlines()) == 3


def test_acled_builds_articles_from_notes_without_jsonl(gold_csv):
    seen: list[Article] = []
    evaluate_acled(gold_csv, coder=_fake_coder(seen), progress=False)
    assert [a.id for a in seen] == ["SYR1", "SYR2", "YEM1", "YEM2"]
    assert seen[0].text == GOLD[0]["notes"]
    assert str(seen[0].published) == "2020-05-01"


def test_acled_uses_articles_jsonl_beside_csv_and_limit(gold_csv):
    beside = gold_csv.with_name("acled_fixture_articles.jsonl")
    beside.write_text(
        json.dumps({"id": "SYR1", "text": "Article text.", "published": "2020-05-01"}) + "\n"
    )
    seen: list[Article] = []
    report = evaluate_acled(gold_csv, limit=2, coder=_fake_coder(seen), progress=False)
    assert report.to_dict()["n"] == 2
    assert seen[0].text == "Article text."
    assert seen[1].text == GOLD[1]["notes"]  # no article for SYR2: its note


def test_acled_rejects_a_csv_that_is_not_acled(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(InputError):
        evaluate_acled(path, coder=_fake_coder([]), progress=False)


@pytest.mark.shared
def test_acled_dev_gold_is_readable():
    dev = Path(__file__).resolve().parents[3] / "shared" / "eval-dev"
    if not dev.is_dir():
        pytest.skip("../shared/eval-dev is not available")
    from frontline.evaluate.acled import read_gold_csv

    rows = read_gold_csv(dev / "acled_middle_east_dev.csv", limit=5)
    assert len(rows) == 5 and rows[0]["event_id_cnty"]


def test_acled_crash_scores_a_miss_and_shows_in_errors(gold_csv):
    def code(article: Article) -> list[Event]:
        if article.id == "SYR1":
            raise RuntimeError("coder bug")
        return PREDICTED[article.id]

    report = evaluate_acled(gold_csv, coder=per_article(code), progress=False)
    s = report.to_dict()
    assert s["crashed"] == 1
    assert s["fields"]["event_type"]["accuracy"] == 0.25
    assert next(report.errors())["crash"] == "RuntimeError: coder bug"
    assert "crashed on 1" in report.to_text()


# One made-up report ACLED split into three rows (one per front), and a single row beside it.
SPLIT_NOTE = (
    "On 5 May 2020, clashes on the Front A (North), Front B (South) and Front C (East) lines."
)
SPLIT_GOLD = [
    dict(event_id_cnty=f"YEM{i}", event_date="5-May-20", event_type="Battles",
         sub_event_type="Armed clash", country="Yemen", admin1=admin1, location=name,
         latitude=lat, longitude="45.00", fatalities=deaths, notes=SPLIT_NOTE)
    for i, admin1, name, lat, deaths in (  # ids of the tune half, whose misses errors() lists
        (13, "North", "Front A", "16.00", "4"), (14, "South", "Front B", "14.00", "3"),
        (16, "East", "Front C", "15.00", "3"),
    )
]  # fmt: skip
SINGLE_GOLD = dict(GOLD[0])


def _event(article_id: str, admin1: str, lat: float | None, deaths: int, **kw) -> Event:
    return Event(article_id, event_date="2020-05-05", event_type="Battles",
                 sub_event_type="Armed clash", admin1=admin1, latitude=lat,
                 longitude=45.0 if lat is not None else None, fatalities=deaths, **kw)  # fmt: skip


def _split_csv(tmp_path: Path) -> Path:
    path = tmp_path / "split_fixture.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS, restval="")
        writer.writeheader()
        writer.writerows([*SPLIT_GOLD, SINGLE_GOLD])
    return path


def _split_coder(events_for_split: list[Event]):
    def code(article: Article) -> list[Event]:
        if article.text == SPLIT_NOTE:
            return events_for_split
        return PREDICTED[article.id]

    return per_article(code)


def _verdicts(report, field: str) -> dict[str, bool]:
    return {r.id: r.checks[field] for r in report.rows}


def test_acled_split_report_pairs_each_row_with_its_own_event(tmp_path):
    # the coder's events come in another order than ACLED's rows: pairing follows the places
    events = [_event("x", "East", 15.0, 3), _event("x", "North", 16.0, 4),
              _event("x", "South", 14.0, 3)]  # fmt: skip
    report = evaluate_acled(_split_csv(tmp_path), coder=_split_coder(events), progress=False)
    assert _verdicts(report, "admin1") == dict.fromkeys(["YEM13", "YEM14", "YEM16", "SYR1"], True)
    assert all(_verdicts(report, "location").values())
    assert all(_verdicts(report, "fatalities").values())
    assert report.to_dict()["split"] == {"notes": 1, "rows": 3, "events": 3}
    assert "split reports: 1 notes coded by ACLED as 3 rows" in report.to_text()


def test_acled_split_report_with_one_event_scores_as_before(tmp_path):
    # a coder that never splits: every row of the group is compared with its main event
    events = [_event("x", "South", 14.0, 3)]
    report = evaluate_acled(_split_csv(tmp_path), coder=_split_coder(events), progress=False)
    assert _verdicts(report, "admin1") == {"YEM13": False, "YEM14": True, "YEM16": False,
                                           "SYR1": True}  # fmt: skip
    assert [r.event for r in report.rows[:3]] == events * 3
    errors = {e["id"]: e for e in report.errors()}
    assert errors["YEM13"]["split_into"] == 3 and "split_into" not in errors.get("SYR1", {})


def test_acled_split_report_leftover_rows_fall_back_to_the_main_event(tmp_path):
    # two events for three rows: the best pairing places both; the third row gets the main event;
    # a background event is no candidate
    main, other = _event("x", "North", 16.0, 4), _event("x", "East", 15.0, 3)
    past = _event("x", "South", 14.0, 3, background=True)
    report = evaluate_acled(
        _split_csv(tmp_path), coder=_split_coder([main, other, past]), progress=False
    )
    events = {r.id: r.event for r in report.rows}
    assert events["YEM13"] is main and events["YEM16"] is other and events["YEM14"] is main
    assert report.to_dict()["split"]["events"] == 2


def test_acled_split_pairing_prefers_reach_then_admin1_then_distance(tmp_path):
    # both events are in the North, one within reach of Front A: that one is Front A's
    near = _event("x", "North", 16.01, 4)
    far_north = _event("x", "North", 16.5, 3)
    report = evaluate_acled(
        _split_csv(tmp_path), coder=_split_coder([far_north, near]), progress=False
    )
    events = {r.id: r.event for r in report.rows}
    assert events["YEM13"] is near
    assert _verdicts(report, "location")["YEM13"]
