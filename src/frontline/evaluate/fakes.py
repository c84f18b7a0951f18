"""Score the coder on FA-KES Syrian articles: the main event's governorate and perpetrator class,
plus date and toll."""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from frontline.errors import InputError
from frontline.evaluate import metrics as m
from frontline.evaluate.halves import Half, hash_half
from frontline.evaluate.report import pct, table, write_jsonl
from frontline.evaluate.runner import (
    Coder,
    main_event,
    read_articles_jsonl,
    read_jsonl,
    run_coder,
)
from frontline.model import Article, Event

TOLERANCE = 0.2  # "within ±20%" of the gold death toll
_TEXT_IN_ERRORS = 600  # characters of article text shown per error row


@cache
def governorate_map() -> dict[str, frozenset[str]]:
    """FA-KES location -> the ACLED admin1 names it accepts (normalised), from the TSV."""
    text = resources.files(__package__).joinpath("fakes_governorates.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    mapping: dict[str, frozenset[str]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        accepted = row["acled_admin1"].split("|")
        mapping[m.normalize_label(row["fakes_location"])] = frozenset(
            map(m.normalize_label, accepted)
        )
    return mapping


NO_ACTOR = "(no actor1)"
OTHER = "other"
_REBELS = 2  # ACLED inter code of rebel groups


@cache
def perpetrator_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(ACLED actor-name pattern, FA-KES perpetrator class) rows, in order, from the TSV."""
    text = resources.files(__package__).joinpath("fakes_perpetrators.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(
        (re.compile(row["pattern"], re.I), row["fakes_class"])
        for row in csv.DictReader(lines, delimiter="\t")
    )


def perpetrator_class(event: Event | None) -> str:
    """The FA-KES perpetrator class of an event's actor1 (fakes_perpetrators.tsv)."""
    if event is None or not event.actor1:
        return NO_ACTOR
    for pattern, fakes_class in perpetrator_patterns():
        if pattern.match(event.actor1):
            return fakes_class
    return "armed opposition groups" if event.inter1 == _REBELS else OTHER


@dataclass
class FakesRow:
    article: Article
    gold: dict[str, Any]
    events: list[Event]

    @property
    def event(self) -> Event | None:
        return main_event(self.events)

    @property
    def governorate_ok(self) -> bool:
        accepted = governorate_map().get(m.normalize_label(self.gold.get("location")), frozenset())
        return self.event is not None and m.normalize_label(self.event.admin1) in accepted

    @property
    def perpetrator(self) -> str:
        return perpetrator_class(self.event)

    @property
    def perpetrator_ok(self) -> bool:
        return self.perpetrator == m.normalize_label(self.gold.get("actor"))

    @property
    def gold_deaths(self) -> int:
        return _int(self.gold.get("nb_civilians")) + _int(self.gold.get("nb_noncivilians"))

    @property
    def deaths_exact(self) -> bool:
        return self.event is not None and self.event.fatalities == self.gold_deaths

    @property
    def deaths_close(self) -> bool:
        if self.event is None:
            return False
        return abs(self.event.fatalities - self.gold_deaths) <= TOLERANCE * self.gold_deaths

    @property
    def date_ok(self) -> bool:
        gold = m.parse_date(self.gold.get("date"))
        return (
            self.event is not None
            and gold is not None
            and m.parse_date(self.event.event_date) == gold
        )


def evaluate_fakes(
    articles_jsonl: Path,
    gold_jsonl: Path,
    limit: int | None = None,
    coder: Coder | None = None,
    progress: bool = True,
    strict: bool = False,
    half: Half | None = None,
) -> FakesReport:
    """Code the FA-KES articles and score each main event against the article's annotation
    (`half`: only the articles of that half, by a hash of their id)."""
    articles = read_articles_jsonl(Path(articles_jsonl), limit)
    golds = _pair_gold(articles, read_jsonl(Path(gold_jsonl)))
    if half is not None:
        kept = [(a, g) for a, g in zip(articles, golds, strict=True) if hash_half(a.id) == half]
        articles, golds = [a for a, _ in kept], [g for _, g in kept]
    locations = {m.normalize_label(g.get("location")) for g in golds}
    unknown = locations - set(governorate_map())
    if unknown:
        raise InputError(
            f"unknown FA-KES locations {sorted(unknown)}",
            hint="add them to frontline/evaluate/fakes_governorates.tsv",
        )
    # Some articles are annotated several times (one record per incident); code each once.
    unique = list({a.id: a for a in articles}.values())
    coded = run_coder(coder, unique, progress=progress, strict=strict)
    pairs = zip(articles, golds, strict=True)
    return FakesReport(
        [FakesRow(a, g, coded.events.get(a.id, [])) for a, g in pairs], coded.crashes
    )


def _pair_gold(articles: list[Article], records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold record for each article line: repeated ids pair up in file order."""
    queues: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        queues.setdefault(str(record.get("id")), []).append(record)
    paired = []
    for article in articles:
        queue = queues.get(article.id)
        if not queue:
            raise InputError(f"article {article.id} has no gold record")
        paired.append(queue.pop(0) if len(queue) > 1 else queue[0])
    return paired


@dataclass
class FakesReport:
    rows: list[FakesRow]
    crashes: dict[str, str] = field(default_factory=dict)  # article id -> coder exception

    @cached_property
    def summary(self) -> dict[str, Any]:
        rows = self.rows
        gold = [r.gold["location"] for r in rows]
        pred = [(r.event.admin1 or m.NONE_LABEL) if r.event else m.NONE_LABEL for r in rows]
        by_location: dict[str, list[FakesRow]] = {}
        for row in rows:
            by_location.setdefault(row.gold["location"], []).append(row)
        wrong = Counter(
            (g, p) for g, p, r in zip(gold, pred, rows, strict=True) if not r.governorate_ok
        )
        return {
            "n": len(rows),
            "crashed": len(self.crashes),
            "with_event": m.share([bool(r.events) for r in rows]),
            "with_main_event": m.share([r.event is not None for r in rows]),
            "governorate_accuracy": m.share([r.governorate_ok for r in rows]),
            "perpetrator_class_accuracy": m.share([r.perpetrator_ok for r in rows]),
            "main_events_without_actor1": m.share(
                [not r.event.actor1 for r in rows if r.event is not None]
            ),
            "events_without_actor1": m.share(
                [not e.actor1 for r in rows for e in r.events if not e.background]
            ),
            "perpetrator_confusion": [
                [g, p, c]
                for (g, p), c in Counter(
                    (r.gold.get("actor"), r.perpetrator) for r in rows if not r.perpetrator_ok
                ).most_common(10)
            ],
            "event_date_exact": m.share([r.date_ok for r in rows]),
            "fatalities_exact": m.share([r.deaths_exact for r in rows]),
            "fatalities_within_20pct": m.share([r.deaths_close for r in rows]),
            "top_governorate_confusions": [
                [g, p, c] for (g, p), c in sorted(wrong.items(), key=lambda kv: -kv[1])[:10]
            ],
            "by_half": {
                h: {
                    "n": len(group),
                    "governorate_accuracy": m.share([r.governorate_ok for r in group]),
                    "perpetrator_class_accuracy": m.share([r.perpetrator_ok for r in group]),
                    "with_main_event": m.share([r.event is not None for r in group]),
                }
                for h in ("tune", "held")
                if (group := [r for r in rows if hash_half(r.article.id) == h])
            },
            "by_location": {
                loc: {"n": len(group), "accuracy": m.share([r.governorate_ok for r in group])}
                for loc, group in sorted(by_location.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            },
        }

    def to_dict(self) -> dict[str, Any]:
        return dict(self.summary)

    def to_text(self) -> str:
        s = self.summary
        headline = [
            ["governorate (main event admin1)", pct(s["governorate_accuracy"])],
            ["perpetrator class (main event actor1)", pct(s["perpetrator_class_accuracy"])],
            ["main events without actor1", pct(s["main_events_without_actor1"])],
            ["events without actor1", pct(s["events_without_actor1"])],
            ["articles with any event", pct(s["with_event"])],
            ["articles with a main event", pct(s["with_main_event"])],
            ["event_date exact", pct(s["event_date_exact"])],
            ["fatalities exact", pct(s["fatalities_exact"])],
            ["fatalities within 20%", pct(s["fatalities_within_20pct"])],
        ]
        by_loc = [[loc, v["n"], pct(v["accuracy"])] for loc, v in s["by_location"].items()]
        parts = [
            f"FA-KES: {s['n']} articles"
            + (f", coder crashed on {s['crashed']} (see errors)" if s["crashed"] else ""),
            table(["measure", "value"], headline),
            table(["gold location", "n", "accuracy"], by_loc),
            "by half (read misses only from `tune`):",
            table(
                ["half", "n", "governorate", "perpetrator", "main event"],
                [
                    [
                        h,
                        v["n"],
                        pct(v["governorate_accuracy"]),
                        pct(v["perpetrator_class_accuracy"]),
                        pct(v["with_main_event"]),
                    ]
                    for h, v in s["by_half"].items()
                ],
            ),
        ]
        if s["perpetrator_confusion"]:
            parts.append(
                table(["gold perpetrator", "predicted class", "n"], s["perpetrator_confusion"])
            )
        if s["top_governorate_confusions"]:
            parts.append(
                table(["gold location", "predicted admin1", "n"], s["top_governorate_confusions"])
            )
        return "\n\n".join(parts)

    def errors(self) -> Iterator[dict[str, Any]]:
        """Per article of the tuning half with a wrong governorate, date or toll: gold vs
        predicted and the text (the held-out half is measured, never read)."""
        for row in self.rows:
            if hash_half(row.article.id) != "tune":
                continue
            event = row.event
            checks = {
                "admin1": (row.governorate_ok, row.gold.get("location"), "admin1"),
                "actor1": (row.perpetrator_ok, row.gold.get("actor"), "actor1"),
                "event_date": (row.date_ok, row.gold.get("date"), "event_date"),
                "fatalities": (row.deaths_exact, row.gold_deaths, "fatalities"),
            }
            failed = {
                name: {"gold": gold, "pred": getattr(event, attr) if event else None}
                for name, (ok, gold, attr) in checks.items()
                if not ok
            }
            if failed:
                yield {
                    "id": row.article.id,
                    "has_event": event is not None,
                    **(
                        {"crash": self.crashes[row.article.id]}
                        if row.article.id in self.crashes
                        else {}
                    ),
                    "fields": failed,
                    "title": row.article.title,
                    "text": row.article.text[:_TEXT_IN_ERRORS],
                }

    def write_errors(self, path: Path) -> int:
        return write_jsonl(self.errors(), path)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
