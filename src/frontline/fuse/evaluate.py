"""Pairwise precision and recall of fusion on articles labelled with the real event they report.

A labelled article says which real event its main (first news) event is, and optionally which
real event its first background mention refers to: {"gold": {"main": "ramadi-2015",
"background": "idlib-2015"}}. Labels may also come from a separate JSON file keyed by article id
(for data that must not be copied into the repository). Every other coded report is its own real
event. Pairs are counted over reports of different articles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from frontline.errors import InputError
from frontline.fuse.cluster import cluster
from frontline.fuse.model import Report


@dataclass(slots=True)
class FusionScore:
    articles: int = 0
    reports: int = 0
    events: int = 0
    true_pairs: int = 0
    found_pairs: int = 0
    correct_pairs: int = 0
    missing: list[str] = field(default_factory=list)  # labels whose report the coder did not make
    wrong: list[tuple[str, str]] = field(default_factory=list)  # fused but different events
    missed: list[tuple[str, str]] = field(default_factory=list)  # one event left apart

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.found_pairs if self.found_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.true_pairs if self.true_pairs else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "reports": self.reports,
            "events": self.events,
            "true_pairs": self.true_pairs,
            "found_pairs": self.found_pairs,
            "correct_pairs": self.correct_pairs,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "missing": self.missing,
            "wrong": self.wrong,
            "missed": self.missed,
        }

    def to_text(self) -> str:
        lines = [
            f"articles with a coded event {self.articles}, reports {self.reports}, fused events {self.events}",
            f"pairwise precision {self.precision:.1%} ({self.correct_pairs}/{self.found_pairs}), "
            f"recall {self.recall:.1%} ({self.correct_pairs}/{self.true_pairs})"
            if self.true_pairs
            else f"no two reports of one event here; wrongly fused pairs: {self.found_pairs}",
        ]
        lines += [f"  no report coded for {m}" for m in self.missing]
        lines += [f"  fused but different: {a} + {b}" for a, b in self.wrong]
        lines += [f"  one event left apart: {a} + {b}" for a, b in self.missed]
        return "\n".join(lines)


def label_reports(
    reports: list[Report], gold: dict[str, dict[str, str]]
) -> tuple[dict[str, str], list[str]]:
    """report id -> real-event label; and the labels no coded report carries."""
    labels: dict[str, str] = {}
    missing: list[str] = []
    for article_id, want in gold.items():
        own = [r for r in reports if r.article_id == article_id]
        for kind, background in (("main", False), ("background", True)):
            if kind not in want:
                continue
            hit = next((r for r in own if r.event.background == background), None)
            if hit is None:
                missing.append(f"{article_id}:{kind}={want[kind]}")
            else:
                labels[hit.report_id] = want[kind]
    for r in reports:
        labels.setdefault(r.report_id, f"own:{r.report_id}")
    return labels, missing


def score(reports: list[Report], gold: dict[str, dict[str, str]]) -> FusionScore:
    labels, missing = label_reports(reports, gold)
    groups = cluster(reports)
    predicted = {r.report_id: i for i, g in enumerate(groups) for r in g}
    out = FusionScore(
        len({r.article_id for r in reports}), len(reports), len(groups), missing=missing
    )
    for a, b in combinations(reports, 2):
        if a.article_id == b.article_id:
            continue
        truth = labels[a.report_id] == labels[b.report_id]
        found = predicted[a.report_id] == predicted[b.report_id]
        out.true_pairs += truth
        out.found_pairs += found
        out.correct_pairs += truth and found
        if found and not truth:
            out.wrong.append((a.report_id, b.report_id))
        elif truth and not found:
            out.missed.append((a.report_id, b.report_id))
    return out


def evaluate_paths(
    paths: list[Path], gold_path: Path | None = None, distinct: bool = False
) -> FusionScore:
    """Code the articles of `paths` and score fusion against their `gold` (or `gold_path`).
    `distinct`: every article reports a different event (ACLED's notes: one row, one event), so
    every fused pair of their main events is a false fusion."""
    from frontline.ingest import read_articles
    from frontline.pipeline import code_articles

    gold: dict[str, dict[str, str]] = {}
    for path in paths:
        for line in Path(path).read_text("utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if "gold" in rec:
                    gold[str(rec["id"])] = rec["gold"]
    if gold_path is not None:
        gold.update(json.loads(Path(gold_path).read_text("utf-8")))
    articles = list(read_articles([str(p) for p in paths], "jsonl", None, None))
    if distinct:
        gold.update({a.id: {"main": a.id} for a in articles if a.id not in gold})
    if not gold:
        raise InputError(
            "no labels found", hint="give articles with a `gold` field, or --gold FILE"
        )
    reports = [
        Report(e.event_id, e, article.published, article.url, article.title)
        for article, events in code_articles(articles)
        for e in events
    ]
    return score(reports, gold)
