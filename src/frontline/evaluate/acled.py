"""Score the coder against ACLED's own coding of its notes (one gold event per note)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from frontline.errors import InputError
from frontline.evaluate import metrics as m
from frontline.evaluate.halves import HALVES, Half, acled_half
from frontline.evaluate.report import (
    confusion_matrix_text,
    confusion_to_dict,
    num,
    pct,
    table,
    write_jsonl,
)
from frontline.evaluate.runner import Coder, main_event, read_articles_jsonl, run_coder
from frontline.evaluate.split_groups import Quality, SplitGroups, assign, far
from frontline.model import Article, Event

WITHIN_KM = 10.0
LABEL_FIELDS = ("event_type", "sub_event_type")
# Fields scored as match / no match, in report order; "location" is scored by distance.
MATCH_FIELDS = (
    "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location", "event_date",
    "fatalities", "interaction", "geo_precision", "time_precision",
)  # fmt: skip
COUNTRY_FIELDS = ("sub_event_type", "actor1", "admin1", "location")
HALF_FIELDS = (
    "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location", "event_date",
    "fatalities",
)  # fmt: skip
_REQUIRED_COLUMNS = {
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1",
    "latitude", "longitude", "notes", "fatalities",
}  # fmt: skip


@dataclass
class AcledRow:
    """One gold row with the coder's main event (None: no event) and per-field verdicts."""

    gold: dict[str, str]
    event: Event | None
    checks: dict[str, bool] = field(default_factory=dict)
    distance_km: float | None = None
    group_size: int = 1  # rows ACLED split the row's report into (1: a single row)

    @property
    def id(self) -> str:
        return self.gold["event_id_cnty"]


def evaluate_acled(
    gold_csv: Path,
    articles_jsonl: Path | None = None,
    limit: int | None = None,
    coder: Coder | None = None,
    progress: bool = True,
    strict: bool = False,
    half: Half | None = None,
) -> AcledReport:
    """Code each gold row's note and compare the main event with ACLED's coding.

    `articles_jsonl` defaults to `<csv stem>_articles.jsonl` beside the csv; without it the notes
    themselves become articles (published = event_date). `coder` has the shape of
    `frontline.pipeline.code_articles` (see `runner.per_article` for one-article functions).
    An article the coder crashes on scores as a miss and is listed in `crashes` (`strict` raises).
    Rows with one text are one report ACLED split by location: see `split_groups`.
    `half` scores only the tuning or the held-out half of the rows (`evaluate.halves`).
    """
    gold_rows = read_gold_csv(Path(gold_csv), limit)
    if half is not None:
        gold_rows = [g for g in gold_rows if acled_half(g) == half]
    articles = _articles_for(gold_rows, Path(gold_csv), articles_jsonl)
    coded = run_coder(coder, articles, progress=progress, strict=strict)
    groups = SplitGroups.by_text([a.text for a in articles])
    rows: list[AcledRow | None] = [None] * len(gold_rows)
    split_events = 0
    for group in groups.groups:
        events = coded.events.get(gold_rows[group[0]]["event_id_cnty"], [])
        main = main_event(events)
        if len(group) == 1:
            rows[group[0]] = score_row(gold_rows[group[0]], main)
            continue
        own = [e for e in events if not e.background]
        split_events += len(own)
        chosen = assign([gold_rows[i] for i in group], own, _pair_quality)
        for i, event in zip(group, chosen, strict=True):
            rows[i] = score_row(gold_rows[i], event or main)
            rows[i].group_size = len(group)  # type: ignore[union-attr]
    split = {
        "notes": len(groups.split),
        "rows": sum(map(len, groups.split)),
        "events": split_events,
    }
    return AcledReport([r for r in rows if r is not None], coded.crashes, split)


def _pair_quality(gold: dict[str, str], event: Event) -> Quality:
    """How well an event fits a row of a split report: within reach, then admin1, then nearest."""
    row = score_row(gold, event)
    return int(row.checks["location"]), int(row.checks["admin1"]), -far(row.distance_km)


def read_gold_csv(path: Path, limit: int | None = None) -> list[dict[str, str]]:
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = _REQUIRED_COLUMNS - set(reader.fieldnames or ())
        if missing:
            raise InputError(f"{path}: not an ACLED export, missing {sorted(missing)}")
        rows = list(reader)
    return rows[:limit] if limit is not None else rows


def _articles_for(
    gold_rows: list[dict[str, str]], gold_csv: Path, articles_jsonl: Path | None
) -> list[Article]:
    if articles_jsonl is None:
        beside = gold_csv.with_name(gold_csv.stem + "_articles.jsonl")
        articles_jsonl = beside if beside.is_file() else None
    by_id = {a.id: a for a in read_articles_jsonl(Path(articles_jsonl))} if articles_jsonl else {}
    # A row without its article is coded from its note, so every gold row is scored.
    return [by_id.get(g["event_id_cnty"]) or article_from_note(g) for g in gold_rows]


def article_from_note(row: dict[str, str]) -> Article:
    return Article(
        id=row["event_id_cnty"],
        text=row["notes"],
        raw=row["notes"],
        published=m.parse_date(row["event_date"]),
        source=row.get("source") or None,
    )


def score_row(gold: dict[str, str], event: Event | None) -> AcledRow:
    """Per-field verdicts for one row; no event fails every field."""
    row = AcledRow(gold, event)
    if event is None:
        row.checks = dict.fromkeys(MATCH_FIELDS, False)
        return row
    row.distance_km = _distance(gold, event)
    norm = m.normalize_label
    row.checks = {
        "event_type": norm(event.event_type) == norm(gold["event_type"]),
        "sub_event_type": norm(event.sub_event_type) == norm(gold["sub_event_type"]),
        "actor1": m.normalize_actor(event.actor1) == m.normalize_actor(gold["actor1"]),
        "actor2": m.normalize_actor(event.actor2) == m.normalize_actor(gold["actor2"]),
        "admin1": norm(event.admin1) == norm(gold["admin1"]),
        "location": row.distance_km is not None and row.distance_km <= WITHIN_KM,
        "event_date": m.parse_date(event.event_date) == m.parse_date(gold["event_date"]),
        "fatalities": event.fatalities == _int(gold["fatalities"]),
        "interaction": event.interaction == _int(gold.get("interaction")),
        "geo_precision": event.geo_precision == _int(gold.get("geo_precision")),
        "time_precision": event.time_precision == _int(gold.get("time_precision")),
    }
    return row


def _distance(gold: dict[str, str], event: Event) -> float | None:
    lat, lon = _float(gold["latitude"]), _float(gold["longitude"])
    if None in (lat, lon, event.latitude, event.longitude):
        return None
    return m.haversine_km(lat, lon, event.latitude, event.longitude)  # type: ignore[arg-type]


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _pred_label(row: AcledRow, name: str) -> str:
    if row.event is None:
        return m.NONE_LABEL
    return getattr(row.event, name) or m.NONE_LABEL


@dataclass
class AcledReport:
    rows: list[AcledRow]
    crashes: dict[str, str] = field(default_factory=dict)  # article id -> coder exception
    # reports ACLED split by location: {"notes", "rows", "events" (the coder's, non-background)}
    split: dict[str, int] = field(default_factory=dict)

    @cached_property
    def summary(self) -> dict[str, Any]:
        rows = self.rows
        fields: dict[str, dict[str, Any]] = {
            name: {"accuracy": m.share([r.checks[name] for r in rows])} for name in MATCH_FIELDS
        }
        confusions = {}
        for name in LABEL_FIELDS:
            gold = [r.gold[name] for r in rows]
            pred = [_pred_label(r, name) for r in rows]
            fields[name]["macro_f1"] = m.macro_f1(gold, pred)
            confusions[name] = m.confusion(gold, pred)
            fields[name]["top_confusions"] = m.top_confusions(confusions[name], 10)
        located = [r.distance_km for r in rows if r.distance_km is not None]
        return {
            "n": len(rows),
            "with_event": m.share([r.event is not None for r in rows]),
            "crashed": len(self.crashes),
            "fields": fields,
            "location": {
                "median_km": m.median(located),
                "within_10km": m.share([r.checks["location"] for r in rows]),
                "within_10km_of_located": m.share([d <= WITHIN_KM for d in located]),
                "coverage": len(located) / len(rows) if rows else 0.0,
            },
            "split": {"notes": 0, "rows": 0, "events": 0, **self.split},
            "confusion": confusions,
            "by_country": self._by_country(),
            "by_half": self._by_half(),
        }

    def _by_half(self) -> dict[str, dict[str, Any]]:
        groups: dict[str, list[AcledRow]] = {h: [] for h in HALVES}
        for row in self.rows:
            groups[acled_half(row.gold)].append(row)
        return {
            h: {
                "n": len(group),
                "with_event": m.share([r.event is not None for r in group]),
                **{name: m.share([r.checks[name] for r in group]) for name in HALF_FIELDS},
            }
            for h, group in groups.items()
            if group
        }

    def _by_country(self) -> dict[str, dict[str, Any]]:
        groups: dict[str, list[AcledRow]] = {}
        for row in self.rows:
            groups.setdefault(row.gold.get("country", ""), []).append(row)
        return {
            country: {
                "n": len(group),
                "with_event": m.share([r.event is not None for r in group]),
                **{name: m.share([r.checks[name] for r in group]) for name in COUNTRY_FIELDS},
            }
            for country, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary (confusions as {gold: {predicted: n}})."""
        s = self.summary
        return {**s, "confusion": {k: confusion_to_dict(c) for k, c in s["confusion"].items()}}

    def to_text(self) -> str:
        s = self.summary
        loc = s["location"]
        field_rows = [
            [name, pct(v["accuracy"]), pct(v.get("macro_f1"))] for name, v in s["fields"].items()
        ]
        parts = [
            f"ACLED: {s['n']} rows, {pct(s['with_event'])} with a main event"
            + (f", coder crashed on {s['crashed']} (see errors)" if s["crashed"] else ""),
            table(["field", "accuracy", "macro-F1"], field_rows),
            f"location: median {num(loc['median_km'])} km over located rows, "
            f"within {WITHIN_KM:g} km {pct(loc['within_10km'])} of rows "
            f"({pct(loc['within_10km_of_located'])} of located), coverage {pct(loc['coverage'])}",
            f"split reports: {s['split']['notes']} notes coded by ACLED as {s['split']['rows']} "
            f"rows (one per location); the coder made {s['split']['events']} events for them",
            "event_type confusion:",
            confusion_matrix_text(s["confusion"]["event_type"]),
        ]
        top = s["fields"]["sub_event_type"]["top_confusions"]
        if top:
            parts += ["top sub_event_type confusions:", table(["gold", "predicted", "n"], top)]
        country_rows = [
            [c, v["n"], pct(v["with_event"]), *(pct(v[f]) for f in COUNTRY_FIELDS)]
            for c, v in s["by_country"].items()
        ]
        parts += ["by country:", table(["country", "n", "event", *COUNTRY_FIELDS], country_rows)]
        half_rows = [
            [h, v["n"], pct(v["with_event"]), *(pct(v[f]) for f in HALF_FIELDS)]
            for h, v in s["by_half"].items()
        ]
        parts += ["by half (read misses only from `tune`):"]
        parts += [table(["half", "n", "event", *HALF_FIELDS], half_rows)]
        return "\n\n".join(parts)

    def errors(self) -> Iterator[dict[str, Any]]:
        """Per row of the tuning half with a failing field: gold vs predicted, and the note.

        Misses of the held-out half are never listed: it is there to be measured, not read.
        """
        for row in self.rows:
            if acled_half(row.gold) != "tune":
                continue
            failed = [name for name in MATCH_FIELDS if not row.checks[name]]
            if not failed:
                continue
            yield {
                "id": row.id,
                "country": row.gold.get("country", ""),
                "has_event": row.event is not None,
                **({"split_into": row.group_size} if row.group_size > 1 else {}),
                **({"crash": self.crashes[row.id]} if row.id in self.crashes else {}),
                "fields": {name: _gold_vs_pred(row, name) for name in failed},
                "note": row.gold.get("notes", ""),
            }

    def write_errors(self, path: Path) -> int:
        """Write `errors()` as JSONL to a path the user chose; returns the number of rows."""
        return write_jsonl(self.errors(), path)


def _gold_vs_pred(row: AcledRow, name: str) -> dict[str, Any]:
    event = row.event
    if name != "location":
        return {"gold": row.gold.get(name, ""), "pred": getattr(event, name) if event else None}
    verdict: dict[str, Any] = {
        "gold": f"{row.gold.get('location', '')} ({row.gold['latitude']}, {row.gold['longitude']})",
        "pred": f"{event.location} ({event.latitude}, {event.longitude})" if event else None,
    }
    if row.distance_km is not None:
        verdict["km"] = round(row.distance_km, 1)
    return verdict
